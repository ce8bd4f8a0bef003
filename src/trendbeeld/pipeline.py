"""Runs the stages in order. Each numbered step is one stage; stages never call each other.

1. sources   read each file, URL or feed into `Source` objects (text repaired, pages kept)
2. extract   find figures, trend statements, quotes and headlines with exact spans
3. themes    find the sections (headings) of each source; they are stored as evidence too
4. store     write each source with its evidence in one transaction

Later stages read from the store; ``analyse`` runs them in order:

5. themes    assign every evidence item to themes of a taxonomy (analyst corrections win)
6. trends    cluster trend statements and figures per theme into candidate trends (curation kept)
7. routemap  suggest typed links between trends and themes

Indicators are imported separately (``trendbeeld indicators import``); editions are built from the store.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from trendbeeld import extract, routemap, sources, themes, trends
from trendbeeld.errors import TrendbeeldError, file_context
from trendbeeld.model import AccessLevel, Evidence, Section, Source, SourceMeta
from trendbeeld.store import Store
from trendbeeld.store import sources as source_store
from trendbeeld.store.sources import SaveOutcome


@dataclass
class IngestReport:
    """What a batch did: outcomes per source and the errors per file."""

    outcomes: dict[SaveOutcome, int] = field(default_factory=lambda: dict.fromkeys(SaveOutcome, 0))
    evidence: int = 0
    errors: list[TrendbeeldError] = field(default_factory=list)
    access_changed: list[tuple[str, AccessLevel]] = field(default_factory=list)  # origin, new level
    looser_refused: list[tuple[str, AccessLevel]] = field(default_factory=list)  # origin, level kept

    @property
    def failed(self) -> bool:
        return bool(self.errors)


Progress = Callable[[str], None]


def _ignore(_: str) -> None:
    return None


def evidence_of(source: Source) -> list[Evidence]:
    """Steps 2 and 3 for one source: its evidence and its (unthemed) section headings."""
    return [*extract.extract(source), *themes.sections(source)]


def read_and_extract(target: str, meta: SourceMeta, *, encoding: str | None = None) -> Iterable[
    tuple[Source, list[Evidence]]
]:
    """Steps 1 and 2 for one target: its sources, each with its evidence (no sections)."""
    for source in sources.read(target, meta=meta, encoding=encoding):
        yield source, extract.extract(source)


def sections(source: Source, taxonomy: str | Path | None = None) -> list[Section]:
    """The section headings of ``source``, themed by ``taxonomy`` (a bundled name or a YAML path)."""
    return themes.sections(source, themes.load_taxonomy(taxonomy) if taxonomy else None)


BATCH = 200  # sources stored per transaction; a batch is all or nothing
PARALLEL_FROM = 100  # fewer sources than this are extracted in this process


def ingest(
    store: Store,
    targets: Iterable[str | Path],
    *,
    meta: SourceMeta | None = None,
    encoding: str | None = None,
    progress: Progress = _ignore,
    saved: Callable[[int], None] = lambda _: None,
    workers: int | None = None,
    loosen_access: bool = False,
    actor: str = "trendbeeld",
    follow_links: bool = False,
) -> IngestReport:
    """Read, extract and store every target; a bad file is reported and the batch goes on.

    Extraction runs in ``workers`` processes (default: every core) once there is enough to do;
    sources are stored ``BATCH`` at a time, each batch in one transaction. ``progress`` hears each
    file as it starts, ``saved`` the number of sources stored after each batch. A source that is
    stored already gets the access level asked for when it is stricter; a looser level only with
    ``loosen_access`` (each change is logged as a decision by ``actor``). In folders, symbolic
    links out of the folder are followed only with ``follow_links``; FIFOs and devices never.
    """
    report = IngestReport()
    with _Extractor(workers, _Saving(store, loosen_access, actor)) as extractor:
        for requested in targets:
            try:
                found = sources.discover([str(requested)], meta=meta, follow_links=follow_links,
                                         refused=report.errors)
            except TrendbeeldError as exc:
                report.errors.append(exc)
                continue
            for target, target_meta in found:
                progress(target)
                _ingest_target(extractor, target, target_meta, encoding, report, saved)
    return report


def _ingest_target(extractor: _Extractor, target: str, meta: SourceMeta, encoding: str | None,
                   report: IngestReport, saved: Callable[[int], None]) -> None:
    """One file or URL: while the workers extract one batch, the next is read and the last stored."""
    batch: list[Source] = []
    running: _Batch | None = None
    try:
        for source in sources.read(target, meta=meta, encoding=encoding):
            batch.append(source)
            if len(batch) >= BATCH:
                previous, running = running, extractor.start(batch)
                batch = []
                _finish(extractor.saving, target, previous, report, saved)
    except TrendbeeldError as exc:
        report.errors.append(exc)  # what was read before the error is still stored
    for finishing in (running, extractor.start(batch) if batch else None):
        try:
            _finish(extractor.saving, target, finishing, report, saved)
        except TrendbeeldError as exc:
            report.errors.append(exc)


@dataclass
class _Batch:
    sources: list[Source]
    evidence: Iterator[list[Evidence]]


@dataclass(frozen=True)
class _Saving:
    store: Store
    loosen_access: bool
    actor: str


def _finish(saving: _Saving, target: str, batch: _Batch | None, report: IngestReport,
            saved: Callable[[int], None]) -> None:
    """Wait for a batch's evidence and store it in one transaction."""
    if batch is None:
        return
    with file_context(target):
        extracted = list(batch.evidence)
        results = source_store.save_many(saving.store, list(zip(batch.sources, extracted, strict=True)),
                                         loosen_access=saving.loosen_access, actor=saving.actor)
    for source, result, items in zip(batch.sources, results, extracted, strict=True):
        report.outcomes[result.outcome] += 1
        if result.outcome is not SaveOutcome.UNCHANGED:
            report.evidence += len(items)
        if result.access_changed:
            report.access_changed.append((source.origin, result.access))
        if result.looser_refused:
            report.looser_refused.append((source.origin, result.access))
    saved(len(batch.sources))


class _Extractor:
    """Steps 2 and 3 over batches of sources, in worker processes when a batch is large."""

    def __init__(self, workers: int | None, saving: _Saving) -> None:
        self.workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
        self.saving = saving
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Extractor:
        return self

    def __exit__(self, *_: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def start(self, batch: list[Source]) -> _Batch:
        """Begin extracting ``batch``; its evidence is computed in the background where possible."""
        if self.workers < 2 or len(batch) < PARALLEL_FROM:
            return _Batch(batch, iter([evidence_of(source) for source in batch]))
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        chunk = max(1, len(batch) // (4 * self.workers))
        return _Batch(batch, self._pool.map(evidence_of, batch, chunksize=chunk))


@dataclass(frozen=True)
class AnalysisReport:
    """What ``analyse`` did: items themed, candidate trends, suggested links."""

    themed: int
    trends: trends.ClusterReport
    links: int


def analyse(
    store: Store, taxonomy: str | Path, *, access: AccessLevel, embedder: str = "auto"
) -> AnalysisReport:
    """Steps 5–7 on what is stored: themes, candidate trends, route-map suggestions.

    Only evidence readable at ``access`` is used, so trend titles never come from material the
    edition's readers may not see.
    """
    loaded = themes.load_taxonomy(taxonomy)
    assignment = themes.assign(store, loaded, access=access)
    clustered = trends.run(store, loaded, access=access, embedder=embedder, assignment=assignment)
    links = routemap.suggest(store, access=access)
    return AnalysisReport(themed=sum(1 for c in assignment.values() if c), trends=clustered, links=len(links))
