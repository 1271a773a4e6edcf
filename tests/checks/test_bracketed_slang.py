"""Text-speak at the end of a bracketed aside is text-speak ("(sending it here lol)"); a single
letter before a closing bracket is a list mark or a symbol ("a)", "(r)") and no word."""

from __future__ import annotations

import pytest

from assistant.checks import check


@pytest.mark.parametrize(("text", "said"), [
    ("Hi Dr. Oyelaran, a quick question (sending it here lol). Could we talk?", " lol"),
    ("Hi Dr. Oyelaran, I finished the draft (finally tbh). Could we talk?", "tbh"),
])
def test_text_speak_closing_an_aside_is_flagged(text: str, said: str) -> None:
    found = [text[f.start:f.end] for f in check(text, channel="linkedin_note")
             if f.code == "slang"]
    assert said in found


@pytest.mark.parametrize("text", [
    "Hi Dr. Oyelaran, two options: a) a call, b) an email. Which suits you?",
    "Hi Dr. Oyelaran, the correlation (r) was 0.4 in our cohort. Could we talk?",
])
def test_a_letter_before_a_bracket_is_no_word(text: str) -> None:
    assert not [f for f in check(text, channel="linkedin_note") if f.code == "slang"]
