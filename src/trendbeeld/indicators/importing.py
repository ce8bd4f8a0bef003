"""Importing statistics into the store: files, a folder's manifest, and StatLine tables.

Each import reads (``reading``) or fetches (``statline``) the series first and then stores them with
their report in one transaction (``store.indicators.save_series``): a file that fails stores nothing.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from pathlib import Path

import httpx

from trendbeeld.errors import TrendbeeldError
from trendbeeld.indicators.reading import ImportReport, read_with_report
from trendbeeld.indicators.statline import Filters, fetch_statline, odata_filter
from trendbeeld.model import AccessLevel
from trendbeeld.sources.manifest import load_manifest
from trendbeeld.store.engine import Store
from trendbeeld.store.indicators import save_series

__all__ = ["import_file", "import_manifest_indicators", "import_statline"]


def import_file(store: Store, path: Path | str, *, access: AccessLevel | str = AccessLevel.PUBLIC,
                source: str | None = None) -> ImportReport:
    """Read a statistics file and store its series in one transaction.

    Raises the reader's error (naming file, line and column) and then stores nothing. Re-importing a
    file replaces what it gave before. ``source`` names the publisher (default: the file name).
    """
    path = Path(path)
    series, report = read_with_report(path)
    if source:
        series = [replace(s, source=source) for s in series]
    save_series(store, series, origin=str(path.resolve()), access=access, report=asdict(report))
    return report


def import_statline(store: Store, table_id: str, *, filters: Filters | None = None,
                    cache_dir: Path | None = None, client: httpx.Client | None = None,
                    access: AccessLevel | str = AccessLevel.PUBLIC) -> ImportReport:
    """Fetch a StatLine table (cached) and store its series in one transaction."""
    series, report = fetch_statline(table_id, filters=filters, cache_dir=cache_dir, client=client)
    origin = f"statline:{table_id.strip()}" + (f"?{odata_filter(filters)}" if filters else "")
    save_series(store, series, origin=origin, access=access, report=asdict(report))
    return report


def import_manifest_indicators(store: Store, folder: Path) -> list[ImportReport]:
    """Import the statistics files a folder's ``trendbeeld.yaml`` lists under ``indicators:``.

    Access level and publisher come from the file's entry in the manifest. A failing file is reported
    (``report.error``) and imports nothing; the others are imported.
    """
    manifest = load_manifest(folder)
    if manifest is None:
        return []
    reports = []
    for relative in manifest.indicators:
        path = folder / relative
        meta = manifest.meta_for(path) if path.exists() else manifest.defaults
        try:
            reports.append(import_file(store, path, access=meta.access, source=meta.publisher or path.name))
        except TrendbeeldError as exc:
            reports.append(ImportReport(path=str(path), error=str(exc)))
    return reports
