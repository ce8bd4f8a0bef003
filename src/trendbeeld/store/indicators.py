"""Stored indicator series (reeksen): series, observations and a log of imports.

An import is one transaction: a file that fails stores nothing. Every observation remembers the file
(origin) it came from, so re-importing a file replaces exactly what that file gave earlier, while two
files that cover different years of the same series (say, police exports for 2022–2023 and 2024) add
up to one series. When two files give the same period, the later import wins.

The store knows series and observations (``model``) only: reading files and fetching StatLine tables
is the indicators stage's work (``trendbeeld.indicators.import_file``, ``import_statline``), which
hands the series and its import report (as a JSON record) to :func:`save_series`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from trendbeeld.model import AccessLevel, Observation, Series
from trendbeeld.store.engine import Store
from trendbeeld.store.schema import metadata

__all__ = [
    "import_tables",
    "list_indicators",
    "list_series",
    "save_series",
]

series_table = sa.Table(
    "series",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("indicator", sa.Text, nullable=False),
    sa.Column("region", sa.String(100), nullable=False, index=True),
    sa.Column("unit", sa.String(20)),
    sa.Column("source", sa.Text),
    sa.Column("access", sa.String(20), nullable=False, index=True),
    sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
)

observation_table = sa.Table(
    "observation",
    metadata,
    sa.Column("series_id", sa.String(32), sa.ForeignKey("series.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("period", sa.String(16), primary_key=True),
    sa.Column("value", sa.Float, nullable=False),
    sa.Column("provisional", sa.Boolean, nullable=False),
    sa.Column("origin", sa.Text, nullable=False, index=True),
)

import_table = sa.Table(
    "series_import",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("origin", sa.Text, nullable=False, index=True),
    sa.Column("access", sa.String(20), nullable=False),
    sa.Column("n_series", sa.Integer, nullable=False),
    sa.Column("n_observations", sa.Integer, nullable=False),
    sa.Column("n_skipped", sa.Integer, nullable=False),
    sa.Column("report", sa.JSON, nullable=False),
    sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
)

_CHUNK = 500


def _stricter(a: str | None, b: str | None) -> str:
    levels = [AccessLevel(x) for x in (a, b) if x]
    return max(levels, key=lambda level: level.rank).value if levels else AccessLevel.PUBLIC.value


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _replace(conn: Connection, series: Sequence[Series], origin: str, access: str) -> None:
    now = datetime.now(UTC)
    # What this origin gave before goes first; series left without observations go with it.
    touched = [r.series_id for r in conn.execute(
        sa.select(observation_table.c.series_id).where(observation_table.c.origin == origin).distinct()
    )]
    conn.execute(sa.delete(observation_table).where(observation_table.c.origin == origin))
    ids = [s.id for s in series]
    existing: dict[str, str] = {}
    for chunk in _chunks(ids):
        for row in conn.execute(sa.select(series_table.c.id, series_table.c.access)
                                .where(series_table.c.id.in_(chunk))):
            existing[row.id] = row.access
    # A later file wins for the periods it gives.
    for s in series:
        periods = [o.period for o in s.observations]
        if s.id in existing:
            for part in range(0, len(periods), _CHUNK):
                conn.execute(sa.delete(observation_table).where(observation_table.c.series_id == s.id)
                             .where(observation_table.c.period.in_(periods[part : part + _CHUNK])))
    rows: list[dict[str, object]] = [
        {"id": s.id, "indicator": s.indicator, "region": s.region, "unit": s.unit, "source": s.source,
         "access": _stricter(existing.get(s.id), s.access or access), "imported_at": now}
        for s in series
    ]
    for values in rows:
        if values["id"] in existing:
            conn.execute(sa.update(series_table).where(series_table.c.id == values["id"]).values(
                unit=values["unit"], source=values["source"], access=values["access"], imported_at=now))
    new_rows = [r for r in rows if r["id"] not in existing]
    if new_rows:
        conn.execute(sa.insert(series_table), new_rows)
    observations = [
        {"series_id": s.id, "period": o.period, "value": o.value, "provisional": o.provisional,
         "origin": origin}
        for s in series for o in s.observations
    ]
    for part in range(0, len(observations), 5000):
        conn.execute(sa.insert(observation_table), observations[part : part + 5000])
    orphans = sorted(set(touched) - set(ids))
    for chunk in _chunks(orphans):
        left = {r.series_id for r in conn.execute(
            sa.select(observation_table.c.series_id).where(observation_table.c.series_id.in_(chunk)).distinct()
        )}
        gone = [i for i in chunk if i not in left]
        if gone:
            conn.execute(sa.delete(series_table).where(series_table.c.id.in_(gone)))


def save_series(store: Store, series: Sequence[Series], *, origin: str,
                access: AccessLevel | str = AccessLevel.PUBLIC,
                report: Mapping[str, Any] | None = None) -> int:
    """Store ``series`` as what ``origin`` gives, in one transaction; returns the number of observations.

    ``report`` is the import report as a JSON record (``skipped``: a list of skipped cells, plus what
    the reader found, such as ``publisher``, ``table_id`` and ``table_title``); given, it is logged in
    the same transaction, so ``import_tables`` can name the file's table later.
    """
    level = AccessLevel(access).value
    with store.begin() as conn:
        _replace(conn, series, origin, level)
        if report is not None:
            _log(conn, series, report, origin, level)
    return sum(len(s.observations) for s in series)


def _log(conn: Connection, series: Sequence[Series], report: Mapping[str, Any], origin: str,
         access: str) -> None:
    skipped = list(report.get("skipped") or [])
    data = {**report, "skipped": skipped[:200]}
    conn.execute(sa.insert(import_table).values(
        origin=origin, access=access, n_series=len(series),
        n_observations=sum(len(s.observations) for s in series), n_skipped=len(skipped), report=data,
        imported_at=datetime.now(UTC),
    ))


def list_series(store: Store, *, indicator: str | None = None, region: str | None = None,
                access: AccessLevel | str | None = None) -> list[Series]:
    """Stored series, sorted by indicator and region; ``access`` keeps only those a reader may see."""
    query = sa.select(series_table)
    if indicator is not None:
        query = query.where(series_table.c.indicator == indicator)
    if region is not None:
        query = query.where(series_table.c.region == region)
    reader = AccessLevel(access) if access is not None else None
    with store.read() as conn:
        rows = [r for r in conn.execute(query.order_by(series_table.c.indicator, series_table.c.region))
                if reader is None or reader.allows(AccessLevel(r.access))]
        points: dict[str, list[Observation]] = defaultdict(list)
        ids = [r.id for r in rows]
        for chunk in _chunks(ids):
            query_points = sa.select(observation_table).where(observation_table.c.series_id.in_(chunk))
            for o in conn.execute(query_points):
                points[o.series_id].append(Observation(o.period, o.value, bool(o.provisional)))
    return [
        Series(r.indicator, r.region, tuple(sorted(points[r.id], key=lambda o: o.period)), unit=r.unit,
               source=r.source, access=r.access)
        for r in rows
    ]


def import_tables(store: Store) -> dict[str, tuple[str | None, str | None, str | None]]:
    """File name → (publisher, table id, table title) as the newest import of that file recorded them."""
    query = sa.select(import_table.c.origin, import_table.c.report).order_by(import_table.c.id)
    found: dict[str, tuple[str | None, str | None, str | None]] = {}
    with store.read() as conn:
        for row in conn.execute(query):
            report = row.report if isinstance(row.report, dict) else {}
            if report.get("error"):
                continue
            found[Path(row.origin).name] = (
                report.get("publisher"), report.get("table_id"), report.get("table_title")
            )
    return found


def list_indicators(store: Store) -> list[tuple[str, int]]:
    """Indicator names with their number of series."""
    query = (sa.select(series_table.c.indicator, sa.func.count())
             .group_by(series_table.c.indicator).order_by(series_table.c.indicator))
    with store.read() as conn:
        return [(r[0], int(r[1])) for r in conn.execute(query)]
