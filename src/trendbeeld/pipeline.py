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

Steps 1–3 run under a :class:`Budget` per source: a file above its size is refused before it is read,
and a source that takes longer than its seconds to read and extract is stopped (it runs in a worker
process that is killed); either ends that one source with a Dutch message and the batch goes on.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from trendbeeld import extract, routemap, sources, themes, trends
from trendbeeld.errors import SourceError, TrendbeeldError, UnreadableFile, file_context
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
PARALLEL_FROM = 100  # fewer sources than this are extracted in this process (without a time budget)
# A 300-page report is read and extracted in well under a minute on a laptop; five minutes is a hang.
DEFAULT_MAX_SECONDS = 300.0
DEFAULT_MAX_MB = sources.base.DEFAULT_MAX_MB
STOP_WAIT = 5.0  # seconds a worker gets to end by itself when the batch is done
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies


@dataclass(frozen=True)
class Budget:
    """What one source may cost: seconds to read and extract it, megabytes of the file it is read from.

    ``None`` is no limit. With a time limit every file is read and extracted in a worker process,
    which is stopped when a source runs over; without one, in this process (large batches in a pool).
    """

    seconds: float | None = DEFAULT_MAX_SECONDS
    megabytes: float | None = DEFAULT_MAX_MB


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
    budget: Budget | None = None,
) -> IngestReport:
    """Read, extract and store every target; a bad file is reported and the batch goes on.

    Extraction runs in ``workers`` processes (default: every core) once there is enough to do;
    sources are stored ``BATCH`` at a time, each batch in one transaction. ``progress`` hears each
    file as it starts, ``saved`` the number of sources stored after each batch. A source that is
    stored already gets the access level asked for when it is stricter; a looser level only with
    ``loosen_access`` (each change is logged as a decision by ``actor``). In folders, symbolic
    links out of the folder are followed only with ``follow_links``; FIFOs and devices never.
    Each source keeps to ``budget`` (default :class:`Budget`): one over it is reported as an error
    and the batch goes on.
    """
    report = IngestReport()
    budget = budget if budget is not None else Budget()
    with _Extractor(workers, _Saving(store, loosen_access, actor), budget) as extractor:
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
    try:
        _check_size(target, extractor.budget.megabytes)
    except TrendbeeldError as exc:
        report.errors.append(exc)
        return
    if extractor.guard is not None:
        _ingest_guarded(extractor, extractor.guard, target, meta, encoding, report, saved)
        return
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


def _ingest_guarded(extractor: _Extractor, guard: _Guard, target: str, meta: SourceMeta,
                    encoding: str | None, report: IngestReport, saved: Callable[[int], None]) -> None:
    """One file or URL read and extracted by the guarded worker; whole sources are stored as they come."""
    batch: list[Source] = []
    found: list[list[Evidence]] = []
    try:
        with contextlib.closing(guard.run(target, meta, encoding)) as pairs:
            for source, items in pairs:
                batch.append(source)
                found.append(items)
                if len(batch) >= BATCH:
                    _finish(extractor.saving, target, _Batch(batch, iter(found)), report, saved)
                    batch, found = [], []
    except TrendbeeldError as exc:
        report.errors.append(exc)  # the sources that came before the error are whole: they are stored
    if batch:
        try:
            _finish(extractor.saving, target, _Batch(batch, iter(found)), report, saved)
        except TrendbeeldError as exc:
            report.errors.append(exc)


def _check_size(target: str, megabytes: float | None) -> None:
    """Refuse a local file above the size budget before anything is read."""
    path = Path(target)
    if megabytes is None or not path.is_file():
        return
    size = path.stat().st_size
    if size > megabytes * 1024 * 1024:
        raise UnreadableFile(f"het bestand is te groot ({size / 1024 / 1024:.0f} MB, grens {megabytes:g} MB)",
                             path=target, hint="Splits het bestand of verhoog de grens met --max-mb")


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
    """Steps 2 and 3 over batches of sources, in worker processes when a batch is large.

    With a time budget, steps 1–3 run in a guarded worker instead (:class:`_Guard`).
    """

    def __init__(self, workers: int | None, saving: _Saving, budget: Budget) -> None:
        self.workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
        self.saving = saving
        self.budget = budget
        self.guard = _Guard(budget) if budget.seconds is not None else None
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Extractor:
        return self

    def __exit__(self, *_: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        if self.guard is not None:
            self.guard.close()

    def start(self, batch: list[Source]) -> _Batch:
        """Begin extracting ``batch``; its evidence is computed in the background where possible."""
        if self.workers < 2 or len(batch) < PARALLEL_FROM:
            return _Batch(batch, iter([evidence_of(source) for source in batch]))
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        chunk = max(1, len(batch) // (4 * self.workers))
        return _Batch(batch, self._pool.map(evidence_of, batch, chunksize=chunk))


# --------------------------------------------------------------------------- the guarded worker


class _Guard:
    """Reads and extracts one target at a time in a worker process that is killed when a source runs over.

    The worker sends each source with its evidence as soon as it is done; the budget's seconds run
    from the previous source (or the start of the file) to the next, so a long news file of many
    short items is fine and one source that hangs is not. On Linux the worker is forked from this
    process, warmed up first, so starting one (again, after a kill) costs milliseconds.
    """

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None

    def run(self, target: str, meta: SourceMeta, encoding: str | None) -> Generator[
        tuple[Source, list[Evidence]], None, None
    ]:
        """The sources of ``target`` with their evidence; SourceError when one runs over the budget."""
        conn = self._start()
        conn.send((target, meta, encoding, self.budget.megabytes))
        finished = False
        try:
            while True:
                if not conn.poll(self.budget.seconds):
                    raise SourceError(f"afgebroken: één bron lezen en verwerken duurde langer dan "
                                      f"{self.budget.seconds:g} seconden", path=target,
                                      hint="De andere bronnen gaan door. Verhoog de grens met --max-seconds")
                try:
                    kind, payload = conn.recv()
                except (EOFError, OSError) as exc:
                    raise SourceError("het lezen stopte onverwacht (te weinig geheugen?)",
                                      path=target) from exc
                if kind == "source":
                    yield payload
                elif kind == "done":
                    finished = True
                    return
                elif isinstance(payload, TrendbeeldError):
                    finished = True
                    raise payload
                else:
                    finished = True
                    raise SourceError(f"onverwachte fout bij het lezen ({payload})", path=target,
                                      hint="Meld dit met het bestand erbij")
        finally:
            if not finished:
                self._kill()  # it is still working on this target: a new worker takes the next

    def close(self) -> None:
        """Let the worker end by itself (or stop it)."""
        if self._conn is not None and self._process is not None:
            with contextlib.suppress(OSError):
                self._conn.send(None)
            self._process.join(STOP_WAIT)
        self._kill()

    def _start(self) -> Connection:
        if self._conn is not None and self._process is not None and self._process.is_alive():
            return self._conn
        self._kill()
        fork = "fork" in multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork") if fork else multiprocessing.get_context("spawn")
        if fork:
            _warm_up()
        ours, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs,), daemon=True, name="trendbeeld-bron")
        process.start()
        theirs.close()
        self._process, self._conn = process, ours
        return ours

    def _kill(self) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join()
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None


_WARM: list[bool] = []


def _warm_up() -> None:
    """Load the extractor's lexicons and models once here, so every forked worker starts warm."""
    if not _WARM:
        evidence_of(Source.create("opwarmen", "Het aantal inbraken steeg in 2023 met 12 procent.",
                                  SourceMeta()))
        _WARM.append(True)


def _detach() -> None:
    """The worker lets go of the terminal and the pipes it inherited, and dies with its parent (Linux)."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)  # a caller waiting for the end of our output is not kept waiting by the worker
    os.close(null)
    sys.stdout = sys.stderr = Path(os.devnull).open("w")  # noqa: SIM115 — for the worker's whole life
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _serve(conn: Connection) -> None:
    """The worker: read and extract each target it is sent until it gets None."""
    _detach()
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        target, meta, encoding, megabytes = task
        if megabytes is not None:
            os.environ["TRENDBEELD_MAX_MB"] = str(megabytes)  # feeds and URLs keep to it too
        try:
            for source in sources.read(target, meta=meta, encoding=encoding):
                conn.send(("source", (source, evidence_of(source))))
            conn.send(("done", None))
        except TrendbeeldError as exc:
            conn.send(("error", exc))
        except Exception as exc:  # a bug in one reader must not end the batch
            conn.send(("crash", f"{type(exc).__name__}: {str(exc)[:200]}"))


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
    clustered = trends.recluster(store, loaded, access=access, embedder=embedder, assignment=assignment)
    links = routemap.suggest(store, access=access)
    return AnalysisReport(themed=sum(1 for c in assignment.values() if c), trends=clustered, links=len(links))
