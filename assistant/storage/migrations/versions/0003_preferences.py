"""Each user's app choices (engine, LinkedIn tier), saved so they outlive a browser session."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "preferences",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("owner", sa.String(200), nullable=False, server_default="local"),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime, server_default=sa.func.now(), nullable=False),
    )
    op.create_index("uq_preferences_owner", "preferences", ["owner"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_preferences_owner", "preferences")
    op.drop_table("preferences")
