"""Layout analysis of a PDF page: words → lines → blocks → reading order → text.

The input is a page's words with their boxes (one object per word, not per character), as a PDF
backend finds them. The steps:

1. :func:`lines` groups words into lines: words whose baselines lie close together form a row,
   and a row is cut where the horizontal gap between words is wider than a few spaces (the gutter
   between columns). Raised, smaller footnote markers that stand as words of their own are dropped.
2. :func:`blocks` groups lines into blocks (paragraphs, headings, captions): a line joins the block
   above it when the gap is small for its font size, the font size is about the same and the two
   lines share a left edge, a right edge or a centre.
3. :func:`reading_order` orders the blocks: side-by-side columns left to right, each top to bottom;
   blocks that span the columns (titles, full-width headings, notes) stay in their place between
   them.
4. :func:`page_text` writes each block as lines ending in ``"\\n"`` and separates blocks with a
   blank line, the shape the repair step expects.

All thresholds are in units of the font size. Coordinates are PDF points with y pointing up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

# Words whose baselines differ by at most this share of the larger font size are on one row
# (room for raised footnote markers and subscripts, less than the smallest line spacing).
ROW_TOLERANCE = 0.6
# A row is cut into separate lines where the gap between two words exceeds this (columns, tables),
# or the wider RUN_GAP when a space character of the PDF joins them (a label and its value).
LINE_GAP = 1.0
RUN_GAP = 2.0
# Two words of a line are written with a space between them when the gap exceeds this.
WORD_SPACE = 0.1
# A line joins the block above when the white space between them is at most this (pdfminer's
# line_margin), their font sizes differ by at most this share, both or neither are bold, and their
# left edges, right edges or centres are at most this far apart.
LINE_MARGIN = 0.5
SIZE_TOLERANCE = 0.1
ALIGN_TOLERANCE = 0.5
# Lines are taken top to bottom; a block whose last line lies more font sizes than this above the
# current line can take no more lines (joining needs less than 1 + LINE_MARGIN).
BLOCK_REACH = 2 + LINE_MARGIN
# Side-by-side blocks are read row by row (a table, labels beside values) when at least this many
# rows, and this share of the rows with blocks side by side, are rows of cells: their blocks start
# on one baseline and one column holds only one-line blocks.
TABLE_MIN_ROWS = 2
TABLE_MIN_SHARE = 0.5
# A footnote marker is set smaller than its line and raised above the line's baseline.
SUPERSCRIPT_SIZE = 0.8
SUPERSCRIPT_RISE = 0.2
FOOTNOTE_MARKS = frozenset("0123456789*†‡")


class Word(NamedTuple):
    """A run of characters without white space, as the backend found it on the page."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    baseline: float
    size: float
    bold: bool
    order: int  # position among the page's words in the backend's (content stream) order
    space_before: bool  # the backend saw a space, not a line break, before this word
    same_run: bool  # that space is a character of the PDF: the two words were written as one run


@dataclass(slots=True)
class Line:
    """Words on one baseline, left to right, as text."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    baseline: float
    size: float
    bold: bool  # every word is bold: a heading rather than a line of a paragraph


@dataclass(slots=True)
class Block:
    """Lines read as one paragraph, heading or caption."""

    lines: list[Line] = field(default_factory=list)
    x0: float = float("inf")
    x1: float = float("-inf")
    bottom: float = float("inf")
    top: float = float("-inf")

    def add(self, line: Line) -> None:
        self.lines.append(line)
        self.x0, self.x1 = min(self.x0, line.x0), max(self.x1, line.x1)
        self.bottom, self.top = min(self.bottom, line.bottom), max(self.top, line.top)

    @property
    def last(self) -> Line:
        return self.lines[-1]


def is_footnote_mark(text: str, size: float, baseline: float, line_size: float, line_baseline: float) -> bool:
    """Whether ``text`` (set at ``size`` on ``baseline``) is a raised, smaller footnote marker."""
    return (
        bool(text)
        and all(char in FOOTNOTE_MARKS for char in text)
        and size <= SUPERSCRIPT_SIZE * line_size
        and baseline - line_baseline >= SUPERSCRIPT_RISE * line_size
    )


def _rows(words: Sequence[Word]) -> Iterable[list[Word]]:
    """Words grouped by baseline, top row first; the topmost word of a row anchors it."""
    row: list[Word] = []
    anchor: Word | None = None
    for word in sorted(words, key=lambda w: -w.baseline):
        if anchor is None or anchor.baseline - word.baseline > ROW_TOLERANCE * max(anchor.size, word.size):
            if row:
                yield row
            row, anchor = [], word
        row.append(word)
    if row:
        yield row


def _segments(row: list[Word]) -> Iterable[list[Word]]:
    """A row cut where the gap between neighbouring words is wider than :data:`LINE_GAP`."""
    row.sort(key=lambda w: w.x0)
    segment = [row[0]]
    for word in row[1:]:
        previous = segment[-1]
        joined = word.same_run and word.order == previous.order + 1
        if word.x0 - previous.x1 > (RUN_GAP if joined else LINE_GAP) * max(word.size, previous.size):
            yield segment
            segment = []
        segment.append(word)
    yield segment


def _joined(words: list[Word], size: float) -> str:
    """The words of a line with spaces where the backend saw one or the gap is wide enough."""
    parts = [words[0].text]
    for previous, word in pairwise(words):
        seen = word.space_before and word.order == previous.order + 1
        if seen or word.x0 - previous.x1 > WORD_SPACE * size:
            parts.append(" ")
        parts.append(word.text)
    return "".join(parts)


def _without_marks(words: list[Word], size: float, baseline: float) -> list[Word]:
    """The words of a line without raised, smaller footnote markers set right after a word."""
    if all(w.size == size for w in words):
        return words
    return [words[0]] + [
        w for previous, w in pairwise(words)
        if not (
            is_footnote_mark(w.text, w.size, w.baseline, size, baseline)
            and w.x0 - previous.x1 <= WORD_SPACE * size
        )
    ]


def _line(words: list[Word]) -> Line:
    # The line's size is its largest font; its baseline the lowest of the words in that font.
    size = max(w.size for w in words)
    baseline = min(w.baseline for w in words if w.size == size)
    kept = _without_marks(words, size, baseline)
    return Line(
        text=_joined(kept, size),
        x0=kept[0].x0,
        x1=max(w.x1 for w in kept),
        bottom=min(w.bottom for w in kept),
        top=max(w.top for w in kept),
        baseline=baseline,
        size=size,
        bold=all(w.bold for w in kept),
    )


def lines(words: Sequence[Word]) -> list[Line]:
    """The page's lines, top to bottom and left to right."""
    found = [_line(segment) for row in _rows(words) for segment in _segments(row)]
    found.sort(key=lambda line: (-line.baseline, line.x0))
    return found


def _aligned(upper: Line, lower: Line, tolerance: float) -> bool:
    return (
        abs(upper.x0 - lower.x0) <= tolerance
        or abs(upper.x1 - lower.x1) <= tolerance
        or abs((upper.x0 + upper.x1) - (lower.x0 + lower.x1)) / 2 <= tolerance
    )


def _continues(upper: Line, lower: Line) -> bool:
    """Whether ``lower`` is the next line of the block that ends with ``upper``."""
    size = max(upper.size, lower.size)
    gap = upper.baseline - lower.baseline - lower.size
    return (
        gap <= LINE_MARGIN * size
        and upper.baseline > lower.baseline
        and abs(upper.size - lower.size) <= SIZE_TOLERANCE * size
        and upper.bold == lower.bold
        and min(upper.x1, lower.x1) > max(upper.x0, lower.x0)
        and _aligned(upper, lower, ALIGN_TOLERANCE * size)
    )


def _within_reach(upper: Line, lower: Line) -> bool:
    return upper.baseline - lower.baseline <= BLOCK_REACH * max(upper.size, lower.size)


def blocks(page_lines: Sequence[Line]) -> list[Block]:
    """Lines (top to bottom) grouped into blocks; each line joins the nearest block it continues."""
    found: list[Block] = []
    open_blocks: list[Block] = []
    for line in page_lines:
        open_blocks = [b for b in open_blocks if _within_reach(b.last, line)]
        candidates = [b for b in open_blocks if _continues(b.last, line)]
        if candidates:
            block = min(candidates, key=lambda b: b.last.baseline - line.baseline)
        else:
            block = Block()
            found.append(block)
            open_blocks.append(block)
        block.add(line)
    return found


def _groups(items: Sequence[Block], span: Callable[[Block], tuple[float, float]]) -> list[list[Block]]:
    """Blocks whose spans overlap (directly or through others), grouped, lowest span first."""
    groups: list[list[Block]] = []
    reach = float("-inf")
    for block in sorted(items, key=lambda b: span(b)[0]):
        low, high = span(block)
        if not groups or low >= reach:
            groups.append([])
        groups[-1].append(block)
        reach = high if len(groups[-1]) == 1 else max(reach, high)
    return groups


def _across(block: Block) -> tuple[float, float]:
    return block.x0, block.x1


def _down(block: Block) -> tuple[float, float]:
    return block.bottom, block.top


def _columns(items: Sequence[Block]) -> list[list[Block]]:
    """Blocks split into side-by-side columns, left to right (one group when nothing splits)."""
    return _groups(items, _across)


def _bands(items: Sequence[Block]) -> list[list[Block]]:
    """Blocks in horizontal bands, top to bottom.

    Rows of blocks that overlap in height are merged while the band still splits into columns and
    into no more columns than the band or the new row had: a row that spans the columns (a title,
    a full-width heading) or that puts a block beside the columns (a page number) starts a band of
    its own.
    """
    bands: list[list[Block]] = []
    widths: list[int] = []
    for row in _rows_of(items):
        row_width = len(_columns(row))
        if bands:
            merged = bands[-1] + row
            width = len(_columns(merged))
            if 2 <= width <= max(widths[-1], row_width):
                bands[-1], widths[-1] = merged, width
                continue
        bands.append(list(row))
        widths.append(row_width)
    return bands


def _rows_of(items: Sequence[Block]) -> list[list[Block]]:
    """Blocks in rows of overlapping height, top to bottom."""
    return list(reversed(_groups(items, _down)))


def _first_baseline(column: list[Block]) -> float:
    return max(block.lines[0].baseline for block in column)


def _is_table_row(row: list[Block]) -> bool:
    """Whether a row's side-by-side blocks are cells: they start on one baseline, and one column
    holds only one-line blocks (labels, figures). Running text has lines on both sides."""
    columns = _columns(row)
    firsts = [_first_baseline(column) for column in columns]
    size = max(block.lines[0].size for block in row)
    return max(firsts) - min(firsts) <= ALIGN_TOLERANCE * size and any(
        all(len(block.lines) == 1 for block in column) for column in columns
    )


def _is_table(rows: list[list[Block]]) -> bool:
    """Whether side-by-side blocks form a table or a form (labels beside values), to be read row
    by row: several rows hold blocks side by side, and most of those are rows of cells."""
    side_by_side = [row for row in rows if len(_columns(row)) > 1]
    cells = sum(1 for row in side_by_side if _is_table_row(row))
    return cells >= TABLE_MIN_ROWS and cells >= TABLE_MIN_SHARE * len(side_by_side)


def reading_order(items: Sequence[Block]) -> list[Block]:
    """Blocks in reading order: columns left to right, each top to bottom; spanning blocks in place;
    tables and forms row by row."""
    if len(items) <= 1:
        return list(items)
    columns = _columns(items)
    if len(columns) > 1:
        rows = _rows_of(items)
        if _is_table(rows):
            return [block for row in rows for block in reading_order(row)]
        return [block for column in columns for block in reading_order(column)]
    bands = _bands(items)
    if len(bands) > 1:
        return [block for band in bands for block in reading_order(band)]
    return sorted(items, key=lambda b: (-b.top, b.x0))


def block_text(block: Block) -> str:
    return "".join(line.text + "\n" for line in block.lines)


def page_text(words: Sequence[Word]) -> str:
    """A page's text in reading order: every block a paragraph, separated by a blank line."""
    if not words:
        return ""
    return "\n".join(block_text(block) for block in reading_order(blocks(lines(words))))
