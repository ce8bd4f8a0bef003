"""Batched, parallel ingest: the same store as one source at a time, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from pathlib import Path

import sqlalchemy as sa

from tests.conftest import require
from trendbeeld import pipeline
from trendbeeld.model import AccessLevel, Source, SourceMeta
from trendbeeld.store import Store, open_store
from trendbeeld.store import sources as source_store
from trendbeeld.store.schema import evidence
from trendbeeld.store.sources import SaveOutcome

POLICE_NEWS = "corpus/real/news/politie_nl_nieuwsberichten_2012_2019.csv"


def _news_sample(shared: Path, tmp_path: Path, rows: int) -> Path:
    """The first ``rows`` items of the real politie.nl news CSV, as a file of their own."""
    path = shared / POLICE_NEWS
    require(path.is_file(), f"{path} ontbreekt")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        kept = [row for _, row in zip(range(rows + 1), reader, strict=False)]
    sample = tmp_path / "politie_nieuws.csv"
    with sample.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(kept)
    return sample


def _stored(store: Store) -> tuple[list[str], list[str]]:
    with store.read() as conn:
        ids = sorted(conn.execute(sa.select(evidence.c.id)).scalars())
    sources = sorted(s.id for s in source_store.list_sources(store, access=AccessLevel.CONFIDENTIAL))
    return sources, ids


def test_parallel_batches_store_what_one_at_a_time_stores(shared: Path, tmp_path: Path) -> None:
    sample = _news_sample(shared, tmp_path, rows=pipeline.BATCH + pipeline.PARALLEL_FROM + 7)
    serial = open_store(str(tmp_path / "serial.db"))
    parallel = open_store(str(tmp_path / "parallel.db"))
    seen: list[int] = []
    one = pipeline.ingest(serial, [sample], workers=1)
    two = pipeline.ingest(parallel, [sample], workers=2, saved=seen.append)
    assert one.errors == two.errors == []
    assert one.outcomes == two.outcomes
    assert one.evidence == two.evidence > 0
    assert _stored(serial) == _stored(parallel)
    assert sum(seen) == sum(one.outcomes.values())
    assert len(seen) >= 2  # stored in more than one transaction


def test_a_batch_keeps_the_outcomes_of_saving_one_by_one(store: Store) -> None:
    first = Source.create("nieuws.csv#1", "Het aantal inbraken steeg met 12 procent.", SourceMeta())
    same = Source.create("elders.csv#9", first.text, SourceMeta())
    newer = Source.create("nieuws.csv#1", "Het aantal inbraken steeg met 14 procent.", SourceMeta())
    other = Source.create("nieuws.csv#2", "Het aantal diefstallen daalde.", SourceMeta())
    saved = source_store.save_many(store, [(first, []), (same, []), (newer, []), (other, [])])
    outcomes = [r.outcome for r in saved]
    assert outcomes == [SaveOutcome.ADDED, SaveOutcome.UNCHANGED, SaveOutcome.REPLACED, SaveOutcome.ADDED]
    stored = {s.origin: s.id for s in source_store.list_sources(store, access=AccessLevel.PUBLIC)}
    assert stored == {"nieuws.csv#1": newer.id, "nieuws.csv#2": other.id}
    again = [r.outcome for r in source_store.save_many(store, [(newer, []), (other, [])])]
    assert again == [SaveOutcome.UNCHANGED, SaveOutcome.UNCHANGED]
