"""Anchored pattern lists: the compiled alternation (grouped by first letter, told the
characters a match opens with) finds exactly what the plain alternation finds."""

from __future__ import annotations

import re

import pytest

from assistant.checks.anchored import AnchoredPatterns
from assistant.checks.register_phrases import FORMAL_SCAN, PHRASE_SCAN
from assistant.checks.text import word_matches
from assistant.text.gate_reading import first_chars

# Invented sentences that hold many anchors of the register lists at once.
TEXTS = [
    "no biggie, ya know, i was like, so so tired but super super pumped af. be up for a sec?",
    "for real, it was too good; are you up for coffee? big time thanks, you know.",
    "i humbly request the honour of connecting and hereby, pursuant to your note, say hi af",
    "  af\tso so, y'know!  like, we were up for it, no stress at all ... really really",
]


@pytest.mark.parametrize("scan", [PHRASE_SCAN, FORMAL_SCAN])
@pytest.mark.parametrize("text", TEXTS)
def test_the_same_matches_as_the_plain_alternation(scan: AnchoredPatterns, text: str) -> None:
    present = scan.present(text)
    if not present:
        assert scan.matches(text) == []
        return
    plain = re.compile("|".join(f"(?:{scan.patterns[i]})" for i in present))
    expected = [(m.span(), m.group()) for m in word_matches(plain, text)]
    assert [(m.span(), m.group()) for m in scan.matches(text)] == expected


@pytest.mark.parametrize(("source", "first"), [
    (r"(?:be|are[ \t]+you)[ \t]+up\b", "ab"),
    (r"(?<=\bso[ \t])like|to+", "lt"),
    (r",[ \t]*ya", ","),
    (r"[ \t]+af", r"\	\ "),
    (r"x?y", "xy"),
])
def test_first_chars_names_every_first_character(source: str, first: str) -> None:
    assert first_chars(source) == first


@pytest.mark.parametrize("source", [r"a*", r".ab", r"(?:zq|[^a])", r"é|e", "(unclosed"])
def test_first_chars_is_empty_when_anything_or_nothing_may_open_a_match(source: str) -> None:
    assert first_chars(source) == ""
