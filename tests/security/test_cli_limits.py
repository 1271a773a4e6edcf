"""Row 13 (check side) and item 5: every text input has a size cap (a setting each), a larger
one exits 2 with one line naming the limit, fast and without reading it all; a binary or
NUL-laden text exits 2. Real processes."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.security.cli import outreach

GOOD = "Subject: Thank you\n\nDear Dr. Okafor,\n\nThank you for your time.\n\nBest,\nPriya\n"


def _one_line(stderr: str) -> str:
    assert stderr.count("\n") == 1, stderr
    assert "Traceback" not in stderr and "internal error" not in stderr
    return stderr


@pytest.mark.parametrize(("args", "setting"), [
    (("check", "{big}"), "OUTREACH_CHECK_MAX_BYTES"),
    (("check", "/dev/zero"), "OUTREACH_CHECK_MAX_BYTES"),
    (("phi", "{big}"), "OUTREACH_PHI_MAX_BYTES"),
    (("phi", "/dev/zero"), "OUTREACH_PHI_MAX_BYTES"),
    (("phi", "--jsonl", "/dev/zero"), "OUTREACH_PHI_BATCH_MAX_BYTES"),
    (("draft", "/dev/zero", "--engine", "offline"), "OUTREACH_DRAFT_MAX_BYTES"),
    (("check", "{small}", "--context", "/dev/zero"), "OUTREACH_DRAFT_MAX_BYTES"),
])
def test_oversized_input_is_refused_fast(args: tuple[str, ...], setting: str,
                                         tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    if "{big}" in args:
        with big.open("wb") as handle:  # 50 MB of ordinary text
            handle.write((GOOD * 700_000)[:50_000_000].encode())
    small = tmp_path / "small.txt"
    small.write_text(GOOD, encoding="utf-8")
    argv = [a.format(big=big, small=small) for a in args]
    started = time.perf_counter()
    result = outreach(*argv, env={"OUTREACH_DATA_DIR": str(tmp_path / "d")}, timeout=60)
    elapsed = time.perf_counter() - started
    assert result.returncode == 2
    line = _one_line(result.stderr)
    assert setting in line and "limit" in line
    assert elapsed < 20  # the measured time is ~1 s; reading 50 MB through the checks took 104 s


def test_a_big_input_is_not_read_into_memory(tmp_path: Path) -> None:
    """The reader stops at the cap: the process's peak memory stays far below the input."""
    # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child of a big test
    # process would report the parent's peak.
    code = ("import re, sys\n"
            "from assistant.cli import main\n"
            "code = main(['check', '/dev/zero'])\n"
            "status = open('/proc/self/status').read()\n"
            "print(re.search(r'VmHWM:\\s+(\\d+)', status).group(1))\n"
            "sys.exit(code)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, check=False)
    assert result.returncode == 2
    assert int(result.stdout.strip()) < 300_000  # kB: /dev/zero is endless


def test_a_setting_raises_the_limit(tmp_path: Path) -> None:
    message = tmp_path / "message.txt"
    message.write_text(GOOD, encoding="utf-8")
    refused = outreach("check", str(message), "--json",
                       env={"OUTREACH_CHECK_MAX_BYTES": "20"})
    assert refused.returncode == 2 and "20-byte limit" in refused.stderr
    accepted = outreach("check", str(message), "--json",
                        env={"OUTREACH_CHECK_MAX_BYTES": str(len(GOOD))})
    assert accepted.returncode == 0 and "findings" in json.loads(accepted.stdout)


@pytest.mark.parametrize("data", [
    b"\x00" * 1_000_000,  # 1 MB of NUL bytes: was exit 0, "passed"
    GOOD.encode() + b"\x00\x00" + GOOD.encode(),  # text with NULs inside
    bytes(range(256)) * 100,  # binary
    b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x01" * 200,  # an image
])
@pytest.mark.parametrize("command", ["check", "phi"])
def test_binary_or_nul_laden_text_exits_2(data: bytes, command: str, tmp_path: Path) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    result = outreach(command, str(path))
    assert result.returncode == 2
    line = _one_line(result.stderr)
    assert "NUL" in line or "UTF-8" in line


def test_stdin_is_capped_too() -> None:
    result = outreach("check", "-", stdin=b"word " * 100_000,
                      env={"OUTREACH_CHECK_MAX_BYTES": "1000"})
    assert result.returncode == 2 and b"1,000-byte limit" in result.stderr
