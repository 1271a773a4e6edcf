"""One answer read as the server streams it, in a JSON mode (the schema bounds it) or as plain
text (prompts/format_plain.md); never tools. With `on_token` the body is passed on to the app as
it is written; without, the answer is still streamed, so the loop detector reads it as it comes
and stops a rambling answer at once instead of waiting for `max_tokens` (measured with
SmolLM2-135M on llama-server under load 5-6: answers not streamed looped to their limit and
took the draft p50 to 24-27 s). The negotiation of the mode is `llm_structured`'s."""

from __future__ import annotations

from typing import Any, Protocol

from assistant.config import Settings
from assistant.engines.base import TokenCallback
from assistant.engines.llm_budget import AnswerCutOff, cut_off, limit_options, room_for_answer
from assistant.engines.llm_output import (
    JSON_MODES,
    READ_ERRORS,
    DraftOutput,
    Mode,
    Shape,
    json_body_so_far,
    looping,
    parse_plain,
    read_json,
    request_options,
    salvage,
)
from assistant.engines.llm_prompt import one_line
from assistant.engines.llm_wire import Wire
from assistant.errors import ModelProviderError


class NotStreamed(ModelProviderError):
    """The server answered a streamed request with a whole answer, which the client cannot
    read as a stream (a server that ignores `stream`): ask it again without."""


class Streams(Protocol):
    """What streaming an answer needs of the engine."""

    settings: Settings
    wire: Wire
    shape: Shape | None

    def chat(self) -> Any: ...


LOOP_WINDOW = 400  # characters of the answer's tail read for a loop
LOOP_STEP = 100  # read again after this many more


def stream(engine: Streams, messages: list[Any], on_token: TokenCallback | None,
           max_tokens: int, mode: Mode, sampling: dict[str, Any] | None = None) -> DraftOutput:
    """Stream one answer, passing the body's text on as it arrives when `on_token` is given.
    An answer whose tail has become one phrase over and over is stopped there (its connection
    closed, so the server stops too) and reported as cut off: the loop would only run on to
    `max_tokens`, spending the time a fresh answer needs (measured with SmolLM2-135M at load
    10: 40-50 s a loop), unless every field of a JSON answer was complete before the stop
    (`llm_output.salvage`). Only a shown answer asks for its body first (llm_output.schema);
    `sampling` is what an answer asked again changes (`llm_sampling`)."""
    state: dict[str, Any] = {"buffer": "", "emitted": 0, "finish": None, "read": 0}
    engine.chat()  # built (imports included) before any deadline starts
    as_json = mode in JSON_MODES
    shown = on_token is not None
    # the format goes in the request body itself: LangChain streams a `response_format`
    # through the openai client's parsing helper, which is not what a local server needs
    options = request_options(mode, engine.shape, body_first=shown).get("response_format")
    show: TokenCallback = on_token if on_token is not None else _nothing

    def run() -> None:
        state.update(buffer="", finish=None, read=0)
        limit = limit_options(engine.settings,
                              room_for_answer(messages, engine.settings, max_tokens))
        extra = {**({"response_format": options} if options else {}), **(sampling or {})}
        if extra:
            limit["extra_body"] = {**limit.get("extra_body", {}), **extra}
        chunks = engine.chat().stream(messages, **limit)
        try:
            for chunk in chunks:
                if _take(chunk, state, show, as_json, shown):
                    state["finish"] = "loop"
                    break
        except ValueError as exc:  # LangChain's words for a stream with no event in it
            if "no generation chunks" in str(exc).lower() and not state["buffer"]:
                raise NotStreamed(f"the model server at {engine.wire.where} answered a "
                                  "streamed request without streaming") from exc
            raise
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()  # a stopped loop: closing the response stops the server's work

    engine.wire.call(run, retry_ok=lambda: state["emitted"] == 0)
    kept = salvage(state["buffer"]) if as_json and state["finish"] in ("loop", "length") \
        else None
    if kept is not None:
        passed = json_body_so_far(state["buffer"])[:state["emitted"]]
        if kept.body.startswith(passed) and kept.body[len(passed):]:
            show(kept.body[len(passed):])
        return kept
    if state["finish"] == "loop":
        raise AnswerCutOff("the model's answer became one phrase over and over and was "
                           "stopped; try again, or use a larger model")
    if state["finish"] == "length":
        raise cut_off(max_tokens)
    buffer, emitted = state["buffer"], state["emitted"]
    try:
        if as_json:
            out = read_json(buffer)
            passed = json_body_so_far(buffer)
        else:
            subject, body, ids = parse_plain(buffer)
            out = DraftOutput(subject=subject, body=body, principle_ids=ids)
            start = _body_start(buffer + "\n\n") or 0
            passed = buffer[start:start + emitted]
    except READ_ERRORS as exc:
        raise ModelProviderError(
            f"the model's answer was not a draft in the expected form: {one_line(exc, 120)}"
        ) from exc
    rest = out.body[emitted:] if out.body.startswith(passed[:emitted]) else ""
    if rest:
        show(rest)
    return out


def _nothing(_: str) -> None:
    """An answer nobody is shown while it is written."""


def _take(chunk: Any, state: dict[str, Any], on_token: TokenCallback, as_json: bool,
          shown: bool = True) -> bool:
    """Add one streamed chunk to the answer and pass on what of the body is ready (when it is
    `shown`); True when the answer's tail has become a loop."""
    state["finish"] = (chunk.response_metadata or {}).get("finish_reason") or state["finish"]
    piece = chunk.content if isinstance(chunk.content, str) else ""
    if not piece:
        return False
    buffer = state["buffer"] = state["buffer"] + piece
    if len(buffer) - state["read"] >= LOOP_STEP and len(buffer) >= LOOP_WINDOW:
        state["read"] = len(buffer)
        if looping(buffer[-LOOP_WINDOW:]):
            return True
    if not shown:
        return False
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
