"""Theme assignments and analysts' corrections (created by migration 0005).

- ``theme_assignment``: the computed themes per evidence item and taxonomy (rank 0 is the best),
  replaced as a whole on every assignment run.
- ``theme_correction``: an analyst's theme for one evidence item (who, when, and the passage
  text, kept as a training example even when the source is later replaced).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from trendbeeld.store.engine import Store
from trendbeeld.store.schema import metadata

theme_assignment = sa.Table(
    "theme_assignment",
    metadata,
    sa.Column("taxonomy", sa.String(100), primary_key=True),
    sa.Column("evidence_id", sa.String(32), primary_key=True),
    sa.Column("rank", sa.Integer, primary_key=True),
    sa.Column("theme", sa.String(100), nullable=False, index=True),
    sa.Column("score", sa.Float, nullable=False),
)

theme_correction = sa.Table(
    "theme_correction",
    metadata,
    sa.Column("taxonomy", sa.String(100), primary_key=True),
    sa.Column("evidence_id", sa.String(32), primary_key=True),
    sa.Column("theme", sa.String(100), nullable=False),
    sa.Column("text", sa.Text, nullable=False, default=""),
    sa.Column("actor", sa.String(200), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)


@dataclass(frozen=True, slots=True)
class Correction:
    evidence_id: str
    theme: str
    text: str
    actor: str
    at: datetime


def save_assignment(store: Store, taxonomy: str, ranked: Mapping[str, list[tuple[str, float]]]) -> None:
    """Replace the stored assignment of ``taxonomy`` for the items in ``ranked`` (one transaction)."""
    rows = [
        {"taxonomy": taxonomy, "evidence_id": eid, "rank": i, "theme": key, "score": score}
        for eid, choices in ranked.items()
        for i, (key, score) in enumerate(choices)
    ]
    with store.begin() as conn:
        conn.execute(theme_assignment.delete().where(theme_assignment.c.taxonomy == taxonomy))
        if rows:
            conn.execute(theme_assignment.insert(), rows)


def stored_assignment(store: Store, taxonomy: str) -> dict[str, list[tuple[str, float]]]:
    query = (
        sa.select(theme_assignment)
        .where(theme_assignment.c.taxonomy == taxonomy)
        .order_by(theme_assignment.c.evidence_id, theme_assignment.c.rank)
    )
    result: dict[str, list[tuple[str, float]]] = {}
    with store.read() as conn:
        for row in conn.execute(query):
            result.setdefault(row.evidence_id, []).append((row.theme, row.score))
    return result


def add_correction(
    store: Store, evidence_id: str, taxonomy: str, theme: str, *, actor: str, text: str
) -> None:
    """Store (or replace) the analyst's theme for one evidence item."""
    row = {
        "taxonomy": taxonomy,
        "evidence_id": evidence_id,
        "theme": theme,
        "text": text,
        "actor": actor,
        "at": datetime.now(UTC),
    }
    with store.begin() as conn:
        conn.execute(
            theme_correction.delete().where(
                (theme_correction.c.taxonomy == taxonomy) & (theme_correction.c.evidence_id == evidence_id)
            )
        )
        conn.execute(theme_correction.insert(), [row])


def corrections(store: Store, taxonomy: str) -> dict[str, Correction]:
    query = sa.select(theme_correction).where(theme_correction.c.taxonomy == taxonomy)
    with store.read() as conn:
        return {
            row.evidence_id: Correction(row.evidence_id, row.theme, row.text, row.actor, row.at)
            for row in conn.execute(query)
        }
