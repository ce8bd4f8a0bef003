"""The audit log of the workbench: every change, with who, what and when (created by migration 0008).

``record`` writes one entry inside the caller's transaction, so a change and its entry are
stored together or not at all. The log is append-only: nothing here updates or deletes it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trendbeeld.store.engine import Store
from trendbeeld.store.schema import metadata

audit = sa.Table(
    "audit",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("actor", sa.String(100), nullable=False, index=True),
    sa.Column("action", sa.String(50), nullable=False),
    sa.Column("subject", sa.String(200), nullable=False),
    sa.Column("payload", sa.Text, nullable=False),
)

DEFAULT_LIMIT = 200


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One change: who (``actor``), what (``action`` on ``subject``, with ``data``) and when."""

    id: int
    at: datetime
    actor: str
    action: str
    subject: str
    data: dict[str, Any]


def record(conn: Connection, actor: str, action: str, subject: str, **data: Any) -> None:
    """Append an entry in the transaction of ``conn``."""
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    conn.execute(
        sa.insert(audit).values(
            at=datetime.now(UTC), actor=actor, action=action, subject=subject, payload=body
        )
    )


def log(store: Store, actor: str, action: str, subject: str, **data: Any) -> None:
    """Append an entry in a transaction of its own (for changes made by library functions)."""
    with store.begin() as conn:
        record(conn, actor, action, subject, **data)


def entries(
    store: Store, *, actor: str | None = None, subject: str | None = None, limit: int = DEFAULT_LIMIT
) -> list[AuditEntry]:
    """The newest entries first, optionally of one actor or about one subject."""
    query = sa.select(audit).order_by(audit.c.id.desc()).limit(limit)
    if actor is not None:
        query = query.where(audit.c.actor == actor)
    if subject is not None:
        query = query.where(audit.c.subject == subject)
    with store.read() as conn:
        return [
            AuditEntry(
                row.id,
                row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC),
                row.actor,
                row.action,
                row.subject,
                json.loads(row.payload),
            )
            for row in conn.execute(query)
        ]
