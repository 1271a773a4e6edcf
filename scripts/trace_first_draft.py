"""Where a cold first draft's time goes: a new process and a freshly started server, with a
timestamp at each step until the first streamed token.

    TRACE_ROUNDS=2 .venv/bin/python scripts/trace_first_draft.py      (after `make llama`)

Per round: starts a server from the cache (TRACE_SERVER: llama-server, the default, or
llama-cpp-python; context OUTREACH_MODEL_CONTEXT, default 4096; LLAMA_THREADS as
scripts/real_model.py), and once it answers, a new Python process that drafts one kind
(TRACE_KIND, default introduction) streamed, as the app does, with the draft's steps timed
from the process's start: imports, the draft's start, the warm-up request (on its own thread),
retrieval (the principle corpus, the index, the embedder), the PHI guard, the stored output
mode, the chat client (LangChain's import), the request sent and the first token. Steps are
timed by wrapping the functions once their module is imported, so nothing is imported earlier
than the draft itself imports it. Prints the timeline with the load average.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.real_model import servers  # noqa: E402
from tests.servers import free_port, stop, wait_until_ready  # noqa: E402

CHILD = r"""
import time
started = time.monotonic()
import importlib.abc, importlib.machinery, json, os, sys, threading
sys.path.insert(0, os.environ["TREE"])
events = []

def mark(name):
    events.append((name, time.monotonic() - started, threading.current_thread().name))

def timed(fn, label):
    def wrapper(*args, **kwargs):
        mark(label + " begins")
        try:
            return fn(*args, **kwargs)
        finally:
            mark(label + " ends")
    return wrapper

def patch_engine(module):
    chat = module.LLMEngine.chat
    def first_chat(self):
        if self._chat is None:
            return timed(chat, "chat client (LangChain import)")(self)
        return chat(self)
    module.LLMEngine.chat = first_chat
    mode = module.LLMEngine.mode
    module.LLMEngine.mode = property(timed(mode.fget, "stored output mode"))

PATCHES = {
    "assistant.drafting": [("retrieve_or_fallback", "retrieval"), ("protect", "PHI guard")],
    "assistant.retrieval": [("_corpus", "principle corpus")],
    "assistant.index": [("open_collection", "index opened")],
    "assistant.embeddings": [("_get_model", "embedder loaded")],
    "assistant.engines.llm_warm": [("prime", "warm-up request")],
    "assistant.engines.llm_structured": [("stream", "request sent, answer streamed")],
}

class Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name not in PATCHES and name != "assistant.engines.llm":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            mark("imported " + name)
            for attr, label in PATCHES.get(name, []):
                setattr(module, attr, timed(getattr(module, attr), label))
            if name == "assistant.engines.llm":
                patch_engine(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Hook())
from assistant.config import get_settings
from assistant.drafting import draft
from assistant.models import DraftRequest
from scripts.real_model import requests
request = DraftRequest.model_validate(requests()[os.environ["KIND"]])
mark("draft begins")

def token(_):
    mark("first token")
    print(json.dumps(events), flush=True)
    os._exit(0)

draft(request, engine="llm", settings=get_settings(), on_token=token)
print(json.dumps(events), flush=True)
"""


def main() -> int:
    kind = os.environ.get("TRACE_KIND", "introduction")
    with tempfile.TemporaryDirectory(prefix="outreach-trace-") as tmp:
        env = {**os.environ, "TREE": str(ROOT), "KIND": kind,
               "OUTREACH_DATA_DIR": str(Path(tmp) / "data"), "OUTREACH_MODEL": "smollm2",
               "OUTREACH_MODEL_CONTEXT": os.environ.get("OUTREACH_MODEL_CONTEXT", "4096"),
               "OUTREACH_DRAFT_DEADLINE": "60", "OUTREACH_REQUEST_TIMEOUT": "60",
               "ANONYMIZED_TELEMETRY": "False"}
        subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                        "from assistant.config import get_settings; "
                        "from assistant.index import build_index; build_index(get_settings())",
                        str(ROOT)], env=env, check=True)
        for round_ in range(int(os.environ.get("TRACE_ROUNDS", "2"))):
            port = free_port()
            url = f"http://127.0.0.1:{port}/v1"
            proc = subprocess.Popen(servers(port)[os.environ.get("TRACE_SERVER", "llama-server")],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                wait_until_ready(lambda url=url: urllib.request.urlopen(
                    f"{url}/models", timeout=2).status == 200, proc, "server", timeout=300)
                load = os.getloadavg()
                begun = time.monotonic()
                out = subprocess.run([sys.executable, "-c", CHILD], env={
                    **env, "OPENAI_BASE_URL": url}, capture_output=True, text=True, timeout=300)
                took = time.monotonic() - begun
                lines = out.stdout.strip().splitlines()
                if not lines:
                    print(out.stderr[-2000:], file=sys.stderr)
                    return 1
                print(f"round {round_ + 1}: {kind}, load {load[0]:.2f} before, "
                      f"{os.getloadavg()[0]:.2f} after; process {took:.1f} s")
                for name, at, thread in json.loads(lines[-1]):
                    where = "" if thread == "MainThread" else f"  [{thread}]"
                    print(f"  {at:6.2f} s  {name}{where}")
            finally:
                stop(proc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
