"""The conference tables: conferences, their sessions, the people on the program, and who
speaks where, in the store's database. The schema comes from the store's migrations (revision
0005, assistant/storage/migrations); these classes only map it for queries. A conference carries
an `owner`, as the store's rows do; its sessions and people belong to it.

A session's MiniLM vector is kept with it (384 float32 values as bytes), computed once on the
first ranking, so ranking a large program again is a matrix product, not a forward pass.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

OWNER_LENGTH = 200


class ConferenceBase(DeclarativeBase):
    pass


class ConferenceRow(ConferenceBase):
    __tablename__ = "conferences"
    __table_args__ = (Index("uq_conferences_owner_name", "owner", "name_key", unique=True),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = mapped_column(String(OWNER_LENGTH), default="local",
                                       server_default="local")
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class SessionRow(ConferenceBase):
    __tablename__ = "conference_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(200), default="")
    day: Mapped[date | None] = mapped_column(Date)
    start: Mapped[time | None] = mapped_column(Time)
    end: Mapped[time | None] = mapped_column(Time)
    room: Mapped[str] = mapped_column(String(300), default="")
    abstract: Mapped[str] = mapped_column(Text, default="")
    trainee: Mapped[bool] = mapped_column(Boolean, default=False)
    vector: Mapped[bytes | None] = mapped_column(LargeBinary)


class PersonRow(ConferenceBase):
    __tablename__ = "conference_people"
    __table_args__ = (Index("ix_conference_people_conf_key", "conference_id", "name_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))
    credentials: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(300), default="")
    institution: Mapped[str] = mapped_column(String(300), default="")
    contact_id: Mapped[int | None] = mapped_column(Integer)  # once made a contact


class SpeakerRow(ConferenceBase):
    __tablename__ = "conference_speakers"
    session_id: Mapped[int] = mapped_column(
        ForeignKey("conference_sessions.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("conference_people.id", ondelete="CASCADE"), primary_key=True, index=True)
