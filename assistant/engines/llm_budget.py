"""Token budgets: how long an answer may be, and how much prompt fits the model's context.

Without `max_tokens` a small local model may write until its context is full (measured with
SmolLM2-135M on llama-server: 1,723 tokens, 60-115 s, then a revision refused because "request
(4487 tokens) exceeds the available context size (4096 tokens)"). So every request carries a
`max_tokens` sized for its channel with headroom, and the first-round prompt is trimmed until the
revision round (prompt + first answer + findings + second answer) fits `OUTREACH_MODEL_CONTEXT`.
For a local server the answer is bounded by its schema too (`shape_for`, llm_output.Shape), and
`max_tokens` is sized so the longest answer that schema allows always fits (every token carries
at least two characters of English here; SmolLM2's and Llama's vocabularies average about four).

A CPU server spends most of a draft reading the prompt (measured: SmolLM2-135M on llama-server
reads ~40-75 prompt tokens a second on this 2-core machine, a 1,000-token prompt 15-25 s), so
the first round also keeps within PROMPT_SHARE of the context: a small local context gets a
small prompt (measured at a 4,096 context: a third of it let the prompt reach ~1,050 tokens,
9.5 s of reading unloaded; a quarter keeps it near 800). Trimming first shortens each
principle to its title and first sentence, then to its title, then drops principles (least
relevant last) and shortens pasted notes; the request's facts are
never cut. Tokens are estimated without a tokenizer, on the safe side: three ASCII characters
or one other character per token (English runs nearer four characters per token).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from assistant.config import Settings
from assistant.engines.llm_output import Shape
from assistant.errors import ModelProviderError
from assistant.models import DraftRequest, Principle

# Answer sizes, in tokens, with headroom over the channel's limit (150 words ~ 200 tokens, 300
# characters ~ 75 tokens, plus subject, principle ids and JSON punctuation).
ANSWER_TOKENS = {"linkedin_note": 256, "linkedin_message": 512, "email": 640}
AGENDA_TOKENS = 768
# Body bounds in characters: an email or LinkedIn message of at most ~160 words (the target is
# 50-125, the checks' "never over" 200); a note's is its character limit. Subject: under 70.
# llama.cpp's grammar parser refuses more than ~2,000 rules, and llama-cpp-python writes each
# character of a bounded string as a rule of its own: measured with its 0.3.36 parser, a 70
# subject with a 1,000 body parses, 1,100 does not (the server then samples with no grammar).
BODY_CHARS = {"linkedin_message": 950, "email": 950}
SUBJECT_CHARS = 70
MIN_CHARS_PER_TOKEN = 2
REVISION_RESERVE = 700  # the revision prompt and its findings
PROMPT_SHARE = 0.25  # of the context, for the first round's prompt
REVISION_SHARE = 1 / 16  # of the context, for the revision round's findings message
PER_MESSAGE = 8  # role markers and separators of a chat template
MIN_ANSWER = 128
# For a local server, the first round's user message (all of it new to the server's prompt
# cache when the request is new: only the system message is the same for every draft) is
# trimmed towards this many tokens, whatever the context, by shortening and dropping
# principles (never the facts, nor the pasted notes for speed): the server reads it before the
# first word. Sized for a first streamed token within 3 s on the slower of the two llama.cpp
# servers (measured with SmolLM2-135M, this 2-core machine, one thread: llama-server reads
# ~130 prompt tokens a second quiet, llama-cpp-python ~105, and its grammar costs ~0.3 s for
# the `{"body": "` before the first word; 296-340 new tokens took it 2.6-3.4 s). Estimated
# tokens (`estimate`) run ~10% over SmolLM2's own count on these prompts.
LOCAL_NEW_TOKENS = 240
# Principles kept (as titles) whatever LOCAL_NEW_TOKENS asks, per kind: a 200-character note
# follows one principle as well as four; an email's two (its kind's pattern, the rule it rests
# on) stay. Notes are kept.
SPEED_KEEPS = {"linkedin_note": 1, "linkedin_rewrite": 1}
SPEED_KEEPS_DEFAULT = 2


def speed_keeps(request: DraftRequest) -> int:
    """Principles a local server's first round keeps, whatever LOCAL_NEW_TOKENS asks."""
    return SPEED_KEEPS.get(request.kind, SPEED_KEEPS_DEFAULT)


def shape_for(request: DraftRequest, settings: Settings,
              ids: Sequence[str] = ()) -> Shape | None:
    """The answer's bounds, for a server that compiles them into a grammar (any server set by
    OPENAI_BASE_URL); OpenAI's own API gets the plain schema."""
    if not settings.openai_base_url:
        return None
    channel = request.effective_channel
    if channel == "linkedin_note":
        return Shape(subject=None, body=settings.linkedin_note_limit, ids=tuple(ids))
    return Shape(subject=SUBJECT_CHARS if channel == "email" else None,
                 body=BODY_CHARS.get(channel, BODY_CHARS["email"]), ids=tuple(ids))


def answer_tokens(request: DraftRequest, shape: Shape | None = None) -> int:
    """`max_tokens` for this request's answer: room for the longest answer `shape` allows, or
    the channel's planned size."""
    if shape is not None:
        return -(-shape.json_chars() // MIN_CHARS_PER_TOKEN)
    if request.kind == "mentor_agenda":
        return AGENDA_TOKENS
    return ANSWER_TOKENS.get(request.effective_channel, ANSWER_TOKENS["email"])


def estimate(text: str) -> int:
    """Tokens in `text`, over- rather than under-estimated."""
    ascii_chars = sum(1 for ch in text if ch.isascii())
    return -(-ascii_chars // 3) + (len(text) - ascii_chars)


def estimate_messages(messages: Sequence[Any]) -> int:
    total = 16
    for m in messages:
        content = m.content if isinstance(m.content, str) else str(m.content)
        total += estimate(content) + PER_MESSAGE
    return total


def first_round_budget(settings: Settings, answer: int) -> int:
    """Prompt tokens the first round may use so that its revision round still fits."""
    usable = int(settings.model_context * 0.95)  # the estimate is rough; keep a margin
    return usable - 2 * answer - REVISION_RESERVE


def prompt_target(settings: Settings, answer: int) -> int:
    """What trimming aims at: PROMPT_SHARE of the context (speed), within the budget (fit).
    Only the budget is a limit: a request whose facts pass the target but fit is sent."""
    return min(first_round_budget(settings, answer), int(settings.model_context * PROMPT_SHARE))


def revision_target(settings: Settings) -> int:
    """Tokens the revision round's new message (its findings) may take: REVISION_SHARE of the
    context, so a small local context gets the few most important findings. A CPU server
    reads that message at the revision's start (measured with SmolLM2-135M on llama-server at
    load 5-6, context 4096, every finding listed: the previous answer and the findings took
    200-720 tokens to read, 3.5-14 s)."""
    return int(settings.model_context * REVISION_SHARE)


Build = Callable[[Sequence[Principle], str | None, int], list[Any]]
"""Messages from the principles kept, the notes kept, and how much of each principle is shown
(`llm_prompt.DETAIL`: 0 its text, 1 its first sentence, 2 its title)."""


def fit(build: Build, request: DraftRequest, principles: Sequence[Principle],
        settings: Settings, answer: int) -> tuple[list[Any], list[str]]:
    """The first round's messages within the budget, and what was left out to get there."""
    budget, target = first_round_budget(settings, answer), prompt_target(settings, answer)
    kept, notes = list(principles), request.notes
    detail = 0
    messages = build(kept, notes, detail)
    speed = target  # what a local server reads before the first word: principles only
    if settings.openai_base_url:
        speed = min(target, estimate_messages(messages[:1]) + PER_MESSAGE + LOCAL_NEW_TOKENS)
    while estimate_messages(messages) > speed and kept and detail < 2:
        detail += 1  # each principle as its title and first sentence, then its title
        messages = build(kept, notes, detail)
    while estimate_messages(messages) > speed and len(kept) > speed_keeps(request):
        kept.pop()
        messages = build(kept, notes, detail)
    while estimate_messages(messages) > target and len(kept) > 1:
        kept.pop()
        messages = build(kept, notes, detail)
    while estimate_messages(messages) > target and notes:
        notes = notes[: len(notes) // 2].rstrip() if len(notes) > 200 else None
        messages = build(kept, notes, detail)
    while estimate_messages(messages) > budget and kept:
        kept.pop()  # the last principle goes only when the revision round would not fit
        messages = build(kept, notes, detail)
    trimmed: list[str] = []
    if detail and kept:
        trimmed.append("the principles' explanations (titles and first sentences kept)"
                       if detail == 1 else "the principles' explanations (titles kept)")
    if len(kept) < len(principles):
        trimmed.append(f"{len(principles) - len(kept)} of the guide's principles")
    if notes != request.notes:
        trimmed.append("part of the pasted notes" if notes else "the pasted notes")
    need = estimate_messages(messages)
    if need > budget:
        raise ModelProviderError(
            f"the request's facts alone take about {need} tokens, more than the model's context "
            f"leaves for them ({budget} of OUTREACH_MODEL_CONTEXT={settings.model_context}, "
            "keeping room for the answer and a revision round): shorten the request or raise "
            "OUTREACH_MODEL_CONTEXT if the model allows")
    return messages, trimmed


def room_for_answer(messages: Sequence[Any], settings: Settings, answer: int) -> int:
    """`max_tokens` for a call whose prompt is `messages`: the planned size, or what is left."""
    left = int(settings.model_context * 0.95) - estimate_messages(messages)
    if left < MIN_ANSWER:
        raise ModelProviderError(
            f"no room left for the model's answer: the prompt takes about "
            f"{estimate_messages(messages)} of OUTREACH_MODEL_CONTEXT={settings.model_context} "
            "tokens")
    return min(answer, left)


def limit_options(settings: Settings, max_tokens: int) -> dict[str, Any]:
    """The answer limit. LangChain sends OpenAI's `max_completion_tokens`; llama.cpp's
    servers read only `max_tokens`, so any other server gets both."""
    if not settings.openai_base_url:
        return {"max_tokens": max_tokens}
    return {"max_tokens": max_tokens, "extra_body": {"max_tokens": max_tokens}}


class AnswerCutOff(ModelProviderError):
    """The answer stopped at its `max_tokens` (finish_reason "length"), or became a loop."""


def cut_off(limit: int) -> AnswerCutOff:
    return AnswerCutOff(
        f"the model's answer was cut off at the {limit}-token limit (finish_reason: length): it "
        "wrote far more than this message needs; try again, or use a larger model")
