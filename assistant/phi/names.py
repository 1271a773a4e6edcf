"""Patient names.

A capitalised word is a patient's name only with evidence: a courtesy title (Mr./Mrs./Ms.) in a
sentence about a patient, an explicit label ("Name:", "patient is", "named"), a patient noun or
age right before it ("pt Sarah L.", "a 54-year-old, Ana Ruiz"), or a common given name followed
by a surname or a surname initial ("John D.") in a sentence about a patient. A clinician ("Dr.
Roberts") is found only when tied to the patient's care ("seen by Dr. Roberts"), and then as a
warning (`clinician_spans`): a clinician is no identifier of the patient they treat, and the
"Dr. Okafor" a resident writes to is the contact, not PHI. Names in the greeting and signature
are the correspondents and are never flagged. Once a name is flagged, its other mentions are too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from assistant.phi import kin
from assistant.phi.attribution import ROLE_BEFORE, THIRD_PERSON
from assistant.phi.colleague_syntax import role_in_row
from assistant.phi.context import MessageContext
from assistant.phi.id_shapes import P_LABELLED, P_NAME, Candidate
from assistant.phi.lexicon import (
    CAP,
    EPONYM_FOLLOWER,
    FACILITY_WORD,
    INITIAL,
    NOT_A_SURNAME,
    first_names,
)
from assistant.phi.name_words import lower_name
from assistant.phi.no_patient import NOT_A_PERSON_NAMED
from assistant.phi.references import in_author_list
from assistant.text.gated import gated
from assistant.text.patterns import lazy

# A person's name after a cue: "Anna Smith", "Anna S.", "W.", "A. Barnes", "Mary Ann Jones".
_INITIALS = r"[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?"
_CORE = rf"(?:{CAP}(?:\s+{CAP}){{0,2}}(?:\s+{INITIAL})?|{_INITIALS}|{INITIAL}(?:\s+{CAP})?)"

_COURTESY = lazy(rf"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?P<name>{_CORE})")
_CLINICIAN = lazy(rf"\b(?:Dr|Doctor)\.?\s+(?P<name>{_CORE})")
_CARE_BEFORE = lazy(
    r"\b(?:seen|seeing|examined|evaluated|treated|referred|admitted|followed|managed|"
    r"operated(?: on)?|consult(?:ed)?|cared for|visit(?:ed)?|appointment|appt|"
    r"under(?: the care of)?|care of|with|w/|by|per|to|(?:patient|pt|records?|notes?|chart)\s+of|"
    r"physician|attending|pcp|provider|doctor|surgeon|in charge)[\s:,]*(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)
_WORK_BY = lazy(
    r"\b(?i:(?:literature|systematic|narrative)\s+review|talk|lecture|paper|article|"
    r"presentation|moderated|authored|chaired|hosted|organi[sz]ed|taught|session|workshop|"
    r"presented|led|given|delivered|written)"
    # "Presented on the 2nd by Dr. Sanger": when or where, then by whom
    r"(?:\s+(?i:on|at|in)\s+[\w/ ]{1,15}?)?\s+(?i:by)\s*$"
)
_LOOSE_CARE = lazy(r"(?i:with|w/|by|per|to)\b")
_THANKED_TO = lazy(
    r"\b(?i:thanks|thank\s+you|thankful|grateful|kudos|congrat\w*|shout-?outs?|credit)"
    r"(?:\s+\w+)?\s+(?i:to)\s*$"
)
# "Dr. Brennan's patient Mrs. Whitfield", "Dr. Yoon's pt, Harold Benning": the clinician whose
# patient is then named treats the patient, and is no identifier of them. ("Dr. Smith's patient,
# MRN ..." with the patient unnamed stays found: there the clinician is what points to them.)
_TREATING_AFTER = lazy(
    r"['\u2019]s\s+(?:patients?|pts?)\b[\s,(]*(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?"
    r"(?P<next>[A-Z][a-z][\w'\u2019-]*|[a-z][\w'\u2019-]+)"
)


# "Mrs. Whitfield, Dr. Brennan's patient, ...": the patient named just before.
_NAMED_BEFORE = lazy(r"[A-Z][\w'\u2019-]+\s*,\s*$")


def _treats_named_patient(text: str, start: int, end: int) -> bool:
    m = _TREATING_AFTER.match(text, end) or _TREATING_AFTER.match(text, end - 2)
    if m is None:
        return False
    if _NAMED_BEFORE.search(text, max(0, start - 30), start):
        return True
    word = m.group("next")
    return lower_name(word, loose=True) if word.islower() else word not in NOT_A_SURNAME
# "Dr. Smith's patient", "Dr. Lee's notes": the clinician is named as part of the patient's care.
_CARE_AFTER = lazy(
    r"['\u2019]s\s+(?:patient|pt|notes?|clinic|care|office|records?|chart|team|service|panel)\b",
    re.IGNORECASE,
)
# "twelve patients", "most of our admissions": many people counted, no one of them named
_FOR_A_COUNTED_GROUP = lazy(
    r"\b(?:\d+|most|many|all|several|dozens|hundreds|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|a\s+dozen)\s+(?:of\s+)?(?:our\s+|the\s+)?(?:new\s+)?(?:patients|pts|"
    r"admissions|consults|transfers)\b(?![^.;\n]{0,40}\bone\s+(?:of|who)\b)")
_LABELLED = gated(
    # "Case 2: Oyelaran-Whitfield, delayed diagnosis": a numbered case's patient
    rf"\b(?i:(?:(?:patient|pt)(?:'s)?\s+name|name|patient|pt|client|case\s*#?\s*\d{{1,2}}))\s*:\s*"
    rf"(?!(?i:drs?|prof|professor|doctor)\b)(?P<name>{_CORE})"
    rf"|\b(?i:named{NOT_A_PERSON_NAMED}|called{NOT_A_PERSON_NAMED}|(?:patient|pt)(?:'s)?\s+name\s+is|(?:patient|pt)\s+is|"
    rf"goes\s+by|(?<![Mm]y )name\s+is)\s+(?P<name2>{_CORE})"
)
_PATIENT_NOUN = gated(
    rf"\b(?:(?i:patient|pt|male|female|man|woman|gentleman|lady|boy|girl|child|"
    rf"{kin.alternation(kin.CHILDREN)}|infant|baby|veteran|"
    rf"{kin.alternation(kin.MOTHER_FATHER, kin.SPOUSES)}|\d{{1,3}}\s?(?:yo|y/o|y\.o\.)|"
    rf"\d{{1,3}}[- ]years?[- ]old)|\d{{1,3}}\s?(?:M|F))(?:\s*,\s*|\s+)(?P<name>{_CORE})"
)
_GIVEN_NAME = lazy(
    rf"(?<![\w.])(?P<first>{CAP})(?:\s+{CAP})?\s+(?P<last>{CAP}|{INITIAL})"
)
# ", Johnathon Smith," or ", Stan M.," set off by commas in a sentence about a patient.
_APPOSITIVE = lazy(rf"(?<=, )(?P<name>{CAP}\s+(?:{CAP}|{INITIAL}))(?=\s*[,(])")
# "The patient we discussed, Rosa, went home": a lone given name set off by commas.
_GIVEN_APPOSITIVE = lazy(rf"(?<=, )(?P<name>{CAP})(?=,)")
# "Maria, a 45-year-old teacher", "Jorge (58M)", "Thomas Reed, 67,": a name with its age.
_WITH_AGE = gated(
    rf"(?<![\w.])(?P<name>{CAP}(?:\s+{CAP})?)(?:,\s+(?:a|an)\s+\d{{1,3}}[- ]?(?:years?|yrs?)[- ]old"
    rf"|\s*\(\s*\d{{1,3}}\s?(?:[MF]|yo|y/o|years? old)\s*\)|,\s+\d{{1,3}}\s?(?:[MF]\b|yo\b|y/o|,))"
)
_PLACE_START = frozenset(
    """New San Los Las Santa St Fort Port Mount North South East West Lake Salt El La Palm Long
    Grand Bay Glen Cedar Oak Elm Pine Maple Spring Springfield""".split()  # noqa: SIM905
)
_WORD = lazy(CAP + r"|[A-Z]\b")
FACILITY_ANCHOR = lazy(FACILITY_WORD)
_CREDENTIAL_AFTER = lazy(
    r"['\u2019]?,?\s*(?:MD|DO|PhD|MBBS|MPH|RN|NP|PA-C|MSN|DNP|PharmD|FACP|FAAP)\b(?![-'])"
    r"|,?\s*\(?(?i:pgy-?\d|ms-?[1-4])\b"
)
_PROFESSIONAL_BEFORE = lazy(r"\b(?:Dr|Doctor|Prof|Professor)\.?\s*$")
# "the Lee Auditorium", "Grace Hall": a building or room named after someone, not a person.
_VENUE_LAST = lazy(
    r"\s(?:Auditorium|Pavilion|Atrium|Lobby|Building|Library|Theat(?:er|re)|Room|Suite|Wing|"
    r"Tower|Campus|Commons|Lounge|Plaza)$"
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a possessive "'s" and trailing spaces from a name span."""
    while end > start and text[end - 1] in " \t":
        end -= 1
    for suffix in ("'s", "\u2019s"):
        if text.endswith(suffix, start, end):
            end -= len(suffix)
    return start, end


def _plausible(ctx: MessageContext, start: int, end: int, need_given: bool) -> bool:
    name = ctx.text[start:end]
    words = [w.removesuffix("'s").removesuffix("\u2019s") for w in _WORD.findall(name)]
    long_words = [w for w in words if len(w) > 1]
    if not long_words and len(words) < 1:
        return False
    if any(w.lower() in NOT_A_SURNAME for w in long_words):
        return False
    if ctx.is_correspondent(name) and (len(long_words) < 2 or long_words[-1] in ctx.correspondents):
        return False
    if EPONYM_FOLLOWER.match(ctx.text, end) or _CREDENTIAL_AFTER.match(ctx.text, end):
        return False
    if not need_given:
        return True
    return bool(long_words) and any(
        part in first_names() for part in re.split(r"[-'\u2019]", long_words[0])
    )


def patient_names(ctx: MessageContext) -> Iterator[Candidate]:
    text = ctx.text
    found: list[Candidate] = []

    def emit(start: int, end: int, priority: int = P_NAME) -> None:
        start, end = _trim(text, start, end)
        if end > start and not in_author_list(text, start):
            found.append(Candidate("NAME", start, end, priority))

    for m in _LABELLED.finditer(text):
        group = "name" if m.group("name") else "name2"
        s, e = m.span(group)
        if role_in_row(ctx.lower, e):
            continue  # "Name: Farrukh Yusupov | Role: Chief Resident": a roster's row
        if not ctx.in_frame(s) and _plausible(ctx, s, e, need_given=False):
            emit(s, e, P_LABELLED)
    if not any(ctx.patient_sentence):  # nothing about a patient: only labelled names count
        yield from found
        return
    for m in _COURTESY.finditer(text):
        s, e = m.span("name")
        if ROLE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "our program coordinator Ms. Oduya": staff, by role
        if ctx.around_patient(s) and _plausible(ctx, s, e, need_given=False):
            emit(s, e)
    for m in _CLINICIAN.finditer(text):
        s, e = m.span("name")
        if not ctx.about_patient(s) or not _plausible(ctx, s, e, need_given=False):
            continue
        care = _CARE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if care and ctx.first_person(s) and _LOOSE_CARE.match(care.group()):
            care = None  # "I rounded with Dr. Kim": a colleague, not the patient's clinician
        if care and _WORK_BY.search(text, max(0, m.start() - 30), m.start()):
            care = None  # "literature review by Dr. Feld": an author
        if care and _THANKED_TO.search(text, max(0, m.start() - 30), m.start()):
            care = None  # "Thanks to Dr. Sandoval for presenting": a colleague thanked
        if not care and _treats_named_patient(text, m.start(), e):
            continue  # "Dr. Brennan's patient Mrs. Whitfield": the one who treats, not treated
        tied = care or _CARE_AFTER.match(text, e) or _CARE_AFTER.match(text, e - 2)
        if tied and not care and _FOR_A_COUNTED_GROUP.search(ctx.lower, *ctx.sentence_span(s)) and (
                not THIRD_PERSON.search(ctx.lower, *ctx.sentence_span(s))):
            continue  # "Dr. Szabo's team admitted twelve patients": a team's work, no one's care
        shortened = re.search(rf"\s{INITIAL}$", text[s:e]) is not None
        if tied or shortened:
            emit(s, e)
    for m in _PATIENT_NOUN.finditer(text):
        s, e = m.span("name")
        if ctx.in_frame(s) or _PROFESSIONAL_BEFORE.search(text, max(0, s - 12), s):
            continue
        if _plausible(ctx, s, e, need_given=False) and _name_like(text[s:e]):
            emit(s, e)
    for m in _WITH_AGE.finditer(text):
        s, e = m.span("name")
        if ctx.in_frame(s) or _PROFESSIONAL_BEFORE.search(text, max(0, s - 14), s):
            continue
        if _plausible(ctx, s, e, need_given=False) and not FACILITY_ANCHOR.search(text, s, e):
            emit(s, e)
    for m in _APPOSITIVE.finditer(text):
        s, e = m.span("name")
        if not ctx.about_patient(s) or text[s : e].split()[0] in _PLACE_START:
            continue
        if _PROFESSIONAL_BEFORE.search(text, max(0, s - 14), s):
            continue
        if _plausible(ctx, s, e, need_given=False) and not FACILITY_ANCHOR.search(text, s, e):
            emit(s, e)
    for m in _GIVEN_APPOSITIVE.finditer(text):
        s, e = m.span("name")
        if not ctx.about_patient(s) or m.group("name") not in first_names():
            continue
        if ROLE_BEFORE.search(text, max(0, s - 30), s):
            continue  # "the patient navigator, Keisha, met them": staff, by role
        if _plausible(ctx, s, e, need_given=True):
            emit(s, e)
    for m in _GIVEN_NAME.finditer(text):
        s, e = m.start(), m.end()
        if not ctx.near_patient(s) or _PROFESSIONAL_BEFORE.search(text, max(0, s - 12), s):
            continue
        if _VENUE_LAST.search(text, s, e) or FACILITY_ANCHOR.search(text, s, e):
            continue
        if _plausible(ctx, s, e, need_given=True):
            emit(s, e)
    yield from found
    yield from _other_mentions(ctx, found)


def _name_like(name: str) -> bool:
    """After a patient noun a single word must look like a given name, not "Patient Education"."""
    if re.fullmatch(_INITIALS, name.strip()):
        return True  # "my patient J.D.": initials point to a person too
    words = _WORD.findall(name)
    return len(words) >= 2 or (bool(words) and words[0] in first_names())


def _other_mentions(ctx: MessageContext, found: list[Candidate]) -> Iterator[Candidate]:
    """Once "Mr. Alvarez" is flagged, "Alvarez" elsewhere in the text is the same patient."""
    text = ctx.text
    words: set[str] = set()
    for c in found:
        for w in _WORD.findall(text[c.start : c.end]):
            w = w.removesuffix("'s").removesuffix("\u2019s")
            if len(w) > 2 and w not in ctx.correspondents:
                words.add(w)
    covered = sorted((c.start, c.end) for c in found)
    for word in words:  # str.find: compiling a pattern per text would cost more than searching
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if _standalone(text, at, end) and _another_mention(ctx, covered, at, end):
                yield Candidate("NAME", at, end, P_NAME)
            at = text.find(word, end)


def clinician_spans(text: str, names: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans of `names` that name a clinician by title ("Dr. Varga") and their other
    mentions ("Varga"): a clinician is no identifier of the patient they treat, so the guard
    cannot say such a name is a patient's (a warning at most, never raised by the patient's
    tie). A word of a patient's own name as well ("Mr. Liang (not Dr. Liang)") is not one."""
    titled = [(s, e) for s, e in names if _PROFESSIONAL_BEFORE.search(text, max(0, s - 12), s)]
    if not titled:
        return set()
    words = {w for s, e in titled for w in _WORD.findall(text[s:e])}
    others = {w for s, e in names if (s, e) not in titled for w in _WORD.findall(text[s:e])}
    untitled_own = others - words
    return set(titled) | {
        (s, e) for s, e in names
        if (found := set(_WORD.findall(text[s:e]))) and found <= words and not found & untitled_own
    }


def _standalone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "'\u2019") and not (after.isalnum() or after == "-")


def _another_mention(
    ctx: MessageContext, covered: list[tuple[int, int]], start: int, end: int
) -> bool:
    i = bisect_right(covered, (start, len(ctx.text))) - 1
    if (i >= 0 and covered[i][1] > start) or ctx.in_frame(start):
        return False
    if _PROFESSIONAL_BEFORE.search(ctx.text, max(0, start - 12), start):
        return False
    return EPONYM_FOLLOWER.match(ctx.text, end) is None
