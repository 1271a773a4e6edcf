"""The structured-output mode that worked per model server and model (assistant/engines/
llm_output.py), so a new process starts with it instead of repeating refused requests."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "model_modes",
        sa.Column("base_url", sa.String(500), primary_key=True),
        sa.Column("model", sa.String(300), primary_key=True),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("model_modes")
