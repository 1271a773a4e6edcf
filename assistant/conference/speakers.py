"""Reading a speaker from a program's text: a line as conference sites print it ("Jane Roe, MD,
MPH — Lakeside University", "Dr. Ana Ruiz (Bayview Health)") or the cells of a program's Speaker,
Role and Institution columns. Forgiving about punctuation; a line that is not a person (a session
title, a sentence of an abstract) is None, not a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text.names import DEGREES, person_name
from assistant.text.patterns import lazy

#: A longer line is a paragraph, not a speaker line (and no pattern runs over it).
MAX_PERSON_LINE = 300


@dataclass
class Speaker:
    name: str
    credentials: str = ""
    role: str = ""
    institution: str = ""


_SEPARATOR = lazy(r"\s+[—–|]\s+|\s+-\s+|\t+|\s*[—–]\s*")


def _is_degree(token: str) -> bool:
    t = token.strip().strip(".").replace(".", "").lower()
    return t in DEGREES or t in {"med", "facc", "faap", "mhpe", "msed", "facs"}


def split_credentials(text: str) -> tuple[str, str, str]:
    """ "Jane Roe, MD, MPH, Program Director" -> (name, "MD, MPH", "Program Director")."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return "", "", ""
    name = person_name(parts[0])
    degrees = [p for p in parts[1:] if _is_degree(p)]
    role = ", ".join(p for p in parts[1:] if not _is_degree(p))
    return name, ", ".join(degrees), role


_NAME_WORD = lazy(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*|de|da|van|von|der|la|le|del|di|bin|ibn)$")


def looks_like_name(name: str) -> bool:
    """Two to five capitalised words (particles allowed), no digits: a person, not a title."""
    words = name.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in name):
        return False
    return all(_NAME_WORD.match(w) for w in words) and words[0][0].isupper()


_PLACE = lazy(r"\b(universit\w*|hospital|medical|health|college|school|cent(?:er|re)|"
                    r"clinic|institute|va|infirmary)\b", re.I)


def parse_person_line(line: str) -> Speaker | None:
    """ "Jane Roe, MD, MPH — Lakeside University", "Dr. Ana Ruiz (Bayview Health)",
    "Omar Haddad, MD, Program Director | Northlake" -> a speaker; None when it is not a person."""
    line = " ".join(line.strip().strip("•*-·").split())
    if len(line) > MAX_PERSON_LINE:
        return None  # a paragraph, not a speaker line (and no regex runs over it)
    institution = ""
    opening = line.rfind("(")
    if line.endswith(")") and opening > 0 and "(" not in line[opening + 1:-1]:
        line, institution = line[:opening].rstrip(), line[opening + 1:-1].strip()
    else:
        pieces = _SEPARATOR.split(line, maxsplit=1)
        if len(pieces) == 2:
            line, institution = pieces[0], pieces[1].strip()
    doctor = bool(re.match(r"^\s*(dr|prof|professor)\b", line, re.I))
    name, degrees, role = split_credentials(line)
    if not looks_like_name(name) or not (doctor or degrees or role or institution):
        return None  # "Exhibit Hall Opening Reception" is a title, not a person
    if not institution and "," in role:
        head, tail = role.rsplit(",", 1)
        if _PLACE.search(tail):
            role, institution = head.strip(), tail.strip()
    if not institution and role and "," not in role and not degrees:
        institution, role = role, ""  # "Ana Ruiz, Bayview Health"
    if "," in institution and not role:
        head, tail = institution.split(",", 1)
        if re.search(r"director|chief|professor|resident|fellow|chair|dean", head, re.I):
            role, institution = head.strip(), tail.strip()
    return Speaker(name=name, credentials=degrees, role=role, institution=institution)


_UNANNOUNCED = lazy(
    r"^(?:(?:speakers?|presenters?|faculty|moderators?)\s*)?"
    r"(?:tba|tbd|tbc|to be (?:announced|determined|confirmed|named)|n/?a|none|pending)?$")


def unannounced(cell: str) -> bool:
    """A speaker cell that holds no one yet ("TBA", "Speaker: TBD", "To be announced", "—",
    "?"): programs list sessions before their speakers are confirmed, so the session stands
    without a speaker and nothing is wrong."""
    return bool(_UNANNOUNCED.match(" ".join(re.sub(r"[^\w/ ]+", " ", cell.lower()).split())))


def speaker_from_cells(name: str, role: str, institution: str) -> Speaker | None:
    """A speaker from a program's columns. With no role or institution column the cell may hold
    a whole line ("Jane Roe, MD — Lakeside"); a bare name is still a speaker: the column says so."""
    if not role and not institution:
        found = parse_person_line(name)
        if found is not None:
            return found
        person, degrees, extra = split_credentials(name)
        return Speaker(name=person, credentials=degrees, role=extra) if looks_like_name(
            person) else None
    person, degrees, extra = split_credentials(name)
    if not person:
        return None
    return Speaker(name=person, credentials=degrees, role=role or extra, institution=institution)
