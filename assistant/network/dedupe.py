"""Telling contacts apart: the keys (email, LinkedIn URL, name) and the rule that a row or a
typed contact duplicates someone already known. The keys are the store's own
(`storage.keys`), so its unique indexes and this rule agree. Used by the importer, the merge of a
re-imported file and the app's "add a contact" form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.storage.keys import email_key, name_key, url_key
from assistant.storage.records import ContactRecord

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from assistant.storage import Store


def person_key(name: str) -> str:
    """The store's name key (accents, titles and case folded; other scripts kept)."""
    return name_key(name)


def contact_keys(contact: ContactRecord) -> tuple[str, str, str]:
    """(email key, URL key, name key) of a contact."""
    return email_key(contact.email), url_key(contact.linkedin_url), person_key(contact.name)


@dataclass
class Known:
    """Who is already known (store contacts and earlier rows) under each key."""

    emails: dict[str, str] = field(default_factory=dict)
    urls: dict[str, str] = field(default_factory=dict)
    names: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)

    def add(self, label: str, key: str, email: str, url: str) -> None:
        if email:
            self.emails.setdefault(email, label)
        if url:
            self.urls.setdefault(url, label)
        self.names.setdefault(key, []).append((label, email, url))

    def duplicate_of(self, key: str, email: str, url: str) -> str | None:
        """Email first, then URL, then name key. A name match is not a duplicate when both
        sides carry a different email or a different URL: two people may share a name."""
        if email and email in self.emails:
            return f"duplicate of {self.emails[email]} (same email)"
        if url and url in self.urls:
            return f"duplicate of {self.urls[url]} (same LinkedIn URL)"
        for label, other_email, other_url in self.names.get(key, []):
            if email and other_email and email != other_email:
                continue
            if url and other_url and url != other_url:
                continue
            return f"duplicate of {label} (same name)"
        return None

    def admit(self, line: int, key: str, email: str, url: str) -> str | None:
        """The row at `line` joins the known ones unless it duplicates one: then the reason."""
        duplicate = self.duplicate_of(key, email, url)
        if duplicate is None:
            self.add(f"row {line}", key, email, url)
        return duplicate


def known_from_store(
    store: Store, s: Session, emails: Iterable[str], urls: Iterable[str], keys: Iterable[str],
    exclude_id: int | None = None, line_of: Callable[[int], int | None] | None = None,
) -> Known:
    """This user's stored contacts that share a key with the given ones: three indexed
    look-ups, so a batch costs the same against ten contacts or a million. `line_of` names a
    contact this import added by its row ("duplicate of row 12")."""
    from sqlalchemy import select

    from assistant.storage.tables import ContactRow

    c = ContactRow
    found: dict[int, tuple[str, str, str, str]] = {}
    for column, values in ((c.email_key, set(emails)), (c.url_key, set(urls)),
                           (c.name_key, set(keys))):
        values.discard("")
        if not values:
            continue
        query = select(c.id, c.name, c.name_key, c.email, c.linkedin_url).where(
            store.scoped(c), column.in_(sorted(values)))
        for cid, name, key, email, url in s.execute(query):
            found[cid] = (name, key, email_key(email), url_key(url))
    known = Known()
    for cid in sorted(found):
        if cid == exclude_id:
            continue
        name, key, email, url = found[cid]
        line = line_of(cid) if line_of is not None else None
        known.add(f"row {line}" if line else f"contact #{cid} ({name})", key, email, url)
    return known


def find_duplicate(
    store: Store, contact: ContactRecord, exclude_id: int | None = None
) -> str | None:
    """The same rule as the import, for one contact typed into the app."""
    email, url, key = contact_keys(contact)
    with store.session() as s:
        known = known_from_store(store, s, [email], [url], [key], exclude_id)
    return known.duplicate_of(key, email, url)
