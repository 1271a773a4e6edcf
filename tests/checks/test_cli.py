"""`outreach check` as a process: JSON and human output, exit codes on bad input, no heavy
imports, and a megabyte of text through the whole command (PHI guard included)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.checks.conftest import BASES
from tests.conftest import ROOT

OUTREACH = ROOT / ".venv" / "bin" / "outreach"
COMMAND = [str(OUTREACH)] if OUTREACH.exists() else [sys.executable, "-m", "assistant"]

GOOD = """Subject: Thank you from SGIM

Dear Dr. Okafor,

Thank you for taking the time to talk with me at the SGIM Annual Meeting about sepsis
handoffs. As we discussed, I will send you my project aim by Friday. Would you be willing to
look it over?

Best regards,
Maria Gomez
"""
BAD = "Hey Dr. Lee!!! thx for the talk at [Conference] 🙏"


def outreach(
    *args: str, stdin: bytes | str = b"", timeout: float = 60
) -> subprocess.CompletedProcess:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([*COMMAND, *args], input=data, capture_output=True, timeout=timeout,
                          env=env, check=False)


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def test_json_output_for_a_good_message_with_context(tmp_path: Path) -> None:
    context = write(tmp_path, "req.json", json.dumps(BASES["follow_up"]))
    result = outreach("check", "-", "--context", context, "--json", stdin=GOOD)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"passed", "findings"}
    assert data["passed"] is True
    assert {f["severity"] for f in data["findings"]} == {"info"}


def test_json_output_for_a_bad_message(tmp_path: Path) -> None:
    result = outreach("check", write(tmp_path, "m.txt", BAD), "--json")
    assert result.returncode == 0  # a message that fails is still a successful check
    data = json.loads(result.stdout)
    assert data["passed"] is False
    codes = {f["code"] for f in data["findings"]}
    assert {"placeholder", "greeting", "slang", "exclamation", "emoji"} <= codes
    for f in data["findings"]:
        assert set(f) <= {"code", "severity", "message", "start", "end", "suggestion",
                          "principle"}
        if "start" in f:
            assert 0 <= f["start"] < f["end"] <= len(BAD)


def test_human_output_names_severity_span_suggestion_and_principle() -> None:
    result = outreach("check", "-", stdin=BAD)
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "NOT READY TO SEND" in out
    assert "[warning] greeting" in out and "“Hey”" in out
    assert "suggestion: Dear" in out and "principle: professional-tone-everywhere" in out
    assert "[ERROR] placeholder" in out


def test_kind_and_channel_flags_override_context(tmp_path: Path) -> None:
    context = write(tmp_path, "req.json", json.dumps(BASES["follow_up"]))
    note = "Hi Dr. Okafor, thank you for the SGIM chat on sepsis handoffs. Could we connect?"
    result = outreach("check", "-", "--context", context, "--channel", "linkedin_note",
                      "--json", stdin=note)
    codes = {f["code"] for f in json.loads(result.stdout)["findings"]}
    assert not codes & {"subject", "no_signature"}


@pytest.mark.parametrize(("args", "stdin", "needle"), [
    (["check", "-"], b"Dear Dr. Lee,\n\xff\xfe thanks", "not valid UTF-8"),
    (["check", "/nonexistent/message.txt"], b"", "file not found"),
    (["check", "-", "--context", "{ctx}"], b"Hello", "invalid JSON"),
    (["check", "-", "--context", "{kind}"], b"Hello", "kind"),
    (["check", "-", "--context", "{field}"], b"Hello", "unknown field"),
    (["check", "-", "--kind", "bogus"], b"Hello", "invalid choice"),
])
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, args: list[str], stdin: bytes, needle: str
) -> None:
    files = {
        "{ctx}": write(tmp_path, "bad.json", "{not json"),
        "{kind}": write(tmp_path, "kind.json", json.dumps({"kind": "thank_you"})),
        "{field}": write(tmp_path, "field.json", json.dumps({"kind": "update", "mood": 1})),
    }
    result = outreach(*[files.get(a, a) for a in args], stdin=stdin)
    err = result.stderr.decode()
    assert result.returncode == 2
    assert needle in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert result.stdout == b""


def test_check_does_not_import_heavy_libraries() -> None:
    probe = (
        "import sys, io\n"
        "sys.stdin = io.TextIOWrapper(io.BytesIO(b'Hey Dr. Lee, thx!!'))\n"
        "from assistant.cli import main\n"
        "main(['check', '-', '--json'])\n"
        "heavy = {'chromadb', 'langchain', 'langchain_core', 'langchain_openai', 'streamlit',\n"
        "         'sqlalchemy', 'presidio_analyzer', 'spacy', 'numpy', 'openai'}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=60,
                            cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr.decode().strip().splitlines()[-1] == "[]"


def test_a_megabyte_through_the_whole_command_is_answered_in_seconds(tmp_path: Path) -> None:
    line = ("Dear Dr. Lee, thx!! The REALLY terrible program [Conference] said u were great 🙏 "
            "Would you be my mentor? Call 555-0100 on 03/04. ")
    text = (line * (1_000_000 // len(line) + 1))[:1_000_000]
    path = write(tmp_path, "big.txt", text)
    result = outreach("check", path, "--json", timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["passed"] is False


def test_a_megabyte_of_punctuation_runs_through_the_whole_command(tmp_path: Path) -> None:
    text = ("!" * 400_000 + "x" + "." * 300_000 + "y" + "?" * 299_998)[:1_000_000]
    result = outreach("check", write(tmp_path, "runs.txt", text), "--json", timeout=30)
    assert result.returncode == 0, result.stderr
    assert "findings" in json.loads(result.stdout)
