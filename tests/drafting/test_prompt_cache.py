"""The prompt as a server with a prompt cache reads it: the same start for every draft, the
request's own facts last, a bounded new part for a local server, and the warm-up that has the
server read the fixed start before the first draft (see README "Run a local model")."""

from __future__ import annotations

import os
from typing import Any

import pytest

from assistant.config import Settings
from assistant.drafting import retrieve
from assistant.engines.llm import LLMEngine
from assistant.engines.llm_budget import LOCAL_NEW_TOKENS, PER_MESSAGE, SPEED_KEEPS, estimate
from assistant.models import DraftRequest
from tests.drafting.conftest import FakeOpenAI

BASE: dict[str, Any] = {
    "sender": {"name": "Priya Shah", "role": "PGY-1 resident", "program": "UCSF IM"},
    "contact": {"name": "Dr. Amara Okafor", "title": "MD", "institution": "UCSF",
                "their_work": "hospital-at-home programs", "relationship": "met_once"},
    "meeting": {"event": "SGIM 2026", "date": "2026-05-06", "topics": ["QI projects"],
                "next_step": "send my QI summary by Friday"},
    "ask": "15 minutes for coffee", "today": "2026-05-08",
    "update": {"news": "my abstract was accepted", "credit": "your advice on the methods"},
    "decisions": ["research track or not"],
}
KINDS = ("introduction", "follow_up", "update", "mentor_agenda", "linkedin_note")


def request(kind: str, **changes: Any) -> DraftRequest:
    return DraftRequest.model_validate({**BASE, "kind": kind, **changes})


def messages(settings: Settings, req: DraftRequest, engine: LLMEngine | None = None
             ) -> list[Any]:
    engine = engine or LLMEngine(settings)
    engine.boundary = "samecodeforthetest"
    return engine.messages(req, retrieve(req, settings))


def test_every_draft_starts_with_the_same_system_message(llm_settings: Settings) -> None:
    systems = {messages(llm_settings, request(kind))[0].content for kind in KINDS}
    assert len(systems) == 1
    assert "Priya" not in next(iter(systems)) and "Okafor" not in next(iter(systems))


def test_the_requests_own_facts_come_after_what_drafts_of_its_kind_share(
        llm_settings: Settings) -> None:
    """Two follow-ups to different people: the same text up to the facts, which come last."""
    one = messages(llm_settings, request("follow_up"))[1].content
    other = messages(llm_settings, request(
        "follow_up", contact={"name": "Dr. Lee Morgan", "relationship": "met_once"},
        meeting={"event": "grand rounds", "date": "2026-05-07", "topics": ["sepsis"],
                 "next_step": "send my QI summary by Friday"}))[1].content
    shared = len(os.path.commonprefix([one, other]))
    facts = one.index("Facts (use only these):")
    assert shared > facts  # the kind's instructions, the channel and the principles are shared
    assert one.index("Principles from the guide") < facts
    assert one.index("Channel:") < facts
    assert "Okafor" not in one[:facts] and "SGIM" not in one[:facts]


@pytest.mark.parametrize("context", [4096, 8192, 32768])
def test_a_local_servers_new_part_stays_small_whatever_the_context(
        llm_settings: Settings, context: int) -> None:
    """Principles are shortened and dropped (two stay) so the user message, all of it new to
    the server for a new request, stays near LOCAL_NEW_TOKENS; every fact is still there."""
    settings = llm_settings.model_copy(update={"model_context": context})
    for kind in KINDS:
        engine = LLMEngine(settings)
        user = messages(settings, request(kind), engine)[1].content
        at_floor = len(engine.shown) <= SPEED_KEEPS and any(  # two titles, or fewer to fit
            "titles kept" in line for line in engine.trimmed)
        assert estimate(user) <= LOCAL_NEW_TOKENS + PER_MESSAGE or at_floor, kind
        assert estimate(user) <= 2 * LOCAL_NEW_TOKENS, kind  # these facts are not that long
        assert "Priya Shah" in user and "Okafor" in user and "2026-05-06" in user
        assert len(engine.shown) >= (1 if context < 8192 else SPEED_KEEPS), kind
        assert all(f"- {i}: " in user for i in engine.shown)


def test_pasted_notes_are_not_cut_for_speed(llm_settings: Settings) -> None:
    notes = "We talked about nurse-led QI, the SGIM poster hall and her fellowship. " * 12
    user = messages(llm_settings, request("follow_up", notes=notes))[1].content
    assert notes.strip() in user


def test_the_hosted_api_keeps_the_full_principles(llm_settings: Settings) -> None:
    hosted = llm_settings.model_copy(update={"openai_base_url": None})
    user = messages(hosted, request("follow_up"))[1].content
    assert estimate(user) > 2 * LOCAL_NEW_TOKENS  # the principles' text too


def test_warming_reads_the_system_message_a_draft_starts_with(
        fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    engine = LLMEngine(llm_settings)
    assert engine.warm() is not None
    (sent,) = fake_openai.requests
    assert sent["body"]["max_tokens"] == 1
    system = messages(llm_settings, request("follow_up"))[0].content
    assert sent["body"]["messages"][0] == {"role": "system", "content": system}


def test_warming_is_skipped_for_the_hosted_api_and_quiet_when_nothing_answers(
        fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    hosted = llm_settings.model_copy(update={"openai_base_url": None,
                                             "openai_api_key": "sk-test-not-sent"})
    assert LLMEngine(hosted).warm() is None
    fake_openai.then({"status": 500})
    assert LLMEngine(llm_settings.model_copy(update={"max_retries": 0})).warm() is None
    assert len(fake_openai.requests) == 1


def test_the_service_warms_up_once_per_configuration(
        fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    from assistant import service

    service._warmed.clear()
    assert service.warm_up(llm_settings) is not None
    assert service.warm_up(llm_settings) is None  # done already
    assert len(fake_openai.requests) == 1
    service._warmed.clear()
