"""The streamed round: the answer passed on to the app as it is written, in the negotiated
JSON mode when there is one (the schema bounds it as it does a structured answer), else as
plain text (prompts/format_plain.md); tools are never streamed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from assistant.engines.base import Composition, TokenCallback
from assistant.engines.llm_budget import answer_tokens, room_for_answer
from assistant.engines.llm_output import (
    JSON_MODES,
    MODES,
    READ_ERRORS,
    DraftOutput,
    Mode,
    json_body_so_far,
    looping,
    parse_plain,
    read_json,
    request_options,
)
from assistant.engines.llm_prompt import one_line
from assistant.engines.llm_structured import AnswerCutOff, Rounds, cut_off, limit_options
from assistant.engines.llm_wire import ModeRejected
from assistant.errors import ModelProviderError
from assistant.models import DraftRequest, Finding, Principle


def streamed(engine: Rounds, request: DraftRequest, principles: Sequence[Principle],
             feedback: Sequence[Finding], previous: Composition | None,
             on_token: TokenCallback) -> DraftOutput:
    """Stream in the first mode the server takes, from the remembered one down."""
    reasons: list[str] = []
    modes = [m for m in MODES[MODES.index(engine.mode):] if m != "tools"]  # no tool streams
    for mode in modes:
        messages = engine.messages(request, principles, feedback=feedback, previous=previous,
                                   mode=mode)
        try:
            out = stream(engine, messages, on_token, answer_tokens(request, engine.shape), mode)
        except ModeRejected as exc:
            reasons.append(f"{mode} refused ({exc})")
            continue
        if reasons and mode in JSON_MODES:
            engine.remember(mode, reasons)
        return out
    raise ModelProviderError(
        f"the model server at {engine.wire.where} refused every streamed form: "
        f"{one_line('; '.join(reasons), 400)}")


LOOP_WINDOW = 400  # characters of the answer's tail read for a loop
LOOP_STEP = 100  # read again after this many more


def stream(engine: Rounds, messages: list[Any], on_token: TokenCallback, max_tokens: int,
           mode: Mode) -> DraftOutput:
    """Stream one answer, passing the body's text on as it arrives. An answer whose tail has
    become one phrase over and over is stopped there (its connection closed, so the server
    stops too) and reported as cut off: the loop would only run on to `max_tokens`, spending
    the time a fresh answer needs (measured with SmolLM2-135M at load 10: 40-50 s a loop)."""
    state: dict[str, Any] = {"buffer": "", "emitted": 0, "finish": None, "read": 0}
    engine.chat()  # built (imports included) before any deadline starts
    as_json = mode in JSON_MODES
    # the format goes in the request body itself: LangChain streams a `response_format`
    # through the openai client's parsing helper, which is not what a local server needs
    options = request_options(mode, engine.shape, body_first=True).get("response_format")

    def run() -> None:
        state.update(buffer="", finish=None, read=0)
        limit = limit_options(engine.settings,
                              room_for_answer(messages, engine.settings, max_tokens))
        if options:
            limit["extra_body"] = {**limit.get("extra_body", {}), "response_format": options}
        chunks = engine.chat().stream(messages, **limit)
        try:
            for chunk in chunks:
                if _take(chunk, state, on_token, as_json):
                    state["finish"] = "loop"
                    break
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()  # a stopped loop: closing the response stops the server's work

    engine.wire.call(run, retry_ok=lambda: state["emitted"] == 0)
    if state["finish"] == "loop":
        raise AnswerCutOff("the model's answer became one phrase over and over and was "
                           "stopped; try again, or use a larger model")
    if state["finish"] == "length":
        raise cut_off(max_tokens)
    buffer, emitted = state["buffer"], state["emitted"]
    try:
        if as_json:
            out = read_json(buffer)
            shown = json_body_so_far(buffer)
        else:
            subject, body, ids = parse_plain(buffer)
            out = DraftOutput(subject=subject, body=body, principle_ids=ids)
            start = _body_start(buffer + "\n\n") or 0
            shown = buffer[start:start + emitted]
    except READ_ERRORS as exc:
        raise ModelProviderError(
            f"the model's answer was not a draft in the expected form: {one_line(exc, 120)}"
        ) from exc
    rest = out.body[emitted:] if out.body.startswith(shown[:emitted]) else ""
    if rest:
        on_token(rest)
    return out


def _take(chunk: Any, state: dict[str, Any], on_token: TokenCallback, as_json: bool) -> bool:
    """Add one streamed chunk to the answer and pass on what of the body is ready; True when
    the answer's tail has become a loop."""
    state["finish"] = (chunk.response_metadata or {}).get("finish_reason") or state["finish"]
    piece = chunk.content if isinstance(chunk.content, str) else ""
    if not piece:
        return False
    buffer = state["buffer"] = state["buffer"] + piece
    if len(buffer) - state["read"] >= LOOP_STEP and len(buffer) >= LOOP_WINDOW:
        state["read"] = len(buffer)
        if looping(buffer[-LOOP_WINDOW:]):
            return True
    if as_json:
        text = json_body_so_far(buffer)
        if len(text) > state["emitted"]:
            on_token(text[state["emitted"]:])
            state["emitted"] = len(text)
        return False
    start = _body_start(buffer)
    if start is None:
        return False
    ready = _streamable_end(buffer, start)
    if ready > start + state["emitted"]:
        on_token(buffer[start + state["emitted"]: ready])
        state["emitted"] = ready - start
    return False


def _body_start(buffer: str) -> int | None:
    """Where the body begins: after the 'Subject:' line and its blank line."""
    stripped = buffer.lstrip()
    offset = len(buffer) - len(stripped)
    if not stripped:
        return None
    if "subject:".startswith(stripped[:8].lower()) and len(stripped) < 8:
        return None
    if stripped[:8].lower() == "subject:":
        end = stripped.find("\n")
        if end == -1:
            return None
        rest = stripped[end + 1:]
        blank = len(rest) - len(rest.lstrip("\n"))
        if not rest.strip() and not rest.endswith("\n\n"):
            return None
        return offset + end + 1 + blank
    return offset


def _streamable_end(buffer: str, start: int) -> int:
    """Hold back a trailing line that may be the 'Principles:' line."""
    last = buffer.rfind("\n", start)
    tail = buffer[last + 1:] if last != -1 else buffer[start:]
    marker = "principles:"
    if tail and (marker.startswith(tail.lower()) or tail.lower().startswith(marker)):
        return last if last != -1 else start
    return len(buffer)
