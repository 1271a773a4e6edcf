"""What the CLI and the app call for conferences: import a program, suggest whom to meet, and
who to contact next beyond any conference. No printing and no widgets here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from assistant.models import Sender

if TYPE_CHECKING:
    from assistant.conference.rank import Suggestion
    from assistant.config import Settings
    from assistant.storage import Store

WARM_RELATIONSHIPS = ("met_once", "peer", "mentor", "sponsor")
WARM_QUIET_DAYS = 30  # a warm contact written to within this many days is not suggested again
WARM_FIT = 0.30  # the least cosine between a contact and the goal to call them relevant
WARM_LIMIT = 5


def import_program(store: Store, data: bytes, filename: str, name: str,
                   mapping: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Read and save a program: {"conference", "sessions", "people", "skipped", "total"}.
    A file over the import limits (`OUTREACH_IMPORT_MAX_MB`, `OUTREACH_IMPORT_MAX_ROWS`, as for
    contacts) is refused before it is parsed: a 400,000-session file took 107 s and 1.1 GB."""
    from assistant.conference.program import read_program
    from assistant.conference.store import save_program
    from assistant.network.csvfile import check_upload

    check_upload(data, store.settings)
    program = read_program(data, filename, mapping)
    if not program.sessions:
        from assistant.errors import InputError

        reasons = "; ".join(f"row {s.row}: {s.reason}" for s in program.skipped[:3])
        raise InputError(f"no session could be read ({reasons or 'no rows'})", "file")
    counts = save_program(store, name, program)
    return {
        "conference": " ".join(name.split()), "sessions": counts["sessions"],
        "people": counts["people"], "skipped": [s.model_dump() for s in program.skipped],
        "total": program.total,
    }


def suggest(store: Store, name: str, profile: Sender | None = None, k: int = 10
            ) -> list[Suggestion]:
    """Whom to meet at the named conference; the saved profile when none is given."""
    from assistant.conference.rank import rank
    from assistant.conference.store import load_conference

    conference = load_conference(store, name)
    return rank(conference, profile or store.get_profile(), k=k, store=store)


@dataclass
class NextItem:
    """One person worth contacting now, why, and the draft request that would do it."""

    contact_id: int
    contact: str
    rule: str  # follow_up_owed | promise | update_owed | warm_relevant
    reason: str
    kind: str
    due_date: date | None
    overdue: bool
    request: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "contact_id": self.contact_id, "contact": self.contact, "rule": self.rule,
            "reason": self.reason, "kind": self.kind,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "overdue": self.overdue, "request": self.request,
        }


def next_contacts(store: Store, today: date | None = None, settings: Settings | None = None
                  ) -> list[NextItem]:
    """Mentors and sponsors overdue for an update, promises and follow-ups coming due (the
    What-is-due rules), then warm contacts relevant to the resident's current goal."""
    from assistant.network.due import due_items

    today = today or date.today()
    profile = store.get_profile()
    sender = profile.model_dump(exclude_none=True, exclude_defaults=True)
    items = [
        NextItem(d.contact_id, d.contact, d.rule, d.reason, d.kind, d.due_date, d.overdue,
                 {**d.request, **({"sender": sender} if sender else {})})
        for d in due_items(store, today, settings)
    ]
    taken = {i.contact_id for i in items}
    items.extend(_warm_relevant(store, profile, today, taken, sender))
    return items


def _contact_text(c: Any) -> str:
    parts = [c.title, c.specialty, c.institution, ", ".join(c.tags), c.notes]
    return ". ".join(p for p in parts if p)


def _warm_relevant(store: Store, profile: Sender, today: date, taken: set[int],
                   sender: dict[str, Any]) -> list[NextItem]:
    """Warm contacts (met, peers, mentors, sponsors) whose work fits the goal and interests,
    not written to lately. The reason quotes what matched."""
    from assistant.conference.lexicon import expand

    goal = " ".join((profile.goals or "").split())
    if not goal and not profile.interests:
        return []
    last: dict[int, date] = {}
    for i in store.list_interactions():  # the user's own interactions, latest date each
        last[i.contact_id] = max(last.get(i.contact_id, i.date), i.date)
    quiet_since = today - timedelta(days=WARM_QUIET_DAYS)
    pool = [c for c in store.list_contacts()
            if c.relationship in WARM_RELATIONSHIPS and c.id not in taken
            and _contact_text(c) and (last.get(c.id) is None or last[c.id] < quiet_since)]
    if not pool:
        return []
    from assistant.embeddings import embed

    queries = ([goal] if goal else []) + [i for i in profile.interests if i.strip()]
    qv = embed([expand(q) for q in queries])
    cv = embed([_contact_text(c) for c in pool])
    sims = cv @ qv.T
    ranked = sorted(range(len(pool)), key=lambda n: -float(sims[n].max()))
    out = []
    for n in ranked[:WARM_LIMIT]:
        best = int(sims[n].argmax())
        if float(sims[n, best]) < WARM_FIT:
            break
        c = pool[n]
        what = "your goal" if goal and best == 0 else f"your interest in {queries[best]}"
        detail = ", ".join(p for p in (c.title, c.specialty, c.institution) if p)
        since = f"; last contact {last[c.id]:%d %b %Y}".replace(" 0", " ") if c.id in last else ""
        reason = (f"{c.relationship.replace('_', ' ')} whose work fits {what} "
                  f"({queries[best][:60]}): {detail}{since}")
        contact = {k: v for k, v in {
            "name": c.name, "title": c.title, "institution": c.institution,
            "specialty": c.specialty, "relationship": c.relationship, "email": c.email,
        }.items() if v}
        ask = f"10-15 minutes of advice on my goal: {goal}" if goal else None
        request: dict[str, Any] = {"kind": "update", "contact": contact}
        if sender:
            request["sender"] = sender
        if ask:
            request["ask"] = ask
        out.append(NextItem(c.id or 0, c.name, "warm_relevant", reason, "update", None, False,
                            request))
    return out
