"""`outreach phi` as a process: JSON, human output, batch order, and one-line errors (exit 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PATIENT = "Pt Mr. Alvarez, admitted 3/14, MRN 4482913."


def outreach(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", "phi", *args],
        input=stdin, capture_output=True, timeout=60, check=False,
    )


def test_json_output_has_offsets(tmp_path: Path) -> None:
    path = tmp_path / "message.txt"
    path.write_text(PATIENT, encoding="utf-8")
    done = outreach(str(path), "--json")
    assert done.returncode == 0, done.stderr
    findings = json.loads(done.stdout)["findings"]
    assert [(f["type"], f["text"]) for f in findings] == [
        ("NAME", "Alvarez"), ("DATE", "3/14"), ("MRN", "4482913"),
    ]
    for f in findings:
        assert PATIENT[f["start"] : f["end"]] == f["text"]


def test_human_output_from_stdin() -> None:
    done = outreach("-", stdin=PATIENT.encode())
    assert done.returncode == 0
    out = done.stdout.decode()
    assert "MRN" in out and "4482913" in out and "Alvarez" in out
    clean = outreach("-", stdin=b"Dear Dr. Okafor, thank you for the talk at ACP on April 12.")
    assert clean.returncode == 0
    assert "No protected health information found" in clean.stdout.decode()


def test_jsonl_keeps_order_one_result_per_line() -> None:
    lines = [
        {"text": "Dear Dr. Okafor, it was great to meet you at ACP."},
        {"text": "Her SSN is 123-45-6789."},
        {"text": ""},
        {"text": PATIENT},
    ]
    stdin = "\n".join(json.dumps(line) for line in lines).encode() + b"\n"
    done = outreach("--jsonl", "-", stdin=stdin)
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(results) == 4
    assert results[0] == {"findings": []}
    assert [f["type"] for f in results[1]["findings"]] == ["SSN"]
    assert results[2] == {"findings": []}
    assert [f["type"] for f in results[3]["findings"]] == ["NAME", "DATE", "MRN"]


@pytest.mark.parametrize(
    ("content", "named"),
    [
        (b'{"text": "fine"}\n{"text": "also fine"\n', "line 2"),
        (b'{"text": "fine"}\n["not", "an object"]\n', "line 2"),
        (b'{"body": "no text field"}\n', "line 1"),
        (b'{"text": "fine"}\n{"text": 42}\n', "line 2"),
        (b'{"text": "fine", "extra": 1}\n', "line 1"),
        (b'{"text": "fine"}\n\n{"text": "fine"}\n', "line 2"),
    ],
    ids=["invalid-json", "not-object", "missing-text", "text-not-string", "unknown-field", "blank"],
)
def test_bad_jsonl_line_exits_2_naming_the_line(
    tmp_path: Path, content: bytes, named: str
) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(content)
    done = outreach("--jsonl", str(path))
    assert done.returncode == 2
    assert done.stdout == b""  # validated before anything is printed
    err = done.stderr.decode().strip()
    assert len(err.splitlines()) == 1 and named in err and "Traceback" not in err


def test_non_utf8_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Patient José".encode("latin-1"))
    for args in ([str(path)], ["--jsonl", str(path)]):
        done = outreach(*args)
        assert done.returncode == 2
        err = done.stderr.decode().strip()
        assert len(err.splitlines()) == 1 and "UTF-8" in err


@pytest.mark.parametrize("args", [[], ["x.txt", "--jsonl", "y.jsonl"], ["missing.txt"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    done = outreach(*args)
    assert done.returncode == 2
    assert len(done.stderr.decode().strip().splitlines()) == 1
