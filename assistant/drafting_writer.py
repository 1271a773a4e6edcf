"""The resident's own plans and news read as theirs before the PHI guard judges them.

A request's news, decisions, goals and next step are written by the resident about the resident,
mostly as clauses with no subject: "matched into cardiology, moving back home to Tucson in June",
"staying in sonoma county", "interview there on Tuesday". Read bare, the guard cannot tell whose
town or month that is and keeps the safe side, so the resident's own move was taken out of the
draft ("am moving back home to."). The field itself says whose it is: the writer is the subject
of every clause that has none. The guard reads the field again with "I" as that subject (a
decision as "I'm deciding on ...") and only what it then gives to the writer stops being treated
as a patient's; a clause with its own subject ("pt from Tucson", "moving him to Tucson") and
every identifier the guard still finds are untouched, so a patient's details never pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from assistant.models import DraftRequest
from assistant.text.patterns import lazy

# Where a field's clauses begin: its start, a comma, semicolon, colon, line or list break, a
# joining word ("and", "then", "so", "but", "plus", "vs"), "+" or "&", a dash set off by spaces
_CLAUSE_START = lazy(
    r"^|[,;:\n•]|(?<=[.!?])\s|(?<=\s)(?:[-–—+&/]|and|then|so|but|plus|also|vs\.?|versus|or)"
    r"(?=\s)",
    re.IGNORECASE)
# A clause that names its own subject or object first: a pronoun, a determiner, a patient noun,
# a title; it is read as typed
_OWN_SUBJECT = lazy(
    r"(?:i|i['’]\w+|we|we['’]\w+|my|our|me|us|you|your|he|she|they|him|her|his|hers|them|their|"
    r"it|its|this|that|these|those|the|a|an|pt|pts|patient|patients|mr|mrs|ms|dr|family|"
    r"who|which|whose)\b", re.IGNORECASE)
_WORD = lazy(r"\s*([A-Za-z][\w'’-]*)")


def _subjectless(text: str) -> list[tuple[int, int]]:
    """The spans of `text`'s clauses that have no subject of their own (from their first word to
    the next clause's start)."""
    starts = sorted({m.end() for m in _CLAUSE_START.finditer(text)})
    spans: list[tuple[int, int]] = []
    for n, start in enumerate(starts):
        word = _WORD.match(text, start)
        if not word or (spans and word.start(1) < spans[-1][1]) or \
                _OWN_SUBJECT.fullmatch(word.group(1)):
            continue
        end = next((s for s in starts[n + 1:] if s > word.end(1)), len(text))
        spans.append((word.start(1), end))
    return spans


def writers_reading(text: str, lead: str = "I ") -> tuple[str, list[tuple[int, int]]]:
    """`text` with `lead` before each clause that has no subject, and where each insertion went
    (its offset in the reading, its length), so a span of the reading maps back to `text`."""
    out: list[str] = []
    inserted: list[tuple[int, int]] = []
    last = 0
    for start, _ in _subjectless(text):
        out.append(text[last:start])
        inserted.append((sum(len(p) for p in out), len(lead)))
        out.append(lead)
        last = start
    out.append(text[last:])
    return "".join(out), inserted


def _back(pos: int, inserted: Sequence[tuple[int, int]]) -> int:
    return pos - sum(n for at, n in inserted if at < pos)


def writers_findings(text: str, known: Iterable[str], found: list[Any], *,
                     lead: str = "I ") -> list[Any]:
    """Of `found` (the guard's findings on `text` as typed), those it still makes when every
    clause with no subject has the writer as its subject (see the module docstring)."""
    if not found:
        return found
    from assistant.phi import find_phi

    reading, inserted = writers_reading(text, lead)
    if not inserted:
        return found
    still = {(f.type, _back(f.start, inserted), _back(f.end, inserted))
             for f in find_phi(reading, known)}
    return [f for f in found if (f.type, f.start, f.end) in still]


def writer_fields(request: DraftRequest) -> list[tuple[str, str]]:
    """The fields the resident writes about themself, each with the subject its clauses take:
    the news, the goals and the next step are "I ...", a decision is "I'm deciding on ..."."""
    fields = [(request.update.news, "I "), (request.sender.goals, "I "),
              (request.meeting.next_step, "I ")]
    fields += [(d, "I'm deciding on ") for d in request.decisions]
    return [(text, lead) for text, lead in fields if text and text.strip()]


# The paths of those fields in a request's JSON form, and each one's subject
WRITER_PATHS = {("update", "news"): "I ", ("sender", "goals"): "I ",
                ("meeting", "next_step"): "I ", ("decisions",): "I'm deciding on "}


def writer_lead(path: tuple[str, ...]) -> str | None:
    """The subject a field's clauses take when the writer writes it about themself, or None."""
    return WRITER_PATHS.get(tuple(p for p in path if not p.isdigit()))


def writers_words(request: DraftRequest | None, words: Iterable[str]) -> set[str]:
    """Of `words` (places and times a check of a draft was unsure of), those the resident's own
    fields give to the resident: the field holds the word (in any case) and, spelt as the draft
    spells it, the guard finds nothing in it once the writer is the subject of its clauses."""
    if request is None:
        return set()
    from assistant.phi import correspondent_names, find_phi

    known = correspondent_names(request)
    fields = writer_fields(request)
    theirs: set[str] = set()
    for word in dict.fromkeys(words):
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
        for text, lead in fields:
            spelt = pattern.sub(lambda _, said=word: said, text)
            clauses = _subjectless(spelt)
            said = [m.start() for m in pattern.finditer(spelt)]
            # every mention in a clause the writer is the subject of, and none the guard keeps
            if not said or not all(any(a <= p < b for a, b in clauses) for p in said):
                continue
            found = [f for f in find_phi(spelt, known) if pattern.fullmatch(f.text)]
            if not writers_findings(spelt, known, found, lead=lead):
                theirs.add(word)
                break
    return theirs
