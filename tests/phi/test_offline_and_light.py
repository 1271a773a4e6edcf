"""The guard runs offline and light: no network, no model, no heavy import on the `check` path."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import socket, sys
def refuse(*args, **kwargs):
    raise OSError("network used")
socket.socket.connect = refuse
socket.create_connection = refuse
from assistant.phi import find_phi, redact
found = find_phi("Pt Mr. Alvarez, DOB 1/2/1950, her email is a.b@example.com, www.x.org/a")
assert [f.type for f in found] == ["NAME", "DATE", "EMAIL", "URL"], found
redact("Dear Dr. Okafor, thanks for the talk at ACP on April 12.")
heavy = [m for m in ("presidio_analyzer", "spacy", "tldextract", "chromadb", "langchain_core",
                     "streamlit") if m in sys.modules]
assert not heavy, heavy
print("ok")
"""


def test_no_network_and_no_heavy_imports() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
