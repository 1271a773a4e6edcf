"""Whose is it? An identifier-shaped span is a patient's until something says otherwise.

Non-patients are recognised positively: the correspondents (greeting, signature, the request's
sender and contact), clinicians and staff by title or role ("Dr.", "MD", "our coordinator
Karen"), authors and speakers, institutions and events (a capitalised run with "Health",
"Conference"...), and the dates, cities, rooms and links of a sentence about the sender's own
networking (a meeting, a talk, a poster, "I", "you") that says nothing of a patient. What is
left is a finding: an `error` when the sentence ties it to a patient or their family, a
`warning` when nothing says whose it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from assistant.phi.context import MessageContext
from assistant.phi.lexicon import (
    AFFILIATION,
    CARE_EVENT_VERBS,
    SENDER_PRESENTS,
    WARD_PROCEDURE_VERBS,
    about_no_patient,
    scare_quoted,
)
from assistant.text import pronouns as pronoun_words
from assistant.text.names import DEGREES, name_fold
from assistant.text.pronouns import pronouns

_ROLE = (
    r"(?:chief(?:\s+resident)?|coordinator|manager|nurse|attending|fellow|mentor|pd|apd|pi|"
    r"director|chair|dean|colleague|co-?resident|intern|resident|preceptor|advis[eo]r|"
    r"supervisor|scientist|researcher|author|speaker|presenter|moderator|editor|librarian|"
    r"secretary|assistant|administrator|navigator|pharmacist|therapist|physician|surgeon|"
    r"doctor|hospitalist|faculty|professor|instructor|lead|head|officer|facilitator|"
    r"chaplain|interpreter|scribe|team|staff|np|pa|rn|md|consultant|educator|specialist|"
    r"counselor|social\s+worker|dietitian|doula|midwife|tech|technician|student|classmate|"
    r"mentee|trainee|co-?intern|colleague)s?"
)
_EXAM = re.compile(r"\b(?:step\s*\d|boards?|exams?|usmle|comlex|ite|shelf|mcat|test)\b")
_ROLE_NOUN = re.compile(
    rf"(?=\w)\b(?:the|our|my|your|a|an)\s+(?:[\w-]+\s+){{0,2}}{_ROLE}(?:['\u2019]s)?\b"
    r"(?!\s+(?:with|w/|who\s+(?:has|had|was|is))\b)"
)
_CLINICIAN_BEFORE = re.compile(
    r"\b(?:drs?|doctors?|prof|professors?|dean|nurse|chaplain|rev|coach)\.?\s*"
    # "Dr. van der Berg", "Dr. de la Cruz": particles of a surname after the title
    r"(?:(?:van|von|der|den|de|la|le|da|del|della|di|du|dos|das|bin|ibn|al|el|ter|ten)\s+){0,2}"
    r"(?:[\w'\u2019-]+\s+)?$"
    # "our coordinator Karen", "a GI fellow here, Leah Cohen", "a student I supervise, Omar"
    rf"|\b{_ROLE}(?:\s+(?:here|there|of\s+mine|of\s+ours|(?:i|we|you)\s+[a-z]+))?"
    r"\s*[,:(]?\s*(?:(?:dr|mr|mrs|ms|mx|miss)\.?\s*)?$"
    # "trained at Johns Hopkins", "residents working in Rwanda": a workplace
    r"|\b(?:trained|training|trains|works?|working|worked|residents?|residency|fellowship|"
    r"fellows?|interns?|pgy-?\d|students?|faculty|studied|graduated|matched|rotating|rotation|"
    r"based|practices?|practicing|attendings?|hospitalists?|professor|volunteer(?:ed|ing)?|pd|"
    r"apd|chief|director|chair|overlapped|rotated)"
    r"\s+(?:\w+\s+)?(?:at|from|in)\s+(?:the\s+)?$"
    # "did you ever work with Ravi Subramanian": a colleague
    r"|\b(?:work|worked|working|trained|train|rotated?|collaborat\w+|research\w*|overlapped)"
    r"\s+with\s+$"
    # "I covered nights with Sam", "took call with Ahmed": the writer's shift partner
    r"|\b(?:cover(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,2}|(?:took|take|taking)\s+(?:home\s+)?call\s+)"
    r"with\s+$"
)
_CREDENTIAL = (
    r"(?:" + "|".join(sorted((re.escape(d) for d in DEGREES | {"msn", "lcsw", "bsn", "faap"}),
                             key=len, reverse=True)) + r")\b"
)
# Praise that says what a colleague is: "Priya in the NICU was a great teacher", "Sam on
# nights was my favorite senior", and the same in a list line about a colleague ("Lopez, Maria -
# great teacher, ran our journal club", "Park, Daniel - PGY3, my senior"). A praise word or the
# writer's possessive is required, so a patient's trade ("Maria, a retired teacher") stays found.
_PRAISE = (
    r"(?:great|amazing|wonderful|fantastic|terrific|excellent|incredible|awesome|outstanding|"
    r"phenomenal|brilliant|superb|patient|kind|generous|favou?rite|best|true|real)"
)
_WHAT_A_COLLEAGUE_IS = (
    rf"(?:(?:my|our)\s+(?:[\w-]+\s+){{0,2}}|(?:a|an|the)\s+(?:[\w-]+\s+)?{_PRAISE}\s+"
    rf"(?:[\w-]+\s+)?|{_PRAISE}\s+(?:[\w-]+\s+)?)"
    rf"(?:{_ROLE}|seniors?|teachers?|role\s+models?|co-?chiefs?)\b"
)
_PRAISED_AFTER = re.compile(
    r"(?:\s+(?:in|on|from|at)\s+(?:the\s+)?[\w&-]+(?:\s+[\w&-]+)?)?"
    rf"\s+(?:is|was|has\s+been)\s+{_WHAT_A_COLLEAGUE_IS}"
    r"|(?:\s*,\s*[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)?\s*[-\u2013\u2014:]\s*"
    rf"(?:{_WHAT_A_COLLEAGUE_IS}|(?:co-?)?chief\b|pgy-?\d|(?:my|our)\s+co-?(?:resident|intern)s?\b)"
)
_ROLE_AFTER = re.compile(
    rf"\s*(?:[,(]\s*|\s+)(?:(?:our|my|your|the|a|an|his|her)\s+(?:[\w'\u2019-]+\s+){{0,2}}{_ROLE}\b"
    # "Priya, the grad student with the pheo": described by an illness, a patient
    r"(?!\s+(?:with|w/|who\s+(?:has|had|was|is))\b)"
    rf"|{_CREDENTIAL}|pgy-?\d|ms-?[1-4]\b|m[1-4]\b|intern\b|resident\b|fellow\b)"
    r"|\s*,\s*who\s+(?:also\s+|now\s+|still\s+)?(?:trained|trains|works|worked|teaches|taught|"
    r"runs|ran|leads|led|chairs|directs|practices|practiced|rotated|studied|precepts|mentors|"
    r"supervises|graduated|matched|presented|spoke|lectured|precepted|mentored|supervised|taught)\b"
    r"|(?:['\u2019]s)?\s+(?:lab|team|group|clinic|service|office|practice|research|talk|"
    r"lecture|paper|work|session|workshop)\b"
    r"|\s+(?:from|in|at)\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}(?:office|team|department|dept|lab|"
    r"program|committee|school)\b"
    r"|\s+(?:at|from)\s+the\s+(?:[\w-]+\s+){0,3}?(?:front\s+desk|reception|desk|"
    r"nurses'?\s+station|registration)\b"
    r"|\s+(?:in|from|on)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:pharmacy|nursing|informatics|social\s+work|"
    r"case\s+management|nutrition|respiratory|chaplaincy|admissions\s+office|it|billing|"
    r"palliative|hospice\s+team|(?:cardio|radio|patho|neuro|nephro|onco|pulmo|gastroentero|"
    r"hemato|endocrino|rheumato|dermato|uro)logy|anesthesia|surgery|ortho|peds|ob|ent|gi|id|"
    r"ir|quality|compliance|research|admin)\b(?!\s+(?:clinic|ward|unit|bed|room|icu))"
)
# "Thanks for covering my clinic Friday, Ahmed - I owe you!": the reader, named at a clause's end.
_THANKS_OPEN = re.compile(r"\s*(?:thanks|thank\s+you|congrats|congratulations|great\s+(?:seeing|"
                          r"meeting|to\s+see|to\s+meet))\b")
_VOCATIVE_AFTER = re.compile(r"\s*(?:[!?\u2014\u2013]|\s-\s|\.\s*$|$)")
# "Elena Vasquez at UCLA", "Kofi from Stanford Health": a colleague named with a workplace.
_AFFILIATED_AFTER = re.compile(
    r"\s+(?:at|from|of)\s+(?:the\s+)?(?:(?!(?:[PNMSC]?ICU|CCU|ED|ER|OR|PACU|SNF)\b)[A-Z]{2,6}\b|"
    r"(?:[A-Z][\w'\u2019&-]+\s+){0,3}"
    r"(?:University|Hospital|Health|Medical|Medicine|Clinic|College|School|Institute|Center))"
)
# What a resident asks a colleague for: "LOR request", "letter of recommendation", "intro".
_ASKS = re.compile(
    r"(?=\w)\b(?:lor|letters?\s+of\s+rec\w*|recommendation\s+letter|request|intro(?:duction)?|"
    r"shadowing|mentorship|advice|elective|observership|opportunit(?:y|ies)|position|"
    r"application|interest(?:ed)?\s+in)\b"
)
_OWN_PEOPLE_BEFORE = re.compile(
    r"\b(?:my|our|your)\s+(?:\w+\s+)?(?:partner|wife|husband|son|daughter|mom|mother|dad|father|"
    r"brother|sister|friend|roommate|fianc\w*|spouse|kids?|cousin|classmate|co-?resident)\s*,?\s*$"
)
_OWN_APPOSITION = re.compile(
    r"\s*[(,]\s*(?:my|our|your)\s+(?![^).,;]{0,30}\b(?:patients?|pts?)\b)"
)
_PRONOUNS_PAREN = re.compile(r"\s*\((?:he|she|they|ze|xe)/\w+(?:/\w+)?\)")
_CAP_TAIL = re.compile(r"(?:\s+[A-Z][\w'\u2019-]+){1,2}")
_LABEL_LEAD = re.compile(
    r"^[\s\-*]*(?:(?:authors?|presenters?|moderators?|speakers?|correspondence|corresponding\s+"
    r"author|contact|cc|acknowledg\w*|from|to|reviewers?|faculty|panel(?:ists)?|mentors?|"
    r"discussants?|attendees|participants|invitees|present|affiliations?)\s*:"
    r"|(?:we|the\s+authors)\s+(?:also\s+)?(?:thank|acknowledge)\s+(?!the\s+patient|our\s+patient)"
    r"|(?:we\s+)?(?:thank|acknowledge)\s+dr\b"
    # a subject line naming its sender or the introducer: "From Priya", "Intro via Dr. Kim"
    r"|(?:subject|re|fwd?)\s*:\s*(?:[\w-]+\s+){0,2}(?:from|via)\s+(?!(?:the|mrs?|ms|miss)[\s.])\S+(?:\s+\S+)?\s*(?:\(|$)"
    # "Re: 6 West nurse educator position - Janelle": a job or an ask, then who writes about it
    r"|(?:subject|re|fwd?)\s*:[^\n]{0,80}\b(?:position|job|role|opening|application|request|"
    r"intro(?:duction)?|interview|elective|opportunity|lor|letter)\s*[-\u2013\u2014:|]\s*"
    r"(?=[^\W\d_][\w'\u2019-]+(?:\s+[^\W\d_][\w'\u2019-]+)?\s*(?:\(|$)))"
)
_VOCATIVE = re.compile(
    r"(?:^|[\s,.!-])(?:thanks|thank\s+you|thx|hi|hello|hey|dear|congrats|congratulations|"
    r"welcome|good\s+(?:morning|afternoon)|great\s+(?:meeting|to\s+meet|to\s+see)\s+you)"
    r"(?:\s+(?:again|so\s+much|a\s+lot|a\s+ton|all))?\s*[,!]?\s*$"
)
_PLACE_PREP = re.compile(r"\b(?:in|at|from|to|near)\s+(?:the\s+)?$")
RELATIVE_OWNED = re.compile(
    r"(?=\w)\bthe\s+(?:daughter|son|wife|husband|mom|mother|dad|father|niece|nephew|grandson|"
    r"granddaughter|grandmother|grandfather|grandma|grandpa)\b(?![-\u2010-\u2014]|\s+of\s+(?:my|our|your|dr)\b)|"
    r"\b(?:his|her|their|pt'?s|patient'?s)\s+(?:\w+\s+)?(?:son|daughter|wife|husband|partner|"
    r"mom|mother|dad|father|brother|sister|niece|nephew|grandson|granddaughter|aunt|uncle|"
    r"family|kids|children|caregiver|proxy|stepdaughter|stepson|grandmother|grandfather)\b"
    r"|\bfamily\s+of\b|\bthe\s+family\b"
)
# "wife keeps calling", "daughter wants him home": a relative with no owner word opening a
# sentence, as ward shorthand and text-speak drop it (not "wife and I"); matched at its start.
_BARE_RELATIVE = re.compile(
    r"[\s>*-]*(?:wife|husband|daughter|son|mom|dad|mother|father|sister|brother|niece|nephew|"
    r"family|grandson|granddaughter)\s+(?!and\b|&|of\b|is\s+(?:doing\s+)?well)[a-z]"
)
# Things that happen to a patient: a date or a rare name next to them is a patient's.
_CLINICAL = re.compile(
    rf"(?=\w)\b(?:{CARE_EVENT_VERBS}|(?<!i\s)(?<!we\s)passed(?!\s+(?:step|the|my|our|boards?|"
    r"exams?|usmle|comlex))|readmit\w*|bounced\s+back|consent\w*|"
    r"went\s+home|sent\s+home|is\s+home|back\s+home|home\s+to|hospice|rehab|biopsy|pressors|"
    r"transplant|(?:he|she|pt|patient)\s+(?:then\s+|later\s+)?developed|found\s+down|unresponsive|overdose|goc|family\s+meeting|recovering|eating|"
    r"walks|walking|seeing\s+(?!me\b|us\b|you\b)|bedside|cared|co-?managed|came\s+in|brought\s+in|discharge[ds]|admit(?:ted|s)?|"
    r"transferr?ed|presented\s+(?:to|with|on\s+\d+)|seen|f/u|boarded|the\s+fall|death|"
    # ward shorthand for procedures done to someone: "cathed Reyes fri", "Pham scoped 3/2"
    rf"{WARD_PROCEDURE_VERBS}|tubed|cardioverted|transfused|biopsied|"
    r"family\s+mtg|d/?c'?d|d/c|"
    r"rapid\s+response|code\s+blue|transfer\s+to\s+(?:the\s+)?[a-z]*icu|"
    # a timeline entry: "10/2 ED at ...", "4/5 fall", "2/13 readmit", "10/5 code"
    r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*[:\-\u2013]?\s*(?:ed|er|icu|admit\w*|readmit\w*|"
    r"transfer\w*|code|fall|d/?c|discharge\w*|intubat\w*|extubat\w*|biopsy|death|died|arrest)|"
    r"(?P<where>(?:in|to|from)\s+the\s+(?:ed|er|icu|picu|micu|nicu|ccu|or|pacu|ward)))\b"
)
# Clinical topics: a sign of a patient only where the sender is not talking about their own work.
_TOPIC = re.compile(
    r"(?=\w)\b(?:vent|echo|ct|mri|fx|dka|sepsis|septic|ama|surgery|cath|pacemaker|icd|lvad|chemo|"
    r"infusions?|o2|dialysis|wound|tumor|cancer|pna|uti|mets|pleurx|trach|rash|fever|bleed|"
    # a result with its value: "a lactate of 6", "troponin 0.4"
    r"(?:lactate|troponin|trop|creatinine|cr|potassium|sodium|hemoglobin|hgb|wbc|inr|a1c)"
    r"\s+(?:of\s+|was\s+|=\s*)?\d|"
    r"pregnan\w*|g\dp\d|tsh|labs)\b"
)
_PRESENT_WORD = re.compile(r"\bpresent(?:ing|ed)?\b")
_OPENS_THIRD = re.compile(r"\s*(?:he|she|his|her)\b")
_THIRD_PERSON = pronouns(pronoun_words.THIRD_PERSON, folded=True)
_SHIELD_EXTRA = re.compile(
    r"(?=\w)\b(?:published|publication|accepted|submitted|manuscript|journal|paper|cv|grant|irb|"
    r"elective|block|shift|nights|wards|clinic\s+(?:mon|tue|wed|thu|fri)|schedule|slides|"
    r"office\s+hours|birthday|step\s+\d|boards|exam|vacation|month|rotation|fellowship|"
    r"linkedin|instagram|twitter|research\s+day|data|study|trial|cohort|registry|review|"
    r"\d{1,2}(?::\d\d)?\s?(?:am|pm)|lor|letters?\s+of\s+rec\w*|recommendation\s+letter|"
    r"request|shadowing|qi|quality\s+improvement|project|agenda)\b"
)
# The writer's own meeting with a clinician by title: "I saw Dr. Ng in the cath lab on Tuesday",
# "we met with Dr. Osei Friday" (not "Dr. Ng's patient", whose care it would be).
SENDER_MEETS_CLINICIAN = re.compile(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:saw|met|shadowed|joined|visited|caught\s+up|ran\s+into)"
    r"\s+(?:(?:with|up\s+with)\s+)?(?:drs?|prof|professor)\.?\s+[a-z][\w-]*+(?!['\u2019-])"
)
_SECOND_PERSON = pronouns(pronoun_words.SECOND_PERSON, folded=True)
_FIRST_PERSON = pronouns(pronoun_words.FIRST_PERSON, folded=True)
# A room or bed says where, not who: not by itself a sign that a sentence is about a patient.
_WARD_CUE = re.compile(r"(?:in\s+)?(?:bed|room)\b")
# Forums about patients' cases: talk of them is not the sender's own networking.
_CASE_FORUM = re.compile(r"m&m|case reports?|case series|morning report|tumor board")


_LINE_REACH = 400  # lines are looked at this far at most, so 1 MB of text stays linear


def line_start_of(text: str, pos: int) -> int:
    """Start of the line holding `pos` (a point inside it when the line is very long)."""
    lo = max(0, pos - _LINE_REACH)
    at = text.rfind("\n", lo, pos)
    return at + 1 if at >= 0 or lo == 0 else lo + 1


def line_end_of(text: str, pos: int) -> int:
    hi = min(len(text), pos + _LINE_REACH)
    at = text.find("\n", pos, hi)
    return at if at >= 0 else hi


@dataclass
class Sentences:
    """Per-sentence anchors: patient cues, third-person talk, the sender's own networking."""

    patient: list[bool] = field(default_factory=list)
    person: list[bool] = field(default_factory=list)
    person_next: list[bool] = field(default_factory=list)  # the next sentence opens "he/she"
    care: list[bool] = field(default_factory=list)  # an event of someone's care ("extubated")
    shield: list[bool] = field(default_factory=list)  # the sender's or reader's own talk
    event: list[bool] = field(default_factory=list)  # ... about a networking event or work
    meeting: list[bool] = field(default_factory=list)  # ... naming a meeting, talk, lunch, call
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
    cues: list[tuple[int, int, bool, bool]], start: int, end: int
) -> list[tuple[bool, bool]]:
    """The flags of every cue (sorted, not overlapping) that lies inside [start, end)."""
    i = bisect_left(cues, (start, -1, False, False))
    out = []
    while i < len(cues) and cues[i][1] <= end:
        out.append(cues[i][2:])
        i += 1
    return out


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
        and not scare_quoted(lower, m.start(), m.end())
    ]
    networking_cues = [(s, e) for s, e, kind in ctx.event_positions
                       if kind == "networking" and not _CASE_FORUM.fullmatch(lower, s, e)]
    clinical_cues = [(m.start(), m.end(), bool(m.group("where")), m.group() == "passed")
                     for m in _CLINICAL.finditer(lower)]
    for start, end in out.spans:
        patient = (_within(strong_cues, start, end)
                   or bool(RELATIVE_OWNED.search(lower, start, end))
                   or _BARE_RELATIVE.match(lower, start, end) is not None)
        networking = _within(networking_cues, start, end)
        event = bool(
            networking
            or AFFILIATION.search(lower, start, end)
            or _SHIELD_EXTRA.search(lower, start, end)
            or any(SENDER_PRESENTS.search(lower, max(start, m.start() - 24), m.start())
                   for m in _PRESENT_WORD.finditer(lower, start, end))
        )
        # "a QI project on syncope in the ED": a ward named as the topic of the sender's own
        # work is no event in someone's care
        clinical = any(
            not (where and event)
            # "Step 3 done (passed!)": an exam, not a death
            and not (passed and _EXAM.search(lower, start, end))
            for where, passed in _all_within(clinical_cues, start, end)
        )
        shield = event or bool(
            _FIRST_PERSON.search(lower, start, end) or _SECOND_PERSON.search(lower, start, end)
        )
        out.event.append(event)
        out.meeting.append(networking or bool(_ASKS.search(lower, start, end)))
        # "the chief's email ..., she wants", "A classmate, Kevin, did your track; his stories
        # from Kumasi ...": a pronoun for a colleague named by role here or just before
        role = bool(_ROLE_NOUN.search(lower, start, end))
        colleague = not clinical and not patient and (role or (
            role_before and not out.patient[-1] and not out.care[-1]))
        role_before = role
        third = bool(_THIRD_PERSON.search(lower, start, end)) and not colleague
        person = bool(
            third or clinical
            or (not shield and _TOPIC.search(lower, start, end))
        )
        if about_no_patient(lower, start, end):
            patient = person = clinical = False
        out.care.append(clinical)
        out.person_next.append(bool(_OPENS_THIRD.match(lower, end)))
        out.patient.append(patient)
        out.person.append(person)
        out.shield.append(shield)
    return out


# Header lines of a forwarded or quoted message: its correspondents and its dates.
HEADER_LINE = re.compile(r"^[ \t>]*(?:from|to|cc|bcc|date|sent|reply-to)[ \t]*:.*$",
                         re.IGNORECASE | re.MULTILINE)


def correspondents(ctx: MessageContext) -> set[str]:
    """The context's correspondents, less words that sit in a greeting's run-on sentence, plus
    the names on forwarded-message header lines ("From: Ada Okafor <...>")."""
    keep = {
        w.strip("<>\"',") for m in HEADER_LINE.finditer(ctx.text) for w in m.group().split()[1:]
        if w[:1].isupper()
    }
    signed = ctx.signature_start
    for word in ctx.correspondents:
        at = ctx.text.find(word)
        in_signature = signed is not None and ctx.text.find(word, signed) >= 0
        if at < 0 or at >= ctx.greeting_end or in_frame(ctx, at) or in_signature:
            keep.add(word)
    return {name_fold(w) for w in keep}


def in_frame(ctx: MessageContext, pos: int) -> bool:
    """Greeting (its first few words only), signature block or a forwarded message's header."""
    line_start = line_start_of(ctx.text, pos)
    if HEADER_LINE.match(ctx.text, line_start):
        return True
    if pos < ctx.greeting_end or line_start > 0:  # a greeting after a "Subject:" line too
        if _GREETED.match(ctx.lower[line_start:pos]) is not None:
            return True
        if pos < ctx.greeting_end:
            return False
    return ctx.in_frame(pos)


def is_professional_name(
    ctx: MessageContext, start: int, end: int, correspondents: set[str]
) -> bool:
    """A clinician, staff member, author, correspondent or institution, by title or role."""
    text, lower = ctx.text, ctx.lower
    if in_frame(ctx, start) or _signature_line(text, start, end) or _signed_inline(ctx, start, end):
        return True
    words = {name_fold(w.removesuffix("'s").removesuffix("\u2019s"))
             for w in text[start:end].split()}
    if words & correspondents:
        return True
    before = lower[max(0, start - 40) : start]
    if _CLINICIAN_BEFORE.search(before) or _VOCATIVE.search(before):
        return True
    if _OWN_PEOPLE_BEFORE.search(before) or _OWN_APPOSITION.match(lower, end):
        return True  # "my partner Sam", "Hank (my grandpa)": the sender's own people
    s_span = ctx.sentence_span(start)
    if (before.endswith(", ") and _VOCATIVE_AFTER.match(text, end)
            and (_SECOND_PERSON.search(lower, *s_span) or _THANKS_OPEN.match(lower, s_span[0]))
            and not _THIRD_PERSON.search(lower, *s_span)):
        return True
    pronouns = _PRONOUNS_PAREN.match(lower, end)  # "Kwame (he/him), PGY-2 EM"
    after = pronouns.end() if pronouns else end
    if _ROLE_AFTER.match(lower, after) or _AFFILIATED_AFTER.match(text, after):
        return True
    if _PRAISED_AFTER.match(lower, after) and not (
            CARE_OBJECT_BEFORE.search(before) or _PATIENT_WORD_BEFORE.search(before)):
        return True  # praised for what they are, unless care was done to them just before
    tail = _CAP_TAIL.match(text, end)  # "Hannah Park, MD": the run was cut at a common word
    if tail and tail.end() > end and _ROLE_AFTER.match(lower, tail.end()):
        return True
    s_start, _ = ctx.sentence_span(start)
    line_start = line_start_of(text, start)
    lead = _LABEL_LEAD.match(lower, max(s_start, line_start))
    return bool(lead) and (lead.end() <= end or not lower.startswith(("subject", "re", "fw"),
                                                                       lead.start()))


# In the greeting only the first few words name the reader ("Hi Dr. Lee, ..." not "hi - we
# cared for Mr. Tran together on Thanksgiving, ...").
_GREETED = re.compile(
    r"^\s*(?:dear|hi|hello|hey|good\s+\w+|greetings)\b[\s,-]*(?:(?:drs?|prof|professor|mr|mrs|ms|"
    r"mx)\.?\s*)?(?:[^\s,]+\s*){0,2}(?:(?:and|&)\s+(?:(?:dr|prof)\.?\s*)?(?:[^\s,]+\s*){0,2})?$"
)
# A name signed inline at the end of a short note: "... glad to connect. Maria Gomez",
# "Best, Anika Smith-Jones, MD", "- Marco D'Angelo, DO".
_INLINE_SIGN_OFF = re.compile(
    r"(?:(?:best|thanks|thank\s+you|regards|cheers|sincerely|warmly|respectfully)\s*[,!.]?"
    r"|[\u2013\u2014-]|[.!?])\s*$"
)
_REST_IS_CREDENTIALS = re.compile(
    rf"(?:[ \t]+[A-Z][\w'\u2019-]*)*(?:,?\s*(?i:{_CREDENTIAL})\.?)*\s*$"
)


def _signed_inline(ctx: MessageContext, start: int, end: int) -> bool:
    if not _REST_IS_CREDENTIALS.fullmatch(ctx.text, end):
        return False
    line_start = line_start_of(ctx.text, start)
    if re.match(r"\s*(?:subject|re|fwd?)\s*:", ctx.lower[line_start:start]):
        return False
    return _INLINE_SIGN_OFF.search(ctx.lower, max(0, start - 20), start) is not None


def _signature_line(text: str, start: int, end: int) -> bool:
    """A line holding only a name (and credentials): how people sign a short message."""
    line_start = line_start_of(text, start)
    line_end = line_end_of(text, end)
    if line_start == 0 or text[line_start:start].strip(" -\u2013\u2014\t>"):
        return False
    return _REST_IS_CREDENTIALS.fullmatch(text, end, line_end) is not None


def is_place_of_event(ctx: MessageContext, start: int) -> bool:
    return _PLACE_PREP.search(ctx.lower, max(0, start - 12), start) is not None


_AUTHORS_LEAD = re.compile(
    r"[\s\-*]*(?:(?:co-?)?authors?|presenters?|speakers?|moderators?|panel(?:ists)?|faculty|"
    r"affiliations?|correspondence|corresponding\s+author|discussants?)\s*:"
)


def authors_line(ctx: MessageContext, pos: int) -> bool:
    """On a line led by "Authors:", "Speakers:", "Affiliations:": people of the work or event
    and their institutions' towns, whatever sentence of the line they are in."""
    return _AUTHORS_LEAD.match(ctx.lower, line_start_of(ctx.text, pos)) is not None


def labelled_line(ctx: MessageContext, pos: int) -> bool:
    """On a line led by "Correspondence:", "Contact:", "Authors:": the authors' own details."""
    line_start = line_start_of(ctx.text, pos)
    s_start, _ = ctx.sentence_span(pos)
    return bool(_LABEL_LEAD.match(ctx.lower, min(line_start, s_start)))


# How a message speaks of a colleague, an author or a friend by a bare name (no title, no
# relation word): by the syntax around the name, never by the name itself. Only for names whose
# shape alone does not say "a person" strongly (no "Mr."/"Mrs.", no relative), so a patient
# introduced by title keeps its finding.
_PRAISED_BEFORE = re.compile(
    # "Congrats to Kavya", "shout-out to Ramon", "please thank Rosa", "say hi to Jun", "cc Marisol"
    r"(?:\b(?:congrats|congratulations|kudos|shout-?outs?|props|thanks|thank\s+you|welcome|"
    r"say\s+(?:hi|hello)|hats\s+off)(?:\s+(?:again|so\s+much|all))?\s+to"
    r"|(?:^|[.!?]\s+|\bplease\s+)(?:thank|congratulate|cc|loop\s+in|copy)"
    # "As Osler said", "what Maya Angelou said", "in the words of Peabody": a quoted author
    r"|(?:^|[\s,(])(?:as|what|like)|\bin\s+the\s+words\s+of"
    # "reading Gawande", "a memoir by Kalanithi": an author
    r"|\b(?:reading|reread(?:ing)?|by)"
    # "I met with Keisha", "coffee with Jun", "introduced me to Wren": the sender's network
    r"|\b(?:met|meet|meeting|coffee|lunch|dinner|drinks)\s+(?:up\s+)?with"
    r"|\b(?:introduc\w+|connect\w*)\s+(?:me|us)\s+(?:to|with)"
    # "Dr. Levine or Yusuf": joined to a clinician
    r"|\b(?:drs?|prof|professor)\.?\s+[a-z][\w'\u2019-]+\s*,?\s*(?:and|or|&)"
    # "Smith and I", "me and Ramon", "with Priya and me"
    r"|\b(?:i|me)\s+(?:and|&))\s+$"
)
_QUOTED_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:once\s+|famously\s+|always\s+)?(?:said|says|wrote|writes|put\s+it|"
    r"taught|teaches|noted|argued|observed|reminds\s+us)\b"
)
_AS_BEFORE = re.compile(r"(?:^|[\s,(])(?:as|what|like)\s+$")
# The one who does something to "our patient" is a clinician, not the patient.
_TREATS_A_PATIENT = re.compile(
    r"\s+(?:(?:also|then|just|kindly)\s+)?(?:presented|admitted|discharged|saw|sees|examined|"
    r"consulted\s+on|rounded\s+on|signed\s+out|handed\s+off|covered|precepted|scoped|cathed|"
    r"intubated|treated|followed)\s+(?:our|my|the|a|an|his|her|their|this|that)\s+"
    r"(?:[\w-]+\s+)?(?:patients?|pts?)\b"
)
# What a clinician says of a patient who was named: "Ahmed presented Teodoro at sign-out".
_PATIENT_WORD_BEFORE = re.compile(r"\b(?:pts?|patients?|mr|mrs|ms|miss)\.?\s*$")
CARE_OBJECT_BEFORE = re.compile(
    r"\b(?:presented|admitted|discharged|examined|intubated|extubated|coded|transferred|"
    r"signed\s+out|handed\s+off|rounded\s+on|consulted\s+on|scoped|cathed)\s+$"
)
# A role right before a courtesy title: "our program coordinator Ms. Oduya"
ROLE_BEFORE = re.compile(rf"\b{_ROLE}\s*,?\s*$", re.IGNORECASE)
# "the cases reported by Kawasaki and Tanaka in 1998", "(Weingart, 2019)": a citation
_CITED_BY = re.compile(
    r"(?:\b(?:reported|described|published|proposed|coined|characteri[sz]ed|named|defined|"
    r"studied|reviewed)\s+(?:first\s+)?by|\()\s*$"
)
_CITED_YEAR = re.compile(
    r"(?:\s+(?:and|&)\s+[A-Z][\w'\u2019-]+)?(?:\s+et\s+al\.?)?(?:\s+in\s+|\s*\(\s*|\s*,\s*)"
    r"(?:19|20)\d\d\b"
)
_COLLEAGUE_AFTER = re.compile(
    # "Ramon and I covered nights", "Priya and me": the sender's companion at work
    r"\s+(?:and|&)\s+(?:i|me|myself)\b"
    # "Smith et al.": the authors of a paper
    r"|\s+et\s+al\b"
    # "Tobi suggested I reach out", "Kwame referred me": who points the sender to someone
    r"|(?:\s+(?:from|of|at|in)\s+(?:the\s+)?(?:[\w&'\u2019-]+\s+){0,4}?[\w&'\u2019-]+"
    r"|\s*,\s*[^,.;!?\n]{1,60},)?"
    r"\s+(?:(?:had|has|kindly|also|first|originally)\s+)?(?:suggested|recommended|referred|"
    r"introduced|connected|encouraged|pointed|put|supervised|mentored|taught|trained|precepted|"
    r"hired|recruited)\s+(?:that\s+)?(?:i|me|us|we|you|my|our)\b"
    # "Brigham was my top choice", "Leah is our chief": what the sender has or ranks (not "was
    # my patient")
    r"|\s+(?:is|was|['\u2019]s)\s+(?:still\s+)?(?:my|our|your)\b"
    r"(?![^.;,!?\n]{0,30}\b(?:patients?|pts?|case)\b)"
    # "Atul Gawande's Complications": the author of a titled work
    r"|['\u2019]s\s+(?:book|memoir|novel|essay|paper|piece|article|podcast|textbook|lab|group)\b"
    # "Beatriz in the sim center", "Sal at the front office": staff where they work
    r"|\s+(?:in|from|at)\s+the\s+(?:[\w&-]+\s+){0,2}(?:center|centre|office|library|lab|desk|"
    r"shop|bookstore)\b"
)
# "Are you still in touch with Hiroshi? He was chief when I was an intern.": the next sentence
# gives the person a professional role.
_ROLE_NEXT = re.compile(
    r"\s*(?:he|she|they)(?:['\u2019]s|['\u2019]re|\s+(?:is|was|were|are|became|becomes))\s+"
    rf"(?:(?:now|still|also|then|just|a|an|the|our|my|your|his|her)\s+){{0,3}}(?:[\w-]+\s+){{0,2}}?"
    rf"{_ROLE}\b"
)


_TITLED_WORK = re.compile(r"['\u2019]s\s+(?:The\s+|A\s+)?[A-Z][a-z]{3,}")
_READING = re.compile(
    r"\b(?:read|reading|reread\w*|books?|novels?|memoirs?|essays?|biograph\w+|articles?|"
    r"podcasts?|textbooks?|chapters?|recs?|recommendations?)\b"
)


def is_colleague_by_syntax(ctx: MessageContext, start: int, end: int, care: bool = False) -> bool:
    """A bare name the sentence gives to a colleague, an author or the sender's companion.

    `care`: the sentence tells of someone's care; then only a quotation ("As Osler said") or a
    citation ("Smith et al.") gives the name away, as a patient may be met or thanked too.
    """
    lower = ctx.lower
    before_start = max(ctx.sentence_span(start)[0], start - 40)
    if _TREATS_A_PATIENT.match(lower, end):
        return True  # "Ahmed presented our patient at morning report": a clinician
    if care:
        return bool(_AS_BEFORE.search(lower, before_start, start)
                    and _QUOTED_AFTER.match(lower, end)) or lower.startswith(" et al", end) or bool(
            _CITED_BY.search(lower, before_start, start) and _CITED_YEAR.match(ctx.text, end))
    span = ctx.sentence_span(start)
    titled = _TITLED_WORK.search(ctx.text, start, end) or _TITLED_WORK.match(ctx.text, end)
    if titled and _READING.search(lower, *span):
        return True  # "Atul Gawande's Complications": a run that holds the title of a work
    if _PRAISED_BEFORE.search(lower, before_start, start):
        return not _AS_BEFORE.search(lower, before_start, start) or bool(
            _QUOTED_AFTER.match(lower, end))
    if _COLLEAGUE_AFTER.match(lower, end):
        return True
    s_end = ctx.sentence_span(start)[1]
    # the name is what the pronoun of the next sentence refers to: near its sentence's end
    return bool(_ROLE_NEXT.match(lower, s_end)) and lower.count(" ", start, s_end) <= 12
