"""The .ics export parsed back with icalendar: one all-day event per due item, stable UIDs."""

from __future__ import annotations

from datetime import date, timedelta

from icalendar import Calendar

from assistant.network.calendar import PRODID, to_ics
from assistant.network.due import due_items
from assistant.storage import ContactRecord, InteractionRecord

TODAY = date(2026, 3, 10)


def _setup(store) -> None:
    zoe = store.add_contact(ContactRecord(name="Zoë Łukasiewicz", institution="Brigham"))
    store.add_interaction(InteractionRecord(
        contact_id=zoe, date=date(2026, 3, 9), type="met", event="ACC.26, Chicago",
        topics=["heart failure; QI"],
    ))
    store.add_contact(ContactRecord(name="José Núñez", relationship="mentor",
                                    connected_on=date(2025, 6, 1)))


def test_ics_parses_back_with_one_event_per_item(store):
    _setup(store)
    items = due_items(store, TODAY)
    cal = Calendar.from_ical(to_ics(items, TODAY))
    assert str(cal["prodid"]) == PRODID
    assert str(cal["version"]) == "2.0"
    events = cal.walk("VEVENT")
    assert len(events) == len(items) == 2
    by_uid = {str(e["uid"]): e for e in events}
    assert set(by_uid) == {f"{it.uid}@outreach-assistant.local" for it in items}
    for item in items:
        event = by_uid[f"{item.uid}@outreach-assistant.local"]
        assert event.decoded("dtstart") == max(item.due_date, TODAY)
        assert event.decoded("dtend") == max(item.due_date, TODAY) + timedelta(days=1)
        assert item.contact in str(event["summary"])
        assert item.reason in str(event["description"])
        assert "dtstamp" in event
    zoe = next(e for e in events if "Zoë" in str(e["summary"]))
    assert str(zoe["summary"]) == "Follow up with Zoë Łukasiewicz"
    assert "ACC.26, Chicago" in str(zoe["description"])  # commas survive escaping
    assert zoe.decoded("dtstart") == date(2026, 3, 12)
    jose = next(e for e in events if "José" in str(e["summary"]))
    assert str(jose["summary"]) == "Send an update to José Núñez"
    assert jose.decoded("dtstart") == TODAY  # overdue: placed on today, not in the past
    assert "Overdue since 2025-09-01" in str(jose["description"])


def test_uids_are_stable_across_exports(store):
    _setup(store)
    first = Calendar.from_ical(to_ics(due_items(store, TODAY), TODAY))
    later = date(2026, 3, 11)
    second = Calendar.from_ical(to_ics(due_items(store, later), later))
    uids = [sorted(str(e["uid"]) for e in c.walk("VEVENT")) for c in (first, second)]
    assert uids[0] == uids[1]


def test_empty_calendar_is_still_valid():
    cal = Calendar.from_ical(to_ics([], TODAY))
    assert cal.walk("VEVENT") == []
    assert str(cal["prodid"]) == PRODID
