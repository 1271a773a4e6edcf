"""Saving and loading a conference program in the store's database.

Writes are a handful of multi-row INSERTs in one transaction (a 2,000-session program imports in
well under the 5 s target); loading reads plain column tuples. Rows are scoped by owner: the
user the settings name (`local` on a single-user install).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.conference.people import contact_for, identify
from assistant.conference.program import Program
from assistant.conference.tables import (
    ConferenceRow,
    PersonRow,
    SessionRow,
    SpeakerRow,
)
from assistant.errors import InputError
from assistant.text.names import name_key

if TYPE_CHECKING:
    from assistant.storage import Store

def owner_of(store: Store) -> str:
    """The user whose rows these are (the store's user)."""
    return str(getattr(store, "user", None) or "local")


@dataclass
class PlannedSession:
    id: int
    title: str
    type: str
    day: date | None
    start: time | None
    end: time | None
    room: str
    abstract: str
    trainee: bool
    speakers: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        """What the session is about, as embedded and matched."""
        return f"{self.title}. {self.abstract}".strip()

    def when(self) -> str:
        parts = [self.day.isoformat() if self.day else "",
                 f"{self.start:%H:%M}" if self.start else "",
                 f"–{self.end:%H:%M}" if self.end else ""]
        out = " ".join(p for p in parts[:2] if p) + (parts[2] if parts[1] else "")
        return f"{out}, {self.room}" if self.room else out


@dataclass
class Person:
    id: int
    name: str
    credentials: str
    role: str
    institution: str
    contact_id: int | None
    sessions: list[int] = field(default_factory=list)


@dataclass
class Conference:
    id: int
    name: str
    sessions: dict[int, PlannedSession]
    people: dict[int, Person]
    vectors: dict[int, np.ndarray]  # session id -> stored vector, when computed


def _conference_id(s: Any, owner: str, name: str) -> int | None:
    from sqlalchemy import select

    query = select(ConferenceRow.id).where(ConferenceRow.owner == owner,
                                           ConferenceRow.name_key == name_key(name))
    return s.execute(query).scalar()


def save_program(store: Store, name: str, program: Program) -> dict[str, int]:
    """Store the program under `name`, replacing an earlier import under the same name.
    Returns {"conference_id", "sessions", "people"}."""
    from sqlalchemy import insert

    name = " ".join(name.split())
    if not name or not name_key(name):
        raise InputError("a conference needs a name", "--name")
    owner = owner_of(store)
    with store.transaction(lock=True) as s:  # one writer per user; all or nothing
        old = _conference_id(s, owner, name)
        if old is not None:
            _delete(s, [old])
        conf = ConferenceRow(owner=owner, name=name, name_key=name_key(name))
        s.add(conf)
        s.flush()
        cid = conf.id
        session_rows = [{
            "conference_id": cid, "title": x.title, "type": x.type, "day": x.day,
            "start": x.start, "end": x.end, "room": x.room, "abstract": x.abstract,
            "trainee": x.trainee,
        } for x in program.sessions]
        table = SessionRow.__table__
        session_ids = list(s.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), session_rows
        ).scalars()) if session_rows else []
        found, speaking = identify([x.speakers for x in program.sessions])
        ptable = PersonRow.__table__
        person_ids = list(s.execute(
            insert(ptable).returning(ptable.c.id, sort_by_parameter_order=True),
            [{"conference_id": cid, "name": p.name, "name_key": p.name_key,
              "credentials": p.credentials, "role": p.role, "institution": p.institution}
             for p in found]).scalars()) if found else []
        links = [{"session_id": sid, "person_id": person_ids[p]}
                 for sid, people in zip(session_ids, speaking, strict=True) for p in people]
        if links:
            s.execute(insert(SpeakerRow.__table__), links)
    return {"conference_id": cid, "sessions": len(session_ids), "people": len(person_ids)}


def _delete(s: Any, ids: list[int]) -> None:
    """Delete these conferences with their sessions, people and speaker links (explicitly:
    SQLite enforces no ON DELETE CASCADE without a pragma)."""
    from sqlalchemy import delete, select

    sessions = select(SessionRow.id).where(SessionRow.conference_id.in_(ids))
    s.execute(delete(SpeakerRow).where(SpeakerRow.session_id.in_(sessions)))
    s.execute(delete(PersonRow).where(PersonRow.conference_id.in_(ids)))
    s.execute(delete(SessionRow).where(SessionRow.conference_id.in_(ids)))
    s.execute(delete(ConferenceRow).where(ConferenceRow.id.in_(ids)))


def delete_conferences(store: Store) -> int:
    """Delete every program this user imported ("Delete my data"); returns how many."""
    from sqlalchemy import select

    with store.transaction(lock=True) as s:
        ids = list(s.execute(select(ConferenceRow.id)
                             .where(ConferenceRow.owner == owner_of(store))).scalars())
        if ids:
            _delete(s, ids)
    return len(ids)


def export_conferences(store: Store) -> list[dict[str, Any]]:
    """Every program this user imported, as JSON-ready objects ("Export my data"): its sessions
    (with their speakers' person ids) and its people (with the contact each became)."""
    out = []
    for name in list_conferences(store):
        conference = load_conference(store, name)
        out.append({
            "name": conference.name,
            "sessions": [{
                "id": x.id, "title": x.title, "type": x.type,
                "date": x.day.isoformat() if x.day else None,
                "start": f"{x.start:%H:%M}" if x.start else None,
                "end": f"{x.end:%H:%M}" if x.end else None,
                "room": x.room, "abstract": x.abstract, "trainee": x.trainee,
                "speakers": x.speakers,
            } for x in conference.sessions.values()],
            "people": [{
                "id": p.id, "name": p.name, "credentials": p.credentials, "role": p.role,
                "institution": p.institution, "contact_id": p.contact_id,
            } for p in conference.people.values()],
        })
    return out


def list_conferences(store: Store) -> list[str]:
    from sqlalchemy import select

    with store.session() as s:
        query = select(ConferenceRow.name).where(ConferenceRow.owner == owner_of(store))
        return sorted(s.execute(query).scalars())


def load_conference(store: Store, name: str) -> Conference:
    from sqlalchemy import select

    with store.session() as s:
        cid = _conference_id(s, owner_of(store), name)
        if cid is None:
            known = list_conferences(store)
            hint = f" (imported: {', '.join(known)})" if known else " (none imported yet)"
            raise InputError(f"no conference named {name!r}{hint}", "NAME")
        title = s.execute(select(ConferenceRow.name).where(ConferenceRow.id == cid)).scalar()
        st = SessionRow
        sessions: dict[int, PlannedSession] = {}
        vectors: dict[int, np.ndarray] = {}
        for row in s.execute(select(st.id, st.title, st.type, st.day, st.start, st.end, st.room,
                                    st.abstract, st.trainee, st.vector)
                             .where(st.conference_id == cid).order_by(st.id)):
            sessions[row[0]] = PlannedSession(*row[:9])
            if row[9] is not None:
                vectors[row[0]] = np.frombuffer(row[9], dtype=np.float32)
        pt = PersonRow
        people = {row[0]: Person(*row) for row in s.execute(
            select(pt.id, pt.name, pt.credentials, pt.role, pt.institution, pt.contact_id)
            .where(pt.conference_id == cid).order_by(pt.id))}
        for sid, pid in s.execute(select(SpeakerRow.session_id, SpeakerRow.person_id)
                                  .join(st, st.id == SpeakerRow.session_id)
                                  .where(st.conference_id == cid)
                                  .order_by(SpeakerRow.session_id, SpeakerRow.person_id)):
            sessions[sid].speakers.append(pid)
            people[pid].sessions.append(sid)
    return Conference(id=cid, name=str(title), sessions=sessions, people=people, vectors=vectors)


def save_vectors(store: Store, vectors: dict[int, np.ndarray]) -> None:
    from sqlalchemy import bindparam, update

    if not vectors:
        return
    statement = (update(SessionRow.__table__)
                 .where(SessionRow.__table__.c.id == bindparam("sid"))
                 .values(vector=bindparam("vec")))
    with store.transaction() as s:
        s.execute(statement, [{"sid": sid, "vec": np.asarray(v, dtype=np.float32).tobytes()}
                              for sid, v in vectors.items()])


def known_contacts(store: Store) -> dict[str, list[tuple[int, str]]]:
    """This user's contacts by name key: (id, institution) pairs, to tell namesakes apart."""
    from sqlalchemy import select

    from assistant.storage.tables import ContactRow

    found: dict[str, list[tuple[int, str]]] = {}
    query = (select(ContactRow.name_key, ContactRow.id, ContactRow.institution)
             .where(store.scoped(ContactRow)).order_by(ContactRow.id))
    with store.session() as s:
        for key, cid, institution in s.execute(query):
            if key:
                found.setdefault(key, []).append((cid, institution or ""))
    return found


def make_contact(store: Store, person_id: int) -> int:
    """The person becomes a contact, or is linked to the contact who is them: the same name,
    and the same institution when both say (`people.contact_for`)."""
    from sqlalchemy import select, update
    from sqlalchemy.exc import IntegrityError

    from assistant.storage.records import ContactRecord

    with store.session() as s:
        row = s.execute(select(PersonRow.name, PersonRow.role, PersonRow.institution,
                               PersonRow.credentials, PersonRow.contact_id)
                        .join(ConferenceRow, ConferenceRow.id == PersonRow.conference_id)
                        .where(PersonRow.id == person_id,
                               ConferenceRow.owner == owner_of(store))).first()
    if row is None:
        raise InputError(f"no person #{person_id} on any program", "person")
    name, role, institution, credentials, contact_id = row
    if contact_id is not None and store.get_contact(contact_id) is not None:
        return contact_id
    contact_id = contact_for(name, institution, known_contacts(store))
    if contact_id is None:
        title = role or None
        if credentials and "MD" in credentials and not title:
            title = "Physician"
        try:
            contact_id = store.add_contact(ContactRecord(
                name=name, title=title, institution=institution or None))
        except IntegrityError:  # a namesake elsewhere, with no email or URL to tell them apart
            raise InputError(f"your contacts already hold another {name} with no email or "
                             "LinkedIn URL; add one to that contact first", "person") from None
    with store.transaction() as s:
        s.execute(update(PersonRow.__table__).where(PersonRow.__table__.c.id == person_id)
                  .values(contact_id=contact_id))
    return contact_id


def in_memory(name: str, program: Program) -> Conference:
    """The program as a Conference without a database (the benchmark, previews)."""
    found, speaking = identify([x.speakers for x in program.sessions])
    people = {n: Person(n, p.name, p.credentials, p.role, p.institution, None,
                        [position + 1 for position in p.sessions])
              for n, p in enumerate(found, 1)}
    sessions = {sid: PlannedSession(sid, x.title, x.type, x.day, x.start, x.end, x.room,
                                    x.abstract, x.trainee, [n + 1 for n in speaking[sid - 1]])
                for sid, x in enumerate(program.sessions, 1)}
    return Conference(id=0, name=name, sessions=sessions, people=people, vectors={})
