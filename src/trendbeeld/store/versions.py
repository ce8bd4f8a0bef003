"""Optimistic locking for the workbench: an edit names the version of the trend it was made on.

A trend's version is its ``updated_at`` as stored. ``claim`` checks, inside one write
transaction, that the version is still the one the editor saw and moves it on; a second editor
who saw the same version then gets a `Conflict` instead of silently overwriting the first.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trendbeeld.errors import Conflict, NotFound
from trendbeeld.store.engine import Store
from trendbeeld.store.trends import trend


def _version(conn: Connection, trend_id: str, *, lock: bool) -> str:
    query = sa.select(trend.c.updated_at).where(trend.c.id == trend_id)
    if lock and conn.dialect.name != "sqlite":  # SQLite's BEGIN IMMEDIATE already serialises writers
        query = query.with_for_update()
    moment = conn.execute(query).scalar()
    if moment is None:
        raise NotFound(f"trend '{trend_id}' bestaat niet", hint="Ververs de lijst met trends")
    return str(moment.isoformat())


def version(store: Store, trend_id: str) -> str:
    """The version token of a trend, to send along with an edit."""
    with store.read() as conn:
        return _version(conn, trend_id, lock=False)


def claim(store: Store, trend_id: str, seen: str) -> None:
    """Raise `Conflict` unless the trend is still at version ``seen``; then move the version on."""
    with store.begin() as conn:
        current = _version(conn, trend_id, lock=True)
        if current != seen:
            raise Conflict(
                "deze trend is intussen door iemand anders gewijzigd; uw wijziging is niet opgeslagen",
                hint="Bekijk de trend opnieuw en breng uw wijziging dan nog eens aan",
            )
        conn.execute(sa.update(trend).where(trend.c.id == trend_id).values(updated_at=datetime.now(UTC)))
