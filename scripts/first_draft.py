"""A cold first draft's first streamed token: a new process and a freshly started server.

    .venv/bin/python scripts/first_draft.py [TREE ...]      (after `make llama`)

For each source tree given (default: this one; another version of the code, e.g. from
`git archive <commit> | tar -x -C /tmp/before`), builds the principle index once, then for
each round (FIRST_DRAFT_ROUNDS, default 3), trees interleaved so they see the same load:
starts a server from the cache (FIRST_DRAFT_SERVER: llama-server, the default, or
llama-cpp-python; context OUTREACH_MODEL_CONTEXT, default 4096, one thread) on a free loopback
port and, once it answers, a new Python process that drafts one kind (FIRST_DRAFT_KIND,
default introduction, from tests/drafting/scenarios.yaml) with that tree's code, streamed, as
the app does. It times the first streamed token from the process's start (imports included)
and from the draft's start, then stops (the server sees the connection close). Prints per
tree the p50 and range of both, with the load average before and after.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.real_model import CONTEXT, servers  # noqa: E402
from tests.servers import free_port, stop, wait_until_ready  # noqa: E402

KIND = os.environ.get("FIRST_DRAFT_KIND", "introduction")
SERVER = os.environ.get("FIRST_DRAFT_SERVER", "llama-server")
ROUNDS = int(os.environ.get("FIRST_DRAFT_ROUNDS", "3"))

BUILD = r"""
import os, sys
sys.path.insert(0, os.environ["TREE"])
from assistant.config import get_settings
from assistant.index import build_index
build_index(get_settings())
"""

DRAFT = r"""
import time
started = time.monotonic()
import json, os, sys
sys.path.insert(0, os.environ["TREE"])
from scripts.real_model import requests
from assistant.config import get_settings
from assistant.drafting import draft
from assistant.models import DraftRequest
request = DraftRequest.model_validate(requests()[os.environ["KIND"]])
begun = time.monotonic()
def token(_):
    now = time.monotonic()
    print(json.dumps({"process_s": now - started, "draft_s": now - begun}), flush=True)
    os._exit(0)  # the first token is all this measures; the server sees the client go
draft(request, engine="llm", settings=get_settings(), on_token=token)
print(json.dumps({"error": "no token streamed"}), flush=True)
"""


def env(tree: Path, data: Path, url: str = "http://127.0.0.1:9/v1") -> dict[str, str]:
    return {**os.environ, "TREE": str(tree), "OUTREACH_DATA_DIR": str(data), "KIND": KIND,
            "OPENAI_BASE_URL": url, "OUTREACH_MODEL": "smollm2",
            "OUTREACH_MODEL_CONTEXT": str(CONTEXT), "ANONYMIZED_TELEMETRY": "False",
            # a loaded machine must not turn a slow first token into a failed draft
            "OUTREACH_DRAFT_DEADLINE": "300", "OUTREACH_REQUEST_TIMEOUT": "300"}


def one(tree: Path, data: Path) -> dict[str, Any]:
    port = free_port()
    proc = subprocess.Popen(servers(port)[SERVER], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        wait_until_ready(lambda: urllib.request.urlopen(f"{url}/models", timeout=2).status
                         == 200, proc, SERVER, timeout=300)
        done = subprocess.run([sys.executable, "-c", DRAFT], env=env(tree, data, url),
                              cwd=tree, capture_output=True, text=True, timeout=600)
        lines = done.stdout.strip().splitlines()
        return json.loads(lines[-1]) if lines else {"error": done.stderr.strip()[-300:]}
    finally:
        stop(proc)


def main() -> None:
    trees = [Path(t).resolve() for t in sys.argv[1:]] or [ROOT]
    with tempfile.TemporaryDirectory(prefix="first-draft-") as tmp:
        data = {str(t): Path(tmp) / f"data{i}" for i, t in enumerate(trees)}
        for tree in trees:
            subprocess.run([sys.executable, "-c", BUILD], env=env(tree, data[str(tree)]),
                           cwd=tree, check=True, capture_output=True)
        load = os.getloadavg()
        rows: dict[str, list[dict[str, Any]]] = {str(t): [] for t in trees}
        for _ in range(ROUNDS):
            for tree in trees:
                rows[str(tree)].append(one(tree, data[str(tree)]))
                print(json.dumps({"tree": str(tree), **rows[str(tree)][-1]}), file=sys.stderr)
    for name, found in rows.items():
        ok = [r for r in found if "draft_s" in r]
        summary: dict[str, Any] = {"tree": name, "server": SERVER, "kind": KIND,
                                   "context": CONTEXT, "rounds": len(found),
                                   "errors": [r["error"] for r in found if "error" in r]}
        for key in ("draft_s", "process_s"):
            values = [r[key] for r in ok]
            if values:
                summary[f"{key}_p50"] = round(statistics.median(values), 2)
                summary[f"{key}_range"] = [round(min(values), 2), round(max(values), 2)]
        summary["load_before"] = [round(x, 2) for x in load]
        summary["load_after"] = [round(x, 2) for x in os.getloadavg()]
        print(json.dumps(summary))


if __name__ == "__main__":
    main()
