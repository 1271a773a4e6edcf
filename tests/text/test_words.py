"""The text toolkit's word helpers."""

from __future__ import annotations

import pytest

from assistant.text.words import article, initials


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


@pytest.mark.parametrize(("phrase", "expected"), [
    ("one-year chief resident", "a"), ("MS4", "an"), ("PGY-1 resident", "a"),
    ("hospitalist", "a"), ("unmatched graduate", "an"), ("university fellow", "a"),
    ("hour-long call", "an"), ("IMG resident", "an"), ("UCSF intern", "a"), ("", "a"),
])
def test_article_reads_acronyms_by_letter_names_and_words_by_sound(phrase: str,
                                                                   expected: str) -> None:
    assert article(phrase) == expected
