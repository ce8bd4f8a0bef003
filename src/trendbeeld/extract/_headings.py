"""Plain headings of a text: a short line standing alone as its own paragraph.

A heading ("Criminaliteit in 2020", "Amsterdam", "Woninginbraken in Utrecht") scopes the
paragraphs under it until the next heading: a figure that names no period or place in its own
sentence or paragraph takes the heading's. Numbered titles ("1.1 De Nederlandse economie") are
headings too. A line ending in a full stop, colon or comma is a sentence or a lead-in, not a
heading; a line of digits only is a table cell or a page number.

Headings are read on the source text, where the blank lines are (cleaning may turn a text with a
blank line after every line into single lines); the ``*_at`` functions take and give positions in
the document's clean text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from trendbeeld.extract import regions
from trendbeeld.extract._document import Document

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
    for pos in paragraph_starts(text):
        m = _HEADING.match(text, pos)
        if m is None:
            continue
        title = m.group("title").rstrip()
        if title[-1] in _SENTENCE_END or len(title.split()) > MAX_HEADING_WORDS or not _LETTER.search(title):
            continue
        start, end = m.start("title"), m.start("title") + len(title)
        out.append(Heading(start, end, regions.named_in_title(text, start, end)))
    return [h.start for h in out], out


def paragraph_starts(text: str) -> Iterator[int]:
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


def heading_at(doc: Document, pos: int) -> Heading | None:
    """The heading of the section at clean ``pos``, in clean offsets."""
    heading = heading_before(doc.clean.source, doc.clean.source_offset(pos))
    if heading is None:
        return None
    return Heading(doc.clean.clean_offset(heading.start), doc.clean.clean_offset(heading.end), heading.region)


def paragraph_after_at(doc: Document, pos: int) -> int | None:
    """The clean start of the first paragraph under the heading of the section at clean ``pos``."""
    source = doc.clean.source
    heading = heading_before(source, doc.clean.source_offset(pos))
    if heading is None:
        return None
    blank = source.find("\n\n", heading.end, heading.end + MAX_HEADING_CHARS)
    return doc.clean.clean_offset(blank + 2) if blank >= 0 else None


def is_title(doc: Document, heading: Heading) -> bool:
    """Whether ``heading`` (clean offsets) opens the document or an article of a compilation."""
    source = doc.clean.source
    start = doc.clean.source_offset(heading.start)
    if not source[:start].strip():
        return True
    articles = doc.source_articles
    i = articles.index(start)
    return i >= 0 and not source[articles.starts[i]:start].strip()
