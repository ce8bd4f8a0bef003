"""Series building: observations gathered per indicator and region, row by row and cell by cell."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from trendbeeld.errors import BadTable
from trendbeeld.indicators import regions
from trendbeeld.indicators.reading._cells import (
    clean_label,
    humanise,
    parse_number,
    parse_period,
    symbol,
    unit_of,
)
from trendbeeld.indicators.reading._grids import Grid, Row
from trendbeeld.indicators.reading._layout import GENERIC_MEASURES, Column, region_code, where
from trendbeeld.indicators.reading.report import ImportReport, Skipped
from trendbeeld.model import Observation, Series, Unit

NATIONAL_DEFAULT = regions.NATIONAL


@dataclass(slots=True)
class Builder:
    path: Path
    report: ImportReport
    source: str
    points: dict[tuple[str, str], dict[str, tuple[float, bool, int]]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    units: dict[tuple[str, str], str | None] = field(default_factory=dict)
    unresolved: set[str] = field(default_factory=set)

    def add(self, indicator: str, region: str, period: tuple[str, bool], value: float, provisional: bool,
            unit: str | None, line: int, column: str, grid: Grid) -> None:
        key = (indicator, region)
        known = self.points[key].get(period[0])
        if known is not None:
            if abs(known[0] - value) > 1e-9 * max(1.0, abs(value)):
                raise BadTable(
                    where(grid, f"twee verschillende waarden voor '{indicator}', {region}, {period[0]} "
                           f"({_fmt(known[0])} op regel {known[2]}, {_fmt(value)} hier)"),
                    path=self.path, line=line, column=column,
                    hint="Verwijder de dubbele regel of geef de reeksen een eigen naam",
                )
            self.report.skipped.append(Skipped(line, "dubbele waarneming", column))
            return
        self.points[key][period[0]] = (value, provisional or period[1], line)
        self.units.setdefault(key, unit)

    def series(self) -> list[Series]:
        out = []
        for (indicator, region), points in self.points.items():
            unit = self.units.get((indicator, region))
            if unit is None and all(v.is_integer() for v, _, _ in points.values()):
                unit = Unit.COUNT.value
            observations = tuple(Observation(p, v, prov) for p, (v, prov, _) in sorted(points.items()))
            out.append(Series(indicator, region, observations, unit=unit, source=self.source))
        out.sort(key=lambda s: (s.indicator, s.region))
        return out


def _fmt(value: float) -> str:
    return f"{value:g}"


@dataclass(slots=True)
class Roles:
    values: list[Column]
    period: Column | None
    region: Column | None
    units: list[Column]
    dims: list[Column]

    @classmethod
    def of(cls, columns: list[Column]) -> Roles:
        region = next((c for c in columns if c.role == "code"), None) or next(
            (c for c in columns if c.role == "region"), None
        )
        return cls(
            values=[c for c in columns if c.role == "value"],
            period=next((c for c in columns if c.role == "period"), None),
            region=region,
            units=[c for c in columns if c.role == "unit"],
            dims=[c for c in columns if c.role == "dim"],
        )


def row_region(row: Row, column: Column | None, builder: Builder) -> str | None:
    if column is None:
        return NATIONAL_DEFAULT
    raw = row.cell(column.index)
    if not raw:
        builder.report.skipped.append(Skipped(row.line, "geen regio", column.name))
        return None
    code = region_code(raw)
    if code is None:
        builder.unresolved.add(clean_label(raw))
    return code or clean_label(raw)


def row_period(row: Row, column: Column, grid: Grid, path: Path) -> tuple[str, bool]:
    raw = row.cell(column.index)
    period = parse_period(raw)
    if period is None:
        raise BadTable(
            where(grid, f"'{raw}' is geen periode (zoals 2022, 2022JJ00, 2023MM04 of 2023KW02)"),
            path=path, line=row.line, column=column.name, hint="Verbeter de periode in deze cel",
        )
    return period


def read_cell(row: Row, column: Column, base: list[str], region: str, period_of_row: tuple[str, bool] | None,
               row_unit: str | None, grid: Grid, builder: Builder) -> None:
    text = row.cell(column.index)
    reason = symbol(text)
    if reason is not None:
        builder.report.skipped.append(Skipped(row.line, reason, column.name))
        return
    parsed = parse_number(text, decimal_comma=column.decimal_comma)
    if parsed is None:
        raise BadTable(
            where(grid, f"'{text}' is geen getal"), path=builder.path, line=row.line, column=column.name,
            hint="Gebruik cijfers (decimaalkomma of -punt) of een StatLine-symbool zoals '.' of 'x'",
        )
    period = column.period or period_of_row
    if period is None:
        raise BadTable(where(grid, f"bij de waarde '{text}' staat geen periode"), path=builder.path,
                       line=row.line, column=column.name,
                       hint="Geef elke waarde een periode: een kolom 'Perioden' of een jaar in de kolomkop")
    measure = column.measure if column.measure.lower() not in GENERIC_MEASURES else ""
    name_parts = dedupe([*base, measure]) or [humanise(column.name) or builder.path.stem]
    unit = column.unit or row_unit or unit_of(measure)
    builder.add(" — ".join(name_parts), column.region or region, period, parsed[0], parsed[1], unit,
                row.line, column.name, grid)


def dedupe(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if part and (not out or out[-1].lower() != part.lower()):
            out.append(part)
    return out
