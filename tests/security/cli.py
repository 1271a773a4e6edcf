"""Run `outreach` as a real process with a chosen environment (no developer key or server)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

CLEARED = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OUTREACH_MODEL", "CHROMA_HOST", "CHROMA_PORT",
           "DATABASE_URL", "OUTREACH_EMBEDDINGS", "OUTREACH_LINKEDIN_TIER", "OUTREACH_DEBUG")


def outreach(*args: str, env: dict[str, str] | None = None, stdin: bytes | None = None,
             cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k not in CLEARED}
    full.update({"ANONYMIZED_TELEMETRY": "False", "PYTHONPATH": str(ROOT)})
    full.update(env or {})
    return subprocess.run([sys.executable, "-m", "assistant", *args], input=stdin,
                          capture_output=True, cwd=cwd or ROOT, env=full, timeout=timeout,
                          check=False, text=stdin is None)
