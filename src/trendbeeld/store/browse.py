"""Paged, filtered reads for the workbench's evidence browser; every read bounded by access level."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa

from trendbeeld.model import AccessLevel, Evidence, EvidenceKind, SourceType, Span
from trendbeeld.records import from_parts
from trendbeeld.store.engine import Store
from trendbeeld.store.schema import evidence as evidence_table
from trendbeeld.store.schema import source as source_table
from trendbeeld.store.sources import readable_levels
from trendbeeld.store.themes import theme_assignment

PAGE_SIZE = 50


@dataclass(frozen=True, slots=True)
class Filters:
    """What the browser narrows to; empty means everything the reader may see."""

    kinds: Sequence[EvidenceKind] = ()
    types: Sequence[SourceType] = ()
    theme: str | None = None
    region: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True, slots=True)
class Found:
    """One page of evidence with the title and type of each item's source."""

    items: list[tuple[Evidence, str, str]]  # (item, source title, source type)
    total: int | None  # all matching items (only when counted)
    more: bool  # items after this page
    themes: dict[str, list[str]] = field(default_factory=dict)  # evidence id -> best themes


def _where(query: sa.Select[Any], access: AccessLevel, filters: Filters) -> sa.Select[Any]:
    query = query.where(source_table.c.access.in_(readable_levels(access)))
    if filters.kinds:
        query = query.where(evidence_table.c.kind.in_([k.value for k in filters.kinds]))
    if filters.types:
        query = query.where(source_table.c.type.in_([t.value for t in filters.types]))
    if filters.region:
        query = query.where(source_table.c.region == filters.region)
    if filters.date_from:
        query = query.where(source_table.c.date >= filters.date_from)
    if filters.date_to:
        query = query.where(source_table.c.date <= filters.date_to)
    if filters.theme:
        themed = sa.select(theme_assignment.c.evidence_id).where(
            theme_assignment.c.theme == filters.theme, theme_assignment.c.rank == 0
        )
        query = query.where(evidence_table.c.id.in_(themed))
    return query


def find_evidence(
    store: Store,
    *,
    access: AccessLevel,
    filters: Filters,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    count: bool = False,
) -> Found:
    """Evidence readable at ``access`` that matches ``filters``, newest sources first.

    ``count`` also counts all matching items (a scan of all of them: leave it off for paging).
    """
    joined = evidence_table.join(source_table, source_table.c.id == evidence_table.c.source_id)
    total_query = _where(sa.select(sa.func.count()).select_from(joined), access, filters)
    query = _where(
        sa.select(
            evidence_table,
            source_table.c.title.label("source_title"),
            source_table.c.type.label("source_type"),
        ).select_from(joined),
        access,
        filters,
    ).order_by(source_table.c.date.desc(), source_table.c.id, evidence_table.c.start)
    query = query.offset(offset).limit(limit + 1)  # one more tells whether a next page exists
    with store.read() as conn:
        total = int(conn.execute(total_query).scalar_one()) if count else None
        rows = list(conn.execute(query))
        more = len(rows) > limit
        rows = rows[:limit]
        ids = [row.id for row in rows]
        themes: dict[str, list[str]] = {}
        if ids:
            themed = (
                sa.select(theme_assignment.c.evidence_id, theme_assignment.c.theme)
                .where(theme_assignment.c.evidence_id.in_(ids), theme_assignment.c.rank == 0)
                .order_by(theme_assignment.c.taxonomy)
            )
            for eid, theme in conn.execute(themed):
                themes.setdefault(eid, []).append(theme)
    items = [
        (
            from_parts(row.kind, Span(row.source_id, row.start, row.end), row.text, row.page, row.data),
            row.source_title,
            row.source_type,
        )
        for row in rows
    ]
    return Found(items, total, more, themes)


def refresh_statistics(store: Store) -> None:
    """Let the database's planner count the rows it plans over (ANALYZE; the workbench does this
    when it starts).

    Without statistics SQLite narrows the browser's query by access level and sorts every readable
    item (130 ms for 100,000 items); with them it walks migration 0009's index of sources by date
    and reads only the page (1 ms). The shape of the data (few access levels and kinds, many
    sources) holds as the store grows, so statistics from any filled store lead to the same plan.
    """
    with store.begin() as conn:
        conn.exec_driver_sql("ANALYZE")


def count_sources(store: Store, *, access: AccessLevel) -> int:
    query = (
        sa.select(sa.func.count())
        .select_from(source_table)
        .where(source_table.c.access.in_(readable_levels(access)))
    )
    with store.read() as conn:
        return int(conn.execute(query).scalar_one())


def regions(store: Store, *, access: AccessLevel) -> list[str]:
    """The regions named by readable sources, for the filter's choices."""
    query = (
        sa.select(source_table.c.region)
        .distinct()
        .where(source_table.c.access.in_(readable_levels(access)), source_table.c.region.is_not(None))
        .order_by(source_table.c.region)
    )
    with store.read() as conn:
        return [str(r) for r in conn.execute(query).scalars() if r]


def themes(store: Store, *, access: AccessLevel) -> list[str]:
    """The themes with readable evidence (best theme of an item), for the filter's choices."""
    query = (
        sa.select(theme_assignment.c.theme)
        .distinct()
        .join(evidence_table, evidence_table.c.id == theme_assignment.c.evidence_id)
        .join(source_table, source_table.c.id == evidence_table.c.source_id)
        .where(theme_assignment.c.rank == 0, source_table.c.access.in_(readable_levels(access)))
        .order_by(theme_assignment.c.theme)
    )
    with store.read() as conn:
        return [str(t) for t in conn.execute(query).scalars()]
