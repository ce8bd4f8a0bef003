"""Figures in tables that reached us as plain text.

- Rows on one line: a label, then only numbers ("Woninginbraken   76.357", "Gerealiseerd 2017 49.124
  1.103 3.576"); a cell is a count when it has a thousands separator or its row has more than one
  number. Not: a page number ("37"), a table of contents ("Inleiding   5", "Hoofdstuk 3   Trends   12").
- One cell per paragraph, as a PDF converter writes a table ("1,48\\n\\n1,65\\n\\n0,85"): a number
  with decimals alone on its line is a measured value, a percentage when its row label says so
  ("in procenten"). Whole numbers alone on a line are left alone (page and footnote numbers, axis
  labels).
- The year of such a cell: the column heads above the table ("2018\\n\\n2017\\n\\n2016"), else the
  year in the table's title ("Tabel 1.1 … 2018").
- The year of a cell in a row of a table converted with its lines ("Gemelde beveiligingsincidenten
  45 50" under a head "2021 2022", rows of :data:`_text.TABLE_ROW`): the year of its column, by order
  (the first cell is of the first year), read from the nearest head above it in the same block of
  rows and label lines.
"""

from __future__ import annotations

import re

from trendbeeld.extract import _figure_filters, _figure_measures, _scan, _table_heads, _text, numbers
from trendbeeld.extract._context import Found
from trendbeeld.model import Unit

TABLE_LINE_CHARS = 80  # a table row is a line at most this long
# A row: a label of words (no sentence punctuation; digits only in brackets, "Beginstand (1-1-2022)"; a
# colon before a word, "Toezicht en begeleiding: vrijwillig"), then numbers and percentages only.
# A web table prints a decimal point ("5.8 5.9 7" under "2014 2015 2016", label "% Bekladding: veel
# overlast [%]" or "Rapportcijfer veiligheid (gem.) [score]"): one or two digits after it.
_CELL = r"(?:\d{1,3}(?:\.\d{3})+(?![.\d])|\d+\.\d{1,2}(?![.\d])|\d+)(?:,\d+)?%?"
# (a row whose line break the text cleaner took for a wrapped line holds several label–number groups)
_TABLE_ROW = re.compile(
    rf"(?:[ ]*(?P<label>(?:%[ ])?[^\W\d_](?:[^\d\n.!?;:(]|\([^()\n]{{0,20}}\)|:(?=[ ][^\W\d_]|[ ]\())*?)"
    rf"[ ]+(?P<cells>{_CELL}(?:[ ]+{_CELL})*))+[ ]*"
)
_TABLE_CELL = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?![.\d])|\d+\.\d{1,2}(?![.\d])|\d+)(?:,\d+)?(?![%\d]|[.,]\d)"
)
_POINT_CELL = re.compile(r"\d\.\d{1,2}\Z")  # "5.8", "21.0": a decimal point, no thousands
_GRADE_ROW = re.compile(r"cijfer\b", re.IGNORECASE)  # "Rapportcijfer leefbaarheid", not "politiecijfers"
_PERCENT_ROW = re.compile(r"\[%\]|^[ ]*%[ ]|procent", re.IGNORECASE)  # "% Bekladding … [%]"
_CELL_LINE = re.compile(r"^[ ]*(?P<num>[-+]?\d{1,3}(?:\.\d{3})*,\d+)(?P<pct>[ ]?%)?[ ]*$", re.MULTILINE)
# Column heads: at least two years, each alone on its line, apart by blank lines.
_YEAR_LINES = re.compile(r"(?:^[ ]*(?:19|20)\d\d(?:\d\))?[ ]*\n(?:[ ]*\n)*){2,}", re.MULTILINE)  # "20162)"
_YEAR_HEAD = re.compile(r"(?:19|20)\d\d(?:\d\))?")
_CELLISH = re.compile(r"[-+]?\d[\d.,]*%?|[-–]")  # a cell: a number, or a dash for none
_TABLE_TITLE = re.compile(r"^[ ]*Tabel\b[^\n]*(?:19|20)\d\d[^\n]*$", re.MULTILINE)
COLUMN_HEAD_CHARS = 1500  # the heads of a table stand at most this far above a cell
_PERCENT_LABEL = re.compile(r"procent|%", re.IGNORECASE)
CELL_LINE_CHARS = 20  # a line with a cell is at most this much longer than the cell
LABEL_LINES_BACK = 8  # a row label stands at most this many lines above its cells
ROW_LABEL_CHARS = 200  # and a line is read back at most this far
LABEL_CHARS = 40  # the word before a cell that makes its line a table of contents ("Hoofdstuk 3")


def cells_on_own_lines(text: str, found: list[Found]) -> list[Found]:
    """A table converted from a PDF with one cell per paragraph ("1,48\n\n1,65\n\n0,85"): a
    number with decimals alone on its line, apart from the lines around it by a blank line, is a
    measured value. It is a percentage when its row label says so ("in procenten"), else a
    measure of its own (unit other). Whole numbers alone on a line are page numbers, footnote
    numbers, years or axis labels as often as cells, and are left alone."""
    taken = sorted((f.start, f.end) for f in found)
    out: list[Found] = []
    for m in _scan.matches_at(_CELL_LINE, text, _scan.starts_of_lines(text, _scan.DIGIT_LINE)):
        start, end = m.start("num"), m.end("num")
        apart = text.startswith("\n\n", max(0, m.start() - 2)) or text.startswith("\n\n", m.end())
        if not apart or _figure_filters.inside(taken, start):
            continue
        percent = bool(m.group("pct")) or bool(_PERCENT_LABEL.search(_row_label(text, m.start())))
        unit = Unit.PERCENT if percent else Unit.OTHER
        out.append(Found(start, m.end("pct") if m.group("pct") else end,
                         numbers.parse_digits(m.group("num")), None, unit, 0))
    return out


def column_years(text: str, found: list[Found]) -> dict[int, str]:
    """The years of the table cells on lines of their own: the i-th cell of a run of cells takes
    the i-th year of the column heads above the table ("2018\n\n2017\n\n2016"; a run holds
    several rows), else the year of the table's title ("Tabel 1.1 … 2018"). Keyed by the start
    of the cell."""
    cells = [f for f in found if _is_cell(text, f)]
    if not cells:
        return {}
    index = _run_index(text)
    out: dict[int, str] = {}
    for f in cells:
        line_start = text.rfind("\n", 0, f.start) + 1
        years = _column_heads(text, line_start)
        if years:
            out[f.start] = years[index[line_start] % len(years)]
            continue
        title = _TABLE_TITLE.search(text, max(0, line_start - COLUMN_HEAD_CHARS), line_start)
        if title is not None:
            out[f.start] = _periods_in(title.group(0))[-1]
    return out


# Column heads in one line: two or more years ("2021 2022", "Producten  2021  2022  Niet afgeronde",
# "31 dec 2022   31 dec 2021") in a line without sentence punctuation (:mod:`_table_heads`); and a
# cell of a row: a number, a percentage or a dash between spaces.
_ROW_CELLS = re.compile(r"(?<!\S)(?:[-–]|[-+]?\d[\d.,]*(?:[ ]?%)?)(?!\S)")
HEAD_LINES = 30  # the head of a block of rows stands at most this many lines above a row (blank ones aside)
LABEL_LINE_CHARS = 60  # a line of a row label that goes on ("persoonsgegevens") is at most this long


def row_years(text: str, found: list[Found]) -> dict[int, str]:
    """The column years of the cells in rows of a table ("Gemelde beveiligingsincidenten 45 50" under
    "2021 2022": 45 is of 2021, 50 of 2022), keyed by the start of the cell. A row with fewer cells
    than the head has years leaves them open (which column is empty is not known)."""
    out: dict[int, str] = {}
    heads: dict[int, list[str]] = {}  # by the start of a row's line: the years of its head
    for f in found:
        line_end = text.find("\n", f.end, f.end + _text.ROW_CHARS)
        if line_end < 0 or text[line_end - 1] not in "0123456789%–-":
            continue  # most figures: not in a row, whose line ends in a cell
        line_start = text.rfind("\n", max(0, f.start - _text.ROW_CHARS), f.start) + 1
        if not _text.TABLE_ROW.fullmatch(text, line_start, line_end):
            continue
        if line_start not in heads:
            heads[line_start] = _row_heads(text, line_start)
        years = heads[line_start]
        cells = _trailing_cells(text, line_start, line_end)
        if years and f.start in cells and len(cells) >= len(years):
            index = cells.index(f.start)
            if index < len(years):
                out[f.start] = years[index]
    return out


def _trailing_cells(text: str, line_start: int, line_end: int) -> list[int]:
    """The starts of the cells that end the row ``line_start:line_end``, after its label: a dash
    inside the label ("Overlast - Totaal 204 62 84") is no cell."""
    cells = list(_ROW_CELLS.finditer(text, line_start, line_end))
    out: list[int] = []
    end = line_end
    for c in reversed(cells):
        if text[c.end() : end].strip(" "):
            break
        out.append(c.start())
        end = c.start()
    out.reverse()
    return out


def _row_heads(text: str, pos: int) -> list[str]:
    """The years of the head above the row at ``pos``: the nearest line above with years side by
    side, read back over rows, short label lines and blank lines only (not over running text)."""
    return _table_heads.head_years(text, pos, year=_table_heads.YEAR, lines=HEAD_LINES, count_blank=False,
                                   reads_over=_row_or_label)


def _row_or_label(text: str, start: int, end: int, stripped: str) -> bool:
    """Is the line ``text[start:end]`` a row of a table or a short line of a label ("Gemelde
    beveiligingsincidenten", "persoonsgegevens"), no running text?"""
    return _text.TABLE_ROW.fullmatch(text, start, end) is not None or (
        len(stripped) <= LABEL_LINE_CHARS and stripped[-1] not in ".!?:;")


def _is_cell(text: str, found: Found) -> bool:
    """Is ``found`` alone on its line (a cell line is short: only its ends are looked for)?"""
    line_start = text.rfind("\n", max(0, found.start - CELL_LINE_CHARS), found.start) + 1
    if line_start == 0 and found.start > CELL_LINE_CHARS:
        return False  # a long line
    line_end = text.find("\n", found.end, found.end + CELL_LINE_CHARS)
    if line_end < 0:
        if len(text) - found.end > CELL_LINE_CHARS:
            return False
        line_end = len(text)
    return _CELL_LINE.fullmatch(text, line_start, line_end) is not None


def _run_index(text: str) -> dict[int, int]:
    """For the start of each line that is a cell ("1,48", "24", "-"): how many cells come before
    it since the last line of text (one pass over the lines)."""
    out: dict[int, int] = {}
    count = 0
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if _YEAR_HEAD.fullmatch(stripped):
            count = 0  # a column head
        elif _CELLISH.fullmatch(stripped):
            out[pos] = count
            count += 1
        elif stripped:
            count = 0
        pos += len(line) + 1
    return out


def _column_heads(text: str, pos: int) -> list[str]:
    """Years on lines of their own above ``pos`` ("2018\n\n2017\n\n2016"), with only short
    lines (labels, cells) between them and ``pos``; [] when there are none."""
    window = text[max(0, pos - COLUMN_HEAD_CHARS) : pos]
    heads = list(_YEAR_LINES.finditer(window))
    if not heads:
        return []
    last = heads[-1]
    if any(len(line) > TABLE_LINE_CHARS for line in window[last.end() :].split("\n")):
        return []  # running text between the heads and the cell: another table's heads
    return _periods_in(last.group(0))


def _periods_in(text: str) -> list[str]:
    return re.findall(r"(?:19|20)\d\d", text)


def _row_label(text: str, pos: int) -> str:
    """The nearest line before ``pos`` (at most LABEL_LINES_BACK lines) that is not a cell."""
    for _ in range(LABEL_LINES_BACK):
        line_end = text.rfind("\n", max(0, pos - ROW_LABEL_CHARS), pos)
        if line_end < 0:
            return ""
        line_start = text.rfind("\n", max(0, line_end - ROW_LABEL_CHARS), line_end) + 1
        line = text[line_start:line_end].strip()
        if line and not _CELL_LINE.fullmatch(text, line_start, line_end):
            return line
        pos = line_start
    return ""


def table_cells(text: str, digits: list[int], found: list[Found]) -> list[Found]:
    """Counts in the rows of a table as plain text: a short line with a label and then only
    numbers ("Woninginbraken   76.357", "Gerealiseerd 2017 49.124 1.103 3.576"). A cell is a
    count when it has a thousands separator or its row has more than one number; a page number
    ("37") or a table of contents line ("Inleiding   5") is not."""
    taken = sorted((f.start, f.end) for f in found)
    out: list[Found] = []
    seen_lines: set[int] = set()
    for d in digits:
        line_start = text.rfind("\n", max(0, d - TABLE_LINE_CHARS), d) + 1
        if (line_start == 0 and d > TABLE_LINE_CHARS) or line_start in seen_lines:
            continue
        line_end = text.find("\n", d, d + TABLE_LINE_CHARS)
        if line_end < 0:
            line_end = len(text) if len(text) - d <= TABLE_LINE_CHARS else -1
        if line_end < 0:
            continue
        seen_lines.add(line_start)
        row = _TABLE_ROW.fullmatch(text, line_start, line_end)
        if row is None:
            continue
        cells = [c for c in _TABLE_CELL.finditer(text, line_start, line_end)
                 if text.rfind("(", line_start, c.start()) <= text.rfind(")", line_start, c.start())]
        cells = _without_years(text, line_start, cells)
        points = any(_POINT_CELL.search(c.group(0)) for c in cells)
        if points and not _row_heads(text, line_start):
            continue  # a decimal point is a web table's, under its head of years (else "2.1" is a section)
        label_text = text[line_start : cells[0].start()] if cells else ""
        percent = _PERCENT_ROW.search(label_text) is not None and (points or "%" in label_text)
        unit = Unit.PERCENT if percent else Unit.OTHER if points else Unit.COUNT
        if unit is Unit.OTHER and _GRADE_ROW.search(label_text) and all(
                numbers.parse_digits(c.group(0)) <= _figure_measures.MAX_GRADE for c in cells):
            unit = Unit.GRADE  # "Rapportcijfer veiligheid (gem.) [score] 6.5 6.6 7": marks out of ten
        for cell in cells:
            raw = cell.group(0)
            counted = ("." in raw or len(cells) > 1) and "," not in raw
            if _figure_filters.inside(taken, cell.start()) or not counted:
                continue
            label = _figure_filters.WORD_BEFORE_BRACKET.search(
                text, max(line_start, cell.start() - LABEL_CHARS), cell.start()
            )
            if label is not None and label.group("name").lower() in _figure_filters.REFERENCE_WORDS:
                continue  # "Hoofdstuk 3   Trends   12": a table of contents
            out.append(Found(cell.start(), cell.end(), numbers.parse_digits(raw), None, unit, 0))
    return out


def _without_years(text: str, line_start: int, cells: list[re.Match[str]]) -> list[re.Match[str]]:
    """The cells of a row less those that read as years ("Gerealiseerd 2017 49.124"), unless the row
    is one of counts under a head of as many years ("2333 1967 1479 1466 1207 726" under "2014 2015
    … 2019": 1967 is the count of 2015). A row of years (a head itself) keeps none."""
    years = [c for c in cells if _figure_filters.is_year(c.group(0), numbers.parse_digits(c.group(0)))]
    if not years:
        return cells
    if 2 * len(years) < len(cells) and len(_row_heads(text, line_start)) == len(cells):
        return cells
    return [c for c in cells if c not in years]
