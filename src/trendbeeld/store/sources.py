"""The source aggregate: a source with its pages, passages and evidence, written as one unit.

``save`` writes everything of one source in a single transaction: a failure leaves the store
as it was. The same content is stored once (its id is the hash of its text); a changed file at
a known origin replaces the earlier source and all its evidence in that same transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trendbeeld.model import (
    AccessLevel,
    Evidence,
    PageRange,
    Source,
    SourceMeta,
    SourceType,
    evidence_id,
)
from trendbeeld.records import attributes
from trendbeeld.stemming import stemmed_text
from trendbeeld.store.engine import Store
from trendbeeld.store.schema import evidence as evidence_table
from trendbeeld.store.schema import page as page_table
from trendbeeld.store.schema import passage as passage_table
from trendbeeld.store.schema import source as source_table

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
MAX_PASSAGE_CHARS = 2000


class SaveOutcome(StrEnum):
    ADDED = "toegevoegd"
    UNCHANGED = "ongewijzigd"
    REPLACED = "vervangen"


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """A source without its text, for listings."""

    id: str
    origin: str
    meta: SourceMeta
    n_chars: int
    n_evidence: int


def save(store: Store, source: Source, items: Iterable[Evidence]) -> SaveOutcome:
    """Store ``source`` and its evidence in one transaction."""
    return save_many(store, [(source, list(items))])[0]


def save_many(store: Store, batch: Sequence[tuple[Source, Sequence[Evidence]]]) -> list[SaveOutcome]:
    """Store a batch of sources with their evidence in one transaction, one outcome per source.

    The outcomes are those of saving the sources one by one in order: a source whose text is
    stored already is unchanged; a source at a known origin replaces what was stored there (also
    an earlier source of the same batch). All of the batch is stored, or none of it.
    """
    if not batch:
        return []
    with store.begin() as conn:
        stored = _existing_ids(conn, [source.id for source, _ in batch])
        origins = _stored_origins(conn, [source.origin for source, _ in batch])
        outcomes: list[SaveOutcome] = []
        chosen: dict[str, tuple[Source, Sequence[Evidence]]] = {}  # origin -> last new source there
        for source, items in batch:
            if source.id in stored:
                outcomes.append(SaveOutcome.UNCHANGED)
                continue
            stored.add(source.id)
            replaced = source.origin in origins or source.origin in chosen
            outcomes.append(SaveOutcome.REPLACED if replaced else SaveOutcome.ADDED)
            chosen[source.origin] = (source, items)
        _delete_origins(conn, [origin for origin in chosen if origin in origins])
        _insert_sources(conn, [source for source, _ in chosen.values()])
        _insert_evidence(conn, [item for _, items in chosen.values() for item in items])
    return outcomes


_CHUNK = 500  # bound parameters per IN (...) list, well below SQLite's limit


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _existing_ids(conn: Connection, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in _chunks(list(dict.fromkeys(ids))):
        found.update(conn.execute(sa.select(source_table.c.id).where(source_table.c.id.in_(part))).scalars())
    return found


def _stored_origins(conn: Connection, origins: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in _chunks(list(dict.fromkeys(origins))):
        query = sa.select(source_table.c.origin).where(source_table.c.origin.in_(part))
        found.update(conn.execute(query).scalars())
    return found


def _delete_origins(conn: Connection, origins: Sequence[str]) -> None:
    for part in _chunks(origins):
        query = sa.select(source_table.c.id).where(source_table.c.origin.in_(part))
        old = list(conn.execute(query).scalars())
        # Children first: SQLite's FTS triggers must see the passages go.
        for table in (evidence_table, passage_table, page_table):
            conn.execute(sa.delete(table).where(table.c.source_id.in_(old)))
        conn.execute(sa.delete(source_table).where(source_table.c.id.in_(old)))


def _insert_sources(conn: Connection, batch: Sequence[Source]) -> None:
    if not batch:
        return
    now = datetime.now(UTC)
    conn.execute(sa.insert(source_table), [_source_row(source, now) for source in batch])
    pages = [
        {"source_id": source.id, "number": p.number, "start": p.start, "end": p.end}
        for source in batch
        for p in source.pages
    ]
    if pages:
        conn.execute(sa.insert(page_table), pages)
    rows = [
        {
            "source_id": source.id,
            "start": start,
            "end": end,
            "page": source.page_at(start),
            "text": source.text[start:end],
            "stemmed": stemmed_text(source.text[start:end]),
        }
        for source in batch
        for start, end in passages(source.text)
    ]
    if rows:
        conn.execute(sa.insert(passage_table), rows)


def _source_row(source: Source, now: datetime) -> dict[str, object]:
    meta = source.meta
    return {
        "id": source.id,
        "origin": source.origin,
        "type": meta.type.value,
        "title": meta.title,
        "publisher": meta.publisher,
        "date": meta.date,
        "url": meta.url,
        "region": meta.region,
        "access": meta.access.value,
        "author": meta.author,
        "role": meta.role,
        "organisation": meta.organisation,
        "text": source.text,
        "added_at": now,
    }


def _insert_evidence(conn: Connection, items: Sequence[Evidence]) -> None:
    rows = {}
    for item in items:
        key = evidence_id(item)
        rows[key] = {
            "id": key,
            "source_id": item.span.source_id,
            "kind": item.kind.value,
            "start": item.span.start,
            "end": item.span.end,
            "page": item.page,
            "text": item.text,
            "data": attributes(item),
        }
    if rows:
        conn.execute(sa.insert(evidence_table), list(rows.values()))


def passages(text: str) -> list[tuple[int, int]]:
    """Paragraph-sized ``(start, end)`` ranges of ``text`` for full-text search."""
    out: list[tuple[int, int]] = []
    position = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        out.extend(_split_long(text, position, end))
        position = match.end() if match else len(text)
    return [(s, e) for s, e in out if text[s:e].strip()]


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_PASSAGE_CHARS:
        cut = text.rfind(" ", start, start + MAX_PASSAGE_CHARS)
        cut = cut if cut > start else start + MAX_PASSAGE_CHARS
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _meta(row: sa.Row[tuple[object, ...]]) -> SourceMeta:
    m = row._mapping
    return SourceMeta(
        type=SourceType(m["type"]),
        title=m["title"],
        publisher=m["publisher"],
        date=m["date"],
        url=m["url"],
        region=m["region"],
        access=AccessLevel(m["access"]),
        author=m["author"],
        role=m["role"],
        organisation=m["organisation"],
    )


def readable_levels(access: AccessLevel) -> list[str]:
    return [level.value for level in AccessLevel if access.allows(level)]


def get(store: Store, source_id: str, *, access: AccessLevel) -> Source | None:
    """The source with its text and pages, if the reader's ``access`` allows it."""
    with store.read() as conn:
        row = conn.execute(
            sa.select(source_table).where(
                source_table.c.id == source_id, source_table.c.access.in_(readable_levels(access))
            )
        ).first()
        if row is None:
            return None
        pages = conn.execute(
            sa.select(page_table).where(page_table.c.source_id == source_id).order_by(page_table.c.number)
        )
        return Source(
            id=row.id,
            origin=row.origin,
            text=row.text,
            meta=_meta(row),
            pages=tuple(PageRange(p.number, p.start, p.end) for p in pages),
        )


def list_sources(
    store: Store, *, access: AccessLevel, types: Sequence[SourceType] | None = None
) -> list[SourceSummary]:
    """Summaries of all sources readable at ``access`` (a required filter, never optional)."""
    counts = (
        sa.select(evidence_table.c.source_id, sa.func.count().label("n"))
        .group_by(evidence_table.c.source_id)
        .subquery()
    )
    query = (
        sa.select(source_table, sa.func.length(source_table.c.text).label("n_chars"), counts.c.n)
        .outerjoin(counts, counts.c.source_id == source_table.c.id)
        .where(source_table.c.access.in_(readable_levels(access)))
        .order_by(source_table.c.date.desc(), source_table.c.title)
    )
    if types:
        query = query.where(source_table.c.type.in_([t.value for t in types]))
    with store.read() as conn:
        return [
            SourceSummary(row.id, row.origin, _meta(row), int(row.n_chars), int(row.n or 0))
            for row in conn.execute(query)
        ]


def known_hashes(store: Store) -> set[str]:
    with store.read() as conn:
        return set(conn.execute(sa.select(source_table.c.id)).scalars())
