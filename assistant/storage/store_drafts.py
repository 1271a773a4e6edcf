"""The store's history: a draft's request saved before any model call, its text, findings
and status, and the interaction a sent draft becomes."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, select

from assistant.config import scrub_urls
from assistant.models import Draft, DraftRequest
from assistant.storage.records import DraftRecord
from assistant.storage.store_base import StoreBase, record_columns, utc_now
from assistant.storage.tables import ContactRow, DraftRow, InteractionRow

EVENT_MAX = InteractionRow.__table__.c.event.type.length  # the column's width (300)


def _clip(text: str | None, limit: int) -> str | None:
    """`text` cut to the column's width at a word boundary, for a copy of a field whose full
    value stays in the draft's saved request (PostgreSQL refuses an over-long value)."""
    if text is None or len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2:] else cut).rstrip(" ,;:") + "…"


class History(StoreBase):
    """One user's drafts (the History page)."""

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
            row.error, row.updated_at = None, utc_now()

    def update_text(
        self, draft_id: int, subject: str | None, body: str, findings: list[dict[str, Any]]
    ) -> None:
        """Keep the resident's edits and the re-computed findings."""
        with self.transaction() as s:
            row = self._get(s, DraftRow, draft_id)
            row.subject, row.body, row.findings = subject, body, findings
            row.updated_at = utc_now()

    def mark_failed(self, draft_id: int, error: str) -> None:
        with self.transaction() as s:
            row = self._get(s, DraftRow, draft_id)
            row.status, row.error, row.updated_at = "failed", scrub_urls(error), utc_now()

    def get_draft(self, draft_id: int) -> DraftRecord | None:
        return self._record(DraftRow, draft_id, DraftRecord)

    def list_drafts(self, limit: int | None = 100, offset: int = 0) -> list[DraftRecord]:
        query = (select(*record_columns(DraftRow, DraftRecord)).where(self.scoped(DraftRow))
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
            row.status, row.sent_at = "sent", utc_now()
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
