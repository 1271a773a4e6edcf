"""Row 11 (CLI side): a broken database, data directory or index is one line naming the
setting or file, with no SQL and no "Background on this error" link; dates outside a sane
range exit 2; `outreach index --rebuild` recovers from a corrupt index. Real processes."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.config import Settings
from tests.conftest import ROOT
from tests.security.cli import outreach


def _one_clean_line(stderr: str) -> str:
    assert stderr.count("\n") == 1, stderr
    for leak in ("Background on this error", "SELECT", "CREATE TABLE", "INSERT", "[SQL",
                 "Traceback", "internal error"):
        assert leak not in stderr, stderr
    return stderr


@pytest.mark.parametrize("args", [("contacts", "list"), ("due", "--today", "2026-05-01")])
def test_a_corrupt_database_file(args: tuple[str, ...], tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "outreach.db").write_bytes(b"not a database " * 2000)
    result = outreach(*args, env={"OUTREACH_DATA_DIR": str(data)})
    assert result.returncode == 1
    line = _one_clean_line(result.stderr)
    assert str(data / "outreach.db") in line and "OUTREACH_DATA_DIR" in line


def test_a_data_dir_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = outreach("contacts", "list", env={"OUTREACH_DATA_DIR": str(blocker / "data")})
    assert result.returncode == 1
    assert "OUTREACH_DATA_DIR" in _one_clean_line(result.stderr)


@pytest.mark.parametrize("reason", ["database or disk is full",
                                    "attempt to write a readonly database"])
def test_a_full_or_read_only_database_is_one_line_without_sql(reason: str,
                                                              tmp_path: Path) -> None:
    """What SQLAlchemy raises when the disk is full or read-only (the disk cannot be filled or
    made read-only for root in a test): its text holds the statement and a web link."""
    from sqlalchemy.exc import OperationalError

    from assistant.failures import explain

    exc = OperationalError("CREATE TABLE contacts (id INTEGER NOT NULL, name VARCHAR(300))",
                           {"name": "Jane Roe"}, sqlite3.OperationalError(reason))
    assert "CREATE TABLE" in str(exc) and "Background on this error" in str(exc)
    settings = Settings(data_dir=tmp_path / "data", _env_file=None)
    message = str(explain(exc, settings))
    _one_clean_line(message + "\n")
    assert reason in message and "OUTREACH_DATA_DIR" in message and "Jane Roe" not in message


def test_a_full_disk_while_writing_a_file_is_one_line(tmp_path: Path) -> None:
    from assistant.failures import explain

    settings = Settings(data_dir=tmp_path / "data", _env_file=None)
    message = str(explain(OSError(errno.ENOSPC, "No space left on device",
                                  str(tmp_path / "data" / "outreach.db-wal")), settings))
    assert "No space left on device" in message and "OUTREACH_DATA_DIR" in message
    assert explain(ValueError("a bug"), settings) is None  # bugs stay internal errors


@pytest.mark.parametrize("today", ["9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01"])
def test_due_outside_a_sane_range_exits_2(today: str, tmp_path: Path) -> None:
    result = outreach("due", "--today", today, env={"OUTREACH_DATA_DIR": str(tmp_path / "d")})
    assert result.returncode == 2
    assert "--today" in _one_clean_line(result.stderr)


def test_index_rebuild_recovers_from_a_corrupt_index(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    for source in sorted((ROOT / "knowledge").rglob("*.md"))[:4]:
        if source.name != "README.md":
            shutil.copy(source, knowledge / source.name)
    env = {"OUTREACH_DATA_DIR": str(tmp_path / "data"), "OUTREACH_KNOWLEDGE_DIR": str(knowledge)}
    assert outreach("index", env=env).returncode == 0
    (tmp_path / "data" / "chroma" / "chroma.sqlite3").write_bytes(b"\x00garbage" * 5000)

    broken = outreach("principles", "search", "thank them", env=env)
    assert broken.returncode == 1
    assert "outreach index --rebuild" in _one_clean_line(broken.stderr)

    rebuilt = outreach("index", "--rebuild", env=env)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert outreach("principles", "search", "thank them", env=env).returncode == 0
