"""Record numbers and codes behind a label that says what they are ("MRN 4471823", "acct HB
88213"), and whose the label is: the writer's own ("my badge ID") or a patient's.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from assistant.phi import kin
from assistant.phi.context import MessageContext
from assistant.phi.id_shapes import CODE, P_LABELLED, REGISTRY_ID, STUDY_BEFORE, Candidate
from assistant.phi.labels import FILLER, UNCONDITIONAL
from assistant.text.gated import gated
from assistant.text.patterns import lazy

_SHORT_NUMBERS_OK = {"MRN", "ACCOUNT", "ID", "DEVICE"}


def codes(
    ctx: MessageContext, labels: list[tuple[int, int, str]], taken: list[tuple[int, int]]
) -> Iterator[Candidate]:
    """Record numbers and codes: the value right after a label that says what it is."""
    text = ctx.text
    taken.sort()
    for lstart, lend, kind in labels:
        if kind not in UNCONDITIONAL and kind != "LOCATION":
            continue
        if kind == "ID" and _not_a_patients_id(ctx, lstart, lend):
            continue
        if writers_own_label(ctx.lower, lstart):
            continue  # "my Medicare module certificate ID", "our NPI number": the writer's
        filler = FILLER.match(ctx.lower, lend)
        m = CODE.match(text, filler.end() if filler else lend)
        if not m:
            continue
        s, e = m.start(), m.end()
        i = bisect_right(taken, (s, len(text))) - 1
        if i >= 0 and taken[i][1] > s:
            continue  # already a date, phone, SSN, e-mail...
        token = m.group()
        digits = sum(ch.isdigit() for ch in token)
        letters = sum(ch.isalpha() for ch in token)
        shortest = 4 if kind in _SHORT_NUMBERS_OK else 5
        if digits < 3 or (digits < 4 and letters < 2) or (not letters and digits < shortest):
            continue
        if _UNIT_AFTER.match(text, e):
            continue  # a dose or a lab value, not a code
        if REGISTRY_ID.fullmatch(token) or STUDY_BEFORE.search(ctx.lower, max(0, lstart - 24),
                                                                 lstart):
            continue  # "Study ID NCT05512345": a trial's
        if kind in UNCONDITIONAL:
            yield Candidate(kind, s, e, P_LABELLED)
        elif digits == len(token) == 5:  # a labelled ZIP code
            yield Candidate("LOCATION", s, e, P_LABELLED)


# "ID", "identifier", "ref #" say nothing of whose record: "our abstract (ID 2026-1187)" and
# "my ERAS ID" are the sender's. "Patient ID", "encounter #", "accession" always are a patient's.
_GENERIC_ID = lazy(
    r"(?:id|identifier|id\s*#|ref(?:erence)?\.?(?:\s*(?:code|number|no\.?|#))?)"
)


# "my badge ID", "My car (plate 8ZZR114)": the label of a thing the writer owns
# "my car's plate": the writer's thing's label is the writer's too
_WRITERS_OWN = gated(
    r"\b(?:my|our)\s+(?P<phrase>(?:[\w/'\u2019-]+(?:\s+|\s*[(,:]\s*)){0,3})$"
)
_SOMEONE_ELSES = gated(
    r"\b(?:patients?|pts?|pt['\u2019]s|patient['\u2019]s|his|her|their|"
    rf"{kin.alternation(kin.FAMILY, kin.SPOUSES, kin.CHILDREN, kin.PARENTS)})\b", words=False)


# "Can you re-print my badge? ID reads ...": a generic label opening the sentence after one
# that ends on the writer's thing
_WRITERS_THING_ENDS = gated(
    r"\b(?:my|our)\s+(?P<phrase>(?:[\w/'\u2019-]+\s+){0,2}[\w/'\u2019-]+)[ \t]*[?.!]\s+$"
)


# "the sim lab got its CPAP back? serial on the machine is ...": "its" is an institution's
# (named before it), never a person's, so the label just after its thing is no patient's
_AN_INSTITUTIONS_OWN = gated(
    r"\b(?:lab|unit|clinic|department|dept|hospital|program|office|cent(?:er|re)|school|library"
    r"|the\s+(?:[a-z]{0,2}icu|pacu|ed|or))"
    r"\s+(?:[\w'\u2019-]+\s+){0,3}?its\s+(?P<phrase>(?:[\w/'\u2019-]+\s+){0,2}[\w/'\u2019-]+)"
    r"(?:[ \t]*[?.!,;:])?\s+$", words=False)


def writers_own_label(lower: str, lstart: int) -> bool:
    """A label the writer owns ("my badge ID", "our NPI") or an institution does ("the lab got
    its CPAP back? serial ..."), not a patient's ("my pt's MRN")."""
    m = _WRITERS_OWN.search(lower, max(0, lstart - 40), lstart)
    if m is None and _GENERIC_ID.match(lower, lstart):
        m = _WRITERS_THING_ENDS.search(lower, max(0, lstart - 40), lstart)
    if m is None and not _SOMEONE_ELSES.search(lower, max(0, lstart - 120), lstart):
        m = _AN_INSTITUTIONS_OWN.search(lower, max(0, lstart - 80), lstart)  # no person near
    return m is not None and not _SOMEONE_ELSES.search(m.group("phrase"))


def _not_a_patients_id(ctx: MessageContext, lstart: int, lend: int) -> bool:
    if not _GENERIC_ID.fullmatch(ctx.lower, lstart, lend) or ctx.near_patient(lstart):
        return False
    return ctx.nearest_event(lstart) == "networking" or ctx.owner(lstart) in (
        "sender", "professional"
    )


_UNIT_AFTER = lazy(
    r"\s?(?:mg|mcg|µg|g|kg|ml|mL|l|L|units?|iu|IU|mmol|mEq|meq|%|mmHg|bpm|cc|hours?|hrs?|days?|"
    r"weeks?|months?|years?|patients?|cases?|steps?|words?|people)\b"
)

