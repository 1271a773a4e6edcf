"""`outreach conference import|suggest` and `outreach next` as real processes: exit codes, JSON
shapes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.contract.conftest import Outreach, assert_input_error

SMALL = """Title,Type,Speaker,Role,Institution,Date,Start,End,Room,Abstract
Starting Buprenorphine in the Hospital,Workshop,"Luis Ortega, MD",Fellowship Director\
 Addiction Medicine,Mesa Verde Health,2027-04-16,08:00,09:15,Room 201,An addiction consult \
service started buprenorphine for opioid use disorder during admission.
Starting Buprenorphine in the Hospital,Workshop,"Ana Ruiz, MD",Researcher,Bayview Health,\
2027-04-16,08:00,09:15,Room 201,An addiction consult service started buprenorphine.
Gout on the Medicine Service,Clinical Update,"Mei Chen, MD",Associate Professor,Northlake,\
2027-04-16,10:00,11:00,Room 202,Treating acute gout in hospitalised patients.
Heat Waves and Hospital Admissions,Panel,"Omar Haddad, PhD",Researcher,Cascadia University,\
2027-04-17,13:30,14:45,Salon 1,Extreme heat days raised admissions for kidney injury.
No Title Row,,,,,2027-13-01,08:00,09:00,Room 1,bad date
"""
PROFILE = {"name": "Luis O", "role": "PGY-3 resident", "program": "Mesa Verde IM",
           "interests": ["bupe inductions", "harm reduction"],
           "goals": "addiction medicine fellowship"}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Outreach:
    return Outreach(tmp_path_factory.mktemp("conference") / "data")


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("conference-files")
    paths = {}
    for name, content in {
        "program.csv": SMALL, "profile.json": json.dumps(PROFILE),
        "bad-profile.json": json.dumps({**PROFILE, "hobbies": ["golf"]}),
        "no-interests.json": json.dumps({"name": "Luis O", "interests": [" "]}),
        "not-json.json": "{interests: sepsis", "empty.csv": "",
        "notes.txt": "remember to pack\nbuy coffee\n",
    }.items():
        (folder / name).write_text(content, encoding="utf-8")
        paths[name] = str(folder / name)
    return paths


def test_import_then_suggest(run: Outreach, files: dict[str, str]) -> None:
    report = run.json("conference", "import", files["program.csv"], "--name", "SAM 2027",
                      "--json")
    assert report == {
        "conference": "SAM 2027", "sessions": 3, "people": 4, "total": 5,
        "skipped": [{"row": 6, "reason": "malformed date '2027-13-01' (expected YYYY-MM-DD)"}],
    }
    out = run.json("conference", "suggest", "sam 2027", "-k", "2", "--profile",
                   files["profile.json"], "--json")
    suggestions = out["suggestions"]
    assert len(suggestions) == 2
    for s in suggestions:
        assert {"name", "institution", "sessions", "reason", "score"} <= s.keys()
        assert s["sessions"][0]["title"] == "Starting Buprenorphine in the Hospital"
        assert "bupe inductions" in s["reason"] or "your goal" in s["reason"]
    assert suggestions[0]["name"] == "Luis Ortega"  # the fellowship the goal names
    text = run("conference", "suggest", "SAM 2027", "-k", "1", "--profile",
               files["profile.json"])
    assert text.returncode == 0 and "why: " in text.stdout


@pytest.mark.parametrize(("args", "names"), [
    (("conference", "import", "{empty.csv}", "--name", "X"), ("file", "empty")),
    (("conference", "import", "{notes.txt}", "--name", "X"), ("file", "no sessions")),
    (("conference", "import", "/nonexistent/p.csv", "--name", "X"), ("file", "not found")),
    (("conference", "import", "{program.csv}", "--name", "X", "--map", "nope=Col"),
     ("--map", "unknown field")),
    (("conference", "import", "{program.csv}", "--name", "  "), ("--name",)),
    (("conference", "suggest", "Never Imported", "--profile", "{profile.json}"),
     ("no conference named",)),
    (("conference", "suggest", "SAM 2027", "--profile", "{bad-profile.json}"),
     ("hobbies", "unknown field")),
    (("conference", "suggest", "SAM 2027", "--profile", "{not-json.json}"),
     ("--profile", "invalid JSON")),
    (("conference", "suggest", "SAM 2027", "-k", "0"), ("-k",)),
    (("conference", "suggest", "SAM 2027"),  # the command line's way to give a profile
     ("profile", "interests or goals", "--profile me.json", '{"interests": [')),
    (("conference", "suggest", "SAM 2027", "--profile", "{no-interests.json}"),
     ("--profile", "the file has no interests or goals", '{"interests": [')),
    (("next", "--today", "tomorrow"), ("--today",)),
])
def test_bad_input_is_one_line(run: Outreach, files: dict[str, str], args: tuple[str, ...],
                               names: tuple[str, ...]) -> None:
    if "SAM 2027" in args:
        run.json("conference", "import", files["program.csv"], "--name", "SAM 2027", "--json")
    argv = [files[a[1:-1]] if a.startswith("{") else a for a in args]
    assert_input_error(run(*argv), *names)


@pytest.mark.parametrize(("env", "names"), [
    ({"OUTREACH_IMPORT_MAX_ROWS": "10"}, ("file", "import limit of 10 rows",
                                          "OUTREACH_IMPORT_MAX_ROWS")),
    ({"OUTREACH_IMPORT_MAX_MB": "0.005"}, ("file", "OUTREACH_IMPORT_MAX_MB")),
])
def test_a_program_over_the_import_limits_is_refused(
        run: Outreach, files: dict[str, str], tmp_path: Path, env: dict[str, str],
        names: tuple[str, ...]) -> None:
    """The contacts import's limits hold for programs too: a 400,000-session file would
    otherwise take minutes and a gigabyte before anything is said."""
    big = tmp_path / "big.csv"
    rows = [f"Talk {n},Panel,\"Ana Ruiz{n}, MD\",Researcher,Bayview,2027-04-16,08:00,09:00,"
            f"Room {n},An abstract of a talk." for n in range(100)]
    big.write_text(SMALL.splitlines()[0] + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = run("conference", "import", str(big), "--name", "Too Big", env=env)
    assert_input_error(result, *names)
    listed = run("conference", "suggest", "Too Big", "--profile", files["profile.json"])
    assert listed.returncode == 2 and "no conference named 'Too Big'" in listed.stderr


def test_human_output_prints_no_escape_codes(run: Outreach, tmp_path: Path) -> None:
    import re

    program = tmp_path / "evil.csv"
    program.write_text(
        "Title,Speaker,Institution,Abstract\n"
        "\"Buprenorphine\x1b]0;pwned\x07 Starts\",\"Ana\u202eRuiz, MD\",\"Bay\x1b[2Jview\","
        "\"Starting buprenorphine\x9b31m in the hospital for opioid use disorder.\"\n",
        encoding="utf-8")
    imported = run("conference", "import", str(program), "--name", "Evil\x1b[8m Meeting")
    assert imported.returncode == 0, imported.stderr
    (tmp_path / "p.json").write_text(json.dumps(PROFILE), encoding="utf-8")
    shown = run("conference", "suggest", "Evil\x1b[8m Meeting", "--profile",
                str(tmp_path / "p.json"))
    assert shown.returncode == 0, shown.stderr
    danger = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
    for result in (imported, shown):
        assert not danger.search(result.stdout), repr(result.stdout)
    assert "Bayview" in shown.stdout


def test_next_lists_due_and_warm_contacts(run: Outreach, tmp_path: Path) -> None:
    from assistant.config import Settings
    from assistant.models import Sender
    from assistant.storage import Store
    from assistant.storage.records import ContactRecord, InteractionRecord

    store = Store(Settings(data_dir=run.data_dir, _env_file=None))
    store.save_profile(Sender(name="Luis O", interests=["harm reduction"],
                              goals="addiction medicine fellowship"))
    mentor = store.add_contact(ContactRecord(name="Dr. Ruth Abrams", relationship="mentor",
                                             connected_on=None))
    store.add_interaction(InteractionRecord(contact_id=mentor, date="2026-01-05", type="meeting"))
    store.add_contact(ContactRecord(
        name="Dr. Ibrahim Bello", relationship="met_once", title="Addiction medicine attending",
        institution="Mesa Verde Health", notes="runs the addiction consult service"))
    store.add_contact(ContactRecord(name="Dr. Hana Sato", relationship="peer",
                                    title="Dermatology resident"))
    store.engine.dispose()
    out = run.json("next", "--today", "2026-11-29", "--json")
    rules = {(i["contact"], i["rule"]) for i in out["next"]}
    assert ("Dr. Ruth Abrams", "update_owed") in rules
    assert ("Dr. Ibrahim Bello", "warm_relevant") in rules
    assert all(i["contact"] != "Dr. Hana Sato" for i in out["next"])
    warm = next(i for i in out["next"] if i["rule"] == "warm_relevant")
    assert "addiction" in warm["reason"].lower() and warm["request"]["kind"] == "update"
    assert warm["request"]["contact"]["name"] == "Dr. Ibrahim Bello"
    for item in out["next"]:
        assert {"contact_id", "contact", "rule", "reason", "kind", "due_date", "overdue",
                "request"} == item.keys()
