"""Alembic's entry point. The store passes its own open connection (inside the transaction
that holds the migration lock), so no URL is read here."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
