"""`outreach principles` and `outreach index` as a user runs them: a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.index.conftest import write_principle

OUTREACH = Path(sys.executable).parent / "outreach"


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(OUTREACH), *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )


@pytest.fixture
def env(tmp_path: Path, small_knowledge: Path) -> dict[str, str]:
    return {**os.environ, "OUTREACH_DATA_DIR": str(tmp_path / "data"),
            "OUTREACH_KNOWLEDGE_DIR": str(small_knowledge)}


def test_index_then_search_json(env: dict[str, str]) -> None:
    built = run("index", "--json", env=env)
    assert built.returncode == 0, built.stderr
    report = json.loads(built.stdout)
    assert (report["added"], report["total"]) == (4, 4)
    again = json.loads(run("index", "--json", env=env).stdout)
    assert again["unchanged"] == 4 and again["added"] == 0

    found = run("principles", "search", "who puts my name forward?", "-k", "2",
                "--json", env=env)
    assert found.returncode == 0, found.stderr
    results = json.loads(found.stdout)["results"]
    assert len(results) == 2
    assert set(results[0]) == {"id", "title", "text", "score"}
    assert results[0]["id"] == "mentor-vs-sponsor"


def test_search_builds_index_on_first_use_and_prints_for_people(env: dict[str, str]) -> None:
    out = run("principles", "search", "LinkedIn connection request", "--kind", "linkedin_note",
              env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("1. Personalize every LinkedIn connection note\n")
    assert "id: linkedin-personalized-note" in out.stdout


def test_list(env: dict[str, str]) -> None:
    out = run("principles", "list", "--json", env=env)
    assert out.returncode == 0, out.stderr
    ids = [p["id"] for p in json.loads(out.stdout)["principles"]]
    assert "follow-up-within-72-hours" in ids and len(ids) == 4
    human = run("principles", "list", env=env)
    assert human.stdout.rstrip().endswith("4 principles")


@pytest.mark.parametrize(
    ("args", "field"),
    [(["-k", "0"], "-k"), (["-k", "51"], "-k"), (["-k", "x"], "-k"), (["--kind", "memo"], "kind")],
)
def test_bad_arguments_exit_2_with_one_line(env: dict[str, str], args: list[str], field: str):
    out = run("principles", "search", "mentor", *args, env=env)
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and field in lines[0] and "Traceback" not in out.stderr


def test_empty_question_exits_2(env: dict[str, str]) -> None:
    out = run("principles", "search", "  ", env=env)
    assert out.returncode == 2
    assert out.stderr.strip() == "outreach: question: the question is empty"


def test_malformed_knowledge_is_one_line_not_a_traceback(env: dict[str, str]) -> None:
    Path(env["OUTREACH_KNOWLEDGE_DIR"], "principles", "bad.md").write_text("---\nid: [\n---\nx\n")
    out = run("index", env=env)
    assert out.returncode == 1
    assert len(out.stderr.strip().splitlines()) == 1
    assert "bad.md" in out.stderr and "Traceback" not in out.stderr


def test_index_human_report_and_rebuild(env: dict[str, str]) -> None:
    first = run("index", env=env)
    assert first.returncode == 0, first.stderr
    assert "4 added, 0 updated, 0 removed, 0 unchanged" in first.stdout
    rebuilt = run("index", "--rebuild", "--json", env=env)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert json.loads(rebuilt.stdout)["added"] == 4


def test_search_the_real_knowledge_base(built_index) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "OUTREACH_DATA_DIR": str(built_index.data_dir)}
    env.pop("OUTREACH_KNOWLEDGE_DIR", None)
    out = run("principles", "search", "How soon should I send a follow-up after meeting someone?",
              "-k", "3", "--kind", "follow_up", "--json", env=env)
    assert out.returncode == 0, out.stderr
    ids = [r["id"] for r in json.loads(out.stdout)["results"]]
    assert len(ids) == 3 and "follow-up-within-72-hours" in ids


FIRST_BUILD = "outreach: Building the principles index (first run only)…\n"


def test_first_build_says_so_on_stderr_once(env: dict[str, str], small_knowledge: Path) -> None:
    """The first draft embeds every principle (tens of seconds on the real guide): one line on
    stderr says why it waits; stdout stays one JSON object, and a warm run says nothing."""
    request = json.dumps({"kind": "follow_up", "contact": {"name": "Dr. Kim Ito"},
                          "meeting": {"event": "SGIM", "topics": ["QI"]}})
    first = subprocess.run([str(OUTREACH), "draft", "-", "--json"], input=request,
                           capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert first.returncode == 0, first.stderr
    assert first.stderr == FIRST_BUILD
    assert json.loads(first.stdout)["principles"]
    warm = run("principles", "search", "mentor", "--json", env=env)
    assert (warm.returncode, warm.stderr) == (0, "")
    assert json.loads(warm.stdout)["results"]

    write_principle(small_knowledge, "thank-the-sponsor", "Thank a sponsor", "mentorship",
                    ["update"], "mentorship", "Tell a sponsor what came of the opportunity.")
    changed = run("principles", "search", "sponsor", "--json", env=env)
    assert changed.returncode == 0, changed.stderr
    assert changed.stderr == "outreach: Updating the principles index (the guide changed)…\n"


def test_an_explicit_index_build_prints_no_progress_line(env: dict[str, str]) -> None:
    built = run("index", "--json", env=env)
    assert (built.returncode, built.stderr) == (0, "")
