"""The structured round: one answer asked for in the negotiated output mode, moving down the
modes (llm_output.MODES) when the server refuses one and remembering the one that worked.

The engine (`assistant.engines.llm.LLMEngine`) is passed in as a `Rounds`, so this module and
the streamed round (`llm_stream`) never import it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from assistant.config import Settings
from assistant.engines.base import Composition
from assistant.engines.llm_budget import answer_tokens, room_for_answer
from assistant.engines.llm_output import (
    MODES,
    READ_ERRORS,
    DraftOutput,
    Mode,
    NoStructuredAnswer,
    Shape,
    read_answer,
    request_options,
)
from assistant.engines.llm_prompt import one_line
from assistant.engines.llm_wire import CutOff, ModeRejected, Wire
from assistant.errors import ModelProviderError
from assistant.models import DraftRequest, Finding, Principle


class Rounds(Protocol):
    """What a round needs of the engine."""

    settings: Settings
    wire: Wire
    shape: Shape | None

    @property
    def mode(self) -> Mode: ...

    def chat(self) -> Any: ...

    def messages(self, request: DraftRequest, principles: Sequence[Principle], *,
                 feedback: Sequence[Finding] = (), previous: Composition | None = None,
                 mode: Mode = "json_schema") -> list[Any]: ...

    def remember(self, mode: Mode, reasons: list[str]) -> None: ...


def structured(engine: Rounds, request: DraftRequest, principles: Sequence[Principle],
               feedback: Sequence[Finding], previous: Composition | None) -> DraftOutput:
    """Ask in the remembered mode; on a refusal move to the next one (see llm_output)."""
    reasons: list[str] = []
    start = engine.mode
    engine.chat()  # built (imports included) before any deadline starts
    for mode in MODES[MODES.index(start):]:
        messages = engine.messages(request, principles, feedback=feedback, previous=previous,
                                   mode=mode)
        limit = room_for_answer(messages, engine.settings,
                                answer_tokens(request, engine.shape))
        options = request_options(mode, engine.shape)
        try:
            answer = engine.wire.call(
                lambda m=messages, o=options, n=limit: invoke(engine, m, n, o))
        except ModeRejected as exc:
            reasons.append(f"{mode} refused ({exc})")
            continue
        except CutOff as exc:
            raise cut_off(limit) from exc
        check_finish(answer, limit)
        try:
            out = read_answer(mode, answer)
        except NoStructuredAnswer as exc:
            reasons.append(f"{mode}: {exc}")
            continue
        except READ_ERRORS as exc:
            raise ModelProviderError(
                f"the model's answer was not a draft in the expected form ({mode}): "
                f"{one_line(exc, 120)}") from exc
        if mode != start or reasons:
            engine.remember(mode, reasons)
        return out
    raise ModelProviderError(
        f"the model server at {engine.wire.where} gave no usable structured answer in any "
        f"mode: {one_line('; '.join(reasons), 400)}")


def invoke(engine: Rounds, messages: list[Any], max_tokens: int,
           options: dict[str, Any]) -> Any:
    """One chat-completions request; every non-streamed call passes here."""
    return engine.chat().invoke(messages, **limit_options(engine.settings, max_tokens),
                                **options)


def limit_options(settings: Settings, max_tokens: int) -> dict[str, Any]:
    """The answer limit. LangChain sends OpenAI's `max_completion_tokens`; llama.cpp's
    servers read only `max_tokens`, so any other server gets both."""
    if not settings.openai_base_url:
        return {"max_tokens": max_tokens}
    return {"max_tokens": max_tokens, "extra_body": {"max_tokens": max_tokens}}


class AnswerCutOff(ModelProviderError):
    """The answer stopped at its `max_tokens` (finish_reason "length")."""


def cut_off(limit: int) -> AnswerCutOff:
    return AnswerCutOff(
        f"the model's answer was cut off at the {limit}-token limit (finish_reason: length): it "
        "wrote far more than this message needs; try again, or use a larger model")


def check_finish(answer: Any, limit: int) -> None:
    if (getattr(answer, "response_metadata", None) or {}).get("finish_reason") == "length":
        raise cut_off(limit)
