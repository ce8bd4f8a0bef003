"""The view model of an edition: plain, frozen, already filtered and formatted.

Templates (site and brochure) and the edition manifest read only these objects, never the
store, so what an edition may show is decided in one place (``content.py``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceLink:
    """Where an item came from: a passage on the page of its source."""

    source_id: str
    evidence_id: str
    title: str
    page: int | None
    file: str | None = None  # a news item: its place in the news list (nieuws/…), not a source page

    @property
    def href(self) -> str:
        """Relative to the site root."""
        if self.file:
            return f"{self.file}#n-{self.source_id}"
        return f"bronnen/{self.source_id}.html#e-{self.evidence_id}"

    @property
    def label(self) -> str:
        return f"{self.title}, p. {self.page}" if self.page else self.title


@dataclass(frozen=True, slots=True)
class ChartView:
    """A chart (grafiek) as a standalone SVG file plus the table it draws."""

    id: str
    title: str
    svg: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    alt: str
    width: int = 0
    height: int = 0

    @property
    def file(self) -> str:
        return f"grafieken/{self.id}.svg"


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """A key figure (kerncijfer) card: a stated figure or the latest value of a series."""

    key: str
    value: str
    label: str
    context: str
    period: str | None = None
    region: str | None = None
    change: str | None = None
    change_label: str | None = None
    chart: ChartView | None = None
    link: SourceLink | None = None
    source_label: str = ""
    theme: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteView:
    id: str
    text: str
    speaker: str
    role: str | None
    organisation: str | None
    link: SourceLink


@dataclass(frozen=True, slots=True)
class HeadlineView:
    id: str
    title: str
    outlet: str | None
    date: str | None
    url: str | None
    link: SourceLink


@dataclass(frozen=True, slots=True)
class TrendView:
    """A curated trend, or (before curation) a development read from trend statements."""

    id: str
    title: str
    theme: str
    summary: str = ""
    change: str | None = None
    change_label: str | None = None
    status_label: str = ""
    impact_label: str | None = None
    horizon: str | None = None
    n_sources: int = 0  # independent voices (`trendbeeld.trends.signals.support`), as the CLI counts them
    n_types: int = 0
    score: float = 0.0
    conflicting: bool = False
    # the opposite of its rise or fall is reported at least as often by one kind of source
    # (`signals.contested`): a weak candidate, said at its title and shown after the others
    contested: bool = False
    support: str = ""  # the same count in words: "4 bronnen: 3 rapporten/peilingen, 1 nieuwsmedium (…)"
    # A news-only trend: the event-count test its title follows (`trendbeeld.trends.signals.describe_test`).
    count_test: str = ""
    # The stored series of the trend's phenomenon beside it (`_trend_figures.line`): "In de cijfers: …".
    figures: str = ""
    international: str = ""
    national: str = ""
    meaning: str = ""
    links: tuple[SourceLink, ...] = ()
    curated: bool = True


@dataclass(frozen=True, slots=True)
class BoxView:
    """The trend box of a theme: international, in the Netherlands, meaning for the organisation."""

    international: str
    national: str
    meaning: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ThemeView:
    key: str
    name: str
    description: str
    impact_label: str | None
    trends: tuple[TrendView, ...]
    key_figures: tuple[KeyFigure, ...]
    quotes: tuple[QuoteView, ...]
    headlines: tuple[HeadlineView, ...]
    box: BoxView
    source_mix: tuple[tuple[str, int], ...]
    n_sources: int
    n_evidence: int
    weak: tuple[str, ...] = ()
    n_news: int = 0  # news items (events) assigned to this theme
    n_news_on_theme: int = 0  # of those, the items whose headline is about the theme (`_theme_news`)
    key_figures_note: str = ""  # the areas and years the cards mix (`_spread.note`)
    n_outlets: int = 0

    @property
    def file(self) -> str:
        return f"thema/{self.key}.html"


@dataclass(frozen=True, slots=True)
class PassageView:
    """An evidence item in its paragraph, for the page of its source."""

    evidence_id: str
    kind_label: str
    page: int | None
    before: str
    marked: str
    after: str


@dataclass(frozen=True, slots=True)
class SourceView:
    id: str
    title: str
    type_label: str
    publisher: str | None
    date: str | None
    url: str | None
    region: str | None
    summary: str
    n_evidence: int
    passages: tuple[PassageView, ...]

    @property
    def file(self) -> str:
        return f"bronnen/{self.id}.html"


@dataclass(frozen=True, slots=True)
class RouteNode:
    id: str
    label: str
    theme: str | None
    href: str | None


@dataclass(frozen=True, slots=True)
class RouteLinkView:
    id: str
    source: str
    target: str
    source_label: str
    target_label: str
    type_label: str
    rationale: str
    reading: tuple[tuple[str, str | None], ...] = ()


@dataclass(frozen=True, slots=True)
class RouteView:
    nodes: tuple[RouteNode, ...]
    links: tuple[RouteLinkView, ...]
    svg: str = ""


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A statement in the sources that the edition's statistics do not support."""

    text: str
    status: str  # "tegengesproken" or "niet bevestigd"
    note: str
    link: SourceLink


@dataclass(frozen=True, slots=True)
class PanelTrendView:
    """One trend's panel result as the methods page prints it (Dutch, formatted)."""

    title: str
    criteria: tuple[str, ...]  # per criterion: "mediaan 4 (IQR 1; schaal 1–5)"
    consensus: bool
    n_experts: int
    n_rounds: int

    def row(self) -> tuple[str, ...]:
        rounds = f"{self.n_rounds} {'ronde' if self.n_rounds == 1 else 'rondes'}"
        return (self.title, *self.criteria, "ja" if self.consensus else "nee", str(self.n_experts), rounds)


@dataclass(frozen=True, slots=True)
class PanelView:
    rule: str  # the consensus rule, stated in Dutch
    header: tuple[str, ...]
    trends: tuple[PanelTrendView, ...]

    @property
    def rows(self) -> list[tuple[str, ...]]:
        return [t.row() for t in self.trends]


@dataclass(frozen=True, slots=True)
class MethodsView:
    n_sources: int
    n_evidence: int
    per_type: tuple[tuple[str, int], ...]
    per_kind: tuple[tuple[str, int], ...]
    mix: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]
    types: tuple[str, ...]
    weak: tuple[str, ...]
    stages: tuple[str, ...]
    claims: tuple[ClaimView, ...] = ()
    n_claims_confirmed: int = 0
    panel: PanelView | None = None  # the expert panel's result; None: no closed round rated a trend shown


@dataclass(frozen=True, slots=True)
class NewsItemView:
    """One news item in the full news list (site only)."""

    id: str
    title: str
    outlet: str
    date: str
    url: str | None
    theme: str


@dataclass(frozen=True, slots=True)
class NewsPage:
    """One page of the news list: one month, or part of a busy month."""

    month: str  # 2019-05
    label: str  # mei 2019
    part: int
    parts: int
    items: tuple[NewsItemView, ...]

    @property
    def file(self) -> str:
        # "2019-05-deel-10", not "2019-05-10": a part is no day of the month.
        return f"nieuws/{self.month}{'' if self.part == 1 else f'-deel-{self.part}'}.html"


@dataclass(frozen=True, slots=True)
class NewsView:
    """News summarised: counts per month and outlet, and the pages of the full list (site only)."""

    n_items: int
    n_outlets: int
    first: str
    last: str
    header: tuple[str, ...]  # Maand, the busiest outlets, overige, totaal
    rows: tuple[tuple[str, ...], ...]
    outlets: tuple[tuple[str, int], ...]  # every outlet with its number of items, most first
    pages: tuple[NewsPage, ...] = ()


@dataclass(frozen=True, slots=True)
class EditionContent:
    """Everything one edition shows, for every output (site, brochure, manifest)."""

    name: str
    access: str
    audience: str | None
    region: str | None
    region_name: str | None
    taxonomy: str | None
    themes_selected: tuple[str, ...]
    title: str
    subtitle: str
    intro_html: str
    as_of: str | None
    themes: tuple[ThemeView, ...]
    indicator_figures: tuple[KeyFigure, ...]
    routemap: RouteView
    sources: tuple[SourceView, ...]
    methods: MethodsView
    concept: bool = False
    news: NewsView | None = None
    candidates: bool = False  # candidate trends are shown (an internal concept edition)

    @property
    def organisation(self) -> str:
        return self.audience or "de organisatie"

    def all_key_figures(self) -> list[KeyFigure]:
        """Every key figure shown anywhere, each once, in page order."""
        seen: dict[str, KeyFigure] = {}
        for figure in [*self.indicator_figures, *(f for t in self.themes for f in t.key_figures)]:
            seen.setdefault(figure.key, figure)
        return list(seen.values())
