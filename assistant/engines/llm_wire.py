"""The wire to an OpenAI-compatible server: deadlines, a size cap, retries and one-line errors.

The openai client's own timeout is per read; its retries repeat a timeout against a loopback
server that is still busy with the first request, and a `Retry-After: 3600` is either waited
for or misreported. So the engine runs every request through `Wire.call`:

- one overall deadline per request (`OUTREACH_REQUEST_TIMEOUT`) inside one per draft
  (`OUTREACH_DRAFT_DEADLINE`, `llm_deadline.draft_deadline()`), held on every socket read and
  write and on every chunk of the answer, streaming included (`llm_deadline`);
- answers larger than `OUTREACH_MAX_ANSWER_BYTES` are cut off while they are read;
- an abandoned request's connection is closed (the server sees the client go away and stops);
- retries are ours: 408/409/429/5xx and connection errors, with `Retry-After` honoured up to
  `OUTREACH_RETRY_AFTER_CAP` and reported as it was; a timeout against a loopback server is never
  retried (the server is still working on the first request);
- every failure is one `ModelProviderError` line naming the server (credentials masked,
  `llm_server`), the status, the server's own reason and how many requests were made.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from assistant.config import Settings
from assistant.engines.llm_deadline import (
    AnswerTooLarge,
    request_limits,
    start_clock,
    time_left,
)
from assistant.engines.llm_sampling import named_option
from assistant.engines.llm_server import is_loopback, public_url, retry_after, server_reason
from assistant.errors import ModelProviderError

T = TypeVar("T")
BACKOFF_BASE = 0.5  # seconds before the first retry; doubled each time (tests shorten it)
BACKOFF_MAX = 8.0


class CutOff(Exception):
    """The answer stopped at `max_tokens` (finish_reason "length")."""


def _count(requests: int) -> str:
    retries = requests - 1
    if retries == 0:
        return "no retries"
    return f"after {retries} {'retry' if retries == 1 else 'retries'}"


class ModeRejected(Exception):
    """The server refused a structured-output feature; the reason is the server's own."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"HTTP {status}: {reason}")
        self.status, self.reason = status, reason


class OptionRejected(ModeRejected):
    """The server refused a sampling option by name (`llm_sampling`); the answer is asked
    again without it."""

    def __init__(self, status: int, reason: str, name: str) -> None:
        super().__init__(status, reason)
        self.name = name


REJECTION_WORDS = ("response_format", "json_schema", "json_object", "tools", "tool_choice",
                   "function")
RETRYABLE = (408, 409, 429)


def refuses_mode(status: int, reason: str) -> bool:
    """An error answer that refuses a structured-output feature (the next mode is tried)."""
    return status in (400, 422, 500) and any(w in reason.lower() for w in REJECTION_WORDS)


class Wire:
    """Runs one model request under the limits above and turns failures into one line."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.where = public_url(settings.openai_base_url)
        self.local = is_loopback(settings.openai_base_url)
        self.spent = 0.0  # seconds spent in calls (waiting for the server), added up

    def call(self, fn: Callable[[], T], *, retry_ok: Callable[[], bool] = lambda: True) -> T:
        """`_call`, timed into `spent`."""
        started = time.monotonic()
        try:
            return self._call(fn, retry_ok=retry_ok)
        finally:
            self.spent += time.monotonic() - started

    def _call(self, fn: Callable[[], T], *, retry_ok: Callable[[], bool] = lambda: True) -> T:
        """Run `fn` (one request) with retries; `retry_ok` says whether a retry is still
        harmless (a stream that already passed text on cannot be repeated)."""
        import openai

        s = self.settings
        requests = 0
        start_clock()
        while True:
            left = time_left()
            limit = s.request_timeout if left is None else min(s.request_timeout, left)
            if limit <= 0:
                raise ModelProviderError(
                    f"the model server at {self.where} timed out: the draft's "
                    f"{s.draft_deadline:g} s deadline passed ({_count(max(requests, 1))})")
            requests += 1
            request_limits((time.monotonic() + limit, s.max_answer_bytes))
            wait: float | None = None
            try:
                return fn()
            except AnswerTooLarge as exc:
                raise ModelProviderError(
                    f"the model server at {self.where} sent an answer larger than the "
                    f"{s.max_answer_bytes:,}-byte cap (OUTREACH_MAX_ANSWER_BYTES); it was not "
                    "read further") from exc
            except openai.APITimeoutError as exc:
                deadline_hit = left is not None and limit >= left
                what = (f"the draft's {s.draft_deadline:g} s deadline" if deadline_hit
                        else f"{limit:g} s")
                if self.local or deadline_hit or requests > s.max_retries or not retry_ok():
                    note = "; a local server is not asked again while it may still be " \
                           "working on the request" if self.local and requests == 1 else ""
                    raise ModelProviderError(
                        f"the model server at {self.where} timed out: no complete answer within "
                        f"{what} ({_count(requests)}{note})") from exc
            except openai.APIConnectionError as exc:
                if requests > s.max_retries or not retry_ok():
                    raise ModelProviderError(
                        f"cannot reach the model server at {self.where} ({_count(requests)})"
                    ) from exc
            except openai.APIStatusError as exc:
                status, reason = exc.status_code, server_reason(exc)
                option = named_option(reason) if status in (400, 422, 500) else None
                if option is not None:
                    raise OptionRejected(status, reason, option) from exc
                if refuses_mode(status, reason):
                    raise ModeRejected(status, reason) from exc
                if not (status in RETRYABLE or status >= 500):
                    raise self._status_error(exc, requests) from exc
                asked = retry_after(exc)
                if asked is not None and asked > s.retry_after_cap:
                    raise ModelProviderError(
                        f"the model server at {self.where} answered HTTP {status} and asked to "
                        f"wait {asked:g} s before trying again, longer than the "
                        f"{s.retry_after_cap:g} s this assistant waits (OUTREACH_RETRY_AFTER_CAP; "
                        f"{requests} request{'s' if requests > 1 else ''} made)") from exc
                if requests > s.max_retries or not retry_ok():
                    raise self._status_error(exc, requests) from exc
                wait = asked
            except openai.LengthFinishReasonError as exc:
                raise CutOff() from exc
            except openai.OpenAIError as exc:
                raise ModelProviderError(
                    f"the model server at {self.where} failed: {' '.join(str(exc).split())[:200]}"
                ) from exc
            except (ModelProviderError, ModeRejected, CutOff):
                raise
            except Exception as exc:  # the client choked on a 200 that is no chat completion
                raise ModelProviderError(
                    f"the model server at {self.where} sent an answer that is not a chat "
                    f"completion ({type(exc).__name__}: {' '.join(str(exc).split())[:120]})"
                ) from exc
            finally:
                request_limits(None)
            pause = wait if wait is not None else min(BACKOFF_MAX,
                                                      BACKOFF_BASE * 2 ** (requests - 1))
            left = time_left()
            if left is not None and pause >= left:
                raise ModelProviderError(
                    f"the model server at {self.where} kept failing and the draft's "
                    f"{s.draft_deadline:g} s deadline leaves no time to try again "
                    f"({_count(requests)})")
            time.sleep(pause)

    def _status_error(self, exc: Any, requests: int) -> ModelProviderError:
        status, reason = exc.status_code, server_reason(exc)
        said = f": {reason}" if reason else ""
        if status == 401:
            return ModelProviderError(f"the model server at {self.where} rejected the API key "
                                      "(HTTP 401): check OPENAI_API_KEY")
        if status == 403:
            return ModelProviderError(f"the model server at {self.where} refused access "
                                      f"(HTTP 403){said}")
        if status == 404:
            return ModelProviderError(f"model {self.settings.model!r} not found at {self.where} "
                                      f"(HTTP 404): check OUTREACH_MODEL")
        if status == 429:
            return ModelProviderError(f"the model server at {self.where} is rate limiting "
                                      f"(HTTP 429, {_count(requests)}){said}")
        if status >= 500:
            return ModelProviderError(f"the model server at {self.where} failed "
                                      f"(HTTP {status}, {_count(requests)}){said}")
        return ModelProviderError(f"the model server at {self.where} rejected the request "
                                  f"(HTTP {status}){said}")
