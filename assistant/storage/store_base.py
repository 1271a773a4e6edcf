"""What every part of the store shares: one user's scope, the one transaction helper and the
one scoped look-up (`StoreBase`), which `store.Store` builds on with its history
(`store_drafts.py`) and its contacts (`store_contacts.py`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from assistant.config import Settings, get_settings
from assistant.errors import InputError
from assistant.storage.database import Database
from assistant.storage.records import ContactRecord, DraftRecord
from assistant.storage.tables import OWNER_LENGTH, ContactRow, DraftRow, InteractionRow

DEFAULT_USER = "local"
Row = TypeVar("Row", ContactRow, DraftRow, InteractionRow)
Record = TypeVar("Record", ContactRecord, DraftRecord)


def utc_now() -> datetime:
    """Now in UTC, without a time zone (as the columns store it)."""
    return datetime.now(UTC).replace(tzinfo=None)


def record_columns(row: type[Any], record: type[Any]) -> list[Any]:
    """The table's columns a record has: lists read plain rows, not ORM objects (a page of
    2,000 contacts converts in a fraction of the time)."""
    return [row.__table__.c[name] for name in record.model_fields]


class StoreBase:
    """One user's scope in one database, its sessions and its one transaction helper."""

    def __init__(self, settings: Settings | None = None, user: str | None = None,
                 database: Database | None = None) -> None:
        self.settings = settings or get_settings()
        self.user = user or self.settings.user or DEFAULT_USER
        self.db = database or Database(self.settings)
        if not self.user or len(self.user) > OWNER_LENGTH:
            raise InputError(f"a user id of 1 to {OWNER_LENGTH} characters is needed",
                             "OUTREACH_USER")

    @property
    def engine(self) -> Engine:
        return self.db.engine

    def session(self) -> Session:
        return self.db.session()

    # -- the one transaction helper and the one scoped lookup ------------------------------
    @contextmanager
    def transaction(self, lock: bool = False) -> Iterator[Session]:
        """A session in one write transaction, committed on success and rolled back on any
        error. On SQLite it takes the write lock when it begins (so a read-then-write cannot
        fail half-way on a busy file); `lock` also serialises this user's writers on
        PostgreSQL (an advisory lock), so a check-then-insert cannot race another process."""
        with self.db.session(write=True) as s, s.begin():
            if lock:
                self.db.lock_user(s, self.user)
            yield s

    def scoped(self, row: type[Any]) -> Any:
        """The condition that keeps a query to this user's rows of a table."""
        return row.owner == self.user

    def _get(self, s: Session, row: type[Row], row_id: int | None) -> Row:
        """The user's row with this id, or KeyError: another user's id is not found."""
        found = s.get(row, row_id) if row_id is not None else None
        if found is None or found.owner != self.user:
            raise KeyError(row_id)
        return found

    def _record(self, row: type[Row], row_id: int, record: type[Record]) -> Record | None:
        """The user's row with this id as its record, or None."""
        with self.session() as s:
            try:
                return record.model_validate(self._get(s, row, row_id), from_attributes=True)
            except KeyError:
                return None

