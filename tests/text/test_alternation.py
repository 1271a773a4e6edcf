"""An alternation grouped by first letter matches exactly what it matches as written: the same
spans, groups and last group, searched whole, matched at a position and searched in a window.
Checked on patterns built to catch a reordering, and on every pattern of the PHI guard."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import assistant.phi
from assistant.text import alternation
from assistant.text.alternation import compile_tree

_TEXTS = [
    "the disease was diagnosed; Graves' disease, a Wells score of 4, the sign of Leser",
    "Discharged to SNF on 3/14, readmitted 3/20; DISCHARGE summary; dc'd home",
    "mr Okafor, Mrs. Ames and Dr. Lee; yeſterday, the \u212aelvin scale, \u017fon, ROOM 12",
    "sent home, sent back, seen by ortho, scored 3 of 5, scales, scale",
    "abc abd ab a aab xabc a1 b2 ccc cab cad",
    "\u017fent \u212a \u212aelvin \u0130s \u0131s Is 3 yo pt 12yo MICU icu",
    "",
]


@pytest.mark.parametrize("pattern", [
    # shared first letters, kept in order: the first branch that leads to a match wins
    r"\b(?:sent|send|seen|scale|scales?|score|sign|s)\b",
    r"(?:ab|abc|a|abd)",
    r"(?:a|ab|abc|abd)c?",
    # a branch that opens with no plain letter is a barrier nothing moves across
    r"(?:ab|[a-c]b|abc|x|ac|a\w+)",
    r"(?:ab|(?:a)bd|abc|aab|ca|cad)",
    # empty branches, groups, backreferences, repeats, look-arounds
    r"(?:x|a|ab|)(?:ab|abd|c)",
    r"(?P<w>ab|abc|ac|ad)(?P=w)?",
    r"(?:(?P<one>ab)|(?P<two>abc)|(?P<three>a)|ad|cc)+",
    r"(?<=\s)(?:cab|cad|ccc|ca)(?!\w)",
    r"(?:ab|ac|ad|ae)(?:a|b|c|d)*?\s",
    # case folding: "ſon" is "son", the Kelvin sign is "k" (never grouped by their lower case)
    r"(?i)\b(?:son|sent|Scale|\u017fon|kelvin|K|ROOM|room)\b",
    r"(?i:dis|DIS|diSEASE|disc|d)\w*",
    r"\b(?:dr|Dr|mr|Mr|mrs|Mrs)\.?\s+\w+",
])
def test_the_same_matches(pattern: str) -> None:
    _same(pattern, 0)


@pytest.mark.parametrize(("pattern", "first"), [
    # the gate's look-ahead names the first characters; the engine then skips other positions
    (r"(?=[bdrs])\b(?:room|bed|sent|scale|drug|disease)\s*\w*", "bdrs"),
    (r"(?=[\dp])\b(?:pt|\d+\s*yo)\b", r"\dp"),
    (r"(?=[\wi])\b\w*icu\b", r"\wi"),
    # under IGNORECASE the set holds every letter that folds to one of its own ("ſ", "K")
    (r"(?i:(?=[KSks]))\b(?:son|sent|kelvin|k)\b", "KSks"),
    (r"(?i)(?=[is])(?:is|son)", "is"),
])
def test_the_same_matches_with_first_characters(pattern: str, first: str) -> None:
    _same(pattern, 0, first)


def test_every_letter_ignorecase_matches_is_known() -> None:
    letters = re.compile("(?i)[a-z]")
    extra = {c for c in map(chr, range(128, 0x110000)) if letters.match(c)}
    assert extra == set("".join(alternation.FOLD_EXTRA.values()))
    for ascii_letter, others in alternation.FOLD_EXTRA.items():
        assert all(re.fullmatch(f"(?i){ascii_letter}", c) for c in others)


def _signature(match: re.Match[str] | None) -> object:
    return None if match is None else (match.span(), match.groups(), match.lastindex)


def _same(pattern: str, flags: int, first: str = "") -> None:
    written, grouped = re.compile(pattern, flags), compile_tree(pattern, flags, first)
    assert grouped.pattern == written.pattern and grouped.groupindex == written.groupindex
    for text in _TEXTS + [t.lower() for t in _TEXTS] + [t.upper() for t in _TEXTS]:
        assert [_signature(m) for m in grouped.finditer(text)] == [
            _signature(m) for m in written.finditer(text)], (pattern, text)
        for pos in range(len(text)):
            assert _signature(grouped.match(text, pos)) == _signature(written.match(text, pos))
            assert _signature(grouped.search(text, pos, pos + 12)) == _signature(
                written.search(text, pos, pos + 12))


def test_a_large_alternation_is_grouped_by_first_letter() -> None:
    from re import _constants, _parser

    parsed = _parser.parse(r"(?:disease|drug|sign|score|x|y)")
    (op, (_, branches)), = alternation._rewrite(parsed, 0).data
    assert op is _constants.BRANCH and len(branches) == 4  # d(...), s(...), x, y


def _guard_patterns() -> list[tuple[str, int]]:
    found: dict[tuple[str, int], None] = {}
    for info in pkgutil.iter_modules(assistant.phi.__path__):
        module = importlib.import_module(f"assistant.phi.{info.name}")
        for value in vars(module).values():
            if isinstance(value, re.Pattern) or hasattr(value, "looks_ahead"):
                found[(value.pattern, value.flags)] = None
    return list(found)


def test_every_guard_pattern_matches_the_same() -> None:
    for pattern, flags in _guard_patterns():
        written, grouped = re.compile(pattern, flags), compile_tree(pattern, flags)
        for text in _TEXTS + [t.lower() for t in _TEXTS]:
            assert [_signature(m) for m in grouped.finditer(text)] == [
                _signature(m) for m in written.finditer(text)], pattern
