"""The one pronoun list, compiled with each case handling the assistant uses."""

from __future__ import annotations

import pytest

from assistant.text.pronouns import (
    FIRST_PERSON,
    FIRST_PERSON_SUBJECT,
    SECOND_PERSON,
    capital_i,
    pronouns,
)


@pytest.mark.parametrize(
    ("words", "options", "text", "found"),
    [
        # as written: "I" upper-case, the rest lower-case
        (FIRST_PERSON, {}, "I met her", True),
        (FIRST_PERSON, {}, "i met her", False),
        (FIRST_PERSON, {}, "My clinic", False),
        (FIRST_PERSON, {}, "after my talk", True),
        (FIRST_PERSON, {}, "I'll send it", True),
        (FIRST_PERSON, {}, "Mine is here", False),
        # sentence case: a word may open the sentence
        (FIRST_PERSON_SUBJECT, {"sentence_case": True}, "We met at ACP", True),
        (FIRST_PERSON_SUBJECT, {"sentence_case": True}, "we'll see", True),
        (FIRST_PERSON_SUBJECT, {"sentence_case": True}, "our clinic", False),
        (FIRST_PERSON_SUBJECT, {"sentence_case": True}, "WE met", False),
        # folded: for lower-cased text
        (FIRST_PERSON, {"folded": True}, "i'm on nights", True),
        (SECOND_PERSON, {"folded": True}, "thank u so much", True),
        (SECOND_PERSON, {"folded": True}, "youth clinic", False),
        (SECOND_PERSON, {"folded": True}, "a ur cx", True),
    ],
)
def test_pronoun_patterns(
    words: tuple[str, ...], options: dict[str, bool], text: str, found: bool
) -> None:
    assert (pronouns(words, **options).search(text) is not None) is found


def test_compiled_once() -> None:
    assert pronouns(FIRST_PERSON, folded=True) is pronouns(FIRST_PERSON, folded=True)


@pytest.mark.parametrize(("typed", "written"), [
    ("cases i saw on nights", "cases I saw on nights"),
    ("i'm starting in july and i’ll email", "I'm starting in july and I’ll email"),
    ("i", "I"),
    ("i.e. the abstract", "i.e. the abstract"),  # an abbreviation
    ("an i-STAT result", "an i-STAT result"),  # a letter of a name
    ("the e.i ratio, pi and ii", "the e.i ratio, pi and ii"),  # inside words
    ("Already I", "Already I"),
])
def test_capital_i_writes_only_the_pronoun(typed: str, written: str) -> None:
    assert capital_i(typed) == written
