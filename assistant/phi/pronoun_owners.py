"""Whose is "he", "she", "his", "her"? Read from what the sentence says of the one it names,
so a pronoun stops making a sentence about a third person (and so about a patient) when it can
only speak of someone else: the writer's own family ("Ruben (my son) ... his play"), a trainee or
a clinician by what they own ("loves her new program", "his chief year"), the clinician a
sentence opens with by title and names no one else ("Prof. Lindahl celebrated her 75th
birthday"). An object pronoun ("Dr. Kim saw her on 4/4") or a relative ("her daughter") keeps
the safe side. A religious title after a comma ("Our chaplain, Father Gabriel") is no relative.
"""

from __future__ import annotations

import re

from assistant.text import pronouns as pronoun_words
from assistant.text.gated import gated
from assistant.text.patterns import lazy
from assistant.text.pronouns import pronouns

THIRD_PERSON = pronouns(pronoun_words.THIRD_PERSON, folded=True)

# "Our chaplain, Father Gabriel from St. Anthony's": a religious title written with a capital
# before a name inside a sentence, not a relative (as written, matched after a comma)
CLERGY_TITLE = lazy(r"\s*(?:Father|Sister|Brother|Mother)\s+[A-Z][a-z]")

# The writer's own relative, anywhere in a sentence: "Ruben (my son)", "our daughter's recital"
OWN_RELATIVE = gated(
    r"\b(?:my|our)\s+(?:[\w-]+\s+)?(?:son|daughter|kids?|children|wife|husband|partner|mom|"
    r"mother|dad|father|brother|sister|grand(?:ma|pa|mother|father|son|daughter)|niece|nephew|"
    r"baby|toddler|fianc[\w\u00e9]*|boyfriend|girlfriend|stepson|stepdaughter)s?\b", words=False)
# What only a trainee or a clinician has: "her new program", "his fellowship", "her co-residents"
_PROFESSIONAL_OWN = gated(
    r"\s+(?:own\s+|new\s+|old\s+|first\s+|current\s+|future\s+)?(?:[\w-]+\s+)?(?:program|"
    r"residency|fellowship|internship|co-?residents?|co-?interns?|co-?fellows?|co-?chiefs?|"
    r"attendings|residents|interns|fellows|trainees|mentees|students|lab|research|rotation|"
    r"elective|sub-?i|match|rank\s+list|cv|personal\s+statement|interviews?|grand\s+rounds|"
    r"lecture|talk|poster|abstract|manuscript|paper|grant|department|division|practice|"
    r"(?:chief|intern|residency|fellowship|pgy-?\d|senior|final)\s+year|boards|step\s+\d)\b",
    words=False)


def professional_pronouns(lower: str, start: int, end: int) -> bool:
    """Does the sentence's third person own what only a trainee or a clinician has ("loves her
    new program", "will start his chief year, so I will ask him")? Asked only of a sentence
    that tells of no care, where that one person is who the other pronouns speak of too."""
    return any(p.group() in ("his", "her") and _PROFESSIONAL_OWN.match(lower, p.end())
               for p in THIRD_PERSON.finditer(lower, start, end))


# A sentence that opens with a clinician by title as its subject: "Dr. Haile moved ...", "Our
# chief, Dr. Ruiz, is ..." (lower-cased text, matched at the sentence's start)
_TITLED_OPENS = lazy(
    r"[\s>*-]*(?:(?:our|my|your)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*(?:dr|prof|professor)\.?"
    r"\s+[a-z][\w'\u2019-]+(?:\s+[a-z][\w'\u2019-]+)?\s*,\s+"
    # not "Dr. Brandt - remember the farmer ...", "Dr. Musa, I'll never forget ...": the reader
    # called by name
    r"|(?:dr|prof|professor)\.?\s+[a-z][\w'\u2019-]+(?:\s+[a-z][\w'\u2019-]+)?\s+)"
    r"(?=[a-z])(?!(?:i|we|you|and|or|remember|do|did|have|are|can|could|would|will)\b)")
# Someone else named inside the sentence (as written): a capitalised run that is not the
# sentence's first word, a title's name or a place or time after its preposition
_OTHER_NAME = lazy(r"(?<=\s)(?!I\b)[A-Z][a-z][\w'\u2019-]*")
_PLACE_OR_TIME_BEFORE = lazy(
    # "on 5 West": a ward's name after its floor
    r"\b(?:in|at|from|to|near|on|by|until|since|this|next|last|every|the)\s+$|\b\d+\s+$",
    re.IGNORECASE)


# "her sabbatical", "his 60th birthday": a possessive before a thing (not "saw her on 4/4", an
# object, nor "her daughter", a relative whose owner stays unknown)
_POSSESSIVE_OF_A_THING = lazy(
    r"\s+(?!(?:on|in|at|to|for|with|about|from|and|or|but|yesterday|today|tonight|again|back|"
    r"home|out|up|down|over|off|that|this|the|a|an|last|next|when|as|if|so|because|well|too|"
    r"first|into|through|after|before)\b)(?!(?:[a-z]+\s+)?(?:son|daughter|wife|husband|partner|"
    r"mom|mother|dad|father|brother|sister|family|kids|children|baby|grand\w+|niece|nephew|"
    r"aunt|uncle|cousin)s?\b)[a-z0-9]")


def about_a_clinician(text: str, lower: str, start: int, end: int) -> bool:
    """Does the sentence open with a clinician by title as its subject and name no one else
    ("Dr. Bhattacharya got back from her sabbatical in Lisbon")?"""
    opening = _TITLED_OPENS.match(lower, start)
    return opening is not None and not any(
        _PLACE_OR_TIME_BEFORE.search(text, max(0, m.start() - 8), m.start()) is None
        for m in _OTHER_NAME.finditer(text, opening.end(), end))


def possessives_of_things(lower: str, start: int, end: int) -> bool:
    """Is every third-person pronoun a possessive of a thing ("her 75th birthday"), none an
    object ("saw her on 4/4") nor a relative's owner ("her daughter")?"""
    return all(p.group() in ("his", "her") and _POSSESSIVE_OF_A_THING.match(lower, p.end())
               for p in THIRD_PERSON.finditer(lower, start, end))
