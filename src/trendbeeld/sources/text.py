"""Sources from running text. Form feeds (as pdftotext writes them) separate pages.

The layout of a text saved another way is undone first (:func:`plain_layout`), so the same text
gives the same sources whichever editor or converter saved it:

- padded lines: when (nearly) every line ends in spaces or tabs, also the last line of nearly every
  paragraph, the padding says nothing and goes. Where only the lines that wrap keep a space, that
  space tells a wrapped line (pdftotext), and stays;
- indented paragraphs: a tab before the first word of a line that holds no other tab goes (a tab
  between cells, "\\tBeginstand\\tInstroom", or a run of them, "\\t\\t\\t2017", marks a table and stays);
- spaced lines: a blank line after every line (each run of line breaks doubled: two for a line
  break, four for a blank line) is undone;
- spaced paragraphs: when no two paragraphs are one blank line apart but many are two or more, the
  smallest gap is the paragraph break (two blank lines become one, three two, …; the order of the
  gaps, which tells a paragraph from an article, stays);
- hard-wrapped lines: text wrapped at a fixed width (e-mail, plain-text editors: 72 or 80
  characters) has its paragraphs made one line again. A line break is a wrap where the next line's
  first word would not have fitted on the line (the test of every greedy wrapper), and a text is
  hard-wrapped when nearly all breaks after its full lines are such wraps at one width (a PDF's
  lines, set in a proportional font, are not). A short line (a title, a list item) ends where its
  writer ended it, and so does a table row; text with form feeds (pdftotext) keeps its lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from itertools import islice, pairwise
from pathlib import Path

from trendbeeld.model import Source, SourceMeta
from trendbeeld.sources import repair
from trendbeeld.sources.base import paged_source
from trendbeeld.sources.dating import dateline_date

TITLE_MAX_CHARS = 160
TITLE_MIN_LETTERS = 3  # "$", "---", "* *" are no titles
PADDED_LINE_SHARE = 0.9  # this share of the filled lines ends in spaces: padding, not wrapping
MIN_SPACED_GAPS = 3  # this many gaps at least before a text counts as spaced out
_LINE_RUN = re.compile(r"\n(?:[ \t]*\n)*")  # line breaks with only blank lines between them
_PADDING = re.compile(r"[ \t]+(?=\n|\Z)")
WRAP_WIDTHS = (40, 100)  # the widths text is hard-wrapped at
WIDTH_QUANTILE = 0.95  # the width: the length this share of the lines (with a space) keeps to
FULL_LINE = 0.6  # a line this share of the width long or longer is a full line, which a wrap may end
WRAP_SHARE = 0.85  # this share of the breaks after full lines are wraps at that width
MIN_WRAPS = 4  # and at least this many
# A line break between two words.
_WRAP_BREAK = re.compile(r"(?<=\S)([ \t]*)\n(?=(\S+))")
# After a hyphen at a line end these words follow a space ("drank-" / "en drugs"); other words are the
# rest of the word ("ex-" / "partner"), which the extractor joins, so that line break stays.
_AFTER_HYPHEN = frozenset({"en", "of", "tot", "noch"})
_INDENT = re.compile(r"\n\t(?=[^\W\d_]|[‘“„'\"(])(?=[^\t\n]*(?:\n|\Z))")  # after a newline: a fast search
_BLANK_LINES = re.compile(r"\n[ \t]*\n[ \t]*\n")  # two blank lines: a text may be spaced out
SAMPLE_CHARS = 200_000  # whether a text is hard-wrapped, and at what width, is decided on its start:
SAMPLE_BREAKS = 2000  # its first characters and breaks


def plain_layout(text: str) -> str:
    """``text`` without the padding and spacing another editor or converter gave it (see the module)."""
    if "\n\t" in text or text.startswith("\t"):
        text = _INDENT.sub("\n", "\n" + text)[1:]
    return _unwrapped(_unspaced(_unpadded(text)))


def _unwrapped(text: str) -> str:
    """``text`` with the lines it was hard-wrapped into joined again (see the module); text with form
    feeds is pdftotext's, whose lines the PDF repairs read."""
    if "\f" in text:
        return text
    sample = text[:SAMPLE_CHARS].split("\n")
    lengths = sorted(len(line.rstrip()) for line in sample if " " in line.strip())
    if not lengths:
        return text
    width = lengths[int(WIDTH_QUANTILE * (len(lengths) - 1))]  # the width nearly every line keeps to
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return text
    lines = ((m, _line(text, m)) for m in _WRAP_BREAK.finditer(text))
    breaks = ((m, line) for m, line in lines if len(line) >= FULL_LINE * width)
    first = list(islice(breaks, SAMPLE_BREAKS))
    wraps = [m for m, line in first if _is_wrap(line, m.group(2), width)]
    if len(wraps) < MIN_WRAPS or len(wraps) < WRAP_SHARE * len(first):
        return text
    wraps += [m for m, line in breaks if _is_wrap(line, m.group(2), width)]
    pieces: list[str] = []
    last = 0
    for m in wraps:
        pieces += [text[last : m.start()], " "]
        last = m.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _line(text: str, m: re.Match[str]) -> str:
    return text[text.rfind("\n", 0, m.start()) + 1 : m.start()]


def _is_wrap(line: str, word: str, width: int) -> bool:
    """Did a wrapper end ``line`` because ``word`` would not have fitted on it? Never in a table row
    (cells between tabs; a last cell that is a number before a capital: "… 673 334" / "Vernieling")."""
    if len(line) + 1 + len(word) <= width or "\t" in line:
        return False
    if line[-1].isdigit() and word[0].isupper():
        return False
    return not (line[-1] == "-" and line[-2:-1].isalpha() and word not in _AFTER_HYPHEN)


def _unpadded(text: str) -> str:
    if " \n" not in text and "\t\n" not in text:
        return text  # (a last line alone with padding is no padding of every line)
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    ends = [line for line, after in pairwise([*lines, ""]) if line.strip() and not after.strip()]
    for group in (filled, ends):  # a converter leaves the last line of a paragraph without its space
        if sum(1 for line in group if line[-1] in " \t") < PADDED_LINE_SHARE * len(group):
            return text
    return _PADDING.sub("", text)


def _unspaced(text: str) -> str:
    """``text`` with its gaps between lines made as few line breaks as keep their order (see the module).
    Line breaks at the very start of the text are no gaps and stay; those at its end become one."""
    if not _BLANK_LINES.search(text):
        return text  # no gap of two blank lines or more: nothing spaced out
    inner = len(text.rstrip("\n"))
    gaps = Counter(m.group().count("\n") for m in _LINE_RUN.finditer(text, 0, inner) if m.start())
    spaced_lines = gaps[2] and any(n >= 4 for n in gaps) and all(n % 2 == 0 for n in gaps)
    if spaced_lines and gaps.total() >= MIN_SPACED_GAPS:
        breaks = {n: n // 2 for n in gaps}  # a blank line after every line
    elif not gaps[2] and sum(count for n, count in gaps.items() if n >= 3) >= MIN_SPACED_GAPS:
        wide = sorted(n for n in gaps if n >= 3)  # paragraphs two blank lines or more apart
        breaks = {1: 1, **{n: 2 + rank for rank, n in enumerate(wide)}}
    else:
        return text
    return _LINE_RUN.sub(lambda m: _gap(m, breaks, inner), text)


def _gap(m: re.Match[str], breaks: dict[int, int], inner: int) -> str:
    if not m.start():
        return m.group()
    if m.start() >= inner:
        return "\n"
    return "\n" * breaks[m.group().count("\n")]


def title_from_text(text: str, fallback: str) -> str:
    """The first Markdown heading, the first paragraph when it is short, or the first short line;
    never a line of symbols or a stray mark ("$", "---", "* *"): a title has words."""
    paragraphs = text.strip().split("\n\n", 2)
    first = " ".join(paragraphs[0].split()).lstrip("#").strip()
    if first and dateline_date(first) and len(paragraphs) > 1:  # "Den Haag, 28 oktober 2016"
        first = " ".join(paragraphs[1].split()).lstrip("#").strip()
    if _has_words(first) and len(first) <= TITLE_MAX_CHARS and not first.endswith((".", ":")):
        return first
    for line in text.split("\n")[:20]:
        stripped = line.strip().lstrip("#").strip()
        if (
            _has_words(stripped) and len(stripped) <= 120 and not stripped.endswith(":")
            and not dateline_date(stripped)
        ):
            return stripped
    return fallback


def _has_words(line: str) -> bool:
    return sum(ch.isalpha() for ch in line) >= TITLE_MIN_LETTERS


def text_sources(origin: str, text: str, meta: SourceMeta, path: Path) -> Iterator[Source]:
    text = plain_layout(text)
    if not meta.title:
        meta = replace(meta, title=title_from_text(text, path.stem))
    if "\f" in text or repair.is_converted_pdf(text):
        # Text from a PDF (pages separated by form feeds, or lines wrapped at the page width) is
        # repaired as a PDF's text is: soft hyphens, words cut at line ends, sentences cut by a
        # blank line, page numbers and chart debris.
        yield paged_source(origin, repair.repair_pages(text.split("\f")), meta)
    else:
        # Running text is stored as written, made plain (``base.plain_text`` when decoded: one kind of
        # line end, no invisible characters; ``plain_layout`` above: no padding, spacing or hard wraps).
        # Offsets point into that text; ``trendbeeld.evaluate.OffsetMap`` moves them into the file's.
        yield Source.create(origin, text, meta)
