"""The expert panel's result on the methods page: per trend of the edition, the last closed round.

For every trend the edition shows, the result of the last closed Delphi round that rated it:
per criterion the median and interquartile range, consensus by the panel's stated rule, the
number of experts and the number of rounds. Experts are counted, never named, and their comments
stay in the workbench. An openbaar edition shows the result of accepted trends only.
"""

from __future__ import annotations

from collections.abc import Sequence

from trendbeeld.labels import number
from trendbeeld.model import AccessLevel, Trend, TrendStatus
from trendbeeld.publish import _format
from trendbeeld.publish._view import PanelTrendView, PanelView
from trendbeeld.store import Store
from trendbeeld.store import panel as panel_store
from trendbeeld.store.panel import CRITERIA, CRITERION_LABELS, PanelRound, RoundState, TrendResult

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
