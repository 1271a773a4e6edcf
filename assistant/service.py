"""The façade the app and the CLI call. Each function imports its module when first used, so
importing this module stays cheap (no chromadb, langchain or presidio at import time)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from assistant.config import Settings, get_settings, masked_url
from assistant.models import Draft, DraftRequest, Finding, PhiFinding, Principle, SearchResult


def draft(request: DraftRequest, engine: str = "auto", settings: Settings | None = None,
          on_token: Callable[[str], None] | None = None) -> Draft:
    """Draft one message (see assistant.drafting.draft)."""
    from assistant.drafting import draft as _draft

    return _draft(request, engine=engine, settings=settings, on_token=on_token)


def check_message(text: str, request: DraftRequest | None = None, *, kind: str | None = None,
                  channel: str | None = None, settings: Settings | None = None) -> list[Finding]:
    """The professionalism checks on a finished message ("Subject: ...\\n\\nbody" for email)."""
    from assistant.checks import check

    return check(text, request, kind=kind, channel=channel, settings=settings)


def find_phi(text: str) -> list[PhiFinding]:
    from assistant.phi import find_phi as _find_phi

    return _find_phi(text)


def redact(text: str) -> tuple[str, Any]:
    from assistant.phi import redact as _redact

    return _redact(text)


def search_principles(question: str, k: int = 5, kind: str | None = None,
                      settings: Settings | None = None) -> list[SearchResult]:
    from assistant.retrieval import search

    return search(question, k=k, kind=kind, settings=settings)


def list_principles(settings: Settings | None = None) -> list[Principle]:
    from assistant.retrieval import all_principles

    return all_principles(settings)


def engine_status(settings: Settings | None = None) -> dict[str, Any]:
    """Which engine `auto` will use, for display. Never contains the key itself."""
    settings = settings or get_settings()
    return {
        "engine": "llm" if settings.llm_configured else "offline",
        "model": settings.model if settings.llm_configured else None,
        "base_url": masked_url(settings.openai_base_url),
        "key_set": bool(settings.openai_api_key and settings.openai_api_key.get_secret_value()),
    }


def probe_connection(settings: Settings | None = None) -> Any:
    """Settings' "Test the connection": models, working structured-output mode, a sample
    latency and the model servers running on this computer (see assistant.connection)."""
    from assistant.connection import probe_connection as _probe

    return _probe(settings or get_settings())


_warmed: set[tuple[Any, ...]] = set()


def warm_up(settings: Settings | None = None) -> float | None:
    """Do a first draft's slow set-up before the resident asks for it (the compose page calls
    this when it opens, in the background): a local model server's prompt cache given the
    system message (`assistant.engines.llm_warm`, on its own thread, so the server reads while
    this one loads), the principle index and its embedder loaded and the model client built.
    Measured on this 2-core machine: a process's first draft spent 2-3 s on imports and
    loading before its request; a fresh llama-server read 435 more tokens.
    Once per configuration and process; best effort (the draft reports real problems).
    Seconds the server took to read the system message, or None."""
    settings = settings or get_settings()
    key = (settings.openai_base_url, settings.model, str(settings.prompts_dir),
           str(settings.data_dir))
    if key in _warmed or not settings.llm_configured:  # offline drafts start in well under 1 s
        return None
    _warmed.add(key)
    from assistant.engines.llm_warm import start

    priming = start(settings)
    from assistant.drafting import llm_engine, retrieve

    with contextlib.suppress(Exception):  # the draft falls back and says so
        retrieve(DraftRequest.model_validate({"kind": "follow_up", "sender": {"name": "A"},
                                              "contact": {"name": "B"}}), settings)
        llm_engine(settings).chat()  # type: ignore[attr-defined]
    return priming.wait() if priming is not None else None


def warm_up_in_background(settings: Settings | None = None) -> None:
    """`warm_up` on a daemon thread, so the page that calls it renders at once."""
    import threading

    threading.Thread(target=warm_up, args=(settings or get_settings(),), daemon=True,
                     name="outreach-warm-up").start()


def apply_preferences(settings: Settings, preferences: Any) -> Settings:
    """The settings with the saved LinkedIn tier."""
    if preferences.linkedin_tier and preferences.linkedin_tier != settings.linkedin_tier:
        return settings.model_copy(update={"linkedin_tier": preferences.linkedin_tier})
    return settings


def engines_offered(settings: Settings) -> tuple[str, ...]:
    """The engine choices that can work here: the model-only one needs a configured model."""
    return ("auto", "offline", "llm") if settings.llm_configured else ("auto", "offline")


def workspace(user: str | None = None, settings: Settings | None = None) -> Any:
    """One user's data and the work on it (see assistant.workspace.Workspace); the user
    defaults to the OUTREACH_USER setting (`local`)."""
    from assistant.workspace import Workspace

    return Workspace(user, settings)
