"""An event's name as a message says it: the main title without a subtitle or the place it is
held, a short form for a note ("AHA Scientific Sessions"), and the article it takes after "at"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.engines.phrasing.shapes import clean
from assistant.text.patterns import lazy
from assistant.text.words import initials


def event_name(raw: str | None) -> str:
    """The event's name without a subtitle or the place it is held: 'SGIM 2026 Annual Meeting:
    Health Equity Across the Lifespan' -> 'SGIM 2026 Annual Meeting', 'ESC Congress 2026 in
    Munich, Germany' -> 'ESC Congress 2026' (the main title is enough in a sentence)."""
    event = clean(raw)
    head = re.split(r":\s+|\s+[–—-]\s+", event, maxsplit=1)[0].strip()
    event = head if len(head.split()) >= 2 and head != event else event
    return _HELD_IN.sub(r"\1", event)


# The one table of event nouns. A gathering named for an organisation or a subject ("ACP
# Internal Medicine Meeting", "Conference on HIV Science"); what may end an event's name and head
# its short form; and what else reads as an event after "at" and so takes "the" ("the journal
# club", "the noon lecture").
GATHERINGS = ("meeting", "conference", "congress", "summit", "symposium", "assembly",
              "convention", "forum", "workshop", "course")
EVENT_HEADS = ("scientific sessions", "annual meeting", *GATHERINGS, "retreat", "dinner",
               "reception")
EVENT_NOUNS = (*EVENT_HEADS, "session", "fair", "day", "week", "colloquium", "lecture",
               "seminar", "lunch", "luncheon", "breakfast", "mixer", "social", "gala",
               "open house", "club", "panel", "town hall", "happy hour", "party", "gathering",
               "meetup", "night", "event")


def alternation(nouns: Sequence[str]) -> str:
    """One regular-expression alternation of nouns, the longest first."""
    return "|".join(sorted(nouns, key=len, reverse=True))


# Where an event is held, after its head noun or its year: "... Congress 2026 in Munich,
# Germany", "... Annual Meeting, Boston MA", "... Conference at Big Sky Montana"
_HELD_IN = lazy(rf"(\b(?i:{alternation(EVENT_NOUNS)}|sessions)|\b(?:19|20)\d\d)"
                      r"(?:\s*,\s*|\s+(?:in|at)\s+)[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3}$")


EVENT_HEAD = lazy(rf"\b((?:{alternation(EVENT_HEADS)}))$", re.IGNORECASE)


# An organisation: "American Heart Association", "Society of Hospital Medicine" (`_organisation`)
BODY = lazy(r"(?:[A-Z][a-z]+\s+){0,2}(?:Association|Society|Academy|College|Federation|"
                  r"Congress)\b")
BODY_END = lazy(r"[A-Z][a-z]*(?:ology|iatry|ics)|Medicine|Surgery|Physicians|Surgeons|"
                      r"Care|Health|Nursing|Oncology|[A-Z][a-z]+(?:ists|ians)")
# "<the event> of the <organisation>": "ANESTHESIOLOGY annual meeting of the American Society of
# Anesthesiologists", "Annual Meeting of the American Society of Hematology"
_OF_BODY = lazy(
    rf"(.+?\b(?:{alternation(('annual meeting', *GATHERINGS, 'sessions'))}))\s+of\s+"
    r"(?:the\s+)?(.+)$", re.IGNORECASE)


def _organisation(prefix: str) -> str:
    """The organisation an event's name starts with: the body and, after "of"/"for", its words
    up to the last that ends one ("Society of Critical Care Medicine", "American College of
    Physicians" before "Internal Medicine Meeting"); '' when it does not start with one."""
    body = BODY.match(prefix)
    if not body:
        return ""
    words = prefix[body.end():].split()
    if len(words) < 2 or words[0] not in ("of", "for"):
        return body.group(0)
    end = 0
    for i, word in enumerate(words[1:], 1):
        if BODY_END.fullmatch(word):
            end = i
        elif word in ("of", "and", "for", "the") and not end:
            continue  # "Society of Teachers of Family Medicine"
        elif end or not word[:1].isupper():
            break
    return " ".join([body.group(0), *words[:end + 1]]) if end else body.group(0)


def short_event(raw: str | None) -> str:
    """A short form of the event for a note, or '' when it has none: no year or subtitle, the
    first of two events joined by '&', an organisation reduced to its acronym ('American Heart
    Association Scientific Sessions 2026' -> 'AHA Scientific Sessions', 'ACP internal medicine
    meeting' -> 'ACP meeting', 'Society of Hospital Medicine Converge 2026 Annual Conference'
    -> 'SHM Converge Conference')."""
    name = re.sub(r"\s*\b(19|20)\d\d\b", "", event_name(raw)).strip()
    first = re.match(r"(.+?)\s+(?:&|and)\s+[A-Z]", name)
    if first and EVENT_HEAD.search(first.group(1)):
        name = first.group(1)
    tail = _OF_BODY.match(name)
    if tail and len(tail.group(2).split()) >= 3 and _organisation(tail.group(2)) == tail.group(2):
        lead = tail.group(1)  # its own acronym or brand, or the organisation's acronym
        acronym = initials(tail.group(2))
        name = lead if re.search(r"\b[A-Z]{2,}\b", lead) else f"{acronym} {lead}"
        return name if name != event_name(raw) else ""
    head = EVENT_HEAD.search(name)
    if not head:
        return name if name != event_name(raw) else ""
    prefix = name[:head.start()].strip()
    words = prefix.split()
    org = _organisation(prefix)
    if words and re.fullmatch(r"[A-Z]{2,}", words[0]) and len(words) > 1:
        name = f"{words[0]} {head.group(1)}"
    elif len(org.split()) >= 3:
        acronym = initials(org)
        # what names the event after the organisation stays ("SCCM Critical Care Congress")
        brand = [w for w in prefix[len(org):].split()
                 if w[:1].isupper() and w.lower() not in ("annual", "scientific", "national")]
        name = " ".join([acronym, *brand, head.group(1)])
    return name if name != event_name(raw) else ""


def event_forms(raw: str | None) -> list[str]:
    """The names a message may call the event by: its main title, then its short form when it
    has one ('American Heart Association Scientific Sessions 2026', 'AHA Scientific
    Sessions'); none when the request names no event."""
    return [f for f in dict.fromkeys([event_name(raw), short_event(raw)]) if f]


def event_acronyms(raw: str | None) -> list[str]:
    """The acronyms `short_event` may write for an event (the invention detector's allowance)."""
    short = short_event(raw)
    return re.findall(r"\b[A-Z]{2,}\b", short) if short else []


def the_event(raw: str | None) -> str:
    """The event as it reads after "at": 'the SGIM Annual Meeting', 'SGIM 2026', 'the ACP
    Internal Medicine Meeting 2026'; a name the resident began with 'the' keeps it."""
    event = event_name(raw)
    generic = rf"\b({alternation(EVENT_NOUNS)})(\s+(19|20)\d\d)?$"
    lead = r"(the|a|an|our|my|your|this|last|next)\b"
    # "Kidney Week", "Wound Week": a week named with capitals is a name, and takes no article
    proper_week = re.fullmatch(r"(?:[A-Z][\w-]*\s+){1,3}Week(?:\s+(?:19|20)\d\d)?", event)
    if re.search(generic, event, re.IGNORECASE) and not re.match(lead, event, re.IGNORECASE) \
            and not proper_week:
        return f"the {event}"
    if re.match(r"(society|american college|association|college|academy|national)\b", event,
                re.IGNORECASE):
        return f"the {event}"
    # "International AIDS Society Conference on HIV Science": a conference named for its subject
    named_for = rf"\b(?i:{alternation(GATHERINGS)})\s+(?:on|of|for|in)\s+(?:the\s+)?[A-Z]"
    if re.search(named_for, event) and not re.match(lead, event, re.IGNORECASE):
        return f"the {event}"
    return event
