"""Loading: a CSV file or the worksheets of an XLSX file as grids of non-empty rows."""

from __future__ import annotations

import csv
import io
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trendbeeld.errors import BadTable, EncodingError, UnreadableFile
from trendbeeld.userfiles import zip_problem

if TYPE_CHECKING:
    from openpyxl import Workbook

MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    cells: tuple[str, ...]

    def cell(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""


@dataclass(slots=True)
class Grid:
    """Rows of one CSV file or one worksheet."""

    label: str  # "" for a CSV file, "werkblad <naam>" for a worksheet
    rows: list[Row]
    name: str = ""


def load_grids(path: Path) -> list[Grid]:
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


def _csv_grid(path: Path) -> Grid:
    text = _decode(path, path.read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[Row] = []
    start = 1
    try:
        for record in reader:
            cells = tuple(c.strip() for c in record)
            if any(cells):
                rows.append(Row(start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field limit" in str(exc):
            limit = f"{csv.field_size_limit():,}".replace(",", ".")
            raise BadTable(f"een cel is langer dan {limit} tekens", path=path, line=start,
                           hint="Controleer de aanhalingstekens: een ontbrekend sluitteken maakt van de rest "
                           "één cel") from exc
        raise BadTable(f"de CSV is niet goed opgebouwd ({exc})", path=path, line=start,
                       hint="Controleer aanhalingstekens en scheidingstekens") from exc
    return Grid("", rows)


def _xlsx_grids(path: Path) -> list[Grid]:
    import zipfile

    import openpyxl

    with path.open("rb") as handle:  # ours, so that it is closed when openpyxl fails half-way
        try:
            with zipfile.ZipFile(handle) as package:
                problem = zip_problem(path, package.infolist())
            if problem:
                raise BadTable(f"het Excel-bestand: {problem}", path=path,
                               hint="Open en bewaar het opnieuw in Excel")
            handle.seek(0)
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


def _sheets(book: Workbook) -> list[Grid]:
    grids = []
    for sheet in book.worksheets:
        rows = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = tuple(_xlsx_text(v) for v in values)
            if any(cells):
                rows.append(Row(number, cells))
        grids.append(Grid(f"werkblad '{sheet.title}'", rows, sheet.title))
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
