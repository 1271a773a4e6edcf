"""An empty input file is named as empty, in one line with exit 2, by every command that needs
its content; a command for which an empty text is a valid input (check, phi) answers it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from assistant.cli import main

EMPTY_IS_AN_ERROR = [  # (arguments, where "{f}" is the empty file) -> the one line expected
    (("draft", "{f}"), "outreach: request: the file is empty"),
    (("draft", "{f}", "--json"), "outreach: request: the file is empty"),
    (("check", "message.txt", "--context", "{f}"), "outreach: context: the file is empty"),
    (("conference", "suggest", "SGIM", "--profile", "{f}"),
     "outreach: --profile: the file is empty"),
    (("contacts", "import", "{f}"), "outreach: file: the file is empty"),
    (("conference", "import", "{f}", "--name", "SGIM"), "outreach: file: the file is empty"),
]


@pytest.mark.parametrize("content", ["", "  \n\n", "\ufeff\n"], ids=["empty", "blank", "bom"])
@pytest.mark.parametrize(("args", "expected"), EMPTY_IS_AN_ERROR)
def test_an_empty_file_is_named_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str,
    args: tuple[str, ...], expected: str,
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text(content, encoding="utf-8")
    (tmp_path / "message.txt").write_text("Dear Dr. Ito,\n\nThank you.\n\nAna", encoding="utf-8")
    code = main([a.replace("{f}", str(empty)) for a in args])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.splitlines() == [expected]
    assert captured.out == ""


def test_nothing_on_stdin_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["draft", "-"]) == 2
    assert capsys.readouterr().err.splitlines() == ["outreach: request: nothing on stdin"]


def test_invalid_json_still_gives_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / "request.json"
    bad.write_text('\n{"kind": }', encoding="utf-8")
    assert main(["draft", str(bad)]) == 2
    assert capsys.readouterr().err.startswith("outreach: request: invalid JSON at line 2 column")


def test_empty_text_is_an_answer_for_check_and_phi(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["check", str(empty), "--json"]) == 0
    assert [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]] == ["empty"]
    assert main(["phi", str(empty), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"findings": []}
    assert main(["phi", "--jsonl", str(empty)]) == 0  # no line in, no line out
    assert capsys.readouterr().out == ""
