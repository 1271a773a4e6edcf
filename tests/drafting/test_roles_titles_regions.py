"""A role's training year and field in their usual order; shorthand in a show's title kept and
two table forms joined by a slash written out; the US regions and a reaction typed with no
subject. Every wording here is made up for the test; none is from a corpus."""

from __future__ import annotations

import pytest

from assistant.engines.offline.details import reaction
from assistant.engines.offline.parse import role
from assistant.text import casing
from assistant.text.shorthand import expand


@pytest.mark.parametrize(("typed", "written"), [
    ("r3 gen surg", "R3 general surgery resident"),
    ("4th yr ortho resident", "fourth-year orthopedic resident"),
    ("first year psych resident", "first-year psychiatry resident"),
    ("PGY3 chief resident peds", "PGY-3 pediatrics chief resident"),
    ("em resident", "emergency medicine resident"),
    ("pgy2 FM/peds", "PGY-2 family medicine/pediatrics resident"),
])
def test_a_role_reads_in_its_usual_order(typed: str, written: str) -> None:
    assert role(typed) == written


@pytest.mark.parametrize(("typed", "written"), [
    ("caught her on the Peds Deep Dive podcast", "caught her on the Peds Deep Dive podcast"),
    ("his EM Cases show", "his EM Cases show"),
    ("neuro/psych overlap", "neurology/psychiatry overlap"),
    ("cards/onc clinic", "cardiology/oncology clinic"),
    ("an u/s elective", "an u/s elective"),  # not both in the table: as typed
])
def test_titles_keep_their_shorthand_and_slashes_join_two_fields(typed: str, written: str
                                                                  ) -> None:
    assert expand(typed) == written


@pytest.mark.parametrize(("typed", "written"), [
    ("a rural job in the upper peninsula", "a rural job in the Upper Peninsula"),
    ("back to new england after residency", "back to New England after residency"),
    ("near family in st paul", "near family in St. Paul"),
    ("the west side of the unit", "the west side of the unit"),
    # a name before a geographic noun, its words no ordinary words
    ("a clinic in the yakima valley", "a clinic in the Yakima Valley"),
    ("family in san mateo county", "family in San Mateo County"),
    ("a small rural county", "a small rural county"),
    ("our home state", "our home state"),
])
def test_us_regions_take_their_capitals(typed: str, written: str) -> None:
    assert casing.restore(typed, {}) == written


@pytest.mark.parametrize(("typed", "said"), [
    ("really liked your slide on fluid stewardship",
     "I really liked your slide on fluid stewardship."),
    ("was struck by how calm the family meeting felt", "I was struck by how calm the family "
                                                       "meeting felt."),
    ("walked me through the ventilator settings", None),
])
def test_a_reaction_is_the_residents_own(typed: str, said: str | None) -> None:
    assert reaction(typed) == said
