"""The due rules at their boundaries: 71 and 73 hours after a meeting, promises inside and
outside the 7-day window, and exactly N calendar months without an update."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from assistant.config import Settings
from assistant.network.due import add_months, due_items, follow_up_overdue
from assistant.storage import ContactRecord, InteractionRecord

MET = date(2026, 3, 2)


def _contact(store, name="Dr. Priya Raman", **fields) -> int:
    fields.setdefault("institution", "Massachusetts General Hospital")
    return store.add_contact(ContactRecord(name=name, **fields))


def _log(store, cid, day, type_, **fields) -> int:
    return store.add_interaction(InteractionRecord(contact_id=cid, date=day, type=type_, **fields))


def _rules(items):
    return [(it.rule, it.contact, it.overdue) for it in items]


@pytest.mark.parametrize(
    ("hours", "overdue"), [(0, False), (71, False), (72, False), (73, True), (200, True)]
)
def test_follow_up_is_due_then_overdue_after_72_hours(store, hours, overdue):
    cid = _contact(store)
    _log(store, cid, MET, "met", event="ACP Annual Meeting", topics=["QI curriculum"])
    now = datetime.combine(MET, datetime.min.time()) + timedelta(hours=hours)
    assert follow_up_overdue(MET, now) is overdue
    (item,) = due_items(store, now)
    assert (item.rule, item.kind, item.overdue) == ("follow_up_owed", "follow_up", overdue)
    assert item.due_date == date(2026, 3, 5)
    assert item.contact_id == cid
    assert "ACP Annual Meeting" in item.reason


@pytest.mark.parametrize(
    ("today", "overdue"), [(date(2026, 3, 5), False), (date(2026, 3, 6), True)]
)
def test_follow_up_with_a_date_matches_the_late_followup_check(store, today, overdue):
    # the check calls a follow-up late when today minus the meeting date is over 72 hours
    _log(store, _contact(store), MET, "met")
    (item,) = due_items(store, today)
    assert item.overdue is overdue


def test_follow_up_prefills_the_draft_request(store):
    cid = _contact(store, title="Program Director", specialty="Internal Medicine",
                   relationship="met_once", email="priya@example.org")
    _log(store, cid, MET, "met", event="ACP Annual Meeting", topics=["QI curriculum", "wellness"],
         next_step="send my QI abstract")
    (item,) = due_items(store, MET)
    from assistant.inputs import parse_request

    request = parse_request(item.request)  # valid under the contract's schema
    assert request.kind == "follow_up"
    assert request.contact.name == "Dr. Priya Raman"
    assert request.contact.institution == "Massachusetts General Hospital"
    assert request.contact.relationship == "met_once"
    assert request.meeting.event == "ACP Annual Meeting"
    assert request.meeting.date == MET
    assert request.meeting.topics == ["QI curriculum", "wellness"]
    assert request.meeting.next_step == "send my QI abstract"


@pytest.mark.parametrize(
    ("sent_on", "owed"),
    [(None, True), (MET - timedelta(days=1), True), (MET, False), (MET + timedelta(days=2), False)],
)
def test_a_message_on_or_after_the_meeting_settles_the_follow_up(store, sent_on, owed):
    cid = _contact(store)
    _log(store, cid, MET, "met")
    if sent_on:
        _log(store, cid, sent_on, "message_sent")
    items = due_items(store, MET + timedelta(days=3))
    assert [it.rule for it in items] == (["follow_up_owed"] if owed else [])


def test_a_message_after_today_does_not_count_yet(store):
    cid = _contact(store)
    _log(store, cid, MET, "met")
    _log(store, cid, MET + timedelta(days=2), "message_sent")
    assert [it.rule for it in due_items(store, MET + timedelta(days=1))] == ["follow_up_owed"]


def test_a_reply_does_not_settle_a_follow_up(store):
    cid = _contact(store)
    _log(store, cid, MET, "met")
    _log(store, cid, MET + timedelta(days=1), "reply")
    assert [it.rule for it in due_items(store, MET + timedelta(days=1))] == ["follow_up_owed"]


def test_only_the_latest_meeting_is_owed(store):
    cid = _contact(store)
    _log(store, cid, MET, "met", event="Grand rounds")
    _log(store, cid, MET + timedelta(days=10), "met", event="ACP chapter meeting")
    (item,) = due_items(store, MET + timedelta(days=11))
    assert "ACP chapter meeting" in item.reason


def test_a_sent_draft_settles_the_follow_up(store):
    from assistant.models import DraftRequest

    cid = _contact(store)
    _log(store, cid, MET, "met")
    draft_id = store.save_request(DraftRequest(kind="follow_up"), contact_id=cid)
    store.mark_sent(draft_id, when=MET + timedelta(days=1))
    assert due_items(store, MET + timedelta(days=1)) == []


def test_interactions_after_today_are_ignored(store):
    _log(store, _contact(store), MET, "met")
    assert due_items(store, MET - timedelta(days=1)) == []


@pytest.mark.parametrize(
    ("due_in_days", "listed", "overdue"),
    [(-3, True, True), (-1, True, True), (0, True, False), (7, True, False), (8, False, False)],
)
def test_promises_inside_the_seven_day_window(store, due_in_days, listed, overdue):
    today = date(2026, 5, 10)
    cid = _contact(store)
    _log(store, cid, date(2026, 4, 1), "message_sent")
    _log(store, cid, date(2026, 4, 20), "meeting", event="Research meeting",
         next_step="send the revised aims page", due_date=today + timedelta(days=due_in_days))
    items = due_items(store, today)
    if not listed:
        assert items == []
        return
    (item,) = items
    assert (item.rule, item.kind, item.overdue) == ("promise", "follow_up", overdue)
    assert item.due_date == today + timedelta(days=due_in_days)
    assert "send the revised aims page" in item.reason
    assert item.request["meeting"]["next_step"] == "send the revised aims page"


@pytest.mark.parametrize(
    ("sent", "listed"),
    [
        ((date(2026, 4, 19), False), True),   # before the promise
        ((date(2026, 4, 20), False), False),  # same day, logged after it
        ((date(2026, 4, 20), True), True),    # same day, logged before it
        ((date(2026, 4, 25), False), False),  # after it
    ],
)
def test_a_message_after_the_promise_keeps_it(store, sent, listed):
    sent_on, before = sent
    cid = _contact(store)
    if before:
        _log(store, cid, sent_on, "message_sent")
    _log(store, cid, date(2026, 4, 20), "meeting", next_step="send CV",
         due_date=date(2026, 5, 1))
    if not before:
        _log(store, cid, sent_on, "message_sent")
    assert bool(due_items(store, date(2026, 4, 28))) is listed


def test_a_promise_from_an_owed_meeting_is_one_item(store):
    cid = _contact(store)
    _log(store, cid, MET, "met", event="SGIM", next_step="send my poster", due_date=MET)
    (item,) = due_items(store, MET)
    assert item.rule == "follow_up_owed"
    assert item.due_date == MET  # the earlier of the promise and the 72 hours
    assert "you promised: send my poster" in item.reason


@pytest.mark.parametrize(
    ("today", "listed", "overdue"),
    [
        (date(2026, 4, 14), False, False),  # a day short of three months
        (date(2026, 4, 15), True, False),   # exactly three calendar months
        (date(2026, 4, 16), True, True),
    ],
)
def test_mentor_update_after_exactly_n_months(store, today, listed, overdue):
    cid = _contact(store, relationship="mentor")
    _log(store, cid, date(2026, 1, 15), "message_sent")
    _log(store, cid, date(2026, 2, 1), "reply")  # their reply is not our update
    items = due_items(store, today)
    assert _rules(items) == ([("update_owed", "Dr. Priya Raman", overdue)] if listed else [])
    if listed:
        assert items[0].due_date == date(2026, 4, 15)
        assert items[0].kind == "update"
        assert items[0].request == {"kind": "update", "contact": {
            "name": "Dr. Priya Raman", "institution": "Massachusetts General Hospital",
            "relationship": "mentor"}}


def test_update_months_is_a_setting(store, settings):
    cid = _contact(store, relationship="sponsor")
    _log(store, cid, date(2026, 1, 15), "meeting")
    six = Settings(data_dir=settings.data_dir, update_months=6, _env_file=None)
    assert due_items(store, date(2026, 4, 15), six) == []
    assert [it.due_date for it in due_items(store, date(2026, 7, 15), six)] == [date(2026, 7, 15)]


def test_update_counts_from_connected_on_without_interactions(store):
    _contact(store, relationship="mentor", connected_on=date(2025, 11, 30))
    _contact(store, name="Peer Person", relationship="peer", connected_on=date(2020, 1, 1))
    assert due_items(store, date(2026, 2, 27)) == []
    (item,) = due_items(store, date(2026, 2, 28))  # Nov 30 + 3 months, clamped to Feb 28
    assert "connected on 30 Nov 2025" in item.reason


def test_update_counts_from_when_the_contact_was_added(store):
    cid = _contact(store, relationship="mentor")
    added = store.get_contact(cid).created_at.date()
    assert due_items(store, add_months(added, 3) - timedelta(days=1)) == []
    (item,) = due_items(store, add_months(added, 3))
    assert f"added on {added:%d %b %Y}".replace("on 0", "on ") in item.reason


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 15), 3, date(2026, 4, 15)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2025, 10, 31), 12, date(2026, 10, 31)),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


def test_overdue_items_come_first(store):
    a = _contact(store, name="Ana Lima")
    b = _contact(store, name="Ben Ode", relationship="mentor", connected_on=date(2025, 1, 1))
    _log(store, a, date(2026, 3, 9), "met")
    items = due_items(store, date(2026, 3, 10))
    assert [(it.contact_id, it.overdue) for it in items] == [(b, True), (a, False)]
    assert len({it.uid for it in items}) == 2


def test_the_due_list_adds_its_index_once(store):
    from sqlalchemy import inspect

    due_items(store, MET)
    due_items(store, MET)
    names = {ix["name"] for ix in inspect(store.engine).get_indexes("interactions")}
    assert "ix_interactions_contact_type_date" in names
