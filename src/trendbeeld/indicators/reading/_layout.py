"""Layout detection: title lines, header rows and the role of every column (period, region, value…)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from trendbeeld.errors import BadTable
from trendbeeld.indicators import regions
from trendbeeld.indicators.reading._cells import (
    clean_label,
    decimal_comma,
    humanise,
    parse_number,
    parse_period,
    symbol,
    unit_of,
)
from trendbeeld.indicators.reading._grids import Grid, Row

_PERIOD_NAMES = re.compile(
    r"^(period|perioden?|jaar|jaren|year|periode|maand|month|datum|date|kwartaal|quarter)\b", re.IGNORECASE
)
# Column names that always hold regions, and names that do so only when their values are known regions.
_REGION_NAMES = re.compile(r"(regio|region|gebied|gemeente|municipality|wijk|buurt|stadsdeel)", re.IGNORECASE)
_WEAK_REGION_NAMES = re.compile(r"^(naam|statnaam|statcode|nummer|code|key)$", re.IGNORECASE)
_CODE_COLUMN = re.compile(r"(nummer|code|nr)$", re.IGNORECASE)
_ATTRIBUTE_NAMES = re.compile(r"^(provincie|province|landsdeel)$", re.IGNORECASE)
_UNIT_NAMES = re.compile(r"^(cijfersoort|eenheid|waarde eenheid|unit|maateenheid)$", re.IGNORECASE)
_IGNORED_NAMES = re.compile(r"^(|unnamed: ?\d+|id|index|key|rij|volgnummer)$", re.IGNORECASE)
_POSTCODE_NAMES = re.compile(r"^(postcode|pc4|pc6)$", re.IGNORECASE)
GENERIC_MEASURES = {"waarde", "value", "values", "aantal", "count", "incident_count", "incident count", "n"}
_MARGIN_MEASURES = re.compile(r"^(marges?|ondergrens|bovengrens|betrouwbaarheid|marge)$", re.IGNORECASE)
_HEADER_LABELS = {"onderwerp", "onderwerpen", "perioden", "periode", "regio's", "regios", "eenheid",
                  "soort misdrijf", "soortmisdrijf"}


@dataclass(slots=True)
class Column:
    index: int
    name: str
    role: str = "dim"  # period, region, code, unit, dim, value, ignore, postcode
    period: tuple[str, bool] | None = None
    region: str | None = None
    measure: str = ""
    unit: str | None = None
    decimal_comma: bool = False


@dataclass(slots=True)
class Layout:
    columns: list[Column]
    data: list[Row]
    fixed: list[str]  # indicator parts from title lines ("Soort misdrijf: Totaal misdrijven")
    titles: list[str]


def _is_numeric(text: str) -> bool:
    return parse_number(text) is not None or parse_number(text, decimal_comma=True) is not None


def detect_layout(grid: Grid, path: Path) -> Layout | None:
    rows = grid.rows
    titles: list[str] = []
    i = 0
    while i < len(rows) and sum(1 for c in rows[i].cells if c) <= 1:
        titles.append(next((c for c in rows[i].cells if c), ""))
        i += 1
    if i >= len(rows):
        return None
    header_rows = [rows[i]]
    j = i + 1
    while j < len(rows):
        row = rows[j]
        first = row.cell(0).strip().lower()
        if first in _HEADER_LABELS:
            header_rows.append(row)
        elif (not grid.label or any(_is_numeric(c) or parse_period(c) for c in row.cells[1:])
              or sum(1 for c in row.cells if c) <= 1):
            break
        else:
            header_rows.append(row)
        j += 1
    data = [r for r in rows[j:] if sum(1 for c in r.cells if c) > 1]
    fixed = []
    for title in titles:
        label, sep, value = title.partition(":")
        if sep and value.strip() and len(label) < 40:
            fixed.append(clean_label(value))
    labelled = len(header_rows) > 1 and all(
        r.cell(0).strip().lower() in _HEADER_LABELS for r in header_rows[:-1]
    )
    if labelled:
        columns = _labelled_columns(header_rows)
    else:
        header = _best_header(header_rows)
        width = max([len(header.cells), *(len(r.cells) for r in data)])
        columns = [Column(k, header.cell(k).strip()) for k in range(width)]
        _unique_names(columns)
        for row in data:
            extra = [k for k in range(len(header.cells), len(row.cells)) if row.cells[k]]
            if extra and not header.cell(extra[0]):
                raise BadTable(
                    where(grid, f"deze regel heeft meer cellen ({len(row.cells)}) dan de kop "
                           f"({len(header.cells)})"), path=path, line=row.line, column=extra[0] + 1,
                    hint="Controleer het scheidingsteken en aanhalingstekens in deze regel",
                )
    _classify(columns, data, grid, path)
    return Layout(columns, data, fixed, titles)


def _best_header(rows: list[Row]) -> Row:
    """The fullest header row; of equally full ones the first whose names are unique."""
    most = max(sum(1 for c in r.cells if c) for r in rows)
    full = [r for r in rows if sum(1 for c in r.cells if c) == most]
    unique = [r for r in full if len({c for c in r.cells if c}) == most]
    return (unique or full)[0]


def _unique_names(columns: list[Column]) -> None:
    seen: Counter[str] = Counter()
    for column in columns:
        seen[column.name] += 1
        if column.name and seen[column.name] > 1:
            column.name = f"{column.name} ({seen[column.name]})"


def where(grid: Grid, message: str) -> str:
    return f"{grid.label}: {message}" if grid.label else message


def _labelled_columns(header_rows: list[Row]) -> list[Column]:
    """StatLine export: rows "Onderwerp;…", "Perioden;…" and a last row whose first cell names the rows."""
    last = header_rows[-1]
    width = max(len(r.cells) for r in header_rows)
    columns = [Column(0, last.cell(0).strip())]
    for k in range(1, width):
        column = Column(k, " / ".join(r.cell(k) for r in header_rows if r.cell(k)), role="value")
        measures = []
        for row in header_rows:
            label, cell = row.cell(0).strip().lower(), row.cell(k).strip()
            period = parse_period(cell) if cell else None
            if label.startswith("period") and period:
                column.period = period
            elif row is last and unit_of(cell):
                column.unit = unit_of(cell)
            elif cell and label.startswith("regio"):
                column.region = regions.resolve(cell) or cell
            elif cell:
                measures.append(clean_label(cell))
        column.measure = " — ".join(measures)
        columns.append(column)
    return columns


def _split_header(name: str) -> tuple[tuple[str, bool] | None, str | None, str]:
    """``Groningen (PV)_Totaal geregistreerde misdrijven_2016*`` → (period, region, measure)."""
    parts = [p for p in re.sub(r"_\d{1,2}$", "", name).split("_") if p.strip()]
    periods = [parse_period(p) for p in parts]
    if not any(periods) or len(parts) < 2:
        return None, None, name
    period = next(p for p in periods if p)
    rest = [p for p, q in zip(parts, periods, strict=True) if not q]
    region = None
    measure_parts = []
    for part in rest:
        code = regions.resolve(part) if region is None else None
        if code is not None and (regions.CODE.match(part.strip().upper()) or "(" in part or code == "NL01"):
            region = code
        else:
            measure_parts.append(clean_label(part))
    return period, region, " ".join(measure_parts)


def _classify(columns: list[Column], data: list[Row], grid: Grid, path: Path) -> None:
    """Give every column its role: period, region, code, unit, dim (part of the indicator) or value."""
    values = {c.index: [r.cell(c.index) for r in data] for c in columns}
    last = len(columns) - 1
    for column in columns:
        cells = [v for v in values[column.index] if v]
        column.decimal_comma = decimal_comma(cells)
        if column.role != "value":  # a labelled StatLine header has set it already
            _classify_one(column, cells, is_last=column.index == last)
    _infer_missing(columns, values)
    # Both a code and a name column: the code wins, the name is only a label.
    if any(c.role == "code" for c in columns):
        for column in columns:
            if column.role == "region":
                column.role = "attribute"
    for column in columns:
        first_word = column.measure.split(" ")[0] if column.measure else ""
        if column.role == "value" and _MARGIN_MEASURES.match(first_word):
            column.role = "margin"


def _classify_one(column: Column, cells: list[str], *, is_last: bool) -> None:
    name = column.name
    distinct = set(cells)
    period, region, measure = _split_header(name)
    textual = bool(distinct) and not any(_is_numeric(v) and not re.fullmatch(r"\d{4}", v) for v in distinct)
    if _IGNORED_NAMES.match(name) and not is_last and (name or all(_is_numeric(v) for v in distinct)):
        column.role = "ignore"
    elif _POSTCODE_NAMES.match(name):
        column.role = "postcode"
    elif period is not None:
        column.role, column.period, column.region, column.measure = "value", period, region, measure
    elif _PERIOD_NAMES.match(name) and distinct and _share(distinct, parse_period) > 0.5:
        column.role = "period"
    elif _UNIT_NAMES.match(name) or (distinct and all(unit_of(v) for v in distinct)):
        column.role = "unit"
    elif textual and (_REGION_NAMES.search(name) or (
        _WEAK_REGION_NAMES.match(name) and _share(distinct, _resolves) >= 0.5
    )):
        column.role = "code" if _CODE_COLUMN.search(name) else "region"
    elif _ATTRIBUTE_NAMES.match(name):
        column.role = "attribute"
    elif name.lower() in GENERIC_MEASURES or _mostly_numbers(cells, column.decimal_comma):
        column.role, column.measure, column.unit = "value", humanise(name), unit_of(name)
    else:
        column.role = "dim"


def _mostly_numbers(cells: list[str], decimal_comma: bool) -> bool:
    symbols = sum(1 for v in cells if symbol(v))
    numbers = sum(1 for v in cells if symbol(v) is None and parse_number(v, decimal_comma=decimal_comma))
    return bool(cells) and numbers > (len(cells) - symbols) / 2


def _infer_missing(columns: list[Column], values: dict[int, list[str]]) -> None:
    """No period or region column by name: find one by its values; regions as columns (wide)."""
    roles = Counter(c.role for c in columns)
    dims = [c for c in columns if c.role == "dim"]
    if roles["period"] == 0 and not any(c.period for c in columns):
        for column in dims:
            distinct = {v for v in values[column.index] if v}
            if distinct and all(parse_period(v) for v in distinct):
                column.role = "period"
                break
    if roles["region"] + roles["code"] == 0:
        for column in dims:
            distinct = {v for v in values[column.index] if v}
            if column.role == "dim" and distinct and _share(distinct, _resolves) >= 0.8:
                column.role = "region"
                break
    if any(c.role == "period" for c in columns):
        # Regions as columns: "Perioden;GM0344;GM0363".
        for column in columns:
            if column.role == "value" and column.region is None and not column.period:
                code = regions.resolve(column.name)
                if code and (regions.CODE.match(column.name.strip().upper()) or "(" in column.name):
                    column.region, column.measure = code, ""


def _resolves(text: str) -> bool:
    return region_code(text) is not None


def region_code(text: str) -> str | None:
    value = text.strip()
    if re.fullmatch(r"\d{4}", value):
        return "GM" + value
    return regions.resolve(value)


def _share(values: set[str], test: Callable[[str], object]) -> float:
    return sum(1 for v in values if test(v)) / len(values) if values else 0.0
