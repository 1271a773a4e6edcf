"""The store: one user's profile, drafts (history), contacts and interactions.

SQLite in the data directory (WAL mode, a busy timeout, so several browser sessions can write at
once) or PostgreSQL through `DATABASE_URL`, with the same code. A `Store` is bound to one user:
every query it runs is scoped to that user's rows, so no caller can forget the scope. Callers
get pydantic records, never ORM objects.
"""


from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from assistant.models import Sender
from assistant.storage.records import Preferences
from assistant.storage.store_base import DEFAULT_USER, StoreBase, utc_now
from assistant.storage.store_contacts import ContactBook, contact_keys_of
from assistant.storage.store_drafts import EVENT_MAX, History
from assistant.storage.tables import (
    ContactRow,
    DraftRow,
    InteractionRow,
    ModelModeRow,
    PreferencesRow,
    ProfileRow,
)

__all__ = ["DEFAULT_USER", "EVENT_MAX", "Store", "StoreBase", "contact_keys_of"]


class Store(History, ContactBook):
    """One user's rows in one database. Cheap to make: the engine belongs to the Database.
    Its history and contacts are `History` (store_drafts.py) and `ContactBook`
    (store_contacts.py); the model servers, profile, preferences and the user's data as a
    whole are here."""

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
                row.mode, row.reason, row.updated_at = mode, reason, utc_now()

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
                row.refused, row.updated_at = refused, utc_now()

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
                row.data, row.updated_at = data, utc_now()

    # -- preferences -----------------------------------------------------------------------
    def get_preferences(self) -> Preferences:
        with self.session() as s:
            row = s.scalars(select(PreferencesRow).where(self.scoped(PreferencesRow))).first()
            return Preferences.load(row.data if row else None)

    def save_preferences(self, preferences: Preferences) -> None:
        self._put_json_row(PreferencesRow, preferences.model_dump(mode="json"))

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


