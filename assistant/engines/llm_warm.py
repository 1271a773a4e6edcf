"""A local model server's prompt cache, filled before a draft needs it.

A llama.cpp server (llama-server, llama-cpp-python) keeps the tokens of the prompt it read
last and reads only what follows the first difference; every draft's prompt starts with the
same system message (`llm_prompt.system_text`: ~440 tokens for SmolLM2, 3-4 s on this 2-core
machine when quiet). `prime` sends it with a one-token answer, so the server reads it while the
assistant is still busy with local work (first asking a loopback server nothing is remembered
for which JSON mode it accepts, `learn_mode`, so the cache holds the system message the first
draft sends):
- the compose page, when it opens (`assistant.service.warm_up`);
- a draft with a local model, as it begins (`start`, from `assistant.drafting.draft`): the
  server reads the rules while this process loads the index and the embedder, retrieves the
  principles, redacts the request and imports the chat client (2-3 s quiet, measured: the
  first draft of a fresh process otherwise waited for all of it, then for the rules).

It is one plain HTTP request (httpx), sent before anything heavy is imported: the chat client
(LangChain, ~1 s to import when quiet) is not needed for one token. Best effort, never in the
draft's way: any failure is None; nothing is retried; it runs on a daemon thread nobody waits
for; and a prime not yet sent when the draft's own first request goes is dropped
(`began`), because on a server that keeps only the last prompt (llama-cpp-python) it would
push the draft's first round out of the cache just before its revision round.
`OUTREACH_WARM_UP=false` turns it off; a hosted API (no `OPENAI_BASE_URL`) is never primed.
"""

from __future__ import annotations

import contextlib
import threading
import time
from typing import Any

from assistant.config import Settings

RULES_ONLY = "json_schema"  # the mode whose system message is the rules alone
ASK = "Reply with OK."  # the user message of every one-token request sent from here
_lock = threading.Lock()
_claimed: set[tuple[Any, ...]] = set()  # configurations primed (or being primed) here
_began: set[tuple[Any, ...]] = set()  # configurations a draft has sent its own request to
_THREAD = "outreach-prime"


def _key(settings: Settings) -> tuple[Any, ...]:
    return (settings.openai_base_url, settings.model, str(settings.prompts_dir))


def wanted(settings: Settings) -> bool:
    """Whether this configuration is primed at all: a local server, warm-up on."""
    return bool(settings.openai_base_url) and settings.warm_up


def began(settings: Settings) -> None:
    """A draft is about to send its own first request: a prime not yet sent stays unsent."""
    with _lock:
        _began.add(_key(settings))


def forget(timeout: float = 10.0) -> None:
    """Every configuration unprimed (a new process's state; for tests). A prime still on its
    thread is waited for first: cleared state would let it send late, after the next
    request, and a server that keeps only the last prompt would then hold the wrong one."""
    for thread in threading.enumerate():
        if thread.name == _THREAD and thread is not threading.current_thread():
            thread.join(timeout)
    with _lock:
        _claimed.clear()
        _began.clear()


class Priming:
    """One prime on its daemon thread; `wait` gives the seconds the server took, or None."""

    def __init__(self, settings: Settings, mode: str | None) -> None:
        self.seconds: float | None = None
        self._thread = threading.Thread(target=self._run, args=(settings, mode), daemon=True,
                                        name=_THREAD)
        self._thread.start()

    def _run(self, settings: Settings, mode: str | None) -> None:
        self.seconds = prime(settings, mode)

    def wait(self, timeout: float | None = None) -> float | None:
        self._thread.join(timeout)
        return self.seconds


def start(settings: Settings, *, remembered: bool = True) -> Priming | None:
    """Prime this configuration's server in the background, once per process (None when it
    is not wanted or was started already). `remembered=False` (a draft beginning) primes the
    rules alone, which every mode's system message starts with (`llm_prompt.system_text`),
    without looking up the remembered mode: opening the store took 3.4 s at a load of ~8,
    the draft's own request going first, and a prime that late is dropped. The server then
    reads a json_object mode's closing paragraph (~55 tokens) with the draft."""
    if not wanted(settings):
        return None
    with _lock:
        key = _key(settings)
        if key in _claimed or key in _began:
            return None
        _claimed.add(key)
    return Priming(settings, None if remembered else RULES_ONLY)


def remembered_mode(settings: Settings, *, learn: bool = False) -> str:
    """The structured-output mode a draft will start with (the one that last worked here),
    which decides the system message (`llm_prompt.system_text`). With `learn`, a loopback
    server nothing is remembered for is asked first (`learn_mode`)."""
    from assistant.engines.llm_output import MODES
    from assistant.engines.llm_server import public_url

    where = (public_url(settings.openai_base_url), settings.model)
    try:
        from assistant.storage import open_store

        store = open_store(settings)
        found = store.model_mode(*where)
    except Exception:  # noqa: BLE001 - the store only remembers; the first mode then
        store, found = None, None
    if found is None and learn and store is not None:
        learned = learn_mode(settings)  # ServerFailed: nothing more is sent
        if learned is not None:
            with contextlib.suppress(Exception):
                store.save_model_mode(*where, *learned)
            found = learned
    return found[0] if found and found[0] in MODES else MODES[0]


class ServerFailed(Exception):
    """The server failed a one-token request for another reason than the mode: the prime,
    sent next, would fail the same way."""


def learn_mode(settings: Settings) -> tuple[str, str | None] | None:
    """Which JSON mode a loopback server accepts, asked with a one-token request per mode
    before the prime, so a first draft starts in it and the server's cache holds that mode's
    system message. Measured on llama-cpp-python (it refuses `json_schema` with HTTP 500):
    without it the first draft of all was refused once and then read the `json_object`
    paragraph with its user message, 364 new tokens against 205-217 for every later draft.
    None (the draft negotiates as usual) when no JSON mode is accepted or a draft began;
    ServerFailed when the server fails the request for another reason."""
    from assistant.engines.llm_output import JSON_MODES, request_options
    from assistant.engines.llm_server import body_reason, is_loopback
    from assistant.engines.llm_wire import ModeRejected, refuses_mode

    if not is_loopback(settings.openai_base_url):
        return None
    refused: list[str] = []
    for mode in JSON_MODES:
        answer = _one_token(settings, [{"role": "user", "content": ASK}],
                            **request_options(mode))
        if answer is None:
            return None
        if answer.status_code == 200:
            return mode, "; ".join(refused) or None
        try:
            body = answer.json()
        except ValueError:
            body = answer.text
        reason = body_reason(body)
        if not refuses_mode(answer.status_code, reason):
            raise ServerFailed(f"HTTP {answer.status_code}")
        # worded as the draft's own negotiation stores it (llm_structured)
        refused.append(f"{mode}: {ModeRejected(answer.status_code, reason)}")
    return None


def _one_token(settings: Settings, messages: list[Any], **options: Any) -> Any:
    """A one-token chat completion (the server reads `messages`), or None when a draft has
    begun asking already (its request goes first)."""
    from assistant.engines.llm_deadline import http_client
    from assistant.engines.llm_server import api_key

    body = {"model": settings.model, "messages": messages, "max_tokens": 1, "stream": False,
            **options}
    with _lock:
        if _key(settings) in _began:
            return None
    url = f"{str(settings.openai_base_url).rstrip('/')}/chat/completions"
    headers = {"Authorization": f"Bearer {api_key(settings)}"}
    with http_client(settings) as client:
        return client.post(url, json=body, headers=headers,
                           timeout=min(settings.request_timeout, settings.draft_deadline))


def prime(settings: Settings, mode: str | None = None) -> float | None:
    """Have the server read the system message a draft in `mode` (default: the remembered
    one) starts with, asking for a one-token answer. Seconds the server took, or None when
    skipped (hosted API, warm-up off, a draft already asking) or refused."""
    if not wanted(settings):
        return None
    try:
        from assistant.egress import gate_messages
        from assistant.engines.llm_output import format_instructions
        from assistant.engines.llm_prompt import system_text

        chosen = mode or remembered_mode(settings, learn=True)
        form = format_instructions(chosen)  # type: ignore[arg-type]
        messages = gate_messages([{"role": "system", "content": system_text(
                                      settings, chosen)},  # type: ignore[arg-type]
                                  {"role": "user", "content": ASK}],
                                 own=[form] if form else [])
        started = time.monotonic()
        answer = _one_token(settings, messages)
        if answer is None or answer.status_code != 200:
            return None
        return time.monotonic() - started
    except Exception:  # noqa: BLE001 - a courtesy: the draft reports any real problem itself
        return None
