"""The same store code on a real PostgreSQL server (the program-wide deployment's database).

The `postgres_url` fixture (tests/conftest.py, tests/postgres.py) is a fresh database on a
throw-away server on a free loopback port; skipped when PostgreSQL or psycopg is absent
(`.ci/run` installs both)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.models import Draft, DraftRequest, Sender
from assistant.storage import ContactRecord, InteractionRecord, Store

pytestmark = pytest.mark.server


def test_store_round_trip_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    store = Store(Settings(data_dir=tmp_path, database_url=postgres_url, _env_file=None))
    assert store.engine.dialect.name == "postgresql"

    store.save_profile(Sender(name="Maya Chen", role="PGY-1", interests=["cardiology"]))
    assert store.get_profile().interests == ["cardiology"]

    ids = store.add_contacts([
        ContactRecord(name="Dr. Amara Okafor", email="aokafor@example.org", tags=["QI"]),
        ContactRecord(name="Zoë Łukasiewicz", relationship="mentor"),
    ])
    assert [c.name for c in store.list_contacts()] == ["Dr. Amara Okafor", "Zoë Łukasiewicz"]
    emails, _urls, names = store.contact_keys()
    assert emails["aokafor@example.org"] == ids[0] and "zoe lukasiewicz" in names

    request = DraftRequest(kind="follow_up", meeting={"event": "SGIM 2026", "topics": ["QI"]})
    draft_id = store.save_request(request, contact_id=ids[0])
    assert store.get_draft(draft_id).status == "pending"
    store.save_draft(draft_id, Draft(kind="follow_up", channel="email", subject="Thank you",
                                     body="Dear Dr. Okafor, ...", engine="offline"))
    interaction_id = store.mark_sent(draft_id, when=date(2026, 4, 14))
    sent = store.list_interactions(ids[0])
    assert [(i.id, i.type, i.event) for i in sent] == [(interaction_id, "message_sent",
                                                        "SGIM 2026")]
    store.add_interaction(InteractionRecord(contact_id=ids[1], date=date(2026, 1, 5),
                                            type="meeting"))
    assert store.delete_contact(ids[1]) and store.list_interactions(ids[1]) == []

    # An event longer than the interaction column: the copy is cut at a word, the draft keeps it.
    long_event = "Annual Scientific Meeting of the Society " * 12
    long_id = store.save_request(DraftRequest(kind="follow_up", meeting={"event": long_event}),
                                 contact_id=ids[0])
    store.mark_sent(long_id, when=date(2026, 4, 15))
    event = store.list_interactions(ids[0])[-1].event or ""
    assert len(event) <= 300 and event.endswith("…") and long_event.startswith(event[:-1])
    assert store.get_draft(long_id).request["meeting"]["event"] == long_event


def test_due_list_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    from assistant.network.due import due_items

    settings = Settings(data_dir=tmp_path, database_url=postgres_url, _env_file=None)
    store = Store(settings)
    met = store.add_contact(ContactRecord(name="Dr. Lee Park", email="lpark@example.org"))
    store.add_interaction(InteractionRecord(contact_id=met, date=date(2026, 11, 20), type="met",
                                            event="ACP 2026"))
    due = due_items(store, date(2026, 11, 25), settings)
    mine = [item for item in due if item.contact_id == met]
    assert mine and mine[0].kind == "follow_up" and mine[0].overdue
