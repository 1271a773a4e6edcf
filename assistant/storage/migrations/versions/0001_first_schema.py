"""The schema of the first release: profile, contacts, interactions, drafts (no owner).

A database that release made has these tables and no `alembic_version`; it is stamped with this
revision and upgraded from here."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime, server_default=sa.func.now(), nullable=False),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("name_key", sa.String(300), nullable=False),
        sa.Column("title", sa.String(300)),
        sa.Column("institution", sa.String(300)),
        sa.Column("specialty", sa.String(200)),
        sa.Column("email", sa.String(320)),
        sa.Column("linkedin_url", sa.String(500)),
        sa.Column("relationship", sa.String(20), nullable=False),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("notes", sa.Text),
        sa.Column("connected_on", sa.Date),
        sa.Column("created_at", sa.DateTime, server_default=sa.func.now(), nullable=False),
    )
    op.create_index("ix_contacts_name_key", "contacts", ["name_key"])
    op.create_index("ix_contacts_email", "contacts", ["email"])
    op.create_index("ix_contacts_linkedin_url", "contacts", ["linkedin_url"])
    op.create_table(
        "interactions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("contact_id", sa.Integer,
                  sa.ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("event", sa.String(300)),
        sa.Column("topics", sa.JSON, nullable=False),
        sa.Column("next_step", sa.Text),
        sa.Column("due_date", sa.Date),
        sa.Column("notes", sa.Text),
        sa.Column("draft_id", sa.Integer),
        sa.Column("created_at", sa.DateTime, server_default=sa.func.now(), nullable=False),
    )
    op.create_index("ix_interactions_contact_id", "interactions", ["contact_id"])
    op.create_index("ix_interactions_contact_type_date", "interactions",
                    ["contact_id", "type", "date"])
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", sa.DateTime, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime, server_default=sa.func.now(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("request", sa.JSON, nullable=False),
        sa.Column("subject", sa.Text),
        sa.Column("body", sa.Text),
        sa.Column("engine", sa.String(20)),
        sa.Column("findings", sa.JSON, nullable=False),
        sa.Column("principles", sa.JSON, nullable=False),
        sa.Column("notice", sa.Text),
        sa.Column("error", sa.Text),
        sa.Column("contact_id", sa.Integer,
                  sa.ForeignKey("contacts.id", ondelete="SET NULL")),
        sa.Column("sent_at", sa.DateTime),
    )
    op.create_index("ix_drafts_contact_id", "drafts", ["contact_id"])
