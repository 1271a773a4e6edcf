"""How fast llama-server runs SmolLM2-135M here: prompt and generation tokens per second.

    .venv/bin/python scripts/llama_speed.py      (after `make llama`)

Starts llama-server from the cache on a free loopback port and sends two chat requests (plain
text and strict json_schema, 150 tokens each), printing llama-server's own `timings`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.real_model import CACHE, model_path  # noqa: E402
from tests.servers import free_port, stop, wait_until_ready  # noqa: E402

PROMPT = ("Write a short professional follow-up email to Dr. Okafor thanking her for the chat at "
          "SGIM 2026 about hospital-at-home programs. Notes: "
          + "we talked about nurses and QI projects and the program. " * 40)
SCHEMA = {"type": "object", "additionalProperties": False,
          "required": ["subject", "body", "principle_ids"],
          "properties": {"subject": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                         "body": {"type": "string"},
                         "principle_ids": {"type": "array", "items": {"type": "string"}}}}


def main() -> None:
    port = free_port()
    proc = subprocess.Popen([str(CACHE / "bin" / "llama-server"), "-m", str(model_path()),
                             "--host", "127.0.0.1", "--port", str(port), "-c", "4096", "-np",
                             "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        wait_until_ready(lambda: urllib.request.urlopen(f"{url}/models", timeout=2).status == 200,
                         proc, "llama-server", timeout=120)
        for name, extra in (("plain", {}), ("json_schema", {"response_format": {
                "type": "json_schema", "json_schema": {"name": "D", "strict": True,
                                                       "schema": SCHEMA}}})):
            body = {"model": "m", "max_tokens": 150,
                    "messages": [{"role": "user", "content": f"[{name}] {PROMPT}"}], **extra}
            started = time.monotonic()
            request = urllib.request.Request(f"{url}/chat/completions", json.dumps(body).encode(),
                                             {"Content-Type": "application/json"})
            answer = json.loads(urllib.request.urlopen(request, timeout=600).read())
            t = answer.get("timings") or {}
            print(json.dumps({"request": name, "seconds": round(time.monotonic() - started, 1),
                              "prompt_tokens": answer["usage"]["prompt_tokens"],
                              "prompt_per_second": round(t.get("prompt_per_second", 0), 1),
                              "generated": answer["usage"]["completion_tokens"],
                              "generated_per_second": round(t.get("predicted_per_second", 0), 1)}))
    finally:
        stop(proc)


if __name__ == "__main__":
    main()
