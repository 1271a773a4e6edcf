"""SQLAlchemy tables. SQLite in the data directory by default; PostgreSQL through DATABASE_URL.

Every row has an `owner` (the user's id; `local` on a single-user install). A contact's email,
LinkedIn URL and, when it has neither, its name key are unique per owner: the `*_key` columns
hold the folded keys (see storage/keys.py) and carry the unique indexes. The schema changes only
through the Alembic revisions in storage/migrations.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

OWNER_LENGTH = 200


class Base(DeclarativeBase):
    pass


def owner_column() -> Mapped[str]:
    return mapped_column(String(OWNER_LENGTH), default="local", server_default="local")


class ProfileRow(Base):
    __tablename__ = "profile"
    __table_args__ = (Index("uq_profile_owner", "owner", unique=True),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = mapped_column(String(OWNER_LENGTH), default="local",
                                       server_default="local")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class ContactRow(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("uq_contacts_owner_email", "owner", "email_key", unique=True),
        Index("uq_contacts_owner_url", "owner", "url_key", unique=True),
        Index("uq_contacts_owner_lone_name", "owner", "lone_name_key", unique=True),
        Index("ix_contacts_owner_name_key", "owner", "name_key"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = owner_column()
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(String(300))
    institution: Mapped[str | None] = mapped_column(String(300))
    specialty: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    linkedin_url: Mapped[str | None] = mapped_column(String(500))
    relationship: Mapped[str] = mapped_column(String(20), default="new")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    connected_on: Mapped[date | None] = mapped_column(Date)
    email_key: Mapped[str | None] = mapped_column(String(320))
    url_key: Mapped[str | None] = mapped_column(String(500))
    # the name key of a contact with neither email nor URL (else NULL): unique per owner
    lone_name_key: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class InteractionRow(Base):
    __tablename__ = "interactions"
    # "Any message to this contact since?" runs once per due row: answered from this index alone.
    __table_args__ = (
        Index("ix_interactions_contact_type_date", "contact_id", "type", "date"),
        Index("ix_interactions_owner_type_date", "owner", "type", "date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = owner_column()
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[date] = mapped_column(Date)
    type: Mapped[str] = mapped_column(String(20))
    event: Mapped[str | None] = mapped_column(String(300))
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    next_step: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    draft_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class DraftRow(Base):
    __tablename__ = "drafts"
    __table_args__ = (Index("ix_drafts_owner_id", "owner", "id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = owner_column()
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.now(), onupdate=func.now()
    )
    status: Mapped[str] = mapped_column(String(20), default="pending")
    kind: Mapped[str] = mapped_column(String(40))
    request: Mapped[dict[str, Any]] = mapped_column(JSON)
    subject: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    engine: Mapped[str | None] = mapped_column(String(20))
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    principles: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    notice: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)


class ModelModeRow(Base):
    """The structured-output mode that worked for a model server and model (see
    assistant/engines/llm_output.py), so the next draft starts with it, and the sampling
    options it refused by name (llm_sampling; comma-separated), so none is sent again."""

    __tablename__ = "model_modes"
    base_url: Mapped[str] = mapped_column(String(500), primary_key=True)
    model: Mapped[str] = mapped_column(String(300), primary_key=True)
    mode: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)
    refused: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class PreferencesRow(Base):
    """A user's app choices (engine, LinkedIn tier): one JSON row each, like the profile."""

    __tablename__ = "preferences"
    __table_args__ = (Index("uq_preferences_owner", "owner", unique=True),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = owner_column()
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
