"""What an edition may read: its sources and their evidence at its access level."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from trendbeeld.model import (
    AccessLevel,
    Evidence,
    EvidenceKind,
    PageRange,
    Source,
    SourceMeta,
    SourceType,
    evidence_id,
)
from trendbeeld.store import Store
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store.schema import page as page_table
from trendbeeld.store.schema import source as source_table
from trendbeeld.store.sources import readable_levels

SHOWN_KINDS = (EvidenceKind.FIGURE, EvidenceKind.TREND, EvidenceKind.QUOTE, EvidenceKind.HEADLINE)


@dataclass
class Corpus:
    """What the edition may read: sources and evidence at its access level, by id."""

    sources: dict[str, Source]
    evidence: dict[str, Evidence]

    def of_kind(self, ids: Iterable[str], kind: type[Any]) -> list[Any]:
        return [self.evidence[i] for i in ids if isinstance(self.evidence[i], kind)]


def read_corpus(store: Store, access: AccessLevel) -> Corpus:
    """Sources and the evidence shown in editions, readable at ``access`` (a few queries in all)."""
    levels = readable_levels(access)
    pages: dict[str, list[PageRange]] = {}
    sources: dict[str, Source] = {}
    with store.read() as conn:
        query = (
            sa.select(page_table)
            .join(source_table, source_table.c.id == page_table.c.source_id)
            .where(source_table.c.access.in_(levels))
            .order_by(page_table.c.source_id, page_table.c.number)
        )
        for p in conn.execute(query):
            pages.setdefault(p.source_id, []).append(PageRange(p.number, p.start, p.end))
        for row in conn.execute(sa.select(source_table).where(source_table.c.access.in_(levels))):
            meta = SourceMeta(
                type=SourceType(row.type),
                title=row.title,
                publisher=row.publisher,
                date=row.date,
                url=row.url,
                region=row.region,
                access=AccessLevel(row.access),
                author=row.author,
                role=row.role,
                organisation=row.organisation,
            )
            sources[row.id] = Source(row.id, row.origin, row.text, meta, tuple(pages.get(row.id, ())))
    items = evidence_store.list_evidence(store, access=access, kinds=list(SHOWN_KINDS))
    evidence = {evidence_id(e): e for e in items if e.span.source_id in sources}
    return Corpus(sources, evidence)


def position(item: Evidence) -> tuple[str, int, str]:
    """Source and text order (ties by kind), the order passages are listed in."""
    return (item.span.source_id, item.span.start, item.kind.value)
