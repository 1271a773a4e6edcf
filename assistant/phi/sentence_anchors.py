"""What each sentence is about: a patient, someone's care, a third person, or the sender's
and reader's own networking. Read once per message, so each name or identifier is judged by
the sentence it sits in rather than by words searched around it again and again.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from assistant.phi import kin, presenting, pronoun_owners
from assistant.phi.attribution import ROLE, SECOND_PERSON, THIRD_PERSON
from assistant.phi.colleague_family import colleague_pronoun_owner, relative_is_colleague
from assistant.phi.context import MessageContext
from assistant.phi.date_shapes import MONTH_NAME
from assistant.phi.lexicon import (
    AFFILIATION,
    CARE_EVENT_VERBS,
    NOT_TO_A_BODY,
    SENDER_PRESENTS,
    WARD_PROCEDURE_VERBS,
)
from assistant.phi.no_patient import about_no_patient, denied, scare_quoted
from assistant.phi.subjects import MOTION_VERB, thing_subject
from assistant.text import pronouns as pronoun_words
from assistant.text.gated import gated
from assistant.text.patterns import lazy
from assistant.text.pronouns import pronouns

_EXAM = gated(
    r"\b(?:step\s*\d|boards?|exams?|usmle|comlex|ite|shelf|mcat|test)\b", words=False)
_ROLE_NOUN = gated(
    rf"(?=\w)\b(?:the|our|my|your|a|an)\s+(?:[\w-]+\s+){{0,2}}{ROLE}(?:['\u2019]s)?\b"
    r"(?!\s+(?:with|w/|who\s+(?:has|had|was|is))\b)", words=False)
# What a resident asks a colleague for: "LOR request", "letter of recommendation", "intro".
_ASKS = gated(
    r"(?=\w)\b(?:lor|letters?\s+of\s+rec\w*|recommendation\s+letter|request|intro(?:duction)?|"
    r"shadowing|mentorship|advice|elective|observership|opportunit(?:y|ies)|position|"
    r"application|interest(?:ed)?\s+in)\b"
)
_NOT_OWNED = ("kid", "grandkids", "grandkid", "guardian", "stepmother", "stepfather")
RELATIVE_OWNED = gated(
    rf"(?=\w)\bthe\s+(?:{kin.alternation(kin.CHILDREN, kin.SPOUSES, kin.PARENTS)}|"
    rf"{kin.alternation(kin.NIECES_NEPHEWS, kin.GRANDCHILDREN, kin.GRANDPARENTS)}|"
    rf"{kin.alternation(kin.GRANDPARENTS_FAMILIAR)})\b"
    r"(?![-\u2010-\u2014]|\s+of\s+(?:my|our|your|dr)\b)|"
    rf"\b(?:his|her|their|pt'?s|patient'?s)\s+(?:\w+\s+)?(?:"
    rf"{kin.alternation(kin.CHILDREN, kin.SPOUSES, kin.PARTNER, kin.PARENTS, kin.SIBLINGS)}|"
    rf"{kin.alternation(kin.NIECES_NEPHEWS, kin.GRANDCHILDREN, kin.AUNTS_UNCLES, kin.FAMILY)}|"
    rf"{kin.alternation(kin.KIDS, kin.CARERS, kin.STEP, drop=_NOT_OWNED)}|"
    rf"{kin.alternation(kin.GRANDPARENTS)})\b"
    r"|\bfamily\s+of\b|\bthe\s+family\b"
)
# "wife keeps calling", "daughter wants him home": a relative with no owner word opening a
# sentence, as ward shorthand and text-speak drop it (not "wife and I"); matched at its start.
_BARE_RELATIVE = gated(
    rf"[\s>*-]*(?:{kin.alternation(kin.CLOSE, kin.NIECES_NEPHEWS, kin.FAMILY, kin.GRANDCHILDREN)})"
    r"\s+(?!and\b|&|of\b|is\s+(?:doing\s+)?well|says\s+hi|sends\b)[a-z]"
)
_CLAUSE_COMMA = lazy(r"[,;]")
# What is done to or measured on a person's body: "his scope", "her NG", "her labs".
_CARE_OBJECT = (
    r"(?:scope(?!\s+of)|ng|og|iv|picc|foley|drain|stent|labs|biopsy|scan|ct|mri|cxr|echo|"
    r"cath|surgery|dialysis|hd|chemo|meds|pills|a1c|inr|cultures|wound|fracture|trach|peg|"
    r"g-?tube|ostomy|o2|sats|vitals|potassium|creatinine|lactate|troponin|diagnosis|dx|"
    r"prognosis|seizures?|delirium|sepsis|crisis|bleed|pneumonia|infection|admission|"
    r"discharge|transfusion|intubation|extubation|code|arrest|overdose)"
)
# ... unless it is someone's work on it: "her sepsis research", "his echo lab".
_WORK_NOUN = (r"(?:research|lab|talk|lecture|project|study|studies|work|team|clinic|program|"
              r"bundle|protocol|pathway|audit|initiative|outcomes|poster|abstract|slides|"
              r"group|paper|fellowship|rotation|shift|service|rounds|expertise|interest|course|"
              r"curriculum|elective|skills|training|experience|grant|data)\b")
# Things that happen to a patient: a date or a rare name next to them is a patient's.
_CLINICAL = gated(
    rf"(?=\w)\b(?:{CARE_EVENT_VERBS}|(?<!i\s)(?<!we\s)passed(?!\s+(?:step|the|my|our|boards?|"
    r"exams?|usmle|comlex))|readmit\w*|bounced\s+back|"
    # (not "the consent templates", "our consent workshop": the writer's work on consent)
    r"consent\w*(?!\s+(?:templates?|polic(?:y|ies)|language|process|modules?|training|"
    r"workshops?|curricul\w+|lectures?|sessions?|projects?|audits?))|"
    r"went\s+home|sent\s+home|is\s+home|back\s+home|home\s+to|hospice|rehab|biopsy|pressors|"
    r"transplant|(?:he|she|pt|patient)\s+(?:then\s+|later\s+)?developed|found\s+down|unresponsive|overdose|goc|family\s+meeting|recovering|eating|"
    rf"walks|walking|seeing\s+(?!me\b|us\b|you\b)|bedside|cared|co-?managed|came\s+in|brought\s+in|"
    # "the niece drives him in", "his son drove her in": a person brought to care
    rf"(?:drives|drove|driving|drive)\s+(?:him|her|them)\s+in|discharge[ds]|admit(?:ted|s)?{NOT_TO_A_BODY}|"
    # "presented on Thanksgiving Day with hematemesis": a presentation with a complaint
    r"transferr?ed|presented\s+(?:to|with|on\s+\d+|on\s+[^.;\n]{1,30}?\s+with\b)|seen|f/u|"
    r"boarded|the\s+fall|death|"
    # ward shorthand for procedures done to someone: "cathed Reyes fri", "Pham scoped 3/2"
    rf"{WARD_PROCEDURE_VERBS}|tubed|cardioverted|transfused|biopsied|"
    r"family\s+mtg|d/?c'?d|d/c|"
    r"rapid\s+response|code\s+blue|transfer\s+to\s+(?:the\s+)?[a-z]*icu|"
    # a timeline entry: "10/2 ED at ...", "4/5 fall", "2/13 readmit", "10/5 code", "sept 9 fall"
    rf"(?:(?<![\d/])\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|(?:{MONTH_NAME}|may)\.?\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?)\s*[:\-\u2013]?\s*(?:ed|er|icu|admit\w*|readmit\w*|"
    r"transfer\w*|code|fall|d/?c|discharge\w*|intubat\w*|extubat\w*|biopsy|death|died|arrest|"
    r"orif|surgery)|"
    # "the OSH sent her to us": a person transferred
    r"sent\s+(?:him|her|them)\s+(?:to\s+us|over|in)|"
    # a third person's own care: "had his scope", "pulled her NG", "whose sickle cell crisis
    # was complicated by", "is the one on BiPAP", "dc summary", "X then developed C. diff"
    # (not "her sepsis research", "his sepsis bundle data": someone's work on it)
    rf"(?:his|her|whose)\s+(?:[a-z]+\s+){{0,2}}{_CARE_OBJECT}\b(?!\s+(?:[a-z]+\s+)?{_WORK_NOUN})|"
    r"(?:is|was|still|now|back|been)\s+(?:the\s+one\s+)?on\s+(?:the\s+)?(?:bipap|cpap|pressors|hi-?flow|"
    r"high-?flow|the\s+vent|vent|levo|ecmo|crrt|dialysis|hospice)|"
    r"complicated\s+by|(?:dc|d/c|discharge)\s+summary|goals\s+of\s+care|spiked|"
    # "he came back septic", "she's back with a GI bleed": a return to care
    r"came\s+back|(?:is|he['\u2019]s|she['\u2019]s)\s+back\s+(?:with|in)|"
    r"(?<!\bwe\s)(?<!\bi\s)(?<!\bthey\s)then\s+developed|"
    r"(?P<where>(?:in|to|from)\s+the\s+(?:ed|er|icu|picu|micu|nicu|ccu|or|pacu|ward)))\b"
)
# "back home in Bakersfield for thanksgiving - ... when I'm back": a homecoming the writer tells
# of, or with no subject named, is no one's care when no one else is spoken of in the sentence
_HOME_CUE = lazy(r"(?:back|is)\s+home|home\s+to")
_WRITER_SUBJECT = pronouns(pronoun_words.FIRST_PERSON_SUBJECT, folded=True)
# "We admitted 14 patients on the 14th", "most STEMIs transferred from ...": care told of a
# counted group, no one person (unless one of them is singled out)
COUNTED_GROUP = gated(
    r"\b(?:\d+|most|many|all|several|dozens|hundreds|lots|half|some|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|a\s+dozen)\s+(?:of\s+)?(?:our\s+|the\s+|"
    r"these\s+|those\s+)?(?:new\s+)?(?:patients|pts|admissions|cases|transfers|consults|stemis|"
    r"strokes|kids|babies|veterans|referrals)\b", words=False)
_ONE_OF_THEM = gated(r"\bone\s+(?:of\s+(?:them|those|these)|who)\b", words=False)
# Clinical topics: a sign of a patient only where the sender is not talking about their own work.
CLINICAL_TOPIC = gated(
    r"(?=\w)\b(?:vent|echo|ct|mri|fx|dka|sepsis|septic|ama|surgery|cath|pacemaker|icd|lvad|chemo|"
    r"infusions?|o2|dialysis|wound|tumor|cancer|pna|uti|mets|pleurx|trach|rash|fever|bleed|"
    # a result with its value: "a lactate of 6", "troponin 0.4"
    r"(?:lactate|troponin|trop|creatinine|cr|potassium|sodium|hemoglobin|hgb|wbc|inr|a1c)"
    r"\s+(?:of\s+|was\s+|is\s+|=\s*|(?:down|up)\s+to\s+|peaked\s+at\s+)?\d|"
    r"pregnan\w*|g\dp\d|tsh|labs)\b", words=False)
# "our patient ambassador Jamal", "the patient navigator, Keisha": "patient" names a staff role
_STAFF_AFTER_PATIENT = gated(
    r"\s+(?:experience\s+|relations\s+|care\s+|services\s+|family\s+)?(?:ambassadors?|advocates?|"
    r"liaisons?|navigators?|representatives?|reps?|coordinators?|escorts?|transporters?|"
    r"sitters?|managers?|volunteers?)\b"
)
_OPENS_THIRD = lazy(r"\s*(?:he|she|his|her)\b")
_SHIELD_EXTRA = gated(
    r"(?=\w)\b(?:published|publication|accepted|submitted|manuscript|journal|paper|cv|grant|irb|"
    r"elective|block|shift|nights|wards|clinic\s+(?:mon|tue|wed|thu|fri)|schedule|slides|"
    r"office\s+hours|birthday|step\s+\d|boards|exam|vacation|month|rotation|fellowship|"
    r"linkedin|instagram|twitter|research\s+day|data|study|trial|cohort|registry|review|"
    r"\d{1,2}(?::\d\d)?\s?(?:am|pm)|lor|letters?\s+of\s+rec\w*|recommendation\s+letter|"
    r"request|shadowing|qi|quality\s+improvement|project|agenda)\b"
)
_FIRST_PERSON = pronouns(pronoun_words.FIRST_PERSON, folded=True)
# A room or bed says where, not who: not by itself a sign that a sentence is about a patient.
_WARD_CUE = lazy(r"(?:in\s+)?(?:bed|room)\b")
# Forums about patients' cases: talk of them is not the sender's own networking.
CASE_FORUM = lazy(r"m&m|case reports?|case series|morning report|tumor board")


def tells_of_care(lower: str, start: int, end: int) -> bool:
    """Does `lower[start:end]` tell of an event of someone's care ("he came back septic")?"""
    return _CLINICAL.search(lower, start, end) is not None


@dataclass
class Sentences:
    """Per-sentence anchors: patient cues, third-person talk, the sender's own networking."""

    patient: list[bool] = field(default_factory=list)
    # ... by a patient cue ("pt", "admitted", "the patient") rather than by a relative's word
    cued: list[bool] = field(default_factory=list)
    person: list[bool] = field(default_factory=list)
    # the next sentence opens "he/she", or goes on without a subject after a question
    person_next: list[bool] = field(default_factory=list)
    care: list[bool] = field(default_factory=list)  # an event of someone's care ("extubated")
    shield: list[bool] = field(default_factory=list)  # the sender's or reader's own talk
    event: list[bool] = field(default_factory=list)  # ... about a networking event or work
    meeting: list[bool] = field(default_factory=list)  # ... naming a meeting, talk, lunch, call
    clinician: list[bool] = field(default_factory=list)  # opens with a clinician by title
    spans: list[tuple[int, int]] = field(default_factory=list)


def _groups(ctx: MessageContext) -> list[tuple[int, int]]:
    """Sentences, with a hard-wrapped line joined to the one it continues ("Your grand rounds
    \nyesterday on ..."): a line that ends without punctuation before a single line break."""
    text, starts = ctx.text, ctx.sentence_starts
    spans: list[tuple[int, int]] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        before = text[max(0, start - 2) : start]
        prev = text[max(0, start - 3) : start].rstrip()
        wrapped = (
            i > 0 and before.endswith("\n") and not before.endswith("\n\n")
            and prev[-1:].isalnum() and text[start : start + 1].islower()
        )
        if wrapped and spans:
            spans[-1] = (spans[-1][0], end)
        spans.append((spans[-1][0], end) if wrapped and spans else (start, end))
    # every member of a joined group gets the whole group's span
    for i in range(len(spans) - 2, -1, -1):
        if spans[i + 1][0] == spans[i][0]:
            spans[i] = spans[i + 1]
    return spans


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does a span of `spans` (sorted) lie inside [start, end)?"""
    i = bisect_left(spans, (start, -1))
    return i < len(spans) and spans[i][1] <= end


def _all_within(
    cues: list[tuple[int, int, bool, bool, str]], start: int, end: int
) -> list[tuple[int, bool, bool, str]]:
    """Start, flags and words of every cue (sorted, not overlapping) inside [start, end)."""
    i = bisect_left(cues, (start, -1, False, False, ""))
    out = []
    while i < len(cues) and cues[i][1] <= end:
        out.append((cues[i][0], *cues[i][2:]))
        i += 1
    return out


def _patients_relative(text: str, lower: str, start: int, end: int) -> bool:
    """A relative owned by someone who may be a patient: not "his wife" when "his" is the
    clinician named just before ("Prof. Ames speaks Friday. His wife is joining the dinner"),
    nor one named as staff ("his brother Ignatius (our chief)")."""
    return any(not (m.group().startswith(("his", "her"))
                    and colleague_pronoun_owner(text, m.start(), m.end()))
               and not relative_is_colleague(text, m.end())
               for m in RELATIVE_OWNED.finditer(lower, start, end))


def sentence_anchors(ctx: MessageContext) -> Sentences:
    lower = ctx.lower
    out = Sentences()
    out.spans = _groups(ctx)
    role_before = False
    # each cue family is matched once over the whole text, then looked up per sentence
    strong_cues = [
        (m.start(), m.end()) for m in ctx.cue_matches
        if m.group("strong") and not _WARD_CUE.match(m.group())
        and not (m.group() == "presenting" and not lower.startswith(" with", m.end()))
        and not SENDER_PRESENTS.search(lower, max(0, m.start() - 24), m.start())
        and not (m.group().startswith("present") and presenting.is_talk(
            lower, m.start(), m.start() + len(m.group().split()[0]), ctx.sentence_span(m.start())))
        and not scare_quoted(lower, m.start(), m.end()) and not denied(lower, m.start(), m.end())
        and not _STAFF_AFTER_PATIENT.match(lower, m.end())
    ]
    networking_cues = [(s, e) for s, e, kind in ctx.event_positions
                       if kind == "networking" and not CASE_FORUM.fullmatch(lower, s, e)]
    clinical_cues = [(m.start(), m.end(), bool(m.group("where")), m.group() == "passed", m.group())
                     for m in _CLINICAL.finditer(lower)]
    for start, end in out.spans:
        cued = _within(strong_cues, start, end)
        patient = (cued
                   or _patients_relative(ctx.text, lower, start, end)
                   or _BARE_RELATIVE.match(lower, start, end) is not None
                   # "she's from tulare county, daughter drives her": a clause opening so
                   or (_BARE_RELATIVE.possible(lower) and any(
                       _BARE_RELATIVE.match(lower, c.end(), end)
                       and not pronoun_owners.CLERGY_TITLE.match(ctx.text, c.end())
                       for c in _CLAUSE_COMMA.finditer(lower, start, end))))
        networking = _within(networking_cues, start, end)
        event = bool(
            networking
            or AFFILIATION.search(lower, start, end)
            or _SHIELD_EXTRA.search(lower, start, end)
            or presenting.talk_in(lower, start, end)
        )
        # "a QI project on syncope in the ED": a ward named as the topic of the sender's own
        # work is no event in someone's care
        writer_only = None  # asked only when a homecoming needs it
        clinical = False
        for at, where, passed, cue in _all_within(clinical_cues, start, end):
            if (where and event) or (passed and _EXAM.search(lower, start, end)):
                continue  # "a QI project in the ED", "Step 3 done (passed!)": no one's care
            if _FIELD_OF_TRAINING.match(lower, at + len(cue)):
                continue  # "hospice fellowship", "an ICU rotation": a field the writer trains in
            if MOTION_VERB.match(cue) and thing_subject(ctx.text, start, at):
                continue  # "the order came in by March 15", "results came back": a thing's
            if cue.startswith("presented") and presenting.is_talk(lower, at, at + 9, (start, end)):
                continue  # "Dr. Osei presented on 12/4 in room 210": a talk
            if _HOME_CUE.fullmatch(cue):
                # the writer says so, or leaves the subject out ("Back home in Kingsburg for
                # the holidays!"), and no one else is spoken of
                if writer_only is None:
                    writer_only = (_WRITER_SUBJECT.search(lower, start, end) is not None or not
                                   lower[start:at].strip(" \t\n>*-")) and not (
                        THIRD_PERSON.search(lower, start, end) or _OPENS_THIRD.match(lower, end))
                if writer_only:
                    continue
            clinical = True
            break
        if clinical and COUNTED_GROUP.search(lower, start, end) and not (
                THIRD_PERSON.search(lower, start, end) or _ONE_OF_THEM.search(lower, start, end)):
            clinical = False
        shield = event or bool(
            _FIRST_PERSON.search(lower, start, end) or SECOND_PERSON.search(lower, start, end)
        )
        out.event.append(event)
        out.meeting.append(networking or bool(_ASKS.search(lower, start, end)))
        # "the chief's email ..., she wants", "A classmate, Kevin, did your track; his stories
        # from Kumasi ...": a pronoun for a colleague named by role here or just before
        role = bool(_ROLE_NOUN.search(lower, start, end))
        colleague = not clinical and not patient and (role or (
            role_before and not out.patient[-1] and not out.care[-1]))
        role_before = role
        owners = pronoun_owners
        no_care = not clinical and not patient
        clinician = no_care and owners.about_a_clinician(ctx.text, lower, start, end)
        out.clinician.append(clinician)
        # "She presented at the chapter meeting", "Dr. Osei presented with her co-fellow": the
        # pronouns speak of whoever gives the talk
        third = bool(THIRD_PERSON.search(lower, start, end)) and not colleague and not (
            presenting.pronouns_of_presenter(lower, start, end)
            # "Ruben (my son) has a play on 12/3 and his teacher ...": the writer's own family
            or (no_care and owners.OWN_RELATIVE.search(lower, start, end) is not None)
            # "Farida moved to Portland and loves her new program": every pronoun owns a
            # trainee's or a clinician's work, so speaks of one
            or (no_care and owners.professional_pronouns(lower, start, end))
            # "Prof. Lindahl celebrated her 75th birthday": the clinician the sentence opens
            # with, and names no one else
            or (clinician and owners.possessives_of_things(lower, start, end)))
        person = bool(
            third or clinical
            or (not shield and CLINICAL_TOPIC.search(lower, start, end))
        )
        if about_no_patient(lower, start, end):
            patient = person = clinical = cued = False
        out.care.append(clinical)
        out.person_next.append(bool(_OPENS_THIRD.match(lower, end)))
        out.patient.append(patient)
        out.cued.append(cued)
        out.person.append(person)
        out.shield.append(shield)
    _questions_told_next(ctx, out)
    return out


# A care word naming the field of a training post: "hospice fellowship", "ICU rotation"
_FIELD_OF_TRAINING = lazy(
    r"(?:\s+(?:and\s+)?[a-z]+)?\s+(?:fellowships?|residency|residencies|rotations?|electives?|"
    r"tracks?|training|curriculum|faculty|program|boards?)\b")


# A subject dropped as ward shorthand does: the sentence opens with a lower-case word that is
# no pronoun, article or the writer ("extubated at 6", "pulled her NG again").
_NO_SUBJECT = lazy(
    r"[ \t\n>*-]*(?!(?:i|we|you|he|she|they|it|this|that|these|those|the|a|an|my|our|your|"
    r"there|what|who|how|why|when|where|which|pls|please|thanks|thx|lol|ok|no|yes)\b)[a-z]"
)


# A record's label opening a sentence, in capitals: "MRN reads ...", "DOB is ..."
_RECORD_OPENS = lazy(r"\s*[A-Z]{2,5}\b")


_ROWS_READ = 40  # a header's block is read this many rows at most, so long texts stay linear


def _rows_tell_care(text: str, out: Sentences, first: int) -> bool:
    """Does a row of the block starting at sentence `first` (up to a blank line) tell of care?"""
    block_end = text.find("\n\n", out.spans[first][0])
    block_end = len(text) if block_end < 0 else block_end
    j = first
    while j < min(len(out.spans), first + _ROWS_READ) and out.spans[j][0] < block_end:
        if out.care[j]:
            return True
        j += 1
    return False


def _questions_told_next(ctx: MessageContext, out: Sentences) -> None:
    """"(7:44) Jonah: Abernathy? extubated at 6", "can you see Okafor? family is asking", "the
    wristband for Holloway? MRN reads ...": a question naming someone, then care told with its
    subject left out, a relative with no owner word or a patient's record, goes on about the one
    asked after; so does a header line ("Timeline for Haverford:") over rows that tell of care."""
    text, lower = ctx.text, ctx.lower
    for i in range(len(out.spans) - 1):
        start, end = out.spans[i]
        next_start, next_end = out.spans[i + 1]
        if next_start == start:
            continue
        said = text[start:end].rstrip()
        if said.endswith(":") and "\n" in text[end - 1 : next_start + 1]:
            out.person_next[i] = _rows_tell_care(text, out, i + 1)
        elif said.endswith("?") and (
                (out.care[i + 1] and _NO_SUBJECT.match(text, end))
                or _BARE_RELATIVE.match(lower, end, next_end)
                or (out.patient[i + 1] and _RECORD_OPENS.match(text, end))):
            out.person_next[i] = True
