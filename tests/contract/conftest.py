"""Fixtures for the contract suite: the `outreach` command run as a real process from the
repository root, on a copy of the session's principle index, with no model configured."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from assistant.config import Settings
from tests.conftest import ROOT

MODULE = [sys.executable, "-m", "assistant"]
SCRIPT = Path(sys.executable).with_name("outreach")

SEVERITIES = {"error", "warning", "info"}
FINDING_KEYS = {"code", "severity", "message", "start", "end", "suggestion", "principle"}
# The base contract's codes plus the ones docs/contract.md adds.
CODES = {
    "phi", "placeholder", "char_limit", "name_mismatch", "length", "subject", "greeting", "slang",
    "emoji", "exclamation", "shouting", "negative", "no_ask", "mentor_ask", "no_thanks",
    "no_specifics", "no_identity", "no_signature", "late_followup", "unprofessional_email",
    "empty", "word_count", "readability", "invented_contact", "suspicious_request",
    "unsupported_fact", "grammar",
}


def base_env(data_dir: Path) -> dict[str, str]:
    """The test's environment (keys already removed by the autouse fixture), with the model
    settings blanked so a developer's `.env` in the repository root cannot configure one."""
    return {
        **os.environ, "OUTREACH_DATA_DIR": str(data_dir), "OPENAI_API_KEY": "",
        "OPENAI_BASE_URL": "", "PYTHONPATH": str(ROOT), "ANONYMIZED_TELEMETRY": "False",
    }


class Outreach:
    """Runs `python -m assistant ARGS` (or the installed script) with cwd at the repo root."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def __call__(
        self, *args: str, stdin: bytes | str = b"", script: bool = False, timeout: float = 120,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        data = stdin.encode("utf-8", "surrogatepass") if isinstance(stdin, str) else stdin
        command = [str(SCRIPT)] if script else MODULE
        result = subprocess.run(
            [*command, *args], input=data, capture_output=True, timeout=timeout, cwd=ROOT,
            env={**base_env(self.data_dir), **(env or {})}, check=False,
        )
        return subprocess.CompletedProcess(
            result.args, result.returncode, result.stdout.decode("utf-8"),
            result.stderr.decode("utf-8", "backslashreplace"),
        )

    def json(self, *args: str, stdin: bytes | str = b"") -> Any:
        """Run a command that must succeed and print exactly one JSON object."""
        result = self(*args, stdin=stdin)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stdout.endswith("\n") and result.stdout.count("\n") == 1, result.stdout
        data = json.loads(result.stdout)
        assert isinstance(data, dict)
        return data


def assert_input_error(result: subprocess.CompletedProcess[str], *names: str) -> None:
    """The contract's error rule: exit 2, one line on stderr naming the problem (each of
    `names`, case-insensitive), no traceback anywhere, nothing on stdout."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.endswith("\n") and result.stderr.count("\n") == 1, result.stderr
    line = result.stderr.lower()
    for name in names:
        assert name.lower() in line, f"{name!r} not named in {result.stderr!r}"


def assert_main_input_error(capsys: pytest.CaptureFixture[str], args: list[str],
                            *names: str) -> str:
    """The same rule for `assistant.cli.main` run in-process (argparse's errors included,
    which leave by SystemExit): exit 2, nothing on stdout, one line on stderr naming each of
    `names`. Returns the line."""
    from assistant.cli import main

    try:
        code = main(args)
    except SystemExit as stop:
        code = stop.code
    captured = capsys.readouterr()
    assert code == 2 and captured.out == "", (code, captured.out, captured.err)
    [line] = captured.err.splitlines()
    assert "Traceback" not in line and "internal error" not in line, line
    for name in names:
        assert name in line, f"{name!r} not named in {line!r}"
    return line


@pytest.fixture(scope="module")
def data_dir(built_index: Settings, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the session's principle index, so nothing here can change the shared one."""
    target = tmp_path_factory.mktemp("contract") / "data"
    shutil.copytree(built_index.data_dir, target)
    return target


@pytest.fixture(scope="module")
def outreach(data_dir: Path) -> Outreach:
    return Outreach(data_dir)


@pytest.fixture
def write(tmp_path: Path):
    """Writes text or bytes to a file in the test's tmp dir and returns its path as a string."""

    def _write(name: str, content: str | bytes) -> str:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return str(path)

    return _write
