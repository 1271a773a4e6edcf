"""A single capitalised word after a ward verb done to records and people alike ("rounded on",
"consulted on") is the person cared for when the census lists it as a name and English does not
use it; a project, a tool or a ward keeps its words. (Sentences written for these tests.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I rounded on Delbert before noon.", "Delbert"),
        ("consulted on Haddad overnight for hyperkalemia", "Haddad"),
        ("we rounded on Okafor again after the scan", "Okafor"),
        ("Rounded on Kessler yesterday, still confused.", "Kessler"),
    ],
)
def test_a_census_name_after_a_ward_verb_is_found(text: str, word: str) -> None:
    assert any(f.type == "NAME" and word in f.text for f in find_phi(text))


@pytest.mark.parametrize(
    "text",
    [
        "I rounded on Kessler 5 with the night team.",  # a ward and its number
        "She consulted on Medicare billing rules for the clinic.",  # a noun the word modifies
        "We rounded on Epic order sets during the QI block.",  # a common English word
        "Dr. Ames consulted on Cardiology grand rounds planning.",  # not a census name
    ],
)
def test_a_record_or_a_ward_is_not_a_person(text: str) -> None:
    assert not [f for f in find_phi(text) if f.type == "NAME"]


@pytest.mark.parametrize(("word", "listed"), [("Delbert", True), ("DELBERT", True),
                                               ("delbert", True), ("Stapler", False)])
def test_a_name_list_answers_alike_before_and_after_it_builds_its_set(
        word: str, listed: bool) -> None:
    """The census lists are searched as text for the first words of a process and as a set
    after; a word's case must not change the answer when the set arrives (a long text, or any
    text after a long one, once lost every capitalised name)."""
    from assistant.phi.census import LOOKUPS_BEFORE_SET, NameList

    names = NameList("dist.male.first")
    before = word in names
    for i in range(LOOKUPS_BEFORE_SET + 1):  # distinct words until the set is built
        _ = f"zzq{i:03d}" in names
    assert before is listed
    assert (word in names) is listed
