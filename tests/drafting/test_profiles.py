"""Every kind drafted through every stand-in profile of a real server (see conftest: PROFILES):
the engine negotiates its way to a structured answer, stays inside the context, drops a
LinkedIn subject, and turns a rambling model into one clear model error (offline under auto)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.config import Settings
from assistant.drafting import draft
from assistant.errors import ModelProviderError
from assistant.models import DraftRequest
from tests.drafting.conftest import SMALL_CONTEXT, FakeOpenAI, request_tokens

SCENARIOS = yaml.safe_load((Path(__file__).with_name("scenarios.yaml")).read_text())
KINDS = ("introduction", "follow_up", "update", "mentor_agenda", "linkedin_note",
         "linkedin_rewrite")
REQUESTS = {kind: next(s["request"] for s in SCENARIOS
                       if s["request"]["kind"] == kind and s.get("complete")) for kind in KINDS}
WORKING = ("openai", "llama_cpp_python", "llama_server", "small_context")


def on(profile: str, fake: FakeOpenAI, settings: Settings) -> Settings:
    fake.profile = profile
    if profile == "small_context":  # the setting matches the server's window
        return settings.model_copy(update={"model_context": SMALL_CONTEXT})
    return settings


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("profile", WORKING)
def test_every_kind_drafts_through_the_profile(fake_openai: FakeOpenAI, llm_settings: Settings,
                                               profile: str, kind: str) -> None:
    request = DraftRequest.model_validate(REQUESTS[kind])
    result = draft(request, engine="llm", settings=on(profile, fake_openai, llm_settings))
    assert result.engine == "llm" and result.body.strip()
    if request.effective_channel != "email":
        assert result.subject is None  # the stand-in's note comes with a stray subject
    sent = [r["body"] for r in fake_openai.requests]
    assert all(body.get("max_tokens") for body in sent)
    formats = [(b.get("response_format") or {}).get("type") or
               ("tools" if b.get("tools") else "text") for b in sent]
    if profile == "llama_cpp_python":  # refused once, with no retry, then json_object
        assert formats[:2] == ["json_schema", "json_object"]
        assert formats.count("json_schema") == 1
    else:
        assert set(formats) == {"json_schema"}
    if profile == "small_context":  # no request larger than the context, revision included
        assert max(request_tokens(b) for b in sent) <= SMALL_CONTEXT


@pytest.mark.parametrize("kind", KINDS)
def test_a_rambling_model_is_a_clear_model_error(fake_openai: FakeOpenAI,
                                                 llm_settings: Settings, kind: str) -> None:
    request = DraftRequest.model_validate(REQUESTS[kind])
    settings = on("rambling", fake_openai, llm_settings)
    with pytest.raises(ModelProviderError, match=r"cut off at the \d+-token limit"):
        draft(request, engine="llm", settings=settings)
    fallback = draft(request, engine="auto", settings=settings)
    assert fallback.engine == "offline" and "finish_reason: length" in (fallback.notice or "")


def test_a_context_larger_than_the_server_s_is_refused_with_its_reason(
        fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    fake_openai.profile = "small_context"
    big = REQUESTS["follow_up"] | {"notes": "Notes from the meeting. " * 2000}
    with pytest.raises(ModelProviderError, match="exceeds the available context size"):
        draft(DraftRequest.model_validate(big), engine="llm", settings=llm_settings)
    assert len(fake_openai.requests) == 1  # a 400 is not retried


def test_the_prompt_is_trimmed_to_fit_never_the_facts(fake_openai: FakeOpenAI,
                                                       llm_settings: Settings) -> None:
    fake_openai.profile = "small_context"
    settings = llm_settings.model_copy(update={"model_context": SMALL_CONTEXT})
    big = REQUESTS["follow_up"] | {"notes": "Notes from the meeting. " * 2000}
    result = draft(DraftRequest.model_validate(big), engine="llm", settings=settings)
    assert result.engine == "llm"
    assert "left out" in (result.notice or "") and "pasted notes" in (result.notice or "")
    assert (result.notice or "").count("To fit the model's context") == 1  # said once
    user = fake_openai.role_text("user", 0)
    for fact in ("Dr. Okafor", "SGIM"):
        assert fact in user
    assert request_tokens(fake_openai.requests[0]["body"]) <= SMALL_CONTEXT


def test_ignored_tool_choice_falls_back_to_plain_text(fake_openai: FakeOpenAI,
                                                      llm_settings: Settings) -> None:
    fake_openai.profile = "llama_server"
    fake_openai.reject_response_format = True  # and no response_format at all
    result = draft(DraftRequest.model_validate(REQUESTS["follow_up"]), engine="llm",
                   settings=llm_settings)
    assert result.engine == "llm"
    kinds = [("tools" if r["body"].get("tools") else (r["body"].get("response_format") or {})
              .get("type", "text")) for r in fake_openai.requests]
    assert kinds[:4] == ["json_schema", "json_object", "tools", "text"]
    assert "Principles:" in fake_openai.role_text("user", 3)


@pytest.mark.parametrize("profile", ["llama_cpp_python", "llama_server"])
@pytest.mark.parametrize("kind", ["follow_up", "linkedin_note"])
def test_streaming_through_the_profile(fake_openai: FakeOpenAI, llm_settings: Settings,
                                       profile: str, kind: str) -> None:
    tokens: list[str] = []
    request = DraftRequest.model_validate(REQUESTS[kind])
    result = draft(request, engine="llm", settings=on(profile, fake_openai, llm_settings),
                   on_token=tokens.append)
    assert result.engine == "llm" and tokens
    assert fake_openai.requests[0]["body"]["stream"] is True
    assert fake_openai.requests[0]["body"]["max_tokens"]
    if kind == "linkedin_note":
        assert result.subject is None
