"""The store's contacts and interactions: written with their key columns (the unique indexes
and the importer share them), read as plain rows, each scoped to the user."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select

from assistant.errors import InputError
from assistant.storage.fields import clean_contact, contact_problem
from assistant.storage.keys import email_key, name_key, url_key
from assistant.storage.records import ContactRecord, InteractionRecord
from assistant.storage.store_base import StoreBase, record_columns
from assistant.storage.tables import ContactRow, InteractionRow


class ContactBook(StoreBase):
    """One user's contacts and what happened with each."""

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
        return self._record(ContactRow, contact_id, ContactRecord)

    def list_contacts(self, limit: int | None = None, offset: int = 0) -> list[ContactRecord]:
        query = (select(*record_columns(ContactRow, ContactRecord)).where(self.scoped(ContactRow))
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


def contact_keys_of(c: ContactRecord) -> dict[str, str | None]:
    """The stored key columns of a contact: the unique indexes are built on these."""
    email, url = email_key(c.email) or None, url_key(c.linkedin_url) or None
    key = name_key(c.name)
    return {"name_key": key, "email_key": email, "url_key": url,
            "lone_name_key": None if email or url else key}
