"""Deadlines and a size cap on the HTTP layer under the openai client (`llm_wire` runs every
request inside them).

The openai client's own timeout is per read, so a server that sends one byte every few seconds
never times out. Here:

- one overall deadline per request (set by `Wire.call` through `request_limits`) inside one per
  draft (`draft_deadline()` around everything a draft asks); every socket read and write is
  capped at the time left (`_DeadlineBackend`), so a server that drips its status line and
  headers a byte at a time is stopped at the deadline as surely as one that drips its body; the
  transport also checks it on every chunk, streaming included;
- answers larger than the request's byte cap are cut off while they are read.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Any

from assistant.config import Settings

try:  # the HTTP library the installed openai client is built on
    import httpcore2 as httpcore
    import httpx2 as httpx
except ImportError:  # pragma: no cover - older openai releases use httpx itself
    import httpcore  # type: ignore[no-redef]
    import httpx  # type: ignore[no-redef]

_local = threading.local()


class AnswerTooLarge(Exception):
    """The server's answer passed the size cap while it was being read."""


class DeadlineReached(httpx.ReadTimeout):
    """The overall deadline passed while the answer was being read."""


def _limits() -> tuple[float, int] | None:
    return getattr(_local, "limits", None)


def request_limits(limits: tuple[float, int] | None) -> None:
    """The deadline (`time.monotonic()` seconds) and byte cap of the request this thread is
    about to make; None once it is over."""
    _local.limits = limits


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


def start_clock() -> None:
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
