"""Row 12: stored strings holding terminal escape codes (from an imported CSV or anywhere else)
are printed without them by `contacts list`, `due` and every human CLI output. Real processes."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from assistant.terminal import one_line, safe
from tests.security.cli import outreach

TITLE = "\x1b]0;pwned\x07"  # retitles the terminal
CLEAR = "\x1b[2J\x1b[H"  # clears the screen
CSI8 = "\x9b31m"  # the 8-bit CSI
BIDI = "\u202e"  # right-to-left override
DANGER = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize(("raw", "shown"), [
    (f"Ana{TITLE} Lima", "Ana Lima"),
    (f"{CLEAR}Dr. Ana Lima", "Dr. Ana Lima"),
    (f"Lima{CSI8}", "Lima"),
    (f"Ana{BIDI}Lima", "AnaLima"),
    ("Ana\rEVIL", "Ana EVIL"),  # a carriage return may not overwrite the line
    ("Zoë Ça\u00a0Đặng", "Zoë Ça Đặng"),  # letters of any script stay; any space is one
])
def test_one_line(raw: str, shown: str) -> None:
    assert one_line(raw) == shown


def test_safe_keeps_lines_and_tabs() -> None:
    assert safe(f"a\tb\nc{CLEAR}d\r\n") == "a\tb\ncd\n"


def test_contacts_list_and_due_print_no_escape_codes(tmp_path: Path) -> None:
    from assistant.config import Settings
    from assistant.storage import ContactRecord, InteractionRecord, Store

    data = tmp_path / "data"
    csv = tmp_path / "people.csv"
    csv.write_text(f"Name,Company\n\"Ana{TITLE} Lima\",\"{CLEAR}Hopkins{CSI8}\"\n",
                   encoding="utf-8")
    env = {"OUTREACH_DATA_DIR": str(data)}
    imported = outreach("contacts", "import", str(csv), "--map", "name=Name",
                        "--map", "institution=Company", env=env)
    assert imported.returncode == 0, imported.stderr

    store = Store(Settings(data_dir=data, _env_file=None))  # stored as-is, whatever the importer
    cid = store.add_contact(ContactRecord(name=f"Ben{BIDI} Ode\x1b[8m", relationship="met_once"))
    store.add_interaction(InteractionRecord(contact_id=cid, date=date(2026, 3, 2), type="met",
                                            event=f"SGIM{TITLE}", topics=["QI"]))

    listed = outreach("contacts", "list", env=env)
    due = outreach("due", "--today", "2026-03-03", env=env)
    for result in (listed, due):
        assert result.returncode == 0, result.stderr
        assert not DANGER.search(result.stdout), repr(result.stdout)
    # The store may strip control characters itself (what is left of a sequence is text);
    # either way the names are printed and nothing reaches the terminal as a control.
    assert "Lima" in listed.stdout and "Hopkins" in listed.stdout
    assert "Ben" in listed.stdout and "Ode" in listed.stdout
    assert "Met at SGIM" in due.stdout


def test_check_output_and_errors_print_no_escape_codes(tmp_path: Path) -> None:
    message = tmp_path / f"note{TITLE}.txt"
    message.write_text(f"Hi Ana,{CLEAR}\n\nThanks{TITLE} for the chat.\n\nBest,\nBen\n",
                       encoding="utf-8")
    checked = outreach("check", str(message))
    assert checked.returncode in (0, 1) and not DANGER.search(checked.stdout)
    missing = outreach("check", str(tmp_path / f"missing{CLEAR}.txt"))
    assert missing.returncode == 2 and not DANGER.search(missing.stderr.rstrip("\n"))
