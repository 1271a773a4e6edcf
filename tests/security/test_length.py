"""Row 8: every word of a message is counted, after a sign-off too; a model reply far too long
gets a revision round, and is refused if the revision is still far too long."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.checks import check
from assistant.config import Settings
from assistant.drafting import draft
from assistant.errors import ModelProviderError
from assistant.models import DraftRequest
from tests.drafting.conftest import GOOD_DRAFT, FakeOpenAI, prose
from tests.security.cli import outreach

SIGNED = ("Subject: Thank you\n\nDear Dr. Okafor,\n\nThank you for your time at SGIM 2026. I "
          "will send you my QI project summary by Friday.\n\nBest regards,\nPriya Shah")
SIGNATURE = "\nPGY-1 Resident, Internal Medicine\nUCSF\n(415) 555-0100\npriya.shah@ucsf.edu"
TRAILER = "\n\n" + "The model kept writing after the sign-off, sentence after sentence. " * 600


def _words(text: str) -> int:
    (info,) = [f for f in check(text, kind="follow_up", channel="email")
               if f.code == "word_count"]
    return int(info.message.split()[0])


def test_a_signature_block_is_not_counted_but_text_after_it_is() -> None:
    base = _words(SIGNED)
    assert _words(SIGNED + SIGNATURE) == base
    assert _words(SIGNED + "\n\nP.S. I loved the slides.") == base + 5
    assert _words(SIGNED + TRAILER) == base + 10 * 600


def test_check_flags_a_long_reply_with_text_after_the_sign_off(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text(SIGNED + TRAILER, encoding="utf-8")
    assert path.stat().st_size > 40_000
    result = outreach("check", str(path), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["passed"] is False
    (length,) = [f for f in report["findings"] if f["code"] == "length"]
    assert length["severity"] == "error"  # far over the limit: not sendable
    assert "keep it under 200" in length["message"]


def test_a_little_over_the_limit_is_a_warning() -> None:
    text = SIGNED.replace("by Friday.", "by Friday. " + "It was a great talk. " * 45)
    (length,) = [f for f in check(text, kind="follow_up", channel="email")
                 if f.code == "length"]
    assert length.severity == "warning"


REQUEST = DraftRequest.model_validate({
    "kind": "follow_up", "today": "2026-05-08", "sender": {"name": "Priya Shah"},
    "contact": {"name": "Dr. Amara Okafor"},
    "meeting": {"event": "SGIM 2026", "date": "2026-05-06",
                "topics": ["hospital-at-home programs"],
                "specific_detail": "your point that the best QI projects start with a nurse's "
                                   "frustration",
                "next_step": "send you my QI project summary by Friday"}})
# About 500 words after the sign-off: far over the limit, yet small enough to send back for
# revision within the model call's prompt budget (a 50 KB answer is refused without one). Prose,
# not one sentence repeated: an answer that repeats itself is stopped as a loop before its length
# is judged.
TAIL = "\n\n" + prose(500)
LONG = {**GOOD_DRAFT, "body": GOOD_DRAFT["body"] + TAIL}


def test_a_far_too_long_reply_gets_a_revision_round(fake_openai: FakeOpenAI,
                                                    llm_settings: Settings) -> None:
    fake_openai.then({"draft": LONG}, {"draft": GOOD_DRAFT})
    result = draft(REQUEST, engine="llm", settings=llm_settings)
    assert len(fake_openai.requests) == 2
    assert "[length]" in fake_openai.messages(1)[-1]["content"]
    assert result.body == GOOD_DRAFT["body"]


@pytest.mark.parametrize("engine", ["llm", "auto"])
def test_still_far_too_long_after_the_revision_is_refused(engine: str, fake_openai: FakeOpenAI,
                                                          llm_settings: Settings) -> None:
    fake_openai.then({"draft": LONG}, {"draft": LONG})
    if engine == "llm":
        with pytest.raises(ModelProviderError, match="words, over 2 times the 200-word limit"):
            draft(REQUEST, engine="llm", settings=llm_settings)
    else:
        result = draft(REQUEST, engine="auto", settings=llm_settings)
        assert result.engine == "offline"
        assert result.notice and "over 2 times the 200-word limit" in result.notice
        assert TAIL.strip()[:40] not in result.body
