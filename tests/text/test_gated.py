"""A gated pattern finds exactly what its pattern finds: the gate only skips texts that cannot
match. Checked for the words read from a pattern, for the gate, and for every gated pattern of
the PHI guard."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re

import pytest

import assistant.phi
from assistant.text.gate_reading import derive, required_words, with_first_letters
from assistant.text.gated import Gated, gated


@pytest.mark.parametrize(("pattern", "sets", "fold"), [
    (r"\byesterday\b", [{"yesterday"}], False),
    # the parser reads "pt|patient" as "p" then "t|atient": the words are whole again
    (r"\b(?:pt|patient)\s+\w+", [{"pt", "patient"}], False),
    (r"(?i:goes\s+by)\s+\w+", [{"goes"}], True),
    (r"(?i)\bSSN\b", [{"ssn"}], True),
    # a case-sensitive word beside a folded one is looked for lower-cased too
    (r"Dr\.\s+\w+(?i:\s+said)", [{"said"}], True),
    # a look-ahead's words are in the text too; optional words are not required
    (r"\d{5}(?=\s+zip\b)(?:\s+code)?", [{"zip"}], False),
    # every branch needs a word for the alternation to need one
    (r"\b(?:room|bed)\s*\d+|\d+[nsew]-\d+", [], False),
    (r"\b(?:room|bed)\s*\d+|\bward\s+\d+", [{"room", "bed", "ward"}], False),
    # words so common they say nothing come last
    (r"\bin\s+(?:room|bay)\s+\d", [{"room", "bay"}, {"in"}], False),
])
def test_required_words(pattern: str, sets: list[set[str]], fold: bool) -> None:
    found, folded = required_words(re.compile(pattern))
    assert [set(s) for s in found][: len(sets)] == sets
    if sets:
        assert folded == fold


@pytest.mark.parametrize(("pattern", "opening"), [
    (r"\b(?:room|bed)\s*\d+", "(?=[br])"),
    (r"\b(?:pt|\d+\s*yo)\b", r"(?=[\dp])"),
    (r"(?<!not )\bpatient", "(?=[p])"),
    # a part that ignores case makes the look-ahead ignore case too ("ſon" is "son" to it)
    (r"\b(?i:son|wife)\s+\w+", "(?i:(?=[SWsw]))"),
    # nothing to gain or nothing known: the pattern itself
    (r"(?:room|bed)\s*\d+", None),
    (r"\b(?:room)?\d+", r"(?=[\dr])"),
    (r"\b\w*icu\b", r"(?=[\wi])"),
    (r"\b(?:x)?", None),
    (r"\b(?:x|.)y", None),
])
def test_first_letters(pattern: str, opening: str | None) -> None:
    compiled = re.compile(pattern)
    faster = with_first_letters(compiled)
    if opening is None:
        assert faster is compiled
    else:
        assert faster.pattern == f"{opening}(?:{pattern})"
    for text in ("in room 12, bed 3", "pt 94 yo", "not patient; patient", "his ſon Ali, wife Mia"):
        assert [m.span() for m in faster.finditer(text)] == [
            m.span() for m in compiled.finditer(text)]


_YESTERDAY = gated(re.compile(r"\byesterday\b", re.IGNORECASE))
_SELF = gated(re.compile(r"\bI am\b"))
_ALWAYS = gated(re.compile(r"\d+[nsew]-\d+"))
_INLINE = gated(r"(?im)^[ \t]*(?:subject|re):[^\n]*")  # the flags written in the pattern


@pytest.mark.parametrize(("gate", "text", "found"), [
    (_YESTERDAY, "seen yesterday in clinic", ["yesterday"]),
    (_YESTERDAY, "Seen YESTERDAY in clinic", ["YESTERDAY"]),
    (_YESTERDAY, "seen today in clinic", []),
    # non-ASCII letters that match ASCII ones when case is ignored: the gate stays open
    (_YESTERDAY, "seen yeſterday in clinic", ["yeſterday"]),
    (_YESTERDAY, "seen YESTERDAY \u2014 Mrs. Đặng", ["YESTERDAY"]),
    (_SELF, "Hi, I am Maria", ["I am"]),
    (_SELF, "Hi, i am Maria", []),
    (_SELF, "", []),
    (_ALWAYS, "bed 5n-18", ["5n-18"]),
    (_INLINE, "SUBJECT: the 2pm huddle", ["SUBJECT: the 2pm huddle"]),
    (_INLINE, "hello\nRe: labs", ["Re: labs"]),
    (_INLINE, "no line of that kind", []),
])
def test_gate_finds_what_the_pattern_finds(gate: Gated, text: str, found: list[str]) -> None:
    assert [m.group() for m in gate.finditer(text)] == found
    assert [m.group() for m in gate.compiled.finditer(text)] == found
    assert (gate.search(text) is None) == (not found)


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
    "SSN ending 4412, social security number last 4 0142, acct HB 88213, plate 6ABC123",
    "his son Mateo drove him in; the patient's niece Ana; Abuela Rosa; baby girl Lopez",
    "Mrs. Ostrowski is in room 4312, then moved to bed 12 (rm 3); the Haddad case",
    "lives at 2210 W Shaw Ave, Fresno, CA 93704; 12 Elm Street; zip 93704 zip code",
    "a farmworker from Tulare; she drove in from Bakersfield; the patient from Chinle",
    "Subject: Ramos-Vega dc summary; Re: Okonkwo readmission; transferred to a SNF in Lemoore",
    "see https://example.org/x and www.acc.org and gofundme.com/f/helpmom",
    "Sra. Núñez, yeſterday, the \u212aelvin scale, pıcture of hıs face, ROOM 12",
]


def _gated_patterns() -> list[tuple[str, Gated]]:
    found = []
    for info in pkgutil.iter_modules(assistant.phi.__path__):
        module = importlib.import_module(f"assistant.phi.{info.name}")
        found += [(f"{info.name}.{name}", value) for name, value in vars(module).items()
                  if isinstance(value, Gated)]
    return found


@pytest.mark.parametrize(("name", "gate"), _gated_patterns())
def test_guard_gates_skip_only_texts_without_a_match(name: str, gate: Gated) -> None:
    assert gate.required or gate.looks_ahead, f"{name}: the gate changes nothing"
    for text in _TEXTS + [t.lower() for t in _TEXTS] + [t.upper() for t in _TEXTS]:
        expected = [m.span() for m in gate.compiled.finditer(text)]
        assert [m.span() for m in gate.finditer(text)] == expected, (name, text)


def test_a_gate_reads_like_its_pattern() -> None:
    """Its source builds larger patterns; its other methods are the pattern's own."""
    assert _SELF.pattern == r"\bI am\b" and _YESTERDAY.flags & re.IGNORECASE
    assert re.compile(rf"{_SELF.pattern}, (\w+)").search("I am, Ana").group(1) == "Ana"
    assert _YESTERDAY.sub("[DATE]", "seen Yesterday") == "seen [DATE]"
    assert _SELF.findall("I am, I am") == ["I am", "I am"]


def test_the_stored_reading_of_each_gated_pattern_is_its_reading_now() -> None:
    """gates.json (refreshed by `python -m assistant.text.gated`) is keyed by each pattern's
    source, so an entry is never stale; a pattern missing from it is read at first use."""
    from assistant.text import gated as module

    stored = json.loads(module._CACHE_PATH.read_text(encoding="utf-8"))
    for _name, gate in _gated_patterns():
        key = module._key(gate._source, gate._flags)
        if key in stored:
            assert stored[key] == json.loads(json.dumps(derive(gate._source, gate._flags)))
