"""Run the extractor on a short text and check the span invariant on everything it finds."""

from __future__ import annotations

from typing import TypeVar

from trendbeeld.extract import _document, extract, figures, trends
from trendbeeld.model import Change, Evidence, Figure, Source, SourceMeta, TrendStatement

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


def statements_of(text: str) -> list[TrendStatement]:
    """The trend extractor alone on a text, with the span invariant checked."""
    source = Source.create("test.txt", text)
    found = trends.from_document(_document.analyse(source))
    for statement in found:
        assert source.text[statement.span.start : statement.span.end] == statement.text
    return found


def pairs(text: str) -> list[tuple[Change, str]]:
    """(direction, phenomenon) of each trend statement in ``text``."""
    return [(s.direction, s.phenomenon) for s in statements_of(text)]
