"""A relative's word alone ("her sister's wedding") ties a sentence to a patient's family only
in a message that speaks of a patient or of care, or in clinical words: otherwise what the
sentence names is found as a warning, not as a patient's error. (Sentences written for these
tests, not taken from a corpus.)"""

from __future__ import annotations

import pytest

from assistant.phi import find_phi


@pytest.mark.parametrize(
    "text",
    [
        "Covering for Marisela while she's in Oaxaca for her sister's wedding.",
        "Can you swap with Teodora? Her brother's graduation is in Flagstaff that weekend.",
    ],
)
def test_a_relative_alone_makes_no_error(text: str) -> None:
    assert [f.text for f in find_phi(text) if f.severity == "error"] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a patient cue in the same sentence
        ("pt's daughter says she went back to lemoore last week", "lemoore"),
        # a patient cue elsewhere in the message
        ("Admitted her overnight with a GI bleed. Her son lives out in Kettleman City.",
         "Kettleman City"),
        # the sentence in clinical words
        ("his wife says the seizures started last Tuesday", "last Tuesday"),
    ],
)
def test_a_relative_in_a_message_about_care_stays_an_error(text: str, span: str) -> None:
    found = {f.text: f.severity for f in find_phi(text)}
    assert found[span] == "error"
