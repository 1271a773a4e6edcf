"""Fixtures for the network tests: a store on a temporary database and the LinkedIn export."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "linkedin" / "Connections.csv"


@pytest.fixture
def store(settings: Settings):
    from assistant.storage import open_store

    return open_store(settings)


@pytest.fixture
def connections_csv() -> Path:
    return FIXTURE
