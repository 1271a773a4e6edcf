"""`outreach contacts import|list` and `outreach due`: exit codes, JSON shapes, one-line errors.

A few run as real processes; the error table runs through `main()` (the same code path) to
keep the suite fast."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from assistant.cli import main
from tests.conftest import ROOT


def outreach(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args], capture_output=True, text=True,
        encoding="utf-8", env=env, timeout=60,
    )


def test_import_list_and_reimport_as_processes(connections_csv):
    first = outreach("contacts", "import", str(connections_csv), "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert set(report) == {"imported", "skipped", "total"}
    assert (report["imported"], report["total"]) == (9, 13)
    assert {"row": 11, "reason": "missing name"} in report["skipped"]

    again = json.loads(outreach("contacts", "import", str(connections_csv), "--json").stdout)
    assert again["imported"] == 0 and len(again["skipped"]) == 13

    listed = outreach("contacts", "list", "--json")
    assert listed.returncode == 0
    contacts = json.loads(listed.stdout)["contacts"]
    assert len(contacts) == 9
    assert {"Zoë Łukasiewicz", "José Núñez"} <= {c["name"] for c in contacts}
    zoe = next(c for c in contacts if c["name"] == "Zoë Łukasiewicz")
    assert zoe["connected_on"] == "2025-01-03" and zoe["relationship"] == "new"

    human = outreach("contacts", "import", str(connections_csv))
    assert human.returncode == 0
    assert human.stdout.startswith("Imported 0 of 13 rows; skipped 13.")
    assert "row 17: malformed date" in human.stdout


def test_due_json_and_ics_as_a_process(store, tmp_path):
    from assistant.storage import ContactRecord, InteractionRecord

    cid = store.add_contact(ContactRecord(name="Dr. Ana Lima", relationship="met_once"))
    store.add_interaction(InteractionRecord(contact_id=cid, date=date(2026, 3, 2), type="met",
                                            event="SGIM", topics=["QI"]))
    ics = tmp_path / "due.ics"
    result = outreach("due", "--today", "2026-03-06", "--ics", str(ics), "--json")
    assert result.returncode == 0, result.stderr
    (item,) = json.loads(result.stdout)["due"]
    keys = {"contact_id", "contact", "reason", "kind", "due_date", "overdue", "request"}
    assert keys <= set(item)
    assert item["contact_id"] == cid
    assert (item["kind"], item["due_date"], item["overdue"]) == ("follow_up", "2026-03-05", True)
    assert item["request"]["meeting"] == {"event": "SGIM", "date": "2026-03-02", "topics": ["QI"]}
    (event,) = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Follow up with Dr. Ana Lima"

    human = outreach("due", "--today", "2026-03-03")
    assert human.returncode == 0
    assert human.stdout.startswith("due      2026-03-05  Dr. Ana Lima: Met at SGIM")


def test_nothing_due(capsys):
    assert main(["due", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"due": []}
    assert main(["due"]) == 0
    assert capsys.readouterr().out == "Nothing is due.\n"


def test_empty_contact_list(capsys):
    assert main(["contacts", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"contacts": []}


def test_generic_csv_with_map(tmp_path, capsys):
    path = tmp_path / "people.csv"
    path.write_text("Full Name,E-mail\n\"Lima, Ana\",ana@example.org\n", encoding="utf-8")
    code = main(["contacts", "import", str(path), "--map", "name=Full Name",
                 "--map", "email=E-mail", "--json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out) == {"imported": 1, "skipped": [], "total": 1}


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["contacts", "import", "missing.csv"], "file: file not found: missing.csv"),
        (["contacts", "import", "{dir}"], "file: is a directory"),
        (["contacts", "import", "{notcsv}"], "file: no header row found"),
        (["contacts", "import", "{latin1}"], "file: not UTF-8 text (byte 0xeb"),
        (["contacts", "import", "{ok}", "--map", "phone=Phone"], "--map: unknown field 'phone'"),
        (["contacts", "import", "{ok}", "--map", "name"], "--map: expected FIELD=COLUMN"),
        (["contacts", "import", "{ok}", "--map", "name=Nom"], "--map: no header row names"),
        (["due", "--today", "2026-13-01"], "--today: expected a date as YYYY-MM-DD"),
        (["due", "--today", "tomorrow"], "--today: expected a date as YYYY-MM-DD"),
        (["due", "--ics", "{dir}/no/such/dir/x.ics"], "--ics: cannot write"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, argv, message):
    files = {
        "dir": str(tmp_path),
        "notcsv": _write(tmp_path, "x.csv", b"{\"contacts\": [1, 2]}\n"),
        "latin1": _write(tmp_path, "l.csv", "Name\nZo\u00eb\n".encode("latin-1")),
        "ok": _write(tmp_path, "ok.csv", b"Name\nAna\n"),
    }
    argv = [a.format(**files) for a in argv]
    assert main(argv) == 2
    captured = capsys.readouterr()
    err = captured.err
    assert err.count("\n") == 1, err
    assert err.startswith(f"outreach: {message}"), err
    assert captured.out == ""
