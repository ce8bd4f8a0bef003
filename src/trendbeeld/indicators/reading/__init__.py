"""Statistics files (CSV, XLSX) as time series, in the layouts StatLine and the police publish.

Layouts:

* **long**: one row per observation, with a period column (``Perioden``, ``Jaar``, ``period``…), a region
  column (``RegioS``, ``Regio's``, ``region``…; names or codes) and one or more value columns;
  the other text columns name the indicator (``SoortMisdrijf``, ``Onderwerpen_1``…).
* **wide**: periods or regions in the header, StatLine style ``<regio>_<onderwerp>_<jaar>`` included,
  and the raw StatLine export with title lines and several header rows (``Onderwerp``, ``Perioden``).
* **events**: one row per event with a date and no value column (police "Misdaad in Kaart"): counted
  per month and type for the whole country.

Numbers may use a decimal comma and ``.`` thousands; ``.``, ``x``, ``-``, ``?`` (StatLine: unknown,
secret, nil, unreliable) are skipped and reported; a trailing ``*`` on a value or a period marks it
provisional (voorlopig). Periods are normalised: ``2022JJ00`` → ``2022``, ``2023MM04`` → ``2023-04``,
``2023KW02`` → ``2023Q2``. A bad cell raises :class:`~trendbeeld.errors.BadTable` naming file, line
and column; nothing of such a file is returned.

One job per module: ``_grids`` loads a file as grids of rows (decoding, CSV dialect, XLSX sheets),
``_cells`` reads one cell (numbers, periods, units, footnote symbols), ``_layout`` finds the header
and the role of every column, ``_series`` gathers observations into series, ``_events`` counts event
lists, ``tables`` names the publisher's table and ``report`` says what a file gave.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from trendbeeld.errors import BadTable, UnreadableFile, file_context
from trendbeeld.indicators.reading._cells import SYMBOLS, clean_label, parse_number, parse_period, unit_of
from trendbeeld.indicators.reading._events import count_events
from trendbeeld.indicators.reading._grids import MAX_BYTES, Grid, load_grids
from trendbeeld.indicators.reading._layout import detect_layout, where
from trendbeeld.indicators.reading._series import (
    Builder,
    Roles,
    dedupe,
    read_cell,
    row_period,
    row_region,
)
from trendbeeld.indicators.reading.report import ImportReport, Skipped
from trendbeeld.indicators.reading.tables import KNOWN_TABLES, table_reference
from trendbeeld.model import Series

__all__ = [
    "KNOWN_TABLES",
    "MAX_BYTES",
    "SYMBOLS",
    "ImportReport",
    "Skipped",
    "parse_number",
    "parse_period",
    "read_table",
    "read_with_report",
    "table_reference",
    "unit_of",
]

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# A unit cell that also names what is measured: "% wel eens onveilig ('vaak'/'soms')" under the row
# "Op plekken waar jongeren rondhangen" (the survey's question, which the export leaves out): the
# indicator of a row without parent labels names it ("… rondhangen — wel eens onveilig ('vaak'/'soms')").
_PERCENT_OF = re.compile(r"%\s*(?P<what>\S.*)")


def _metadata_titles(folder: Path) -> dict[str, str]:
    """Key → Title from StatLine dimension metadata files (``*meta*.csv``) beside the data."""
    titles: dict[str, str] = {}
    for meta in sorted(folder.glob("*meta*.csv")):
        try:
            text = meta.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames or not {"Key", "Title"} <= set(reader.fieldnames):
            continue
        for record in reader:
            key, title = (record.get("Key") or "").strip(), (record.get("Title") or "").strip()
            if key and title:
                titles.setdefault(key, title)
    return titles


def _is_metadata(path: Path, grid: Grid) -> bool:
    if not grid.rows:
        return False
    header = {c.strip() for c in grid.rows[0].cells}
    return {"Key", "Title"} <= header


def _grid_period(grid: Grid, path: Path, titles: list[str]) -> tuple[str, bool] | None:
    """The one year a table without a period column is about: from the sheet name, title or file name."""
    for text in (grid.name, *titles[:1], path.stem):
        years = set(_YEAR.findall(text))
        if len(years) == 1:
            return years.pop(), False
        if len(years) > 1:
            return None
    return None


def _read_grid(grid: Grid, path: Path, builder: Builder, titles_map: dict[str, str]) -> None:
    layout = detect_layout(grid, path)
    label = grid.label or path.name
    if layout is None or not layout.data:
        builder.report.notes.append(f"{label}: geen gegevensregels")
        return
    roles = Roles.of(layout.columns)
    for column in layout.columns:
        if column.role in {"margin", "attribute", "postcode"}:
            builder.report.notes.append(f"{label}: kolom '{column.name}' niet als reeks gelezen")
    fallback: tuple[str, bool] | None = None
    if roles.period is None and not any(c.period for c in roles.values):
        fallback = _grid_period(grid, path, layout.titles)
        if fallback is None:
            if grid.label:
                builder.report.notes.append(f"{label}: overgeslagen, geen eenduidige periode")
                return
            raise BadTable(
                where(grid, "geen kolom met perioden (zoals Perioden, Jaar of period) gevonden"),
                path=path, line=grid.rows[0].line,
                hint="Voeg een kolom met jaren of maanden toe, of zet de perioden in de kop",
            )
        builder.report.notes.append(f"{label}: periode {fallback[0]} uit de naam afgeleid")
    if not roles.values:
        if roles.period is None:
            raise BadTable(
                where(grid, "geen kolom met getallen gevonden"), path=path,
                line=grid.rows[0].line, hint="Een tabel heeft minstens één kolom met waarden nodig",
            )
        count_events(layout, roles, grid, builder, titles_map)
        return
    for row in layout.data:
        region = row_region(row, roles.region, builder)
        if region is None:
            continue
        period = row_period(row, roles.period, grid, path) if roles.period else fallback
        parts = [titles_map.get(row.cell(d.index).strip(), row.cell(d.index)) for d in roles.dims]
        base = dedupe([*layout.fixed, *(clean_label(p) for p in parts if p.strip())])
        if len(base) == 1:  # a lone answer category: its question is in the unit cell, if anywhere
            measured = (_PERCENT_OF.fullmatch(row.cell(c.index).strip()) for c in roles.units)
            base = dedupe([*base, *(clean_label(m["what"]) for m in measured if m)])
        unit = next((u for u in (unit_of(row.cell(c.index)) for c in roles.units) if u), None)
        for column in roles.values:
            read_cell(row, column, base, region, period, unit, grid, builder)


def read_with_report(path: Path | str) -> tuple[list[Series], ImportReport]:
    """The series in a statistics file and a report of what was read and skipped.

    Raises a :class:`~trendbeeld.errors.TrendbeeldError` naming file, line and column when the file cannot
    be read as a whole; then nothing of it is returned.
    """
    path = Path(path)
    report = ImportReport(path=str(path))
    builder = Builder(path, report, path.name)
    with file_context(path):
        if path.is_dir():
            raise UnreadableFile("dit is een map, geen bestand", path=path)
        grids = load_grids(path)
        titles_map = _metadata_titles(path.parent)
        for grid in grids:
            if _is_metadata(path, grid):
                raise BadTable(
                    where(grid, "dit is een metadatabestand (Key, Title), geen tabel met cijfers"),
                    path=path, line=grid.rows[0].line,
                    hint="Zet het naast de gegevens; de titels worden dan als indicatornamen gebruikt",
                )
            _read_grid(grid, path, builder, titles_map)
        series = builder.series()
        if not series:
            raise BadTable("het bestand bevat geen enkele waarneming", path=path,
                           hint="Controleer of dit een tabel met cijfers is")
    report.n_series = len(series)
    report.n_observations = sum(len(s.observations) for s in series)
    report.n_provisional = sum(1 for s in series for o in s.observations if o.provisional)
    report.unresolved_regions = sorted(builder.unresolved)
    title_lines = [c for g in grids[:1] for r in g.rows[:4] for c in r.cells[:1] if c and len(r.cells) == 1]
    found = table_reference(path.name, title_lines)
    if found is not None:
        report.publisher, report.table_id, report.table_title = found
    return series, report


def read_table(path: Path | str) -> list[Series]:
    """The series in a CSV or XLSX statistics file (see the module docstring for layouts)."""
    return read_with_report(path)[0]
