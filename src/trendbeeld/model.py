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
from datetime import date, datetime
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


# --------------------------------------------------------------------------- themes and trends


@dataclass(frozen=True, slots=True)
class Theme:
    """A theme (thema) of a taxonomy; sub-themes name their ``parent``."""

    key: str
    name: str
    description: str = ""
    key_terms: tuple[str, ...] = ()
    impact: Impact | None = None
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """A named set of themes (taxonomie), loaded from YAML."""

    name: str
    title: str
    themes: tuple[Theme, ...] = ()


class TrendStatus(StrEnum):
    CANDIDATE = "candidate"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    MERGED = "merged"


@dataclass(frozen=True, slots=True)
class EvidenceStrength:
    """How well a trend is backed: independent sources, source types, items, recency.

    ``n_sources`` counts independent voices: ``n_stated`` publishers of reports, polls and interviews
    plus ``n_news`` news outlets (``n_news_items`` articles); see `trendbeeld.trends.signals.support`.
    Sources that report the opposite of the trend's rise or fall are not among them: ``n_opposed_stated``
    voices of reports and ``n_opposed_news_items`` news items report ``opposed_change``.
    """

    n_sources: int
    n_source_types: int
    n_items: int
    latest: date | None = None
    score: float = 0.0
    n_stated: int = 0
    n_news: int = 0
    n_news_items: int = 0
    n_opposed_stated: int = 0
    n_opposed_news_items: int = 0
    opposed_change: Change | None = None


@dataclass(frozen=True, slots=True)
class Trend:
    """A curated development (trend) that an analyst owns; built from evidence."""

    id: str
    title: str
    theme: str | None = None
    direction: Change | None = None
    summary: str = ""
    status: TrendStatus = TrendStatus.CANDIDATE
    impact: Impact | None = None
    horizon: str | None = None
    evidence_ids: tuple[str, ...] = ()
    strength: EvidenceStrength | None = None
    emerging: float = 0.0
    conflicting: bool = False
    international: str = ""
    national: str = ""
    meaning: str = ""


class LinkType(StrEnum):
    """Kinds of route-map links; values are what analysts type."""

    REINFORCES = "versterkt"
    LEADS_TO = "leidt_tot"
    RELATED = "hangt_samen_met"


@dataclass(frozen=True, slots=True)
class TrendLink:
    """A link (verband) of the route map between two trends or themes."""

    id: str
    source: str
    target: str
    type: LinkType
    rationale: str = ""
    reading: tuple[str, ...] = ()
    score: float = 0.0
    confirmed: bool = False


@dataclass(frozen=True, slots=True)
class RouteMap:
    """The route map (routekaart): nodes are trend ids or theme keys."""

    nodes: tuple[str, ...]
    links: tuple[TrendLink, ...]


@dataclass(frozen=True, slots=True)
class Decision:
    """An analyst's curation decision, stored so re-clustering never erases it."""

    id: str
    action: str
    subject: str
    payload: str
    actor: str
    at: datetime


# --------------------------------------------------------------------------- indicators


class RegionLevel(StrEnum):
    MUNICIPALITY = "gemeente"
    POLICE_UNIT = "politie-eenheid"
    SAFETY_REGION = "veiligheidsregio"
    PROVINCE = "provincie"
    COUNTRY = "land"


@dataclass(frozen=True, slots=True)
class Region:
    """A region (regio) with the codes of the regions it lies in."""

    code: str
    name: str
    level: RegionLevel
    parents: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Observation:
    period: str
    value: float
    provisional: bool = False  # voorlopig: StatLine marks it with "*"


@dataclass(frozen=True, slots=True)
class Series:
    """A time series (reeks): one indicator in one region over periods."""

    indicator: str
    region: str
    observations: tuple[Observation, ...]
    unit: str | None = None
    source: str | None = None
    access: str | None = None  # AccessLevel value of the file it came from; None: openbaar

    @property
    def id(self) -> str:
        return hash_id("series", self.indicator, self.region)


@dataclass(frozen=True, slots=True)
class SeriesVerdict:
    """The tested verdict (oordeel) on a series."""

    indicator: str
    region: str
    first_period: str | None
    last_period: str | None
    n: int
    direction: Direction
    slope_per_period: float | None = None
    slope_ci: tuple[float, float] | None = None
    p_value: float | None = None
    yoy_pct: float | None = None
    change_pct: float | None = None
    change_point: str | None = None
    change_slopes: tuple[float, float] | None = None  # slope before and after change_point, per period
    seasonal: bool = False  # tested with the seasonal Mann–Kendall test (monthly or quarterly series)


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Registrations and surveys disagree: the picture is not unambiguous (niet eenduidig)."""

    phenomenon: str
    registration: SeriesVerdict
    survey: SeriesVerdict
    note: str = ""


# --------------------------------------------------------------------------- editions


@dataclass(frozen=True, slots=True)
class EditionSpec:
    """What an edition (editie) holds: tailored (op maat) by audience, region and themes."""

    name: str
    access: AccessLevel = AccessLevel.PUBLIC
    audience: str | None = None
    region: str | None = None
    themes: tuple[str, ...] = ()
    taxonomy: str | None = None  # taxonomy name or YAML path; None: "nationaal"
    intro: str | None = None  # Markdown file with cover and introduction; None: the default text


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart (grafiek) of a series; never called a figure."""

    title: str
    svg: str
    table: tuple[tuple[str, ...], ...] = ()
    png: bytes | None = None
    alt: str = ""  # one-sentence Dutch text alternative; the table holds the numbers
