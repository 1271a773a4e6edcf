"""Towns typed in lowercase after a preposition of place get their capitals (GeoNames' smaller
places, never a word of English form); decisions numbered inside one line are that many
decisions; a training year with a field of any form gains its noun. Wordings invented here."""

from __future__ import annotations

import pytest

from assistant.engines.offline.fields import items, role
from assistant.text import casing


@pytest.mark.parametrize(("typed", "written"), [
    ("a free clinic in brookline", "a free clinic in Brookline"),
    ("she grew up near spokane", "she grew up near Spokane"),
    ("moving from sioux falls next year", "moving from Sioux Falls next year"),
    ("a rotation at the tribal clinic in gallup", "a rotation at the tribal clinic in Gallup"),
    # no preposition of place: a town's name may be anyone's word
    ("brookline and bethel", "brookline and bethel"),
    # words of English form, fields and common words stay
    ("her role in shaping the curriculum", "her role in shaping the curriculum"),
    ("a fellowship in nephrology", "a fellowship in nephrology"),
    ("results in normal saline", "results in normal saline"),
    ("a bend in the road", "a bend in the road"),
])
def test_a_town_after_a_preposition_of_place(typed: str, written: str) -> None:
    assert casing.restore(typed, {}) == written


@pytest.mark.parametrize(("typed", "split"), [
    (["1. IR vs DR 2. research time 3. when to sit boards"],
     ["IR vs DR", "research time", "when to sit boards"]),
    (["1) chief year 2) a second MPH course"], ["chief year", "a second MPH course"]),
    (["(1) stay local (2) move west"], ["stay local", "move west"]),
    # numbers that do not count up from 1 belong to the text
    (["whether to take Step 3. before July"], ["whether to take Step 3. before July"]),
    (["whether 2) weeks is enough"], ["whether 2) weeks is enough"]),
    (["1. one decision only"], ["one decision only"]),
])
def test_decisions_numbered_in_one_line(typed: list[str], split: list[str]) -> None:
    assert items(typed) == split


@pytest.mark.parametrize(("typed", "written"), [
    ("R1 anesthesia", "R1 anesthesia resident"),
    ("R2 gastroenterology", "R2 gastroenterology resident"),
    ("PGY-2 geriatrics", "PGY-2 geriatrics resident"),
    ("PGY-1 podiatry", "PGY-1 podiatry resident"),
    ("R3 neonatology fellow", "R3 neonatology fellow"),
])
def test_a_year_and_a_field_of_any_form_gain_the_noun(typed: str, written: str) -> None:
    assert role(typed) == written
