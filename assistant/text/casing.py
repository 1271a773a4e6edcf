"""Capitals for words typed in lowercase: the spelling the same text (a request) gives the word
elsewhere ("at hopkins" beside "Johns Hopkins" -> "at Hopkins", "nationwide childrens" beside
"Nationwide Children's"), the US states (a closed class: "moving back to texas"), and a short
unpronounceable program token read as its acronym ("ucsf", "mgh", "unc").

A word is changed only when it is typed all in lowercase; any other spelling is the writer's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.text.words import fold

US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    "Puerto Rico",
)
# "georgia", "washington", "virginia" are first names too; in lowercase text they are places
# only after a preposition of place
_AMBIGUOUS = {"Georgia", "Washington", "Virginia", "Maine"}
_STATE = re.compile(r"(?<![\w'’-])(" + "|".join(
    s.lower() for s in sorted(US_STATES, key=len, reverse=True)) + r")(?![\w'’-])")
_PLACE_LEAD = re.compile(r"\b(in|to|from|at|of|rural|urban|back to)\s+$")
_WORD = re.compile(r"(?<![\w'’-])([a-z][a-z'’]*)(?![\w'’-])")


def _letters(word: str) -> str:
    return re.sub(r"[^a-z]", "", fold(word))


def spellings(texts: Iterable[str | None], ordinary: Iterable[str] = ()) -> dict[str, str]:
    """Each capitalised word of `texts` by its letters ("childrens" -> "Children's"), except
    the `ordinary` words (a field such as "Medicine" is not a name)."""
    skip = {w.lower() for w in ordinary}
    found: dict[str, str] = {}
    for text in texts:
        for word in re.findall(r"[\w'’-]+", text or ""):
            if word[:1].isupper() and word.lower() not in skip and len(_letters(word)) > 1:
                found.setdefault(_letters(word), word)
    return found


def restore(text: str, known: dict[str, str]) -> str:
    """`text` with each all-lowercase word written as `known` spells it, and US states."""
    if not text:
        return text

    def state(m: re.Match[str]) -> str:
        name = next(s for s in US_STATES if s.lower() == m.group(1))
        if name in _AMBIGUOUS and not _PLACE_LEAD.search(text[:m.start()]):
            return m.group(0)
        return name

    out = _STATE.sub(state, text)
    return _WORD.sub(lambda m: known.get(_letters(m.group(1)), m.group(1)), out)


def acronym(word: str) -> bool:
    """A lowercase token that reads as letters, not a word: no vowel ("mgh"), three letters or
    fewer ("unc", "bu"), a final cluster of three consonants ("ucsf"), or a university's "u"
    before a consonant in four letters ("ucla", "ucsd"; not a state: "utah")."""
    return word.isalpha() and word.islower() and len(word) <= 5 and (
        not re.search(r"[aeiouy]", word) or len(word) <= 3 or
        re.search(r"[^aeiouy]{3}$", word) is not None or
        len(word) == 4 and re.match(r"u[^aeiouy]", word) is not None and
        word.capitalize() not in US_STATES)
