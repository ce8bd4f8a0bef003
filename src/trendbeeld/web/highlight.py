"""A source's text cut into pieces for display: plain text, evidence (at its exact offsets), page starts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from trendbeeld.model import Evidence, PageRange, evidence_id


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    start: int
    item: Evidence | None = None  # the evidence this piece is, if any
    item_id: str | None = None
    page: int | None = None  # set on the first piece of a page


def pieces(text: str, items: Sequence[Evidence], pages: Sequence[PageRange] = ()) -> list[Piece]:
    """``text`` in order, each evidence item one piece; where items overlap the earliest one wins."""
    chosen: list[Evidence] = []
    end = 0
    for item in sorted(items, key=lambda e: (e.span.start, -e.span.end)):
        if item.span.start >= end and item.span.end > item.span.start:
            chosen.append(item)
            end = item.span.end
    cuts = sorted(
        {0, len(text), *(p.start for p in pages if 0 < p.start < len(text))}
        | {i.span.start for i in chosen}
        | {i.span.end for i in chosen}
    )
    starts = {p.start if p.start < len(text) else None: p.number for p in pages}
    by_start = {i.span.start: i for i in chosen}
    found: list[Piece] = []
    current: Evidence | None = None
    for a, b in pairwise(cuts):
        if current is not None and a >= current.span.end:
            current = None
        current = by_start.get(a, current)
        found.append(Piece(text[a:b], a, current, evidence_id(current) if current else None, starts.get(a)))
    return found
