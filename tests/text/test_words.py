"""The text toolkit's word helpers."""

from __future__ import annotations

import pytest

from assistant.text.words import initials


@pytest.mark.parametrize(("name", "expected"), [
    ("Society for Maternal-Fetal Medicine", "SMFM"),
    ("American Heart Association", "AHA"),
    ("Society of General Internal Medicine", "SGIM"),
    ("society of hospital medicine", ""),
    ("  Pediatric   Academic-Societies ", "PAS"),
    ("", ""),
])
def test_initials_take_each_capitalised_word_and_hyphenated_part(name: str,
                                                                 expected: str) -> None:
    assert initials(name) == expected
