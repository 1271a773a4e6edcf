"""One answer, asked for in the negotiated output mode, moving down the modes
(llm_output.MODES) when the server refuses one and remembering the one that worked. JSON and
plain text are streamed (`llm_stream`: its loop detector stops a rambling answer early, and the
app is shown the body when it asks); tools are one request.

The engine (`assistant.engines.llm.LLMEngine`) is passed in as a `Rounds`, so this module and
`llm_stream` never import it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from assistant.config import Settings
from assistant.engines.base import Composition, TokenCallback
from assistant.engines.llm_budget import answer_tokens, cut_off, limit_options, room_for_answer
from assistant.engines.llm_output import (
    JSON_MODES,
    MODES,
    READ_ERRORS,
    DraftOutput,
    Mode,
    NoStructuredAnswer,
    Shape,
    read_answer,
    request_options,
    salvage,
)
from assistant.engines.llm_prompt import one_line
from assistant.engines.llm_sampling import Sampling
from assistant.engines.llm_stream import NotStreamed, stream
from assistant.engines.llm_warm import began
from assistant.engines.llm_wire import CutOff, ModeRejected, OptionRejected, Wire
from assistant.errors import ModelProviderError
from assistant.models import DraftRequest, Finding, Principle


class Rounds(Protocol):
    """What a round needs of the engine."""

    settings: Settings
    wire: Wire
    shape: Shape | None
    streams: bool  # False once the server answered a streamed request without streaming
    sampling: Sampling  # what an answer asked again changes, less what the server refused

    @property
    def mode(self) -> Mode: ...

    def chat(self) -> Any: ...

    def messages(self, request: DraftRequest, principles: Sequence[Principle], *,
                 feedback: Sequence[Finding] = (), previous: Composition | None = None,
                 mode: Mode = "json_schema") -> list[Any]: ...

    def remember(self, mode: Mode, reasons: list[str]) -> None: ...


def structured(engine: Rounds, request: DraftRequest, principles: Sequence[Principle],
               feedback: Sequence[Finding], previous: Composition | None,
               on_token: TokenCallback | None = None, attempt: int = 0) -> DraftOutput:
    """Ask in the remembered mode; on a refusal move to the next one (see llm_output). Every
    mode but tools is streamed (`llm_stream`), shown through `on_token` when it is given;
    tools cannot be, so a shown answer skips them for plain text. A server that answers a
    streamed request whole is asked whole from then on (`engine.streams`). `attempt` > 0:
    an answer asked again after a loop or a cut-off, sampled steadier (`llm_sampling`); an
    option the server refuses by name is dropped and the same mode asked again."""
    reasons: list[str] = []
    start = engine.mode
    engine.chat()  # built (imports included) before any deadline starts
    began(engine.settings)  # a prime not yet sent would now only be in this draft's way
    modes = [m for m in MODES[MODES.index(start):] if on_token is None or m != "tools"]
    for mode in modes:
        messages = engine.messages(request, principles, feedback=feedback, previous=previous,
                                   mode=mode)
        limit = room_for_answer(messages, engine.settings,
                                answer_tokens(request, engine.shape))
        try:
            out = _ask(engine, messages, on_token, limit, mode, attempt)
        except ModeRejected as exc:
            reasons.append(f"{mode} refused ({exc})")
            continue
        except NoStructuredAnswer as exc:
            reasons.append(f"{mode}: {exc}")
            continue
        # plain text chosen only because a shown answer skips tools is not remembered
        if (mode != start or reasons) and not (on_token is not None and mode == "text"):
            engine.remember(mode, reasons)
        return out
    raise ModelProviderError(
        f"the model server at {engine.wire.where} gave no usable structured answer in any "
        f"mode: {one_line('; '.join(reasons), 400)}")


def _ask(engine: Rounds, messages: list[Any], on_token: TokenCallback | None, limit: int,
         mode: Mode, attempt: int) -> DraftOutput:
    """One answer in `mode`, streamed unless it is a tool call or the server does not stream;
    a sampling option refused by name is left out and the answer asked again at once."""
    while True:
        sampling = engine.sampling.options(attempt)
        try:
            if mode != "tools" and engine.streams:
                try:
                    return stream(engine, messages, on_token, limit, mode, sampling)
                except NotStreamed:
                    engine.streams = False  # asked again whole, now and from now on
            out = _one_request(engine, messages, limit, mode, sampling)
        except OptionRejected as exc:
            if exc.name not in sampling:
                raise ModelProviderError(
                    f"the model server at {engine.wire.where} rejected the request "
                    f"({exc})") from exc
            engine.sampling.refuse(exc.name)
            continue
        if on_token is not None:
            on_token(out.body)  # all at once
        return out


def _one_request(engine: Rounds, messages: list[Any], limit: int, mode: Mode,
                 sampling: dict[str, Any]) -> DraftOutput:
    """The draft as one whole answer: a tool call (never streamed; llama-server ignores its
    name: measured), or any mode from a server that does not stream."""
    options = request_options(mode, engine.shape)
    kwargs = limit_options(engine.settings, limit)
    if sampling:
        kwargs["extra_body"] = {**kwargs.get("extra_body", {}), **sampling}
    try:
        answer = engine.wire.call(lambda: engine.chat().invoke(messages, **kwargs, **options))
    except CutOff as exc:
        raise cut_off(limit) from exc
    if (getattr(answer, "response_metadata", None) or {}).get("finish_reason") == "length":
        kept = salvage(answer.content) if mode in JSON_MODES and isinstance(
            answer.content, str) else None
        if kept is None:
            raise cut_off(limit)
        return kept
    try:
        return read_answer(mode, answer)
    except NoStructuredAnswer:
        raise
    except READ_ERRORS as exc:
        raise ModelProviderError(
            f"the model's answer was not a draft in the expected form ({mode}): "
            f"{one_line(exc, 120)}") from exc
