"""The store enforces what the importer promises, probed from outside with real processes:
concurrent `outreach contacts import` of one file, hostile cells (NUL, control characters,
over-long fields) on SQLite and on a real PostgreSQL server, and files far too big.

Each test reproduces a probe that once failed: 15,000 contacts from three imports of a 5,000-row
file; `internal error: DataError ... varchar(300)` with the SQL in the message on PostgreSQL
where SQLite imported the row; NULs stored; a 1,000,000-row file taking 101 s and 3.4 GB while
drafts failed with `database is locked`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

OUTREACH = [sys.executable, "-m", "assistant"]
SQL_WORDS = ("INSERT", "SELECT", "UPDATE", "varchar", "DataError", "Traceback", "[SQL")


def run(*args: str, env: dict[str, str], stdin: str | None = None,
        timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*OUTREACH, *args], capture_output=True, text=True, input=stdin,
                          env={**os.environ, **env}, timeout=timeout)


def people_csv(path: Path, rows: int) -> Path:
    """LinkedIn's columns; a third of the rows with an email, a third with only a LinkedIn URL,
    a third with neither (told apart by name alone)."""
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    for n in range(rows):
        email = f"person{n}@example.org" if n % 3 == 0 else ""
        url = f"https://www.linkedin.com/in/person-{n}" if n % 3 == 1 else ""
        lines.append(f"Ana{n},Lima,{url},{email},Riverside Hospital,Resident,12 Nov 2024")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def count_contacts(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM contacts")).scalar()
    engine.dispose()
    return int(count or 0)


def sqlite_env(tmp_path: Path) -> tuple[dict[str, str], str]:
    data = tmp_path / "data"
    return {"OUTREACH_DATA_DIR": str(data)}, f"sqlite:///{data / 'outreach.db'}"


# -- row 4: three concurrent imports of one 5,000-row file give 5,000 contacts ------------------
def _three_imports_at_once(csv: Path, env: dict[str, str]) -> list[dict]:
    # one process creates the schema first, so the three race on the import, not on setup
    assert run("db", "upgrade", env=env).returncode == 0
    procs = [subprocess.Popen([*OUTREACH, "contacts", "import", str(csv), "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, **env}) for _ in range(3)]
    reports = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        reports.append(json.loads(out))
    return reports


def test_three_concurrent_imports_give_each_contact_once_on_sqlite(tmp_path: Path) -> None:
    env, url = sqlite_env(tmp_path)
    reports = _three_imports_at_once(people_csv(tmp_path / "c.csv", 5000), env)
    assert sum(r["imported"] for r in reports) == 5000
    assert all(r["imported"] + len(r["skipped"]) == r["total"] == 5000 for r in reports)
    assert count_contacts(url) == 5000


@pytest.mark.server
def test_three_concurrent_imports_give_each_contact_once_on_postgresql(
        tmp_path: Path, postgres_url: str) -> None:
    env = {"OUTREACH_DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": postgres_url}
    reports = _three_imports_at_once(people_csv(tmp_path / "c.csv", 5000), env)
    assert sum(r["imported"] for r in reports) == 5000
    assert count_contacts(postgres_url) == 5000


def test_the_unique_keys_hold_in_the_schema_itself(tmp_path: Path) -> None:
    """Even a writer that skips the importer's check cannot add a second contact with the
    same email, LinkedIn URL, or (with neither) name key for the same user."""
    from sqlalchemy.exc import IntegrityError

    from assistant.config import Settings
    from assistant.storage import ContactRecord, Store

    store = Store(Settings(data_dir=tmp_path / "data", _env_file=None))
    store.add_contacts([ContactRecord(name="Ada Okafor", email="ada@example.org"),
                        ContactRecord(name="Zoë Ward", linkedin_url="linkedin.com/in/zw"),
                        ContactRecord(name="王芳")])
    for twin in (ContactRecord(name="A. Okafor", email=" ADA@example.org"),
                 ContactRecord(name="Z. Ward", linkedin_url="https://www.linkedin.com/in/zw/"),
                 ContactRecord(name="王芳")):
        with pytest.raises(IntegrityError):
            store.add_contact(twin)
    other = Store(store.settings, "ben", store.db)  # another user may hold the same keys
    assert len(other.add_contacts([ContactRecord(name="王芳", email="ada@example.org")])) == 1
    store.engine.dispose()


# -- rows 7 and 13: hostile cells give the same result on SQLite and PostgreSQL -----------------
def hostile_csv(path: Path) -> Path:
    lines = ["Name,Email,Company,Notes"]
    lines += [f"Good Person {n},good{n}@example.org,Riverside,fine" for n in range(500)]
    lines.insert(101, f"{'X' * 400},long@example.org,Riverside,a 400-character name")
    lines.insert(202, "Nul\x00 Person,nul@example.org,River\x00side,has \x00 NULs")
    lines.insert(303, "Esc Person,esc@example.org,\x1b]0;pwned\x07Riverside,\x1b[2Jcleared")
    lines.insert(404, f"Long Company,lc@example.org,{'C' * 301},x")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _hostile_import(env: dict[str, str], url: str, csv: Path) -> dict:
    result = run("contacts", "import", str(csv), "--json", env=env)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert not any(word in result.stdout for word in SQL_WORDS)
    report = json.loads(result.stdout)
    engine = create_engine(url)
    with engine.connect() as conn:
        stored = conn.execute(text(
            "SELECT name, institution, notes FROM contacts ORDER BY name")).all()
    engine.dispose()
    cells = [cell or "" for row in stored for cell in row]
    assert not any(ch in cell for cell in cells for ch in "\x00\x1b\x07")
    assert ("Nul Person", "Riverside", "has NULs") in stored
    assert ("Esc Person", "Riverside", "cleared") in stored  # whole escape sequences removed
    return report


@pytest.mark.server
def test_hostile_cells_give_the_same_result_on_sqlite_and_postgresql(
        tmp_path: Path, postgres_url: str) -> None:
    csv = hostile_csv(tmp_path / "hostile.csv")
    env, url = sqlite_env(tmp_path)
    on_sqlite = _hostile_import(env, url, csv)
    on_postgres = _hostile_import({**env, "DATABASE_URL": postgres_url}, postgres_url, csv)
    assert on_sqlite == on_postgres
    assert on_sqlite["imported"] == 502 and on_sqlite["total"] == 504
    assert on_sqlite["skipped"] == [
        {"row": 102, "reason": "name is 400 characters (at most 300)"},
        {"row": 405, "reason": "institution is 301 characters (at most 300)"},
    ]


def test_hostile_cells_on_sqlite(tmp_path: Path) -> None:
    """The same probe where PostgreSQL is not installed: SQLite alone."""
    env, url = sqlite_env(tmp_path)
    report = _hostile_import(env, url, hostile_csv(tmp_path / "hostile.csv"))
    assert report["imported"] == 502 and len(report["skipped"]) == 2


# -- row 9: a million rows: refused quickly by default, bounded memory when allowed -------------
def test_a_million_row_file_is_refused_in_seconds(tmp_path: Path) -> None:
    big = tmp_path / "million.csv"
    with big.open("w", encoding="utf-8") as out:
        out.write("Name\n")
        out.writelines(f"P{n}\n" for n in range(1_000_000))  # 7 MB: under the size limit
    env, _url = sqlite_env(tmp_path)
    started = time.perf_counter()
    result = run("contacts", "import", str(big), env=env)
    seconds = time.perf_counter() - started
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == ("outreach: file: more than the import limit of 50,000 rows "
                             "(raise it with OUTREACH_IMPORT_MAX_ROWS)\n")
    assert seconds <= 5, seconds
    too_big = tmp_path / "big.csv"
    too_big.write_bytes(b"Name\n" + b"x" * 21_000_000)
    result = run("contacts", "import", str(too_big), env=env)
    assert result.returncode == 2 and "over the import limit of 20 MB" in result.stderr
    assert "OUTREACH_IMPORT_MAX_MB" in result.stderr


def test_a_large_import_streams_in_bounded_memory_while_drafts_are_saved(
        tmp_path: Path) -> None:
    """30,000 rows with the row limit raised: the peak memory stays far below what the whole
    file would take, and a draft saved during the import is saved (short write
    transactions, not one that holds the file's lock for the whole import)."""
    rows = 30_000
    csv = people_csv(tmp_path / "big.csv", rows)
    env, url = sqlite_env(tmp_path)
    env.update(OUTREACH_IMPORT_MAX_ROWS=str(rows))
    assert run("db", "upgrade", env=env).returncode == 0
    # A small parent starts the import and reports its peak: a child forked from this large
    # test process would inherit the parent's peak in ru_maxrss.
    measure = ("import json, resource, subprocess, sys; "
               "p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
               "print(json.dumps({'rc': p.returncode, 'out': p.stdout, 'err': p.stderr, "
               "'peak_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))")
    proc = subprocess.Popen([sys.executable, "-c", measure, *OUTREACH, "contacts", "import",
                             str(csv), "--json"], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, **env})
    request = json.dumps({"kind": "follow_up", "contact": {"name": "Dr. Ada Okafor"},
                          "meeting": {"event": "SGIM 2026", "topics": ["QI"]}})
    drafted: list[subprocess.CompletedProcess[str]] = []
    while proc.poll() is None and len(drafted) < 3:  # drafts saved while the import runs
        drafted.append(run("draft", "-", "--engine", "offline", "--save", env=env,
                           stdin=request))
    result = json.loads(proc.communicate(timeout=600)[0])
    assert result["rc"] == 0, result["err"]
    assert json.loads(result["out"])["imported"] == rows
    assert drafted and all(d.returncode == 0 for d in drafted), [d.stderr for d in drafted]
    peak_mb = result["peak_kb"] / 1024
    assert peak_mb < 250, peak_mb  # the whole import, parsed at once, took about 3.4 KB a row
    listed = run("contacts", "list", "--limit", "20", "--offset", "100", env=env)
    assert listed.returncode == 0 and listed.stdout.count("\n") == 21
    assert count_contacts(url) == rows + 1  # and the contact the drafts were for
