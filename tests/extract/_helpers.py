"""Run the extractor on a short text and check the span invariant on everything it finds."""

from __future__ import annotations

from typing import TypeVar

from trendbeeld.extract import _document, extract, figures
from trendbeeld.model import Evidence, Figure, Source, SourceMeta

T = TypeVar("T")


def items_of(kind: type[T], text: str, meta: SourceMeta | None = None) -> list[T]:
    source = Source.create("test.txt", text, meta)
    found: list[Evidence] = extract(source)
    for item in found:
        assert source.text[item.span.start : item.span.end] == item.text
        assert item.span.source_id == source.id
    return [item for item in found if isinstance(item, kind)]


def figures_of(text: str, meta: SourceMeta | None = None) -> list[Figure]:
    """The figure extractor alone on a news text (other extractors' work does not disturb it)."""
    source = Source.create("nieuws.txt", text, meta)
    found = figures.from_document(_document.analyse(source))
    for figure in found:
        assert source.text[figure.span.start : figure.span.end] == figure.text
    return found
