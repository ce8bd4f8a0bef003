"""Theme assignments and analysts' corrections (created by migrations 0005 and 0007).

- ``theme_assignment``: the computed themes per evidence item and taxonomy (rank 0 is the best);
  a save replaces the rows of exactly the items it is given.
- ``theme_input``: per evidence item and taxonomy, the fingerprint of what its assignment was
  computed from (taxonomy and corrections); an item whose fingerprint differs is assigned again.
- ``theme_correction``: an analyst's theme for one evidence item (who, when, and the passage
  text, kept as a training example even when the source is later replaced).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from trendbeeld.model import AccessLevel
from trendbeeld.store.engine import Store
from trendbeeld.store.schema import evidence as evidence_table
from trendbeeld.store.schema import metadata
from trendbeeld.store.schema import source as source_table
from trendbeeld.store.sources import readable_levels

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


theme_input = sa.Table(
    "theme_input",
    metadata,
    sa.Column("taxonomy", sa.String(100), primary_key=True),
    sa.Column("evidence_id", sa.String(32), primary_key=True),
    sa.Column("fingerprint", sa.String(32), nullable=False),
)

CHUNK = 500  # ids per DELETE … IN (…)


@dataclass(frozen=True, slots=True)
class Correction:
    evidence_id: str
    theme: str
    text: str
    actor: str
    at: datetime


def save_assignment(
    store: Store,
    taxonomy: str,
    ranked: Mapping[str, list[tuple[str, float]]],
    *,
    fingerprint: str | None = None,
) -> None:
    """Replace the stored assignment of ``taxonomy`` for exactly the items in ``ranked`` (one transaction).

    Other items keep their rows (e.g. items of another access level). With ``fingerprint`` the
    items are marked as computed from it (see `fingerprints`).
    """
    ids = sorted(ranked)
    rows = [
        {"taxonomy": taxonomy, "evidence_id": eid, "rank": i, "theme": key, "score": score}
        for eid, choices in ranked.items()
        for i, (key, score) in enumerate(choices)
    ]
    with store.begin() as conn:
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i : i + CHUNK]
            conn.execute(
                theme_assignment.delete().where(
                    (theme_assignment.c.taxonomy == taxonomy) & theme_assignment.c.evidence_id.in_(chunk)
                )
            )
            if fingerprint is not None:
                conn.execute(
                    theme_input.delete().where(
                        (theme_input.c.taxonomy == taxonomy) & theme_input.c.evidence_id.in_(chunk)
                    )
                )
        if rows:
            conn.execute(theme_assignment.insert(), rows)
        if fingerprint is not None and ids:
            conn.execute(
                theme_input.insert(),
                [{"taxonomy": taxonomy, "evidence_id": eid, "fingerprint": fingerprint} for eid in ids],
            )


def fingerprints(store: Store, taxonomy: str) -> dict[str, str]:
    """Evidence id → the fingerprint its stored assignment of ``taxonomy`` was computed from."""
    query = sa.select(theme_input.c.evidence_id, theme_input.c.fingerprint).where(
        theme_input.c.taxonomy == taxonomy
    )
    with store.read() as conn:
        return {row.evidence_id: row.fingerprint for row in conn.execute(query)}


def forget(store: Store, taxonomy: str, evidence_ids: Iterable[str]) -> None:
    """Drop the stored assignment of ``taxonomy`` for ``evidence_ids`` (e.g. evidence that is gone)."""
    ids = sorted(set(evidence_ids))
    with store.begin() as conn:
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i : i + CHUNK]
            for table in (theme_assignment, theme_input):
                conn.execute(
                    table.delete().where((table.c.taxonomy == taxonomy) & table.c.evidence_id.in_(chunk))
                )


def missing_evidence(store: Store, taxonomy: str) -> list[str]:
    """Ids with a stored assignment of ``taxonomy`` whose evidence is no longer in the store."""
    query = sa.select(theme_input.c.evidence_id).where(
        theme_input.c.taxonomy == taxonomy, theme_input.c.evidence_id.not_in(sa.select(evidence_table.c.id))
    )
    with store.read() as conn:
        return sorted(conn.execute(query).scalars())


def readable_evidence_ids(store: Store, access: AccessLevel) -> list[str]:
    """Ids of all evidence from sources readable at ``access`` (without loading the evidence)."""
    query = (
        sa.select(evidence_table.c.id)
        .join(source_table, source_table.c.id == evidence_table.c.source_id)
        .where(source_table.c.access.in_(readable_levels(access)))
    )
    with store.read() as conn:
        return list(conn.execute(query).scalars())


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
