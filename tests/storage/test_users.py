"""Two users on one database through the command line (real processes): each sees only their
own contacts, drafts and due items, cannot open the other's draft by id, and exports or
deletes only their own data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def outreach(user: str | None, *args: str, env: dict[str, str],
             stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, **env}
    full.pop("OUTREACH_USER", None)
    if user is not None:
        full["OUTREACH_USER"] = user
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True,
                          text=True, env=full, input=stdin, timeout=300)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"OUTREACH_DATA_DIR": str(tmp_path / "data")}


def test_two_users_see_only_their_own_rows(tmp_path: Path, env: dict[str, str]) -> None:
    csv = tmp_path / "contacts.csv"
    csv.write_text("Name,Email\n" + "".join(f"Dr. Contact {n},c{n}@example.org\n"
                                            for n in range(50)))
    imported = outreach("ana", "contacts", "import", str(csv), "--json", env=env)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["imported"] == 50
    request = json.dumps({"kind": "follow_up", "contact": {"name": "Dr. Contact 3"},
                          "meeting": {"event": "SGIM 2026", "topics": ["QI"]}})
    for _ in range(2):
        drafted = outreach("ana", "draft", "-", "--engine", "offline", "--save", env=env,
                           stdin=request)
        assert drafted.returncode == 0, drafted.stderr
    ana_drafts = json.loads(outreach("ana", "drafts", "list", "--json", env=env).stdout)["drafts"]
    assert len(ana_drafts) == 2
    ana_id = ana_drafts[0]["id"]
    assert outreach("ana", "drafts", "show", str(ana_id), env=env).returncode == 0

    ben = json.loads(outreach("ben", "contacts", "list", "--json", env=env).stdout)
    assert ben == {"contacts": []}
    assert json.loads(outreach("ben", "drafts", "list", "--json", env=env).stdout) == {
        "drafts": []}
    shown = outreach("ben", "drafts", "show", str(ana_id), "--json", env=env)
    assert shown.returncode == 2 and shown.stdout == ""
    assert shown.stderr == f"outreach: ID: no draft #{ana_id} in your history\n"
    # the same file imported by ben is ben's own 50: uniqueness is per user
    assert json.loads(outreach("ben", "contacts", "import", str(csv), "--json",
                               env=env).stdout)["imported"] == 50
    # the single-user default `local` is a third user
    assert json.loads(outreach(None, "contacts", "list", "--json", env=env).stdout) == {
        "contacts": []}

    exported = tmp_path / "ben.json"
    assert outreach("ben", "export", str(exported), env=env).returncode == 0
    data = json.loads(exported.read_text())
    assert data["user"] == "ben" and data["drafts"] == [] and len(data["contacts"]) == 50
    assert outreach("ben", "delete-my-data", env=env).returncode == 2  # needs --yes
    deleted = outreach("ben", "delete-my-data", "--yes", env=env)
    assert deleted.returncode == 0 and "50 contacts" in deleted.stdout
    assert len(json.loads(outreach("ana", "contacts", "list", "--json",
                                   env=env).stdout)["contacts"]) == 50
    assert len(json.loads(outreach("ana", "drafts", "list", "--json",
                                   env=env).stdout)["drafts"]) == 2


def test_contacts_list_pages(tmp_path: Path, env: dict[str, str]) -> None:
    csv = tmp_path / "contacts.csv"
    csv.write_text("Name\n" + "".join(f"Person {n:02d}\n" for n in range(25)))
    assert outreach(None, "contacts", "import", str(csv), env=env).returncode == 0
    page = json.loads(outreach(None, "contacts", "list", "--limit", "10", "--offset", "20",
                               "--json", env=env).stdout)["contacts"]
    assert [c["name"] for c in page] == [f"Person {n}" for n in range(20, 25)]
    human = outreach(None, "contacts", "list", "--limit", "10", env=env).stdout
    assert human.count("Person") == 10 and "Contacts 1–10 of 25; --offset 10 for more." in human
    bad = outreach(None, "contacts", "list", "--limit", "-1", env=env)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
