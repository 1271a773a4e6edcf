"""Conferences: their sessions (with a stored MiniLM vector once ranked), the people on their
programs, and who speaks where. Every conference has an owner; sessions and people belong to
it (see assistant/conference/tables.py)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conferences",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("owner", sa.String(200), nullable=False, server_default="local"),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("name_key", sa.String(300), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
    )
    op.create_index("uq_conferences_owner_name", "conferences", ["owner", "name_key"],
                    unique=True)
    op.create_table(
        "conference_sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conference_id", sa.Integer,
                  sa.ForeignKey("conferences.id", ondelete="CASCADE"), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("type", sa.String(200), nullable=False),
        sa.Column("day", sa.Date),
        sa.Column("start", sa.Time),
        sa.Column("end", sa.Time),
        sa.Column("room", sa.String(300), nullable=False),
        sa.Column("abstract", sa.Text, nullable=False),
        sa.Column("trainee", sa.Boolean, nullable=False),
        sa.Column("vector", sa.LargeBinary),
    )
    op.create_index("ix_conference_sessions_conference_id", "conference_sessions",
                    ["conference_id"])
    op.create_table(
        "conference_people",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conference_id", sa.Integer,
                  sa.ForeignKey("conferences.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("name_key", sa.String(300), nullable=False),
        sa.Column("credentials", sa.String(200), nullable=False),
        sa.Column("role", sa.String(300), nullable=False),
        sa.Column("institution", sa.String(300), nullable=False),
        sa.Column("contact_id", sa.Integer),
    )
    op.create_index("ix_conference_people_conference_id", "conference_people",
                    ["conference_id"])
    op.create_index("ix_conference_people_conf_key", "conference_people",
                    ["conference_id", "name_key"])
    op.create_table(
        "conference_speakers",
        sa.Column("session_id", sa.Integer,
                  sa.ForeignKey("conference_sessions.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("person_id", sa.Integer,
                  sa.ForeignKey("conference_people.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_conference_speakers_person_id", "conference_speakers", ["person_id"])


def downgrade() -> None:
    for table in ("conference_speakers", "conference_people", "conference_sessions",
                  "conferences"):
        op.drop_table(table)
