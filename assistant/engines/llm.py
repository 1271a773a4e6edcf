"""The LLM engine: any OpenAI-compatible chat model through langchain-openai's ChatOpenAI.

Configured from settings (OPENAI_API_KEY, OPENAI_BASE_URL, OUTREACH_MODEL, OUTREACH_REQUEST_TIMEOUT,
OUTREACH_DRAFT_DEADLINE, OUTREACH_MAX_RETRIES, OUTREACH_MODEL_CONTEXT). The request it receives is
already PHI-redacted by the drafting service; this module holds the client, the remembered
output mode and one draft's rounds:

- `llm_prompt`: the messages, with a prompt trimmed to fit the context (`llm_budget`);
- `llm_structured`: a structured answer, in a mode negotiated with the server (`llm_output`:
  json_schema -> json_object -> tools -> plain text, remembered in the store per server and
  model), every request through `llm_wire.Wire` (deadlines, size cap, retries, one-line errors);
- `llm_stream`: every answer but a tool call is streamed, so a loop is stopped as it starts
  (an answer whose fields were all complete before it is used: `llm_output.salvage`); with
  `on_token` the app is shown the body while it is written;
- `llm_sampling`: an answer asked again after a loop or a cut-off is sampled steadier
  (penalties on repeats, a lower temperature, a seed), with what the server accepts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from assistant import fences
from assistant.config import Settings
from assistant.egress import gate_messages
from assistant.engines.base import Composition, TokenCallback
from assistant.engines.llm_budget import AnswerCutOff
from assistant.engines.llm_deadline import http_client, time_left
from assistant.engines.llm_output import (
    MODES,
    DraftOutput,
    Mode,
    Shape,
    end_at_sentence,
    looping,
    parse_plain,
)
from assistant.engines.llm_prompt import conversation
from assistant.engines.llm_sampling import STEADIER, Sampling
from assistant.engines.llm_server import api_key, public_url
from assistant.engines.llm_structured import structured
from assistant.engines.llm_wire import Wire
from assistant.errors import ModelProviderError
from assistant.models import DraftRequest, Finding, Principle

__all__ = ["LLMEngine", "api_key", "parse_plain"]

NOT_A_SUBJECT = ("none", "null", "n/a", "no subject", "-")
UNENDED_ROUNDS = 2  # more rounds for a first answer that ended no sentence before its bound


class LLMEngine:
    """Drafts with a chat model; see the module docstring."""

    name = "llm"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.wire = Wire(settings)
        self._chat: Any = None
        self._mode: Mode | None = None
        self.trimmed: list[str] = []  # what the last prompt left out to fit the context
        self.shown: list[str] = []  # the ids of the principles the last prompt listed
        self.streams = True  # until the server answers a streamed request whole
        # an answer asked again: steadier, less the options this server refused (stored)
        self.sampling = Sampling(settings, recall=self._recall_refused,
                                 remember=self._remember_refused)
        self.shape: Shape | None = None  # the last prompt's answer bounds (ids it showed)
        self.first_round_s = 0.0  # how long the last first answer took (paces the revision)
        self.boundary: str | None = None  # the pasted text's fence code for this draft

    # -- the client and the remembered mode -----------------------------------------------
    def chat(self) -> Any:
        if self._chat is None:
            from langchain_openai import ChatOpenAI

            s = self.settings
            self._chat = ChatOpenAI(
                model=s.model, api_key=api_key(s), base_url=s.openai_base_url,
                timeout=s.request_timeout, max_retries=0, http_client=http_client(s),
                use_responses_api=False,
            )
        return self._chat

    @property
    def mode(self) -> Mode:
        """The structured-output mode to start with: the one that last worked here."""
        if self._mode is None:
            remembered = self._store_call(lambda store: store.model_mode(
                public_url(self.settings.openai_base_url), self.settings.model))
            self._mode = remembered[0] if remembered and remembered[0] in MODES else MODES[0]
        return self._mode

    def mode_reason(self) -> str | None:
        """Why the better modes were refused, as stored with the working one."""
        remembered = self._store_call(lambda store: store.model_mode(
            public_url(self.settings.openai_base_url), self.settings.model))
        return remembered[1] if remembered else None

    def remember(self, mode: Mode, reasons: list[str]) -> None:
        self._mode = mode
        self._store_call(lambda store: store.save_model_mode(
            public_url(self.settings.openai_base_url), self.settings.model, mode,
            "; ".join(reasons) or None))

    def forget_server(self) -> None:
        """Forget the remembered mode and the refused options, in memory and in the store:
        the server may have changed, so both are asked anew ("Test the connection")."""
        self.sampling.forget()
        self._store_call(lambda store: store.forget_model_server(
            public_url(self.settings.openai_base_url), self.settings.model))
        self._mode = None

    def _recall_refused(self) -> set[str] | None:
        return self._store_call(lambda store: store.refused_options(
            public_url(self.settings.openai_base_url), self.settings.model))

    def _remember_refused(self, names: set[str]) -> None:
        self._store_call(lambda store: store.save_refused_options(
            public_url(self.settings.openai_base_url), self.settings.model, names, self.mode))

    def _store_call(self, fn: Any) -> Any:
        """The store only remembers; drafting works without it (e.g. a read-only data dir)."""
        from sqlalchemy.exc import SQLAlchemyError

        from assistant.storage import open_store

        try:
            return fn(open_store(self.settings))
        except (SQLAlchemyError, OSError):
            return None

    # -- messages ---------------------------------------------------------------------------
    def messages(self, request: DraftRequest, principles: Sequence[Principle], *,
                 feedback: Sequence[Finding] = (), previous: Composition | None = None,
                 mode: Mode = "json_schema") -> list[Any]:
        """The conversation for one call (`llm_prompt`), as it will be sent: through the
        egress gate (`assistant.egress`), which every message to a model passes."""
        talk = conversation(request, principles, self.settings, feedback=feedback,
                            previous=previous, mode=mode, boundary=self.boundary)
        self.shape, self.trimmed, self.shown = talk.shape, talk.trimmed, talk.shown
        # the prompt's own lines (talk.own) carry no identifier, though the guard would read
        # the schema's title as a name and "Today: <date>" as a patient's date
        return gate_messages(
            talk.messages, allow=[n for n in (request.sender.name, request.contact.name) if n],
            own=talk.own)

    # -- one draft --------------------------------------------------------------------------
    def compose(
        self,
        request: DraftRequest,
        principles: Sequence[Principle],
        settings: Settings,
        *,
        feedback: Sequence[Finding] = (),
        previous: Composition | None = None,
        on_token: TokenCallback | None = None,
    ) -> Composition:
        revising = previous is not None and bool(feedback)
        left = time_left()
        if revising and left is not None and self.first_round_s > left:
            # at the first answer's pace it would end after the deadline: spare the wait
            raise ModelProviderError(
                f"no time for it: the first answer took {self.first_round_s:.0f} s and the "
                f"draft's {self.settings.draft_deadline:g} s deadline leaves {max(left, 0):.0f} s")
        self.wire.spent = 0.0
        if not revising:
            self.boundary = fences.new_boundary()  # new for each draft, kept by its revision
        try:
            out = structured(self, request, principles, feedback, previous, on_token)
        except AnswerCutOff as cut:
            # a small model sampling its way into a loop of digits or one word (measured with
            # SmolLM2-135M: "2026-05-13-2026-05-10-...", a token a character), stopped by the
            # loop detector or at max_tokens
            if revising:
                raise
            out = self._steadier(request, principles, feedback, previous, cut)
        if not revising:
            self.first_round_s = self.wire.spent
            out = self._finish_unended(request, principles, out)
        remarks = self._end_at_bound(out)
        if not out.body.strip():
            # measured with SmolLM2-135M: a LinkedIn note whose body was only blank space
            # (the schema's minLength counts a line break), streamed and again in the revision
            again = self._again(request, principles, feedback, previous, attempt=1)
            if again is not None:
                out = again
                remarks = self._end_at_bound(out)
        if not out.body.strip():
            raise ModelProviderError("the model returned an empty draft")
        subject = (out.subject or "").strip() or None
        if subject and subject.lower() in NOT_A_SUBJECT:
            subject = None
        if request.effective_channel != "email":
            subject = None  # LinkedIn has no subject line, whatever the model wrote
        if self.trimmed:
            remarks.insert(0, f"To fit the model's context (OUTREACH_MODEL_CONTEXT="
                              f"{self.settings.model_context}), the prompt left out "
                           + " and ".join(self.trimmed) + ".")
        # only what the prompt showed is cited: a trimmed principle was never read
        cited = [str(p) for p in out.principle_ids if str(p) in self.shown]
        return Composition(subject=subject, body=out.body.strip(), principle_ids=cited,
                           remarks=remarks)

    def _end_at_bound(self, out: DraftOutput) -> list[str]:
        """A body the grammar closed at its bound, ended at its last full sentence (in place);
        the remark that says so."""
        if self.shape is None or len(out.body) < self.shape.body:
            return []
        out.body = end_at_sentence(out.body)
        return [f"The model's answer reached the {self.shape.body}-character bound and was "
                "ended at its last full sentence."]

    def _finish_unended(self, request: DraftRequest, principles: Sequence[Principle],
                        out: DraftOutput) -> DraftOutput:
        """A first answer that ran to its bound without ending one sentence (measured with
        SmolLM2-135M on a LinkedIn note: the prompt's fence header copied in, then text to
        the 200th character) would end at its last full sentence as nothing: it gets up to
        UNENDED_ROUNDS more rounds, each while the deadline leaves time for it at the first
        answer's pace: a loop gets a fresh answer (shown its own loop in a revision, the
        model writes it again), anything else a revision asking for complete sentences."""
        for _ in range(UNENDED_ROUNDS):
            if (self.shape is None or len(out.body) < self.shape.body
                    or end_at_sentence(out.body).strip()):
                return out
            if looping(out.body):
                again = self._again(request, principles, (), None, attempt=1)
                if again is None:
                    return out  # no time: the empty check in `compose` says so
                out = again
                continue
            bound = self.shape.body
            unended = Finding(
                code="length", severity="warning",
                message=(f"The body reached the {bound}-character limit without ending a "
                         "single sentence, so nothing of it can be sent."),
                suggestion=(f"write the message again in complete sentences, well under "
                            f"{bound} characters, from the greeting to the sign-off; copy no "
                            "labels or markers from the prompt"))
            previous = Composition(subject=out.subject, body=out.body,
                                   principle_ids=[str(p) for p in out.principle_ids])
            again = self._again(request, principles, [unended], previous)
            if again is None:
                return out
            out = again
        return out

    def _steadier(self, request: DraftRequest, principles: Sequence[Principle],
                  feedback: Sequence[Finding], previous: Composition | None,
                  cut: AnswerCutOff) -> DraftOutput:
        """After a first answer that looped or was cut off (`cut`): the same question asked
        again, sampled steadier each time (`llm_sampling.STEADIER`), while the deadline
        leaves time for it at the slowest pace seen so far; the last cut-off when none
        answered (measured with SmolLM2-135M on a cold llama-server: an update looped twice
        when asked twice the same way)."""
        pace = self.wire.spent
        for attempt in range(1, len(STEADIER) + 1):
            before = self.wire.spent
            try:
                again = self._again(request, principles, feedback, previous, pace=pace,
                                    attempt=attempt)
            except AnswerCutOff as exc:
                cut, pace = exc, max(pace, self.wire.spent - before)
                continue
            if again is None:
                break
            return again
        raise cut

    def _again(self, request: DraftRequest, principles: Sequence[Principle],
               feedback: Sequence[Finding], previous: Composition | None,
               pace: float | None = None, attempt: int = 0) -> DraftOutput | None:
        """One more answer, not shown (a fresh sample of the same question, or a revision
        when `feedback` is given), when at `pace` seconds (the first answer's) it ends within
        the draft's deadline; None when it would not. The one place a draft asks again;
        `attempt` > 0 samples it steadier (`llm_sampling`), since a small model that looped
        or wrote a blank body once may well do it again when asked the very same way."""
        left = time_left()
        if left is not None and (self.first_round_s if pace is None else pace) > left:
            return None
        return structured(self, request, principles, feedback, previous, attempt=attempt)
