"""The database: one engine per URL, its sessions, the per-user write lock, and the schema.

The schema is brought to the latest Alembic revision when the database is opened: a SQLite file
(the single-user install) or an empty database is upgraded in place; a PostgreSQL database that
already holds data is upgraded by `outreach db upgrade`, run once by whoever deploys. A database
made before migrations existed (tables, no `alembic_version`) is taken to be the first revision.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from assistant.config import Settings
from assistant.errors import ConfigurationError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
FIRST_REVISION = "0001"
HEAD_REVISION = "0006"  # tests check that this is the migrations' head
_MIGRATION_LOCK = 7_246_311  # a PostgreSQL advisory lock id: one migrator at a time

_DATABASES: dict[str, Database] = {}


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling is turned off, so `_sqlite_begin` decides how each
    # transaction starts (see SQLAlchemy's "pysqlite serializable" recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """Writers that check before they insert take the write lock when they begin (IMMEDIATE),
    so two importers cannot both see "not there yet"; readers begin as usual."""
    immediate = conn.get_execution_options().get("write_lock")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _make_engine(settings: Settings) -> Engine:
    url = settings.sqlalchemy_url
    if url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 5})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """An engine, its session factory, and the schema kept at the latest revision."""

    def __init__(self, settings: Settings, upgrade: bool | None = None,
                 check: bool = True) -> None:
        """`upgrade`: None upgrades a SQLite file or an empty database and refuses an older
        PostgreSQL schema with a one-line error; `check=False` skips the check entirely (for
        `outreach db upgrade`, which upgrades explicitly)."""
        self.settings = settings
        self.engine = _make_engine(settings)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._session = sessionmaker(self.engine, expire_on_commit=False)
        self._locked_session = sessionmaker(
            self.engine.execution_options(write_lock=True), expire_on_commit=False)
        revision = self.revision() if check else HEAD_REVISION
        if revision != HEAD_REVISION:
            if upgrade is None:
                upgrade = self.is_sqlite or revision is None and not self.has_tables()
            if not upgrade:
                raise ConfigurationError(
                    f"the database schema is at revision {revision or 'none'}, this version "
                    f"needs {HEAD_REVISION}: run `outreach db upgrade` (DATABASE_URL)")
            self.upgrade()

    def session(self, write: bool = False) -> Session:
        """A session; `write` sessions begin IMMEDIATE on SQLite (they hold the write lock)."""
        return (self._locked_session if write else self._session)()

    def lock_user(self, s: Session, user: str) -> None:
        """Serialise one user's check-then-write transactions. SQLite: the write session
        already holds the file's write lock; PostgreSQL: a transaction advisory lock."""
        if not self.is_sqlite:
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                      {"k": zlib.crc32(user.encode("utf-8"))})

    # -- schema ----------------------------------------------------------------------------
    def has_tables(self) -> bool:
        with self.engine.connect() as conn:
            return bool(set(inspect(conn).get_table_names()) & {"drafts", "contacts"})

    def revision(self) -> str | None:
        """The schema's Alembic revision; None for an empty database or one made before
        migrations existed."""
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def upgrade(self) -> tuple[str | None, str]:
        """Run the migrations up to the latest revision, one migrator at a time; returns
        (revision before, revision after)."""
        from alembic import command
        from alembic.config import Config

        engine = self.engine.execution_options(write_lock=True) if self.is_sqlite else self.engine
        with engine.begin() as conn:
            if not self.is_sqlite:
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
            tables = set(inspect(conn).get_table_names())
            before = None
            if "alembic_version" in tables:
                before = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = conn
            if before is None and {"drafts", "contacts"} <= tables:
                command.stamp(config, FIRST_REVISION)  # made by the release before migrations
                before = FIRST_REVISION
            command.upgrade(config, "head")
        return before, HEAD_REVISION


def open_database(settings: Settings) -> Database:
    """One database (one engine and connection pool) per URL in a process."""
    key = settings.sqlalchemy_url
    if key not in _DATABASES:
        _DATABASES[key] = Database(settings)
    return _DATABASES[key]

