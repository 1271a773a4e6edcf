"""A LinkedIn connection note too short to say who and why is a finding; a real note is not."""

from __future__ import annotations

import pytest

from assistant.checks import check

CASES = [
    ("Hi", True),
    ("Connect?", True),
    ("Hi Dr. Lee, great talk!", True),
    ("Dear Dr. Łukasiewicz, thanks!", True),
    ("Hi Dr. Lee, PGY-1 at UCSF; loved your sepsis talk.", False),
    ("Hi Dr. Lee, I'm a PGY-1 at UCSF and loved your sepsis talk at grand rounds. I'd value "
     "connecting. Sam", False),
    ("hey, pgy2 in peds at seattle children's, met u at the sim workshop, would love to connect",
     False),
]


@pytest.mark.parametrize(("note", "short"), CASES)
def test_note_too_short(note: str, short: bool) -> None:
    codes = {f.code for f in check(note, channel="linkedin_note", kind="linkedin_note")}
    assert ("note_too_short" in codes) is short


@pytest.mark.parametrize("channel", ["email", "linkedin_message"])
def test_only_connection_notes(channel: str) -> None:
    codes = {f.code for f in check("Subject: Hi\n\nThanks!\n\nSam", channel=channel,
                                   kind="follow_up")}
    assert "note_too_short" not in codes
