"""Event lists (police "Misdaad in Kaart"): one row per event, counted per month and type."""

from __future__ import annotations

from collections import Counter

from trendbeeld.errors import BadTable
from trendbeeld.indicators.reading._cells import clean_label
from trendbeeld.indicators.reading._grids import Grid
from trendbeeld.indicators.reading._layout import Layout, where
from trendbeeld.indicators.reading._series import Builder, Roles, dedupe, row_period, row_region
from trendbeeld.indicators.reading.report import Skipped
from trendbeeld.model import Unit


def count_events(layout: Layout, roles: Roles, grid: Grid, builder: Builder,
                  titles_map: dict[str, str]) -> None:
    """One row per event: count them per month and type (and region when the file names one)."""
    if roles.period is None:
        raise BadTable(where(grid, "de gebeurtenissen hebben geen datumkolom"), path=builder.path,
                       hint="Geef elke regel een datum of periode")
    seen: set[tuple[str, ...]] = set()
    counts: Counter[tuple[str, str, str]] = Counter()
    lines: dict[tuple[str, str, str], int] = {}
    for row in layout.data:
        if row.cells in seen:
            builder.report.skipped.append(Skipped(row.line, "dubbele regel"))
            continue
        seen.add(row.cells)
        month = row_period(row, roles.period, grid, builder.path)[0][:7]
        region = row_region(row, roles.region, builder)
        if region is None:
            continue
        parts = [titles_map.get(row.cell(d.index), row.cell(d.index)) for d in roles.dims]
        names = dedupe([*layout.fixed, *(clean_label(p) for p in parts)])
        key = (" — ".join(names) or builder.path.stem, region, month)
        counts[key] += 1
        lines.setdefault(key, row.line)
    builder.report.notes.append(f"{grid.label or builder.path.name}: gebeurtenissen per maand geteld")
    for (indicator, region, month), n in sorted(counts.items()):
        builder.add(indicator, region, (month, False), float(n), False, Unit.COUNT.value,
                    lines[(indicator, region, month)], roles.period.name, grid)
