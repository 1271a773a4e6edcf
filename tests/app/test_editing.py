"""What a text the editor sent means for the draft on screen (assistant/ui/editing.py): kept
only when typed over the text shown, its `seq` echoed whatever happens, hostile payloads read
as nothing."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.ui.editing import Outcome, read_sent, take


def shown(**changes: Any) -> dict[str, Any]:
    return {"id": 7, "rev": 3, "subject": "Thank you", "body": "Dear Dr. Marsh,", **changes}


def sent(**changes: Any) -> dict[str, Any]:
    return {"subject": "Thank you", "body": "Hey Elena,", "rev": 3, "draft": 7,
            "seq": "abc:5", **changes}


@pytest.mark.parametrize(("payload", "state", "outcome", "subject", "body"), [
    (sent(), shown(), Outcome.TAKEN, "Thank you", "Hey Elena,"),
    (sent(subject="Thank\nyou\r\nso much"), shown(), Outcome.TAKEN, "Thank you so much",
     "Hey Elena,"),
    (sent(subject=None), shown(), Outcome.TAKEN, "", "Hey Elena,"),  # an email keeps one
    (sent(subject="stray"), shown(subject=None), Outcome.TAKEN, None, "Hey Elena,"),
    (sent(rev=2), shown(), Outcome.OLDER_REVISION, "Thank you", "Hey Elena,"),
    (sent(rev="3"), shown(), Outcome.OLDER_REVISION, "Thank you", "Hey Elena,"),
    (sent(draft=6), shown(), Outcome.OTHER_DRAFT, "Thank you", "Hey Elena,"),
    (sent(draft=True), shown(), Outcome.TAKEN, "Thank you", "Hey Elena,"),  # not an id
    (sent(body=None), shown(), Outcome.INVALID, None, ""),
    (sent(body=["Hey"]), shown(), Outcome.INVALID, None, ""),
    (sent(subject=5), shown(), Outcome.INVALID, None, ""),
    ("Hey Elena", shown(), Outcome.INVALID, None, ""),
    (None, shown(), Outcome.INVALID, None, ""),
])
def test_what_a_sent_text_means(payload: Any, state: dict[str, Any], outcome: Outcome,
                                subject: str | None, body: str) -> None:
    result = read_sent(payload, state)
    assert (result.outcome, result.subject, result.body) == (outcome, subject, body)


def test_a_text_for_a_replaced_draft_names_that_draft() -> None:
    assert read_sent(sent(draft=6), shown()).draft == 6


@pytest.mark.parametrize(("echoed", "seq", "kept"), [
    (None, "abc:5", "abc:5"),
    ("abc:4", "abc:5", "abc:5"),
    ("abc:6", "abc:5", "abc:6"),  # a later send already read: two sends folded into one run
    ("abc:10", "abc:9", "abc:10"),  # compared as numbers, not as text
    ("old:40", "new:1", "new:1"),  # a reloaded page starts its own count
    ("abc:5", "x" * 200, "x" * 64),  # a long token is cut, never echoed in full
])
def test_the_latest_seq_is_echoed(echoed: str | None, seq: str, kept: str) -> None:
    state = shown(seq=echoed)
    read_sent(sent(seq=seq, rev=99), state)  # echoed even when the text is not taken
    assert state["seq"] == kept


def test_an_invalid_payload_still_echoes_its_seq() -> None:
    state = shown()
    read_sent({"seq": "abc:1", "body": 3}, state)
    assert state["seq"] == "abc:1"


def test_take_keeps_only_a_taken_text() -> None:
    state = shown()
    assert not take(read_sent(sent(rev=2), state), state)
    assert state["body"] == "Dear Dr. Marsh,"
    assert take(read_sent(sent(), state), state)
    assert (state["subject"], state["body"]) == ("Thank you", "Hey Elena,")
    assert not take(read_sent(sent(seq="abc:6"), state), state)  # the same text again
