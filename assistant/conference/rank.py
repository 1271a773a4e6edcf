"""Whom to meet at a conference, and why: people ranked by how well their sessions fit the
resident's interests and goals (MiniLM embeddings, the same as the principles), plus signals —
trainee-oriented sessions, roles the goals ask for, institutions the goals name, people already in
the resident's network. Every suggestion says in one line what matched, quoting the program.

`keyword_rank` is the baseline the benchmark compares against: plain word overlap.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.conference.lexicon import (
    expand,
    named_in,
    role_kinds,
    specialties_in,
    wanted_roles,
)
from assistant.conference.people import contact_for
from assistant.conference.store import Conference, Person, PlannedSession
from assistant.errors import InputError
from assistant.models import Sender
from assistant.text.sentences import split_sentences
from assistant.text.words import fold, words

if TYPE_CHECKING:
    from assistant.storage import Store

# Weights: an interest match is the base; the goals count for less (they are about careers);
# each signal adds a fixed amount, so a strong topical match still beats a signal alone.
GOAL_WEIGHT = 0.6
ROLE_BONUS = 0.12
SPECIALTY_ROLE_BONUS = 0.22
PLACE_BONUS = 0.10
TRAINEE_BONUS = 0.03
WARM_BONUS = 0.10
WEAK_MATCH = 0.45  # below this cosine, a session is not said to "match" an interest
GOAL_MATCH = 0.55
TITLE_MARGIN = 0.05  # the goals are longer and more general: a match must be closer


@dataclass
class Suggestion:
    person_id: int
    name: str
    institution: str
    role: str
    sessions: list[dict[str, Any]]
    reason: str
    score: float
    signals: list[str] = field(default_factory=list)
    contact_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id, "name": self.name, "institution": self.institution,
            "role": self.role, "sessions": self.sessions, "reason": self.reason,
            "score": round(self.score, 3), "signals": self.signals,
            "contact_id": self.contact_id,
        }


def queries(profile: Sender) -> tuple[list[str], str]:
    """The interests (each its own query) and the goals, as the resident wrote them."""
    interests = [" ".join(i.split()) for i in profile.interests if i and i.strip()]
    return interests, " ".join((profile.goals or "").split())


def session_vectors(conference: Conference, store: Store | None = None) -> np.ndarray:
    """One unit vector per session (in `conference.sessions` order); missing ones are embedded
    now and, with a store, saved so the next ranking reads them."""
    from assistant.embeddings import embed

    ids = list(conference.sessions)
    missing = [sid for sid in ids if sid not in conference.vectors]
    if missing:
        fresh = embed([conference.sessions[sid].text for sid in missing])
        new = dict(zip(missing, fresh, strict=True))
        conference.vectors.update(new)
        if store is not None:
            from assistant.conference.store import save_vectors

            save_vectors(store, new)
    if not ids:
        return np.zeros((0, 384), dtype=np.float32)
    return np.vstack([conference.vectors[sid] for sid in ids])


#: Contacts by name key: (contact id, institution) pairs (`store.known_contacts`).
Warm = Mapping[str, Sequence[tuple[int, str]]]


def _warm(store: Store | None) -> Warm:
    if store is None:
        return {}
    from assistant.conference.store import known_contacts

    return known_contacts(store)


def rank(conference: Conference, profile: Sender, k: int = 10, store: Store | None = None,
         warm: Warm | None = None) -> list[Suggestion]:
    """The k people most worth meeting, best first, each with its reason."""
    from assistant.embeddings import embed

    interests, goals = queries(profile)
    if not interests and not goals:
        raise_no_profile()
    ids = list(conference.sessions)
    matrix = session_vectors(conference, store)
    texts = [expand(i) for i in interests] + ([expand(goals)] if goals else [])
    q = embed(texts)
    sims = matrix @ q.T if len(ids) else np.zeros((0, len(texts)), dtype=np.float32)
    weights = np.ones(len(texts), dtype=np.float32)
    if goals:
        weights[-1] = GOAL_WEIGHT
    weighted = sims * weights
    session_fit = weighted.max(axis=1) if len(ids) else np.zeros(0)
    row = {sid: n for n, sid in enumerate(ids)}

    goal_roles = wanted_roles(goals)
    goal_specialties = specialties_in(goals) | specialties_in(" ".join(interests))
    warm = warm if warm is not None else _warm(store)
    scored: list[tuple[float, int, Person, int, list[str], list[str], int | None]] = []
    for person in conference.people.values():
        if not person.sessions:
            continue
        best = max(person.sessions, key=lambda sid: session_fit[row[sid]])
        score = float(session_fit[row[best]])
        signals: list[str] = []
        notes: list[str] = []
        kinds = role_kinds(person.role)
        for kind in sorted(kinds & goal_roles):
            shared = specialties_in(person.role) & goal_specialties
            if kind == "fellowship director":
                if not shared:
                    continue  # a director of another fellowship is not who the goal means
                score += SPECIALTY_ROLE_BONUS
                notes.append(f"{person.role} (your goal: {_short(goals)})")
            else:
                score += ROLE_BONUS
                notes.append(f"{person.role}, a role your goals point to")
            signals.append(f"role:{kind}")
            break
        if person.institution and goals and named_in(person.institution, goals):
            score += PLACE_BONUS
            signals.append("institution")
            notes.append(f"at {person.institution}, named in your goals")
        if conference.sessions[best].trainee:
            score += TRAINEE_BONUS
            signals.append("trainee_session")
        contact_id = person.contact_id or contact_for(person.name, person.institution, warm)
        if contact_id is not None:
            score += WARM_BONUS
            signals.append("warm")
            notes.append("already in your network")
        scored.append((score, person.id, person, best, signals, notes, contact_id))
    scored.sort(key=lambda t: (-t[0], t[2].name.casefold(), t[1]))
    top = scored[:k]
    quotes = _quotes([(conference.sessions[best], int(np.argmax(sims[row[best]])))
                      for _s, _id, _p, best, _sig, _n, _c in top], texts, q)
    out = []
    for (score, pid, person, best, signals, notes, contact_id), (quote, closest) in zip(
            top, quotes, strict=True):
        qi = int(np.argmax(sims[row[best]]))  # what this session is closest to, unweighted
        fit = max(float(sims[row[best], qi]), closest)  # the session, or its closest sentence
        label = (f"your interest in {interests[qi]}" if qi < len(interests)
                 else f"your goal ({_short(goals)})")
        session = conference.sessions[best]
        strong = fit >= (WEAK_MATCH if qi < len(interests) else GOAL_MATCH)
        trainee = " (a trainee-oriented session)" if session.trainee else ""
        if strong:
            reason = "; ".join([f"matches {label}: '{quote}'{trainee}", *notes])
        elif notes:  # the signals carry it; the session is only named, not called a match
            reason = "; ".join([*notes, f"their session: '{quote}'{trainee}"])
        else:
            reason = f"closest to {label}, loosely: '{quote}'{trainee}"
        out.append(Suggestion(
            person_id=pid, name=person.name, institution=person.institution,
            role=person.role, sessions=[_session_json(conference.sessions[sid])
                                        for sid in _ordered(person, best)],
            reason=reason, score=score, signals=signals,
            contact_id=contact_id,
        ))
    return out


class NoProfileError(InputError):
    """Nothing to rank by. Each front end says how to give a profile: the app's Profile page,
    the command line's --profile file."""


def raise_no_profile() -> None:
    raise NoProfileError("the profile has no interests or goals to rank by", "profile")


def _ordered(person: Person, best: int) -> list[int]:
    return [best, *[sid for sid in person.sessions if sid != best]]


def _session_json(s: PlannedSession) -> dict[str, Any]:
    return {
        "id": s.id, "title": s.title, "type": s.type,
        "date": s.day.isoformat() if s.day else None,
        "start": f"{s.start:%H:%M}" if s.start else None,
        "end": f"{s.end:%H:%M}" if s.end else None, "room": s.room, "trainee": s.trainee,
    }


def _short(text: str, limit: int = 48) -> str:
    text = " ".join(re.split(r"[;.]\s", text, maxsplit=1)[0].split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"


def _quotes(pairs: list[tuple[PlannedSession, int]], texts: list[str], q: np.ndarray
            ) -> list[tuple[str, float]]:
    """For each (session, query), the title or sentence of the session closest to the query,
    shortened to a quotable phrase, and the closest sentence's similarity to the query."""
    from assistant.embeddings import embed

    candidates: list[list[str]] = []
    for session, _qi in pairs:
        parts = [session.title, *split_sentences(session.abstract)]
        candidates.append([p for p in parts if p.strip()][:6])
    flat = [c for group in candidates for c in group]
    if not flat:
        return []
    vectors = embed(flat)
    out, start = [], 0
    for (_session, qi), group in zip(pairs, candidates, strict=True):
        sims = vectors[start:start + len(group)] @ q[qi]
        start += len(group)
        top = int(np.argmax(sims))
        best = top if sims[top] - sims[0] >= TITLE_MARGIN else 0  # the title, unless a
        out.append((_phrase(group[best]), float(sims[top])))  # sentence is clearly closer
    return out


def _phrase(sentence: str, limit: int = 12) -> str:
    """A sentence cut to at most `limit` words at a clause edge where possible."""
    sentence = sentence.strip().rstrip(".")
    tokens = sentence.split()
    if len(tokens) <= limit:
        return sentence
    clause = re.split(r"[;:,]\s", sentence)[0]
    if 6 <= len(clause.split()) <= limit:
        return clause
    return " ".join(tokens[:limit]) + "…"


# -- baseline -----------------------------------------------------------------------------------
_STOP = frozenset((
    "a", "an", "and", "the", "of", "in", "on", "for", "to", "with", "at", "by", "from", "or",
    "my", "i", "me", "would", "like", "love", "want", "next", "year", "esp", "ideally",
    "after", "some", "someday", "then", "find", "need", "get", "meet", "who", "is", "be",
    "into", "about", "more",
))


def keyword_rank(conference: Conference, profile: Sender, k: int = 10) -> list[int]:
    """Person ids by how many of the profile's words their best session contains."""
    interests, goals = queries(profile)
    wanted = {w for w in (fold(x) for x in words(" ".join([*interests, goals])))
              if len(w) > 2 and w not in _STOP}
    session_score = {}
    for sid, s in conference.sessions.items():
        have = {fold(w) for w in words(f"{s.title} {s.abstract}")}
        session_score[sid] = len(wanted & have)
    scored = []
    for p in conference.people.values():
        if not p.sessions:
            continue
        role_words = {fold(w) for w in words(f"{p.role} {p.institution}")}
        score = max(session_score[sid] for sid in p.sessions) + len(wanted & role_words)
        scored.append((-score, p.name.casefold(), p.id))
    scored.sort()
    return [pid for _s, _n, pid in scored[:k]]
