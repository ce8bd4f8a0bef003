"""Curation through the workbench: the library's curation functions, guarded by optimistic locking.

Pages and the API both call these; each edit names the version of the trend it was made on,
records the signed-in user as the actor of the decision and writes an audit entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from trendbeeld.errors import ConfigError, NotFound, TrendbeeldError
from trendbeeld.model import Evidence, Source, Trend, TrendStatus
from trendbeeld.store import Store, audit, versions
from trendbeeld.store import trends as trend_store
from trendbeeld.store.users import User
from trendbeeld.trends import curation
from trendbeeld.web.access import reading_level

ATTRIBUTES = ("direction", "impact", "horizon", "summary", "international", "national", "meaning")


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """One bar of a trend's signal curve: its evidence per year of the sources' dates."""

    year: int
    count: int
    x: float  # bar position and height in the drawn curve (SVG units)
    height: float


CURVE_WIDTH, CURVE_HEIGHT, CURVE_BAR = 480, 120, 28


def signal_curve(evidence: list[Evidence], sources: Mapping[str, Source]) -> list[CurvePoint]:
    """Evidence per year (source date), every year from the first to the last, ready to draw."""
    years: dict[int, int] = {}
    for item in evidence:
        source = sources.get(item.span.source_id)
        if source is not None and source.meta.date is not None:
            years[source.meta.date.year] = years.get(source.meta.date.year, 0) + 1
    if not years:
        return []
    span = range(min(years), max(years) + 1)
    top = max(years.values())
    step = CURVE_WIDTH / len(span)
    return [
        CurvePoint(
            year,
            years.get(year, 0),
            i * step + (step - min(CURVE_BAR, step)) / 2,
            (CURVE_HEIGHT - 20) * years.get(year, 0) / top,
        )
        for i, year in enumerate(span)
    ]


@dataclass(frozen=True, slots=True)
class TrendView:
    """A trend as one reader may see it: its readable evidence with their sources, and its version."""

    trend: Trend
    evidence: list[Evidence]
    sources: dict[str, Source]
    version: str


def view(store: Store, user: User, trend_id: str) -> TrendView:
    level = reading_level(user)
    try:
        trend = curation.get_trend(store, trend_id, access=level)
    except TrendbeeldError as exc:  # an unknown or ambiguous id
        raise NotFound(exc.message, hint="Kies een trend uit de lijst") from exc
    if not trend.evidence_ids and trend.status != TrendStatus.MERGED:
        raise NotFound(f"trend '{trend_id}' bestaat niet", hint="Kies een trend uit de lijst")
    members = trend_store.readable_members(store, access=level, trend_ids=[trend.id]).get(trend.id, [])
    ids = sorted({e.span.source_id for e in members})
    sources = {s.id: s for s in trend_store.read_sources(store, ids, access=level)}
    return TrendView(trend, members, sources, versions.version(store, trend.id))


ACTIONS = ("accept", "reject", "rename", "attributes", "merge", "split")


def decide(
    store: Store, user: User, trend_id: str, version: str, action: str, values: Mapping[str, str]
) -> str:
    """Apply one analyst action if the trend is still at ``version``; returns the trend to show next.

    Actions: accept, reject (``note``), rename (``title``), attributes (the fields of `ATTRIBUTES`),
    merge (``other``: the trend that is merged into this one) and split (``evidence``: comma-separated
    evidence ids that move to a new trend, with an optional ``title``).
    """
    seen = view(store, user, trend_id)  # the user must be able to read the trend at all
    tid = seen.trend.id
    if action not in ACTIONS:
        raise ConfigError(
            f"onbekende handeling '{action}'",
            hint="Kies aanvaarden, verwerpen, hernoemen, kenmerken, samenvoegen of splitsen",
        )
    changed: dict[str, str] = {}
    if action == "attributes":
        current = current_values(seen.trend)
        changed = {k: v.strip() for k, v in values.items() if k in ATTRIBUTES and v.strip() != current[k]}
        if not changed:
            return tid
        for name, value in changed.items():  # validate all before claiming the version
            curation._field_value(curation.FIELDS[name], value)
    other = view(store, user, values.get("other", "")).trend.id if action == "merge" else None
    chosen = [e for e in values.get("evidence", "").split(",") if e.strip()] if action == "split" else []
    if any(e not in seen.trend.evidence_ids for e in chosen):
        raise NotFound("een gekozen bewijsstuk hoort niet bij deze trend", hint="Kies bewijs uit de lijst")
    versions.claim(store, tid, version)
    shown = tid
    if action == "accept":
        curation.accept(store, tid, actor=user.name, note=values.get("note", ""))
    elif action == "reject":
        curation.reject(store, tid, actor=user.name, note=values.get("note", ""))
    elif action == "rename":
        curation.rename(store, tid, values.get("title", ""), actor=user.name)
    elif action == "merge" and other is not None:
        curation.merge(store, [tid, other], actor=user.name, into=tid, title=values.get("title") or None)
    elif action == "split":
        shown = curation.split(store, tid, chosen, actor=user.name, title=values.get("title") or None)
    else:
        for name, value in changed.items():
            curation.set_field(store, tid, name, value, actor=user.name)
    audit.log(
        store, user.name, f"trend: {action}", tid, **{k: v for k, v in values.items() if k != "version"}
    )
    return shown


def current_values(trend: Trend) -> dict[str, str]:
    return {
        "direction": trend.direction.value if trend.direction else "",
        "impact": trend.impact.value if trend.impact else "",
        "horizon": trend.horizon or "",
        "summary": trend.summary,
        "international": trend.international,
        "national": trend.national,
        "meaning": trend.meaning,
    }
