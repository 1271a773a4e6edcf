"""The inverted default: an identifier is a patient's until the guard can say whose it is.

Tables of sentences written for this test (not from the corpus or its hold-out): each
identifier-shaped span is found without a cue word, with severity `error` when the sentence
ties it to a patient or family and `warning` when nothing says whose it is; look-alikes that
belong to the sender, the contact, a colleague, an institution or an event stay clean.
"""

from __future__ import annotations

import pytest

from assistant.checks import check
from assistant.phi import find_phi, redact

FOUND = [
    # (text, type, span, severity)
    ("Subject: Mr. Bergström", "NAME", "Bergström", "warning"),
    ("Mrs. Lindqvist-Okoro signed the forms before she left.", "NAME", "Lindqvist-Okoro",
     "warning"),
    ("her grandson Tobias brings the insulin every morning", "NAME", "Tobias", "error"),
    ("the pt, ninety-two years old, lives at 48 Birch Rd, Fresno.", "AGE",
     "ninety-two years old", "error"),
    ("the pt, ninety-two years old, lives at 48 Birch Rd, Fresno.", "LOCATION",
     "48 Birch Rd, Fresno", "error"),
    ("lives at 12 Elm St, Springfield.", "LOCATION", "12 Elm St, Springfield", "error"),
    ("bed 7 on 4 West, the man with the GI bleed", "ROOM", "bed 7", "error"),
    ("I attached a picture of his face so you can see the palsy", "PHOTO",
     "picture of his face", "error"),
    ("ssn 123.45.6789 on the wristband", "SSN", "123.45.6789", "error"),
    ("acct HB 88213 went to collections", "ACCOUNT", "HB 88213", "error"),
    ("plate 6ABC123 was in the police report", "VEHICLE", "6ABC123", "error"),
    ("her son texts me from 209 555 0147 at night", "PHONE", "209 555 0147", "error"),
    ("she came in on Christmas Eve with chest pain", "DATE", "Christmas Eve", "error"),
    ("on 7/4 he was extubated", "DATE", "7/4", "error"),
    ("the 103 y/o from the geri ward is home", "AGE", "103 y/o", "error"),
]

CLEAN = [
    "Thank you for the talk on Cushing disease at ACP in Boston on April 12.",
    "Dr. Okafor and our coordinator Karen set up the Zoom: https://zoom.us/j/123456789",
    "the 85-year-old from our clinic study, n=40, median age 72",
    "Published in 2024 (PMID 33445566, doi:10.1056/NEJMoa2034577), NCT04512345.",
    "My cell is 415-555-0188; our program office is (559) 459-4000.",
    "Hi Tobias, great to meet you at the SHM mixer in Las Vegas on March 30!",
    "I start nights on Monday, June 2, then have a research block at Stanford.",
    "Our 32-bed unit moved to the new tower; the residents' lounge is room 2214.",
    "Thanks again,\nLeah Cho, MD\nPGY-2, Kaweah Health\n400 W Mineral King Ave, Visalia, CA 93291",
]


@pytest.mark.parametrize(("text", "kind", "span", "severity"), FOUND, ids=lambda v: str(v)[:30])
def test_identifier_is_found_without_a_cue(text: str, kind: str, span: str, severity: str) -> None:
    found = [(f.type, f.text, f.severity) for f in find_phi(text)]
    assert (kind, span, severity) in found, found


@pytest.mark.parametrize("text", CLEAN, ids=lambda t: t[:30])
def test_look_alike_is_attributed_to_a_non_patient(text: str) -> None:
    assert [(f.type, f.text) for f in find_phi(text)] == []


def test_known_names_from_the_request_are_not_patients() -> None:
    text = "Subject: Karim Oyelowo-Bassi"
    assert any("Oyelowo" in f.text for f in find_phi(text))
    assert find_phi(text, ["Karim Oyelowo-Bassi"]) == []


def test_redact_hides_warnings_too() -> None:
    redacted, mapping = redact("Subject: Mr. Bergström")
    assert "Bergström" not in redacted
    assert mapping == {"[PATIENT]": "Bergström"}


def test_redact_hides_the_city_of_a_street_address() -> None:
    redacted, _ = redact("lives at 12 Elm St, Springfield. neighbors found him down")
    assert "Springfield" not in redacted and "Elm" not in redacted


def test_phi_check_carries_the_guard_severity() -> None:
    text = "Dear Dr. Lee,\n\nMr. Bergström asked me to thank you.\n\nBest,\nMaria"
    phi = [f for f in check(text) if f.code == "phi"]
    assert [(f.severity, text[f.start : f.end]) for f in phi] == [("warning", "Bergström")]
    assert phi[0].message.startswith("Is “Bergström” a patient's name?")
