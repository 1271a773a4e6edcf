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
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.storage import Store

FOLLOW_UP_HOURS = 72
PROMISE_WINDOW_DAYS = 7
UPDATE_TYPES = ("message_sent", "meeting", "met")
Rule = Literal["follow_up_owed", "promise", "update_owed"]


@dataclass(slots=True)
class DueItem:
    """One thing due. A plain dataclass: a long list is built in a few milliseconds."""

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
        data = asdict(self)
        data["due_date"] = self.due_date.isoformat()
        return data


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
        "name": c["name"], "title": c["title"], "institution": c["institution"],
        "specialty": c["specialty"], "relationship": c["relationship"], "email": c["email"],
    }
    return {k: v for k, v in data.items() if v}


def _meeting_json(i: Any) -> dict[str, Any]:
    data = {
        "event": i["event"], "date": i["date"].isoformat(), "topics": list(i["topics"] or []),
        "next_step": i["next_step"],
    }
    return {k: v for k, v in data.items() if v}


@lru_cache(maxsize=4096)
def _fmt(day: date) -> str:
    return f"{day:%d %b %Y}".lstrip("0")


def due_items(
    store: Store, today: date | datetime | None = None, settings: Settings | None = None
) -> list[DueItem]:
    """Everything due on `today` (a date, or a datetime for hour precision), most urgent first.

    Three set-based queries over the store's user's rows; rows are read as plain column
    tuples (no ORM objects), since the list can hold thousands of items."""
    from sqlalchemy import and_, exists, func, or_, select
    from sqlalchemy.orm import aliased

    from assistant.storage.tables import ContactRow, InteractionRow

    months = (settings or store.settings).update_months
    user = store.user  # every query below is this user's rows only
    now = _as_now(today)
    day = now.date()
    i, m = InteractionRow, aliased(InteractionRow)
    c = ContactRow
    contact_cols = (c.id.label("contact_id"), c.name, c.title, c.institution, c.specialty,
                    c.relationship, c.email, c.connected_on, c.created_at)
    inter_cols = (i.id.label("interaction_id"), i.date, i.event, i.topics, i.next_step,
                  i.due_date)
    items: list[DueItem] = []

    with store.session() as s:
        # 1. follow-ups owed: the latest `met` per contact, with no message on or after its date
        latest_met = (
            select(i.contact_id, func.max(i.date).label("d"))
            .where(i.owner == user, i.type == "met", i.date <= day)
            .group_by(i.contact_id)
            .subquery()
        )
        owed = (
            select(*inter_cols, *contact_cols)
            .join(latest_met, and_(latest_met.c.contact_id == i.contact_id,
                                   latest_met.c.d == i.date))
            .join(c, c.id == i.contact_id)
            .where(i.owner == user, i.type == "met")
            .where(~exists().where(m.contact_id == i.contact_id, m.type == "message_sent",
                                   m.date >= i.date, m.date <= day))
            .order_by(i.contact_id, i.id.desc())
        )
        owed_ids: set[int] = set()
        seen_contacts: set[int] = set()
        for row in s.execute(owed).mappings():
            if row["contact_id"] in seen_contacts:  # two `met` logged on one day: keep the last
                continue
            seen_contacts.add(row["contact_id"])
            owed_ids.add(row["interaction_id"])
            items.append(_follow_up_item(row, now))

        # 2. promises: a next step due within the window, with no message after it
        horizon = day + timedelta(days=PROMISE_WINDOW_DAYS)
        promises = (
            select(*inter_cols, *contact_cols)
            .join(c, c.id == i.contact_id)
            .where(i.owner == user, i.next_step.is_not(None), i.next_step != "",
                   i.due_date.is_not(None), i.due_date <= horizon, i.date <= day)
            .where(~exists().where(
                m.contact_id == i.contact_id, m.type == "message_sent", m.date <= day,
                or_(m.date > i.date, and_(m.date == i.date, m.id > i.id)),
            ))
        )
        for row in s.execute(promises).mappings():
            if row["interaction_id"] not in owed_ids:  # else part of that meeting's follow-up
                items.append(_promise_item(row, day))

        # 3. mentors and sponsors: the latest message, meeting or met, per contact
        last = (
            select(*contact_cols, func.max(i.date).label("last"))
            .outerjoin(i, and_(i.contact_id == c.id, i.type.in_(UPDATE_TYPES), i.date <= day))
            .where(c.owner == user, c.relationship.in_(("mentor", "sponsor")))
            .group_by(c.id)
        )
        for row in s.execute(last).mappings():
            item = _update_item(row, day, months)
            if item is not None:
                items.append(item)

    items.sort(key=lambda it: (not it.overdue, it.due_date, it.contact.casefold(), it.uid))
    return items


def _follow_up_item(row: Any, now: datetime) -> DueItem:
    met, event, step, promised_by = row["date"], row["event"], row["next_step"], row["due_date"]
    where = f" at {event}" if event else ""
    reason = f"Met{where} on {_fmt(met)}; no follow-up sent yet"
    due = met + timedelta(days=FOLLOW_UP_HOURS // 24)
    if step:
        by = f" by {_fmt(promised_by)}" if promised_by else ""
        reason += f"; you promised: {step}{by}"
        if promised_by:
            due = min(due, promised_by)
    overdue = follow_up_overdue(met, now) or due < now.date()
    return DueItem(
        uid=f"follow-up-{row['interaction_id']}", rule="follow_up_owed",
        contact_id=row["contact_id"], contact=row["name"], reason=reason, kind="follow_up",
        due_date=due, overdue=overdue,
        request={"kind": "follow_up", "contact": _contact_json(row),
                 "meeting": _meeting_json(row)},
    )


def _promise_item(row: Any, day: date) -> DueItem:
    event, due = row["event"], row["due_date"]
    where = f" at {event}" if event else ""
    reason = (f"You promised{where} on {_fmt(row['date'])}: {row['next_step']} "
              f"(due {_fmt(due)})")
    return DueItem(
        uid=f"promise-{row['interaction_id']}", rule="promise", contact_id=row["contact_id"],
        contact=row["name"], reason=reason, kind="follow_up", due_date=due, overdue=due < day,
        request={"kind": "follow_up", "contact": _contact_json(row),
                 "meeting": _meeting_json(row)},
    )


def _update_item(row: Any, day: date, months: int) -> DueItem | None:
    last, connected_on = row["last"], row["connected_on"]
    if last is not None:
        anchor, since = last, f"last contact on {_fmt(last)}"
    elif connected_on is not None:
        anchor, since = connected_on, f"connected on {_fmt(connected_on)}"
    else:
        anchor = (row["created_at"] or datetime.combine(day, time.min)).date()
        since = f"added on {_fmt(anchor)}"
    due = add_months(anchor, months)
    if due > day:
        return None
    unit = "month" if months == 1 else "months"
    reason = f"No update to your {row['relationship']} in {months} {unit} ({since})"
    return DueItem(
        uid=f"update-{row['contact_id']}-{anchor.isoformat()}", rule="update_owed",
        contact_id=row["contact_id"], contact=row["name"], reason=reason, kind="update",
        due_date=due, overdue=due < day,
        request={"kind": "update", "contact": _contact_json(row)},
    )
