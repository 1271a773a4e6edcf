"""Schema migrations: a database made by the first release (tests/data/legacy, written by that
release's code; see make_legacy_db.py there) upgrades in place with every row kept and owned
by `local`, on SQLite (automatically when opened) and on a real PostgreSQL server (with
`outreach db upgrade`, as a deployment runs it)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from assistant.config import Settings
from assistant.errors import ConfigurationError
from assistant.storage import ContactRecord, Database, Store
from assistant.storage.database import FIRST_REVISION, HEAD_REVISION, MIGRATIONS

LEGACY = Path(__file__).resolve().parent.parent / "data" / "legacy" / "outreach.db"
TABLES = ("profile", "contacts", "interactions", "drafts")


def _legacy_rows() -> dict[str, list[tuple]]:
    with sqlite3.connect(LEGACY) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}


def _columns(conn, table: str) -> list[str]:
    return [c["name"] for c in inspect(conn).get_columns(table)]


def _run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True,
                          text=True, env={**os.environ, **env}, timeout=120)


def test_head_revision_is_the_migrations_head() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_heads() == [HEAD_REVISION]


def test_first_revision_is_the_first_release_schema(tmp_path: Path) -> None:
    """Revision 0001 builds exactly the tables and columns the first release made."""
    from alembic import command
    from alembic.config import Config

    engine = create_engine(f"sqlite:///{tmp_path / 'r1.db'}")
    with engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = conn
        command.upgrade(config, FIRST_REVISION)
    legacy = create_engine(f"sqlite:///{LEGACY}")
    with engine.connect() as new, legacy.connect() as old:
        for table in TABLES:
            assert _columns(new, table) == _columns(old, table), table


def test_a_first_release_sqlite_file_upgrades_on_open_with_every_row(tmp_path: Path) -> None:
    before = _legacy_rows()
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(LEGACY, data / "outreach.db")
    settings = Settings(data_dir=data, _env_file=None)
    store = Store(settings)  # opening the file upgrades it
    assert store.db.revision() == HEAD_REVISION
    with store.engine.connect() as conn:
        for table in TABLES:
            count = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            owners = {r[0] for r in conn.execute(text(f"SELECT DISTINCT owner FROM {table}"))}
            assert count == len(before[table]) and owners == {"local"}, table
    # the data reads back through the store, for `local` only
    assert store.get_profile().name == "Maya Chen"
    names = [c.name for c in store.list_contacts()]
    assert len(names) == len(before["contacts"]) and "Zoë Łukasiewicz" in names
    assert names.count("王芳") == 2  # the release's duplicates are kept
    assert len(store.list_drafts(limit=None)) == len(before["drafts"])
    assert Store(settings, "ben").list_contacts() == []
    # and uniqueness holds from now on: the shared email cannot be added a third time
    from assistant.network.dedupe import find_duplicate

    ada = ContactRecord(name="A. Okafor", email="ADA.OKAFOR@lakeside.edu")
    assert "same email" in (find_duplicate(store, ada) or "")
    store.engine.dispose()


def test_upgrading_twice_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(LEGACY, data / "outreach.db")
    env = {"OUTREACH_DATA_DIR": str(data)}
    first = _run_cli("db", "upgrade", env=env)
    assert first.returncode == 0, first.stderr
    assert f"from revision {FIRST_REVISION} to {HEAD_REVISION}" in first.stdout
    again = _run_cli("db", "upgrade", "--json", env=env)
    assert again.returncode == 0 and f'"to": "{HEAD_REVISION}"' in again.stdout


@pytest.mark.server
def test_a_first_release_postgresql_database_upgrades_with_every_row(postgres_url: str,
                                                                     tmp_path: Path) -> None:
    """The first release's schema (revision 0001) holding the legacy file's rows, on a real
    server; the app refuses it until `outreach db upgrade` has run, then every row is there."""
    from alembic import command
    from alembic.config import Config

    before = _legacy_rows()
    engine = create_engine(postgres_url)
    with engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = conn
        command.upgrade(config, FIRST_REVISION)
        conn.execute(text("DROP TABLE alembic_version"))  # as the first release left it
        legacy = sqlite3.connect(LEGACY)
        for table in TABLES:
            cursor = legacy.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, row, strict=True)) for row in cursor]
            if rows:
                conn.execute(text(f"INSERT INTO {table} ({', '.join(names)}) VALUES "
                                  f"({', '.join(':' + n for n in names)})"), rows)
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                              f"(SELECT max(id) FROM {table}))"))
        legacy.close()
    settings = Settings(data_dir=tmp_path, database_url=postgres_url, _env_file=None)
    with pytest.raises(ConfigurationError, match="outreach db upgrade"):
        Database(settings)

    result = _run_cli("db", "upgrade", env={"DATABASE_URL": postgres_url,
                                            "OUTREACH_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    with engine.connect() as conn:
        for table in TABLES:
            count = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            owners = {r[0] for r in conn.execute(text(f"SELECT DISTINCT owner FROM {table}"))}
            assert count == len(before[table]) and owners == {"local"}, table
    store = Store(settings)
    assert store.get_profile().name == "Maya Chen"
    assert len(store.list_contacts()) == len(before["contacts"])
    new_id = store.add_contact(ContactRecord(name="Dr. Lee Park"))  # the sequence continues
    assert new_id > max(r[0] for r in before["contacts"])
    engine.dispose()
    store.engine.dispose()
