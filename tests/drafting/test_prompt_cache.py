"""The prompt as a server with a prompt cache reads it: the same start for every draft, the
request's own facts last, a bounded new part for a local server, and the warm-up that has the
server read the fixed start before the first draft (see README "Run a local model")."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from typing import Any

import pytest

from assistant.config import Settings
from assistant.drafting import retrieve
from assistant.engines.llm import LLMEngine
from assistant.engines.llm_budget import LOCAL_NEW_TOKENS, PER_MESSAGE, estimate, speed_keeps
from assistant.engines.llm_warm import prime
from assistant.models import DraftRequest
from tests.drafting.conftest import FakeOpenAI, is_warm_up

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
KINDS = ("introduction", "follow_up", "update", "mentor_agenda", "linkedin_note",
         "linkedin_rewrite")


def request(kind: str, **changes: Any) -> DraftRequest:
    base = {**BASE, "existing_text": "hey loved ur talk!! lets connect"} \
        if kind == "linkedin_rewrite" else BASE
    return DraftRequest.model_validate({**base, "kind": kind, **changes})


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
    """Principles are shortened and dropped (the kind's floor stays: two for an email, one for
    a note) so the user message, all of it new to the server for a new request, stays near
    LOCAL_NEW_TOKENS; every fact is still there."""
    settings = llm_settings.model_copy(update={"model_context": context})
    for kind in KINDS:
        engine = LLMEngine(settings)
        user = messages(settings, request(kind), engine)[1].content
        floor = speed_keeps(request(kind))
        at_floor = len(engine.shown) <= floor and any(  # the floor's titles, or fewer to fit
            "titles kept" in line for line in engine.trimmed)
        assert estimate(user) <= LOCAL_NEW_TOKENS + PER_MESSAGE or at_floor, kind
        assert estimate(user) <= 2 * LOCAL_NEW_TOKENS, kind  # these facts are not that long
        assert "Priya Shah" in user and "Okafor" in user
        if kind != "linkedin_rewrite":  # the rewrite's facts are the note's: no meeting date
            assert "2026-05-06" in user
        assert len(engine.shown) >= (1 if context < 8192 else floor), kind
        assert all(f"- {i}: " in user for i in engine.shown)


def test_a_note_keeps_fewer_principles_than_an_email(llm_settings: Settings) -> None:
    """A 200-character note reads one principle's title; an email two (when retrieved)."""
    assert speed_keeps(request("linkedin_note")) < speed_keeps(request("follow_up"))
    for kind in KINDS:
        engine = LLMEngine(llm_settings)
        messages(llm_settings, request(kind), engine)
        assert len(engine.shown) == speed_keeps(request(kind)), kind


def test_pasted_notes_are_not_cut_for_speed(llm_settings: Settings) -> None:
    notes = "We talked about nurse-led QI, the SGIM poster hall and her fellowship. " * 12
    user = messages(llm_settings, request("follow_up", notes=notes))[1].content
    assert notes.strip() in user


def test_the_hosted_api_keeps_the_full_principles(llm_settings: Settings) -> None:
    hosted = llm_settings.model_copy(update={"openai_base_url": None})
    user = messages(hosted, request("follow_up"))[1].content
    assert estimate(user) > 2 * LOCAL_NEW_TOKENS  # the principles' text too


@pytest.fixture
def warm(llm_settings: Settings) -> Iterator[Settings]:
    """The model on the stand-in server with the warm-up on (off in every other test)."""
    from assistant import service
    from assistant.engines import llm_warm

    llm_warm.forget()
    service._warmed.clear()
    yield llm_settings.model_copy(update={"warm_up": True})
    llm_warm.forget()
    service._warmed.clear()


def warm_ups(fake: FakeOpenAI) -> list[dict[str, Any]]:
    return [r for r in fake.requests if r["body"] and is_warm_up(r["body"])]


def test_priming_reads_the_system_message_a_draft_starts_with(
        fake_openai: FakeOpenAI, warm: Settings) -> None:
    assert prime(warm) is not None
    probe, sent = fake_openai.requests  # nothing remembered: json_schema asked, accepted
    assert probe["body"]["response_format"]["type"] == "json_schema"
    assert sent["body"]["max_tokens"] == 1
    system = messages(warm, request("follow_up"))[0].content
    assert sent["body"]["messages"][0] == {"role": "system", "content": system}


def test_a_first_prime_learns_the_mode_so_the_first_draft_finds_its_system_message_read(
        fake_openai: FakeOpenAI, warm: Settings) -> None:
    """llama-cpp-python refuses json_schema (HTTP 500): asked before the prime, the server's
    JSON mode is remembered, the prime sends json_object's system message and the first
    draft starts in json_object with that message, without a refused round."""
    from assistant.drafting import draft
    from assistant.engines.llm_server import public_url
    from assistant.storage import open_store

    fake_openai.profile = "llama_cpp_python"
    assert prime(warm) is not None
    asked = [r["body"].get("response_format", {}).get("type") for r in fake_openai.requests]
    assert asked == ["json_schema", "json_object", None]
    mode, reason = open_store(warm).model_mode(public_url(warm.openai_base_url), warm.model)
    assert mode == "json_object" and "json_schema: HTTP 500" in (reason or "")
    primed = fake_openai.requests[-1]["body"]["messages"][0]["content"]
    before = len(fake_openai.requests)
    draft(request("follow_up"), engine="llm", settings=warm)
    first = next(r["body"] for r in fake_openai.requests[before:] if not is_warm_up(r["body"]))
    assert first["response_format"]["type"] == "json_object"
    assert first["messages"][0]["content"] == primed


@pytest.mark.parametrize("profile", ["llama_cpp_python", None])
def test_a_remembered_mode_or_a_failing_server_is_not_asked_again(
        fake_openai: FakeOpenAI, warm: Settings, profile: str | None) -> None:
    """Once a mode is remembered the prime goes alone; a server that fails the one-token
    request (not a refusal of the mode) leaves nothing remembered and the draft negotiates."""
    from assistant.drafting import draft
    from assistant.engines import llm_warm
    from assistant.engines.llm_server import public_url
    from assistant.storage import open_store

    if profile:
        fake_openai.profile = profile
        draft(request("follow_up"), engine="llm", settings=warm)  # negotiates, remembers
        llm_warm.forget()
        before = len(fake_openai.requests)
        assert prime(warm) is not None
        assert len(fake_openai.requests) == before + 1
    else:
        fake_openai.warm_up_status = 503
        assert prime(warm) is None
        assert open_store(warm).model_mode(public_url(warm.openai_base_url), warm.model) is None


def test_priming_a_json_object_server_reads_the_system_message_its_drafts_send(
        fake_openai: FakeOpenAI, warm: Settings) -> None:
    """llama-cpp-python refuses json_schema; once json_object is remembered, the warm-up
    sends that mode's system message (the rules, then the answer's form), word for word."""
    from assistant.drafting import draft
    from assistant.engines import llm_warm

    fake_openai.profile = "llama_cpp_python"
    draft(request("follow_up"), engine="llm", settings=warm)  # negotiates, remembers
    llm_warm.forget()
    assert prime(warm) is not None
    primed = fake_openai.requests[-1]["body"]["messages"][0]["content"]
    draft(request("update"), engine="llm", settings=warm)
    assert fake_openai.requests[-1]["body"]["messages"][0]["content"] == primed
    assert primed.startswith(messages(warm, request("update"))[0].content)  # json_schema's


def test_a_beginning_drafts_prime_sends_the_rules_every_mode_starts_with(
        fake_openai: FakeOpenAI, warm: Settings) -> None:
    """Without looking up the remembered mode (the store is slow to open): the rules alone,
    which a json_object draft's system message starts with."""
    from assistant.drafting import draft
    from assistant.engines import llm_warm
    from assistant.prompts import render

    fake_openai.profile = "llama_cpp_python"
    draft(request("follow_up"), engine="llm", settings=warm)  # json_object remembered
    llm_warm.forget()
    priming = llm_warm.start(warm, remembered=False)
    assert priming is not None and priming.wait(10) is not None
    rules = warm_ups(fake_openai)[-1]["body"]["messages"][0]["content"]
    assert rules == render("system", warm)
    draft(request("update"), engine="llm", settings=warm)
    assert fake_openai.requests[-1]["body"]["messages"][0]["content"].startswith(rules)


def test_priming_is_skipped_for_the_hosted_api_when_off_and_once_a_draft_asks(
        fake_openai: FakeOpenAI, warm: Settings) -> None:
    from assistant.engines import llm_warm

    hosted = warm.model_copy(update={"openai_base_url": None,
                                     "openai_api_key": "sk-test-not-sent"})
    assert prime(hosted) is None and llm_warm.start(hosted) is None
    assert prime(warm.model_copy(update={"warm_up": False})) is None
    llm_warm.began(warm)  # the draft's own request goes first: the prime stays unsent
    assert prime(warm) is None
    assert fake_openai.requests == []


def test_a_failing_warm_up_is_asked_once_and_quiet(
        fake_openai: FakeOpenAI, warm: Settings) -> None:
    fake_openai.warm_up_status = 500
    assert prime(warm) is None
    assert len(fake_openai.requests) == 1  # never retried


def test_the_service_warms_up_once_per_configuration(
        fake_openai: FakeOpenAI, warm: Settings) -> None:
    from assistant import service

    assert service.warm_up(warm) is not None
    assert service.warm_up(warm) is None  # done already
    # nothing remembered yet: the JSON mode asked (json_schema, accepted), then the prime
    assert [r["body"].get("response_format", {}).get("type")
            for r in fake_openai.requests] == ["json_schema", None]


def test_a_draft_primes_its_server_before_any_local_work(
        monkeypatch: pytest.MonkeyPatch, fake_openai: FakeOpenAI, warm: Settings) -> None:
    """The server reads the rules while the index and embedder load (a cold process's
    first draft): the prime is started before the principles are retrieved."""
    import assistant.drafting as drafting
    from assistant.engines import llm_warm

    order: list[str] = []
    start, fetch = llm_warm.start, drafting.retrieve_or_fallback
    monkeypatch.setattr(llm_warm, "start",
                        lambda s, **how: order.append("prime") or start(s, **how))
    monkeypatch.setattr(drafting, "retrieve_or_fallback",
                        lambda *a: order.append("retrieve") or fetch(*a))
    assert drafting.draft(request("follow_up"), engine="llm", settings=warm).engine == "llm"
    assert order == ["prime", "retrieve"]


@pytest.mark.parametrize("server", ["slow", "failing", "down"])
def test_a_prime_never_delays_or_breaks_the_draft(
        fake_openai: FakeOpenAI, warm: Settings, server: str) -> None:
    """A warm-up that is slow to answer, answered with an error, or sent to a server that is
    not there: the draft goes on beside it (its own connection) and ends as it would without."""
    from assistant.drafting import draft
    from assistant.engines import llm_warm
    from tests.servers import free_port

    settings = warm.model_copy(update={"request_timeout": 10.0})
    if server == "down":
        settings = settings.model_copy(
            update={"openai_base_url": f"http://127.0.0.1:{free_port()}/v1"})
    fake_openai.warm_up_delay = 6.0 if server == "slow" else 0.0
    fake_openai.warm_up_status = 500 if server == "failing" else None
    priming = llm_warm.start(settings)
    assert priming is not None
    time.sleep(0.3)  # the prime is on its way before the draft asks
    result = draft(request("follow_up"), engine="auto", settings=settings)
    if server == "slow":
        assert priming.seconds is None  # the draft ended while the server still held it
        assert result.engine == "llm"
    assert priming.wait(10) is None or server == "slow"
    assert result.engine == ("offline" if server == "down" else "llm")
    assert len(warm_ups(fake_openai)) == (0 if server == "down" else 1)
