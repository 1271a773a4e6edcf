"""'Test the connection': what the configured model server offers and how well it drafts.

Lists the server's models (`GET /v1/models`), asks it for one short sample draft the way the
engine does (so the structured-output negotiation runs and its result is remembered; the mode
and the sampling options the server refused before are forgotten, to be asked anew: it is a
fresh probe of the server, and the next draft starts from what it found), times it,
and looks for a model server running on this computer (Ollama on 127.0.0.1:11434, llama.cpp's
llama-server on :8080, llama-cpp-python's server on :8000) to offer its models.
Every probe is bounded (a short timeout, a size cap) and fails into a line of the report.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from assistant.config import Settings
from assistant.errors import ConfigurationError, ModelProviderError

# Where local servers listen by default (name, base URL).
LOCAL_SERVERS: tuple[tuple[str, str], ...] = (
    ("Ollama", "http://127.0.0.1:11434/v1"),
    ("llama.cpp server (llama-server)", "http://127.0.0.1:8080/v1"),
    ("llama-cpp-python server", "http://127.0.0.1:8000/v1"),
)
SAMPLE = {
    "kind": "linkedin_note",
    "sender": {"name": "Sam Rivera", "role": "PGY-1 resident"},
    "contact": {"name": "Dr. Lee Morgan", "relationship": "met_once"},
    "meeting": {"event": "grand rounds", "topics": ["sepsis bundles"]},
}


@dataclass
class LocalServer:
    name: str
    base_url: str
    models: list[str]


@dataclass
class ConnectionReport:
    """What the test found; `error` is one line when the server could not be used."""

    base_url: str
    model: str
    models: list[str] = field(default_factory=list)
    models_error: str | None = None
    mode: str | None = None
    mode_reason: str | None = None
    latency_s: float | None = None
    error: str | None = None
    local: list[LocalServer] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None and self.mode is not None


def list_models(base_url: str, key: str | None, timeout: float = 5.0,
                max_bytes: int = 1_000_000) -> list[str]:
    """The model ids a server lists at `/models`; OSError/ValueError when it cannot say."""
    from assistant.engines.llm_deadline import httpx

    headers = {"Authorization": f"Bearer {key}"} if key else {}
    url = base_url.rstrip("/") + "/models"
    with (httpx.Client(timeout=timeout, follow_redirects=False) as client,
          client.stream("GET", url, headers=headers) as r):
        data = b""
        for chunk in r.iter_bytes():
            data += chunk
            if len(data) > max_bytes:
                raise ValueError(f"the model list is larger than {max_bytes:,} bytes")
        if r.status_code != 200:
            raise ValueError(f"HTTP {r.status_code}")
    import json

    payload = json.loads(data)
    items = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(items, list):
        raise ValueError("the answer has no model list")
    return [str(m.get("id")) for m in items if isinstance(m, dict) and m.get("id")]


def find_local_servers(candidates: tuple[tuple[str, str], ...] = LOCAL_SERVERS,
                       timeout: float = 1.0) -> list[LocalServer]:
    """The model servers answering on this computer, with their models."""
    found = []
    for name, url in candidates:
        try:
            found.append(LocalServer(name, url, list_models(url, None, timeout)))
        except Exception:  # noqa: BLE001, S112 - nothing answering there is the usual case
            continue
    return found


def probe_connection(settings: Settings,
                    candidates: tuple[tuple[str, str], ...] = LOCAL_SERVERS) -> ConnectionReport:
    """Run the checks above against the configured server (see the module docstring)."""
    from assistant.drafting import forget_llm_engines
    from assistant.engines.llm import LLMEngine, api_key
    from assistant.engines.llm_deadline import draft_deadline
    from assistant.engines.llm_server import public_url
    from assistant.models import DraftRequest

    report = ConnectionReport(base_url=public_url(settings.openai_base_url), model=settings.model,
                              local=find_local_servers(candidates))
    if not settings.llm_configured:
        report.error = ("no model configured: set OPENAI_BASE_URL (a local server) or "
                        "OPENAI_API_KEY, and OUTREACH_MODEL")
        return report
    try:
        key = api_key(settings)
    except ConfigurationError as exc:
        report.error = str(exc)
        return report
    try:
        report.models = list_models(settings.openai_base_url or "https://api.openai.com/v1", key,
                                    timeout=min(settings.request_timeout, 10.0))
    except Exception as exc:  # noqa: BLE001 - reported, the sample draft still runs
        report.models_error = f"the server did not list its models ({type(exc).__name__}: " \
                              f"{' '.join(str(exc).split())[:120]})"
    engine = LLMEngine(settings)
    engine.forget_server()  # the server may have changed: its mode and refusals asked anew
    forget_llm_engines()  # a draft's engine kept in this process forgets them too
    engine.chat()
    started = time.monotonic()
    try:
        with draft_deadline(settings.draft_deadline):
            engine.compose(DraftRequest.model_validate(SAMPLE), [], settings)
    except (ModelProviderError, ConfigurationError) as exc:
        report.error = str(exc)
    else:
        report.latency_s = time.monotonic() - started
        report.mode = engine.mode
        report.mode_reason = engine.mode_reason()
    return report
