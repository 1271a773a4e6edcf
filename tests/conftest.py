"""Shared fixtures: temporary data directories and settings, so no test touches the real `.data/`,
the network or a key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import Settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may pick up a developer's key, model server, Chroma server or database."""
    for name in (
        "OPENAI_API_KEY", "OPENAI_BASE_URL", "OUTREACH_MODEL", "CHROMA_HOST", "CHROMA_PORT",
        "DATABASE_URL", "OUTREACH_EMBEDDINGS", "OUTREACH_LINKEDIN_TIER", "OUTREACH_USER",
        "OUTREACH_TRUSTED_USER_HEADER", "OUTREACH_IMPORT_MAX_MB", "OUTREACH_IMPORT_MAX_ROWS",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OUTREACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    # a draft's background prime of a local server's cache (assistant.engines.llm_warm) would
    # interleave with the requests a test scripts; tests/drafting/test_prompt_cache.py turns
    # it on where it is the subject
    monkeypatch.setenv("OUTREACH_WARM_UP", "false")
    monkeypatch.chdir(tmp_path)  # so a developer's .env is not read
    from assistant.config import get_settings

    get_settings.cache_clear()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings on a fresh temporary data directory, offline engine, local embeddings."""
    return Settings(data_dir=tmp_path / "data", warm_up=False, _env_file=None)


@pytest.fixture(scope="session")
def built_index(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings whose data directory holds the principle index built once per test session from
    the real knowledge/. Pass it as `settings=` (or use `use_built_index`); never rebuild it or
    change it in a test: other tests share it."""
    from assistant.index import build_index

    settings = Settings(
        data_dir=tmp_path_factory.mktemp("built-index"), knowledge_dir=ROOT / "knowledge",
        warm_up=False, _env_file=None,  # see _isolated_env
    )
    build_index(settings)
    return settings


@pytest.fixture
def use_built_index(built_index: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Points OUTREACH_DATA_DIR (and so get_settings()) at the shared built index, for code that
    reads the settings itself (the CLI in-process, the app, the drafting service)."""
    from assistant.config import get_settings

    monkeypatch.setenv("OUTREACH_DATA_DIR", str(built_index.data_dir))
    get_settings.cache_clear()
    return built_index


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A real PostgreSQL server for the session (skipped when not installed)."""
    from tests.postgres import postgres_server as start

    with start() as url:
        yield url


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    """A fresh, empty database on the session's PostgreSQL server."""
    from tests.postgres import fresh_database

    return fresh_database(postgres_server)
