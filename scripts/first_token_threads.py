"""A new prompt's first streamed token on one real llama.cpp server, per kind: what a thread
setting or a server costs before the resident sees a word (scripts/first_token.py compares
two versions of the code on llama-server instead).

    LLAMA_THREADS=1 LLAMA_THREADS_BATCH=default FIRST_TOKEN_SERVER=llama-cpp-python \\
        .venv/bin/python scripts/first_token_threads.py    (after `make llama`)

Starts the server from the cache as scripts/real_model.py does (LLAMA_THREADS: the threads
that write; LLAMA_THREADS_BATCH: those that read a prompt, "default" for the server's own:
llama-cpp-python takes all the cores for it), then for each kind of tests/drafting/scenarios.yaml
(FIRST_TOKEN_KINDS, default three) has the server read the system message (as the warm-up
does) and streams the kind's first-round request as the engine sends it (the mode the server
takes: json_object for llama-cpp-python, json_schema for llama-server; bounded schema, body
first), timing the first chunk and the first character of the body from the request's start,
with at most 20 tokens written. Prints one JSON line per kind, then the p50s with the load
average before and after, and the new prompt tokens each request read from the server's log.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.real_model import THREADS, THREADS_BATCH, requests, servers  # noqa: E402
from tests.servers import free_port, stop, wait_until_ready  # noqa: E402

SERVER = os.environ.get("FIRST_TOKEN_SERVER", "llama-cpp-python")
KINDS = os.environ.get("FIRST_TOKEN_KINDS", "follow_up,update,introduction").split(",")


def post(url: str, body: dict[str, Any]) -> tuple[float | None, float | None]:
    """Stream one request; seconds to its first chunk and to the body's first character."""
    import httpx

    from assistant.engines.llm_output import json_body_so_far

    started = time.monotonic()
    first = body_at = None
    text = ""
    with httpx.stream("POST", f"{url}/chat/completions", json=body, timeout=300) as answer:
        for line in answer.iter_lines():
            if not line.startswith("data: ") or line.endswith("[DONE]"):
                continue
            delta = json.loads(line[6:])["choices"][0].get("delta") or {}
            if delta.get("content"):
                text += delta["content"]
                first = first or time.monotonic() - started
                if body_at is None and json_body_so_far(text):
                    body_at = time.monotonic() - started
    return first, body_at


def main() -> int:
    from langchain_core.messages import convert_to_openai_messages

    from assistant.config import get_settings
    from assistant.drafting import protect, retrieve
    from assistant.engines.llm import LLMEngine
    from assistant.engines.llm_output import request_options
    from assistant.index import build_index
    from assistant.models import DraftRequest

    mode = "json_object" if SERVER == "llama-cpp-python" else "json_schema"
    load_before = os.getloadavg()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="outreach-first-token-") as tmp:
        port = free_port()
        url = f"http://127.0.0.1:{port}/v1"
        os.environ.update({"OUTREACH_DATA_DIR": str(Path(tmp) / "data"), "OPENAI_BASE_URL": url,
                           "OUTREACH_MODEL": "smollm2", "ANONYMIZED_TELEMETRY": "False",
                           "OUTREACH_MODEL_CONTEXT": os.environ.get("OUTREACH_MODEL_CONTEXT",
                                                                    "4096")})
        get_settings.cache_clear()
        settings = get_settings()
        build_index(settings)
        log_path = Path(tmp) / "server.log"
        with open(log_path, "w") as log:
            proc = subprocess.Popen(servers(port)[SERVER], stdout=log, stderr=subprocess.STDOUT)
            try:
                wait_until_ready(lambda: urllib.request.urlopen(
                    f"{url}/models", timeout=2).status == 200, proc, SERVER, timeout=300)
                for kind in KINDS:
                    request = protect(DraftRequest.model_validate(requests()[kind])).request
                    engine = LLMEngine(settings)
                    messages = convert_to_openai_messages(
                        engine.messages(request, retrieve(request, settings), mode=mode))
                    fmt = request_options(mode, engine.shape, body_first=True)["response_format"]
                    post(url, {"model": "smollm2", "max_tokens": 1, "stream": True,
                               "messages": [messages[0],
                                            {"role": "user", "content": "Reply with OK."}]})
                    first, body = post(url, {"model": "smollm2", "max_tokens": 20,
                                             "stream": True, "messages": messages,
                                             "response_format": fmt})
                    row = {"kind": kind, "first_chunk_s": round(first or -1, 2),
                           "first_body_s": round(body, 2) if body else None,
                           "load": round(os.getloadavg()[0], 2)}
                    rows.append(row)
                    print(json.dumps(row), flush=True)
            finally:
                stop(proc)
        text = log_path.read_text(errors="replace")
    new = [int(n) for n in re.findall(r"remaining (\d+) prompt tokens", text)] or [
        int(n) for n in re.findall(r"prompt eval time = .*?/\s*(\d+) tokens", text)]
    firsts = [r["first_chunk_s"] for r in rows]
    bodies = [r["first_body_s"] for r in rows if r["first_body_s"] is not None]
    print(json.dumps({
        "server": SERVER, "threads": THREADS, "threads_batch": THREADS_BATCH,
        "first_chunk_p50_s": statistics.median(firsts),
        "first_body_p50_s": statistics.median(bodies) if bodies else None,
        "new_prompt_tokens": [n for n in new if n > 20],
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
