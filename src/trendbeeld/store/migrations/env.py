"""Alembic environment: runs on the connection trendbeeld hands over (see store.engine.migrate)."""

from __future__ import annotations

from alembic import context

from trendbeeld.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when alembic is run by hand
    from trendbeeld.store.engine import open_store

    connection = open_store(upgrade=False).engine.connect()

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
