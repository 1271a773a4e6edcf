"""Suggestions that compose: spans found again after edits, seams repaired, Apply all clean."""

from __future__ import annotations

import pytest

from assistant import service
from assistant.models import DraftRequest, Finding
from assistant.ui import fixes
from assistant.ui.findings import compose_text


def finding(code: str, start: int, end: int, suggestion: str | None) -> Finding:
    return Finding(code=code, severity="warning", message="m", start=start, end=end,
                   suggestion=suggestion)


@pytest.mark.parametrize(("text", "fix", "flagged", "expected"), [
    # the span as found
    ("Hey Dr. Lee, thanks", finding("greeting", 0, 3, "Dear"), None, "Dear Dr. Lee, thanks"),
    # the resident typed before it: the words are found again, not the old offsets replaced
    ("Oh. Hey Dr. Lee", finding("greeting", 0, 3, "Dear"), "Hey", "Oh. Dear Dr. Lee"),
    # gone from the text: nothing happens
    ("Dear Dr. Lee", finding("greeting", 0, 3, "Dear"), "Hey", "Dear Dr. Lee"),
    # an interjection or emoji that ended a clause leaves a sentence break, not a run-on
    ("in touch lol thx", finding("slang", 8, 12, ""), None, "in touch. Thx"),
    ("in touch 😂 thanks", finding("emoji", 8, 10, ""), None, "in touch. Thanks"),
    # ... but not at the end of a sentence
    ("Thanks 🙂", finding("emoji", 6, 8, ""), None, "Thanks"),
    ("great lol.", finding("slang", 5, 9, ""), None, "great."),
    # a capital that began a sentence stays
    ("Great. Thx!", finding("slang", 7, 10, "thank you"), None, "Great. Thank you!"),
    # a greeting ends with a comma, on a line of its own
    ("Hey Dr. Marsh! It was good.", finding("greeting", 0, 3, "Dear"), None,
     "Dear Dr. Marsh,\n\nIt was good."),
    ("Hi Elena!!\nThanks", finding("exclamation", 8, 10, "!"), None, "Hi Elena,\nThanks"),
    # no suggestion, or the suggestion already there: unchanged
    ("Hey Dr. Lee", finding("greeting", 0, 3, None), None, "Hey Dr. Lee"),
    ("Hey Dr. Lee", finding("greeting", 0, 3, "Hey"), None, "Hey Dr. Lee"),
])
def test_apply_fix(text: str, fix: Finding, flagged: str | None, expected: str) -> None:
    assert fixes.apply_fix(text, fix, flagged) == expected


def test_apply_all_gives_a_message_the_checks_pass() -> None:
    """The message a new user sent: every fix, one after another, then a clean re-check."""
    request = DraftRequest.model_validate({
        "kind": "follow_up", "contact": {"name": "Dr. Elena Marsh"},
        "meeting": {"event": "SGIM 2026", "topics": ["night float handoffs"]}})
    text = compose_text("Great meeting you", (
        "Hey Elena!! It was so great to meet you at SGIM 2026 and talk about night float "
        "handoffs. I will send my project aim by Friday. I look forward to staying in touch "
        "lol 😂 thx!!\n\nMaya"))
    fixed, left = fixes.apply_all(text, lambda t: service.check_message(t, request))
    assert [f.code for f in left if f.severity != "info"] == []
    body = fixed.split("\n\n", 1)[1]
    assert body.startswith("Dear Dr. Marsh,\n\nIt was so great")
    assert "staying in touch. Thank you" in body
    assert "lol" not in body and "😂" not in body and "!!" not in body


def test_finding_json_carries_the_flagged_words() -> None:
    data = fixes.finding_json("Hey Dr. Lee", finding("greeting", 0, 3, "Dear"))
    assert data["flagged"] == "Hey" and data["suggestion"] == "Dear"
