"""`outreach draft` as the contract describes it: exit codes, one-line errors, JSON shape."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.config import Settings
from tests.conftest import ROOT

REQUEST = {
    "kind": "follow_up", "today": "2026-05-08",
    "sender": {"name": "Priya Shah"},
    "contact": {"name": "Dr. Amara Okafor", "relationship": "met_once"},
    "meeting": {"event": "SGIM 2026", "date": "2026-05-06", "topics": ["QI projects"],
                "next_step": "send you my QI project summary by Friday"},
}


def write(tmp_path: Path, content: str) -> str:
    path = tmp_path / "request.json"
    path.write_text(content, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "invalid JSON at line 1"),
        (json.dumps({**REQUEST, "colour": "blue"}), "colour: unknown field"),
        (json.dumps({**REQUEST, "kind": "thank_you"}), "kind: unknown value 'thank_you'"),
        (json.dumps({**REQUEST, "contact": {"nickname": "A"}}), "contact.nickname: unknown field"),
        (json.dumps({**REQUEST, "meeting": {"date": "May 6"}}), "meeting.date"),
        (json.dumps(["a list"]), "must be a JSON object"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      content: str, words: str) -> None:
    assert main(["draft", write(tmp_path, content)]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "nope.json"]) == 2
    assert "file not found: nope.json" in capsys.readouterr().err


def test_llm_without_a_model_exits_1_naming_the_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], use_built_index: Settings) -> None:
    assert main(["draft", write(tmp_path, json.dumps(REQUEST)), "--engine", "llm"]) == 1
    err = capsys.readouterr().err
    assert "OPENAI_API_KEY" in err and err.count("\n") == 1


def test_json_output_follows_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          use_built_index: Settings) -> None:
    assert main(["draft", write(tmp_path, json.dumps(REQUEST)), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"kind", "channel", "subject", "body", "engine", "principles", "findings"} <= set(data)
    assert data["engine"] == "offline" and data["channel"] == "email"
    assert data["subject"] and "SGIM 2026" in data["body"]
    assert all(set(p) == {"id", "title", "text"} for p in data["principles"])
    assert all(f["severity"] == "info" for f in data["findings"])


def test_human_output(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                      use_built_index: Settings) -> None:
    assert main(["draft", write(tmp_path, json.dumps({"kind": "update"}))]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Subject: ")
    assert "Notice: To make it stronger" in out and "Principles:" in out


def test_stdin_and_whole_process(tmp_path: Path, use_built_index: Settings) -> None:
    """The installed command, as a separate process, reading the request from stdin."""
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "draft", "-", "--engine", "offline", "--json"],
        input=json.dumps(REQUEST), capture_output=True, text=True, cwd=tmp_path, timeout=120,
        env={"PATH": "/usr/bin:/bin", "OUTREACH_DATA_DIR": str(use_built_index.data_dir),
             "PYTHONPATH": str(ROOT), "ANONYMIZED_TELEMETRY": "False", "HOME": str(tmp_path)},
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["engine"] == "offline"


def test_cli_uses_a_configured_local_model(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           use_built_index: Settings, fake_openai,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.config import get_settings
    from assistant.drafting import _llm_engines

    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.url)
    monkeypatch.setenv("OUTREACH_MODEL", "llama3.1")
    get_settings.cache_clear()
    _llm_engines.clear()
    assert main(["draft", write(tmp_path, json.dumps(REQUEST)), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["engine"] == "llm"
    assert fake_openai.requests[0]["body"]["model"] == "llama3.1"


def test_llm_that_keeps_failing_exits_1_with_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], use_built_index: Settings,
        fake_openai, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.config import get_settings
    from assistant.drafting import _llm_engines

    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.url)
    monkeypatch.setenv("OUTREACH_MAX_RETRIES", "1")
    get_settings.cache_clear()
    _llm_engines.clear()
    fake_openai.then({"status": 500}, {"status": 500})
    assert main(["draft", write(tmp_path, json.dumps(REQUEST)), "--engine", "llm"]) == 1
    err = capsys.readouterr().err
    assert "HTTP 500, after 1 retry" in err and err.count("\n") == 1
    assert len(fake_openai.requests) == 2
