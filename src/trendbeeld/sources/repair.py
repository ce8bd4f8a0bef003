"""Text repair: undo what page layout did to the words.

1. :func:`tidy` normalises lines: ligatures, no-break spaces, soft hyphens, runs of spaces
   (justified text), ``(cid:n)`` junk, and more than one blank line.
2. :func:`strip_page_furniture` drops page numbers and running headers/footers: the first and
   last lines of pages that recur on many pages.
3. :func:`drop_column_debris` drops stray fragments: lone letters and symbols, and the tick labels
   of chart axes (runs of bare numbers with an even step: 0%, 10%, 20%) that pdf layouts leave between
   paragraphs; columns of table values (49.124, 1.103, 3.576) stay, they are figures, and so does a
   lone dash between them (an empty cell: "5,4 / - / 6,7" keeps 6,7 in the third column);
   :func:`join_continued_paragraphs` closes the gap where a column or page break cut a sentence
   ("loopt" / "door", and "daalde naar 13% in" / "2022." before a number after a preposition).
4. :func:`join_broken_words` joins words cut at a line end — "ont-/wikkelingen" always, and
   "ontwikke/lingen" when Dutch word frequencies say the whole is far likelier than the two
   parts side by side. The line break moves behind the joined word, so each word stays on the
   page where it starts.

5. :func:`is_converted_pdf` tells plain text converted from a PDF (soft hyphens, lines wrapped at the
   page width) from text written as plain text; the text reader repairs the former like a PDF.

All functions work on plain text, page by page; readers record page ranges on the repaired
page texts (``base.paged_source``), so the ranges always fit the stored text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from trendbeeld.cutwords import join_lines

PAGE_BREAK = "\f"

# A first or last line counts as a running header/footer when it recurs on this share of pages
# (and on at least RUNNING_MIN_PAGES pages); left and right pages often alternate, hence < 1/2.
RUNNING_MIN_SHARE = 0.4
RUNNING_MIN_PAGES = 3
NUMBER_RUN = 3  # this many bare numbers in a row, evenly stepped, are a chart axis
# A text "keeps a space" at line ends that wrap between words when this share of its wraps
# (a line ending in a letter or comma, the next starting in lower case) do; at least MIN_WRAPS.
SPACE_SHARE = 0.6
MIN_WRAPS = 20

LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
CID = re.compile(r"\(cid:\d+\)")
BLANK_LINES = re.compile(r"\n{3,}")
PAGE_NUMBER = re.compile(
    r"^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–—|]?\s*\d{1,4}\s*[-–—|]?(?:\s*(?:/|van|of)\s*\d{1,4})?$",
    re.IGNORECASE,
)
# Possessive quantifiers: a run of digits is taken whole, so a line cannot be split into numbers in
# exponentially many ways before it fails (what follows a run can never start with a digit).
NUMERIC_LINE = re.compile(r"(?:[-+–—(]?[€$]?\d[\d.,:/]*+[%‰]?\)?[.,;]?\s*+)++")
# One tick label of a chart axis: -5, 2,5, 1.563, 10%, €20 (Dutch thousands points or a decimal mark).
TICK = re.compile(r"([-–—]?)[€$]?(\d{1,3}(?:\.\d{3})++|\d++)(?:[.,](\d++))?[%‰]?")
TICK_TOLERANCE = 1e-9
# A table cell beside a lone dash line: a number, year or percentage (12, 2017, 6,7, 49.124, 5%, 3,1%1))
# or another dash (an empty cell).
DASHES = frozenset("-–")
TABLE_CELL = re.compile(r"[-+]?\d[\d.,]*%?(?:\d\))?|[-–]")
WRAPPED = re.compile(r"[^\W\d_,]( ?)\n(?=[a-zß-ÿ])")
SENTENCE_END = tuple(".!?:;”’\"')]…")
LOWER_START = re.compile(r"[ ]?[a-zß-ÿ]")  # a line that goes on with a sentence
# A page or column gap inside a sentence before a number: the line ends in a preposition or relative
# ("daalde naar 13% in" / "2022.", "waarvan" / "60%", "van" / "75-plussers"), and the next part starts
# with a number that goes on: a percentage, a compound, a year, or a number before a lower-case word.
# A footnote ("4 Concurrentie …") or a list item ("1. Inleiding") does not go on.
CUT_BEFORE_NUMBER = frozenset(
    {
        *("in", "van", "tot", "naar", "sinds", "waarvan", "onder", "met", "op", "dan"),
        *("begin", "eind", "medio", "ultimo"),
    }
)
NUMBER_GOES_ON = re.compile(r"[ ]?(?:\d[\d.,]*%|\d+-[a-zß-ÿ]|\d{4}[.,;:]?(?:\s|$)|\d[\d.,]*[^\S\n]+[a-zß-ÿ])")
# Text converted from a PDF: at least this share of its lines wrap mid-sentence into a line that starts
# in lower case, and this share of lines is no wider than a page (a column of MAX_PDF_LINE characters).
MIN_WRAPPED_LINES = 20
WRAP_SHARE = 0.25
MAX_PDF_LINE = 130
SHORT_LINE_SHARE = 0.9


# --------------------------------------------------------------------------- 1. tidy


def clean_line(line: str) -> str:
    """One line with ligatures undone, runs of spaces made one and ``(cid:n)`` junk removed.

    A space at either end of a line is kept: many extractions (pdftotext, pdfminer on most
    reports) write one where a line wraps between two words and none where a word was cut or a
    heading ends, and the evidence extractor reads those cues.
    """
    line = SPACES.sub(" ", CID.sub("", line.translate(LIGATURES)))
    body = line.rstrip()
    if not body.strip():
        return ""
    if body.endswith("\u00ad"):
        return body[:-1].replace("\u00ad", "") + "-"  # a soft hyphen at a line end: the word was cut
    return line.replace("\u00ad", "")


def tidy(text: str) -> str:
    """Normalised lines, at most one blank line in a row, no blank lines at either end."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return BLANK_LINES.sub("\n\n", "\n".join(clean_line(line) for line in lines)).strip("\n")


# --------------------------------------------------------------------------- 2. page furniture


def _running_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def _edge_lines(lines: list[str]) -> list[str]:
    filled = [line for line in lines if line.strip()]
    return filled[:1] + filled[-1:] if filled else []


def _running_keys(pages: Sequence[list[str]]) -> set[str]:
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_running_key(line) for line in _edge_lines(lines)})
    with_text = sum(1 for lines in pages if any(line.strip() for line in lines))
    needed = max(RUNNING_MIN_PAGES, RUNNING_MIN_SHARE * with_text)
    return {key for key, n in counts.items() if key and n >= needed}


def _strip_edges(lines: list[str], running: set[str]) -> list[str]:
    def trim(seq: list[str]) -> list[str]:
        while seq and not seq[0].strip():
            seq = seq[1:]
        if seq and _running_key(seq[0]) in running:
            seq = seq[1:]
        while seq and (not seq[0].strip() or PAGE_NUMBER.match(seq[0].strip())):
            seq = seq[1:]
        return seq

    top_trimmed = trim(lines)
    return trim(top_trimmed[::-1])[::-1]


def strip_page_furniture(pages: Sequence[str]) -> list[str]:
    """Pages without page numbers and running headers/footers at their top and foot."""
    split = [page.split("\n") for page in pages]
    running = _running_keys(split) if len(split) >= RUNNING_MIN_PAGES else set()
    return ["\n".join(_strip_edges(lines, running)) for lines in split]


# --------------------------------------------------------------------------- 3. column debris


def _is_debris(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and (len(stripped) == 1 or not any(ch.isalnum() for ch in stripped))


def _nearest_filled(lines: Sequence[str], index: int, step: int) -> str:
    """The nearest non-blank line above (step -1) or below (step 1) line ``index``, stripped; "" if none."""
    index += step
    while 0 <= index < len(lines) and not lines[index].strip():
        index += step
    return lines[index].strip() if 0 <= index < len(lines) else ""


def _is_empty_cell(lines: Sequence[str], index: int) -> bool:
    """A lone dash between table cells: an empty cell that keeps the later cells in their columns.

    "2018 / - / 6,7 / 7,2" has three year columns; without the dash 6,7 would move to the first.
    """
    if lines[index].strip() not in DASHES:
        return False
    below = _nearest_filled(lines, index, 1)
    return bool(TABLE_CELL.fullmatch(_nearest_filled(lines, index, -1))) and (
        not below or bool(TABLE_CELL.fullmatch(below))
    )


def _tick(line: str) -> float | None:
    """The value of a line that holds one bare number, or None."""
    found = TICK.fullmatch(line.strip())
    if found is None:
        return None
    sign, whole, fraction = found.groups()
    value = float(whole.replace(".", "") + "." + (fraction or "0"))
    return -value if sign else value


def _axis_ticks(values: Sequence[float | None]) -> list[bool]:
    """Which of consecutive lines are ticks of an axis: NUMBER_RUN or more numbers with one step."""
    ticks = [False] * len(values)
    start = 0
    while start < len(values) - 1:
        first = values[start]
        second = values[start + 1]
        if first is None or second is None or first == second:
            start += 1
            continue
        step = second - first
        end = start + 1
        while end + 1 < len(values) and _same_step(values[end], values[end + 1], step):
            end += 1
        if end - start + 1 >= NUMBER_RUN:
            ticks[start : end + 1] = [True] * (end - start + 1)
        start = end
    return ticks


def _same_step(before: float | None, after: float | None, step: float) -> bool:
    if before is None or after is None:
        return False
    return abs(after - before - step) <= TICK_TOLERANCE * max(1.0, abs(step))


def drop_column_debris(text: str) -> str:
    """Text without lone letters or symbols and without the tick labels of chart axes.

    Only a run of NUMBER_RUN or more bare numbers with an even step (an axis: 0, 10, 20 or 2015,
    2016, 2017) is dropped; the values of a table column (49.124, 1.103, 3.576) are figures and stay.
    """
    lines = text.split("\n")
    # A tick "5" or "0" is one character: debris too; a dash between table cells is an empty cell.
    keep = [not _is_debris(line) or _is_empty_cell(lines, i) for i, line in enumerate(lines)]
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and NUMERIC_LINE.fullmatch(lines[end].strip() or "x"):
            end += 1
        if end - start >= NUMBER_RUN:
            ticks = _axis_ticks([_tick(line) for line in lines[start:end]])
            keep[start:end] = [kept and not tick for kept, tick in zip(keep[start:end], ticks, strict=True)]
        start = max(end, start + 1)
    return "\n".join(line for line, kept in zip(lines, keep, strict=True) if kept)


# --------------------------------------------------------------------------- 4. broken words


def keeps_space(text: str) -> bool:
    """Whether lines that wrap between words end in a space in this text (see :func:`clean_line`)."""
    wraps = WRAPPED.findall(text)
    return len(wraps) >= MIN_WRAPS and sum(1 for w in wraps if w) >= SPACE_SHARE * len(wraps)


def join_broken_words(text: str) -> str:
    """Text with words cut at line ends joined; the line break moves behind the joined word."""
    lines = text.split("\n")
    spaced = keeps_space(text)
    i = 0
    while i < len(lines) - 1:
        pair = join_lines(lines[i], lines[i + 1], keep_space=spaced) if lines[i] and lines[i + 1] else None
        if pair is None:
            i += 1
            continue
        lines[i], lines[i + 1] = pair
        if not lines[i + 1] and i + 2 < len(lines):
            del lines[i + 1]  # the next line was only the word's end: do not leave a blank line
        else:
            i += 1
    return "\n".join(lines)


# --------------------------------------------------------------------------- text converted from a PDF


def is_converted_pdf(text: str) -> bool:
    """Whether plain text was converted from a PDF (pdftotext, copy and paste): it has soft hyphens,
    or its lines are wrapped at a page's width, so that sentences often go on on the next line.

    Text written as plain text, Markdown or Word keeps a paragraph on one line; its few wraps do not
    make up WRAP_SHARE of its lines.
    """
    if "\u00ad" in text:
        return True
    lines = [line.strip() for line in text.split("\n")]
    filled = [line for line in lines if line]
    if len(filled) < MIN_WRAPPED_LINES:
        return False
    wraps = sum(
        1
        for line, following in pairwise(lines)
        if line and following and not _ends_sentence(line) and following[0].islower()
    )
    short = sum(1 for line in filled if len(line) <= MAX_PDF_LINE)
    return wraps >= WRAP_SHARE * len(filled) and short >= SHORT_LINE_SHARE * len(filled)


# --------------------------------------------------------------------------- whole texts


def _ends_sentence(line: str) -> bool:
    return line.rstrip().endswith(SENTENCE_END)


def continues(before: str, after: str) -> bool:
    """True when text ``after`` carries on the sentence that ``before`` left unfinished."""
    before, after = before.rstrip(), after.lstrip()
    return bool(before) and bool(after) and not _ends_sentence(before) and after[0].islower()


def _goes_on(line: str, following: str) -> bool:
    """Whether ``following``, after a blank line, carries on the sentence that ``line`` left open."""
    if LOWER_START.match(following):
        return not _ends_sentence(line)
    if not following[:2].strip()[:1].isdigit():
        return False
    words = line.rsplit(None, 1)
    return bool(words) and words[-1].lower() in CUT_BEFORE_NUMBER and bool(NUMBER_GOES_ON.match(following))


def join_continued_paragraphs(text: str) -> str:
    """Close the blank line where a column, box or page break cut a sentence: the next part starts in
    lower case, or the line ends in a preposition and the next part with a number that goes on.

    Line by line, so the time is linear in the text (a regular expression over the whole text was
    quadratic in the length of a line).
    """
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        out.append(line)
        index += 1
        if not line:
            continue
        following = index
        while following < len(lines) and not lines[following]:
            following += 1
        if following > index and following < len(lines) and _goes_on(line, lines[following]):
            index = following  # the blank lines in between go
    return "\n".join(out)


def repair_text(text: str) -> str:
    """Repair one page or a whole unpaged text (steps 3 and 4; run :func:`tidy` first)."""
    without_debris = BLANK_LINES.sub("\n\n", drop_column_debris(text))
    return join_broken_words(join_continued_paragraphs(without_debris))


def repair_pages(pages: Sequence[str]) -> list[str]:
    """Repaired page texts, one per page (a page may come out empty; it is never dropped)."""
    repaired = [repair_text(page) for page in strip_page_furniture([tidy(page) for page in pages])]
    _join_across_pages(repaired)
    return [page.strip("\n") for page in repaired]


def _join_across_pages(pages: list[str]) -> None:
    """A word cut at the foot of one page and finished at the top of the next."""
    spaced = keeps_space("\n".join(pages))
    previous: int | None = None
    for index, page in enumerate(pages):
        if not page.strip():
            continue
        if previous is not None:
            head, _, last_line = pages[previous].rpartition("\n")
            first_line, _, tail = page.partition("\n")
            pair = join_lines(last_line, first_line, keep_space=spaced)
            if pair:
                pages[previous] = f"{head}\n{pair[0]}" if head else pair[0]
                pages[index] = "\n".join(part for part in (pair[1], tail) if part) if pair[1] else tail
        previous = index
