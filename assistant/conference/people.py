"""Who is who on a program: the speaker rows of every session, resolved into people.

A name alone does not identify a person: two speakers called "Jane Smith" at two institutions are
two people, and one Jane Smith on three panels is one. A person is a name plus an institution;
institutions written differently ("Lakeside University" and "Lakeside University Medical Center")
are the same place when one's distinctive words hold the other's. A row with no institution joins
the one person of that name; when the program has several, it cannot say which, so it stays a
person of its own session (the safe side: two suggestions rather than one merged record that
mixes two people's sessions and roles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from assistant.conference.lexicon import place_words
from assistant.conference.speakers import Speaker
from assistant.text.names import name_key
from assistant.text.words import fold


@dataclass
class Identified:
    """One person on the program and the sessions (by position) they speak in."""

    name: str
    name_key: str
    credentials: str = ""
    role: str = ""
    institution: str = ""
    sessions: list[int] = field(default_factory=list)

    def absorb(self, speaker: Speaker) -> None:
        """Fill what this person's earlier rows left blank."""
        for attribute in ("credentials", "role", "institution"):
            if not getattr(self, attribute) and getattr(speaker, attribute):
                setattr(self, attribute, getattr(speaker, attribute))


def _words(institution: str) -> frozenset[str]:
    distinctive = place_words(institution)
    return distinctive or frozenset(re.findall(r"[a-z0-9']+", fold(institution)))


def same_place(a: str, b: str) -> bool:
    """Two institution strings name one place: one's words hold the other's. Blank is unknown,
    not a match (callers decide what unknown means)."""
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def same_person(a: Speaker, b: Speaker) -> bool:
    """Two rows of ONE session name the same speaker: the same name, and the same place when both
    give one (a session lists a person once, so a blank institution is that person)."""
    if name_key(a.name) != name_key(b.name):
        return False
    return not (a.institution and b.institution) or same_place(a.institution, b.institution)


def identify(sessions: Sequence[Iterable[Speaker]]) -> tuple[list[Identified], list[list[int]]]:
    """The people of a program, and for each session (in order) the people speaking in it.

    Two passes: rows that name an institution make the people first, so a row with none is
    matched against everyone of its name, wherever in the file they appear."""
    people: list[Identified] = []
    by_name: dict[str, list[int]] = {}
    speaking: list[list[int]] = [[] for _ in sessions]
    blanks: list[tuple[int, Speaker]] = []

    def add(position: int, person: int) -> None:
        if person not in speaking[position]:
            speaking[position].append(person)
            people[person].sessions.append(position)

    def new(speaker: Speaker, key: str) -> int:
        people.append(Identified(speaker.name, key, speaker.credentials, speaker.role,
                                 speaker.institution))
        by_name.setdefault(key, []).append(len(people) - 1)
        return len(people) - 1

    for position, speakers in enumerate(sessions):
        for speaker in speakers:
            key = name_key(speaker.name)
            if not speaker.institution:
                blanks.append((position, speaker))
                continue
            known = next((p for p in by_name.get(key, [])
                          if same_place(people[p].institution, speaker.institution)), None)
            if known is None:
                known = new(speaker, key)
            else:
                people[known].absorb(speaker)
            add(position, known)
    alone: dict[tuple[str, int], int] = {}  # (name, session) -> person, when the name is ambiguous
    for position, speaker in blanks:
        key = name_key(speaker.name)
        namesakes = by_name.get(key, [])
        if len(namesakes) <= 1:
            person = namesakes[0] if namesakes else new(speaker, key)
        else:
            if (key, position) not in alone:
                alone[(key, position)] = len(people)
                people.append(Identified(speaker.name, key, speaker.credentials, speaker.role))
            person = alone[(key, position)]
        people[person].absorb(speaker)
        add(position, person)
    for slots in speaking:  # by person, as the store reads a session's speakers back
        slots.sort()
    for person in people:
        person.sessions.sort()
    return people, speaking


def contact_for(name: str, institution: str,
                contacts: Mapping[str, Sequence[tuple[int, str]]]) -> int | None:
    """The contact who is this person: the same name, at the same place when both say where.
    `contacts` maps a name key to (contact id, institution) pairs."""
    for contact_id, place in contacts.get(name_key(name), ()):
        if not (institution and place) or same_place(institution, place):
            return contact_id
    return None
