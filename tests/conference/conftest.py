"""Fixtures for the conference tests: a store on a temporary database and the fictional program."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.models import Sender

DATA = Path(__file__).resolve().parent.parent / "data" / "conference"
PROFILES = {p["id"]: Sender.model_validate(p["sender"])
            for p in json.loads((DATA / "profiles.json").read_text("utf-8"))}


@pytest.fixture
def store(settings: Settings):
    from assistant.storage import Store

    store = Store(settings)
    yield store
    store.engine.dispose()


@pytest.fixture
def program_csv() -> Path:
    return DATA / "program.csv"
