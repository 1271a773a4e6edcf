"""The wire to an OpenAI-compatible server: deadlines, a size cap, retries and one-line errors.

The openai client's own timeout is per read, so a server that sends one byte every few seconds
never times out; its retries repeat a timeout against a loopback server that is still busy with
the first request, and a `Retry-After: 3600` is either waited for or misreported. So the engine
runs every request through `Wire.call`:

- one overall deadline per request (`OUTREACH_REQUEST_TIMEOUT`) inside one per draft
  (`OUTREACH_DRAFT_DEADLINE`, set by `draft_deadline()` around everything a draft asks); every
  socket read and write is capped at the time left (`_DeadlineBackend`), so a server that
  drips its status line and headers a byte at a time is stopped at the deadline as surely as
  one that drips its body; the transport also checks it on every chunk, streaming included;
- answers larger than `OUTREACH_MAX_ANSWER_BYTES` are cut off while they are read;
- an abandoned request's connection is closed (the server sees the client go away and stops);
- retries are ours: 408/409/429/5xx and connection errors, with `Retry-After` honoured up to
  `OUTREACH_RETRY_AFTER_CAP` and reported as it was; a timeout against a loopback server is never
  retried (the server is still working on the first request);
- every failure is one `ModelProviderError` line naming the server (credentials masked), the
  status, the server's own reason and how many requests were made.
"""

from __future__ import annotations

import contextlib
import email.utils
import ipaddress
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar
from urllib.parse import urlsplit

from assistant.config import Settings, masked_url
from assistant.engines.llm_sampling import named_option
from assistant.errors import ConfigurationError, ModelProviderError

try:  # the HTTP library the installed openai client is built on
    import httpcore2 as httpcore
    import httpx2 as httpx
except ImportError:  # pragma: no cover - older openai releases use httpx itself
    import httpcore  # type: ignore[no-redef]
    import httpx  # type: ignore[no-redef]

T = TypeVar("T")
BACKOFF_BASE = 0.5  # seconds before the first retry; doubled each time (tests shorten it)
BACKOFF_MAX = 8.0
_local = threading.local()


class AnswerTooLarge(Exception):
    """The server's answer passed the size cap while it was being read."""


class CutOff(Exception):
    """The answer stopped at `max_tokens` (finish_reason "length")."""


class DeadlineReached(httpx.ReadTimeout):
    """The overall deadline passed while the answer was being read."""


def _limits() -> tuple[float, int] | None:
    return getattr(_local, "limits", None)


@contextlib.contextmanager
def draft_deadline(seconds: float) -> Iterator[None]:
    """Everything asked of the model inside this block shares one deadline. Its clock starts
    with the first request (imports and client set-up are not the model's time)."""
    outer = getattr(_local, "draft", None)
    _local.draft = outer if outer is not None else {"seconds": seconds, "until": None}
    try:
        yield
    finally:
        _local.draft = outer


def _start_clock() -> None:
    draft = getattr(_local, "draft", None)
    if draft is not None and draft["until"] is None:
        draft["until"] = time.monotonic() + draft["seconds"]


def time_left() -> float | None:
    """Seconds left of the current draft's deadline (None outside `draft_deadline`, or before
    its first request)."""
    draft = getattr(_local, "draft", None)
    if draft is None or draft["until"] is None:
        return None
    return draft["until"] - time.monotonic()


class _CappedStream(httpx.SyncByteStream):
    """The response body, read under the deadline and the size cap."""

    def __init__(self, inner: Any, deadline: float, max_bytes: int) -> None:
        self.inner, self.deadline, self.max_bytes = inner, deadline, max_bytes

    def __iter__(self) -> Iterator[bytes]:
        seen = 0
        for chunk in self.inner:
            seen += len(chunk)
            if seen > self.max_bytes:
                raise AnswerTooLarge(f"more than {self.max_bytes:,} bytes")
            if time.monotonic() > self.deadline:
                raise DeadlineReached("overall deadline reached while reading the answer")
            yield chunk

    def close(self) -> None:
        self.inner.close()


def _capped(timeout: float | None) -> float | None:
    """A socket operation's timeout, cut to the time left before the request's deadline."""
    limits = _limits()
    if limits is None:
        return timeout
    left = limits[0] - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("overall deadline reached")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the deadline. The client's own
    timeouts are per read, so without this a byte every few seconds of status line and
    headers would hold a draft for as long as the server likes."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, _capped(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, _capped(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> Any:
        return _DeadlineStream(self.inner.start_tls(ssl_context, server_hostname,
                                                    _capped(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """Opens connections as `_DeadlineStream`s."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options: Any = None) -> Any:
        return _DeadlineStream(self.inner.connect_tcp(host, port, _capped(timeout),
                                                      local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> Any:
        return _DeadlineStream(self.inner.connect_unix_socket(path, _capped(timeout),
                                                              socket_options))

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def deadline_transport() -> httpx.HTTPTransport:
    """httpx's transport with its connection pool opening `_DeadlineStream`s. (httpx has no
    public way to hand its pool a network backend; the pool itself takes one.)"""
    transport = httpx.HTTPTransport()
    pool = getattr(transport, "_pool", None)
    if pool is not None and hasattr(pool, "_network_backend"):
        pool._network_backend = _DeadlineBackend(pool._network_backend)
    return transport


class CappedTransport(httpx.BaseTransport):
    """Caps every request's timeouts at the time left and wraps its body (see module doc)."""

    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self.inner = inner or deadline_transport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        limits = _limits()
        if limits is None:
            return self.inner.handle_request(request)
        deadline, max_bytes = limits
        left = deadline - time.monotonic()
        if left <= 0:
            raise DeadlineReached("overall deadline reached before the request", request=request)
        timeout = dict(request.extensions.get("timeout") or {})
        for key in ("connect", "read", "write", "pool"):
            timeout[key] = min(timeout.get(key) or left, left)
        request.extensions["timeout"] = timeout
        response = self.inner.handle_request(request)
        response.stream = _CappedStream(response.stream, deadline, max_bytes)
        return response

    def close(self) -> None:
        self.inner.close()


def http_client(settings: Settings) -> httpx.Client:
    """The HTTP client the chat model uses: capped transport, per-read timeout as configured."""
    return httpx.Client(transport=CappedTransport(), timeout=settings.request_timeout,
                        follow_redirects=False)


LOCAL_KEY = "not-needed"  # local servers (Ollama, llama.cpp, vLLM) accept any key


def api_key(settings: Settings) -> str:
    """The key to send; a local server (base URL set) needs none, so a dummy is used. (The
    key itself is cleaned and checked when the settings are read: assistant/config.py.)"""
    if settings.openai_api_key and settings.openai_api_key.get_secret_value():
        return settings.openai_api_key.get_secret_value()
    if settings.openai_base_url:
        return LOCAL_KEY
    raise ConfigurationError(
        "no language model configured: set OPENAI_API_KEY (or OPENAI_BASE_URL for a local "
        "OpenAI-compatible server)"
    )


# --- naming the server -------------------------------------------------------------------------

def public_url(url: str | None) -> str:
    """The base URL fit to print, store and show (credentials and query masked)."""
    return masked_url(url) or "api.openai.com"


def is_loopback(url: str | None) -> bool:
    host = (urlsplit(url).hostname or "") if url else ""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def server_reason(exc: Any) -> str:
    """The server's own words from an error answer (OpenAI, llama.cpp, FastAPI shapes)."""
    return body_reason(getattr(exc, "body", None), getattr(exc, "message", None))


def body_reason(body: Any, message: Any = None) -> str:
    """`server_reason` from an answer's parsed body (and the client's message, if any)."""
    candidates: list[Any] = []
    if isinstance(body, dict):
        error = body.get("error", body)
        candidates += [error.get("message") if isinstance(error, dict) else error,
                       body.get("message"), body.get("detail")]
    elif isinstance(body, str):
        candidates.append(body)
    candidates.append(message)
    for candidate in candidates:
        if candidate:
            text = candidate if isinstance(candidate, str) else str(candidate)
            return " ".join(text.split())[:300]
    return ""


def retry_after(exc: Any) -> float | None:
    """Seconds the server asked to wait (Retry-After-Ms, Retry-After seconds or HTTP date)."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None) or {}
    try:
        if "retry-after-ms" in headers:
            return float(headers["retry-after-ms"]) / 1000
        value = headers.get("retry-after")
        if value is None:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            when = email.utils.parsedate_to_datetime(value)
            return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, OverflowError):
        return None


def _count(requests: int) -> str:
    retries = requests - 1
    if retries == 0:
        return "no retries"
    return f"after {retries} {'retry' if retries == 1 else 'retries'}"


# --- the call ----------------------------------------------------------------------------------

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
        _start_clock()
        while True:
            left = time_left()
            limit = s.request_timeout if left is None else min(s.request_timeout, left)
            if limit <= 0:
                raise ModelProviderError(
                    f"the model server at {self.where} timed out: the draft's "
                    f"{s.draft_deadline:g} s deadline passed ({_count(max(requests, 1))})")
            requests += 1
            _local.limits = (time.monotonic() + limit, s.max_answer_bytes)
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
                _local.limits = None
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
