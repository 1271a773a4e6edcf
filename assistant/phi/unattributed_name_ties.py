"""What the words around a person candidate of `unattributed_names.person_candidates` say of it:
care done to the person named or told of them (a tie to a patient), or the non-patient who owns
the name (a professional by title or role, a colleague by syntax or joined to one, a teacher,
author or speaker by their voice or a citation).
"""

from __future__ import annotations

import re

from assistant.phi import attribution as attr
from assistant.phi import clause_roles, name_cues, name_words, presenting
from assistant.phi.colleague_syntax import is_colleague_by_syntax
from assistant.phi.lexicon import (
    CARE_EVENT_VERBS,
    CITED_BEFORE,
    VOICE_AFTER,
    WARD_PROCEDURE_VERBS,
)
from assistant.phi.sentence_anchors import CASE_FORUM, CLINICAL_TOPIC
from assistant.phi.unattributed_scan import Scan
from assistant.phi.vocab import zipf
from assistant.text.gated import gated
from assistant.text.patterns import lazy

# "Handoff checklist": a capitalised noun phrase ("Haddad case", "Abdi back in bed" are people)
CARE_NOUNS = (
    r"case|update|f/u|follow|echo|labs?|back|went|is|was|fall|gift|transfer\w*|"
    r"discharge\w*|records?|family|home|(?:re)?admi\w+|passed|bed|room|rm|delivered|"
    rf"expired|arrested|{CARE_EVENT_VERBS}|{WARD_PROCEDURE_VERBS}"
)
CARE_NEXT = lazy(
    rf"(?:['\u2019]s)?(?:\s*[-\u2013\u2014:]\s*|\s+)(?!(?:is|was|went|back|gift)\b)(?:{CARE_NOUNS}|genetics|"
    r"ecg|ekg|ct|mri|tsh|k|labs?|discharge|biopsy|path|consult|question|poster)\b",
    re.IGNORECASE,
)
# "Dr. Okafor and Lindqvist", "thank Rosa and Dmitri": a name joined to a non-patient's.
_COORDINATED = lazy(r"[ \t]*,?[ \t]*(?:and|&|or)[ \t]+(?:(?:drs?|prof)\.?[ \t]+)?")
ABOUT_SOMEONE = gated(
    r"\b(?:called|paged|texted|emailed|messaged|asked|pinged|worried)\s+(?:you|me|us)\s+about\s+$",
    words=False)
_COURTESY_BEFORE = gated(r"\b(?:mr|mrs|ms|mx|miss)\.?\s+$", words=False)
_SURNAME_NEXT = lazy(r"[ \t]+[A-Z][\w\u2019'-]+(?=[\u2019']?s?\s)")
_FROM_BODY = lazy(r"\s+(?:from|of|at)\s+(?:the\s+)?[\w&'\u2019-]+(?:\s+[\w&'\u2019-]+)?"
                        r"(?=\s+gave\b|\s+lectured\b|\s+spoke\b|\s+presented\s)")


def _voice_or_cited(text: str, lower: str, start: int, end: int) -> bool:
    """A person named as a teacher, author, speaker, mentor or historical figure: the voice
    after the name or a citation before it, unless a courtesy title ("Mrs. Ames showed ...")
    or care done to the person ("we admitted") comes first, which keeps the safe side."""
    if _COURTESY_BEFORE.search(lower, max(0, start - 8), start) or attr.CARE_OBJECT_BEFORE.search(
            lower, max(0, start - 20), start):
        return False
    rest = _SURNAME_NEXT.match(text, end)  # "Paul" of "Paul Farmer": the name runs on
    after = rest.end() if rest else end
    # "Pablo from the county gave the speech": the speaker named with where they come from
    where = _FROM_BODY.match(lower, after)
    return (VOICE_AFTER.match(lower, after) is not None
            or (where is not None and VOICE_AFTER.match(lower, where.end()) is not None)
            or CITED_BEFORE.search(lower, max(0, start - 40), start) is not None)


# "Vukovic's apixaban", "Thibodeaux's echo": what the person has is clinical, or ward
# shorthand no English word list knows
_POSSESSED_WORD = lazy(
    r"['\u2019]s\s+(?:(?:new|home|last|first|am|pm|morning|night|repeat|latest)\s+)?"
    r"(?P<w>[a-z][a-z-]{2,})\b(?!-)"
    # "Stanford's cancer center": an institution's service, not a person's illness
    r"(?!\s+(?:cent(?:er|re)|clinic|program|institute|unit|service|department|team|lab|"
    r"division|pilot|project|study|trial|network|foundation)\b)"
)
# "sent Hakobyan home", "watch Szczepanski overnight": a ward verb, the person, where or when
_WARD_VERB_BEFORE = gated(r"\b(?:sent|watch|watching|keep\s+an\s+eye\s+on)\s+$", words=False)
_WARD_AFTER = lazy(
    r"\s+(?:home|back\s+(?:to|home)|out\s+to|to\s+(?:rehab|hospice|snf|the\s+(?:icu|micu|sicu|floor))|"
    r"overnight|tonight|closely)\b"
)


def _possessed_care(text: str, end: int) -> bool:
    m = _POSSESSED_WORD.match(text, end)
    if m is None:
        return False
    word = m.group("w")
    return bool(name_words.CLINICAL_NOUN.fullmatch(word) or name_words.MEDICAL.search(word)
                or (zipf(word) == 0 and "-" not in word))


def care_object(
    text: str, lower: str, c: name_words.NameCandidate, sentence: tuple[int, int]
) -> bool:
    """"Ahmed presented Teodoro", "consulted on Jamal", "sent Hakobyan home", "Vukovic's
    apixaban": a person care was done to, or whose care is named."""
    if _possessed_care(text, c.end) or (
            _WARD_VERB_BEFORE.search(lower, max(0, c.start - 20), c.start)
            and _WARD_AFTER.match(lower, c.end)):
        return True
    m = attr.CARE_OBJECT_BEFORE.search(lower, max(0, c.start - 20), c.start)
    if m is not None and m.group().startswith("present") and presenting.topic_presented(
            text, lower, m.start(), m.start() + len(m.group().split()[0]), c.end,
            sentence):
        return False  # "I'm presenting Kawasaki at journal club": the talk's topic
    if m is not None and (m.group("record") is None
                          or name_words.person_object(text, c.end, c.strength, c.start)):
        return True
    if clause_roles.receives_care(text, c.end):
        return True  # "Ilse needs a repeat BMP": the subject of care received
    # "rounded on Tomasz", "saw Maria in clinic": the object of a verb of care, read from the
    # clause (a name ending its noun phrase, no medical word: "rounded on Kessler 5" is a ward)
    role = clause_roles.read(text, lower, c.start, c.end, sentence[0])
    if not role.cared_for:
        return False
    word = text[c.start : c.end]
    return name_words.person_object(text, c.end, c.strength, c.start) or (
        c.strength == 1 and name_words.rare_name(word) and not name_words.medical_word(word)
        and name_words.person_object(text, c.end, 2))


def lower_name_in_care(scan: Scan, i: int, c: name_words.NameCandidate) -> bool:
    """A lower-case name found by the census lists alone ("priya nair was admitted"): kept
    in a sentence about a patient or someone's care, or before a care noun."""
    text, lower, anchors = scan.text, scan.lower, scan.anchors
    span = anchors.spans[i]
    # "remember bogdan krol from 7 west? he's back with a GI bleed": care told next
    told_next = anchors.person_next[i] and i + 1 < len(anchors.care) and anchors.care[i + 1]
    if (c.relation or anchors.patient[i] or anchors.care[i] or told_next
            or CASE_FORUM.search(lower, *span)
            or CARE_NEXT.match(text, c.end)
            or ABOUT_SOMEONE.search(lower, max(0, c.start - 30), c.start)
            or care_object(text, lower, c, span)):
        return True
    # clinical words alone: not where the writer tells of their own networking ("met jonah
    # hartley at the poster session, he works on sepsis alerts")
    return not anchors.meeting[i] and bool(
        scan.clinical_words(i) or CLINICAL_TOPIC.search(lower, *span)
        or name_words.CLINICAL_NOUN.search(lower, *span))


def non_patient_owner(scan: Scan, c: name_words.NameCandidate, i: int) -> str:
    """The non-patient a candidate is given to, by name of the rule ("" for none): a
    professional by title, role or the request; a colleague by the syntax around the name or
    joined to one; a teacher, author or speaker by their voice or a citation."""
    ctx, text, lower, anchors = scan.ctx, scan.text, scan.lower, scan.anchors
    if attr.is_professional_name(ctx, c.start, c.end, scan.known,
                                 labelled=not (c.relation and name_cues.said_relative(
                                     text, c.start, c.end))):
        return "professional"
    if c.strength < 3 and is_colleague_by_syntax(ctx, c.start, c.end,
                                                 anchors.patient[i] or anchors.care[i]):
        return "colleague_syntax"
    if c.strength < 3 and any(_COORDINATED.fullmatch(lower, b, c.start)
                              for _, b in scan.colleagues[-3:]):
        return "coordinated"
    if not c.relation and _voice_or_cited(text, lower, c.start, c.end):
        return "voice_or_cited"  # "Osler would be horrified by ...", "I quoted Paul Farmer on"
    if c.strength < 3 and not c.relation:
        role = clause_roles.read(text, lower, c.start, c.end, anchors.spans[i][0])
        if role.colleague or (role.social and not anchors.patient[i]):
            return "social_object"  # "I emailed Dolores", "covered for Rafe on Saturday"
        if clause_roles.covers_for_writer(text, c.end):
            return "covers_for_writer"  # "Kenji has my pager", "Hollis is charge tonight"
    return ""
