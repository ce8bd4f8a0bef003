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
"""

from __future__ import annotations

import csv
import io
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from trendbeeld.errors import BadTable, EncodingError, UnreadableFile, file_context
from trendbeeld.indicators import regions
from trendbeeld.model import Observation, Series, Unit

if TYPE_CHECKING:
    from openpyxl import Workbook

MAX_BYTES = 200 * 1024 * 1024
SYMBOLS = {
    ".": "geen waarde ('.': onbekend of geheim)",
    "..": "geen waarde ('..': onbekend)",
    "x": "geen waarde ('x': geheim)",
    "-": "geen waarde ('-': nihil of niet van toepassing)",
    "–": "geen waarde ('–')",
    "?": "geen waarde ('?': onbetrouwbaar)",
    "": "lege cel",
    "nan": "geen waarde ('nan')",
    "#null!": "geen waarde ('#NULL!')",
}
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
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
_GENERIC_MEASURES = {"waarde", "value", "values", "aantal", "count", "incident_count", "incident count", "n"}
_MARGIN_MEASURES = re.compile(r"^(marges?|ondergrens|bovengrens|betrouwbaarheid|marge)$", re.IGNORECASE)
_HEADER_LABELS = {"onderwerp", "onderwerpen", "perioden", "periode", "regio's", "regios", "eenheid",
                  "soort misdrijf", "soortmisdrijf"}
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_NUMBER_COMMA = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+),\d+$")
_NUMBER_DOTS = re.compile(r"^[+-]?\d{1,3}(\.\d{3}){2,}$")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A row or cell that gave no observation, and why."""

    line: int
    reason: str
    column: str | None = None


@dataclass(slots=True)
class ImportReport:
    """What one file gave: series and observations, and what was skipped (overgeslagen) and why."""

    path: str
    n_series: int = 0
    n_observations: int = 0
    n_provisional: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unresolved_regions: list[str] = field(default_factory=list)
    error: str | None = None
    # The publisher's table this file was exported from, when recognisable (see ``table_reference``).
    table_id: str | None = None
    table_title: str | None = None
    publisher: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def summary(self) -> str:
        """One Dutch line for the CLI."""
        if self.error:
            return f"{self.path}: mislukt — {self.error}"
        text = f"{self.path}: {self.n_series} reeksen, {self.n_observations} waarnemingen"
        if self.n_provisional:
            text += f" ({self.n_provisional} voorlopig)"
        if self.skipped:
            text += f", {len(self.skipped)} cellen of regels overgeslagen"
        return text


# --------------------------------------------------------------------------- cells


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    cells: tuple[str, ...]

    def cell(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""


@dataclass(slots=True)
class _Grid:
    """Rows of one CSV file or one worksheet."""

    label: str  # "" for a CSV file, "werkblad <naam>" for a worksheet
    rows: list[_Row]
    name: str = ""


def _month(year: str, month: int) -> str | None:
    return f"{year}-{month:02d}" if 1 <= month <= 12 else None


def _day(year: str, month: int, day: int) -> str | None:
    return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


_Y = r"((?:19|20)\d\d)"
_PERIOD_FORMS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]], ...] = (
    (re.compile(_Y + r"(?:\.0|jj00)?"), lambda m: m[1]),
    (re.compile(_Y + r"mm(\d\d)"), lambda m: _month(m[1], int(m[2]))),
    (re.compile(_Y + r"-(\d\d)"), lambda m: _month(m[1], int(m[2]))),
    (re.compile(_Y + r"kw0?(\d)"), lambda m: f"{m[1]}Q{m[2]}" if m[2] in "1234" else None),
    (re.compile(_Y + r"[ -]?q([1-4])"), lambda m: f"{m[1]}Q{m[2]}"),
    (re.compile(r"([a-z]+)\.? " + _Y), lambda m: _month(m[2], MONTHS.get(m[1], 0))),
    (re.compile(_Y + r" ([a-z]+)"), lambda m: _month(m[1], MONTHS.get(m[2], 0))),
    (re.compile(r"(\d\d?)-(\d\d?)-" + _Y), lambda m: _day(m[3], int(m[2]), int(m[1]))),
    (re.compile(_Y + r"-(\d\d)-(\d\d)(?:[ t][\d:.]+)?"), lambda m: _day(m[1], int(m[2]), int(m[3]))),
)


def parse_period(text: str) -> tuple[str, bool] | None:
    """``(normalised period, provisional)`` for a period as StatLine and others write it, or None.

    ``2022JJ00`` → ``2022``, ``2023MM04`` → ``2023-04``, ``2023KW02`` → ``2023Q2``, ``Januari 2020`` →
    ``2020-01``, ``11-07-2023`` → ``2023-07-11``; a trailing ``*`` or "(voorlopig)" marks it provisional.
    """
    lowered = " ".join(str(text).split()).lower()
    provisional = lowered.endswith("*") or "voorlopig" in lowered
    lowered = re.sub(r"\s*\(?(nader voorlopig|voorlopig)\)?$", "", lowered.rstrip("*").strip())
    for pattern, form in _PERIOD_FORMS:
        match = pattern.fullmatch(lowered)
        if match:
            period = form(match)
            return (period, provisional) if period else None
    return None


def _symbol(text: str) -> str | None:
    """The reason a footnote symbol or empty cell gives no value, else None."""
    return SYMBOLS.get(text.strip().lower())


def _decimal_comma(cells: Iterable[str]) -> bool:
    """True when this column writes numbers the Dutch way (decimal comma, '.' thousands)."""
    for text in cells:
        value = text.strip().rstrip("*").strip()
        if _NUMBER_COMMA.match(value) or _NUMBER_DOTS.match(value):
            return True
    return False


def parse_number(text: str, *, decimal_comma: bool = False) -> tuple[float, bool] | None:
    """``(value, provisional)``, or None when ``text`` is not a number."""
    value = text.strip().replace("\u00a0", "").replace(" ", "")
    provisional = value.endswith("*")
    value = value.rstrip("*")
    if decimal_comma:
        value = value.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", value):
        value = value.replace(",", "")
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", value):
        return None
    return float(value), provisional


_UNIT_CUES: tuple[tuple[Callable[[str], bool], Unit], ...] = (
    (lambda t: t.startswith("%") or any(w in t for w in ("procent", "percentage", "relatief")), Unit.PERCENT),
    (lambda t: re.search(r"per ?1[ .]?000", t) is not None, Unit.PER_1000),
    (lambda t: t in {"aantal", "absoluut", "aantallen", "count"}, Unit.COUNT),
    (lambda t: "rapportcijfer" in t, Unit.GRADE),
    (lambda t: "euro" in t or "€" in t, Unit.EURO),
    (lambda t: "schaalscore" in t or "index" in t, Unit.OTHER),
)


def _unit_of(text: str) -> str | None:
    """The unit a header or unit cell names ("aantal", "%", "per 1 000 inwoners"…), or None."""
    lowered = text.strip().lower()
    return next((unit.value for cue, unit in _UNIT_CUES if lowered and cue(lowered)), None)


def _clean_label(text: str) -> str:
    return " ".join(text.replace("|", " ").split())


def _humanise(name: str) -> str:
    """``TotaalGeregistreerdeMisdrijven_1`` → ``Totaal geregistreerde misdrijven``."""
    base = re.sub(r"_\d+$", "", name.strip())
    if " " not in base and re.search(r"[a-z][A-Z]", base):
        words = re.sub(r"(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Z])", " ", base).split()
        return " ".join([words[0], *(w.lower() for w in words[1:])])
    return _clean_label(base.replace("_", " "))


# --------------------------------------------------------------------------- loading


def _grids(path: Path) -> list[_Grid]:
    size = path.stat().st_size
    if size == 0:
        raise UnreadableFile("het bestand is leeg", path=path, hint="Exporteer de tabel opnieuw")
    if size > MAX_BYTES:
        raise UnreadableFile(f"het bestand is te groot ({size // (1024 * 1024)} MB)", path=path)
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        return _xlsx_grids(path)
    if path.suffix.lower() not in {".csv", ".txt", ".tsv", ".xls"}:
        raise UnreadableFile(f"'{path.suffix}' is geen tabelformaat", path=path,
                             hint="Importeer een CSV- of XLSX-bestand")
    if path.suffix.lower() == ".xls":
        raise UnreadableFile("het oude Excel-formaat (.xls) wordt niet gelezen", path=path,
                             hint="Sla het bestand op als .xlsx of .csv")
    return [_csv_grid(path)]


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise UnreadableFile("dit is geen tekstbestand (binaire inhoud)", path=path,
                             hint="Exporteer de tabel als CSV of XLSX")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            line = data[: exc.start].count(b"\n") + 1
            raise EncodingError(
                "het bestand is geen UTF-8 en geen Windows-1252", path=path, line=line,
                hint="Sla het bestand op als UTF-8",
            ) from exc


SNIFF_CHARS = 16_384  # csv.Sniffer's patterns are superlinear in the sample: keep it bounded


def _sample(text: str, lines: int = 50) -> str:
    """The first ``lines`` whole lines, as many as fit in SNIFF_CHARS (at least one, cut if need be)."""
    head = text[: SNIFF_CHARS * 4]
    found = head.splitlines()
    if len(head) < len(text) and len(found) > 1:
        found = found[:-1]  # the last one was cut off
    kept: list[str] = []
    size = 0
    for line in found[:lines]:
        if kept and size + len(line) > SNIFF_CHARS:
            break
        kept.append(line[:SNIFF_CHARS])
        size += len(line) + 1
    return "\n".join(kept)


def _delimiter(text: str) -> str:
    sample = _sample(text)
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ";,\t"}
        return max(counts, key=lambda d: counts[d])


def _csv_grid(path: Path) -> _Grid:
    text = _decode(path, path.read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[_Row] = []
    start = 1
    try:
        for record in reader:
            cells = tuple(c.strip() for c in record)
            if any(cells):
                rows.append(_Row(start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field limit" in str(exc):
            limit = f"{csv.field_size_limit():,}".replace(",", ".")
            raise BadTable(f"een cel is langer dan {limit} tekens", path=path, line=start,
                           hint="Controleer de aanhalingstekens: een ontbrekend sluitteken maakt van de rest "
                           "één cel") from exc
        raise BadTable(f"de CSV is niet goed opgebouwd ({exc})", path=path, line=start,
                       hint="Controleer aanhalingstekens en scheidingstekens") from exc
    return _Grid("", rows)


def _xlsx_grids(path: Path) -> list[_Grid]:
    import zipfile

    import openpyxl

    with path.open("rb") as handle:  # ours, so that it is closed when openpyxl fails half-way
        try:
            book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise UnreadableFile("het Excel-bestand kan niet worden geopend (beschadigd of versleuteld)",
                                 path=path, hint="Open en bewaar het opnieuw in Excel") from exc
        except _XLSX_DAMAGE as exc:
            raise _broken_xlsx(path, exc) from exc
        try:
            return _sheets(book)
        except _XLSX_DAMAGE as exc:  # read-only mode parses each sheet as it is read
            raise _broken_xlsx(path, exc) from exc
        finally:
            book.close()


# What a damaged XLSX raises inside zipfile, zlib, the XML parsers (ElementTree, lxml, defusedxml,
# whose DefusedXmlException is a ValueError) and openpyxl.
_XLSX_DAMAGE: tuple[type[BaseException], ...] = (
    SyntaxError, ValueError, KeyError, TypeError, AttributeError, IndexError, EOFError, OSError,
    zlib.error, OverflowError, NotImplementedError, RuntimeError,  # zip: unknown version, encrypted
)


def _broken_xlsx(path: Path, exc: BaseException) -> BadTable:
    """A damaged XLSX as a BadTable; the XML line when the parser names one."""
    line = getattr(exc, "lineno", None)
    if isinstance(exc, SyntaxError):
        where = f" (XML-regel {line})" if isinstance(line, int) and line > 0 else ""
        what = f"de XML erin is ongeldig{where}"
    elif type(exc).__name__.endswith("Forbidden"):
        what = "de XML erin declareert entiteiten (DTD)"
    else:
        what = "het zip-archief of een werkblad is beschadigd"
    return BadTable(f"het Excel-bestand is beschadigd: {what}", path=path,
                    hint="Open en bewaar het opnieuw in Excel, of exporteer de tabel als CSV")


def _sheets(book: Workbook) -> list[_Grid]:
    grids = []
    for sheet in book.worksheets:
        rows = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = tuple(_xlsx_text(v) for v in values)
            if any(cells):
                rows.append(_Row(number, cells))
        grids.append(_Grid(f"werkblad '{sheet.title}'", rows, sheet.title))
    return grids


def _xlsx_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    return " ".join(str(value).split())


# --------------------------------------------------------------------------- layout


@dataclass(slots=True)
class _Column:
    index: int
    name: str
    role: str = "dim"  # period, region, code, unit, dim, value, ignore, postcode
    period: tuple[str, bool] | None = None
    region: str | None = None
    measure: str = ""
    unit: str | None = None
    decimal_comma: bool = False


@dataclass(slots=True)
class _Layout:
    columns: list[_Column]
    data: list[_Row]
    fixed: list[str]  # indicator parts from title lines ("Soort misdrijf: Totaal misdrijven")
    titles: list[str]


def _is_numeric(text: str) -> bool:
    return parse_number(text) is not None or parse_number(text, decimal_comma=True) is not None


def _layout(grid: _Grid, path: Path) -> _Layout | None:
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
            fixed.append(_clean_label(value))
    labelled = len(header_rows) > 1 and all(
        r.cell(0).strip().lower() in _HEADER_LABELS for r in header_rows[:-1]
    )
    if labelled:
        columns = _labelled_columns(header_rows)
    else:
        header = _best_header(header_rows)
        width = max([len(header.cells), *(len(r.cells) for r in data)])
        columns = [_Column(k, header.cell(k).strip()) for k in range(width)]
        _unique_names(columns)
        for row in data:
            extra = [k for k in range(len(header.cells), len(row.cells)) if row.cells[k]]
            if extra and not header.cell(extra[0]):
                raise BadTable(
                    _where(grid, f"deze regel heeft meer cellen ({len(row.cells)}) dan de kop "
                           f"({len(header.cells)})"), path=path, line=row.line, column=extra[0] + 1,
                    hint="Controleer het scheidingsteken en aanhalingstekens in deze regel",
                )
    _classify(columns, data, grid, path)
    return _Layout(columns, data, fixed, titles)


def _best_header(rows: list[_Row]) -> _Row:
    """The fullest header row; of equally full ones the first whose names are unique."""
    most = max(sum(1 for c in r.cells if c) for r in rows)
    full = [r for r in rows if sum(1 for c in r.cells if c) == most]
    unique = [r for r in full if len({c for c in r.cells if c}) == most]
    return (unique or full)[0]


def _unique_names(columns: list[_Column]) -> None:
    seen: Counter[str] = Counter()
    for column in columns:
        seen[column.name] += 1
        if column.name and seen[column.name] > 1:
            column.name = f"{column.name} ({seen[column.name]})"


def _where(grid: _Grid, message: str) -> str:
    return f"{grid.label}: {message}" if grid.label else message


def _labelled_columns(header_rows: list[_Row]) -> list[_Column]:
    """StatLine export: rows "Onderwerp;…", "Perioden;…" and a last row whose first cell names the rows."""
    last = header_rows[-1]
    width = max(len(r.cells) for r in header_rows)
    columns = [_Column(0, last.cell(0).strip())]
    for k in range(1, width):
        column = _Column(k, " / ".join(r.cell(k) for r in header_rows if r.cell(k)), role="value")
        measures = []
        for row in header_rows:
            label, cell = row.cell(0).strip().lower(), row.cell(k).strip()
            period = parse_period(cell) if cell else None
            if label.startswith("period") and period:
                column.period = period
            elif row is last and _unit_of(cell):
                column.unit = _unit_of(cell)
            elif cell and label.startswith("regio"):
                column.region = regions.resolve(cell) or cell
            elif cell:
                measures.append(_clean_label(cell))
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
            measure_parts.append(_clean_label(part))
    return period, region, " ".join(measure_parts)


def _classify(columns: list[_Column], data: list[_Row], grid: _Grid, path: Path) -> None:
    """Give every column its role: period, region, code, unit, dim (part of the indicator) or value."""
    values = {c.index: [r.cell(c.index) for r in data] for c in columns}
    last = len(columns) - 1
    for column in columns:
        cells = [v for v in values[column.index] if v]
        column.decimal_comma = _decimal_comma(cells)
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


def _classify_one(column: _Column, cells: list[str], *, is_last: bool) -> None:
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
    elif _UNIT_NAMES.match(name) or (distinct and all(_unit_of(v) for v in distinct)):
        column.role = "unit"
    elif textual and (_REGION_NAMES.search(name) or (
        _WEAK_REGION_NAMES.match(name) and _share(distinct, _resolves) >= 0.5
    )):
        column.role = "code" if _CODE_COLUMN.search(name) else "region"
    elif _ATTRIBUTE_NAMES.match(name):
        column.role = "attribute"
    elif name.lower() in _GENERIC_MEASURES or _mostly_numbers(cells, column.decimal_comma):
        column.role, column.measure, column.unit = "value", _humanise(name), _unit_of(name)
    else:
        column.role = "dim"


def _mostly_numbers(cells: list[str], decimal_comma: bool) -> bool:
    symbols = sum(1 for v in cells if _symbol(v))
    numbers = sum(1 for v in cells if _symbol(v) is None and parse_number(v, decimal_comma=decimal_comma))
    return bool(cells) and numbers > (len(cells) - symbols) / 2


def _infer_missing(columns: list[_Column], values: dict[int, list[str]]) -> None:
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
    return _region_code(text) is not None


def _region_code(text: str) -> str | None:
    value = text.strip()
    if re.fullmatch(r"\d{4}", value):
        return "GM" + value
    return regions.resolve(value)


def _share(values: set[str], test: Callable[[str], object]) -> float:
    return sum(1 for v in values if test(v)) / len(values) if values else 0.0


# --------------------------------------------------------------------------- series


@dataclass(slots=True)
class _Builder:
    path: Path
    report: ImportReport
    source: str
    points: dict[tuple[str, str], dict[str, tuple[float, bool, int]]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    units: dict[tuple[str, str], str | None] = field(default_factory=dict)
    unresolved: set[str] = field(default_factory=set)

    def add(self, indicator: str, region: str, period: tuple[str, bool], value: float, provisional: bool,
            unit: str | None, line: int, column: str, grid: _Grid) -> None:
        key = (indicator, region)
        known = self.points[key].get(period[0])
        if known is not None:
            if abs(known[0] - value) > 1e-9 * max(1.0, abs(value)):
                raise BadTable(
                    _where(grid, f"twee verschillende waarden voor '{indicator}', {region}, {period[0]} "
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


def _is_metadata(path: Path, grid: _Grid) -> bool:
    if not grid.rows:
        return False
    header = {c.strip() for c in grid.rows[0].cells}
    return {"Key", "Title"} <= header


def _grid_period(grid: _Grid, path: Path, titles: list[str]) -> tuple[str, bool] | None:
    """The one year a table without a period column is about: from the sheet name, title or file name."""
    for text in (grid.name, *titles[:1], path.stem):
        years = set(_YEAR.findall(text))
        if len(years) == 1:
            return years.pop(), False
        if len(years) > 1:
            return None
    return None


@dataclass(slots=True)
class _Roles:
    values: list[_Column]
    period: _Column | None
    region: _Column | None
    units: list[_Column]
    dims: list[_Column]

    @classmethod
    def of(cls, columns: list[_Column]) -> _Roles:
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


def _read_grid(grid: _Grid, path: Path, builder: _Builder, titles_map: dict[str, str]) -> None:
    layout = _layout(grid, path)
    label = grid.label or path.name
    if layout is None or not layout.data:
        builder.report.notes.append(f"{label}: geen gegevensregels")
        return
    roles = _Roles.of(layout.columns)
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
                _where(grid, "geen kolom met perioden (zoals Perioden, Jaar of period) gevonden"),
                path=path, line=grid.rows[0].line,
                hint="Voeg een kolom met jaren of maanden toe, of zet de perioden in de kop",
            )
        builder.report.notes.append(f"{label}: periode {fallback[0]} uit de naam afgeleid")
    if not roles.values:
        if roles.period is None:
            raise BadTable(
                _where(grid, "geen kolom met getallen gevonden"), path=path,
                line=grid.rows[0].line, hint="Een tabel heeft minstens één kolom met waarden nodig",
            )
        _count_events(layout, roles, grid, builder, titles_map)
        return
    for row in layout.data:
        region = _row_region(row, roles.region, builder)
        if region is None:
            continue
        period = _row_period(row, roles.period, grid, path) if roles.period else fallback
        parts = [titles_map.get(row.cell(d.index).strip(), row.cell(d.index)) for d in roles.dims]
        base = _dedupe([*layout.fixed, *(_clean_label(p) for p in parts if p.strip())])
        unit = next((u for u in (_unit_of(row.cell(c.index)) for c in roles.units) if u), None)
        for column in roles.values:
            _read_cell(row, column, base, region, period, unit, grid, builder)


def _row_region(row: _Row, column: _Column | None, builder: _Builder) -> str | None:
    if column is None:
        return NATIONAL_DEFAULT
    raw = row.cell(column.index)
    if not raw:
        builder.report.skipped.append(Skipped(row.line, "geen regio", column.name))
        return None
    code = _region_code(raw)
    if code is None:
        builder.unresolved.add(_clean_label(raw))
    return code or _clean_label(raw)


def _row_period(row: _Row, column: _Column, grid: _Grid, path: Path) -> tuple[str, bool]:
    raw = row.cell(column.index)
    period = parse_period(raw)
    if period is None:
        raise BadTable(
            _where(grid, f"'{raw}' is geen periode (zoals 2022, 2022JJ00, 2023MM04 of 2023KW02)"),
            path=path, line=row.line, column=column.name, hint="Verbeter de periode in deze cel",
        )
    return period


def _read_cell(row: _Row, column: _Column, base: list[str], region: str, row_period: tuple[str, bool] | None,
               row_unit: str | None, grid: _Grid, builder: _Builder) -> None:
    text = row.cell(column.index)
    reason = _symbol(text)
    if reason is not None:
        builder.report.skipped.append(Skipped(row.line, reason, column.name))
        return
    parsed = parse_number(text, decimal_comma=column.decimal_comma)
    if parsed is None:
        raise BadTable(
            _where(grid, f"'{text}' is geen getal"), path=builder.path, line=row.line, column=column.name,
            hint="Gebruik cijfers (decimaalkomma of -punt) of een StatLine-symbool zoals '.' of 'x'",
        )
    period = column.period or row_period
    if period is None:
        raise BadTable(_where(grid, f"bij de waarde '{text}' staat geen periode"), path=builder.path,
                       line=row.line, column=column.name,
                       hint="Geef elke waarde een periode: een kolom 'Perioden' of een jaar in de kolomkop")
    measure = column.measure if column.measure.lower() not in _GENERIC_MEASURES else ""
    name_parts = _dedupe([*base, measure]) or [_humanise(column.name) or builder.path.stem]
    unit = column.unit or row_unit or _unit_of(measure)
    builder.add(" — ".join(name_parts), column.region or region, period, parsed[0], parsed[1], unit,
                row.line, column.name, grid)


NATIONAL_DEFAULT = regions.NATIONAL


def _dedupe(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if part and (not out or out[-1].lower() != part.lower()):
            out.append(part)
    return out


def _count_events(layout: _Layout, roles: _Roles, grid: _Grid, builder: _Builder,
                  titles_map: dict[str, str]) -> None:
    """One row per event: count them per month and type (and region when the file names one)."""
    if roles.period is None:
        raise BadTable(_where(grid, "de gebeurtenissen hebben geen datumkolom"), path=builder.path,
                       hint="Geef elke regel een datum of periode")
    seen: set[tuple[str, ...]] = set()
    counts: Counter[tuple[str, str, str]] = Counter()
    lines: dict[tuple[str, str, str], int] = {}
    for row in layout.data:
        if row.cells in seen:
            builder.report.skipped.append(Skipped(row.line, "dubbele regel"))
            continue
        seen.add(row.cells)
        month = _row_period(row, roles.period, grid, builder.path)[0][:7]
        region = _row_region(row, roles.region, builder)
        if region is None:
            continue
        parts = [titles_map.get(row.cell(d.index), row.cell(d.index)) for d in roles.dims]
        names = _dedupe([*layout.fixed, *(_clean_label(p) for p in parts)])
        key = (" — ".join(names) or builder.path.stem, region, month)
        counts[key] += 1
        lines.setdefault(key, row.line)
    builder.report.notes.append(f"{grid.label or builder.path.name}: gebeurtenissen per maand geteld")
    for (indicator, region, month), n in sorted(counts.items()):
        builder.add(indicator, region, (month, False), float(n), False, Unit.COUNT.value,
                    lines[(indicator, region, month)], roles.period.name, grid)


def read_with_report(path: Path | str) -> tuple[list[Series], ImportReport]:
    """The series in a statistics file and a report of what was read and skipped.

    Raises a :class:`~trendbeeld.errors.TrendbeeldError` naming file, line and column when the file cannot
    be read as a whole; then nothing of it is returned.
    """
    path = Path(path)
    report = ImportReport(path=str(path))
    builder = _Builder(path, report, path.name)
    with file_context(path):
        if path.is_dir():
            raise IsADirectoryError(path)
        grids = _grids(path)
        titles_map = _metadata_titles(path.parent)
        for grid in grids:
            if _is_metadata(path, grid):
                raise BadTable(
                    _where(grid, "dit is een metadatabestand (Key, Title), geen tabel met cijfers"),
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


# --------------------------------------------------------------------------- publisher's tables

# Tables of CBS and the police (open data, StatLine) whose title the import names when a file
# name or the title line of an export gives the table id. Ids are StatLine's (``83648NED``).
KNOWN_TABLES: dict[str, tuple[str, str]] = {
    "83648NED": ("CBS", "Geregistreerde criminaliteit; soort misdrijf, regio"),
    "80344NED": ("CBS", "Geregistreerde criminaliteit; misdrijven en verdachten naar regio"),
    "80169NED": ("CBS", "Slachtofferschap en ondervonden delicten; politieregio (IVM)"),
    "80168NED": ("CBS", "Onveiligheidsbeleving; politieregio (IVM)"),
    "72012NED": ("CBS", "Onveiligheidsbeleving; politieregio (IVM)"),
    "85067NED": ("CBS", "Gebieden in Nederland 2022"),
}
_TABLE_IN_NAME = re.compile(r"(?:^|[^a-z0-9])(cbs|politie)[ _-]?(\d{5})(?:ned)?(?![0-9])", re.IGNORECASE)
_TABLE_ID = re.compile(r"\b(\d{5})NED\b", re.IGNORECASE)
_PUBLISHER_IN_NAME = re.compile(r"^(cbs|politie)[ _-]", re.IGNORECASE)
_TITLES_BY_NAME = {
    title.casefold(): (publisher, table_id) for table_id, (publisher, title) in KNOWN_TABLES.items()
}


def table_reference(name: str, title_lines: Iterable[str] = ()) -> tuple[str, str | None, str] | None:
    """(publisher, table id or None, title) of the table a statistics file came from, when recognisable.

    The id comes from the file name (``cbs83648_…``, ``politie47018_…``) or a ``…NED`` code; the
    title from the catalogue above, else from a StatLine export's title line (``… ; soort misdrijf,
    gemeente 2026``, the download year left off).
    """
    lines = [" ".join(line.split()) for line in title_lines if ";" in line]
    match = _TABLE_IN_NAME.search(name) or _TABLE_ID.search(name)
    table_id = None
    publisher = None
    if match:
        table_id = f"{match.group(match.lastindex or 1)}NED"
        if match.re is _TABLE_IN_NAME:
            publisher = "CBS" if match.group(1).lower() == "cbs" else "Politie"
    elif prefix := _PUBLISHER_IN_NAME.match(name):
        publisher = "CBS" if prefix.group(1).lower() == "cbs" else "Politie"
    if table_id in KNOWN_TABLES:
        known_publisher, title = KNOWN_TABLES[table_id]
        return publisher or known_publisher, table_id, title
    for line in lines:
        title = re.sub(r"\s+\d{4}$", "", line)
        if title.casefold() in _TITLES_BY_NAME:
            known_publisher, known_id = _TITLES_BY_NAME[title.casefold()]
            return known_publisher, table_id or known_id, title
        if publisher or table_id:
            return publisher or "CBS", table_id, title
    if publisher:
        return publisher, table_id, ""
    return None


def read_table(path: Path | str) -> list[Series]:
    """The series in a CSV or XLSX statistics file (see the module docstring for layouts)."""
    return read_with_report(path)[0]
