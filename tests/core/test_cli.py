"""The `outreach` command as a whole process: help, usage errors in one line, exit codes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def outreach(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args], input=stdin, capture_output=True,
        cwd=ROOT, timeout=60,
    )


def test_help_lists_every_command() -> None:
    result = outreach("--help")
    assert result.returncode == 0
    out = result.stdout.decode()
    for command in ("draft", "check", "phi", "principles", "index", "contacts", "due"):
        assert command in out


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys\n"
        "from assistant.cli import build_parser\n"
        "build_parser()\n"
        "heavy = [m for m in ('chromadb', 'langchain_core', 'streamlit', 'sqlalchemy', "
        "'presidio_analyzer', 'numpy') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT)
    assert result.returncode == 0
    assert result.stdout.decode().strip() == ""


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),
        ("draft",),
        ("draft", "r.json", "--engine", "magic"),
        ("check", "m.txt", "--kind", "sonnet"),
        ("principles", "search"),
        ("principles", "search", "q", "-k", "many"),
    ],
)
def test_usage_errors_are_one_line_exit_2(args: tuple[str, ...]) -> None:
    result = outreach(*args)
    assert result.returncode == 2
    err = result.stderr.decode().strip()
    assert err.startswith("outreach")
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err


PAGING = [  # (arguments after `list`, expected (limit, offset, json)) or None: a usage error
    ((), (1000, 0, False)),
    (("--limit", "10", "--offset", "20", "--json"), (10, 20, True)),
    (("--limit", "0"), (0, 0, False)),
    (("--limit", "-1"), None),
    (("--offset", "two"), None),
]


@pytest.mark.parametrize("command", ["contacts", "drafts"])
@pytest.mark.parametrize(("extra", "expected"), PAGING)
def test_every_list_command_pages_the_same_way(
    command: str, extra: tuple[str, ...], expected: tuple[int, int, bool] | None,
) -> None:
    from assistant.cli import build_parser

    if expected is None:
        with pytest.raises(SystemExit) as stop:
            build_parser().parse_args([command, "list", *extra])
        assert stop.value.code == 2
        return
    args = build_parser().parse_args([command, "list", *extra])
    assert (args.limit, args.offset, args.json) == expected
