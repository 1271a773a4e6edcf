"""Importing a file again fills in what is new about people already in the contacts (a LinkedIn
URL, an email, a title that was empty) instead of only skipping them. A field the resident
filled is never overwritten: only empty ones are filled, and nothing is removed.

Kept apart from the importer: the import decides who is new; this decides what an existing
contact gains, with the importer's own parsing and keys (`plan_import`, `dedupe.person_key`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from assistant.network.dedupe import person_key
from assistant.network.importer import plan_import
from assistant.storage import ContactRecord, Store
from assistant.storage.keys import email_key, url_key

FILLABLE = ("title", "institution", "specialty", "email", "linkedin_url", "connected_on")
LABELS = {"title": "title", "institution": "institution", "specialty": "specialty",
          "email": "email", "linkedin_url": "LinkedIn URL", "connected_on": "connected on"}


@dataclass(frozen=True)
class Update:
    contact_id: int
    name: str
    fields: tuple[str, ...]  # readable names of the fields filled in

    def describe(self) -> str:
        return f"{self.name}: {', '.join(self.fields)}"


def fill_empty(existing: ContactRecord, incoming: ContactRecord) -> ContactRecord | None:
    """The existing contact with its empty fields taken from the incoming row, or None when the
    row adds nothing."""
    changes = {f: getattr(incoming, f) for f in FILLABLE
               if not getattr(existing, f) and getattr(incoming, f)}
    return existing.model_copy(update=changes) if changes else None


def _match(contact: ContactRecord, by_email: dict[str, int], by_url: dict[str, int],
           by_name: dict[str, list[int]], current: dict[int, ContactRecord]) -> int | None:
    """The same person by email, LinkedIn URL, or name (when emails and URLs do not differ)."""
    email, url = email_key(contact.email), url_key(contact.linkedin_url)
    if email and email in by_email:
        return by_email[email]
    if url and url in by_url:
        return by_url[url]
    for other_id in by_name.get(person_key(contact.name), []):
        other = current[other_id]
        other_email, other_url = email_key(other.email), url_key(other.linkedin_url)
        if (email and other_email and email != other_email) or (
                url and other_url and url != other_url):
            continue
        return other_id
    return None


def update_existing(store: Store, text: str,
                    mapping: Mapping[str, str] | None = None) -> list[Update]:
    """Fill the empty fields of contacts the file names again; what was filled, per contact."""
    rows, _skipped, _total = plan_import(text, mapping)
    current = {c.id: c for c in store.list_contacts() if c.id is not None}
    by_email = {email_key(c.email): i for i, c in current.items() if c.email}
    by_url = {url_key(c.linkedin_url): i for i, c in current.items() if c.linkedin_url}
    by_name: dict[str, list[int]] = {}
    for i, c in current.items():
        by_name.setdefault(person_key(c.name), []).append(i)
    filled: dict[int, list[str]] = {}
    for _line, incoming in rows:
        found = _match(incoming, by_email, by_url, by_name, current)
        if found is None:
            continue
        existing = current[found]
        merged = fill_empty(existing, incoming)
        if merged is None:
            continue
        store.update_contact(merged)
        current[found] = merged
        filled.setdefault(found, []).extend(
            LABELS[f] for f in FILLABLE if getattr(merged, f) != getattr(existing, f))
        if merged.email:
            by_email.setdefault(email_key(merged.email), found)
        if merged.linkedin_url:
            by_url.setdefault(url_key(merged.linkedin_url), found)
    return [Update(i, current[i].name, tuple(fields)) for i, fields in filled.items()]
