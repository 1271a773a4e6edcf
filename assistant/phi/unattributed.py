"""The inverted default: every identifier-shaped span that nobody but a patient can own.

`recognizers.py`, `names.py` and `places.py` find what a cue ties to a patient (always an
`error`). This module adds every other candidate of the shape finders (`shapes.py`,
`date_shapes.py`, `place_shapes.py`) and `people.py` that
`attribution.py` cannot give to a non-patient, as an `error` when the sentence speaks of a
patient or their family and as a `warning` ("is this a patient?") when nothing says whose it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.phi import attribution as attr
from assistant.phi import (
    date_shapes,
    likeness,
    name_words,
    ownership,
    people,
    place_shapes,
    shapes,
    signout,
)
from assistant.phi.colleague_syntax import SENDER_MEETS_CLINICIAN, is_colleague_by_syntax
from assistant.phi.context import MessageContext
from assistant.phi.labels import label_before
from assistant.phi.lexicon import (
    CARE_EVENT_VERBS,
    CARE_SETTINGS,
    CITED_BEFORE,
    EPONYM_FOLLOWER,
    FACILITY_NOUN_AFTER,
    SENDER_SUBJECT,
    STATE_NAMES,
    STAY_VERBS,
    THING_NAMED_BEFORE,
    US_STATES,
    VOICE_AFTER,
    WARD_PROCEDURE_VERBS,
    about_no_patient,
    work_dated,
)
from assistant.phi.recognizers import WRITER_BORN
from assistant.phi.sentence_anchors import CASE_FORUM, CLINICAL_TOPIC, sentence_anchors
from assistant.phi.vocab import is_common, zipf
from assistant.text.gated import gated
from assistant.text.names import name_fold

ERROR, WARNING = "error", "warning"
_CASE_TALK = re.compile(r"m&m|family\s+meeting|case\s+report|case\s+series")
# "Handoff checklist": a capitalised noun phrase ("Haddad case", "Abdi back in bed" are people)
_CARE_NOUNS = (
    r"case|update|f/u|follow|echo|labs?|back|went|is|was|fall|gift|transfer\w*|"
    r"discharge\w*|records?|family|home|(?:re)?admi\w+|passed|bed|room|rm|delivered|"
    rf"expired|arrested|{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS}"
)
_LOWER_NEXT = re.compile(rf"\s+(?!(?:{_CARE_NOUNS})\b)[a-z]")
_SUBJECT_CARE = gated(re.compile(
    r"^[ \t>]*(?i:subject|re|fwd?)[ \t]*:[ \t]*(?:(?i:re|fwd?)[ \t]*:[ \t]*)*"
    # "Subject: Tues 3/17 - Ramos-Vega dc summary": a name after the line's own separator
    r"(?:[^\n]{0,40}?[ \t][-\u2013\u2014|][ \t]*)??"
    # "subject: okonjo labs 5/30": a lower-case surname too, when it is no English word
    r"(?:(?i:pt|patient)\.?[ \t]+)?(?P<name>[A-Za-z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]+)?)"
    r"[ \t]*(?:[-\u2013\u2014:(][ \t]*|[ \t]+)"
    r"(?i:(?:case|update|f/u|follow[- ]?up|echo|labs|records?|family\s+(?:meeting|mtg)|"
    r"home\s+(?:today|tomorrow|yesterday)|went\s+home|d/?c|dc'?d|died|(?P<opinion>(?:2nd|second)\s+opinion)|"
    r"discharge\w*|(?:re)?admi\w+|transfer\w*|path|pathology|results?|biopsy|consult|imaging|"
    rf"goals\s+of\s+care|code|expired|passed|{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS})\b)",
    re.MULTILINE,
))
# A second opinion asked on the writer's own work or career, not on someone's care.
_OWN_WORK_ON_LINE = gated(re.compile(
    r"\b(?i:my|our|cv|resume|résumé|personal\s+statement|letter|offer|job|contract|draft|"
    r"application|rank\s+list|fellowship|residency|career|abstract|poster|manuscript|paper|"
    r"grant|aims?)\b"
), words=False)
_CARE_NEXT = re.compile(
    rf"(?:['\u2019]s)?(?:\s*[-\u2013\u2014:]\s*|\s+)(?!(?:is|was|went|back|gift)\b)(?:{_CARE_NOUNS}|genetics|"
    r"ecg|ekg|ct|mri|tsh|k|labs?|discharge|biopsy|path|consult|question|poster)\b",
    re.IGNORECASE,
)
_FORUM_DATE_BEFORE = gated(re.compile(
    r"(?:m&m|morbidity\s+and\s+mortality|morning\s+report|tumor\s+board|grand\s+rounds|"
    r"journal\s+club|case\s+conference)\s*(?:[(:,\u2014-]|\s(?:is|was|will\s+be|moved|"
    r"rescheduled|changed|pushed)(?:\s+(?:to|on|for))?)?\s*"
    r"(?:(?:on|this|next)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$"
))
_FORUM_AFTER = re.compile(
    r"\s*[-:,(]?\s*(?:m&m|morbidity\s+and\s+mortality|morning\s+report|noon\s+(?:report|"
    r"conference)|tumor\s+board|grand\s+rounds|journal\s+club|case\s+conference|didactics?|"
    r"workshop|lecture|seminar|retreat|interview)\b"
)
# "my board exam", "our new lookup tool went live": a thing of the writer's, dated
_OWN_THING_BEFORE = gated(re.compile(
    r"\b(?:my|our)\s+(?:[\w/-]+\s+){1,3}?(?:(?:went\s+live|launched|started|starts|ends|ended|"
    r"is|was|on|due|in)\s+)?$"
), words=False)
_CARE_WORD = gated(re.compile(
    rf"\b(?:{STAY_VERBS}|{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS}|patients?|pts?|him|her|them|his|"
    r"their|family|admi\w+|consult|visit|code|rapid|case|clinic|procedure|surgery|biopsy|"
    r"discharge\w*|transfer\w*|[a-z]{0,3}icu|ccu|ward|unit|floor|service|ed|er|or|hospital|"
    r"team|rounds|census|list)\b"
), words=False)
# "Dr. Okafor and Lindqvist", "thank Rosa and Dmitri": a name joined to a non-patient's.
_COORDINATED = re.compile(r"[ \t]*,?[ \t]*(?:and|&|or)[ \t]+(?:(?:drs?|prof)\.?[ \t]+)?")
_SUBJECT = re.compile(r"\s*(?:subject|re|fwd?)\s*:", re.IGNORECASE)

# Overlaps among new candidates: the more specific shape wins.
_PRIORITY = {
    "SSN": 90, "MRN": 88, "HEALTH_PLAN": 88, "ACCOUNT": 88, "LICENSE": 88, "VEHICLE": 88,
    "DEVICE": 88, "ID": 86, "EMAIL": 85, "URL": 84, "IP_ADDRESS": 84, "PHONE": 80, "FAX": 80,
    "PHOTO": 75, "AGE": 72, "ROOM": 70, "DATE": 60, "LOCATION": 50, "NAME": 40,
}
_WORKPLACE_BEFORE = gated(re.compile(
    r"\b(?:office|clinic|lab|building|suite|department|program|hospital|campus|center|centre|"
    r"residency|headquarters)\b[^.;\n]{0,40}$"
), words=False)
# "2210 W Shaw Ave the right address for the GME office": an office's address
_WORKPLACE_AFTER = re.compile(
    r"[^.;?!\n]{0,30}?\b(?:for|of)\s+(?:the|our|your|my)\s+(?:[\w&-]+\s+){0,3}(?:office|clinic|"
    r"department|dept|program|hospital|campus|center|centre|school|lab)\b"
)
_LOWER_TOWN = gated(re.compile(
    r"\b(?:lives?|living|moved|went\s+back|going\s+back|headed\s+back|back\s+home|home|"
    r"returned|drives\s+in|came\s+in|is|was|she's|he's)\s+(?:to|in|from|out\s+in|up\s+in)\s+"
    r"(?P<place>(?P<town>[a-z][a-z'-]{3,})(?:\s+county)?)\b"
))
_FACILITY_HOME = gated(re.compile(
    r"\b(?:nursing|group|care|funeral|foster|retirement)\s+$"
), words=False)
_OWN_HOME = gated(re.compile(r"\b(?:i|you|we|my|your|our|u)\b[\w\s']{0,18}$"), words=False)
_RESIDENCE = gated(re.compile(
    r"\b(?:lives?|lived|living|resides?|residing|home\s+address|home\s+(?:to|in)|encampment|"
    r"trailer|farm|ranch|apartment|apt|condo|house|mobile\s+home)\b"
    # "a letter for his landlord at 2210 W Shaw Ave": someone of the patient's, where they live
    r"|\b(?:his|her|their)\s+(?:[a-z]+\s+){0,2}(?:at|on)\s*$"
    # "a farmworker from", not "a resident from" (a colleague's workplace)
    r"|\ban?\s+(?!(?:resident|student|fellow|intern|attending|colleague|speaker|physician|"
    r"doctor|nurse|faculty|friend|classmate|program|hospital|clinic|conference|meeting|"
    r"pgy-?\d|med|medical|mentor)\b)[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?(?:from|in|of)\s*$"
), words=False)


_INSTITUTION_IN = gated(re.compile(
    r"(?:\bVA|\bVAMC|\b(?i:hospital|clinic|medical\s+center|health\s+center|university|college|"
    r"school\s+of\s+medicine|medical\s+school|residency|program|campus))\s+(?:in|at)\s+$"
), words=False)
_CARE_FACILITY = re.compile(
    rf"(?=[\w'\u2019])(?:\b(?i:{STAY_VERBS}|seen|treated|ed|er|evaluat\w+|work-?up|had\s+(?:his|her|their)\s+[\w-]+|"
    r"(?:his|her|their)\s+(?:old\s+)?(?:records?|labs|imaging|scans?)|born|died|delivered|"
    r"brought|taken|dialy[sz]es|went|visit|visited|visiting|sent|returned|moved|"
    # "we got him from Clovis Community": a transfer received
    r"got\s+(?:him|her|them)|accepted\s+(?:him|her|them))"
    # "Ibrahim's old records from": from the apostrophe, so no word start is tried in vain
    r"|['\u2019]s\s+(?:old\s+)?(?:records?|labs|imaging|scans?))"
    r"\s+(?:[\w.'\u2019-]+\s+){0,2}?(?:to|at|from)\s+(?:the\s+)?"
    r"(?P<place>(?:(?:St|Saint)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]+){0,3})"
)
# "transferred from an outside hospital in Lemoore": the town of a facility of someone's care.
_CARE_TOWN = gated(re.compile(
    rf"(?=\w)\b(?:{STAY_VERBS}|seen|treated|sent|brought|taken|born|died)\s+(?:[\w.'\u2019-]+\s+){{0,2}}?"
    r"(?:to|at|from|in)\s+(?:(?:the|an?)\s+)?(?:(?:outside|local|small|rural|community|nearby)\s+)?"
    r"(?:hospital|snf|facility|clinic|rehab|nursing\s+home|ed|er|icu|shelter|hospice)\s+(?:in|near)\s+"
    r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
))
# A place of long-term or post-acute care by its name ("Heritage Oaks SNF", "St. Agnes Skilled
# Nursing", "Casa Grande Care Center"): where patients are sent and live, rarely anything else
# in a networking message.
_CARE_HOME = gated(re.compile(
    r"(?<![\w'\u2019])(?P<place>(?:(?:St|Saint)\.?\s+)?[A-Z][\w'\u2019-]+"
    r"(?:\s+(?:of\s+|&\s+)?[A-Z][\w'\u2019-]+){0,3}\s+"
    r"(?:SNF|ALF|LTACH|Skilled\s+Nursing(?:\s+(?:Facility|Center|Centre))?|"
    r"Nursing\s+(?:Home|Center|Centre|Facility)|Rehab(?:ilitation)?(?:\s+(?:Center|Centre|Hospital))?|"
    r"Hospice|Assisted\s+Living|Senior\s+Living|Memory\s+Care|Care\s+(?:Center|Centre|Home)|"
    r"Convalescent(?:\s+(?:Hospital|Home|Center))?|Post-?Acute(?:\s+Care)?|Group\s+Home|"
    r"Residential\s+Care))(?![\w-])"
))
# Every _CARE_HOME holds one of these: a text without any is not searched for one.
_CARE_HOME_WORD = re.compile(
    r"SNF|ALF|LTACH|Nursing|Rehab|Hospice|Living|Memory|Care|Convalescent|Acute|Home"
)
# sent, discharged, back, admitted ... to / from: a move in someone's care, just before the place
_MOVED_TO = re.compile(
    r"(?i:\b(?:sent|back|discharged|dc'?d|d/c'?d?|transferred|admit(?:ted)?|readmitted|went|"
    r"returned|lives?|living|resides?|placed|placement|dispo|bounced)\b[\w\s]{0,12}?"
    r"(?:\bto|\bfrom|\bat|\bin|:|\()\s*(?:the\s+)?)$"
)
# "the Western Regional Meeting in Carmel", "the Reno ACP chapter meeting": an event's town
_EVENT_BEFORE = gated(re.compile(
    r"(?i:\b(?:meeting|conference|summit|congress|symposium|course|retreat|workshop|convention|"
    r"forum|assembly|sessions?|chapter|rounds|lecture|day)\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?)$"
))
_EVENT_AFTER = re.compile(
    r"(?:\s+[\w&'\u2019-]+){0,3}?\s+(?i:meeting|conference|chapter|summit|symposium|congress|"
    r"course|retreat|workshop|convention|forum|assembly|fair|gala|dinner|festival|expo|party|"
    r"picnic|potluck|celebration|mixer|fundraiser|reception)\b"
)
# "Palo Alto, CA": a town named with its state, an address of an institution or an event.
_STATE_AFTER = gated(re.compile(
    rf",\s*(?:{'|'.join(US_STATES)}|{'|'.join(s.title() for s in sorted(STATE_NAMES))})\b"
))
# "Kaweah Health Medical Center, Visalia, California": the town of the institution just named
_INSTITUTION_COMMA = gated(re.compile(
    r"\b(?:Hospital|Health|Medical\s+Cent(?:er|re)|Center|Centre|Clinic|University|College|"
    r"School\s+of\s+Medicine|Institute|Healthcare|Medicine|Residency|Program)\s*,\s*$"
), words=False)
# "the Sutter Roseville sim center", "the Lee auditorium": a building or campus, not a person
_EPONYM_WORD = gated(re.compile(r"\b([A-Z][\w'\u2019-]+?)(?:['\u2019]s?)?(?=\s)"))
# A sentence whose subject is a clinician by title: "Dr. Okeke is moving back to ..."
_PROFESSIONAL_SUBJECT = re.compile(
    r"[\s>*-]*(?:(?:our|my|your)\s+\w+\s+)?(?:dr|prof|professor)\.?\s+[\w'\u2019-]+"
    r"(?:\s+[\w'\u2019-]+)?\s+(?:is|was|has|had|will|just|recently|moved|moves|lives|lived)\b"
)
_ABOUT_SOMEONE = gated(re.compile(
    r"\b(?:called|paged|texted|emailed|messaged|asked|pinged|worried)\s+(?:you|me|us)\s+about\s+$"
), words=False)
_WRITER_DID = gated(re.compile(r"\b(?:i|we|you|u)\s+(?:just\s+|finally\s+)?$"), words=False)
_COURTESY_BEFORE = gated(re.compile(r"\b(?:mr|mrs|ms|mx|miss)\.?\s+$"), words=False)
_SURNAME_NEXT = re.compile(r"[ \t]+[A-Z][\w\u2019'-]+(?=[\u2019']?s?\s)")
_FROM_TOWN = re.compile(
    r"(?:['\u2019]s)?\s+(?:from|of)\s+(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
)
_FACILITY_NAME = gated(re.compile(
    r"\b(?:General|Regional|Mercy|Kaiser|Memorial|Community|Presbyterian|Methodist|Baptist|"
    r"Adventist|Providence|Sutter)\b"
), words=False)


def _voice_or_cited(text: str, lower: str, start: int, end: int) -> bool:
    """A person named as a teacher, author, speaker, mentor or historical figure: the voice
    after the name or a citation before it, unless a courtesy title ("Mrs. Ames showed ...")
    or care done to the person ("we admitted") comes first, which keeps the safe side."""
    if _COURTESY_BEFORE.search(lower, max(0, start - 8), start) or attr.CARE_OBJECT_BEFORE.search(
            lower, max(0, start - 20), start):
        return False
    rest = _SURNAME_NEXT.match(text, end)  # "Paul" of "Paul Farmer": the name runs on
    after = rest.end() if rest else end
    return (VOICE_AFTER.match(lower, after) is not None
            or CITED_BEFORE.search(lower, max(0, start - 40), start) is not None)


@dataclass(frozen=True)
class Found:
    type: str
    start: int
    end: int
    severity: str


class _Collector:
    """New candidates, kept clear of the cue-bound findings and of each other.

    A place may swallow a narrower cue-bound place ("12 Elm St" -> "12 Elm St, Springfield").
    """

    def __init__(self, taken: list[tuple[int, int]], places: set[tuple[int, int]]) -> None:
        self.taken = sorted(taken)
        self.places = places
        self.items: list[tuple[int, int, str, str]] = []

    def free(self, start: int, end: int, type_: str = "") -> bool:
        # the spans kept never overlap, so only the one before `start` can reach into it
        i = max(0, bisect_left(self.taken, (start, -1)) - 1)
        while i < len(self.taken):
            a, b = self.taken[i]
            i += 1
            if a >= end:
                break
            if b <= start:
                continue
            wider = start <= a and b <= end and (a, b) != (start, end)
            if not (type_ == "LOCATION" and (a, b) in self.places and wider):
                return False
        return True

    def add(self, type_: str, start: int, end: int, severity: str) -> None:
        if end > start:
            self.items.append((start, end, type_, severity))

    def resolve(self) -> list[Found]:
        # the same span found twice: the finding that ties it to a patient wins
        ordered = sorted(self.items, key=lambda c: (-_PRIORITY.get(c[2], 0), c[0] - c[1], c[0],
                                                    c[3] != ERROR))
        kept: list[Found] = []
        for start, end, type_, severity in ordered:
            if not self.free(start, end, type_):
                continue
            insort(self.taken, (start, end))
            kept.append(Found(type_, start, end, severity))
        return sorted(kept, key=lambda f: f.start)


_CLINICAL_WORD = gated(re.compile(
    r"\b[a-z]{3,}(?:pathy|itis|osis|oma|emia|aemia|algia|plasia|trophy|ectomy|otomy|scopy|"
    r"iasis)\b|\b(?:rash|fever|dying|pain|jaundice|dose|symptoms?|diagnos\w+|surgery|"
    r"seizures?|stroke|sepsis|delirium|dementia|cancer|tumou?r|infection|fracture)\b"
), words=False)


def _care_object(text: str, lower: str, c: name_words.NameCandidate) -> bool:
    """"Ahmed presented Teodoro", "consulted on Jamal": a person care was done to."""
    m = attr.CARE_OBJECT_BEFORE.search(lower, max(0, c.start - 20), c.start)
    return m is not None and (m.group("record") is None
                              or name_words.person_object(text, c.end, c.strength))


def find(
    ctx: MessageContext,
    labels: list[tuple[int, int, str]],
    taken: Iterable[tuple[int, int]],
    known: set[str],
    places: Iterable[tuple[int, int]] = (),
) -> list[Found]:
    """Candidates outside `taken` (the cue-bound findings) that are not a non-patient's."""
    text, lower = ctx.text, ctx.lower
    anchors = sentence_anchors(ctx)
    known = attr.correspondents(ctx) | {name_fold(w) for w in known}
    out = _Collector(list(taken), set(places))

    def severity(i: int, tied: bool = False) -> str:
        return ERROR if tied or anchors.patient[i] or anchors.care[i] else WARNING

    found_places = list(place_shapes.places(text))
    addresses = [(p.start, p.end) for p in found_places if not p.weak]
    person_sentences: set[int] = set()
    flagged_words: set[str] = set()
    message_about_patient = any(anchors.patient) or any(anchors.care)
    colleagues: list[tuple[int, int]] = []  # names given to non-patients so far
    eponyms: set[str] | None = None  # words used as eponyms in this text, found when needed
    by_shape: list[tuple[int, int]] = []  # people by title, relation or apposition
    seen_twice: dict[str, bool] = {}

    in_clinical_words: dict[int, bool] = {}

    def clinical_words(i: int) -> bool:
        """A sentence in clinical words ("developed ptosis after the third dose"), asked once
        per sentence (a long sentence full of names stays linear)."""
        if i not in in_clinical_words:
            in_clinical_words[i] = _CLINICAL_WORD.search(lower, *anchors.spans[i]) is not None
        return in_clinical_words[i]

    def repeated(word: str) -> bool:
        """`text.count(word) > 1`, asked once per word: counting the whole text again for
        every candidate made a long text quadratic (1 MB took 12 s)."""
        if word not in seen_twice:
            first = text.find(word)
            seen_twice[word] = first != -1 and text.find(word, first + len(word)) != -1
        return seen_twice[word]

    def lower_name_in_care(i: int, c: name_words.NameCandidate) -> bool:
        """A lower-case name found by the census lists alone ("priya nair was admitted"): kept
        in a sentence about a patient or someone's care, or before a care noun."""
        span = anchors.spans[i]
        if (c.relation or anchors.patient[i] or anchors.care[i] or CASE_FORUM.search(lower, *span)
                or _CARE_NEXT.match(text, c.end)
                or _ABOUT_SOMEONE.search(lower, max(0, c.start - 30), c.start)
                or _care_object(text, lower, c)):
            return True
        # clinical words alone: not where the writer tells of their own networking ("met jonah
        # hartley at the poster session, he works on sepsis alerts")
        return not anchors.meeting[i] and bool(
            clinical_words(i) or CLINICAL_TOPIC.search(lower, *span)
            or name_words.CLINICAL_NOUN.search(lower, *span))

    for c in people.candidates(text, set(ctx.sentence_starts)):
        i = ctx.sentence_index(c.start)
        if c.strength < 3 and any(a <= c.start and c.end <= b for a, b in by_shape[-8:]):
            continue  # the same words, already found as a person by a stronger shape
        if c.strength == 3:
            by_shape.append((c.start, c.end))
        if attr.is_professional_name(ctx, c.start, c.end, known) or (c.strength < 3 and (
            is_colleague_by_syntax(ctx, c.start, c.end, anchors.patient[i] or anchors.care[i])
            or any(_COORDINATED.fullmatch(lower, b, c.start) for _, b in colleagues[-3:])
        )):
            colleagues.append((c.start, c.end))
            continue
        if not c.relation and _voice_or_cited(text, lower, c.start, c.end):
            colleagues.append((c.start, c.end))
            continue  # "Osler would be horrified by ...", "I quoted Paul Farmer on ..."
        place = c.strength == 1 and attr.is_place_of_event(ctx, c.start)
        if place and not anchors.patient[i] and _PROFESSIONAL_SUBJECT.match(
                lower, anchors.spans[i][0]):
            continue  # "Dr. Okeke is moving back to Laton": where a colleague goes
        tied_here = (anchors.patient[i] or anchors.person[i] or anchors.person_next[i]
                     or c.relation
                     # "the intern who called you about Kwabena": someone clinicians talk about
                     or _ABOUT_SOMEONE.search(lower, max(0, c.start - 30), c.start) is not None
                     or _care_object(text, lower, c))
        if c.strength < 3 and text[c.start].islower():
            if not lower_name_in_care(i, c):
                continue  # "priya nair was my co-intern": a lower-case name needs someone's care
            tied_here = True  # "thx for covering, rosalind pike needs a 6am bmp"
        if not c.relation and "," in text[max(0, c.start - 40) : c.end + 1] and (
                signout.in_roster(text, c.start)):
            continue  # "Lindqvist, Eva - welcome / Moreno, Javier - QI results": a schedule
        if any(a < c.end and c.start < b for a, b in addresses):
            continue
        if _INSTITUTION_IN.search(text, max(0, c.start - 40), c.start):
            continue  # "the VA in Ann Arbor": where an institution is, not a person
        if THING_NAMED_BEFORE.search(text, max(0, c.start - 30), c.start):
            continue  # "a mannequin named Harvey"
        if c.strength < 3 and any(repeated(w) for w in text[c.start : c.end].split()):
            if eponyms is None:
                eponyms = {name_fold(m.group(1)) for m in _EPONYM_WORD.finditer(text)
                           if EPONYM_FOLLOWER.match(text, m.end())}
            if any(name_fold(w) in eponyms for w in text[c.start : c.end].split()):
                continue  # "the Koebner phenomenon described by Heinrich Koebner": its author
        if c.strength < 3 and not c.relation and (
            _EVENT_BEFORE.search(text, max(0, c.start - 40), c.start)
            or _EVENT_AFTER.match(text, c.end) or FACILITY_NOUN_AFTER.match(text, c.end)
            or (_STATE_AFTER.match(text, c.end) and (
                not anchors.patient[i] or _INSTITUTION_COMMA.search(text, max(0, c.start - 40),
                                                                    c.start)))
            or attr.authors_line(ctx, c.start)
        ):
            continue  # an event's town, an institution's address, a building, an authors' line
        on_subject = _SUBJECT.match(text, ctx.sentence_span(c.start)[0]) is not None
        # "Subject: Lunch with Hannah on 2/3?" is a meeting; "Tranh Vo - path back, call
        # family?" is someone's care whatever else the line asks for
        subject = on_subject and (not anchors.meeting[i] or _CARE_NEXT.match(text, c.end)
                                  is not None)
        subject = subject and (c.strength > 1 or not _LOWER_NEXT.match(text, c.end))
        # a full name needs a networking event or work to be the sender's acquaintance; a rare
        # word (a place, a surname alone) needs only the sender's own talk
        shielded = anchors.event[i] if c.strength == 2 else anchors.shield[i]
        if c.strength < 3 and shielded and not tied_here and not (subject and not place):
            continue
        if c.strength == 1 and not tied_here and not place and not subject:
            continue
        if place and _WORKPLACE_BEFORE.search(lower, ctx.sentence_span(c.start)[0], c.start):
            continue  # "a 450-bed hospital in the Bronx": where the institution is
        # a person by shape ("Mr. Haddad", "goes by 'Tiny'") in a message that speaks of a
        # patient or of someone's care is that patient
        by_person = c.strength == 3 and (
            message_about_patient or clinical_words(i))
        # "Re: Okonkwo readmission", "Subject: Haddad case": a subject line about someone's care
        by_person = by_person or (subject and _CARE_NEXT.match(text, c.end) is not None)
        out.add("LOCATION" if place else "NAME", c.start, c.end,
                severity(i, c.relation or by_person))
        if not place:
            person_sentences.add(i)
            flagged_words.update(w for w in text[c.start : c.end].split() if len(w) > 2)
            town = _FROM_TOWN.match(text, c.end)
            if town and not name_words.INSTITUTION.search(town.group("place")) and not any(
                    name_words.not_a_name_word(w) for w in town.group("place").split()):
                # "Mr. Yazzie from Chinle": where the person named comes from
                out.add("LOCATION", *town.span("place"), severity(i, c.relation or by_person))

    for m in _SUBJECT_CARE.finditer(text):
        # "Subject: Feldman - path results": a surname that is also a word, then a care noun
        name = m.group("name")
        if m.group("opinion") and _OWN_WORK_ON_LINE.search(
                text, m.end(), attr.line_end_of(text, m.end())):
            continue  # "Subject: Castillo - second opinion on my fellowship list"
        if not (name_words.not_a_name_word(name) or is_common(name) or name_words.medical_word(name)
                ) and not attr.in_frame(
                ctx, m.start("name")):
            out.add("NAME", m.start("name"), m.end("name"), ERROR)
            person_sentences.add(ctx.sentence_index(m.start("name")))
    about_patients = any(anchors.patient) or bool(person_sentences)
    for m in _CARE_FACILITY.finditer(text):
        # "transferred to Mercy General", "his CABG at Community Regional": where someone's
        # care happened, a place smaller than a state
        s, e = m.span("place")
        i = ctx.sentence_index(s)
        if not (anchors.person[i] or anchors.patient[i] or i in person_sentences):
            continue
        words = text[s:e].split()
        if all(w.rstrip("s") in CARE_SETTINGS for w in words):
            continue  # "discharged to SNF": a kind of place, no place's name
        if not (name_words.INSTITUTION.search(text, s, e) or _FACILITY_NAME.search(text, s, e)
                or (len(words) >= 2 and not all(name_words.not_a_name_word(w) for w in words))):
            continue
        if attr.in_frame(ctx, s) or attr.is_professional_name(ctx, s, e, known):
            continue
        out.add("LOCATION", s, e, severity(i))

    for m in _CARE_HOME.finditer(text) if _CARE_HOME_WORD.search(text) else ():
        s, e = m.span("place")
        s = _skip_lead_words(text, s, e)
        i = ctx.sentence_index(s)
        if e <= s or attr.in_frame(ctx, s) or attr.labelled_line(ctx, s):
            continue
        if attr.is_professional_name(ctx, s, e, known) or _WORKPLACE_BEFORE.search(
                lower, ctx.sentence_span(s)[0], s):
            continue  # "volunteered at Pine Ridge Hospice", "medical director of ..."
        moved = _MOVED_TO.search(text, max(0, s - 40), s) is not None
        tied_here = anchors.patient[i] or anchors.care[i] or anchors.person[i] or moved
        if anchors.shield[i] and not tied_here:
            continue
        out.add("LOCATION", s, e, severity(i, moved or anchors.person[i]))

    for m in _CARE_TOWN.finditer(text):
        s, e = m.span("place")
        i = ctx.sentence_index(s)
        if (anchors.person[i] or anchors.patient[i]) and not attr.in_frame(ctx, s):
            out.add("LOCATION", s, e, severity(i))

    def patients_day(pos: int, i: int) -> bool:
        """A counted hospital day ("POD 3 was 11/2") or a date after a label of care ("DOD
        3/4", "admit date: 6/1"), unless the writer or their family is the one born."""
        if date_shapes.hospital_day(lower, pos):
            return True
        return label_before(ctx, pos, labels) == "DATE" and not (
            about_no_patient(lower, *anchors.spans[i])
            or WRITER_BORN.search(lower, max(0, pos - 40), pos))

    def tied(pos: int) -> tuple[bool | None, int]:
        """True: someone's care; False: the writer's, an event's or a forum's (the frame, a
        forum, a dated thing of the writer's, a networking event); None: nothing here says
        whose."""
        i = ctx.sentence_index(pos)
        if attr.in_frame(ctx, pos):
            return False, i
        if i in person_sentences or patients_day(pos, i):
            return True, i
        if _FORUM_DATE_BEFORE.search(lower, max(0, pos - 40), pos) or work_dated(lower, pos):
            return False, i  # "M&M (Dec 3)", "approved by the IRB on 1/14": no one's care
        event = ctx.nearest_event(pos, start=anchors.spans[i][0])
        own = _OWN_THING_BEFORE.search(lower, max(anchors.spans[i][0], pos - 50), pos)
        if own and not _CARE_WORD.search(own.group()):
            return False, i  # "s/p my board exam 10/2", "our MRN lookup tool went live 11/1"
        verb = date_shapes.CARE_VERB_BEFORE.search(lower, max(0, pos - 16), pos)
        # "The gentleman we discussed came back last tuesday; his wife said ...": the person
        # the next sentence goes on about, not the writer
        goes_on = verb is not None and anchors.person_next[i] and not _WRITER_DID.search(
            lower, max(0, verb.start() - 12), verb.start())
        if verb and not verb.group().startswith("on") and (
                anchors.patient[i] or anchors.care[i] or goes_on):
            return True, i  # "the patient we discussed was readmitted last night": the care's
        # "M&M: pt came from ..., leak recognized 11/4": a case told at a forum is the case's
        case_from = min(anchors.spans[i][0], max(0, pos - 60))
        if event == "networking" and not _CASE_TALK.search(lower, case_from, pos):
            return False, i  # "your talk at Grand Rounds on March 3", "after we spoke on ..."
        if not (anchors.patient[i] or anchors.care[i]) and SENDER_MEETS_CLINICIAN.search(
                lower, *anchors.spans[i]):
            return False, i  # "I saw Dr. Ng in the cath lab on Tuesday": the writer's meeting
        if anchors.person[i]:
            return True, i
        if anchors.patient[i]:
            # "Starting residency on June 24, I will have my own patient list": the sender's;
            # "The pt's son drove in to be there on the 14th - should I mention it?": the
            # patient's, told before the writer speaks of themselves
            if event == "patient" or not ctx.sender_is_subject(pos):
                return True, i
            s0 = anchors.spans[i][0]
            told_first = SENDER_SUBJECT.search(text, s0, pos) is None and any(
                s0 <= m.start() < pos and m.group("strong") for m in ctx.cue_matches)
            return told_first, i
        # "I" or "you" in the sentence says who writes, not whose the date is: unknown
        return (True if about_patients and not anchors.shield[i] else None), i

    vague = []
    unowned_dates = []  # dates nothing here ties to anyone, kept beside a record number
    for shape in [*date_shapes.dates(text, lower), *place_shapes.rooms(lower)]:
        if shape.type == "DATE" and _FORUM_AFTER.match(lower, shape.end):
            continue  # "2025-11-03 journal club", "11/14 M&M": the forum's date
        ok, i = tied(shape.start)
        if shape.type == "ROOM" and anchors.meeting[i] and not (
            anchors.patient[i] or anchors.care[i] or i in person_sentences
        ):
            continue  # "presenting the poster fri 3pm rm 204": where a talk or meeting is
        if shape.type == "ROOM" and not ok and (not anchors.shield[i] or shape.strong):
            ok = not attr.in_frame(ctx, shape.start)  # "the guy from room 1012": a ward bed
        # "he died in October": a vague date told of the care event itself is the patient's
        if ok and shape.weak and not (anchors.care[i] and date_shapes.CARE_VERB_BEFORE.search(
                lower, max(0, shape.start - 16), shape.start)):
            vague.append((shape, i))
        elif ok:  # a ward bed, a room with someone in it or a hospital day is a patient's
            out.add(shape.type, shape.start, shape.end, severity(i, shape.strong if shape.type ==
                    "ROOM" else patients_day(shape.start, i)))
        elif shape.type == "DATE" and ok is None:
            unowned_dates.append((shape, i))
    for shape in date_shapes.ages(lower):
        i = ctx.sentence_index(shape.start)
        if not attr.in_frame(ctx, shape.start) and not ownership.own_or_aggregate_age(
            ctx, shape.start, shape.end
        ):
            out.add("AGE", shape.start, shape.end, severity(i, anchors.person[i]))
    for shape in likeness.biometrics(lower):
        i = ctx.sentence_index(shape.start)
        if not attr.in_frame(ctx, shape.start):
            out.add("ID", shape.start, shape.end, severity(i, True))
    for shape in likeness.photos(lower):
        i = ctx.sentence_index(shape.start)
        if shape.weak and not (anchors.patient[i] or anchors.care[i]):
            continue  # "Dr. Lee sent his picture for the flyer": a colleague's own
        if " " not in lower[shape.start : shape.end] and not (
            anchors.patient[i] or anchors.person[i]
        ):
            continue  # "thanks for the selfie from the gala": whose, nothing says
        if not attr.in_frame(ctx, shape.start):
            out.add("PHOTO", shape.start, shape.end, severity(i, anchors.person[i]))
    for shape in found_places:
        i = ctx.sentence_index(shape.start)
        residence = _RESIDENCE.search(lower, max(0, shape.start - 30), shape.start)
        if residence and _OWN_HOME.search(lower, max(0, residence.start() - 25), residence.start()):
            residence = None  # "did you like living in Visalia", "I live in Clovis"
        if residence and residence.group().startswith("home") and not (
                anchors.patient[i] or anchors.person[i] or anchors.care[i]):
            if _FACILITY_HOME.search(lower, max(0, residence.start() - 12), residence.start()):
                residence = None  # "The nursing home in Clovis hosts our didactics"
            elif ctx.sender_is_subject(shape.start) or not (message_about_patient
                                                            or any(anchors.person)):
                continue  # "Back home in Kingsburg for the holidays!": the writer's own
        if shape.weak and not (anchors.care[i] or anchors.patient[i]):
            continue  # "she's from Fresno" about a colleague
        if not anchors.patient[i] and _PROFESSIONAL_SUBJECT.match(lower, anchors.spans[i][0]):
            continue  # "Dr. Okeke is moving back to Laton": where a colleague lives
        if attr.in_frame(ctx, shape.start) or attr.labelled_line(ctx, shape.start) or (
            anchors.shield[i] and not anchors.patient[i] and not residence
        ):
            continue
        if not residence and (
            _WORKPLACE_BEFORE.search(lower, ctx.sentence_span(shape.start)[0], shape.start)
            or _WORKPLACE_AFTER.match(lower, shape.end)
        ):
            continue  # "Dr. Kim's new office is in Suite 210, 2335 E Kashian Ln"
        out.add("LOCATION", shape.start, shape.end, severity(i, bool(residence)))
    if message_about_patient:
        for m in _LOWER_TOWN.finditer(lower):
            # "pt went back to lemoore last thurs", "she's from tulare county": a town typed in
            # lower case, a word no English list knows, where the sentence is about a patient
            i = ctx.sentence_index(m.start())
            word = m.group("town")
            if not (anchors.patient[i] or anchors.care[i]) or zipf(word) > 0 or (
                    word.upper() in CARE_SETTINGS or name_words.medical_word(word)):
                continue
            out.add("LOCATION", m.start("place"), m.end("place"), ERROR)
    for shape in shapes.contacts(text):
        i = ctx.sentence_index(shape.start)
        tied_here = anchors.patient[i] or i in person_sentences
        owner = ownership.contact_owner(ctx, shape.start, tied_here)
        value = text[shape.start : shape.end]
        if owner == "professional" or (owner is None and ownership.institutional(value)):
            continue
        personal = ownership.personal_host(value) and about_patients
        tied_here = tied_here or anchors.person[i] or anchors.care[i]
        if not tied_here and owner != "patient" and not personal and shape.type != "IP_ADDRESS":
            # a link or number in a message about no one: nothing says it is a patient's (an
            # IP address is no one's networking detail: a warning whoever's it is)
            continue
        kind = "FAX" if shape.type == "PHONE" and "fax" in lower[max(0, shape.start - 40) :
                                                                shape.start] else shape.type
        out.add(kind, shape.start, shape.end, severity(i, owner == "patient"))
    for shape in [*shapes.ssns(text, lower), *shapes.labelled_codes(text, lower, labels)]:
        i = ctx.sentence_index(shape.start)
        if attr.in_frame(ctx, shape.start):
            continue
        if not shape.strong and anchors.shield[i] and not anchors.patient[i]:
            continue
        out.add(shape.type, shape.start, shape.end, ERROR if shape.strong else severity(i))
    _other_mentions(ctx, out, flagged_words)
    busy = {ctx.sentence_index(a) for a, _ in out.taken} | {
        ctx.sentence_index(item[0]) for item in out.items
    }
    for shape, i in vague:
        if i in busy:
            out.add(shape.type, shape.start, shape.end, severity(i))
    # "insulin pump SN: MM780G-44127 alarmed overnight", "a nonagenarian from Huron presented in
    # mid-July": beside another identifier, a date nothing else attributes is identifying too (a
    # warning: nothing says whose)
    for shape, i in unowned_dates:
        if i in busy:
            out.add(shape.type, shape.start, shape.end, WARNING)
    return out.resolve()


def _skip_lead_words(text: str, start: int, end: int) -> int:
    """Drop a sentence's opening word that is no part of a name ("Readmitted", "Sent")."""
    word = text[start:end].split(" ", 1)[0]
    if " " in text[start:end] and name_words.not_a_name_word(word):
        return start + len(word) + 1
    return start


def _other_mentions(ctx: MessageContext, out: _Collector, words: set[str]) -> None:
    """Once "Oyelaran" is flagged, its other mentions are the same person."""
    text = ctx.text
    for word in words:
        word = word.strip(".,;:!?()'\"").removesuffix("'s")
        if len(word) < 3 or not word[:1].isupper():
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            if not attr.in_frame(ctx, m.start()):
                out.add("NAME", m.start(), m.end(), WARNING)
