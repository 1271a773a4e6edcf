"""Naming a model server: its URL fit to show, whether it is on this machine, its own words in
an error answer, how long it asked to wait, and the key sent to it."""

from __future__ import annotations

import email.utils
import ipaddress
import time
from typing import Any
from urllib.parse import urlsplit

from assistant.config import Settings, masked_url
from assistant.errors import ConfigurationError

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
