"""The one settings object: environment names, defaults, and secrets that never show."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings


def test_defaults_are_offline(settings: Settings) -> None:
    assert not settings.llm_configured
    assert settings.linkedin_note_limit == 200
    assert settings.chroma_host is None
    assert settings.sqlalchemy_url.startswith("sqlite:///")


def test_environment_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret-123")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:11434/v1")
    monkeypatch.setenv("OUTREACH_MODEL", "llama3.1")
    monkeypatch.setenv("OUTREACH_LINKEDIN_TIER", "premium")
    monkeypatch.setenv("CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("CHROMA_PORT", "8123")
    s = Settings(_env_file=None)
    assert s.llm_configured and s.model == "llama3.1"
    assert s.linkedin_note_limit == 300
    assert (s.chroma_host, s.chroma_port) == ("127.0.0.1", 8123)
    assert "sk-test-secret-123" not in repr(s)
    assert "sk-test-secret-123" not in str(s.model_dump())
    assert s.openai_api_key is not None
    assert s.openai_api_key.get_secret_value() == "sk-test-secret-123"


def test_dotenv_file_is_read(tmp_path: Path) -> None:
    env = tmp_path / "custom.env"
    env.write_text("OUTREACH_MODEL=qwen2.5\nOUTREACH_LINKEDIN_TIER=premium\n", encoding="utf-8")
    s = Settings(_env_file=env)
    assert s.model == "qwen2.5"
    assert s.linkedin_note_limit == 300


def test_database_url_overrides_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://u@localhost/outreach")
    assert Settings(_env_file=None).sqlalchemy_url.startswith("postgresql")
