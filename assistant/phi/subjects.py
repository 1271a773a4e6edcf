"""Who does the verb: the subject of a verb that a person and a thing can both do, read from the
words before it.

"He came in on 3/15" tells of a visit; "the order came in by March 15" or "results came back
11/4" of a thing that arrived. The same verbs ("came in", "came back", "arrived", "is back")
are care only when their subject can be someone. A subject is a thing when its head is a plain
lower-case word that names no person (nor a patient by metonymy: "the transfer", "the consult")
and nothing in it belongs to a person ("her labs came back": the patient's). Anything else - a
pronoun, a name, a number ("the 93yo"), an unknown shape - is left to be a person, the safe side.
"""

from __future__ import annotations

import re

from assistant.phi import kin
from assistant.text.patterns import lazy

# Heads that name a person, or a patient by what happens to them.
_PERSON_HEAD_WORDS = """
    he she they who i we you it's one ones someone somebody anyone everyone everybody
    nobody pt pts patient patients man men woman women lady ladies gentleman gentlemen guy
    guys gal boy boys girl girls child baby babies infant infants toddler
    teen teens teenager male female people folks families person persons individual
    veteran vet student athlete worker farmworker
    admit admits admission admissions transfer transfers consult consults case cases trauma
    traumas stemi stemis stroke strokes code codes bounceback readmit readmits referral
    referrals newborn twins twin friend
    neighbor neighbour roommate resident intern attending nurse fellow doctor
"""
PERSON_HEADS = frozenset(_PERSON_HEAD_WORDS.split()) | kin.word_set(
    kin.CLOSE, kin.AUNTS_UNCLES, kin.NIECES_NEPHEWS, kin.COUSINS, kin.GRANDCHILDREN, kin.PARTNER,
    kin.GRANDPARENTS_FAMILIAR, kin.FAMILIAR_ELDERS, kin.FAMILY, kin.CARERS, kin.KIDS,
    drop=("proxy", "guardian", "grandkids", "grandkid"))
# A verb a thing can do as well as a person: whose it is depends on the subject.
MOTION_VERB = lazy(r"(?:came|comes|coming)\s+(?:in|back)|arrived|(?:is|was)\s+back")

_ADVERBS = r"(?:(?:finally|just|already|all|also|then|now|only|eventually|actually|both)\s+)*"
# the subject's head, with what opens its noun phrase before it: a determiner (and at most one
# word between) or the start of a clause; "the gentleman we talked about came in" has none
_HEAD = lazy(
    r"(?:^|[,;:(\n]\s*|\b(?:the|a|an|this|that|these|those|our|my|your|some|no|any|all)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,2}})([A-Za-z][\w'\u2019-]*)\s+{_ADVERBS}$",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = lazy(
    r"\b(?:from|of|in|at|with|on|near|by|for|to|about|like|behind|under)\s+$", re.IGNORECASE
)
_NP_BEFORE = lazy(r"((?:[\w'\u2019-]+\s+){0,3})$")
_OWNED = lazy(r"\b(?:his|her|their|whose)\b|[\w-]['\u2019]s\b")


def thing_subject(text: str, floor: int, verb_start: int) -> bool:
    """Is the subject of the verb at `verb_start` (within the sentence from `floor`) a thing?"""
    head = _HEAD.search(text[: verb_start], max(floor, verb_start - 60))
    if head is None:
        return False
    if _PREPOSITION_BEFORE.search(text, max(floor, head.start() - 12), head.start()):
        return False  # "the lady from the shelter came in": the noun is a preposition's object
    word = head.group(1)
    lower = word.lower()
    if not word.isalpha() or lower in PERSON_HEADS:
        return False
    first = not text[floor : head.start()].strip(" \t\n>*-\u2022:")
    if word[0].isupper() and not first:
        return False  # a name: "Mr. Ruiz came in", "Huron came back"
    np = _NP_BEFORE.search(text, max(floor, head.start() - 40), head.start())
    return not (np and _OWNED.search(np.group(1).lower()))
