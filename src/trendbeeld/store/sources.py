"""The source aggregate: a source with its pages, passages and evidence, written as one unit.

``save`` writes everything of one source in a single transaction: a failure leaves the store
as it was. The same content is stored once (its id is the hash of its text); a changed file at
a known origin replaces the earlier source and all its evidence in that same transaction.
"""

from __future__ import annotations

import dataclasses
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


@dataclass(frozen=True, slots=True)
class Saved:
    """What saving one source did: to its text (``outcome``) and to its access level."""

    outcome: SaveOutcome
    access: AccessLevel
    access_changed: bool = False  # a stored source's level was changed by this save
    looser_refused: bool = False  # a looser level was asked for and the stored, stricter one kept


def save(store: Store, source: Source, items: Iterable[Evidence]) -> SaveOutcome:
    """Store ``source`` and its evidence in one transaction."""
    return save_many(store, [(source, list(items))])[0].outcome


def save_many(
    store: Store,
    batch: Sequence[tuple[Source, Sequence[Evidence]]],
    *,
    loosen_access: bool = False,
    actor: str = "trendbeeld",
) -> list[Saved]:
    """Store a batch of sources with their evidence in one transaction, one result per source.

    The outcomes are those of saving the sources one by one in order: a source whose text is
    stored already is unchanged; a source at a known origin replaces what was stored there (also
    an earlier source of the same batch). All of the batch is stored, or none of it.

    A source's access level changes only by a recorded decision: a stricter level than the stored
    one is applied at once (to the stored source, or to the source that replaces it), a looser one
    only with ``loosen_access``; otherwise the stricter level stays. Every change is written to the
    decision log with ``actor``. Evidence, search and trends read the level from the source, so
    they follow in the same transaction.
    """
    if not batch:
        return []
    with store.begin() as conn:
        levels = _stored_levels(conn, [s.id for s, _ in batch], [s.origin for s, _ in batch])
        results: list[Saved] = []
        chosen: dict[str, tuple[Source, Sequence[Evidence]]] = {}  # origin -> last new source there
        for given, items in batch:
            source, wanted = given, given.meta.access
            stored = levels.by_id.get(source.id) or levels.by_origin.get(source.origin)
            level = _decided_level(stored, wanted, loosen_access)
            if source.id in levels.by_id:
                results.append(_update_access(conn, source, stored, level, wanted, actor))
                levels.by_id[source.id] = level
                continue
            replaced = source.origin in levels.by_origin
            if stored is not None and level is not wanted:
                source = dataclasses.replace(given, meta=dataclasses.replace(given.meta, access=level))
            if stored is not None and level is not stored:
                _record_access(conn, source, stored, level, actor)
            results.append(Saved(SaveOutcome.REPLACED if replaced else SaveOutcome.ADDED, level,
                                 access_changed=stored is not None and level is not stored,
                                 looser_refused=level is not wanted))
            levels.by_id[source.id] = level
            levels.by_origin[source.origin] = level
            chosen[source.origin] = (source, items)
        _delete_origins(conn, [origin for origin in chosen if origin in levels.stored_origins])
        _insert_sources(conn, [source for source, _ in chosen.values()])
        _insert_evidence(conn, [item for _, items in chosen.values() for item in items])
    return results


@dataclass
class _Levels:
    by_id: dict[str, AccessLevel]  # access level of each stored (or just saved) source id
    by_origin: dict[str, AccessLevel]  # the same per origin
    stored_origins: set[str]  # origins with a source in the store before this batch


def _stored_levels(conn: Connection, ids: Sequence[str], origins: Sequence[str]) -> _Levels:
    by_id: dict[str, AccessLevel] = {}
    by_origin: dict[str, AccessLevel] = {}
    for part in _chunks(list(dict.fromkeys(ids))):
        query = sa.select(source_table.c.id, source_table.c.access).where(source_table.c.id.in_(part))
        by_id.update((row.id, AccessLevel(row.access)) for row in conn.execute(query))
    for part in _chunks(list(dict.fromkeys(origins))):
        query = sa.select(source_table.c.origin, source_table.c.access).where(source_table.c.origin.in_(part))
        for row in conn.execute(query):
            level = AccessLevel(row.access)
            known = by_origin.get(row.origin)
            by_origin[row.origin] = level if known is None or level.rank > known.rank else known
    return _Levels(by_id, by_origin, set(by_origin))


def _decided_level(stored: AccessLevel | None, wanted: AccessLevel, loosen: bool) -> AccessLevel:
    """The level to store: what is asked, unless that is looser than what is stored and not allowed."""
    if stored is None or loosen or wanted.rank >= stored.rank:
        return wanted
    return stored


def _update_access(conn: Connection, source: Source, stored: AccessLevel | None, level: AccessLevel,
                   wanted: AccessLevel, actor: str) -> Saved:
    """The same text again: only its access level may change."""
    changed = stored is not None and level is not stored
    if changed:
        conn.execute(sa.update(source_table).where(source_table.c.id == source.id).values(access=level.value))
        _record_access(conn, source, stored, level, actor)
    return Saved(SaveOutcome.UNCHANGED, level, access_changed=changed, looser_refused=level is not wanted)


def _record_access(conn: Connection, source: Source, before: AccessLevel | None, after: AccessLevel,
                   actor: str) -> None:
    from trendbeeld.store.trends import record_decision  # the decision log lives with the trends

    record_decision(conn, "toegang", source.id, actor, origin=source.origin,
                    voor=before.value if before else None, na=after.value)


_CHUNK = 500  # bound parameters per IN (...) list, well below SQLite's limit


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


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
