"""The app's store: profile, drafts (history), contacts and interactions, each row owned by a
user. SQLAlchemy is imported under this package only, so the CLI's other paths stay fast.

`open_store(settings, user)` is the way in: a `Store` bound to one user (see store.py), over one
`Database` per URL (engine, sessions, migrations; see database.py)."""

from __future__ import annotations

from assistant.config import Settings, get_settings
from assistant.storage.database import Database, open_database
from assistant.storage.keys import email_key, name_key, url_key
from assistant.storage.records import ContactRecord, DraftRecord, InteractionRecord, Preferences
from assistant.storage.store import DEFAULT_USER, Store

__all__ = ["DEFAULT_USER", "ContactRecord", "Database", "DraftRecord", "InteractionRecord",
           "Preferences", "Store", "email_key", "name_key", "open_database", "open_store",
           "url_key"]

_STORES: dict[tuple[str, str], Store] = {}


def open_store(settings: Settings | None = None, user: str | None = None) -> Store:
    """The store of one user (default: the `OUTREACH_USER` setting, `local`), sharing one
    engine and connection pool per database URL in a process."""
    settings = settings or get_settings()
    user = user or settings.user
    key = (settings.sqlalchemy_url, user)
    if key not in _STORES:
        _STORES[key] = Store(settings, user, open_database(settings))
    return _STORES[key]
