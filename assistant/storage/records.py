"""Plain records the store hands out, so the app and CLI never hold ORM objects or sessions."""

from __future__ import annotations

import datetime as dt
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.models import Relationship

InteractionType = Literal["met", "message_sent", "reply", "meeting"]
DraftStatus = Literal["pending", "drafted", "failed", "sent"]


class ContactRecord(BaseModel):
    id: int | None = None
    name: str
    title: str | None = None
    institution: str | None = None
    specialty: str | None = None
    email: str | None = None
    linkedin_url: str | None = None
    relationship: Relationship = "new"
    tags: list[str] = Field(default_factory=list)
    notes: str | None = None
    connected_on: dt.date | None = None
    created_at: datetime | None = None


class InteractionRecord(BaseModel):
    id: int | None = None
    contact_id: int
    date: dt.date
    type: InteractionType
    event: str | None = None
    topics: list[str] = Field(default_factory=list)
    next_step: str | None = None
    due_date: dt.date | None = None
    notes: str | None = None
    draft_id: int | None = None
    created_at: datetime | None = None


class DraftRecord(BaseModel):
    """A draft as saved: the request is stored before any model call, so nothing is lost."""

    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    status: DraftStatus = "pending"
    kind: str
    request: dict[str, Any]
    subject: str | None = None
    body: str | None = None
    engine: str | None = None
    findings: list[dict[str, Any]] = Field(default_factory=list)
    principles: list[dict[str, Any]] = Field(default_factory=list)
    notice: str | None = None
    error: str | None = None
    contact_id: int | None = None
    sent_at: datetime | None = None


class Preferences(BaseModel):
    """The app's choices, kept in the store so they outlive the browser session. Only valid
    values load: anything else (an older release's, a hand edit) falls back to the default."""

    engine: Literal["auto", "offline", "llm"] = "auto"
    linkedin_tier: Literal["free", "premium"] | None = None  # None: as configured

    @classmethod
    def load(cls, data: dict[str, Any] | None) -> Preferences:
        out = cls()
        for name, value in (data or {}).items():
            try:
                out = cls.model_validate({**out.model_dump(), name: value})
            except ValueError:
                continue
        return out
