"""Whose is a bare name, an age or a place? Decided by the syntax around it, one row each, in
both directions: the same shape given to a colleague, an author, an institution or the sender's
travel is clean; given to a patient it is a finding. (Sentences written for these tests, not
taken from a corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi

CLEAN = [
    # the age of a thing, not of a person
    "The clinic turns 100 next spring, and there's a party in the lobby.",
    "our residency is now 90 years old",
    "The 95-year-old library on Main is closing for repairs.",
    # praised, thanked or congratulated: colleagues
    "Congrats to Wairimu and Tadeusz on the new grant!",
    "Please thank Ingrid and Obinna for covering my call.",
    "Shout-out to Fenella for running the sim session.",
    # the sender's companion at work, cited authors, quoted people
    "Zubair and I ran the morning report together last week.",
    "The Lindqvist et al. review covers this nicely.",
    "As Peabody wrote, the secret of the care of the patient is in caring for the patient.",
    # who pointed the sender to someone
    "Hello Dr. Ruiz - Oluwadamilare suggested I reach out about the elective.",
    # staff where they work
    "Could you check with Ysolde in the simulation center about the mannequins?",
    # the next sentence gives the bare name a role
    "Do you still talk to Kazuhiro? He was the chief resident my intern year.",
    # a saint's name is a place
    "We'll be in San Bernardino for the regional meeting.",
    # the sender's travel, subject left out
    "Heading to Vanderbilt Friday for the second look.",
    # a place after "on": a street
    "The old building on Geary is where the sim lab used to be.",
    # the cited adviser's place
    "My advisor said Kayenta has a small hospital with a rural track.",
]

FOUND = [
    # a person's age
    ("the patient turns 100 next spring and wants a party on the unit", "100", "AGE"),
    ("Mrs. Ambrose is 97 years old and lives alone", "97 years old", "AGE"),
    # a bare name in a ward bed
    ("the lady in 9C, Wilhelmina, asked about her scan", "9C", "ROOM"),
    ("the lady in 9C, Wilhelmina, asked about her scan", "Wilhelmina", "NAME"),
    ("fyi, tran thi mai (bed 6) is going home tmrw", "tran thi mai", "NAME"),
    # a family by its surname
    ("Subject: Card from the Abernathys", "Abernathys", "NAME"),
    # a subject line about a stay
    ("Re: Oyelaran readmission", "Oyelaran", "NAME"),
    # a patient by title is never a colleague by syntax
    ("Please thank Mrs. Oduya for her patience during the biopsy.", "Oduya", "NAME"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_non_patients_are_clean(text: str) -> None:
    assert find_phi(text) == [], [(f.type, f.text) for f in find_phi(text)]


@pytest.mark.parametrize(("text", "span", "type_"), FOUND)
def test_patients_are_found(text: str, span: str, type_: str) -> None:
    found = find_phi(text)
    start = text.index(span)
    assert any(f.type == type_ and f.start < start + len(span) and start < f.end for f in found), (
        [(f.type, f.text) for f in found]
    )
