"""What ties a bare name or town to a person cared for, read from the phrase around it, even
in a sentence the writer tells of their own work.

The inverted default drops a rare capitalised word for want of a tie when nothing in its
sentence speaks of a patient (`unattributed_names.py`): most such words are the writer's own
towns, the reader's, an event's or a colleague's. These shapes tie the word to a person instead:
- the object of a verb of care, then "from"/"of" the town: "cared for the veteran from X",
  "we admitted a farmer from out past X" (the person cared for: a patient);
- a person described, then "from" the town, then a relative clause opening "who" or a verb of
  care: "our guy from out past X who brought the peaches", "the retired farmer from X fell
  again" ("who" says the noun is a person, a verb of care whose subject it is; a role noun, the
  writer's own people and a description in apposition to a name stay apart: "Dana, the young
  woman from X who asked about coaching, is my co-resident" is the apposition's owner's);
- a name and then a result with its value, as a sign-out reports one: "Abernathy 3am K 6.1",
  "Oduya's lactate 4.2" (a lab or vital sign measured on the person named).
"""

from __future__ import annotations

import re

from assistant.phi.roles import ROLE
from assistant.text.gated import gated
from assistant.text.patterns import lazy

# "from", "of", "from out past", "from up near": the words between a noun and its town
_FROM = r"(?:from|of)\s+(?:(?:out|up|down|over|way)\s+)?(?:(?:past|near|outside|by)\s+)?$"
# one person described: a determiner, up to two words, a head noun in the singular
_ONE_PERSON = (
    r"(?:the|a|an|this|that|our)\s+(?:[a-z'\u2019-]+\s+){0,2}?"
    rf"(?!{ROLE}\b)(?P<noun>[a-z'\u2019-]*[a-rt-z'\u2019-])\s+"
)
_CARED_FOR_BEFORE = gated(
    r"\b(?:cared?\s+for|caring\s+for|(?:took|take|taking)\s+care\s+of|looked\s+after|"
    r"admitted|readmitted|discharged|resuscitated|coded|intubated)\s+"
    + _ONE_PERSON + _FROM, words=False)
_DESCRIBED_BEFORE = gated(r"(?P<np>\b" + _ONE_PERSON + r")" + _FROM, words=False)
# "who" (the noun is a person), or a verb of care the person is the subject of: "the retired
# farmer from X fell again", "a welder from X presented with ..."
_PERSON_TOLD_AFTER = lazy(
    r",?\s+(?:who\b|(?:was|is|got|has\s+been)\s+(?:admitted|readmitted|transferred|intubated|"
    r"discharged|brought\s+in)\b|fell\b|coded\b|died\b|passed\s+away\b|"
    r"presented\s+(?:to\s+(?:the\s+)?\w+\s+)?with\b|came\s+in\s+with\b)"
)
# "Dana, the young woman from ...": a description in apposition to a name
_NAME_APPOSITION = lazy(r"[A-Z][\w'\u2019-]+\s*,\s*$")
_WINDOW = 70
# "3am K 6.1", "'s lactate of 4.2", ": Hgb 6.8": a result and its value right after a name
_RESULT_AFTER = lazy(
    r"(?:['\u2019]s)?(?:\s*[:\-\u2013]\s*|\s+)(?:(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)|[01]\d[0-5]\d)\s+)?"
    r"(?:k|na|cr|creat|hgb|hb|wbc|plt|inr|lactate|trop|troponin|bnp|glucose|bg|fsbg|a1c|tsh|"
    r"potassium|sodium|creatinine|hemoglobin|sats?|spo2|bp|hr|rr|tmax)"
    r"\s*(?:of\s+|was\s+|is\s+|=\s*|:\s*|(?:up|down)\s+to\s+)?\d",
    re.IGNORECASE,
)
# "Raisin City", "Big Pine Flats": the capitalised words a town's name runs on with
_TOWN_RUNS_ON = lazy(r"(?:[ \t]+[A-Z][\w'\u2019-]+){1,2}")


def cared_for_origin(lower: str, start: int) -> bool:
    """Is the word at `start` the town of a person a verb of care was done to?"""
    return _CARED_FOR_BEFORE.search(lower, max(0, start - _WINDOW), start) is not None


def described_origin(text: str, lower: str, start: int, end: int) -> bool:
    """Is the word at `start:end` the town of a person described and then told of with "who"
    or as the subject of a verb of care?"""
    if not _PERSON_TOLD_AFTER.match(lower, town_end(text, end)):
        return False
    m = _DESCRIBED_BEFORE.search(lower, max(0, start - _WINDOW), start)
    return m is not None and not _NAME_APPOSITION.search(text, max(0, m.start() - 40),
                                                         m.start())


def town_end(text: str, end: int) -> int:
    """Where the town whose first word ends at `end` ends ("Raisin" -> "Raisin City")."""
    m = _TOWN_RUNS_ON.match(text, end)
    return m.end() if m else end


def result_after(text: str, end: int) -> bool:
    """Does a lab result or vital sign with its value follow the name ending at `end`?"""
    return _RESULT_AFTER.match(text, end) is not None
