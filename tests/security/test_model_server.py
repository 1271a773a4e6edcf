"""A hostile model server, as a real process on 127.0.0.1 (hostile_server.py), against the LLM
engine: a slow drip, of the body or of the status line and headers, never outlives the draft
deadline, a malformed 200 is a model error (and `--engine auto` falls back to offline with a
notice), a 50 MB answer is cut at the size cap, and Retry-After is honoured up to its cap and
reported as it was."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.config import Settings
from assistant.drafting import draft
from assistant.errors import ModelProviderError
from assistant.models import DraftRequest
from tests.servers import free_port, stop, wait_until_ready

ROOT = Path(__file__).resolve().parents[2]
REQUEST = {
    "kind": "follow_up", "today": "2026-05-08",
    "sender": {"name": "Priya Shah", "role": "PGY-1 resident"},
    "contact": {"name": "Dr. Amara Okafor", "relationship": "met_once"},
    "meeting": {"event": "SGIM 2026", "date": "2026-05-06",
                "topics": ["hospital-at-home programs"],
                "next_step": "send you my QI project summary by Friday"},
}
DEADLINE = 3.0
MALFORMED = ["html", "list", "null", "nochoices", "wrongtypes", "strchoices", "nomessage"]


@pytest.fixture(scope="module")
def hostile() -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("hostile_server.py")),
                             str(port)])

    def ready() -> bool:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/log", timeout=1) as r:
            return r.status == 200

    try:
        wait_until_ready(ready, proc, "the hostile model server", timeout=30)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(proc)


def server_log(root: str) -> list[dict[str, Any]]:
    with urllib.request.urlopen(f"{root}/log", timeout=5) as r:
        return json.loads(r.read())


def on(root: str, behaviour: str, base: Settings, **changes: Any) -> Settings:
    from assistant.drafting import _llm_engines

    _llm_engines.clear()
    return base.model_copy(update={"openai_base_url": f"{root}/{behaviour}/v1",
                                   "model": "m", "max_retries": 2, "request_timeout": 30.0,
                                   "draft_deadline": DEADLINE, **changes})


# --- row 2: a slow drip ------------------------------------------------------------------------

@pytest.mark.parametrize("behaviour", ["drip", "headdrip"], ids=["body", "headers"])
@pytest.mark.parametrize("stream", [False, True], ids=["structured", "streamed"])
def test_a_slow_drip_stops_at_the_draft_deadline(hostile: str, built_index: Settings,
                                                 stream: bool, behaviour: str) -> None:
    settings = on(hostile, behaviour, built_index)
    tokens: list[str] = []
    # warm up (imports, retrieval) on a well-behaved server, so what is timed is the model's
    draft(DraftRequest.model_validate(REQUEST), engine="llm", settings=on(hostile, "ok",
                                                                          built_index))
    started, since = time.monotonic(), time.time()
    with pytest.raises(ModelProviderError, match="timed out") as info:
        draft(DraftRequest.model_validate(REQUEST), engine="llm", settings=settings,
              on_token=tokens.append if stream else None)
    took = time.monotonic() - started
    assert took < 2 * DEADLINE, f"{took:.1f} s for a {DEADLINE:g} s deadline"
    assert "\n" not in str(info.value) and f"{DEADLINE:g} s" in str(info.value)
    # a loopback server still working on the request is not asked again (every answer but a
    # tool call is streamed, shown or not)
    drips = [e for e in server_log(hostile) if e["behaviour"] == behaviour and "stream" in e
             and e["stream"] and e["at"] >= since]
    assert len(drips) == 1
    closed: list[dict[str, Any]] = []
    for _ in range(20):  # the server's next bytes find the connection closed
        closed = [e for e in server_log(hostile) if e.get("closed_by_client")
                  and e["at"] > drips[0]["at"]]
        if closed:
            break
        time.sleep(0.5)
    assert closed, "the abandoned request's connection was left open"


def test_the_cli_returns_within_the_deadline(hostile: str, built_index: Settings,
                                             tmp_path: Path) -> None:
    path = tmp_path / "request.json"
    path.write_text(json.dumps(REQUEST))
    env = {"PATH": "/usr/bin:/bin", "OUTREACH_DATA_DIR": str(built_index.data_dir),
           "PYTHONPATH": str(ROOT), "ANONYMIZED_TELEMETRY": "False", "HOME": str(tmp_path),
           "OPENAI_BASE_URL": f"{hostile}/drip/v1", "OUTREACH_DRAFT_DEADLINE": str(DEADLINE)}
    command = [sys.executable, "-m", "assistant", "draft", str(path), "--engine", "llm"]
    started = time.monotonic()  # the same command against a well-behaved server: the process
    good = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=300,
                          env=env | {"OPENAI_BASE_URL": f"{hostile}/ok/v1"})
    baseline = time.monotonic() - started  # start, imports and retrieval, not the model's
    assert good.returncode == 0, good.stderr
    started = time.monotonic()
    proc = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env=env,
                          timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert "timed out" in proc.stderr and proc.stderr.count("\n") == 1
    assert "Traceback" not in proc.stderr
    assert time.monotonic() - started < 1.5 * baseline + 2 * DEADLINE
    auto = subprocess.run([sys.executable, "-m", "assistant", "draft", str(path), "--json"],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert auto.returncode == 0, auto.stderr
    result = json.loads(auto.stdout)
    assert result["engine"] == "offline" and "timed out" in result["notice"]


# --- row 3: a 200 that is no chat completion -------------------------------------------------

@pytest.mark.parametrize("behaviour", MALFORMED)
def test_a_malformed_answer_is_a_model_error(hostile: str, built_index: Settings,
                                             behaviour: str) -> None:
    settings = on(hostile, behaviour, built_index)
    request = DraftRequest.model_validate(REQUEST)
    with pytest.raises(ModelProviderError) as info:
        draft(request, engine="llm", settings=settings)
    message = str(info.value)
    assert "\n" not in message and "127.0.0.1" in message or "form" in message
    fallback = draft(request, engine="auto", settings=on(hostile, behaviour, built_index))
    assert fallback.engine == "offline"
    assert "language model was not used" in (fallback.notice or "")
    assert "SGIM 2026" in fallback.body


def test_a_50_mb_answer_is_cut_at_the_cap(hostile: str, built_index: Settings) -> None:
    settings = on(hostile, "huge", built_index, max_answer_bytes=1_000_000)
    started = time.monotonic()
    with pytest.raises(ModelProviderError, match="larger than the 1,000,000-byte cap"):
        draft(DraftRequest.model_validate(REQUEST), engine="llm", settings=settings)
    assert time.monotonic() - started < 2 * DEADLINE
    fallback = draft(DraftRequest.model_validate(REQUEST), engine="auto",
                     settings=on(hostile, "huge", built_index, max_answer_bytes=1_000_000))
    assert fallback.engine == "offline" and "cap" in (fallback.notice or "")


# --- row 16: Retry-After (keys: test_secrets.py) ---------------------------------------------

def test_a_retry_after_beyond_the_cap_is_reported_not_waited(hostile: str,
                                                             built_index: Settings) -> None:
    settings = on(hostile, "ratelimit", built_index)
    started = time.monotonic()
    with pytest.raises(ModelProviderError) as info:
        draft(DraftRequest.model_validate(REQUEST), engine="llm", settings=settings)
    assert time.monotonic() - started < DEADLINE
    message = str(info.value)
    assert "HTTP 429" in message and "3600 s" in message and "1 request made" in message
    assert len([e for e in server_log(hostile) if e["behaviour"] == "ratelimit"]) == 1


def test_a_short_retry_after_is_honoured(hostile: str, built_index: Settings) -> None:
    settings = on(hostile, "ratelimit1", built_index)
    result = draft(DraftRequest.model_validate(REQUEST), engine="llm", settings=settings)
    assert result.engine == "llm"
    tries = [e["at"] for e in server_log(hostile) if e["behaviour"] == "ratelimit1"]
    assert len(tries) == 2 and tries[1] - tries[0] >= 0.9
