"""One user's data and the work the pages and commands do on it: the profile, contacts and
their interactions, the import, what is due, and drafts from request to sent.

A `Workspace` is bound to one user; every call goes through that user's `Store`, which scopes
every query, so no page or command can read or change another user's rows (an id of theirs is
simply not found). Pages only wire widgets to these methods.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from assistant.config import Settings, get_settings
from assistant.errors import InputError, OutreachError
from assistant.models import Draft, DraftRequest, Finding, Sender

if TYPE_CHECKING:
    from assistant.conference.service import NextItem
    from assistant.network.due import DueItem
    from assistant.network.importer import ImportReport
    from assistant.network.merge import Update
    from assistant.storage import ContactRecord, DraftRecord, InteractionRecord, Store
    from assistant.storage.records import Preferences

EXPORT_FORMAT = "outreach-export/1"


class Workspace:
    def __init__(self, user: str | None = None, settings: Settings | None = None) -> None:
        from assistant.storage import open_store

        self.settings = settings or get_settings()
        self.store: Store = open_store(self.settings, user)
        self.user = self.store.user

    # -- profile ---------------------------------------------------------------------------
    def profile(self) -> Sender:
        return self.store.get_profile()

    def save_profile(self, profile: Sender) -> None:
        self.store.save_profile(profile)

    def preferences(self) -> Preferences:
        """The app's saved choices (engine, LinkedIn tier); defaults when none are saved."""
        return self.store.get_preferences()

    def save_preferences(self, preferences: Preferences) -> None:
        self.store.save_preferences(preferences)

    # -- contacts and interactions -----------------------------------------------------------
    def contacts(self, limit: int | None = None, offset: int = 0) -> list[ContactRecord]:
        return self.store.list_contacts(limit=limit, offset=offset)

    def contact(self, contact_id: int | None) -> ContactRecord | None:
        return self.store.get_contact(contact_id) if contact_id is not None else None

    def duplicate_of(self, contact: ContactRecord, exclude_id: int | None = None) -> str | None:
        """Why this contact would duplicate a saved one (the import's rule), or None."""
        from assistant.network.dedupe import find_duplicate

        return find_duplicate(self.store, contact, exclude_id)

    def save_contact(self, contact: ContactRecord) -> int:
        """Add (no id) or update a contact; an InputError names a duplicate or a bad field."""
        duplicate = self.duplicate_of(contact, exclude_id=contact.id)
        if duplicate:
            raise InputError(f"this is a {duplicate}")
        if contact.id is None:
            return self.store.add_contact(contact)
        self.store.update_contact(contact)
        return contact.id

    def delete_contact(self, contact_id: int) -> bool:
        return self.store.delete_contact(contact_id)

    def interactions(self, contact_id: int | None = None) -> list[InteractionRecord]:
        return self.store.list_interactions(contact_id)

    def log_interaction(self, interaction: InteractionRecord) -> int:
        return self.store.add_interaction(interaction)

    def last_interaction_dates(self) -> dict[int, date]:
        return self.store.last_interaction_dates()

    def import_csv(self, data: bytes, mapping: Mapping[str, str] | None = None,
                   what: str = "file") -> ImportReport:
        """Import an uploaded CSV (bytes), under the same size limit as the command line."""
        from assistant.network.csvfile import check_upload, decode_csv
        from assistant.network.importer import import_contacts

        check_upload(data, self.settings, what)
        return import_contacts(self.store, decode_csv(data, what), mapping)

    def fill_in_from_csv(self, data: bytes, mapping: Mapping[str, str] | None = None,
                         what: str = "file") -> list[Update]:
        """After an import: contacts already known gain what the file adds (never overwritten)."""
        from assistant.network.csvfile import decode_csv
        from assistant.network.merge import update_existing

        return update_existing(self.store, decode_csv(data, what), mapping)

    def import_file(self, path: str, mapping: Mapping[str, str] | None = None) -> ImportReport:
        from assistant.network.importer import import_file

        return import_file(self.store, path, mapping)

    def due(self, today: date | datetime | None = None) -> list[DueItem]:
        from assistant.network.due import due_items

        return due_items(self.store, today, self.settings)

    def next_contacts(self, today: date | None = None) -> list[NextItem]:
        """Who to contact next and why: what is due, then warm contacts fit to the goal."""
        from assistant.conference.service import next_contacts

        return next_contacts(self.store, today, self.settings)

    # -- drafts ----------------------------------------------------------------------------
    def drafts(self, limit: int = 100, offset: int = 0) -> list[DraftRecord]:
        return self.store.list_drafts(limit=limit, offset=offset)

    def get_draft(self, draft_id: int) -> DraftRecord | None:
        return self.store.get_draft(draft_id)

    def contact_for(self, request: DraftRequest, picked: int | None = None,
                    remember: bool = True) -> int | None:
        """The saved contact a draft is for: the one picked, else one found by email or name,
        else (when `remember`) a new one made from the request's contact."""
        from assistant.storage import ContactRecord, email_key, name_key

        if picked is not None:
            return picked if self.store.get_contact(picked) is not None else None
        contact = request.contact
        if not contact.name or not remember:
            return None
        emails, _urls, names = self.store.contact_keys()
        found = (emails.get(email_key(contact.email)) if contact.email else None) or \
            names.get(name_key(contact.name))
        if found:
            return found
        return self.store.add_contact(ContactRecord(
            name=contact.name, title=contact.title, institution=contact.institution,
            specialty=contact.specialty, email=contact.email,
            relationship=contact.relationship or "new", notes=contact.their_work,
        ))

    def save_request(self, request: DraftRequest, picked: int | None = None,
                     remember: bool = True) -> tuple[int, int | None]:
        """Find or add the contact and save the request before any model call:
        (draft id, contact id)."""
        contact_id = self.contact_for(request, picked, remember)
        return self.store.save_request(request, contact_id=contact_id), contact_id

    def run_draft(self, draft_id: int, request: DraftRequest, engine: str = "auto",
                  on_token: Callable[[str], None] | None = None,
                  settings: Settings | None = None) -> Draft:
        """Draft a saved request and save the result; on any failure the request is marked
        failed (kept in History) and the error is raised again for the caller to show."""
        from assistant import service

        try:
            draft = service.draft(request, engine=engine, settings=settings or self.settings,
                                  on_token=on_token)
        except OutreachError as exc:
            self.store.mark_failed(draft_id, str(exc))
            raise
        except Exception as exc:
            self.store.mark_failed(draft_id, f"{type(exc).__name__}: {exc}")
            raise
        self.store.save_draft(draft_id, draft)
        return draft

    def draft(self, request: DraftRequest, engine: str = "auto", picked: int | None = None,
              remember: bool = True) -> tuple[int, Draft]:
        """Save, draft and save the result in one call (the command line's `draft --save`)."""
        draft_id, _contact = self.save_request(request, picked, remember)
        return draft_id, self.run_draft(draft_id, request, engine)

    def update_text(self, draft_id: int, subject: str | None, body: str,
                    findings: list[dict[str, Any]]) -> None:
        self.store.update_text(draft_id, subject, body, findings)

    def recheck(self, draft_id: int, settings: Settings | None = None) -> list[Finding] | None:
        """Re-run the checks on a saved draft and keep the findings; None when it has no text."""
        from assistant import service
        from assistant.ui.findings import compose_text

        record = self.store.get_draft(draft_id)
        if record is None or record.body is None:
            return None
        request = DraftRequest.model_validate(record.request)
        subject = record.subject if request.effective_channel == "email" else None
        found = service.check_message(compose_text(subject, record.body), request,
                                      settings=settings or self.settings)
        self.store.update_text(draft_id, record.subject, record.body,
                               [f.to_json() for f in found])
        return found

    def duplicate_draft(self, draft_id: int) -> int:
        return self.store.duplicate_draft(draft_id)

    def delete_draft(self, draft_id: int) -> bool:
        return self.store.delete_draft(draft_id)

    def mark_sent(self, draft_id: int, when: date | None = None) -> int | None:
        return self.store.mark_sent(draft_id, when)

    # -- the user's data as a whole ---------------------------------------------------------
    def export(self) -> dict[str, Any]:
        """Everything this user owns, as one JSON-ready object."""
        from assistant.conference.store import export_conferences

        return {
            "format": EXPORT_FORMAT,
            "user": self.user,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "profile": self.profile().model_dump(mode="json"),
            "settings": {"linkedin_tier": self.settings.linkedin_tier,
                         "update_months": self.settings.update_months},
            "preferences": self.preferences().model_dump(mode="json"),
            "contacts": [c.model_dump(mode="json") for c in self.store.list_contacts()],
            "interactions": [i.model_dump(mode="json") for i in self.store.list_interactions()],
            "drafts": [d.model_dump(mode="json")
                       for d in self.store.list_drafts(limit=None)],  # type: ignore[arg-type]
            "conferences": export_conferences(self.store),
        }

    def delete_everything(self) -> dict[str, int]:
        """Delete every row this user owns (conference programs, then profile, contacts,
        interactions, drafts, preferences); how many of each. Programs are counted only when
        there were any. Deleting again finishes what a failure part-way left."""
        from assistant.conference.store import delete_conferences

        programs = delete_conferences(self.store)
        counts = self.store.delete_everything()
        return {**counts, "conference programs": programs} if programs else counts
