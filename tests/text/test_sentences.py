"""The one sentence splitter: where a sentence ends and where it does not."""

from __future__ import annotations

import pytest

from assistant.text.sentences import (
    enclosing_span,
    sentence_spans,
    split_sentences,
)

SPLITS = [
    # (text, sentences)
    ("I met Dr. Okafor at ACC. She studies HFpEF.",
     ["I met Dr. Okafor at ACC.", "She studies HFpEF."]),
    ("Ask about trials, e.g. the registry. Then thank her.",
     ["Ask about trials, e.g. the registry.", "Then thank her."]),
    ("Reading i.e. the review helps. Yes!", ["Reading i.e. the review helps.", "Yes!"]),
    ("J. R. Smith gave the talk. It was good.", ["J. R. Smith gave the talk.", "It was good."]),
    ("The EF rose to 3.5 percent. Good news.", ["The EF rose to 3.5 percent.", "Good news."]),
    # an age's "y.o." is shorthand, not a sentence's end
    ("a 93 y.o. from Selma was readmitted. Sad.", ["a 93 y.o. from Selma was readmitted.", "Sad."]),
    ("See https://acc.org/meetings.html for dates. Then write.",
     ["See https://acc.org/meetings.html for dates.", "Then write."]),
    ("Slides at example.com. Thanks.", ["Slides at example.com.", "Thanks."]),
    ("Prof. Nguyen et al. wrote it. Mrs. Lee agreed.",
     ["Prof. Nguyen et al. wrote it.", "Mrs. Lee agreed."]),
    ("Was it useful?! I think so…  Great.", ["Was it useful?!", "I think so…", "Great."]),
    ('She said "thanks." Then left.', ['She said "thanks."', "Then left."]),
    ("first para\n\nsecond para", ["first para", "second para"]),
    ("Agenda:\n- item one\n- item two", ["Agenda:", "- item one", "- item two"]),
    ("one line\nwraps here. End", ["one line\nwraps here.", "End"]),
    ("Meet at 8 a.m. on Jan. 5 in the lobby.", ["Meet at 8 a.m. on Jan. 5 in the lobby."]),
    ("", []),
    ("   \n\n  ", []),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_split(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_spans_are_offsets_into_the_text(text: str, expected: list[str]) -> None:
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == expected
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_spans_within_a_window() -> None:
    text = "Subject: Hi\nDear Ana, I met Dr. Lee. Thanks."
    start = text.index("I met")
    assert [text[s:e] for s, e in sentence_spans(text, start)] == ["I met Dr. Lee.", "Thanks."]


def test_line_spans_do_not_cross_a_line_break() -> None:
    text = "Best wishes from me. Call soon\nMaria Gomez"
    assert [text[s:e] for s, e in sentence_spans(text, lines=True)] == [
        "Best wishes from me.", "Call soon", "Maria Gomez"]


@pytest.mark.parametrize(("text", "word", "clause", "expected"), [
    ("Hi. The valve was incompetent; he is lazy. Bye", "lazy", False,
     "The valve was incompetent; he is lazy."),
    ("Hi. The valve was incompetent; he is lazy. Bye", "lazy", True, "he is lazy."),
    ("Hi. The valve was incompetent; he is lazy. Bye", "valve", True, "The valve was incompetent"),
    ("First line\nsecond line has word\nthird", "word", False, "second line has word"),
    ("no edges at all here", "edges", False, "no edges at all here"),
])
def test_enclosing_span(text: str, word: str, clause: bool, expected: str) -> None:
    i = text.index(word)
    s, e = enclosing_span(text, i, i + len(word), clause=clause)
    assert text[s:e] == expected


def test_a_megabyte_of_marks_is_one_sentence() -> None:
    """A run of marks glued to a word ends nothing; the scan stays linear (no time-out)."""
    text = "!" * 500_000 + "x" + " " * 500_000
    assert sentence_spans(text) == [(0, 500_001)]
