"""Whose is a phone number, e-mail, web address or age? The owner decides whether it is PHI.

A possessive right before the value ("my cell", "her number", "the program office number"), a
relative or patient earlier in the sentence ("his daughter texts me at ..."), the caller of a
"from" ("the pt called our team line from ..."), a line of its own in the closing block (the
sender's signature), an institutional host (.edu, zoom.us, doi.org) or a personal one (gmail,
aol). An age is no patient's when it is an aggregate ("patients over 90") or the sender's family.
"""

from __future__ import annotations

import re

from assistant.phi import kin
from assistant.phi.attribution import in_frame, line_end_of, line_start_of
from assistant.phi.context import RELATIVE_OF, MessageContext
from assistant.phi.id_shapes import _AGGREGATE, AND_OLDER
from assistant.phi.lexicon import AGED_THINGS, SERVICE_LINE
from assistant.phi.roles import ROLE
from assistant.phi.sentence_anchors import RELATIVE_OWNED
from assistant.text.gated import gated
from assistant.text.patterns import lazy

_INSTITUTIONAL_HOST = lazy(
    r"(?:\.edu\b|\.gov\b|\.org\b|zoom\.us|teams\.microsoft|webex|doi\.org|linkedin\.com|"
    r"pubmed|ncbi|clinicaltrials|bit\.ly|box\.com|youtube|google\.com/(?:forms|docs))"
)
_PERSONAL_HOST = lazy(
    r"@(?:gmail|yahoo|aol|hotmail|outlook|icloud|me|comcast|att|verizon|live|msn|proton)\.",
)


# "patients under 90", "adults aged 80-89", "my 94-year-old grandmother": no patient's age.
_RANGE_BEFORE = lazy(r"(?:under|aged\s+\d+\s*(?:-|to))\s*$")
_OWN_BEFORE = gated(r"\b(?:my|our)\s+$", words=False)
# "patients in their nineties were excluded": a group's ages, no one's
_GROUP_IN = gated(
    r"\b(?:patients|pts|adults|people|residents|veterans|women|men|participants|subjects|those|"
    r"cohorts?)\s+(?:\w+\s+)?(?:in|into)\s+$", words=False)
_GROUP_BEFORE = gated(
    r"\b(?:patients|pts|adults|people|residents|veterans|women|men|participants|subjects|those|"
    r"cohorts?)\s+(?:\w+\s+)?$", words=False)
_OWN_FAMILY = gated(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:great-?)?"
    rf"(?:grand\w*|{kin.alternation(kin.PARENTS, kin.AUNTS_UNCLES)})",
    words=False)
# "my pt's granddaughter says she is 94": a patient comes first
_SOMEONE_ELSES_FAMILY = gated(
    r"\b(?:pt|patient|pts|patients)['\u2019]?s?\b|\b(?:his|her|their)\s+(?:\w+\s+)?(?:grand\w*|"
    rf"{kin.alternation(kin.PARENTS, kin.SPOUSES, kin.CHILDREN)})", words=False)
_ONE_PERSON_IS = gated(
    r"\b(?:he|she|pt|patient)(?:['\u2019]s|\s+is|\s+was)\s+$", words=False)


def contact_owner(ctx: MessageContext, start: int, patient: bool) -> str | None:
    """'professional' (the sender's, a colleague's, an institution's), 'patient' or None.

    A possessive right before the value decides ("my cell", "her number", "the program office
    number"); otherwise a patient or relative earlier in the sentence owns what follows ("his
    daughter texts me at ...", "the pt called our team line from ...").
    """
    if in_frame(ctx, start) or _closing_block_line(ctx, start):
        return "professional"
    if SERVICE_LINE.search(ctx.lower, max(0, start - 60), start):
        return "professional"
    s_start, _ = ctx.sentence_span(start)
    if _UNIT_LINE_BEFORE.search(ctx.text, max(s_start, start - 24), start) and not (
            _PERSON_BEFORE.search(ctx.lower, s_start, start)):
        return "professional"  # "Alder Creek ED 555-611-2300, MICU 555-611-2350": units' lines
    near = ctx.lower[max(s_start, start - 30) : start]
    if _THIRD_SENDS_FROM.search(ctx.lower, max(s_start, start - 80), start):
        # "she sends me texts from (661) 555-0133": the sender's number, not the reader's
        # ("me" is whom it reaches); whose "she" is, the sentence may not say
        return "patient" if patient else None
    closes = list(_CLOSE_OWNER.finditer(near))
    close = closes[-1] if closes else None
    if patient and _FROM_BEFORE.search(near):
        return "patient"  # "the pt called our team line from ...": the caller's number
    at = max(s_start, start - 30) + close.start() if close else 0
    if close and close.group("patient") and RELATIVE_OF.search(ctx.lower, max(0, at - 24), at):
        return "professional"  # "my daughter's email", "Dr. Lee's son's": not a patient's kin
    if close:
        if close.group("patient"):
            return "patient" if patient or close.group("patient")[0] not in "ht" else None
        return "professional"
    if RELATIVE_OWNED.search(ctx.lower, s_start, start) or _RELATIVE_LABEL.search(near):
        return "patient"
    owner = ctx.owner(start)
    if owner == "patient" or patient:
        return "patient"
    if owner in ("sender", "professional"):
        return "professional"
    return None


# A hospital unit written right before the number: its own line
_UNIT_LINE_BEFORE = lazy(
    r"\b(?:ED|ER|[A-Z]?ICU|CCU|PACU|L&D|(?i:pharmacy|radiology|triage|switchboard|transfer\s+"
    r"center))[ \t]*(?:(?i:main|line|desk|number|fax)[ \t]*)?[:\-\u2013]?[ \t]*$")
# ... unless the sentence speaks of a person before it ("daughter waiting in ED: 555-...")
_PERSON_BEFORE = gated(
    r"\b(?:he|she|his|her|him|their|pts?|patients?|pt['\u2019]s|mr|mrs|ms|family|"
    rf"{kin.alternation(kin.CLOSE, kin.NIECES_NEPHEWS, kin.GRANDCHILDREN, kin.PARTNER)}|"
    r"grand\w+)\b", words=False)
_CLOSE_OWNER = gated(
    r"\b(?:(?P<patient>his|her|their|pt'?s|patient'?s|family'?s?|"
    + "|".join(f"{w}'?s" for w in (*kin.CHILDREN, *kin.SPOUSES, *kin.MOM_DAD))
    + r")|my|our|your|office|program|hospital'?s?|clinic'?s?|lab'?s?|"
    r"department|dept|desk|pager|line|reach\s+me|email\s+me|text\s+me|call\s+me|"
    # "the conference wifi IP is ...": a network's or a machine's address
    r"wi-?fi|network|vpn|server|router|printer|workstation)\b"
    r"(?:\s+[\w-]+){0,3}?\s*(?:is|:|at|to|of|,)?\s*(?:now\s*)?$", words=False)
_FROM_BEFORE = gated(r"\bfrom\s*$", words=False)
_THIRD_SENDS_FROM = gated(
    r"\b(?:she|he|they|"
    rf"{kin.alternation(kin.FAMILY, kin.SPOUSES, kin.CHILDREN, kin.SIBLINGS, kin.NIECES_NEPHEWS)}|"
    rf"{kin.alternation(kin.PARENTS)}|grand\w+)\b"
    r"[^.;!?\n]{0,30}\b(?:texts?|texted|texting|calls?|called|calling|"
    r"sends?|sent|emails?|emailed|writes|wrote|messages?|messaged|faxe[sd])\b[^.;!?\n]{0,25}"
    r"\bfrom\s*$", words=False)
# "sister: (209)555-0199", "wife - 559-555-0187": a relative's line in a list of contacts
_RELATIVE_LABEL = gated(
    r"(?<!\bmy )(?<!\bour )\b(?:"
    rf"{kin.alternation(kin.CLOSE, kin.NIECES_NEPHEWS, kin.GRANDCHILDREN, kin.AUNTS_UNCLES)}|"
    rf"{kin.alternation(kin.PARTNER, kin.CARERS, drop=('guardian',))}|dpoa|poa)"
    r"(?:\s+[\w'-]+)?\s*(?::|-|\u2013|\u2014|\()\s*$", words=False)


_CONTACT_LINE = lazy(
    r"[ \t>]*(?:(?:e-?mail|cell|phone|mobile|tel|pager|fax|web|linkedin)[ \t]*[:.]?[ \t]*)?\S+"
    r"(?:[ \t]*(?:\||\u00b7|,)[ \t]*\S+)*\s*$",
    re.IGNORECASE,
)


_BLANK_LINE = lazy(r"\n[ \t\r]*\n")


def _closing_block_line(ctx: MessageContext, pos: int) -> bool:
    """A contact detail on a line of its own after the last paragraph: the sender's signature."""
    text = ctx.text
    line_start = line_start_of(text, pos)
    line_end = line_end_of(text, pos)
    if line_start == 0 or not _CONTACT_LINE.fullmatch(text, line_start, line_end):
        return False
    if len(text) - line_end > 1000:
        return False  # far from the end of the message
    return _BLANK_LINE.search(text[line_end:].strip()) is None


def institutional(value: str) -> bool:
    return _INSTITUTIONAL_HOST.search(value.lower()) is not None


def personal_host(value: str) -> bool:
    return _PERSONAL_HOST.search(value.lower()) is not None


def own_or_aggregate_age(ctx: MessageContext, start: int, end: int) -> bool:
    """"patients over 90", "my 94-year-old grandmother": no patient's age."""
    before = ctx.lower[max(0, start - 30) : start]
    if _AGGREGATE.search(before) or _RANGE_BEFORE.search(before) or _GROUP_IN.search(before):
        return True
    # "My grandmother just celebrated her 99th": the writer's family opens the clause
    clause = ctx.lower[max(ctx.sentence_span(start)[0], start - 60) : start]
    if _OWN_FAMILY.search(clause) and not _SOMEONE_ELSES_FAMILY.search(clause):
        return True
    if AND_OLDER.match(ctx.lower, end):
        # "patients 90+", not "he's 90+ and on dialysis": one person's age, however open-ended
        return _ONE_PERSON_IS.search(before) is None
    if ctx.lower.startswith(("in their ", "their "), start) and _GROUP_BEFORE.search(before):
        return True  # "admissions in patients in their tenth decade": a group's ages
    return bool(_OWN_BEFORE.search(before) and _FAMILY_AFTER.match(ctx.lower, end)) or (
        _aged_non_patient(ctx.lower, ctx.sentence_span(start)[0], start))


# "is 102 years old", "turned 94", ", who turned 91", "is like 110 yrs old": the verb of an age
_AGE_VERB_BEFORE = gated(
    r"(?:,\s*who\s+)?(?:\b(?:just|finally|now|recently|officially)\s+)?\b(?:turned|turns|turning|"
    r"is|was|will\s+be|celebrated|celebrates|['\u2019]s)(?:\s+(?:now|just|like|about|almost|"
    r"nearly|over|a\s+whopping))*\s+$", words=False)
# Whose the age is, read from the subject of its verb: a clinician by title or role, a thing
_AGED_SUBJECT = gated(
    rf"\b(?:dr|drs|prof|professor|{ROLE}|teachers?|{AGED_THINGS})\b", words=False)
# "the ICU census was 104", "attendance was 95": the subject is a count, no one's age
_COUNT_HEAD = lazy(
    r"\b(?:census|count|total|tally|volume|capacity|attendance|enrollment|beds)\s*$")
_CARED_SUBJECT = gated(
    rf"\b(?:pts?|patients?|mr|mrs|ms|miss|{kin.alternation(kin.CLOSE, kin.GRANDPARENTS)}|"
    r"grand\w+|he|she|his|her|man|woman|veteran|resident\s+of|bed|rm|room|ward|[a-z]?icu)\b",
    words=False)


def _aged_non_patient(lower: str, sentence_start: int, start: int) -> bool:
    """"My first anatomy teacher, Dr. Farrow, just turned 94", "the hospital's old wing is 102
    years old": the age's verb has a clinician or a thing for its subject, and nothing in the
    subject names a patient, a relative or a third person."""
    verb = _AGE_VERB_BEFORE.search(lower, max(sentence_start, start - 40), start)
    if verb is None:
        return False
    subject = lower[max(sentence_start, verb.start() - 70) : verb.start()]
    subject = subject[max(subject.rfind(";"), subject.rfind(":")) + 1 :]
    if _COUNT_HEAD.search(subject):
        return True
    return _AGED_SUBJECT.search(subject) is not None and _CARED_SUBJECT.search(subject) is None


_FAMILY_AFTER = lazy(
    r"[\s-]*(?:(?:year|yr)s?[\s-]*old\s+)?(?:great-?)?(?:grand\w*|mother|father|mom|dad|aunt|"
    r"uncle|neighbou?r|friend)"
)


