"""Sentences that speak of care but of no patient, and words that look like a patient cue
but are not meant as one: the date of the sender's own work ("the abstract was submitted on
3/2"), the sender's own family, a study cohort over a period, a thing or an animal given a name
("a mannequin named Harvey"), a word in scare quotes, a patient noun the sentence denies ("no
patients", "without patient data"). All patterns run on lower-cased text unless said otherwise.
"""

from __future__ import annotations

import re

from assistant.phi import kin
from assistant.phi.lexicon import PATIENT_CUE
from assistant.text.gated import gated
from assistant.text.patterns import lazy

# "this report was approved by the IRB on 1/14/2026", "the abstract was submitted on 3/2": the
# date of the sender's work, not of anyone's care (lower-cased text, searched before the date).
_WORK_DATED = gated(
    r"\b(?:approved|submitted|accepted|published|registered|exempted|resubmitted|revised)\b"
    r"[^.;!?\n]{0,50}\b(?:on|dated)\s*$"
)
_WORK_NOUN = gated(
    r"\b(?:irb|ethics|committee|journal|manuscript|abstract|report|paper|protocol|poster|grant|"
    r"proposal|article|submission)\b"
, words=False)


def work_dated(lower: str, start: int) -> bool:
    """A date that says when a piece of the sender's work was approved, submitted, published."""
    before = max(0, start - 90)
    return bool(
        _WORK_DATED.search(lower, before, start) and _WORK_NOUN.search(lower, before, start)
    )


# Sentences about no patient although they speak of care (lower-cased text, matched at the
# sentence start or searched in it):
# - the sender's or reader's own family: "My daughter was born on March 3!", "Your son ...";
_OWN_FAMILY_SUBJECT = gated(
    r"[\s\W]*(?:my|our|your)\s+(?:\w+\s+)?(?:"
    rf"{kin.alternation(kin.PARENTS)}|grand\w+|"
    rf"{kin.alternation(kin.CHILDREN, kin.SPOUSES, kin.PARTNER, kin.SIBLINGS, kin.AUNTS_UNCLES)}|"
    rf"{kin.alternation(kin.COUSINS, kin.KIDS, drop=('children', 'grandkids', 'grandkid'))}|"
    rf"baby|{kin.alternation(kin.FAMILY)}|fianc\w*|{kin.alternation(kin.NIECES_NEPHEWS)})\b"
)
# - a study cohort over a period: "Patients aged 18 or older admitted between January 2020
#   and June 2023 were included" (plural people, a range of dates, no one person).
_COHORT = gated(
    r"\b(?:patients|pts|adults|children|participants|subjects|cases|admissions|encounters|"
    r"veterans|women|men)\b[^.;?!]*\b(?:between|from)\b[^.;?!]*\b(?:and|to|through|-)\b"
)
_ONE_PERSON = gated(
    r"\b(?:he|she|his|her|him|mr|mrs|ms|the\s+patient|pt)\b"
, words=False)


# - the same family as the subject of the clause after a short lead-in that speaks of no one
#   else: "Sorry for the slow reply - my son was born on October 2", "Big news: our twins ...".
_LEAD_IN = lazy(r"[^.;:!?\n]{0,60}?(?:\s[-\u2013\u2014]+\s*|[:;,]\s)")


def about_no_patient(lower: str, start: int, end: int) -> bool:
    """The sender's own family, or a cohort over a study period: care words, but no patient."""
    if _OWN_FAMILY_SUBJECT.match(lower, start, end):
        return True
    lead = _LEAD_IN.match(lower, start, end)
    if lead and _OWN_FAMILY_SUBJECT.match(lower, lead.end(), end) and not (
            _ONE_PERSON.search(lower, start, lead.end())
            or PATIENT_CUE.search(lower, start, lead.end())):
        return True
    return bool(_COHORT.search(lower, start, end)) and not _ONE_PERSON.search(lower, start, end)


# Put before "named"/"called": not "a mannequin named Harvey", "our dog called Biscuit" (a
# thing or an animal is named, not a person).
NAMED_THINGS = ("mannequin", "manikin", "dog", "cat", "puppy", "horse", "robot", "chatbot", "app",
                "boat", "pet", "simulator")
# put right after the word "named" or "called" (tried only where that word matched)
NOT_A_PERSON_NAMED = "(?i:" + "".join(
    rf"(?<!{w} named)(?<!{w} called)" for w in NAMED_THINGS
) + ")"
THING_NAMED_BEFORE = gated(
    r"\b(?:" + "|".join(NAMED_THINGS) + r")\s+(?:named|called)\s+$", re.IGNORECASE
)

_QUOTES_OPEN, _QUOTES_CLOSE = "'\"\u2018\u201c", "'\"\u2019\u201d"


def scare_quoted(lower: str, start: int, end: int) -> bool:
    """"the 'patient' is a mannequin": a word in scare quotes is not meant literally."""
    return (start > 0 and end < len(lower) and lower[start - 1] in _QUOTES_OPEN
            and lower[end] in _QUOTES_CLOSE)


# "a textbook image, no patients", "without patient data", "never a real patient": a cue the
# sentence denies (lower-cased text, searched right before the cue word).
_DENIED_BEFORE = gated(
    r"\b(?:no|not|without|never|zero|nor)\s+(?:(?:a|an|any|real|actual|identifiable|"
    r"individual|live|human)\s+){0,2}$", words=False)


_DENIABLE = frozenset({"patient", "patients", "pt", "pts", "case", "cases"})


def denied(lower: str, start: int, end: int) -> bool:
    """Is the patient noun at `start` denied ("no patients", "without patient data")? A verb
    of care stays a cue when denied ("she was not admitted" still speaks of her)."""
    return lower[start:end] in _DENIABLE and _DENIED_BEFORE.search(
        lower, max(0, start - 30), start) is not None
