"""A gated pattern finds exactly what its pattern finds: the gate only skips texts that cannot
match. Checked for the gate itself and for every gated pattern of the PHI guard."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import assistant.phi
from assistant.text.gated import Gated

_YESTERDAY = Gated(re.compile(r"\byesterday\b", re.IGNORECASE), "yesterday", fold=True)
_SELF = Gated(re.compile(r"\bI am\b"), "I am")


@pytest.mark.parametrize(("gated", "text", "found"), [
    (_YESTERDAY, "seen yesterday in clinic", ["yesterday"]),
    (_YESTERDAY, "Seen YESTERDAY in clinic", ["YESTERDAY"]),
    (_YESTERDAY, "seen today in clinic", []),
    # non-ASCII letters that match ASCII ones when case is ignored: the gate stays open
    (_YESTERDAY, "seen yeſterday in clinic", ["yeſterday"]),
    (_YESTERDAY, "seen YESTERDAY \u2014 Mrs. Đặng", ["YESTERDAY"]),
    (_SELF, "Hi, I am Maria", ["I am"]),
    (_SELF, "Hi, i am Maria", []),
    (_SELF, "", []),
])
def test_gate_finds_what_the_pattern_finds(gated: Gated, text: str, found: list[str]) -> None:
    assert [m.group() for m in gated.finditer(text)] == found
    assert [m.group() for m in gated.pattern.finditer(text)] == found
    assert (gated.search(text) is None) == (not found)


@pytest.mark.parametrize("needles", [(), ("",), ("Yesterday",)])
def test_bad_needles_are_refused(needles: tuple[str, ...]) -> None:
    with pytest.raises(ValueError):
        Gated(re.compile("yesterday", re.IGNORECASE), *needles, fold=True)


# Texts in which the guard's gated patterns match (or nearly do), in both cases and with
# non-ASCII letters; each gated pattern must find here exactly what its bare pattern finds.
_TEXTS = [
    "Pt seen last Tuesday and again 3 days ago; she was admitted yesterday, age 94.",
    "PAST MONTH: Aged: 101. Age 92 at admission. Ages 90 and over.",
    "I'm Maria Gomez, PGY-1. I am writing because my name is on the list; this is Dr. Lee.",
    "a photo of her face, the patient's selfie, his picture from the wedding, a mugshot",
    "FaceTime screenshot of his droop; a video of him walking; WhatsApp video stills",
    "Figure 2: the patient at day 5, full face. Her facial features are shown in Figure 3.",
    "identified by his fingerprints; her retinal scan; the pt's dna profile; gait pattern",
    "SSN ending 4412, social security number last 4 0142",
    "2001:db8::8a2e:370:7334 and fe80:0:0:0:0:0:0:1 and a:b:c",
    "Sra. Núñez, yeſterday, the \u212aelvin scale, pıcture of hıs face",
]


def _gated_patterns() -> list[tuple[str, Gated]]:
    found = []
    for info in pkgutil.iter_modules(assistant.phi.__path__):
        module = importlib.import_module(f"assistant.phi.{info.name}")
        found += [(f"{info.name}.{name}", value) for name, value in vars(module).items()
                  if isinstance(value, Gated)]
    return found


@pytest.mark.parametrize(("name", "gated"), _gated_patterns())
def test_guard_gates_skip_only_texts_without_a_match(name: str, gated: Gated) -> None:
    for text in _TEXTS + [t.lower() for t in _TEXTS]:
        expected = [m.span() for m in gated.pattern.finditer(text)]
        assert [m.span() for m in gated.finditer(text)] == expected, (name, text)
