"""The README's command-line summary is what a newcomer types first: every line of it, with
every option it shows, must be a command the CLI accepts."""

from __future__ import annotations

import re
import shlex

import pytest

from assistant.cli import build_parser
from tests.conftest import ROOT

# What the summary writes for a value the reader chooses.
PLACEHOLDERS = {"KIND": "follow_up", "CHANNEL": "email", "ID": "1", "T": "sepsis", "S": "call"}


def _summary() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Command line", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block is not None
    lines = []
    for line in block.group(1).splitlines():
        line = re.sub(r"\s+#.*$", "", line).strip()
        for command in line.split(" | "):  # "a | b": two commands on one line
            if command.startswith("outreach "):
                lines.append(command)
    return lines


def _as_typed(line: str) -> list[str]:
    """The line with every optional part written out: "[-k 5]" -> "-k 5", "auto|offline|llm"
    -> "auto", "..." dropped, placeholders filled in."""
    line = line.replace("...", "").replace("[", "").replace("]", "")
    words = []
    for word in shlex.split(line)[1:]:
        word = word.split("|")[0] if "|" in word and not word.startswith("-") else word
        words.append(PLACEHOLDERS.get(word, word))
    return words


@pytest.mark.parametrize("line", _summary())
def test_every_command_the_readme_shows_parses(line: str) -> None:
    build_parser().parse_args(_as_typed(line))


def test_the_summary_names_every_command() -> None:
    said = {_as_typed(line)[0] for line in _summary()}
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")  # noqa: SLF001
    assert set(sub.choices) <= said
