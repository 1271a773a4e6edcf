"""Every row gets an owner (rows that exist become `local`'s, the single-user install's user);
contacts get their folded keys and per-owner unique indexes on them.

Rows are never dropped: when an older database already holds two contacts with the same email
(the first release did not forbid it), the later one keeps its email but not the unique key, so
both rows survive and new duplicates are still refused."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from assistant.storage.keys import email_key, name_key, url_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("profile", "contacts", "interactions", "drafts")
BATCH = 2000


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("owner", sa.String(200), nullable=False,
                                       server_default="local"))
    op.add_column("contacts", sa.Column("email_key", sa.String(320)))
    op.add_column("contacts", sa.Column("url_key", sa.String(500)))
    op.add_column("contacts", sa.Column("lone_name_key", sa.String(300)))
    _fill_contact_keys()
    op.drop_index("ix_contacts_name_key", "contacts")
    op.drop_index("ix_contacts_email", "contacts")
    op.drop_index("ix_contacts_linkedin_url", "contacts")
    op.create_index("uq_profile_owner", "profile", ["owner"], unique=True)
    op.create_index("uq_contacts_owner_email", "contacts", ["owner", "email_key"], unique=True)
    op.create_index("uq_contacts_owner_url", "contacts", ["owner", "url_key"], unique=True)
    op.create_index("uq_contacts_owner_lone_name", "contacts", ["owner", "lone_name_key"],
                    unique=True)
    op.create_index("ix_contacts_owner_name_key", "contacts", ["owner", "name_key"])
    op.create_index("ix_interactions_owner_type_date", "interactions", ["owner", "type", "date"])
    op.create_index("ix_drafts_owner_id", "drafts", ["owner", "id"])


def _fill_contact_keys() -> None:
    """Each contact's keys, computed with the code the store uses; a key already taken by an
    earlier contact of the same owner is left empty on the later one."""
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, owner, name, email, linkedin_url FROM contacts ORDER BY id")).all()
    taken: set[tuple[str, str, str]] = set()
    updates: list[dict[str, object]] = []

    def claim(owner: str, column: str, key: str) -> str | None:
        if not key or (owner, column, key) in taken:
            return None
        taken.add((owner, column, key))
        return key

    statement = sa.text("UPDATE contacts SET name_key = :nk, email_key = :ek, url_key = :uk, "
                        "lone_name_key = :lk WHERE id = :id")
    for cid, owner, name, email, url in rows:
        ekey, ukey, nkey = email_key(email), url_key(url), name_key(name or "")
        updates.append({
            "id": cid, "nk": nkey, "ek": claim(owner, "email", ekey),
            "uk": claim(owner, "url", ukey),
            "lk": None if (ekey or ukey) else claim(owner, "name", nkey),
        })
        if len(updates) >= BATCH:
            conn.execute(statement, updates)
            updates.clear()
    if updates:
        conn.execute(statement, updates)
