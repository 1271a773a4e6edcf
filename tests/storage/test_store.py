"""The store: round trips of every record, WAL mode, concurrent writers, sent drafts."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import text

from assistant.config import Settings
from assistant.models import Draft, DraftRequest, Finding, PrincipleRef, Sender
from assistant.storage import ContactRecord, InteractionRecord, Store, name_key, open_store


@pytest.fixture
def store(settings: Settings) -> Store:
    return Store(settings)


def request(**extra: object) -> DraftRequest:
    data = {"kind": "follow_up", "contact": {"name": "Dr. Ada Okafor"},
            "meeting": {"event": "SGIM 2026", "topics": ["QI"], "next_step": "send my poster"}}
    data.update(extra)
    return DraftRequest.model_validate(data)


def a_draft() -> Draft:
    return Draft(
        kind="follow_up", channel="email", subject="Thank you", body="Dear Dr. Okafor, thanks.",
        engine="offline", principles=[PrincipleRef(id="p", title="T", text="x")],
        findings=[Finding(code="greeting", severity="warning", message="m", start=0, end=4)],
        notice="Add the date",
    )


def test_sqlite_file_is_in_the_data_dir_and_in_wal_mode(store: Store, settings: Settings) -> None:
    assert (settings.data_dir / "outreach.db").exists()
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_profile_round_trip(store: Store) -> None:
    assert store.get_profile() == Sender()
    profile = Sender(name="Maya Chen", role="PGY-1", program="IM", interests=["QI", "GME"],
                     goals="hospitalist", email="maya@hospital.org", signature="Maya Chen, MD")
    store.save_profile(profile)
    assert store.get_profile() == profile
    store.save_profile(profile.model_copy(update={"role": "PGY-2"}))
    assert store.get_profile().role == "PGY-2"


def test_request_is_saved_before_the_draft_and_kept_on_failure(store: Store) -> None:
    draft_id = store.save_request(request())
    saved = store.get_draft(draft_id)
    assert saved is not None and saved.status == "pending" and saved.body is None
    assert DraftRequest.model_validate(saved.request) == request()
    store.mark_failed(draft_id, "model unreachable")
    failed = store.get_draft(draft_id)
    assert failed.status == "failed" and failed.error == "model unreachable"
    assert DraftRequest.model_validate(failed.request) == request()


def test_draft_round_trip_and_edits(store: Store) -> None:
    draft_id = store.save_request(request())
    store.save_draft(draft_id, a_draft())
    rec = store.get_draft(draft_id)
    assert (rec.status, rec.subject, rec.engine, rec.notice) == (
        "drafted", "Thank you", "offline", "Add the date")
    assert rec.findings == [a_draft().findings[0].to_json()]
    assert rec.principles[0]["id"] == "p"
    store.update_text(draft_id, "Thanks", "Dear Dr. Okafor, thank you.", [])
    rec = store.get_draft(draft_id)
    assert (rec.subject, rec.body, rec.findings) == ("Thanks", "Dear Dr. Okafor, thank you.", [])


def test_list_duplicate_delete(store: Store) -> None:
    first = store.save_request(request())
    second = store.save_request(request(kind="update"))
    store.save_draft(second, a_draft())
    assert [d.id for d in store.list_drafts()] == [second, first]  # newest first
    copy = store.duplicate_draft(second)
    dup = store.get_draft(copy)
    assert dup.body == a_draft().body and dup.status == "drafted" and dup.kind == "update"
    assert store.delete_draft(first) is True
    assert store.delete_draft(first) is False
    assert store.get_draft(first) is None
    assert {d.id for d in store.list_drafts()} == {second, copy}
    with pytest.raises(KeyError):
        store.duplicate_draft(first)


def test_mark_sent_records_an_interaction_with_the_contact(store: Store) -> None:
    contact_id = store.add_contact(ContactRecord(name="Dr. Ada Okafor", email="ada@univ.edu"))
    draft_id = store.save_request(request(), contact_id=contact_id)
    store.save_draft(draft_id, a_draft())
    interaction_id = store.mark_sent(draft_id, when=dt.date(2026, 4, 12))
    assert interaction_id is not None
    (inter,) = store.list_interactions(contact_id)
    assert inter.id == interaction_id and inter.type == "message_sent"
    assert inter.date == dt.date(2026, 4, 12) and inter.draft_id == draft_id
    assert inter.event == "SGIM 2026" and inter.topics == ["QI"]
    assert inter.next_step == "send my poster"
    assert "Thank you" in (inter.notes or "")
    sent = store.get_draft(draft_id)
    assert sent.status == "sent" and sent.sent_at is not None
    store.save_draft(draft_id, a_draft())  # saving again keeps it sent
    assert store.get_draft(draft_id).status == "sent"


@pytest.mark.parametrize(("event", "stored"), [
    ("SGIM 2026", "SGIM 2026"),
    ("x" * 300, "x" * 300),
    ("word " * 100, ("word " * 59).strip() + "…"),
    ("y" * 400, "y" * 299 + "…"),
])
def test_mark_sent_fits_the_event_to_its_column(store: Store, event: str, stored: str) -> None:
    contact_id = store.add_contact(ContactRecord(name="Dr. Ada Okafor"))
    draft_id = store.save_request(request(meeting={"event": event}), contact_id=contact_id)
    store.mark_sent(draft_id, when=dt.date(2026, 4, 12))
    assert store.list_interactions(contact_id)[0].event == stored
    assert store.get_draft(draft_id).request["meeting"]["event"] == event  # kept in full


def test_mark_sent_without_a_contact_records_only_the_draft(store: Store) -> None:
    draft_id = store.save_request(request())
    assert store.mark_sent(draft_id) is None
    assert store.get_draft(draft_id).status == "sent"
    assert store.list_interactions() == []
    with pytest.raises(KeyError):
        store.mark_sent(9999)


def test_contacts_round_trip_update_and_delete(store: Store) -> None:
    ids = store.add_contacts([
        ContactRecord(name="Dr. Zoe Ward", relationship="mentor", tags=["QI"]),
        ContactRecord(name="Ada Okafor, MD", email="Ada@Univ.edu",
                      linkedin_url="https://linkedin.com/in/ada/",
                      connected_on=dt.date(2025, 1, 2)),
    ])
    names = [c.name for c in store.list_contacts()]
    assert names == ["Ada Okafor, MD", "Dr. Zoe Ward"]  # sorted by name key, titles folded
    ada = store.get_contact(ids[1])
    assert ada.connected_on == dt.date(2025, 1, 2) and ada.relationship == "new"
    store.update_contact(ada.model_copy(update={"title": "Program Director"}))
    assert store.get_contact(ids[1]).title == "Program Director"
    emails, urls, keys = store.contact_keys()
    assert emails == {"ada@univ.edu": ids[1]}
    assert urls == {"linkedin.com/in/ada": ids[1]}  # the importer's URL key
    assert keys[name_key("Dr. Ada Okafor")] == ids[1]
    store.add_interaction(InteractionRecord(contact_id=ids[0], date=dt.date(2026, 1, 1),
                                            type="met", topics=["career"]))
    assert store.delete_contact(ids[0]) is True
    assert store.list_interactions() == []
    assert store.get_contact(ids[0]) is None


def test_deleting_a_contact_keeps_its_drafts(store: Store) -> None:
    contact_id = store.add_contact(ContactRecord(name="Dr. Lee"))
    draft_id = store.save_request(request(), contact_id=contact_id)
    store.delete_contact(contact_id)
    kept = store.get_draft(draft_id)
    assert kept is not None and kept.contact_id is None


@pytest.mark.parametrize(
    ("name", "key"),
    [("Dr. José Núñez, MD", "jose nunez"), ("PROF. Ada  Okafor", "ada okafor"), ("", "")],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


def test_two_writers_at_once_lose_nothing(settings: Settings) -> None:
    """Two browser sessions (two engines on one file) saving drafts at the same time."""
    stores = [Store(settings), Store(settings)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def write(store: Store, n: int) -> None:
        try:
            barrier.wait()
            for i in range(40):
                draft_id = store.save_request(request(notes=f"writer {n} #{i}"))
                store.save_draft(draft_id, a_draft())
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(s, n)) for n, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    drafts = stores[0].list_drafts(limit=1000)
    assert len(drafts) == 80 and all(d.status == "drafted" for d in drafts)
    assert {d.request["notes"] for d in drafts} == {
        f"writer {n} #{i}" for n in range(2) for i in range(40)}


def test_open_store_is_one_store_per_database(settings: Settings) -> None:
    assert open_store(settings) is open_store(settings)
    other = Settings(data_dir=settings.data_dir / "other", _env_file=None)
    assert open_store(other) is not open_store(settings)
