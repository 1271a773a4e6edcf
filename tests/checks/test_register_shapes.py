"""Casual register read by its shape: a long everyday word typed in capitals for emphasis is
shouting though no short list names it, and a stretched text-speak word is written as the word
is. Wordings invented for these tests."""

from __future__ import annotations

import pytest

from assistant.checks import check


def _found(text: str, code: str) -> list[tuple[str, str | None]]:
    return [(text[f.start:f.end].strip(), f.suggestion) for f in
            check(text, kind="linkedin_note", channel="linkedin_note") if f.code == code]


@pytest.mark.parametrize(("text", "word", "fixed"), [
    ("I watched your WHOLE series on wound healing and it helped.", "WHOLE", "whole"),
    ("Your handout was HONESTLY the clearest thing I read this month.", "HONESTLY", "honestly"),
    ("I kept your checklist and it became our DEFAULT order set.", "DEFAULT", "default"),
])
def test_a_long_word_in_capitals_shouts(text: str, word: str, fixed: str) -> None:
    assert (word, fixed) in _found(text, "shouting")


@pytest.mark.parametrize("text", [
    "I read the ACGME letter and the STEMI protocol.",
    "Your talk on the CHEST guidelines and MIMIC data helped.",
])
def test_an_acronym_in_capitals_does_not(text: str) -> None:
    assert _found(text, "shouting") == []


@pytest.mark.parametrize(("text", "word", "fixed"), [
    ("lmaooo your ultrasound tips saved me", "lmaooo", ""),
    ("thxxx for the dermatology slides", "thxxx", "thank you"),
    ("that case was sooo hard", "sooo", "so"),
])
def test_a_stretched_casual_word_is_written_as_the_word_is(text: str, word: str,
                                                           fixed: str) -> None:
    assert (word, fixed) in _found(text, "slang")
