"""Patients named the way residents type them with no cue word - a lower-case given name and
surname, a name in parentheses after a patient noun, an age and sex or a bed, a lower-case
sign-out line - and the clinician whose patient is then named; the same names for colleagues
and staff. (Sentences written for these tests, not taken from a corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("fernanda quiroga was readmitted with cellulitis", "fernanda quiroga"),
        ("f/u on dmitri k - the biopsy came back benign", "dmitri k"),
        ("we missed the dvt in sabine okoro for two days", "sabine okoro"),
        ("77F (odessa) back from the cath lab", "odessa"),
        ("my pt (reginald) keeps asking for his wife", "reginald"),
        ("handoff: abernathy, clyde - npo for colonoscopy", "abernathy"),
        ("Dr. Moss's patient Mr. Quintero spiked again overnight", "Quintero"),
    ],
)
def test_patient_name_is_found(text: str, span: str) -> None:
    found = find_phi(text)
    assert any(f.type == "NAME" and f.text == span for f in found), (text, found)


@pytest.mark.parametrize(
    ("text", "clinician"),
    [
        ("Dr. Moss's patient Mr. Quintero spiked again overnight", "Moss"),
        ("Mr. Quintero, Dr. Moss's patient, spiked again overnight", "Moss"),
    ],
)
def test_treating_clinician_of_a_named_patient_is_not_flagged(text: str, clinician: str) -> None:
    assert not any(clinician in f.text for f in find_phi(text)), find_phi(text)


@pytest.mark.parametrize(
    "text",
    [
        "fernanda quiroga was my co-intern and is now a GI fellow",
        "sabine okoro from pharmacy taught our noon conference",
        "likely henoch schonlein purpura, the rash is classic",
        "the malar rash was photographed for the chart",
        "dmitri and i presented our poster at SHM",
    ],
)
def test_colleague_or_word_pair_is_not_a_patient(text: str) -> None:
    assert [f for f in find_phi(text) if f.type == "NAME"] == [], find_phi(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # care written as ward shorthand, with a time that reads like an event
        ("thx for covering, cordelia finch needs a 6am bmp", True),
        # a person the writer met at a networking event, whose work is clinical
        ("met cordelia finch at the poster session, she works on sepsis alerts", False),
        ("I wrote up the case of Cordelia Finch for the regional meeting", True),
    ],
)
def test_care_decides_a_name_typed_without_cue(text: str, found: bool) -> None:
    names = [f for f in find_phi(text) if f.type == "NAME"]
    assert bool(names) is found, (text, names)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("we lost wilhelmina overnight, family was at bedside", True),
        ("admitted thaddeus with a copd flare", True),
        ("wilhelmina went home this afternoon", True),
        ("we lost power in the middle of the talk", False),
        ("i admitted that the match scared me", False),
    ],
)
def test_lower_case_name_care_was_done_to(text: str, found: bool) -> None:
    names = [f for f in find_phi(text) if f.type == "NAME"]
    assert bool(names) is found, (text, names)
