"""The store: one user's profile, drafts (history), contacts and interactions.

SQLite in the data directory (WAL mode, a busy timeout, so several browser sessions can write at
once) or PostgreSQL through `DATABASE_URL`, with the same code. A `Store` is bound to one user:
every query it runs is scoped to that user's rows, so no caller can forget the scope. Callers
get pydantic records, never ORM objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from assistant.config import Settings, get_settings, scrub_urls
from assistant.errors import InputError
from assistant.models import Draft, DraftRequest, Sender
from assistant.storage.database import Database
from assistant.storage.fields import clean_contact, contact_problem
from assistant.storage.keys import email_key, name_key, url_key
from assistant.storage.records import ContactRecord, DraftRecord, InteractionRecord, Preferences
from assistant.storage.tables import (
    OWNER_LENGTH,
    ContactRow,
    DraftRow,
    InteractionRow,
    ModelModeRow,
    PreferencesRow,
    ProfileRow,
)

DEFAULT_USER = "local"
Row = TypeVar("Row", ContactRow, DraftRow, InteractionRow)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


EVENT_MAX = InteractionRow.__table__.c.event.type.length  # the column's width (300)


def _clip(text: str | None, limit: int) -> str | None:
    """`text` cut to the column's width at a word boundary, for a copy of a field whose full
    value stays in the draft's saved request (PostgreSQL refuses an over-long value)."""
    if text is None or len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2:] else cut).rstrip(" ,;:") + "…"


class Store:
    """One user's rows in one database. Cheap to make: the engine belongs to the Database."""

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

    # -- model servers (shared by every user: a property of the server, not of the data) ----
    def model_mode(self, base_url: str, model: str) -> tuple[str, str | None] | None:
        """The structured-output mode that last worked with this server and model, and why the
        better modes were refused."""
        with self.session() as s:
            row = s.get(ModelModeRow, (base_url[:500], model[:300]))
            return (row.mode, row.reason) if row else None

    def save_model_mode(self, base_url: str, model: str, mode: str, reason: str | None) -> None:
        with self.transaction() as s:
            row = s.get(ModelModeRow, (base_url[:500], model[:300]))
            if row is None:
                s.add(ModelModeRow(base_url=base_url[:500], model=model[:300], mode=mode,
                                   reason=reason))
            else:
                row.mode, row.reason, row.updated_at = mode, reason, _now()

    def forget_model_server(self, base_url: str, model: str) -> None:
        """Forget what this server and model taught: the mode, why the better ones were
        refused, the refused sampling options ("Test the connection" asks afresh)."""
        with self.transaction() as s:
            row = s.get(ModelModeRow, (base_url[:500], model[:300]))
            if row is not None:
                s.delete(row)

    def refused_options(self, base_url: str, model: str) -> set[str]:
        """The sampling options this server and model refused by name (llm_sampling)."""
        with self.session() as s:
            row = s.get(ModelModeRow, (base_url[:500], model[:300]))
            return set(filter(None, (row.refused or "").split(","))) if row else set()

    def save_refused_options(self, base_url: str, model: str, names: set[str],
                             mode: str) -> None:
        """Remember `names` as refused; a server with no mode remembered yet gets `mode`, the
        one its drafts start with anyway."""
        refused = ",".join(sorted(names)) or None
        with self.transaction() as s:
            row = s.get(ModelModeRow, (base_url[:500], model[:300]))
            if row is None and refused is None:
                return  # nothing to forget
            if row is None:
                s.add(ModelModeRow(base_url=base_url[:500], model=model[:300], mode=mode,
                                   refused=refused))
            else:
                row.refused, row.updated_at = refused, _now()

    # -- profile ---------------------------------------------------------------------------
    def get_profile(self) -> Sender:
        with self.session() as s:
            row = s.scalars(select(ProfileRow).where(self.scoped(ProfileRow))).first()
            return Sender.model_validate(row.data) if row else Sender()

    def save_profile(self, profile: Sender) -> None:
        self._put_json_row(ProfileRow, profile.model_dump(mode="json"))

    def _put_json_row(self, table: type[ProfileRow] | type[PreferencesRow],
                      data: dict[str, Any]) -> None:
        """Write this user's one JSON row of the profile or the preferences."""
        with self.transaction(lock=True) as s:
            row = s.scalars(select(table).where(self.scoped(table))).first()
            if row is None:
                s.add(table(owner=self.user, data=data))
            else:
                row.data, row.updated_at = data, _now()

    # -- preferences -----------------------------------------------------------------------
    def get_preferences(self) -> Preferences:
        with self.session() as s:
            row = s.scalars(select(PreferencesRow).where(self.scoped(PreferencesRow))).first()
            return Preferences.load(row.data if row else None)

    def save_preferences(self, preferences: Preferences) -> None:
        self._put_json_row(PreferencesRow, preferences.model_dump(mode="json"))

    # -- drafts (history) ------------------------------------------------------------------
    def save_request(self, request: DraftRequest, contact_id: int | None = None) -> int:
        """Save the request before any model call, so a failing model or page loses nothing."""
        with self.transaction() as s:
            if contact_id is not None:
                self._get(s, ContactRow, contact_id)
            row = DraftRow(owner=self.user, kind=request.kind, status="pending",
                           request=request.model_dump(mode="json", exclude_defaults=True),
                           contact_id=contact_id)
            s.add(row)
            s.flush()
            return row.id

    def save_draft(self, draft_id: int, draft: Draft) -> None:
        with self.transaction() as s:
            row = self._get(s, DraftRow, draft_id)
            row.subject, row.body, row.engine = draft.subject, draft.body, draft.engine
            row.findings = [f.to_json() for f in draft.findings]
            row.principles = [p.model_dump() for p in draft.principles]
            row.notice = draft.notice
            row.status = "sent" if row.status == "sent" else "drafted"
            row.error, row.updated_at = None, _now()

    def update_text(
        self, draft_id: int, subject: str | None, body: str, findings: list[dict[str, Any]]
    ) -> None:
        """Keep the resident's edits and the re-computed findings."""
        with self.transaction() as s:
            row = self._get(s, DraftRow, draft_id)
            row.subject, row.body, row.findings = subject, body, findings
            row.updated_at = _now()

    def mark_failed(self, draft_id: int, error: str) -> None:
        with self.transaction() as s:
            row = self._get(s, DraftRow, draft_id)
            row.status, row.error, row.updated_at = "failed", scrub_urls(error), _now()

    def get_draft(self, draft_id: int) -> DraftRecord | None:
        with self.session() as s:
            try:
                return _draft_record(self._get(s, DraftRow, draft_id))
            except KeyError:
                return None

    def list_drafts(self, limit: int | None = 100, offset: int = 0) -> list[DraftRecord]:
        query = (select(*_columns(DraftRow, DraftRecord)).where(self.scoped(DraftRow))
                 .order_by(DraftRow.id.desc()).limit(limit).offset(offset))
        with self.session() as s:
            return [DraftRecord.model_validate(row) for row in s.execute(query).mappings()]

    def delete_draft(self, draft_id: int) -> bool:
        with self.transaction() as s:
            result = s.execute(delete(DraftRow).where(DraftRow.id == draft_id,
                                                      self.scoped(DraftRow)))
            return bool(result.rowcount)

    def duplicate_draft(self, draft_id: int) -> int:
        with self.transaction() as s:
            row = self._get(s, DraftRow, draft_id)
            copy = DraftRow(
                owner=self.user, kind=row.kind, request=dict(row.request), subject=row.subject,
                body=row.body, engine=row.engine, findings=list(row.findings),
                principles=list(row.principles), notice=row.notice,
                status="drafted" if row.body else "pending", contact_id=row.contact_id,
            )
            s.add(copy)
            s.flush()
            return copy.id

    def mark_sent(self, draft_id: int, when: date | None = None) -> int | None:
        """Record the draft as sent; when it has a contact, that becomes an interaction."""
        with self.transaction() as s:
            row = self._get(s, DraftRow, draft_id)
            row.status, row.sent_at = "sent", _now()
            if row.contact_id is None:
                return None
            meeting = row.request.get("meeting") or {}
            inter = InteractionRow(
                owner=self.user, contact_id=row.contact_id, date=when or date.today(),
                type="message_sent", event=_clip(meeting.get("event"), EVENT_MAX),
                topics=list(meeting.get("topics") or []), next_step=meeting.get("next_step"),
                draft_id=row.id,
                notes=f"{row.kind.replace('_', ' ')}: {row.subject or ''}".strip(" :"),
            )
            s.add(inter)
            s.flush()
            return inter.id

    # -- contacts --------------------------------------------------------------------------
    def add_contact(self, contact: ContactRecord) -> int:
        return self.add_contacts([contact])[0]

    def add_contacts(self, contacts: Iterable[ContactRecord]) -> list[int]:
        """Insert many contacts in one transaction."""
        rows = [self._contact_row(c) for c in contacts]
        with self.transaction(lock=True) as s:
            s.add_all(rows)
            s.flush()
            return [r.id for r in rows]

    def update_contact(self, contact: ContactRecord) -> None:
        if contact.id is None:
            raise ValueError("contact has no id")
        fresh = self._contact_row(contact)
        with self.transaction(lock=True) as s:
            row = self._get(s, ContactRow, contact.id)
            for column in ContactRow.__table__.columns:
                if column.key not in ("id", "created_at", "owner"):
                    setattr(row, column.key, getattr(fresh, column.key))

    def get_contact(self, contact_id: int) -> ContactRecord | None:
        with self.session() as s:
            try:
                return _contact_record(self._get(s, ContactRow, contact_id))
            except KeyError:
                return None

    def list_contacts(self, limit: int | None = None, offset: int = 0) -> list[ContactRecord]:
        query = (select(*_columns(ContactRow, ContactRecord)).where(self.scoped(ContactRow))
                 .order_by(ContactRow.name_key, ContactRow.id).limit(limit).offset(offset))
        with self.session() as s:
            return [ContactRecord.model_validate(row) for row in s.execute(query).mappings()]

    def count_contacts(self) -> int:
        query = select(func.count()).select_from(ContactRow).where(self.scoped(ContactRow))
        with self.session() as s:
            return int(s.scalar(query) or 0)

    def delete_contact(self, contact_id: int) -> bool:
        with self.transaction() as s:
            try:
                self._get(s, ContactRow, contact_id)
            except KeyError:
                return False
            s.execute(delete(InteractionRow).where(InteractionRow.contact_id == contact_id,
                                                   self.scoped(InteractionRow)))
            s.execute(delete(ContactRow).where(ContactRow.id == contact_id))
            return True

    def contact_keys(self) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
        """(email → id, LinkedIn URL → id, name key → id) of this user's contacts."""
        emails: dict[str, int] = {}
        urls: dict[str, int] = {}
        names: dict[str, int] = {}
        query = select(ContactRow.id, ContactRow.email, ContactRow.linkedin_url,
                       ContactRow.name_key).where(self.scoped(ContactRow))
        with self.session() as s:
            for cid, email, url, key in s.execute(query):
                if email:
                    emails.setdefault(email_key(email), cid)
                if url:
                    urls.setdefault(url_key(url), cid)
                if key:
                    names.setdefault(key, cid)
        return emails, urls, names

    def contact_values(self, c: ContactRecord) -> dict[str, Any]:
        """The column values to write; control characters removed, over-long fields refused,
        the key columns filled and the owner set."""
        c = clean_contact(c)
        if not c.name:
            raise InputError("a contact needs a name", "name")
        if problem := contact_problem(c):
            raise InputError(problem, "contact")
        return {**c.model_dump(exclude={"id", "created_at"}), **contact_keys_of(c),
                "owner": self.user}

    def _contact_row(self, c: ContactRecord) -> ContactRow:
        return ContactRow(**self.contact_values(c), id=c.id)

    # -- interactions ----------------------------------------------------------------------
    def add_interaction(self, interaction: InteractionRecord) -> int:
        with self.transaction() as s:
            self._get(s, ContactRow, interaction.contact_id)
            row = InteractionRow(**interaction.model_dump(exclude={"id", "created_at"}),
                                 owner=self.user)
            s.add(row)
            s.flush()
            return row.id

    def list_interactions(self, contact_id: int | None = None) -> list[InteractionRecord]:
        query = (select(InteractionRow).where(self.scoped(InteractionRow))
                 .order_by(InteractionRow.date, InteractionRow.id))
        if contact_id is not None:
            query = query.where(InteractionRow.contact_id == contact_id)
        with self.session() as s:
            return [InteractionRecord.model_validate(r, from_attributes=True)
                    for r in s.scalars(query)]

    def delete_interaction(self, interaction_id: int) -> bool:
        with self.transaction() as s:
            result = s.execute(delete(InteractionRow).where(
                InteractionRow.id == interaction_id, self.scoped(InteractionRow)))
            return bool(result.rowcount)

    def last_interaction_dates(self) -> dict[int, date]:
        """The latest interaction date per contact, in one grouped query."""
        query = (select(InteractionRow.contact_id, func.max(InteractionRow.date))
                 .where(self.scoped(InteractionRow)).group_by(InteractionRow.contact_id))
        with self.session() as s:
            return {cid: day for cid, day in s.execute(query)}

    # -- the user's data as a whole ---------------------------------------------------------
    def delete_everything(self) -> dict[str, int]:
        """Delete every row this user owns; returns how many of each kind."""
        counts: dict[str, int] = {}
        with self.transaction(lock=True) as s:
            for label, row in (("interactions", InteractionRow), ("drafts", DraftRow),
                               ("contacts", ContactRow), ("profile", ProfileRow),
                               ("preferences", PreferencesRow)):
                counts[label] = s.execute(delete(row).where(self.scoped(row))).rowcount or 0
        return counts


def contact_keys_of(c: ContactRecord) -> dict[str, str | None]:
    """The stored key columns of a contact: the unique indexes are built on these."""
    email, url = email_key(c.email) or None, url_key(c.linkedin_url) or None
    key = name_key(c.name)
    return {"name_key": key, "email_key": email, "url_key": url,
            "lone_name_key": None if email or url else key}


def _columns(row: type[Any], record: type[Any]) -> list[Any]:
    """The table's columns a record has: lists read plain rows, not ORM objects (a page of
    2,000 contacts converts in a fraction of the time)."""
    return [row.__table__.c[name] for name in record.model_fields]


def _contact_record(row: ContactRow) -> ContactRecord:
    return ContactRecord.model_validate(row, from_attributes=True)


def _draft_record(row: DraftRow) -> DraftRecord:
    return DraftRecord.model_validate(row, from_attributes=True)
