"""What a local server reads before a new request's first word, and how long it takes.

    FIRST_TOKEN_SERVER=llama-server .venv/bin/python scripts/first_token.py [TREE ...]
                                                                (after `make llama`)

For each source tree given (default: this one; another version of the code, e.g. from
`git archive <commit> | tar -x -C /tmp/before`), builds the six kinds' first-round messages
(tests/drafting/scenarios.yaml, as scripts/real_model.py drafts them) with that tree's own code,
in the mode the server takes (json_schema for llama-server, json_object for llama-cpp-python),
then, on one server from the cache (FIRST_TOKEN_SERVER: llama-server, the default, or
llama-cpp-python; context OUTREACH_MODEL_CONTEXT, default 4096; LLAMA_THREADS), sends
each kind's messages with only the system message in the server's prompt cache (as after the
compose page's warm-up, or a draft of another kind), trees interleaved so they see the same
load. Prints per tree the new prompt tokens (llama-server's `prompt_n`; llama-cpp-python's
"remaining N prompt tokens" in its log) and the seconds to a
one-token answer (p50 and range), with the load average: the part of the first streamed token
the prompt decides.
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

from scripts.real_model import CONTEXT, servers  # noqa: E402
from tests.servers import free_port, stop, wait_until_ready  # noqa: E402

SERVER = os.environ.get("FIRST_TOKEN_SERVER", "llama-server")
MODE = "json_object" if SERVER == "llama-cpp-python" else "json_schema"

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
    messages = engine.messages(request, retrieve(request, settings), mode=os.environ["MODE"])
    out[kind] = [{"role": "system" if i == 0 else "user", "content": m.content}
                 for i, m in enumerate(messages)]
print(json.dumps(out))
"""


def messages_of(tree: Path, data: Path) -> dict[str, list[dict[str, str]]]:
    env = {**os.environ, "TREE": str(tree), "OUTREACH_DATA_DIR": str(data), "MODE": MODE,
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
    log = tempfile.NamedTemporaryFile("w+", prefix="first-token-", suffix=".log")  # noqa: SIM115
    proc = subprocess.Popen(servers(port)[SERVER], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    rows: dict[str, list[tuple[int, float]]] = {name: [] for name in sets}
    kinds = list(next(iter(sets.values())))

    def new_tokens(timings: dict[str, Any], seen: int) -> int:
        """llama-server's `prompt_n`; llama-cpp-python's answer has no timings: its log's
        last "remaining N prompt tokens" since offset `seen`."""
        if "prompt_n" in timings:
            return int(timings["prompt_n"])
        found = re.findall(r"remaining (\d+) prompt tokens",
                           Path(log.name).read_text(errors="replace")[seen:])
        return int(found[-1]) if found else 0

    try:
        wait_until_ready(lambda: urllib.request.urlopen(f"{url}/models", timeout=2).status
                         == 200, proc, SERVER, timeout=300)
        load = os.getloadavg()
        for _ in range(2):
            for kind in kinds:
                for name, by_kind in sets.items():
                    # leave only the system message in the server's cache
                    ask(url, [by_kind[kind][0], {"role": "user", "content": "Reply with OK."}])
                    seen = len(Path(log.name).read_text(errors="replace"))
                    took, timings = ask(url, by_kind[kind])
                    rows[name].append((new_tokens(timings, seen), took))
    finally:
        stop(proc)
        log.close()
    for name, found in rows.items():
        tokens, seconds = [r[0] for r in found], [r[1] for r in found]
        print(json.dumps({"tree": name, "server": SERVER, "context": CONTEXT,
                          "new_tokens_p50": statistics.median(tokens),
                          "new_tokens_range": [min(tokens), max(tokens)],
                          "seconds_p50": round(statistics.median(seconds), 2),
                          "seconds_range": [round(min(seconds), 2), round(max(seconds), 2)],
                          # per kind: new tokens, and the seconds of its two rounds
                          "per_kind": {k: [found[i][0], round(found[i][1], 2),
                                           round(found[i + len(kinds)][1], 2)]
                                       for i, k in enumerate(kinds)},
                          "load_before": [round(x, 2) for x in load],
                          "load_after": [round(x, 2) for x in os.getloadavg()]}))


if __name__ == "__main__":
    main()
