"""Every kind drafted through every stand-in profile of a real server (see conftest: PROFILES):
the engine negotiates its way to a structured answer, stays inside the context, drops a
LinkedIn subject, and turns a rambling model into one clear model error (offline under auto)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.config import Settings
from assistant.drafting import draft
from assistant.engines.llm_output import end_at_sentence, json_body_so_far, read_json
from assistant.errors import ModelProviderError
from assistant.models import DraftRequest
from tests.drafting.conftest import SMALL_CONTEXT, FakeOpenAI, request_tokens

SCENARIOS = yaml.safe_load((Path(__file__).with_name("scenarios.yaml")).read_text())
KINDS = ("introduction", "follow_up", "update", "mentor_agenda", "linkedin_note",
         "linkedin_rewrite")
REQUESTS = {kind: next(s["request"] for s in SCENARIOS
                       if s["request"]["kind"] == kind and s.get("complete")) for kind in KINDS}
WORKING = ("openai", "llama_cpp_python", "llama_server", "small_context", "rambling_bounded",
           "looping", "blank_once", "no_stream")


def shown_first(body: dict[str, Any]) -> bool:
    """Whether a request asked for an answer shown as it is written: streamed with the body
    first in its schema (every answer but a tool call is streamed; only a shown one puts the
    body first)."""
    fmt = body.get("response_format") or {}
    schema = (fmt.get("json_schema") or {}).get("schema") or fmt.get("schema") or {}
    return bool(body.get("stream")) and next(iter(schema.get("properties", {})), "") == "body"


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
def test_a_rambling_model_is_stopped_by_the_loop_detector(fake_openai: FakeOpenAI,
                                                          llm_settings: Settings,
                                                          kind: str) -> None:
    """A draft nobody watches is streamed too, so an answer that has become one sentence over
    and over is stopped once its tail is a loop (the stream closed, so the server stops),
    not read on to `max_tokens`: a clear model error, and offline under auto."""
    request = DraftRequest.model_validate(REQUESTS[kind])
    settings = on("rambling", fake_openai, llm_settings).model_copy(
        update={"request_timeout": 20.0})  # a loop read to its end must not fail by time
    fake_openai.chunk_delay = 0.002  # a server's pace, so stopping early shows
    with pytest.raises(ModelProviderError, match="one phrase over and over"):
        draft(request, engine="llm", settings=settings)
    assert all(r["body"].get("stream") for r in fake_openai.requests)
    assert fake_openai.written and all(sent < total / 2 for sent, total in fake_openai.written)
    fallback = draft(request, engine="auto", settings=settings)
    assert fallback.engine == "offline" and "over and over" in (fallback.notice or "")


def test_a_context_larger_than_the_server_s_is_refused_with_its_reason(
        fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    fake_openai.profile = "small_context"  # the setting says 32k; the server has 4k
    big = REQUESTS["follow_up"] | {"notes": "Notes from the meeting. " * 2000}
    settings = llm_settings.model_copy(update={"model_context": 32768})
    with pytest.raises(ModelProviderError, match="exceeds the available context size"):
        draft(DraftRequest.model_validate(big), engine="llm", settings=settings)
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
    # shown in the negotiated JSON mode, the schema's bounds included
    shown = [r["body"] for r in fake_openai.requests if shown_first(r["body"])]
    assert (shown[-1].get("response_format") or {}).get("type") == (
        "json_object" if profile == "llama_cpp_python" else "json_schema")
    assert _schema(shown[-1])["properties"]["body"]["maxLength"]
    # a shown body comes first, so its text starts at once; an answer not shown (a revision),
    # streamed too, keeps the subject first, which keeps a small model's body shorter
    assert list(_schema(shown[-1])["properties"]) == ["body", "subject", "principle_ids"]
    assert _schema(shown[-1])["required"] == ["body", "subject", "principle_ids"]
    for later in (r["body"] for r in fake_openai.requests if not shown_first(r["body"])):
        assert list(_schema(later)["properties"])[0] == "subject" and later.get("stream")
    assert "".join(tokens).strip().startswith(result.body.strip()[:20])


def _schema(body: dict) -> dict:
    fmt = body.get("response_format") or {}
    return (fmt.get("json_schema") or {}).get("schema") or fmt.get("schema") or {}


@pytest.mark.parametrize("kind", KINDS)
def test_the_schema_bounds_the_answer_and_max_tokens_holds_it(
        fake_openai: FakeOpenAI, llm_settings: Settings, kind: str) -> None:
    """llama.cpp compiles maxLength/maxItems into its grammar: the longest answer the schema
    allows must fit max_tokens (a token carries at least two characters), so a rambling model
    is closed by the grammar, not cut by the token limit."""
    request = DraftRequest.model_validate(REQUESTS[kind])
    result = draft(request, engine="llm", settings=on("rambling_bounded", fake_openai,
                                                      llm_settings))
    first = fake_openai.requests[0]["body"]
    props = _schema(first)["properties"]
    bound = props["body"]["maxLength"]
    note = request.effective_channel == "linkedin_note"
    assert bound == (llm_settings.linkedin_note_limit if note else bound) and bound <= 1100
    assert props["subject"] == {"type": "null"} if request.effective_channel != "email" \
        else props["subject"]["maxLength"] <= 70
    assert props["principle_ids"]["maxItems"] <= 4
    shown = set(props["principle_ids"]["items"].get("enum", []))
    assert set(result.principles and [p.id for p in result.principles] or []) <= shown
    longest = bound + (props["subject"].get("maxLength") or 4) + sum(
        len(i) + 4 for i in sorted(shown, key=len, reverse=True)[:4])
    assert first["max_tokens"] * 2 >= longest
    # the answer was closed at the bound mid-sentence: the draft ends on a full sentence
    assert result.engine == "llm"
    assert result.body.rstrip().endswith((".", "!", "?")) or "\n" in result.body
    assert "ended at its last full sentence" in (result.notice or "")
    assert "I also wanted to add one" not in result.body.splitlines()[-1][-30:] or \
        result.body.rstrip().endswith("one thing.")


@pytest.mark.parametrize(("cut", "kept"), [
    ("Dear Dr. Okafor,\n\nThank you for meeting. I would like to", "Dear Dr. Okafor,\n\n"
     "Thank you for meeting."),
    ("Dear Dr. Okafor,\n\nThanks.\n1. Introduce myself.\n2. Ask about the", "Dear Dr. Okafor,"
     "\n\nThanks.\n1. Introduce myself."),
    ("Hi Sam, it was great to meet", ""),
    ("Thank you, Dr. Lee. I will send it by Fri", "Thank you, Dr. Lee."),
])
def test_a_body_cut_at_its_bound_ends_at_a_full_sentence(cut: str, kept: str) -> None:
    assert end_at_sentence(cut) == kept


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7])
def test_the_streamed_json_body_is_read_as_it_arrives(size: int) -> None:
    import json

    body = 'Dear Dr. Ødegaard,\n\nThank you for the "tip" \U0001f600 — see you.'
    text = json.dumps({"subject": 'About "body": no', "body": body, "principle_ids": []})
    seen = ""
    for end in range(0, len(text) + size, size):
        now = json_body_so_far(text[:end])
        assert now.startswith(seen) and body.startswith(now)  # never a half escape
        seen = now
    assert seen == body


def test_a_revision_that_cannot_finish_in_time_is_not_asked(fake_openai: FakeOpenAI,
                                                            llm_settings: Settings) -> None:
    """At the first answer's pace the revision would end after the draft deadline: the first
    draft is kept, with the reason, instead of a wait that ends in a timeout."""
    from tests.drafting.test_llm import GOOD_DRAFT, REQUEST

    bad = {**GOOD_DRAFT, "body": GOOD_DRAFT["body"].replace("SGIM 2026", "[Conference]")}
    fake_openai.then({"draft": bad, "delay": 4.0})
    settings = llm_settings.model_copy(update={"draft_deadline": 6.0, "request_timeout": 6.0})
    result = draft(REQUEST, engine="llm", settings=settings)
    assert result.engine == "llm" and len(fake_openai.requests) == 1
    assert re.search(r"revision round failed \(no time for it: the first answer took [45] s",
                     result.notice or "")
    fake_openai.then({"draft": bad, "delay": 0.3})  # fast enough: revised as usual
    revised = draft(REQUEST, engine="llm", settings=settings)
    assert len(fake_openai.requests) == 3 and "[Conference]" not in revised.body


def test_a_raw_line_break_inside_the_json_body_is_read_as_one() -> None:
    """llama-cpp-python's grammar lets a raw line break into a JSON string."""
    raw = '{"subject": "Thanks", "body": "Dear Dr. Lee,\n\nThank you.", "principle_ids": []}'
    assert "\n" in raw  # a line break itself, not the escape
    out = read_json(raw)
    assert out.body == "Dear Dr. Lee,\n\nThank you."


@pytest.mark.parametrize("stream", [False, True])
def test_an_answer_that_loops_past_max_tokens_is_asked_once_more(
        fake_openai: FakeOpenAI, llm_settings: Settings, stream: bool) -> None:
    """The same prompt again (a fresh sample), not shown, within the deadline: the draft
    comes from the second answer and nothing of the loop is in it."""
    tokens: list[str] = []
    result = draft(DraftRequest.model_validate(REQUESTS["introduction"]), engine="llm",
                   settings=on("looping", fake_openai, llm_settings),
                   on_token=tokens.append if stream else None)
    assert result.engine == "llm" and "2026-05-13-2026" not in result.body
    first, again = (r["body"] for r in fake_openai.requests[:2])
    assert first["messages"] == again["messages"] and not shown_first(again)
    assert shown_first(first) is stream


def test_a_loop_with_no_time_for_another_answer_is_the_cut_off_error(
        fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    fake_openai.then({"delay": 1.2})  # the looping answer takes most of the deadline
    settings = on("looping", fake_openai, llm_settings).model_copy(
        update={"draft_deadline": 2.0, "request_timeout": 2.0})
    with pytest.raises(ModelProviderError, match="one phrase over and over"):
        draft(DraftRequest.model_validate(REQUESTS["introduction"]), engine="llm",
              settings=settings)
    assert len(fake_openai.requests) == 1


def test_the_revision_round_repeats_the_first_round_s_prompt_word_for_word(
        fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    """So a llama.cpp server reads only the revision's new part (its prompt cache): the fence
    code of the pasted notes is new for each draft and the same in its revision."""
    from tests.drafting.test_llm import GOOD_DRAFT, REQUEST

    bad = {**GOOD_DRAFT, "body": GOOD_DRAFT["body"].replace("SGIM 2026", "[Conference]")}
    fake_openai.then({"draft": bad}, {}, {"draft": bad}, {})
    draft(REQUEST, engine="llm", settings=llm_settings)
    draft(REQUEST, engine="llm", settings=llm_settings)
    sent = [r["body"]["messages"] for r in fake_openai.requests]
    assert len(sent) == 4 and len(sent[1]) == 4
    assert sent[1][:2] == sent[0][:2] and sent[3][:2] == sent[2][:2]
    codes = [re.search(r"BEGIN PASTED NOTES (\S+)", m[1]["content"]).group(1)
             for m in (sent[0], sent[2])]
    assert codes[0] != codes[1]


@pytest.mark.parametrize(("detail", "shown", "left_out"), [
    (0, "Thank them. Within 72 hours, name the conversation.", ""),
    (1, "Thank them.", "Within 72 hours"),
    (2, "", "Thank them"),
])
def test_a_principle_is_shown_whole_by_its_rule_or_by_its_title(
        detail: int, shown: str, left_out: str) -> None:
    from assistant.engines.llm_prompt import principles_block
    from assistant.models import Principle

    principle = Principle(id="follow-up-thank", title="Follow up quickly",
                          text="Thank them. Within 72 hours, name the conversation.",
                          section="Follow-up", kinds=["follow_up"])
    line = principles_block([principle], detail)
    assert line.startswith("- follow-up-thank: Follow up quickly") and shown in line
    assert not left_out or left_out not in line


def test_json_object_states_the_form_once_in_the_system_message(llm_settings: Settings) -> None:
    """The answer's form for a json_object server closes the system message, which starts
    with the same rules as every other mode's; the user message (new to the server for each
    request) carries no schema; the grammar gets the bounded schema in the request."""
    from assistant.drafting import retrieve
    from assistant.engines.llm import LLMEngine
    from assistant.engines.llm_output import JSON_OBJECT_FORMAT

    request = DraftRequest.model_validate(REQUESTS["follow_up"])
    principles = retrieve(request, llm_settings)
    engine = LLMEngine(llm_settings)
    system, user = (m.content for m in engine.messages(request, principles, mode="json_object"))
    plain_system = engine.messages(request, principles, mode="json_schema")[0].content
    assert system == plain_system + "\n" + JSON_OBJECT_FORMAT
    for key in ('"body"', '"subject"', '"principle_ids"'):
        assert key in system and key not in user
    assert "schema" not in user.lower()


@pytest.mark.parametrize("kind", KINDS)
def test_json_object_at_a_small_context_drafts_every_kind(
        fake_openai: FakeOpenAI, llm_settings: Settings, kind: str) -> None:
    """llama-cpp-python at 4,096 tokens: the schema's description in the prompt may take the
    prompt past its speed target, never to a refusal while the revision round fits."""
    fake_openai.profile = "llama_cpp_python"
    settings = llm_settings.model_copy(update={"model_context": SMALL_CONTEXT})
    result = draft(DraftRequest.model_validate(REQUESTS[kind]), engine="llm", settings=settings)
    assert result.engine == "llm"
    assert max(request_tokens(r["body"]) for r in fake_openai.requests) <= SMALL_CONTEXT
    shown = fake_openai.role_text("user")
    assert "Principles from the guide" in shown and "(none retrieved)" not in shown


def test_a_streamed_loop_is_stopped_where_it_starts(
        fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    """A streamed answer is read as it comes: once its tail is one phrase over and over the
    stream is closed (the server stops too) and a fresh answer is asked for, instead of
    passing the loop on to `max_tokens` first."""
    from assistant.engines.llm_stream import LOOP_STEP, LOOP_WINDOW

    tokens: list[str] = []
    result = draft(DraftRequest.model_validate(REQUESTS["introduction"]), engine="llm",
                   settings=on("looping", fake_openai, llm_settings), on_token=tokens.append)
    first = fake_openai.requests[0]["body"]
    stop = LOOP_WINDOW + LOOP_STEP + fake_openai.chunk_size  # the latest it may stop
    assert first.get("stream") and int(first["max_tokens"]) > stop  # the loop runs longer
    shown = "".join(tokens)
    assert 0 < len(shown) <= stop
    assert result.engine == "llm" and "2026-05-13-2026" not in result.body


@pytest.mark.parametrize("streamed", [False, True])
@pytest.mark.parametrize("kind", ["follow_up", "linkedin_note"])
def test_a_blank_answer_is_asked_again_once(fake_openai: FakeOpenAI, llm_settings: Settings,
                                            kind: str, streamed: bool) -> None:
    """A body of blank lines (measured with SmolLM2-135M on a LinkedIn note, streamed and not)
    is asked for again, not shown, with the same messages: the draft is the second answer."""
    tokens: list[str] = []
    request = DraftRequest.model_validate(REQUESTS[kind])
    result = draft(request, engine="llm", settings=on("blank_once", fake_openai, llm_settings),
                   on_token=tokens.append if streamed else None)
    assert result.engine == "llm" and result.body.strip()
    first, again = fake_openai.requests[0]["body"], fake_openai.requests[1]["body"]
    assert shown_first(first) is streamed and not shown_first(again)
    assert first["messages"] == again["messages"]


def test_a_blank_answer_with_no_time_left_is_a_clear_model_error(
        fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    """When the first answer's pace would pass the draft deadline, no second answer is asked."""
    fake_openai.then({"delay": 1.5})
    settings = on("blank_once", fake_openai, llm_settings).model_copy(
        update={"draft_deadline": 2.0, "request_timeout": 2.0})
    with pytest.raises(ModelProviderError, match="empty draft"):
        draft(DraftRequest.model_validate(REQUESTS["linkedin_note"]), engine="llm",
              settings=settings)
    assert len(fake_openai.requests) == 1


def test_a_small_context_s_revision_lists_the_most_important_findings(
        fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    """The revision's findings message keeps within REVISION_SHARE of the context (a CPU
    server reads all of it before answering): errors first, then as many as fit."""
    from assistant.engines.llm_budget import estimate, revision_target
    from tests.drafting.conftest import GOOD_DRAFT

    bad = {**GOOD_DRAFT, "body": "hey!! THANKS SO MUCH lol, see you at [Conference]. Will you "
                                 "be my mentor? " + GOOD_DRAFT["body"].replace("Best regards,",
                                                                               "cheers")}
    request = DraftRequest.model_validate(REQUESTS["follow_up"])
    listed: dict[int, list[str]] = {}
    for context in (32768, SMALL_CONTEXT):
        fake_openai.requests.clear()
        fake_openai.then({"draft": bad})
        settings = llm_settings.model_copy(update={"model_context": context})
        draft(request, engine="llm", settings=settings)
        revise = fake_openai.messages(1)[-1]["content"]
        listed[context] = re.findall(r"^- \[(\w+)\]", revise, re.MULTILINE)
        if context == SMALL_CONTEXT:
            assert estimate(revise) <= revision_target(settings)
    everything, few = listed[32768], listed[SMALL_CONTEXT]
    assert len(everything) > len(few) >= 1
    assert few == everything[:len(few)]  # the same order: errors first, then as checked


def test_a_server_that_does_not_stream_is_asked_whole_from_then_on(
        fake_openai: FakeOpenAI, llm_settings: Settings) -> None:
    """Its whole answer to a streamed request cannot be read as a stream: the same request is
    sent again without `stream`, and so is every later one to that server."""
    settings = on("no_stream", fake_openai, llm_settings)
    tokens: list[str] = []
    request = DraftRequest.model_validate(REQUESTS["follow_up"])
    result = draft(request, engine="llm", settings=settings, on_token=tokens.append)
    assert result.engine == "llm" and tokens  # the body is shown, all at once
    first, again = (r["body"] for r in fake_openai.requests[:2])
    assert first.get("stream") and not again.get("stream")
    assert first["messages"] == again["messages"]
    before = len(fake_openai.requests)
    assert draft(request, engine="llm", settings=settings).engine == "llm"
    assert not any(r["body"].get("stream") for r in fake_openai.requests[before:])
