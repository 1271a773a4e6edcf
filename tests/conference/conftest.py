"""Fixtures for the conference tests: a store on a temporary database and the fictional program."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings

DATA = Path(__file__).resolve().parent.parent / "data" / "conference"


@pytest.fixture
def store(settings: Settings):
    from assistant.storage import Store

    store = Store(settings)
    yield store
    store.engine.dispose()


@pytest.fixture
def program_csv() -> Path:
    return DATA / "program.csv"
