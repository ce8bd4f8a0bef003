"""The expert panel's result on the methods page: per trend of the edition, the last closed round.

For every trend the edition shows, the result of the last closed Delphi round that rated it:
per criterion the median and interquartile range, consensus by the panel's stated rule, the
number of experts and the number of rounds. Experts are counted, never named, and their comments
stay in the workbench. An openbaar edition shows the result of accepted trends only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

from trendbeeld.labels import number
from trendbeeld.model import AccessLevel, Trend, TrendStatus
from trendbeeld.publish import _format
from trendbeeld.publish._view import MethodsView
from trendbeeld.store import Store
from trendbeeld.store import panel as panel_store
from trendbeeld.store.panel import CRITERIA, CRITERION_LABELS, PanelRound, RoundState, TrendResult


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
class MethodsWithPanel(MethodsView):
    """The methods page's view with the panel's result (None: no closed round rated a trend shown).

    A subclass only because ``_view.py`` had another owner this round: ``panel`` belongs on
    `MethodsView` itself, and then `with_panel` goes.
    """

    panel: PanelView | None = None


def with_panel(methods: MethodsView, panel: PanelView | None) -> MethodsWithPanel:
    return MethodsWithPanel(**{f.name: getattr(methods, f.name) for f in fields(methods)}, panel=panel)


HEADER = ("Trend", *(CRITERION_LABELS[c].capitalize() for c in CRITERIA), "Consensus", "Experts", "Rondes")


def gather(store: Store, access: AccessLevel, shown: Sequence[Trend]) -> PanelView | None:
    """The panel's result for the trends ``shown`` in an edition of level ``access``."""
    wanted = [t for t in shown if access is not AccessLevel.PUBLIC or t.status is TrendStatus.ACCEPTED]
    closed = sorted(
        (r for r in panel_store.rounds(store) if r.state is RoundState.CLOSED),
        key=lambda r: (r.opened_at, r.number),
    )
    rated: dict[str, list[tuple[PanelRound, TrendResult]]] = {}
    for found in closed:
        for result in panel_store.results(store, found.id):
            if result.n:
                rated.setdefault(result.trend_id, []).append((found, result))
    views = [_trend_view(t, rated[t.id]) for t in wanted if t.id in rated]
    if not views:
        return None
    return PanelView(panel_store.CONSENSUS_RULE, HEADER, tuple(views))


def _trend_view(trend: Trend, rounds: list[tuple[PanelRound, TrendResult]]) -> PanelTrendView:
    last, result = rounds[-1]
    criteria = []
    for name in CRITERIA:
        low, high = last.scales[name]
        spread = result.spreads[name]
        criteria.append(f"mediaan {number(spread.median)} (IQR {number(spread.iqr)}; schaal {low}–{high})")
    return PanelTrendView(
        _format.plain(trend.title), tuple(criteria), result.consensus, result.n, len(rounds)
    )
