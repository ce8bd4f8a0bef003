"""Runs the stages in order. Each numbered step is one stage; stages never call each other.

1. sources   read each file, URL or feed into `Source` objects (text repaired, pages kept)
2. extract   find figures, trend statements, quotes and headlines with exact spans
3. themes    find the sections (headings) of each source; they are stored as evidence too
4. store     write each source with its evidence in one transaction

Later stages (themes and trends, indicators, route map, editions) read from the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from trendbeeld import extract, sources, themes
from trendbeeld.errors import TrendbeeldError
from trendbeeld.model import Evidence, Section, Source, SourceMeta
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


def read_and_extract(target: str, meta: SourceMeta, *, encoding: str | None = None) -> Iterable[
    tuple[Source, list[Evidence]]
]:
    """Steps 1 and 2 for one target: its sources, each with its evidence."""
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
                for source, found_items in read_and_extract(target, target_meta, encoding=encoding):
                    items = [*found_items, *themes.sections(source)]
                    outcome = source_store.save(store, source, items)
                    report.outcomes[outcome] += 1
                    if outcome is not SaveOutcome.UNCHANGED:
                        report.evidence += len(items)
            except TrendbeeldError as exc:
                report.errors.append(exc)
    return report
