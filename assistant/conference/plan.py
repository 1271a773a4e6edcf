"""The campaign around a meeting: before it, two to five introductions drafted in one go
through the normal drafting service; at it, one printable page and an .ics of the chosen
sessions; after it, "met" per person, which puts the 72-hour follow-up in What is due.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from assistant.conference.store import Conference, PlannedSession, make_contact
from assistant.errors import InputError
from assistant.models import DraftRequest, Sender
from assistant.text.sentences import split_sentences

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.storage import Store

MIN_PICKS, MAX_PICKS = 2, 5
WHY_FEW = ("The guide's playbook is two to five: few enough that each email is personal and "
           "every meeting you ask for is one you can keep. Twenty cold emails read as a mass "
           "mailing, and the replies would outnumber your free slots.")
ASK = "10-15 minutes to talk during the meeting"


@dataclass
class CampaignDraft:
    person_id: int
    contact_id: int
    draft_id: int
    name: str
    subject: str | None
    body: str
    findings: list[dict[str, Any]] = field(default_factory=list)
    notice: str | None = None

    @property
    def passed(self) -> bool:
        """No finding of severity error: the contract's `passed` for check."""
        return not any(f.get("severity") == "error" for f in self.findings)


def check_picks(person_ids: list[int], conference: Conference) -> list[int]:
    picks = list(dict.fromkeys(person_ids))
    unknown = [p for p in picks if p not in conference.people]
    if unknown:
        raise InputError(f"not on the program of {conference.name!r}: {unknown}", "people")
    if not MIN_PICKS <= len(picks) <= MAX_PICKS:
        raise InputError(f"pick {MIN_PICKS} to {MAX_PICKS} people, not {len(picks)}. {WHY_FEW}",
                         "people")
    return picks


def _best_session(conference: Conference, person_id: int) -> PlannedSession:
    person = conference.people[person_id]
    return conference.sessions[person.sessions[0]]


def introduction_request(conference: Conference, person_id: int, profile: Sender,
                         today: date | None = None) -> DraftRequest:
    """The draft request for one introduction: who they are, the session, the ask."""
    person = conference.people[person_id]
    session = _best_session(conference, person_id)
    their_work = f"your session '{session.title}'"
    return DraftRequest.model_validate({
        "kind": "introduction", "channel": "email", "today": today,
        "sender": profile.model_dump(exclude_none=True),
        "contact": {k: v for k, v in {
            # "Elena Kim, MD": the credentials tell the engine and checks to write "Dr. Kim"
            "name": f"{person.name}, {person.credentials}" if person.credentials else person.name,
            "title": person.role or None,
            "institution": person.institution or None, "relationship": "new",
            "their_work": their_work,
        }.items() if v},
        "meeting": {k: v for k, v in {
            "event": conference.name, "date": session.day,  # the session is their_work
        }.items() if v},
        "ask": ASK,
    })


def draft_campaign(store: Store, conference: Conference, person_ids: list[int],
                   profile: Sender, *, engine: str = "auto", settings: Settings | None = None,
                   today: date | None = None) -> list[CampaignDraft]:
    """Draft every introduction in one go: each person becomes a contact, each request is
    saved before drafting (nothing is lost if the model fails), each draft is checked."""
    from assistant import service

    picks = check_picks(person_ids, conference)
    out = []
    for pid in picks:
        contact_id = make_contact(store, pid)
        request = introduction_request(conference, pid, profile, today)
        draft_id = store.save_request(request, contact_id)
        try:
            draft = service.draft(request, engine=engine, settings=settings)
        except Exception as exc:
            store.mark_failed(draft_id, str(exc))
            raise
        store.save_draft(draft_id, draft)
        out.append(CampaignDraft(
            person_id=pid, contact_id=contact_id, draft_id=draft_id,
            name=conference.people[pid].name, subject=draft.subject, body=draft.body,
            findings=[f.to_json() for f in draft.findings], notice=draft.notice,
        ))
    return out


def save_edit(store: Store, draft: CampaignDraft, subject: str, body: str,
              settings: Settings | None = None) -> CampaignDraft:
    """The resident's edit, re-checked against the draft's own request and saved."""
    from assistant import service

    if subject == (draft.subject or "") and body == draft.body:
        return draft
    record = store.get_draft(draft.draft_id)
    request = DraftRequest.model_validate(record.request) if record else None
    text = f"Subject: {subject}\n\n{body}" if subject.strip() else body
    findings = [f.to_json() for f in service.check_message(
        text, request, kind="introduction", channel="email", settings=settings)]
    store.update_text(draft.draft_id, subject or None, body, findings)
    return CampaignDraft(draft.person_id, draft.contact_id, draft.draft_id, draft.name,
                         subject or None, body, findings, draft.notice)


def mark_sent(store: Store, draft_id: int, when: date | None = None) -> int | None:
    """The email went out: the draft is marked sent and an "emailed" interaction recorded."""
    return store.mark_sent(draft_id, when)


def mark_met(store: Store, conference: Conference, person_id: int,
             when: date | None = None, session_id: int | None = None) -> int:
    """One tap after meeting someone: a `met` interaction at this conference, on the session's
    topic, so the 72-hour follow-up appears in What is due prefilled with both."""
    from assistant.storage.records import InteractionRecord

    if person_id not in conference.people:
        raise InputError(f"not on the program of {conference.name!r}: {person_id}", "person")
    contact_id = make_contact(store, person_id)
    contact = store.get_contact(contact_id)
    if contact is not None and contact.relationship == "new":
        store.update_contact(contact.model_copy(update={"relationship": "met_once"}))
    person = conference.people[person_id]
    sid = session_id if session_id in person.sessions else person.sessions[0]
    session = conference.sessions[sid]
    return store.add_interaction(InteractionRecord(
        contact_id=contact_id, date=when or date.today(), type="met", event=conference.name,
        topics=[session.title], notes=f"met at {conference.name}",
    ))


# -- at the meeting -----------------------------------------------------------------------------
def ten_second_intro(profile: Sender) -> str:
    """Who the resident is, in one breath, from the profile alone (nothing invented)."""
    name = profile.name or "a resident"
    who = f"I'm {name}"
    if profile.role and profile.program:
        who += f", {profile.role} at {profile.program}"
    elif profile.role or profile.program:
        who += f", {profile.role or 'a resident at ' + str(profile.program)}"
    interests = [i.strip() for i in profile.interests if i.strip()][:2]
    parts = [who + "."]
    if interests:
        parts.append(f"I'm interested in {' and '.join(interests)}.")
    if profile.goals:
        parts.append(f"My goal: {' '.join(profile.goals.split())}.".replace("..", "."))
    return " ".join(parts)


def question_for(session: PlannedSession) -> str:
    """One question from the session's abstract (its first sentence), or its title."""
    sentences = [s.strip().rstrip(".") for s in split_sentences(session.abstract) if s.strip()]
    about = sentences[0] if sentences else session.title
    words = about.split()
    if len(words) > 18:
        about = " ".join(words[:18]) + "…"
    return f"On “{about}”: what would you tell a resident who wants to start working on this?"


def meeting_sheet(conference: Conference, person_ids: list[int], profile: Sender) -> str:
    """One printable HTML page: the chosen sessions with times and rooms, who to meet when,
    the ten-second introduction, and one question per person."""
    esc = html.escape
    sessions: dict[int, PlannedSession] = {}
    for pid in person_ids:
        s = _best_session(conference, pid)
        sessions[s.id] = s
    ordered = sorted(sessions.values(), key=_when_key)
    rows = "".join(
        f"<tr><td>{esc(s.when())}</td><td>{esc(s.title)}</td><td>{esc(', '.join(conference.people[p].name for p in s.speakers if p in person_ids))}</td></tr>"  # noqa: E501
        for s in ordered)
    people = "".join(
        f"<li><strong>{esc(conference.people[p].name)}</strong>"
        f"{esc(', ' + conference.people[p].role) if conference.people[p].role else ''}"
        f"{esc(', ' + conference.people[p].institution) if conference.people[p].institution else ''}"  # noqa: E501
        f" — {esc(_best_session(conference, p).when())}<br>"
        f"<em>Ask:</em> {esc(question_for(_best_session(conference, p)))}</li>"
        for p in person_ids)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{esc(conference.name)}: my plan</title>"
        "<style>body{font-family:sans-serif;max-width:46em;margin:1em auto}"
        "td,th{border-bottom:1px solid #ccc;padding:.3em;text-align:left;vertical-align:top}"
        "table{border-collapse:collapse;width:100%}@media print{a{color:black}}</style>"
        f"</head><body><h1>{esc(conference.name)}</h1>"
        f"<h2>My ten-second introduction</h2><p>{esc(ten_second_intro(profile))}</p>"
        "<h2>Sessions</h2><table><tr><th>When, where</th><th>Session</th><th>Meeting</th></tr>"
        f"{rows}</table><h2>People, and one question each</h2><ul>{people}</ul>"
        "<p>Follow up within 48–72 hours of meeting each person.</p></body></html>"
    )


def _when_key(s: PlannedSession) -> tuple[str, str]:
    return (s.day.isoformat() if s.day else "9999", f"{s.start:%H:%M}" if s.start else "99")


def sessions_ics(conference: Conference, session_ids: list[int]) -> bytes:
    """The chosen sessions as an .ics calendar (floating local times, as the program gives)."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Outreach Assistant//Conference plan//EN")
    cal.add("version", "2.0")
    stamp = datetime.now(UTC).replace(microsecond=0)
    for sid in dict.fromkeys(session_ids):
        s = conference.sessions[sid]
        if s.day is None:
            continue
        event = Event()
        event.add("uid", f"session-{conference.id}-{sid}@outreach-assistant.local")
        event.add("dtstamp", stamp)
        event.add("summary", s.title)
        if s.start:
            event.add("dtstart", datetime.combine(s.day, s.start))
            if s.end:
                event.add("dtend", datetime.combine(s.day, s.end))
        else:
            event.add("dtstart", s.day)
        if s.room:
            event.add("location", s.room)
        speakers = ", ".join(conference.people[p].name for p in s.speakers)
        event.add("description", "\n".join(p for p in (
            f"Speakers: {speakers}" if speakers else "", s.abstract) if p))
        cal.add_component(event)
    return cal.to_ical()
