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

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from trendbeeld import extract, routemap, sources, themes, trends
from trendbeeld.errors import TrendbeeldError
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


def ingest(
    store: Store,
    targets: Iterable[str | Path],
    *,
    meta: SourceMeta | None = None,
    encoding: str | None = None,
    progress: Progress = _ignore,
) -> IngestReport:
    """Read, extract and store every target; a bad file is reported and the batch goes on."""
    report = IngestReport()
    for requested in targets:
        try:
            found = sources.discover([str(requested)], meta=meta)
        except TrendbeeldError as exc:
            report.errors.append(exc)
            continue
        for target, target_meta in found:
            progress(target)
            try:
                for source in sources.read(target, meta=target_meta, encoding=encoding):
                    items = evidence_of(source)
                    outcome = source_store.save(store, source, items)
                    report.outcomes[outcome] += 1
                    if outcome is not SaveOutcome.UNCHANGED:
                        report.evidence += len(items)
            except TrendbeeldError as exc:
                report.errors.append(exc)
    return report


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
