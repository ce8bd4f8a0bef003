"""Sources from running text. Form feeds (as pdftotext writes them) separate pages."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from trendbeeld.model import Source, SourceMeta
from trendbeeld.sources import repair
from trendbeeld.sources.base import paged_source
from trendbeeld.sources.dating import dateline_date

TITLE_MAX_CHARS = 160
TITLE_MIN_LETTERS = 3  # "$", "---", "* *" are no titles


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
    if not meta.title:
        meta = replace(meta, title=title_from_text(text, path.stem))
    if "\f" in text or repair.is_converted_pdf(text):
        # Text from a PDF (pages separated by form feeds, or lines wrapped at the page width) is
        # repaired as a PDF's text is: soft hyphens, words cut at line ends, sentences cut by a
        # blank line, page numbers and chart debris.
        yield paged_source(origin, repair.repair_pages(text.split("\f")), meta)
    else:
        # Running text is stored as written (made plain text when decoded, ``base.plain_text``: one
        # kind of line end, no invisible characters), so every offset points into the file as read.
        yield Source.create(origin, text, meta)
