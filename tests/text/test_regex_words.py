"""The whole words every match of a pattern holds (assistant/text/regex_words.py), and the word
test of a gated pattern built on them: a text is skipped only when no match can exist in it."""

from __future__ import annotations

import re

import pytest

from assistant.text.gated import gated
from assistant.text.regex_words import word_sets
from assistant.text.words import lower_words


@pytest.mark.parametrize(("pattern", "tokens", "subs"), [
    (r"\byesterday\b", {"yesterday"}, set()),
    # the parser reads "ed|er" as "e" then "[dr]": read back, the words are whole again
    (r"\b(?:ed|er|pacu)\s+\d", {"ed", "er", "pacu"}, set()),
    # "room12" is one word: before a digit that may follow at once, "room" is a substring
    (r"\b(?:room|bed)\s*\d", set(), {"room", "bed"}),
    (r"\b[a-z]{0,3}icu\s+\d", set(), {"icu"}),
    # a non-word character inside the literal bounds the word as well as \b does
    (r"\bpt's\b", {"pt"}, set()),
    (r"(?i)\bSSN\b", {"ssn"}, set()),
    (r"\d{5}(?=\s+zip\b)", {"zip"}, set()),
    # an alternation's set holds each branch's most selective one
    (r"\b(?:room|bed)\s*\d+|\bward\s+\d+", {"ward"}, {"room", "bed"}),
    (r"\b(?:patients?|pts)\s+(?:in|at)\b", {"patient", "patients", "pts"}, set()),
    (r"(?:^|\s)(?:thanks|thx)\b", {"thanks", "thx"}, set()),
])
def test_the_first_word_set(pattern: str, tokens: set[str], subs: set[str]) -> None:
    found = word_sets(pattern, re.compile(pattern).flags)
    assert found and found[0] == (tokens, subs)


@pytest.mark.parametrize("pattern", [
    r"\b(?:room)?\s*\d+",  # optional: nothing required
    r"(\w+)\1",  # a back-reference: not read
    r"\b(?:bed|\d+)\b",  # a branch with no word
])
def test_nothing_required(pattern: str) -> None:
    assert word_sets(pattern, re.compile(pattern).flags) == []


def test_an_ascii_word_boundary_is_not_read() -> None:
    """re.ASCII divides "café" where lower_words does not."""
    assert word_sets(r"\bcaf\b", re.ASCII) == []


def test_lower_words() -> None:
    assert lower_words("Pt's BED-12, café") == {"pt", "s", "bed", "12", "café"}
    assert lower_words("ΟΔΟΣ Núñez") == {"οδος", "núñez"}


_BED = gated(r"\bbed\s+\d+")
_WARD = gated(r"\b(?:ward|unit)\b(?:\s+\d+)?", re.IGNORECASE)
# a set of a whole word and a substring ("micu", "sicu": "icu" may be part of a word)
_ICU = gated(r"\b[a-z]{0,3}icu\s+\d+|\bward\s+\d+")


@pytest.mark.parametrize(("gate", "text", "found"), [
    (_BED, "bed 12", ["bed 12"]),
    (_BED, "at the bedside 12 times", []),  # holds "bed", not the word
    (_BED, "Mr. Núñez, bed 4", ["bed 4"]),
    (_WARD, "the WARD 4 team", ["WARD 4"]),
    (_WARD, "Ward rounds", ["Ward"]),
    (_WARD, "forward 4", []),
    # a case-ignoring pattern is always tried on a non-ASCII text
    (_WARD, "ſtation, Unit 7, Ñ", ["Unit 7"]),
    (_ICU, "back to the micu 4", ["micu 4"]),
    (_ICU, "ward 9 then icu 2", ["ward 9", "icu 2"]),
    (_ICU, "the unit 4", []),
    (_ICU, "Núñez in sicu 3", ["sicu 3"]),
])
def test_the_word_test_skips_only_texts_without_a_match(gate, text: str, found: list[str]
                                                         ) -> None:
    assert [m.group() for m in gate.finditer(text)] == found
    assert [m.group() for m in gate.compiled.finditer(text)] == found
