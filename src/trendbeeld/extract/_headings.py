"""Plain headings of a text: a short line standing alone as its own paragraph.

A heading ("Criminaliteit in 2020", "Amsterdam", "Woninginbraken in Utrecht") scopes the
paragraphs under it until the next heading: a figure that names no period or place in its own
sentence or paragraph takes the heading's. Numbered titles ("1.1 De Nederlandse economie") are
headings too. A line ending in a full stop, colon or comma is a sentence or a lead-in, not a
heading; a line of digits only is a table cell or a page number.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from trendbeeld.extract import regions

TITLE_CHARS = 300  # a document's title heading starts this close to the start of the text
MAX_HEADING_WORDS = 8
MAX_HEADING_CHARS = 80
_SENTENCE_END = ".:;,!?…"
# A heading line, matched at a paragraph's start: a blank line after it.
_HEADING = re.compile(rf"[^\S\n]*(?P<title>[A-ZÀ-Ý0-9][^\n]{{1,{MAX_HEADING_CHARS}}}?)[^\S\n]*\n[^\S\n]*\n")
_LETTER = re.compile(r"[^\W\d_]{3}")


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading at ``start:end`` of the text, with the place it names (if any)."""

    start: int
    end: int
    region: str | None


@lru_cache(maxsize=16)
def headings(text: str) -> tuple[list[int], list[Heading]]:
    """The headings of ``text`` in order, and their starts (for bisecting)."""
    out: list[Heading] = []
    for pos in _paragraph_starts(text):
        m = _HEADING.match(text, pos)
        if m is None:
            continue
        title = m.group("title").rstrip()
        if title[-1] in _SENTENCE_END or len(title.split()) > MAX_HEADING_WORDS or not _LETTER.search(title):
            continue
        start, end = m.start("title"), m.start("title") + len(title)
        out.append(Heading(start, end, regions.named_in_title(text, start, end)))
    return [h.start for h in out], out


def _paragraph_starts(text: str) -> Iterator[int]:
    """0 and every position after a blank line ("\\n\\n"), by a literal search."""
    yield 0
    pos = text.find("\n\n")
    while pos >= 0:
        yield pos + 2
        pos = text.find("\n\n", pos + 1)


def heading_before(text: str, pos: int) -> Heading | None:
    """The nearest heading that ends before ``pos`` (the heading of the section ``pos`` is in)."""
    starts, found = headings(text)
    i = bisect.bisect_right(starts, pos) - 1
    while i >= 0 and found[i].end > pos:
        i -= 1
    return found[i] if i >= 0 else None


def title_region(text: str, pos: int) -> str | None:
    """The place the document's title names ("Veiligheidsbeeld Eindhoven 2021"): the source is
    about that place. The title is the first heading, near the start of the text; in a
    compilation of articles (separated by two blank lines) it is only the first article's title."""
    found = headings(text)[1]
    if not found or found[0].start > TITLE_CHARS:
        return None
    breaks = article_breaks(text)
    i = bisect.bisect_right(breaks, found[0].end)
    return None if i < len(breaks) and breaks[i] < pos else found[0].region


@lru_cache(maxsize=16)
def article_breaks(text: str) -> list[int]:
    """Where two blank lines separate the articles of a compilation, by a literal search."""
    out: list[int] = []
    pos = text.find("\n\n\n")
    while pos >= 0:
        out.append(pos)
        pos = text.find("\n\n\n", pos + 3)
    return out
