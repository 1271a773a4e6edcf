"""The app's store: profile, drafts (history), contacts and interactions.

SQLite in the data directory (WAL mode, a busy timeout, so several browser sessions can write at
once) or PostgreSQL through `DATABASE_URL`, with the same code. Callers get pydantic records,
never ORM objects. SQLAlchemy is imported here only, so the CLI's other paths stay fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import create_engine, delete, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from assistant.config import Settings, get_settings, scrub_urls
from assistant.models import Draft, DraftRequest, Sender
from assistant.storage.records import ContactRecord, DraftRecord, InteractionRecord
from assistant.storage.tables import (
    Base,
    ContactRow,
    DraftRow,
    InteractionRow,
    ModelModeRow,
    ProfileRow,
)
from assistant.text.names import name_key

__all__ = ["ContactRecord", "DraftRecord", "InteractionRecord", "Store", "name_key", "open_store"]

_STORES: dict[str, Store] = {}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _make_engine(settings: Settings) -> Engine:
    url = settings.sqlalchemy_url
    if url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Store:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self.engine = _make_engine(self.settings)
        Base.metadata.create_all(self.engine)
        self._session = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._session()

    # -- profile ---------------------------------------------------------------------------
    def get_profile(self) -> Sender:
        with self.session() as s:
            row = s.get(ProfileRow, 1)
            return Sender.model_validate(row.data) if row else Sender()

    def save_profile(self, profile: Sender) -> None:
        with self.session() as s:
            row = s.get(ProfileRow, 1)
            data = profile.model_dump(mode="json")
            if row is None:
                s.add(ProfileRow(id=1, data=data))
            else:
                row.data = data
                row.updated_at = _now()
            s.commit()

    # -- model servers -----------------------------------------------------------------------
    def model_mode(self, base_url: str, model: str) -> tuple[str, str | None] | None:
        """The structured-output mode that last worked with this server and model, and why the
        better modes were refused."""
        with self.session() as s:
            row = s.get(ModelModeRow, (base_url[:500], model[:300]))
            return (row.mode, row.reason) if row else None

    def save_model_mode(self, base_url: str, model: str, mode: str, reason: str | None) -> None:
        with self.session() as s:
            row = s.get(ModelModeRow, (base_url[:500], model[:300]))
            if row is None:
                s.add(ModelModeRow(base_url=base_url[:500], model=model[:300], mode=mode,
                                   reason=reason))
            else:
                row.mode, row.reason, row.updated_at = mode, reason, _now()
            s.commit()

    # -- drafts (history) --------------------------------------------------------------------
    def save_request(self, request: DraftRequest, contact_id: int | None = None) -> int:
        """Save the request before any model call, so a failing model or page loses nothing."""
        with self.session() as s:
            row = DraftRow(
                kind=request.kind,
                request=request.model_dump(mode="json", exclude_defaults=True),
                status="pending",
                contact_id=contact_id,
            )
            s.add(row)
            s.commit()
            return row.id

    def save_draft(self, draft_id: int, draft: Draft) -> None:
        with self.session() as s:
            row = s.get(DraftRow, draft_id)
            if row is None:
                raise KeyError(draft_id)
            row.subject, row.body, row.engine = draft.subject, draft.body, draft.engine
            row.findings = [f.to_json() for f in draft.findings]
            row.principles = [p.model_dump() for p in draft.principles]
            row.notice = draft.notice
            row.status = "sent" if row.status == "sent" else "drafted"
            row.error = None
            row.updated_at = _now()
            s.commit()

    def update_text(
        self, draft_id: int, subject: str | None, body: str, findings: list[dict[str, Any]]
    ) -> None:
        """Keep the resident's edits and the re-computed findings."""
        with self.session() as s:
            row = s.get(DraftRow, draft_id)
            if row is None:
                raise KeyError(draft_id)
            row.subject, row.body, row.findings = subject, body, findings
            row.updated_at = _now()
            s.commit()

    def mark_failed(self, draft_id: int, error: str) -> None:
        with self.session() as s:
            row = s.get(DraftRow, draft_id)
            if row is not None:
                row.status, row.error, row.updated_at = "failed", scrub_urls(error), _now()
                s.commit()

    def get_draft(self, draft_id: int) -> DraftRecord | None:
        with self.session() as s:
            row = s.get(DraftRow, draft_id)
            return _draft_record(row) if row else None

    def list_drafts(self, limit: int = 100) -> list[DraftRecord]:
        with self.session() as s:
            rows = s.scalars(select(DraftRow).order_by(DraftRow.id.desc()).limit(limit))
            return [_draft_record(r) for r in rows]

    def delete_draft(self, draft_id: int) -> bool:
        with self.session() as s:
            result = s.execute(delete(DraftRow).where(DraftRow.id == draft_id))
            s.commit()
            return bool(result.rowcount)

    def duplicate_draft(self, draft_id: int) -> int:
        with self.session() as s:
            row = s.get(DraftRow, draft_id)
            if row is None:
                raise KeyError(draft_id)
            copy = DraftRow(
                kind=row.kind, request=dict(row.request), subject=row.subject, body=row.body,
                engine=row.engine, findings=list(row.findings), principles=list(row.principles),
                notice=row.notice, status="drafted" if row.body else "pending",
                contact_id=row.contact_id,
            )
            s.add(copy)
            s.commit()
            return copy.id

    def mark_sent(self, draft_id: int, when: date | None = None) -> int | None:
        """Record the draft as sent; when it has a contact, that becomes an interaction."""
        with self.session() as s:
            row = s.get(DraftRow, draft_id)
            if row is None:
                raise KeyError(draft_id)
            row.status, row.sent_at = "sent", _now()
            interaction_id = None
            if row.contact_id is not None:
                meeting = row.request.get("meeting") or {}
                inter = InteractionRow(
                    contact_id=row.contact_id, date=when or date.today(), type="message_sent",
                    event=meeting.get("event"), topics=list(meeting.get("topics") or []),
                    next_step=meeting.get("next_step"), draft_id=row.id,
                    notes=f"{row.kind.replace('_', ' ')}: {row.subject or ''}".strip(" :"),
                )
                s.add(inter)
                s.flush()
                interaction_id = inter.id
            s.commit()
            return interaction_id

    # -- contacts ----------------------------------------------------------------------------
    def add_contact(self, contact: ContactRecord) -> int:
        return self.add_contacts([contact])[0]

    def add_contacts(self, contacts: Iterable[ContactRecord]) -> list[int]:
        """Insert many contacts in one transaction (an import of thousands stays fast)."""
        rows = [_contact_row(c) for c in contacts]
        with self.session() as s:
            s.add_all(rows)
            s.commit()
            return [r.id for r in rows]

    def update_contact(self, contact: ContactRecord) -> None:
        if contact.id is None:
            raise ValueError("contact has no id")
        with self.session() as s:
            row = s.get(ContactRow, contact.id)
            if row is None:
                raise KeyError(contact.id)
            fresh = _contact_row(contact)
            for column in ContactRow.__table__.columns:
                if column.key not in ("id", "created_at"):
                    setattr(row, column.key, getattr(fresh, column.key))
            s.commit()

    def get_contact(self, contact_id: int) -> ContactRecord | None:
        with self.session() as s:
            row = s.get(ContactRow, contact_id)
            return _contact_record(row) if row else None

    def list_contacts(self) -> list[ContactRecord]:
        with self.session() as s:
            rows = s.scalars(select(ContactRow).order_by(ContactRow.name_key))
            return [_contact_record(r) for r in rows]

    def delete_contact(self, contact_id: int) -> bool:
        with self.session() as s:
            s.execute(delete(InteractionRow).where(InteractionRow.contact_id == contact_id))
            result = s.execute(delete(ContactRow).where(ContactRow.id == contact_id))
            s.commit()
            return bool(result.rowcount)

    def contact_keys(self) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
        """(email → id, LinkedIn URL → id, name key → id) for de-duplicating imports."""
        emails: dict[str, int] = {}
        urls: dict[str, int] = {}
        names: dict[str, int] = {}
        with self.session() as s:
            query = select(ContactRow.id, ContactRow.email, ContactRow.linkedin_url,
                           ContactRow.name_key)
            for cid, email, url, key in s.execute(query):
                if email:
                    emails.setdefault(email.strip().lower(), cid)
                if url:
                    urls.setdefault(url.strip().rstrip("/").lower(), cid)
                if key:
                    names.setdefault(key, cid)
        return emails, urls, names

    # -- interactions ------------------------------------------------------------------------
    def add_interaction(self, interaction: InteractionRecord) -> int:
        with self.session() as s:
            row = InteractionRow(**interaction.model_dump(exclude={"id", "created_at"}))
            s.add(row)
            s.commit()
            return row.id

    def list_interactions(self, contact_id: int | None = None) -> list[InteractionRecord]:
        with self.session() as s:
            query = select(InteractionRow).order_by(InteractionRow.date, InteractionRow.id)
            if contact_id is not None:
                query = query.where(InteractionRow.contact_id == contact_id)
            return [InteractionRecord.model_validate(r, from_attributes=True)
                    for r in s.scalars(query)]

    def delete_interaction(self, interaction_id: int) -> bool:
        with self.session() as s:
            result = s.execute(delete(InteractionRow).where(InteractionRow.id == interaction_id))
            s.commit()
            return bool(result.rowcount)


def _contact_row(c: ContactRecord) -> ContactRow:
    data = c.model_dump(exclude={"id", "created_at"})
    return ContactRow(**data, name_key=name_key(c.name), id=c.id)


def _contact_record(row: ContactRow) -> ContactRecord:
    return ContactRecord.model_validate(row, from_attributes=True)


def _draft_record(row: DraftRow) -> DraftRecord:
    return DraftRecord.model_validate(row, from_attributes=True)


def open_store(settings: Settings | None = None) -> Store:
    """One store (one engine and connection pool) per database URL in a process."""
    settings = settings or get_settings()
    key = settings.sqlalchemy_url
    if key not in _STORES:
        _STORES[key] = Store(settings)
    return _STORES[key]
