"""Shared fixtures: temporary data directories and settings, so no test touches the real `.data/`,
the network or a key."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may pick up a developer's key, model server, Chroma server or database."""
    for name in (
        "OPENAI_API_KEY", "OPENAI_BASE_URL", "OUTREACH_MODEL", "CHROMA_HOST", "CHROMA_PORT",
        "DATABASE_URL", "OUTREACH_EMBEDDINGS", "OUTREACH_LINKEDIN_TIER",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OUTREACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    monkeypatch.chdir(tmp_path)  # so a developer's .env is not read
    from assistant.config import get_settings

    get_settings.cache_clear()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings on a fresh temporary data directory, offline engine, local embeddings."""
    return Settings(data_dir=tmp_path / "data", _env_file=None)
