"""Domain objects of trendbeeld, each named once and passed from stage to stage.

All objects are frozen dataclasses. Evidence items carry a `Span` into the text of their
`Source`, and ``source.text[span.start:span.end] == item.text`` always holds.

Dutch names for these concepts are in ``docs/glossary.md``; Dutch labels for enum members
are in ``trendbeeld.labels``.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import ClassVar, TypeAlias

HASH_LENGTH = 16


def hash_id(*parts: object) -> str:
    """A stable content hash of ``parts`` (16 hex characters), used for every id."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:HASH_LENGTH]


class AccessLevel(StrEnum):
    """Who may read a source: the order is from open to closed."""

    PUBLIC = "openbaar"
    INTERNAL = "intern"
    CONFIDENTIAL = "vertrouwelijk"

    @property
    def rank(self) -> int:
        return list(AccessLevel).index(self)

    def allows(self, other: AccessLevel) -> bool:
        """True when a reader cleared for ``self`` may read material at level ``other``."""
        return other.rank <= self.rank


class SourceType(StrEnum):
    PUBLICATION = "publicatie"
    STATISTICS = "statistiek"
    NEWS = "nieuws"
    POLL = "peiling"
    INTERVIEW = "interview"
    SIGNAL = "signaal"


class Unit(StrEnum):
    """Unit of a figure, with the scorer's names."""

    PERCENT = "percent"
    COUNT = "count"
    EURO = "euro"
    DOLLAR = "dollar"
    GRADE = "grade"
    FACTOR = "factor"
    PER_1000 = "per_1000"
    YEARS = "years"
    OTHER = "other"


class Change(StrEnum):
    """Direction of change stated in a text (a figure's or a trend statement's)."""

    UP = "up"
    DOWN = "down"
    STABLE = "stable"
    SHIFT = "shift"


class Direction(StrEnum):
    """Verdict on a time series or a curated trend, as tested on data."""

    RISING = "rising"
    FALLING = "falling"
    STABLE = "stable"
    INSUFFICIENT = "insufficient"


class Impact(StrEnum):
    """How a theme touches safety: directly, or indirectly via society."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class EvidenceKind(StrEnum):
    FIGURE = "figure"
    TREND = "trend"
    QUOTE = "quote"
    HEADLINE = "headline"
    SECTION = "section"


@dataclass(frozen=True, slots=True)
class SourceMeta:
    """Descriptive metadata of a source, from options, front matter or a manifest."""

    type: SourceType = SourceType.PUBLICATION
    title: str = ""
    publisher: str | None = None
    date: date | None = None
    url: str | None = None
    region: str | None = None
    access: AccessLevel = AccessLevel.PUBLIC
    author: str | None = None
    role: str | None = None
    organisation: str | None = None


@dataclass(frozen=True, slots=True)
class PageRange:
    """Page ``number`` (1-based) covers ``text[start:end]`` of its source."""

    number: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Source:
    """A document as stored: its origin, full (repaired) text, pages and metadata.

    ``id`` is the content hash of the text, so the same content is stored once;
    ``origin`` (a resolved path, a URL or a feed item's link) identifies what a
    changed file replaces.
    """

    id: str
    origin: str
    text: str
    meta: SourceMeta = field(default_factory=SourceMeta)
    pages: tuple[PageRange, ...] = ()

    @classmethod
    def create(
        cls, origin: str, text: str, meta: SourceMeta | None = None, pages: tuple[PageRange, ...] = ()
    ) -> Source:
        return cls(id=hash_id(text), origin=origin, text=text, meta=meta or SourceMeta(), pages=pages)

    def page_at(self, offset: int) -> int | None:
        """The page holding character ``offset``, or None for sources without pages."""
        if not self.pages:
            return None
        starts = [p.start for p in self.pages]
        index = max(bisect.bisect_right(starts, offset) - 1, 0)
        return self.pages[index].number

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start:end`` of the text of source ``source_id``."""

    source_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Figure:
    """A number stated in a text (cijfer): value, unit, what it measures, when and where."""

    kind: ClassVar[EvidenceKind] = EvidenceKind.FIGURE
    span: Span
    text: str
    value: float
    unit: Unit
    value_high: float | None = None
    indicator: str | None = None
    period: str | None = None
    region: str | None = None
    direction: Change | None = None
    comparison: str | None = None
    page: int | None = None


@dataclass(frozen=True, slots=True)
class TrendStatement:
    """A sentence part saying a phenomenon changes (trenduitspraak); not a curated `Trend`."""

    kind: ClassVar[EvidenceKind] = EvidenceKind.TREND
    span: Span
    text: str
    phenomenon: str
    direction: Change
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a person (citaat)."""

    kind: ClassVar[EvidenceKind] = EvidenceKind.QUOTE
    span: Span
    text: str
    speaker: str
    role: str | None = None
    organisation: str | None = None
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Headline:
    """A media headline (kop) with its outlet and date."""

    kind: ClassVar[EvidenceKind] = EvidenceKind.HEADLINE
    span: Span
    text: str
    title: str
    outlet: str | None = None
    date: date | None = None
    url: str | None = None
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A heading of a report (hoofdstuk/paragraaf) with the theme it was assigned."""

    kind: ClassVar[EvidenceKind] = EvidenceKind.SECTION
    span: Span
    text: str
    title: str
    level: int = 1
    theme: str | None = None
    impact: Impact | None = None
    page: int | None = None


Evidence: TypeAlias = Figure | TrendStatement | Quote | Headline | Section


def evidence_id(item: Evidence) -> str:
    """Content hash of an evidence item: kind and position in its source."""
    return hash_id(item.kind, item.span.source_id, item.span.start, item.span.end)
