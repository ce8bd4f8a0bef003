"""The trend aggregate: candidate and curated trends, their evidence, decisions and route-map links.

Tables (created by migration 0003):

- ``trend``: one row per trend; ``curated`` marks trends an analyst has touched, which
  re-clustering never deletes or shrinks.
- ``trend_evidence``: which evidence backs which trend, with its rank (closeness to the
  trend's centre) and how it got there (``cluster``, ``analyst`` or ``attached``).
- ``decision``: every analyst decision (what, who, when), append-only.
- ``trend_link``: route-map links between trends or themes, suggested or confirmed.

Evidence ids in ``trend_evidence`` are not foreign keys: a replaced source takes its evidence
with it, and reads join on the evidence and source tables (filtered by access level).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trendbeeld.errors import ConfigError
from trendbeeld.model import (
    AccessLevel,
    Decision,
    Evidence,
    LinkType,
    PageRange,
    Source,
    Span,
    TrendLink,
    hash_id,
)
from trendbeeld.records import from_parts
from trendbeeld.store.engine import Store
from trendbeeld.store.schema import evidence as evidence_table
from trendbeeld.store.schema import metadata
from trendbeeld.store.schema import page as page_table
from trendbeeld.store.schema import source as source_table
from trendbeeld.store.sources import _meta as source_meta
from trendbeeld.store.sources import readable_levels

trend = sa.Table(
    "trend",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("theme", sa.String(100), index=True),
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("curated", sa.Boolean, nullable=False, default=False),
    sa.Column("direction", sa.String(16)),
    sa.Column("summary", sa.Text, nullable=False, default=""),
    sa.Column("impact", sa.String(16)),
    sa.Column("horizon", sa.Text),
    sa.Column("international", sa.Text, nullable=False, default=""),
    sa.Column("national", sa.Text, nullable=False, default=""),
    sa.Column("meaning", sa.Text, nullable=False, default=""),
    sa.Column("merged_into", sa.String(32)),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

trend_evidence = sa.Table(
    "trend_evidence",
    metadata,
    sa.Column("trend_id", sa.String(32), sa.ForeignKey("trend.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("evidence_id", sa.String(32), primary_key=True, index=True),
    sa.Column("rank", sa.Float, nullable=False, default=0.0),
    sa.Column("origin", sa.String(16), nullable=False),
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
)

decision = sa.Table(
    "decision",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("subject", sa.String(200), nullable=False, index=True),
    sa.Column("payload", sa.Text, nullable=False),
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)

trend_link = sa.Table(
    "trend_link",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("source", sa.String(100), nullable=False),
    sa.Column("target", sa.String(100), nullable=False),
    sa.Column("type", sa.String(20), nullable=False),
    sa.Column("rationale", sa.Text, nullable=False, default=""),
    sa.Column("reading", sa.JSON, nullable=False),
    sa.Column("score", sa.Float, nullable=False, default=0.0),
    sa.Column("state", sa.String(16), nullable=False, index=True),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

TREND_FIELDS = (
    "title", "theme", "status", "curated", "direction", "summary", "impact", "horizon",
    "international", "national", "meaning", "merged_into",
)  # fmt: skip


READ_CHUNK = 500  # ids per SELECT … IN (…)


class LinkState:
    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REMOVED = "removed"


class MemberOrigin:
    CLUSTER = "cluster"
    ANALYST = "analyst"
    ATTACHED = "attached"


@dataclass(frozen=True, slots=True)
class Member:
    """One evidence item of a trend as stored."""

    evidence_id: str
    rank: float
    origin: str
    added_at: datetime


@dataclass(frozen=True, slots=True)
class TrendRow:
    """A trend as stored: analyst fields plus its members (evidence ids, best first)."""

    id: str
    status: str
    curated: bool
    title: str | None = None
    theme: str | None = None
    direction: str | None = None
    summary: str = ""
    impact: str | None = None
    horizon: str | None = None
    international: str = ""
    national: str = ""
    meaning: str = ""
    merged_into: str | None = None
    members: tuple[Member, ...] = field(default=())

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in TREND_FIELDS}


def now() -> datetime:
    return datetime.now(UTC)


def _as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# --------------------------------------------------------------------------- trends


def load_trends(conn: Connection, ids: Sequence[str] | None = None) -> list[TrendRow]:
    """Stored trends (all statuses) with their members, ordered by id."""
    query = sa.select(trend).order_by(trend.c.id)
    members_query = sa.select(trend_evidence).order_by(
        trend_evidence.c.trend_id, trend_evidence.c.rank.desc(), trend_evidence.c.evidence_id
    )
    if ids is not None:
        query = query.where(trend.c.id.in_(list(ids)))
        members_query = members_query.where(trend_evidence.c.trend_id.in_(list(ids)))
    members: dict[str, list[Member]] = defaultdict(list)
    for row in conn.execute(members_query):
        members[row.trend_id].append(
            Member(row.evidence_id, float(row.rank), row.origin, _as_utc(row.added_at))
        )
    return [
        TrendRow(
            id=row.id,
            status=row.status,
            curated=bool(row.curated),
            **{name: row._mapping[name] for name in TREND_FIELDS if name not in ("status", "curated")},
            members=tuple(members.get(row.id, ())),
        )
        for row in conn.execute(query)
    ]


def insert_trend(conn: Connection, row: TrendRow) -> None:
    moment = now()
    conn.execute(sa.insert(trend).values(id=row.id, created_at=moment, updated_at=moment, **row.values()))


def update_trend(conn: Connection, trend_id: str, **values: Any) -> None:
    unknown = set(values) - set(TREND_FIELDS)
    if unknown:
        raise ValueError(f"unknown trend fields: {sorted(unknown)}")
    conn.execute(sa.update(trend).where(trend.c.id == trend_id).values(updated_at=now(), **values))


def delete_trends(conn: Connection, ids: Iterable[str]) -> None:
    chosen = list(ids)
    if chosen:
        conn.execute(sa.delete(trend_evidence).where(trend_evidence.c.trend_id.in_(chosen)))
        conn.execute(sa.delete(trend).where(trend.c.id.in_(chosen)))


def set_members(conn: Connection, trend_id: str, members: Sequence[tuple[str, float]], origin: str) -> None:
    """Replace the members of ``trend_id`` with ``(evidence id, rank)`` pairs."""
    conn.execute(sa.delete(trend_evidence).where(trend_evidence.c.trend_id == trend_id))
    add_members(conn, trend_id, members, origin)


def add_members(conn: Connection, trend_id: str, members: Sequence[tuple[str, float]], origin: str) -> None:
    """Add evidence to ``trend_id`` (evidence already there keeps its row)."""
    if not members:
        return
    present = set(
        conn.execute(
            sa.select(trend_evidence.c.evidence_id).where(trend_evidence.c.trend_id == trend_id)
        ).scalars()
    )
    moment = now()
    rows = [
        {"trend_id": trend_id, "evidence_id": eid, "rank": float(rank), "origin": origin, "added_at": moment}
        for eid, rank in dict(members).items()
        if eid not in present
    ]
    if rows:
        conn.execute(sa.insert(trend_evidence), rows)


def remove_members(conn: Connection, trend_id: str, evidence_ids: Iterable[str]) -> None:
    chosen = list(evidence_ids)
    if chosen:
        conn.execute(
            sa.delete(trend_evidence).where(
                trend_evidence.c.trend_id == trend_id, trend_evidence.c.evidence_id.in_(chosen)
            )
        )


def prune_missing_evidence(conn: Connection) -> int:
    """Drop links to evidence that no longer exists (its source was replaced)."""
    existing = sa.select(evidence_table.c.id)
    result = conn.execute(sa.delete(trend_evidence).where(trend_evidence.c.evidence_id.not_in(existing)))
    return int(result.rowcount or 0)


def readable_members(
    store: Store, *, access: AccessLevel, trend_ids: Sequence[str] | None = None
) -> dict[str, list[Evidence]]:
    """Trend id → its evidence from sources readable at ``access``, best-ranked first."""
    query = (
        sa.select(trend_evidence.c.trend_id, evidence_table)
        .join(evidence_table, evidence_table.c.id == trend_evidence.c.evidence_id)
        .join(source_table, source_table.c.id == evidence_table.c.source_id)
        .where(source_table.c.access.in_(readable_levels(access)))
        .order_by(trend_evidence.c.trend_id, trend_evidence.c.rank.desc(), evidence_table.c.id)
    )
    if trend_ids is not None:
        query = query.where(trend_evidence.c.trend_id.in_(list(trend_ids)))
    found: dict[str, list[Evidence]] = defaultdict(list)
    with store.read() as conn:
        for row in conn.execute(query):
            span = Span(row.source_id, row.start, row.end)
            found[row.trend_id].append(from_parts(row.kind, span, row.text, row.page, row.data))
    return found


# --------------------------------------------------------------------------- sources


def read_sources(store: Store, source_ids: Sequence[str], *, access: AccessLevel) -> list[Source]:
    """The readable sources among ``source_ids`` with their pages, read a few hundred at a time."""
    levels = readable_levels(access)
    found: list[Source] = []
    with store.read() as conn:
        for i in range(0, len(source_ids), READ_CHUNK):
            chunk = list(source_ids[i : i + READ_CHUNK])
            pages: dict[str, list[PageRange]] = defaultdict(list)
            query = (
                sa.select(page_table).where(page_table.c.source_id.in_(chunk)).order_by(page_table.c.number)
            )
            for p in conn.execute(query):
                pages[p.source_id].append(PageRange(p.number, p.start, p.end))
            rows = conn.execute(
                sa.select(source_table).where(source_table.c.id.in_(chunk), source_table.c.access.in_(levels))
            )
            found.extend(
                Source(
                    id=row.id,
                    origin=row.origin,
                    text=row.text,
                    meta=source_meta(row),
                    pages=tuple(pages.get(row.id, ())),
                )
                for row in rows
            )
    return found


# --------------------------------------------------------------------------- decisions


def add_decision(conn: Connection, record: Decision) -> None:
    conn.execute(
        sa.insert(decision).values(
            id=record.id,
            action=record.action,
            subject=record.subject,
            payload=record.payload,
            actor=record.actor,
            at=record.at,
        )
    )


def record_decision(conn: Connection, action: str, subject: str, actor: str, **data: Any) -> Decision:
    """Store what ``actor`` decided about ``subject`` now; ``data`` becomes the JSON payload."""
    if not actor or not actor.strip():
        raise ConfigError("wie besluit dit? geef een naam mee", hint="Gebruik --door NAAM")
    moment = now()
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    record = Decision(
        hash_id("decision", action, subject, body, actor, moment.isoformat()),
        action,
        subject,
        body,
        actor.strip(),
        moment,
    )
    add_decision(conn, record)
    return record


def list_decisions(store: Store, *, subject: str | None = None, action: str | None = None) -> list[Decision]:
    """Decisions, oldest first, optionally about one subject or of one action."""
    query = sa.select(decision).order_by(decision.c.at, decision.c.id)
    if subject is not None:
        query = query.where(decision.c.subject == subject)
    if action is not None:
        query = query.where(decision.c.action == action)
    with store.read() as conn:
        return [
            Decision(r.id, r.action, r.subject, r.payload, r.actor, _as_utc(r.at))
            for r in conn.execute(query)
        ]


def sources_since_last(conn: Connection, action: str) -> set[str] | None:
    """Ids of the sources stored (new or replaced) after the latest decision ``action``; None
    when there is no such decision. Compared in the database, in its own time format."""
    last = sa.select(sa.func.max(decision.c.at)).where(decision.c.action == action).scalar_subquery()
    if conn.execute(sa.select(last)).scalar() is None:
        return None
    query = sa.select(source_table.c.id).where(source_table.c.added_at > last)
    return {row.id for row in conn.execute(query)}


def payload(record: Decision) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(record.payload)
    return loaded


# --------------------------------------------------------------------------- route-map links


def _link(row: sa.Row[Any]) -> TrendLink:
    return TrendLink(
        id=row.id,
        source=row.source,
        target=row.target,
        type=LinkType(row.type),
        rationale=row.rationale,
        reading=tuple(row.reading or ()),
        score=float(row.score),
        confirmed=row.state == LinkState.CONFIRMED,
    )


def load_links(store: Store, *, states: Sequence[str]) -> list[TrendLink]:
    query = sa.select(trend_link).where(trend_link.c.state.in_(list(states))).order_by(trend_link.c.id)
    with store.read() as conn:
        return [_link(row) for row in conn.execute(query)]


def link_states(conn: Connection) -> dict[str, str]:
    return {row.id: row.state for row in conn.execute(sa.select(trend_link.c.id, trend_link.c.state))}


def get_link(conn: Connection, link_id: str) -> tuple[TrendLink, str] | None:
    row = conn.execute(sa.select(trend_link).where(trend_link.c.id == link_id)).first()
    return (_link(row), row.state) if row else None


def upsert_link(conn: Connection, link: TrendLink, state: str) -> None:
    values = {
        "source": link.source,
        "target": link.target,
        "type": link.type.value,
        "rationale": link.rationale,
        "reading": list(link.reading),
        "score": float(link.score),
        "state": state,
        "updated_at": now(),
    }
    if conn.execute(sa.select(trend_link.c.id).where(trend_link.c.id == link.id)).first():
        conn.execute(sa.update(trend_link).where(trend_link.c.id == link.id).values(**values))
    else:
        conn.execute(sa.insert(trend_link).values(id=link.id, **values))


def confirmed_endpoints(conn: Connection) -> set[str]:
    """The trend or theme ids at either end of a confirmed link."""
    query = sa.select(trend_link.c.source, trend_link.c.target).where(
        trend_link.c.state == LinkState.CONFIRMED
    )
    return {node for row in conn.execute(query) for node in (row.source, row.target)}


def keep_trends(conn: Connection, ids: Iterable[str]) -> None:
    """Mark the stored trends among ``ids`` curated: re-clustering keeps them (ids of themes are ignored)."""
    chosen = list(ids)
    if chosen:
        conn.execute(sa.update(trend).where(trend.c.id.in_(chosen)).values(curated=True))


def delete_suggestions(conn: Connection) -> None:
    conn.execute(sa.delete(trend_link).where(trend_link.c.state == LinkState.SUGGESTED))
