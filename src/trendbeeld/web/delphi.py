"""The panel as one user may see it, and the exports of a round (CSV and JSON) for the report.

Only trends whose evidence the user may read appear, with the title computed at their level; the
group result is anonymous (experts are numbered, never named).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

from trendbeeld.model import Trend
from trendbeeld.store import Store
from trendbeeld.store import panel as panel_store
from trendbeeld.store.panel import PanelRating, PanelRound, TrendResult
from trendbeeld.store.users import User
from trendbeeld.trends import curation
from trendbeeld.web.access import reading_level

CSV_COLUMNS = (
    "ronde",
    "titel",
    "trend_id",
    "trend",
    "criterium",
    "mediaan",
    "q1",
    "q3",
    "iqr",
    "beoordelaars",
    "consensus",
)


@dataclass(frozen=True, slots=True)
class RoundView:
    round: PanelRound
    trends: list[Trend]  # the round's trends this user may read, in the round's order
    results: dict[str, TrendResult]
    previous: dict[str, TrendResult]  # the group result of the round before, per trend
    mine: dict[str, PanelRating]  # this user's ratings in this round
    mine_before: dict[str, PanelRating]  # and in the round before
    comments: dict[str, list[str]]  # anonymous comments per trend


def readable_trends(store: Store, user: User) -> dict[str, Trend]:
    return {t.id: t for t in curation.list_trends(store, access=reading_level(user))}


def view(store: Store, user: User, round_id: str) -> RoundView:
    found = panel_store.get_round(store, round_id)
    readable = readable_trends(store, user)
    trends = [readable[t] for t in found.trend_ids if t in readable]
    results = {r.trend_id: r for r in panel_store.results(store, round_id) if r.trend_id in readable}
    previous: dict[str, TrendResult] = {}
    mine_before: dict[str, PanelRating] = {}
    if found.previous:
        previous = {
            r.trend_id: r for r in panel_store.results(store, found.previous) if r.trend_id in readable
        }
        mine_before = {r.trend_id: r for r in panel_store.ratings(store, found.previous, expert=user.name)}
    mine = {r.trend_id: r for r in panel_store.ratings(store, round_id, expert=user.name)}
    comments: dict[str, list[str]] = {}
    for rating in panel_store.ratings(store, round_id):
        if rating.comment and rating.trend_id in readable:
            comments.setdefault(rating.trend_id, []).append(rating.comment)
    return RoundView(found, trends, results, previous, mine, mine_before, comments)


def _criteria(result: TrendResult) -> dict[str, dict[str, float | int]]:
    return {
        name: {"median": s.median, "q1": s.q1, "q3": s.q3, "iqr": s.iqr, "n": s.n}
        for name, s in result.spreads.items()
    }


def as_json(seen: RoundView) -> str:
    r = seen.round
    body: dict[str, Any] = {
        "round": {
            "id": r.id,
            "title": r.title,
            "number": r.number,
            "previous": r.previous,
            "state": r.state.value,
            "scales": {k: list(v) for k, v in r.scales.items()},
            "opened_at": r.opened_at.isoformat(),
            "closed_at": r.closed_at.isoformat() if r.closed_at else None,
        },
        "rule": panel_store.CONSENSUS_RULE,
        "results": [
            {
                "trend_id": t.id,
                "trend": t.title,
                "raters": seen.results[t.id].n,
                "consensus": seen.results[t.id].consensus,
                "criteria": _criteria(seen.results[t.id]),
                "comments": seen.comments.get(t.id, []),
            }
            for t in seen.trends
            if t.id in seen.results
        ],
    }
    return json.dumps(body, ensure_ascii=False, indent=2)


def as_csv(seen: RoundView) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    r = seen.round
    for trend in seen.trends:
        result = seen.results.get(trend.id)
        if result is None:
            continue
        for name in panel_store.CRITERIA:
            s = result.spreads.get(name)
            cells = [f"{s.median:g}", f"{s.q1:g}", f"{s.q3:g}", f"{s.iqr:g}"] if s else ["", "", "", ""]
            writer.writerow(
                [
                    r.number,
                    r.title,
                    trend.id,
                    trend.title,
                    panel_store.CRITERION_LABELS[name],
                    *cells,
                    result.n,
                    "ja" if result.consensus else "nee",
                ]
            )
    return out.getvalue()


def horizon_text(seen: RoundView, result: TrendResult) -> str:
    """The panel's horizon as a trend attribute, e.g. "expertpanel ronde 2: mediaan 2 op 1–3 (consensus)"."""
    low, high = seen.round.scales["horizon"]
    spread = result.spreads["horizon"]
    verdict = "consensus" if result.consensus else "geen consensus"
    return (
        f"expertpanel ronde {seen.round.number}: mediaan {spread.median:g} op {low}–{high} "
        f"({verdict}, {result.n} experts)"
    )


def apply(store: Store, user: User, round_id: str) -> int:
    """Write the closed round's horizon into each rated trend's attributes; returns how many."""
    from trendbeeld.errors import ConfigError
    from trendbeeld.store.panel import RoundState

    seen = view(store, user, round_id)
    if seen.round.state is not RoundState.CLOSED:
        raise ConfigError(
            "de uitkomst kan pas worden overgenomen als de ronde is gesloten", hint="Sluit eerst de ronde"
        )
    done = 0
    for trend in seen.trends:
        result = seen.results.get(trend.id)
        if result is not None and result.n and trend.status.value != "merged":
            curation.set_field(store, trend.id, "horizon", horizon_text(seen, result), actor=user.name)
            done += 1
    return done
