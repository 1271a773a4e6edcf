"""What a local server reads before a new request's first word, and how long it takes.

    .venv/bin/python scripts/first_token.py [TREE ...]     (after `make llama`)

For each source tree given (default: this one; another version of the code, e.g. from
`git archive <commit> | tar -x -C /tmp/before`), builds the six kinds' first-round messages
(tests/drafting/scenarios.yaml, as scripts/real_model.py drafts them) with that tree's own code,
then, on one llama-server from the cache (context OUTREACH_MODEL_CONTEXT, default 4096), sends
each kind's messages with only the system message in the server's prompt cache (as after the
compose page's warm-up, or a draft of another kind), trees interleaved so they see the same
load. Prints per tree the new prompt tokens (the server's `prompt_n`) and the seconds to a
one-token answer (p50 and range), with the load average: the part of the first streamed token
the prompt decides.
"""

from __future__ import annotations

import json
import os
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

from scripts.real_model import CONTEXT, servers  # noqa: E402
from tests.servers import free_port, stop, wait_until_ready  # noqa: E402

BUILD = r"""
import json, os, sys
sys.path.insert(0, os.environ["TREE"])
from scripts.real_model import requests
from assistant.config import get_settings
from assistant.drafting import protect, retrieve
from assistant.engines.llm import LLMEngine
from assistant.index import build_index
from assistant.models import DraftRequest
settings = get_settings()
build_index(settings)
engine = LLMEngine(settings)
out = {}
for kind, raw in requests().items():
    engine.boundary = "q" * 16  # a draft's fence code is 16 letters
    request = protect(DraftRequest.model_validate(raw)).request
    messages = engine.messages(request, retrieve(request, settings), mode="json_schema")
    out[kind] = [{"role": "system" if i == 0 else "user", "content": m.content}
                 for i, m in enumerate(messages)]
print(json.dumps(out))
"""


def messages_of(tree: Path, data: Path) -> dict[str, list[dict[str, str]]]:
    env = {**os.environ, "TREE": str(tree), "OUTREACH_DATA_DIR": str(data),
           "OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "OUTREACH_MODEL": "smollm2",
           "OUTREACH_MODEL_CONTEXT": str(CONTEXT), "ANONYMIZED_TELEMETRY": "False"}
    done = subprocess.run([sys.executable, "-c", BUILD], env=env, cwd=tree, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def ask(url: str, messages: list[dict[str, str]]) -> tuple[float, dict[str, Any]]:
    body = {"model": "m", "max_tokens": 1, "messages": messages, "cache_prompt": True}
    started = time.monotonic()
    request = urllib.request.Request(f"{url}/chat/completions", json.dumps(body).encode(),
                                     {"Content-Type": "application/json"})
    answer = json.loads(urllib.request.urlopen(request, timeout=600).read())
    return time.monotonic() - started, answer.get("timings") or {}


def main() -> None:
    trees = [Path(t).resolve() for t in sys.argv[1:]] or [ROOT]
    with tempfile.TemporaryDirectory(prefix="first-token-") as tmp:
        sets = {str(t): messages_of(t, Path(tmp) / f"data{i}") for i, t in enumerate(trees)}
    port = free_port()
    proc = subprocess.Popen(servers(port)["llama-server"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    rows: dict[str, list[tuple[int, float]]] = {name: [] for name in sets}
    try:
        wait_until_ready(lambda: urllib.request.urlopen(f"{url}/models", timeout=2).status
                         == 200, proc, "llama-server", timeout=120)
        load = os.getloadavg()
        for _ in range(2):
            for kind in next(iter(sets.values())):
                for name, by_kind in sets.items():
                    # leave only the system message in the server's cache
                    ask(url, [by_kind[kind][0], {"role": "user", "content": "Reply with OK."}])
                    took, timings = ask(url, by_kind[kind])
                    rows[name].append((int(timings.get("prompt_n", 0)), took))
    finally:
        stop(proc)
    for name, found in rows.items():
        tokens, seconds = [r[0] for r in found], [r[1] for r in found]
        print(json.dumps({"tree": name, "context": CONTEXT,
                          "new_tokens_p50": statistics.median(tokens),
                          "new_tokens_range": [min(tokens), max(tokens)],
                          "seconds_p50": round(statistics.median(seconds), 2),
                          "seconds_range": [round(min(seconds), 2), round(max(seconds), 2)],
                          "load_before": [round(x, 2) for x in load],
                          "load_after": [round(x, 2) for x in os.getloadavg()]}))


if __name__ == "__main__":
    main()
