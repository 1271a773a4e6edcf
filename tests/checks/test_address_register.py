"""An unprofessional address built on a word no list holds: decided by what is left of the
address once the sender's name, initials, credentials and numbers are taken out."""

from __future__ import annotations

import pytest

from assistant.checks.rules_sender_email import address_register

NAME = "Maria Gomez"
# (address, expected: None = professional, True = a warning, False = info, unsure)
ADDRESSES = [
    ("mariabobaqueen@gmail.com", True),      # a word glued to the name
    ("docmcstuffins4eva@gmail.com", True),   # a number standing for a word
    ("mariaslayz@gmail.com", True),          # slang
    ("gomez.gr8doc@yahoo.com", True),
    ("sunshinegomez@gmail.com", False),     # glued to the name: "mariarose" may be one name
    ("cupcake.gomez@gmail.com", False),      # a word on its own: may be a middle name
    ("maria.rose.gomez@gmail.com", False),
    ("maria.gomez1996@gmail.com", None),     # a birth year
    ("mgomez.md@gmail.com", None),
    ("maria.l.gomez@gmail.com", None),
    ("gomezmaria@outlook.com", None),
    ("maria-gomez-md@proton.me", None),
    ("dr.maria.gomez@gmail.com", None),
    ("gomez.m.cardio@gmail.com", None),
    ("mgomez.research@gmail.com", None),
    ("mgomez2@ucsf.edu", None),              # an institution's address
    ("queenbee@ucsf.edu", None),             # an institution chose it
]


@pytest.mark.parametrize(("address", "expected"), ADDRESSES, ids=[a for a, _ in ADDRESSES])
def test_address_register(address: str, expected: bool | None) -> None:
    found = address_register(address, NAME)
    assert (found[1] if found else None) is expected


@pytest.mark.parametrize(("address", "name"), [
    ("rvenkat1@hfhs.org", "Rajesh Venkataraman"),
    ("raj.venkat@gmail.com", "Rajesh Venkataraman"),
    ("zoe.lukasiewicz@gmail.com", "Zoë Łukasiewicz"),
    ("chidinma.okeke@gmail.com", "Chidinma Okeke, DO"),
    ("hope.williams@gmail.com", "Hope Williams"),
    ("maria.gomez@gmail.com", None),  # without the name nothing can be told from it
    ("x" * 200 + "@gmail.com", NAME),
])
def test_names_and_nicknames_of_the_name_are_not_chosen_words(address: str,
                                                              name: str | None) -> None:
    assert address_register(address, name) is None
