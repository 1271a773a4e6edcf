"""What is due: follow-ups owed, promises coming due, and mentors and sponsors owed an update.

The rules (interactions carry a date, not a time, so a meeting counts from the start of its day):

* **Follow-up owed** — the contact's latest `met` interaction has no `message_sent` to that
  contact dated on or after it. It is listed from the day of the meeting; its due date is the
  meeting date + 3 days (the day the guide's 72 hours end), and it is *overdue* once more than
  72 hours have passed since the start of the meeting day. With a date for "now" (the CLI's
  `--today`, the app's today) that is: overdue from meeting + 4 days, which is what the
  `late_followup` check says for a message written that day.
* **Promise coming due** — an interaction with a next step and its due date, due within the
  next 7 days or already past, with no `message_sent` to that contact after it (a later date,
  or the same date logged later). Overdue when the due date is past. When the promise belongs
  to the very meeting whose follow-up is owed, it is folded into that follow-up item.
* **Update owed** — a mentor or sponsor with no `message_sent`, `meeting` or `met` interaction
  in the last N calendar months (`settings.update_months`, default 3), counted from the latest
  such interaction, or from `connected_on`, or from when the contact was added. Due on the day
  exactly N months later (the 31st rolls back to the month's last day); overdue after it.

All three are answered with a handful of set-based queries, so the list stays fast at tens of
thousands of contacts and interactions.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.storage import Store

FOLLOW_UP_HOURS = 72
PROMISE_WINDOW_DAYS = 7
UPDATE_TYPES = ("message_sent", "meeting", "met")
Rule = Literal["follow_up_owed", "promise", "update_owed"]


class DueItem(BaseModel):
    uid: str  # stable per item: the calendar entry keeps its identity across exports
    rule: Rule
    contact_id: int
    contact: str
    reason: str
    kind: Literal["follow_up", "update"]
    due_date: date
    overdue: bool
    request: dict[str, Any]  # a draft request (the contract's JSON shape) to prefill Compose

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def add_months(day: date, months: int) -> date:
    """The same day N calendar months later, clamped to the month's last day (Jan 31 → Feb 28)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def follow_up_overdue(meeting_day: date, now: datetime) -> bool:
    """More than 72 hours since the start of the meeting day."""
    started = datetime.combine(meeting_day, time.min)
    return now - started > timedelta(hours=FOLLOW_UP_HOURS)


def _as_now(today: date | datetime | None) -> datetime:
    if isinstance(today, datetime):
        return today.replace(tzinfo=None)
    return datetime.combine(today or date.today(), time.min)


def _contact_json(c: Any) -> dict[str, Any]:
    data = {
        "name": c.name, "title": c.title, "institution": c.institution,
        "specialty": c.specialty, "relationship": c.relationship, "email": c.email,
    }
    return {k: v for k, v in data.items() if v}


def _meeting_json(i: Any) -> dict[str, Any]:
    data = {
        "event": i.event, "date": i.date.isoformat(), "topics": list(i.topics or []),
        "next_step": i.next_step,
    }
    return {k: v for k, v in data.items() if v}


def _fmt(day: date) -> str:
    return f"{day:%d %b %Y}".lstrip("0")


def due_items(
    store: Store, today: date | datetime | None = None, settings: Settings | None = None
) -> list[DueItem]:
    """Everything due on `today` (a date, or a datetime for hour precision), most urgent first."""
    from sqlalchemy import and_, exists, func, or_, select
    from sqlalchemy.orm import aliased

    from assistant.storage.tables import ContactRow, InteractionRow

    months = (settings or store.settings).update_months
    now = _as_now(today)
    day = now.date()
    i, m = InteractionRow, aliased(InteractionRow)
    c = ContactRow
    items: list[DueItem] = []

    with store.session() as s:
        # 1. follow-ups owed: the latest `met` per contact, with no message on or after its date
        latest_met = (
            select(i.contact_id, func.max(i.date).label("d"))
            .where(i.type == "met", i.date <= day)
            .group_by(i.contact_id)
            .subquery()
        )
        owed = (
            select(i, c)
            .join(latest_met, and_(latest_met.c.contact_id == i.contact_id,
                                   latest_met.c.d == i.date))
            .join(c, c.id == i.contact_id)
            .where(i.type == "met")
            .where(~exists().where(m.contact_id == i.contact_id, m.type == "message_sent",
                                   m.date >= i.date))
            .order_by(i.contact_id, i.id.desc())
        )
        owed_ids: set[int] = set()
        seen_contacts: set[int] = set()
        for inter, contact in s.execute(owed).all():
            if contact.id in seen_contacts:  # two `met` logged on the same day: keep the last
                continue
            seen_contacts.add(contact.id)
            owed_ids.add(inter.id)
            items.append(_follow_up_item(inter, contact, now))

        # 2. promises: a next step due within the window, with no message after it
        horizon = day + timedelta(days=PROMISE_WINDOW_DAYS)
        promises = (
            select(i, c)
            .join(c, c.id == i.contact_id)
            .where(i.next_step.is_not(None), i.next_step != "", i.due_date.is_not(None),
                   i.due_date <= horizon, i.date <= day)
            .where(~exists().where(
                m.contact_id == i.contact_id, m.type == "message_sent",
                or_(m.date > i.date, and_(m.date == i.date, m.id > i.id)),
            ))
            .order_by(i.due_date, i.id)
        )
        for inter, contact in s.execute(promises).all():
            if inter.id in owed_ids:
                continue  # already part of that meeting's follow-up item
            items.append(_promise_item(inter, contact, day))

        # 3. mentors and sponsors: the latest message, meeting or met, per contact
        last = (
            select(c, func.max(i.date).label("last"))
            .outerjoin(i, and_(i.contact_id == c.id, i.type.in_(UPDATE_TYPES), i.date <= day))
            .where(c.relationship.in_(("mentor", "sponsor")))
            .group_by(c.id)
        )
        for contact, last_date in s.execute(last).all():
            item = _update_item(contact, last_date, day, months)
            if item is not None:
                items.append(item)

    items.sort(key=lambda it: (not it.overdue, it.due_date, it.contact.casefold(), it.uid))
    return items


def _follow_up_item(inter: Any, contact: Any, now: datetime) -> DueItem:
    where = f" at {inter.event}" if inter.event else ""
    reason = f"Met{where} on {_fmt(inter.date)}; no follow-up sent yet"
    due = inter.date + timedelta(days=FOLLOW_UP_HOURS // 24)
    if inter.next_step:
        promised = f" by {_fmt(inter.due_date)}" if inter.due_date else ""
        reason += f"; you promised: {inter.next_step}{promised}"
        if inter.due_date:
            due = min(due, inter.due_date)
    overdue = follow_up_overdue(inter.date, now) or due < now.date()
    return DueItem(
        uid=f"follow-up-{inter.id}", rule="follow_up_owed", contact_id=contact.id,
        contact=contact.name, reason=reason, kind="follow_up", due_date=due, overdue=overdue,
        request={"kind": "follow_up", "contact": _contact_json(contact),
                 "meeting": _meeting_json(inter)},
    )


def _promise_item(inter: Any, contact: Any, day: date) -> DueItem:
    where = f" at {inter.event}" if inter.event else ""
    reason = (f"You promised{where} on {_fmt(inter.date)}: {inter.next_step} "
              f"(due {_fmt(inter.due_date)})")
    return DueItem(
        uid=f"promise-{inter.id}", rule="promise", contact_id=contact.id, contact=contact.name,
        reason=reason, kind="follow_up", due_date=inter.due_date, overdue=inter.due_date < day,
        request={"kind": "follow_up", "contact": _contact_json(contact),
                 "meeting": _meeting_json(inter)},
    )


def _update_item(contact: Any, last_date: date | None, day: date, months: int) -> DueItem | None:
    if last_date is not None:
        anchor, since = last_date, f"last contact on {_fmt(last_date)}"
    elif contact.connected_on is not None:
        anchor, since = contact.connected_on, f"connected on {_fmt(contact.connected_on)}"
    else:
        anchor = (contact.created_at or datetime.combine(day, time.min)).date()
        since = f"added on {_fmt(anchor)}"
    due = add_months(anchor, months)
    if due > day:
        return None
    unit = "month" if months == 1 else "months"
    reason = f"No update to your {contact.relationship} in {months} {unit} ({since})"
    return DueItem(
        uid=f"update-{contact.id}-{anchor.isoformat()}", rule="update_owed",
        contact_id=contact.id, contact=contact.name, reason=reason, kind="update",
        due_date=due, overdue=due < day,
        request={"kind": "update", "contact": _contact_json(contact)},
    )
