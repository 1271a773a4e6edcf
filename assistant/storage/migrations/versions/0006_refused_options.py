"""The sampling options a model server refused by name (assistant/engines/llm_sampling.py),
kept beside its structured-output mode, so a new process never sends them again."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("model_modes") as batch:
        batch.add_column(sa.Column("refused", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("model_modes") as batch:
        batch.drop_column("refused")
