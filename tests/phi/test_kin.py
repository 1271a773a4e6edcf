"""The one lexicon of relatives: how patterns build from it, and that they agree."""

from __future__ import annotations

import re

import pytest

from assistant.phi import kin
from assistant.phi.name_words import RELATIVE
from assistant.phi.subjects import PERSON_HEADS


@pytest.mark.parametrize(("kinds", "options", "expected"), [
    ((("aunt", "uncle"), ("uncle", "niece")), {}, "aunt|uncle|niece"),
    ((("aunt", "uncle"),), {"drop": ("aunt",)}, "uncle"),
    ((("son", "daughter"),), {"plural": True}, "sons?|daughters?"),
])
def test_alternation(kinds: tuple[tuple[str, ...], ...], options: dict[str, object],
                     expected: str) -> None:
    assert kin.alternation(*kinds, **options) == expected  # type: ignore[arg-type]


def test_word_set_drops() -> None:
    assert kin.word_set(kin.CARERS, drop=("proxy",)) == {"caregiver", "guardian"}


@pytest.mark.parametrize("word", [*kin.CLOSE, *kin.NIECES_NEPHEWS, *kin.GRANDCHILDREN,
                                  *kin.AUNTS_UNCLES, *kin.STEP, "kids", "kid", "fiancée"])
def test_every_relative_of_a_kind_is_a_relative_name_cue(word: str) -> None:
    assert re.fullmatch(RELATIVE, word)


@pytest.mark.parametrize("word", [*kin.CLOSE, *kin.GRANDPARENTS_FAMILIAR, "caregiver"])
def test_close_relatives_head_a_person_subject(word: str) -> None:
    assert word in PERSON_HEADS
