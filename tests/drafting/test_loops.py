"""A model that loops or runs to `max_tokens`: the answer asked again is sampled steadier
(llm_sampling), options a strict server refuses are dropped, and an answer whose fields were
all complete before the stop is used (llm_output.salvage) instead of asked again."""

from __future__ import annotations

import json

import pytest

from assistant.config import Settings
from assistant.drafting import draft
from assistant.engines.llm_output import salvage
from assistant.engines.llm_sampling import LOCAL_ONLY, STEADIER, Sampling, named_option
from assistant.errors import ModelProviderError
from assistant.models import DraftRequest
from tests.drafting.conftest import FakeOpenAI, steadied
from tests.drafting.test_profiles import KINDS, REQUESTS, on

SAMPLED = ("temperature", "frequency_penalty", "presence_penalty", "repeat_penalty", "seed")


def sent(fake: FakeOpenAI) -> list[dict]:
    return [r["body"] for r in fake.requests if r["body"]]


@pytest.mark.parametrize("streamed", [False, True])
@pytest.mark.parametrize("kind", KINDS)
def test_a_model_that_loops_whenever_asked_the_same_way_is_asked_steadier(
        fake_openai: FakeOpenAI, llm_settings: Settings, kind: str, streamed: bool) -> None:
    """The first answer loops at the server's default sampling; the one asked again carries
    penalties on repeats, a lower temperature and a seed, and is the draft."""
    tokens: list[str] = []
    result = draft(DraftRequest.model_validate(REQUESTS[kind]), engine="llm",
                   settings=on("looping_stubborn", fake_openai, llm_settings),
                   on_token=tokens.append if streamed else None)
    assert result.engine == "llm" and "2026-05-13-2026" not in result.body
    first, again = sent(fake_openai)[:2]
    assert not any(name in first for name in SAMPLED)  # the server's defaults first
    assert {k: again[k] for k in SAMPLED} == STEADIER[0]
    assert again["messages"] == first["messages"]
    assert steadied(again) and not any(steadied(b) for b in sent(fake_openai)[:1])


@pytest.mark.parametrize("kind", KINDS)
def test_a_strict_server_s_refusal_of_repeat_penalty_drops_it_and_is_remembered(
        fake_openai: FakeOpenAI, llm_settings: Settings, kind: str) -> None:
    """Refused by name (HTTP 400): asked again at once without it, the other options kept,
    and never sent to that server again."""
    settings = on("strict_looping", fake_openai, llm_settings)
    request = DraftRequest.model_validate(REQUESTS[kind])
    result = draft(request, engine="llm", settings=settings)
    assert result.engine == "llm" and "2026-05-13-2026" not in result.body
    bodies = sent(fake_openai)
    assert "repeat_penalty" in bodies[1] and "repeat_penalty" not in bodies[2]
    assert {k: bodies[2].get(k) for k in SAMPLED if k != "repeat_penalty"} == {
        k: v for k, v in STEADIER[0].items() if k != "repeat_penalty"}
    assert bodies[2]["messages"] == bodies[0]["messages"]
    before = len(fake_openai.requests)
    fake_openai.seen.clear()  # the model loops again on the next draft's first answer
    assert draft(request, engine="llm", settings=settings).engine == "llm"
    assert not any("repeat_penalty" in b for b in sent(fake_openai)[before:])


def test_a_refused_option_is_remembered_in_the_store_until_the_connection_is_tested(
        fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    """A new process (no engine in memory) reads the refusal from the store, per server and
    model, and never sends the option; "Test the connection" forgets it, so the next answer
    asked again offers it anew."""
    from assistant.connection import probe_connection
    from assistant.drafting import _llm_engines
    from assistant.engines.llm_server import public_url
    from assistant.storage import open_store

    settings = on("strict_looping", fake_openai, llm_settings)
    request = DraftRequest.model_validate(REQUESTS["follow_up"])
    assert draft(request, engine="llm", settings=settings).engine == "llm"
    store = open_store(settings)
    assert store.refused_options(public_url(fake_openai.url), "test-model") == {
        "repeat_penalty"}
    assert store.refused_options(public_url(fake_openai.url), "other-model") == set()

    def asked_again_with_repeat_penalty() -> bool:
        _llm_engines.clear()  # a new process: only the store remembers
        fake_openai.requests.clear()
        fake_openai.seen.clear()  # the model loops again on the first answer
        assert draft(request, engine="llm", settings=settings).engine == "llm"
        again = [b for b in sent(fake_openai) if "seed" in b]
        assert again  # an answer was asked again, steadier
        return any("repeat_penalty" in b for b in again)

    assert not asked_again_with_repeat_penalty()
    fake_openai.profile = "openai"  # the server has changed: it takes repeat_penalty now
    assert probe_connection(settings, candidates=()).ok
    assert store.refused_options(public_url(fake_openai.url), "test-model") == set()
    fake_openai.profile = "looping"
    assert asked_again_with_repeat_penalty()


def test_an_option_named_in_a_refusal_it_was_not_sent_is_an_error(
        fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    """A first answer carries no sampling options: a refusal naming one is the server's
    error, said once, not a loop of asking again."""
    fake_openai.then({"status": 400, "message": "temperature must be 1 for this model"})
    with pytest.raises(ModelProviderError, match="temperature must be 1"):
        draft(DraftRequest.model_validate(REQUESTS["follow_up"]), engine="llm",
              settings=llm_settings)
    assert len(sent(fake_openai)) == 1


@pytest.mark.parametrize("streamed", [False, True])
@pytest.mark.parametrize("whole", [False, True])
@pytest.mark.parametrize("kind", KINDS)
def test_an_answer_complete_before_its_loop_is_used(fake_openai: FakeOpenAI,
                                                    llm_settings: Settings, kind: str,
                                                    streamed: bool, whole: bool) -> None:
    """Body, subject and ids closed, then blank space to `max_tokens` (stopped by the loop
    detector when streamed, cut by finish_reason length when asked whole): one request, and
    the draft is that answer's."""
    fake_openai.streams = not whole
    tokens: list[str] = []
    request = DraftRequest.model_validate(REQUESTS[kind])
    result = draft(request, engine="llm",
                   settings=on("loop_after_body", fake_openai, llm_settings),
                   on_token=tokens.append if streamed else None)
    assert result.engine == "llm"
    first = sent(fake_openai)[0]
    assert not any(name in first for name in SAMPLED)
    asked = [b for b in sent(fake_openai) if b["messages"] == first["messages"]]
    # used, not asked again (a server that does not stream is asked once more, whole)
    assert len(asked) == (2 if whole else 1)
    assert not any(name in b for b in asked for name in SAMPLED)
    if streamed:
        assert "".join(tokens).strip()


@pytest.mark.parametrize(("buffer", "body", "ids"), [
    ('{"subject": "Hi", "body": "Dear Dr. Lee, thank you.", "principle_ids": ["a", "b"',
     "Dear Dr. Lee, thank you.", ["a", "b"]),
    ('{"body": "Dear Dr. Lee, thank you.", "subject": null, "principle_ids": ["a", "b',
     "Dear Dr. Lee, thank you.", ["a"]),
    ('{"body": "Dear Dr. Lee,\nthank you.", "subject": null' + "\n \n" * 50,
     "Dear Dr. Lee,\nthank you.", []),
    ('```json\n{"subject": "Hi", "body": "Thanks, Sam.", "principle_ids": [', "Thanks, Sam.", []),
    ('{"subject": "Hi", "body": "Dear Dr. Lee, thank you for', None, None),  # body cut
    ('{"body": "Dear Dr. Lee, thank you.", "subj', None, None),  # subject cut
    ('{"subject": "Hi", "body": "' + "2026-05-13-" * 40 + '", "principle_ids": [',
     None, None),  # the body is the loop
    ('{"subject": 3, "body": "Thanks.", "principle_ids": [', None, None),  # not the model
    ("Subject: Hi\n\nThanks, Sam.", None, None),  # not JSON
])
def test_salvage_keeps_only_complete_fields(buffer: str, body: str | None,
                                            ids: list[str] | None) -> None:
    out = salvage(buffer)
    if body is None:
        assert out is None
    else:
        assert out is not None and out.body == body and out.principle_ids == ids


def test_the_tiers_grow_steadier_and_hosted_apis_get_no_llama_cpp_option(
        llm_settings: Settings) -> None:
    local = Sampling(llm_settings)
    hosted = Sampling(llm_settings.model_copy(update={"openai_base_url": None}))
    assert local.options(0) == {} and local.options(len(STEADIER) + 1) == {}
    first, second = local.options(1), local.options(2)
    for name in ("frequency_penalty", "presence_penalty", "repeat_penalty"):
        assert second[name] > first[name]
    assert second["temperature"] < first["temperature"] and first["seed"] != second["seed"]
    assert not set(LOCAL_ONLY) & set(hosted.options(1))
    local.refuse("seed")
    assert "seed" not in local.options(1) and "seed" not in local.options(2)
    assert named_option(json.dumps({"detail": "Unrecognized argument: repeat_penalty"})) \
        == "repeat_penalty"
