"""Places smaller than a state that are tied to a patient: the facility where they were seen,
the city they live in or came from.

A networking message names institutions and cities all the time as affiliations ("a PGY-1 at
Mass General in Boston") or venues ("at ACP in Boston"); those are not PHI. A place counts only
in a sentence about a patient and when a care event leads to it ("admitted to", "seen at",
"treated at", "lives in") or it names a care facility (Hospital, Clinic, Medical Center...) and no
affiliation cue ("resident at", "I work at") leads to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.phi.context import MessageContext
from assistant.phi.date_shapes import DATE_WORDS
from assistant.phi.id_shapes import FORUM_AFTER, P_PLACE, Candidate
from assistant.phi.lexicon import (
    AFFILIATION,
    CAP,
    CARE_SETTINGS,
    EPONYM_FOLLOWER,
    FACILITY_NOUN_AFTER,
    FACILITY_WORD,
    NETWORKING_EVENT,
    NOT_A_SURNAME,
    STATE_NAMES,
    US_STATES,
    first_names,
)
from assistant.phi.unattributed_scan import PROFESSIONAL_SUBJECT
from assistant.phi.vocab import is_common
from assistant.text.gated import gated
from assistant.text.names import DEGREES
from assistant.text.patterns import lazy
from assistant.text.words import lower_ascii

# One word of a place name: "Cedars-Sinai", "St.", "Mt.", "UCSF", "NYU", "Children's", "&".
_PW = (
    rf"(?:(?:St|Mt|Ft)\.?(?![a-z])|{CAP}|[A-Z]{{2,4}}[a-z]+|[A-Z]{{2,6}}(?:['\u2019]s)?(?![a-z])|"
    rf"[A-Z]\.?[A-Z]\.?)"
)
_RUN = rf"{_PW}(?:(?:\s+|-|\s+(?:of|the|and|for)\s+|\s*&\s*){_PW}){{0,6}}"
_STATE = r"(?:" + "|".join(US_STATES) + r")\b"
_NOT_STATE = r"(?!(?:" + "|".join(US_STATES) + r")\b)"
_TAIL = rf"(?:(?:,\s+|\s+in\s+){_NOT_STATE}{CAP}(?:\s+{CAP}){{0,2}})?(?:,\s+{_STATE})?"

# A facility is found from its anchor word ("Hospital", "Clinic", "clinic") outwards: the run of
# capitalised words before it, and after a proper facility word the rest of its name and city.
_FACILITY_ANCHOR = gated(
    rf"(?<![\w'])(?:{FACILITY_WORD}(?![\w-])|(?P<noun>clinic|office|facility|branch|hospital|"
    rf"practice|med(?:ical)?\s+cent(?:er|re)|campus|location|site|center|centre|ward|unit)\b)"
)
_RUN_BEFORE = lazy(rf"(?<![\w'])(?:{_RUN})\s+")
_AFTER_FACILITY = lazy(rf"(?:\s+{_RUN})?(?![\w-]){_TAIL}")
_NOUN_TAIL = lazy(_TAIL)
_AFTER_EVENT = gated(
    r"\b(?i:admitted|admission|transferred|seen|treated|tx'?d|evaluated|examined|operated(?: on)?|"
    r"hospitali[sz]ed|presented|visited|visit|diagnosed|followed|managed|discharged|"
    r"care|surgery|biopsy|procedure|came|went|referred|consulted|delivered|born|died|"
    r"lives|living|resides|residing|resident|moved|relocated|home|carried|performed|done|"
    r"conducted|scheduled|assessed|reviewed|tested|imaged|scanned|screened|vaccinated|"
    r"report|notes?|case|records?|follow-?up|appointment|appt|admit|located|found|attends?|"
    r"attending)"
    r"(?P<gap>(?:\s+[\w.,'/-]+){0,5}?)\s+(?i:at|to|in|from|@)\s+(?:the\s+)?"
    rf"(?P<place>{_RUN}){_TAIL}"
)
# "at Johns Hopkins", "@ UCSF" in a sentence about a patient: where the care happened.
_AT_PLACE = gated(
    rf"(?:\b(?i:at|@)|\b(?i:resident\s+of|native\s+of))\s+(?:the\s+)?(?P<place>{_RUN}){_TAIL}"
)
# A venue or a source rather than a place of care: "presented at", "a talk at", "published at".
_NOT_CARE_BEFORE = lazy(
    r"\b(?i:talk|lecture|poster|presented|presenting|present|spoke|speak|speaking|met|meet|"
    r"meeting|conference|session|workshop|interview|interviewed|published|course|rotation|"
    r"rotating|elective|training|match(?:ed)?|student|looking|look|job|position|role|"
    # "nov - wards at CRMC, dec - nights at Kaweah": a block of the sender's schedule
    r"wards|nights|block|schedule)\b"
    r"[^.;?!]{0,20}$"
)
# The sender's work shown somewhere ("the case was presented at", "we presented it at"), not a
# patient presenting to a facility ("who presented to our Dallas facility").
_PRESENTED_BY_US = lazy(
    r"\b(?i:was|were|been|be|I|we|will|case|cases|poster|abstract|it|this)\s+"
    r"(?i:present(?:ed|ing)?)\s+(?:\w+\s+)?(?i:at|to)\s+(?:the\s+)?$"
)
_CITY_STATE = lazy(rf"(?<![\w'])(?P<place>{CAP}(?:\s+{CAP}){{0,2}},\s+{_STATE})")
_FROM = gated(rf"\bfrom\s+(?P<place>{CAP}(?:\s+{CAP}){{0,2}}|[A-Z]{{2,4}})(?:,\s+{_STATE})?")
_FROM_PERSON = lazy(  # "a 38-year-old teacher from", "the man we discussed from"
    r"\b(?i:patient|pt|male|female|man|woman|boy|girl|gentleman|lady|veteran|"
    r"\d{1,3}[- ]years?[- ]old|\d{1,3}\s?(?:yo|y/o|y\.o\.?))(?:[\s,]+[a-z][\w'-]*){0,3}\s*,?\s*$"
)
# A facility quoted as a source of knowledge, not as where a patient was seen.
_SOURCE_BEFORE = lazy(
    r"\b(?i:recommendations?|guidelines?|guidance|protocols?|stud(?:y|ies)|trials?|research|"
    r"researchers|experts?|data|according to|published|criteria|consensus|review|paper|"
    r"article|report(?:ed)?|statement|approach|pathway|program|course|webinar|lecture)\b"
    r"[^.;?!]{0,24}$"
)
# "the Denver metro area", "the Midwest region": a region, not a subdivision tied to an address.
_REGION_AFTER = lazy(r"\s+(?i:metro(?:politan)?\s+area|area|region|state)\b")
_NOT_PLACE = frozenset(
    """
    ICU MICU SICU CCU CVICU NICU PICU ED ER OR PACU IR GI ENT OB MRI CT PT OT EMS EMR EHR IP ID
    IV PO PRN HIV ICD ICU's ED's I We He She They The His Her Dr Mr Mrs Ms Our My Your Their Its
    """.split()  # noqa: SIM905 - a word list reads better as text
) | CARE_SETTINGS | {f"{w}s" for w in CARE_SETTINGS}
_MONTHS = lazy(
    r"^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|"
    r"Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:rs(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|"
    r"Sun(?:day)?|Today|Tomorrow|Yesterday)\b\.?",
    re.IGNORECASE,
)
_WORDS = lazy(rf"{CAP}|[A-Z]{{2,6}}")
_PERSON_GAP = lazy(
    r"\b(?i:your|you|talk|lecture|poster|session|interview|presentation|conference|meeting)\b"
)


# "admitted to the American Society for Clinical Investigation": a society, no place of care
_ORGANISATION = lazy(
    r"\b(?:Society|Association|Academy|Council|Federation|Alliance|Honor|Fellowship|Foundation|"
    r"Committee)\b"
)


def _meaningful(place: str) -> bool:
    """A run that is only ward acronyms, months, a state or everyday words is not a place."""
    words = _WORDS.findall(place)
    if not words or place.split()[0] in _NOT_PLACE or _MONTHS.match(place):
        return False
    if place.strip(" ,.").lower() in STATE_NAMES:
        return False
    if NETWORKING_EVENT.fullmatch(lower_ascii(words[0])):
        return False
    if _ORGANISATION.search(place):
        return False
    if DATE_WORDS.fullmatch(lower_ascii(place).strip(" ,.")):
        return False  # "presented on Memorial Day": a day, not a place
    return any(w not in _NOT_PLACE and w.lower() not in NOT_A_SURNAME for w in words)


def _affiliated(ctx: MessageContext, start: int) -> bool:
    """'a PGY-1 at', 'I work at', 'residency at': the place is someone's workplace."""
    return AFFILIATION.search(ctx.lower, max(0, start - 28), start) is not None


def patient_places(ctx: MessageContext, names: list[tuple[int, int]]) -> Iterator[Candidate]:
    if not any(ctx.patient_sentence):
        return
    text = ctx.text
    for s, e in _facilities(ctx):
        if _affiliated(ctx, s) or _SOURCE_BEFORE.search(text, max(0, s - 40), s):
            continue
        if _PRESENTED_BY_US.search(text, max(0, s - 40), s):
            continue  # "the case was presented at Mayo Clinic Hospital Medicine Day"
        yield Candidate("LOCATION", s, _strip(text, s, e), P_PLACE)
    for m in _AFTER_EVENT.finditer(text):
        s = m.start("place")
        if _PERSON_GAP.search(m.group("gap")) or not ctx.about_patient(s):
            continue
        if _PRESENTED_BY_US.search(text, max(0, s - 40), s):
            continue
        if _WORKPLACE_RESIDENT.match(m.group()):
            continue  # "a peds resident at Seattle Children's": a workplace, not a residence
        if ctx.nearest_event(s) == "networking":
            continue
        if _affiliated(ctx, s) and not _affiliated(ctx, m.start()):
            continue
        if PROFESSIONAL_SUBJECT.match(ctx.lower, ctx.sentence_span(s)[0]):
            continue  # "Dr. Kim lives in Clovis with her sister": where a colleague lives
        if _REGION_AFTER.match(text, m.end("place")) or EPONYM_FOLLOWER.match(text, m.end("place")):
            continue
        if FORUM_AFTER.match(ctx.lower, m.end("place")):
            continue  # "presented at the Mercy Bakersfield noon conference": the forum's venue
        if _meaningful(m.group("place")):
            yield Candidate("LOCATION", s, _strip(text, s, m.end()), P_PLACE)
    for m in _AT_PLACE.finditer(text):
        s = m.start("place")
        if not ctx.about_patient(s) or _affiliated(ctx, m.start()):
            continue
        venue = _NOT_CARE_BEFORE.search(text, max(0, m.start() - 30), m.start()) or (
            ctx.nearest_event(s) == "networking"
        )
        if FACILITY_NOUN_AFTER.match(text, m.end("place")) and not _CARE_BEFORE_PLACE.search(
                text, *ctx.sentence_span(s)):
            continue  # "gave me a card at the Dinuba clinic": a clinic, no care told there
        if venue or not _meaningful(m.group("place")) or FORUM_AFTER.match(ctx.lower,
                                                                            m.end("place")):
            continue
        if _REGION_AFTER.match(text, m.end("place")) or EPONYM_FOLLOWER.match(text, m.end("place")):
            continue
        yield Candidate("LOCATION", s, _strip(text, s, m.end()), P_PLACE)
    for m in _CITY_STATE.finditer(text):
        s = m.start("place")
        if not ctx.about_patient(s) or _affiliated(ctx, s) or ctx.nearest_event(s) == "networking":
            continue
        if _PREP_BEFORE.search(text, max(0, s - 8), s) is None and _credentialed_person(m.group()):
            continue
        if _INITIAL_BEFORE.search(text, max(0, s - 6), s):
            continue  # "E. Castañeda, MD": a person with a degree, not a town in Maryland
        if _meaningful(m.group("place")):
            yield Candidate("LOCATION", s, m.end(), P_PLACE)
    for m in _FROM.finditer(text):
        s = m.start("place")
        if not ctx.about_patient(s) or not _meaningful(m.group("place")):
            continue
        if ctx.nearest_event(s) == "networking":
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        after_name = any(0 <= m.start() - e <= 3 for _, e in names)
        if after_name or _FROM_PERSON.search(before):
            yield Candidate("LOCATION", s, m.end(), P_PLACE)


def _credentialed_person(match: str) -> bool:
    """"Ana Ruiz, MD", "Lee Park, PA": a given name and a surname before a degree that is also
    a state's abbreviation (a city rarely opens with a given name and has two words)."""
    place, _, state = match.rpartition(",")
    words = place.split()
    return (len(words) >= 2 and state.strip().lower() in DEGREES
            and words[-1].lower() not in _PLACE_TAIL_WORDS
            and (words[0] in first_names() or not any(is_common(w) for w in words)))


_INITIAL_BEFORE = lazy(r"\b[A-Z]\.\s*$")
_TOWN_IN = lazy(r"[A-Z]")
# a care event in the sentence: "seen at the Dinuba clinic", "his PCP's office in"
_CARE_BEFORE_PLACE = lazy(
    r"\b(?i:admit\w*|seen|sees|treated|transferr?\w*|sent|discharged|d/c'?d|followed|follows|"
    r"goes|went|going|dialy[sz]\w*|infusions?|appointment|appt|visit\w*|records?|labs?|"
    r"identified|"
    r"imaging|scans?|presented|came|brought|referred|care|lives?|living|pcp|established|"
    r"biopsy|surgery|procedure|evaluat\w+|diagnos\w+|delivered|died|born|returned|back)\b"
)
_FORUM_AT = lazy(
    r"\b(?i:m&m|morbidity\s+and\s+mortality|grand\s+rounds|morning\s+report|noon\s+conference|"
    r"journal\s+club|tumor\s+board|conference|meeting|lecture|talk|session|workshop|lunch|dinner|"
    r"retreat|orientation)\b[^.;:!?\n]{0,25}(?:\b(?i:at|in)\s+(?:the\s+)?|[-,]\s*)$"
)
# "Dr. Castañeda of Arvin Community Health Center": a clinician's own workplace
_CLINICIAN_OF = lazy(r"\b(?:Dr|Prof|Professor|Doctor)\.?\s+$")
# "Teodoro Alvarez, MD, from the Squaw Valley clinic": a clinician's own workplace
_CREDENTIAL_FROM = lazy(
    r",\s*(?:MD|DO|NP|PA|RN|PhD|MBBS)\b,?\s+(?:from|of|at)\s+(?:the\s+)?$"
)
_WORKPLACE_RESIDENT = lazy(r"(?i:resident)\s+(?i:at|in)\b")
_PREP_BEFORE = lazy(r"\b(?i:in|from|at|near|to|of)\s+$")
_PLACE_TAIL_WORDS = frozenset({"city", "springs", "spring", "heights", "park", "falls", "beach"})


def _facilities(ctx: MessageContext) -> Iterator[tuple[int, int]]:
    """Spans of care facilities named in sentences about a patient."""
    text = ctx.text
    last_end = 0
    for a in _FACILITY_ANCHOR.finditer(text):
        if a.start() < last_end or not ctx.about_patient(a.start()):
            continue
        lo = max(last_end, a.start() - 100)
        before = None
        for r in _RUN_BEFORE.finditer(text, lo, a.start()):
            if r.end() == a.start():
                before = r
                break
        if a.group("noun"):
            if before is None or not _meaningful(before.group()):
                continue
            start, end = before.start(), _NOUN_TAIL.match(text, a.end()).end()
            if _CLINICIAN_OF.search(text, max(0, start - 12), start):
                # "Dr. Solberg's clinic follows her": the clinician's; only a town after it
                # ("Dr. Lee's office in Houston") says where the patient was seen
                town = _TOWN_IN.search(text, a.end(), end)
                last_end = end
                if town:
                    yield town.start(), end
                continue
            if _CREDENTIAL_FROM.search(text, max(0, start - 24), start):
                last_end = end
                continue  # "Teodoro Alvarez, MD, from the Squaw Valley clinic"
            if not _CARE_BEFORE_PLACE.search(text, *ctx.sentence_span(start)):
                continue  # "a patient gave me a card at the Dinuba clinic": no care there
        else:
            start = before.start() if before else a.start()
            end = _AFTER_FACILITY.match(text, a.end()).end()
            if _CLINICIAN_OF.search(text, max(0, start - 12), start) or _CREDENTIAL_FROM.search(
                    text, max(0, start - 24), start):
                last_end = end
                continue
        if _FORUM_AT.search(text, max(0, start - 50), start):
            last_end = end
            continue  # "M&M this week is at the Clovis campus": where a conference meets
            if len(_WORDS.findall(text, start, end)) < 2:
                continue
        last_end = end
        yield start, end


def _strip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return end
