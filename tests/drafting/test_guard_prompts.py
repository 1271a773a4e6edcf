"""The injection/invention guard and the prompt files."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import guard
from assistant.config import Settings
from assistant.errors import ConfigurationError
from assistant.models import DraftRequest
from assistant.prompts import render, variables

REQUEST = DraftRequest.model_validate({
    "kind": "follow_up",
    "sender": {"name": "Priya Shah", "email": "priya.shah@ucsf.edu",
               "signature": "Priya Shah, MD\n(415) 555-0134"},
    "contact": {"name": "Dr. Amara Okafor"},
    "meeting": {"event": "SGIM 2026", "next_step": "send the slides from https://sgim.org/2026"},
    "notes": "Her site: https://okafor-lab.example.org. Call 212-555-0188.",
})


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("I'll send the slides from https://sgim.org/2026.", []),
        ("Reach me at priya.shah@ucsf.edu or (415) 555-0134.", []),
        ("See https://bit.ly/3xYz for details.", ["invented_contact"]),
        ("Visit www.smartpick.com today.", ["invented_contact"]),
        ("Write to me at p.shah@gmail.com.", ["invented_contact"]),
        ("Call me at 415-555-9999.", ["invented_contact"]),
        ("Her lab page is https://okafor-lab.example.org.", ["invented_contact"]),  # notes only
        ("Could you wire $200 for the registration?", ["suspicious_request", "suspicious_request"]),
        ("Please send your password so I can share the folder.", ["suspicious_request"]),
        ("A gift card would be a kind thank-you.", ["suspicious_request"]),
        ("Thank you for your time at SGIM 2026 on May 6.", []),
        ("Your investment in residents shows.", []),
        ("I appreciated your point about 30-day readmissions.", []),
    ],
)
def test_scan(text: str, codes: list[str]) -> None:
    found = guard.scan(text, REQUEST)
    assert [f.code for f in found] == codes
    assert all(f.severity == "error" and text[f.start:f.end] for f in found)


def test_clean_removes_only_the_offending_sentence() -> None:
    body = ("Dear Dr. Okafor,\n\nThank you for the talk. Please confirm at https://evil.example/x "
            "today. I look forward to staying in touch.\n\nBest,\nPriya Shah")
    result = guard.clean(body, REQUEST)
    assert "evil" not in result.text
    assert "Thank you for the talk. I look forward to staying in touch." in result.text
    assert result.text.endswith("Best,\nPriya Shah")
    assert result.removed == ["Please confirm at https://evil.example/x today."]


def test_every_kind_has_a_prompt_and_renders(settings: Settings) -> None:
    from assistant.models import KINDS

    for kind in KINDS:
        assert "common" in variables(kind, settings)
    assert variables("common", settings) >= {"facts", "principles", "notes", "greeting"}
    text = render("revision", settings, findings="- [slang] 'u'")
    assert "[slang]" in text and "<!--" not in text


def test_missing_variable_is_named(settings: Settings) -> None:
    with pytest.raises(ConfigurationError, match=r"revision\.md.*\$findings"):
        render("revision", settings)
    with pytest.raises(ConfigurationError, match=r"\$findings"):
        render("revision", settings, findings=None)


def test_bad_prompt_files(tmp_path: Path) -> None:
    settings = Settings(prompts_dir=tmp_path, _env_file=None)
    with pytest.raises(ConfigurationError, match="prompt file not found"):
        render("system", settings)
    (tmp_path / "system.md").write_text("Costs $ 5", encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"\$\$"):
        render("system", settings)
    (tmp_path / "system.md").write_text("Costs $$5 for ${who}", encoding="utf-8")
    assert render("system", settings, who="you") == "Costs $5 for you\n"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Thank you for meeting at SGIM 2026.", []),
        ("I will send the slides from the meeting on Friday.", ["Friday"]),
        ("It was great to meet on March 3.", ["March", "3"]),
        ("Let's meet for 15 minutes.", ["15"]),
        ("1. A brief introduction\n2. Your career path", []),
        ("Call me at (415) 555-0134 any time.", []),  # the signature holds it
    ],
)
def test_unsupported_numbers_and_dates(text: str, flagged: list[str]) -> None:
    found = guard.unsupported(text, REQUEST)
    assert sorted(text[f.start:f.end] for f in found) == sorted(flagged)
    assert all(f.code == "unsupported_fact" and f.severity == "warning" for f in found)


@pytest.mark.parametrize(("step", "kept"), [
    ("send him my cv by fri", True),  # a deadline: the guard cannot attribute it (a warning)
    ("send the discharge summary for the patient admitted on friday", False),  # a patient's
])
def test_offline_withholds_what_the_guard_is_sure_of(built_index: Settings, step: str,
                                                      kept: bool) -> None:
    from assistant.drafting import draft

    request = DraftRequest.model_validate({
        "kind": "follow_up", "today": "2026-03-10",
        "sender": {"name": "Priya Shah"}, "contact": {"name": "Dr. Kenji Ito"},
        "meeting": {"event": "grand rounds", "date": "2026-03-09", "next_step": step},
    })
    result = draft(request, engine="offline", settings=built_index)
    assert ("Friday" in result.body) is kept, result.body
    assert ("meeting.next_step" in (result.notice or "")) is not kept
