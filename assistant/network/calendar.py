"""Reminders for the resident's own calendar: what is due, as an iCalendar (.ics) file.

One all-day VEVENT per due item. Its UID is stable per item, so importing a newer export into
the same calendar updates the reminder instead of adding a second one. An overdue item is
placed on today (a reminder in the past is never seen) and says since when it is overdue.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from assistant.network.due import DueItem

PRODID = "-//Outreach Assistant//Networking reminders//EN"
UID_DOMAIN = "outreach-assistant.local"

_ACTION = {"follow_up": "Follow up with", "update": "Send an update to"}


def summary(item: DueItem) -> str:
    return f"{_ACTION[item.kind]} {item.contact}"


def to_ics(items: Iterable[DueItem], today: date | None = None) -> bytes:
    """The items as an .ics calendar (bytes, CRLF line endings as RFC 5545 requires)."""
    from icalendar import Calendar, Event

    today = today or date.today()
    stamp = datetime.now(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Networking reminders")
    for item in items:
        start = max(item.due_date, today)
        description = item.reason
        if item.overdue:
            description += f"\nOverdue since {item.due_date.isoformat()}."
        else:
            description += f"\nDue {item.due_date.isoformat()}."
        event = Event()
        event.add("uid", f"{item.uid}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(days=1))
        event.add("summary", summary(item))
        event.add("description", description)
        event.add("categories", ["Networking"])
        event.add("transp", "TRANSPARENT")  # a reminder, not busy time
        cal.add_component(event)
    return cal.to_ical()
