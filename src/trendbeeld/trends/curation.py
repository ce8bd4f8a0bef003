"""Curation: list and show trends; accept, reject, merge, split, rename and set them.

Every analyst action is a stored `Decision` (what, who, when) and changes the trend tables in
the same transaction. A trend an analyst has touched is *curated*: re-clustering
(``reclustering.py``) never deletes it or takes evidence from it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.engine import Connection

from trendbeeld.errors import ConfigError, NotFound, TrendbeeldError
from trendbeeld.labels import label
from trendbeeld.model import (
    AccessLevel,
    Change,
    Decision,
    Evidence,
    Impact,
    SourceMeta,
    Trend,
    TrendStatus,
    evidence_id,
    hash_id,
)
from trendbeeld.store import Store
from trendbeeld.store import trends as trend_store
from trendbeeld.store.trends import MemberOrigin, TrendRow
from trendbeeld.trends import cluster, events, signals
from trendbeeld.trends._items import source_metas

MIN_PREFIX = 4
FIELDS = {
    "summary": "summary", "samenvatting": "summary",
    "impact": "impact",
    "horizon": "horizon",
    "direction": "direction", "richting": "direction",
    "theme": "theme", "thema": "theme",
    "international": "international", "internationaal": "international",
    "national": "national", "nationaal": "national", "in nederland": "national",
    "meaning": "meaning", "betekenis": "meaning",
}  # fmt: skip
DIRECTION_WORDS = {
    "up": Change.UP, "toename": Change.UP, "neemt toe": Change.UP, "stijgend": Change.UP,
    "down": Change.DOWN, "afname": Change.DOWN, "neemt af": Change.DOWN, "dalend": Change.DOWN,
    "stable": Change.STABLE, "stabiel": Change.STABLE, "blijft gelijk": Change.STABLE,
    "shift": Change.SHIFT, "verschuift": Change.SHIFT, "verschuiving": Change.SHIFT,
}  # fmt: skip
# The Dutch status words live in labels.py; this table (status → label) is kept for the web workbench.
STATUS_LABELS = {status: label(status) for status in TrendStatus}


# --------------------------------------------------------------------------- reading


def list_trends(
    store: Store,
    *,
    access: AccessLevel,
    theme: str | None = None,
    status: TrendStatus | str | None = None,
) -> list[Trend]:
    """Trends with evidence readable at ``access`` (merged ones only when asked for).

    Title (unless renamed), direction (unless set), strength and emergence are computed from the
    readable evidence alone, so a reader never sees what a closed source contributed.
    """
    wanted = TrendStatus(status) if status is not None else None
    with store.read() as conn:
        rows = trend_store.load_trends(conn)
    rows = [
        r for r in rows
        if (wanted is None and r.status != TrendStatus.MERGED) or r.status == wanted
    ]  # fmt: skip
    if theme is not None:
        rows = [r for r in rows if r.theme == theme]
    members = trend_store.readable_members(store, access=access, trend_ids=[r.id for r in rows])
    metas = source_metas(store, access=access)
    reference = signals.reference_date(metas)
    exposure = run_exposure(store, metas)
    # A merged trend has handed its evidence on: it is listed (as a pointer) when asked for.
    found = [
        _trend(r, members.get(r.id, []), metas, reference, exposure)
        for r in rows
        if members.get(r.id) or (r.status == TrendStatus.MERGED and not r.members)
    ]
    return sorted(found, key=lambda t: (t.theme or "~", -(t.strength.score if t.strength else 0), t.id))


def get_trend(store: Store, trend_id: str, *, access: AccessLevel) -> Trend:
    """One trend by id (or a unique id prefix); its evidence filtered by ``access``."""
    with store.read() as conn:
        row = _resolve(conn, trend_id)
    members = trend_store.readable_members(store, access=access, trend_ids=[row.id]).get(row.id, [])
    if row.members and not members:  # only closed sources support it: as in list_trends, it is not there
        raise NotFound(f"trend '{trend_id}' bestaat niet", hint="Zie 'trendbeeld trends list' voor de ids")
    metas = source_metas(store, access=access)
    return _trend(row, members, metas, signals.reference_date(metas), run_exposure(store, metas))


def run_exposure(store: Store, metas: Mapping[str, SourceMeta]) -> events.Exposure:
    """The exposure of ``metas`` with the family of topics the last clustering run tested on this
    very news (stored with its ``cluster`` decision): a news-only trend listed in any process reads
    the q the run chose it by. Registered for the process, so a later `events.Exposure` of the same
    news (`signals.emerging`, a bench) finds it too."""
    exposure = events.Exposure(metas)
    if exposure.family is None:  # the newest run on this news (one on other news does not fit)
        runs = trend_store.list_decisions(store, action="cluster")
        any(exposure.adopt(trend_store.payload(run)) for run in reversed(runs))
    return exposure


def history(store: Store, trend_id: str | None = None) -> list[Decision]:
    """Stored decisions, oldest first; about one trend when ``trend_id`` is given."""
    return trend_store.list_decisions(store, subject=trend_id)


def new_evidence(store: Store, trend_id: str) -> set[str]:
    """Evidence ids attached to a curated trend by re-clustering (not placed by an analyst)."""
    with store.read() as conn:
        row = _resolve(conn, trend_id)
    return {m.evidence_id for m in row.members if m.origin == MemberOrigin.ATTACHED}


def _trend(
    row: TrendRow,
    evidence: list[Evidence],
    metas: Mapping[str, SourceMeta],
    reference: Any,
    exposure: events.Exposure | None = None,
) -> Trend:
    def is_event(source_id: str) -> bool:
        return events.is_event(metas.get(source_id))

    phrase = cluster.best_phrase(evidence, is_event) if evidence else ""
    change, conflicting = cluster.direction(evidence, is_event, phrase=phrase)
    signal = signals.count_test(evidence, metas, exposure)
    counted = signal.change if signal is not None else None
    if signal is not None:  # news only: the direction is what the count test shows, or none
        change = counted
    if row.direction:
        change = Change(row.direction)
    auto_title = (
        cluster.title(
            evidence, change, conflicting, theme=row.theme, is_event=is_event, event_change=counted,
            uncertain=signal is not None and signal.marginal,
        )
        if evidence else row.id
    )  # fmt: skip
    return Trend(
        id=row.id,
        title=row.title or auto_title,
        theme=row.theme,
        direction=change,
        summary=row.summary,
        status=TrendStatus(row.status),
        impact=Impact(row.impact) if row.impact else None,
        horizon=row.horizon,
        evidence_ids=tuple(evidence_id(e) for e in evidence),
        strength=signals.strength(evidence, metas, reference, direction=None if conflicting else change),
        emerging=signals.emerging(evidence, metas, reference, exposure=exposure),
        conflicting=conflicting,
        international=row.international,
        national=row.national,
        meaning=row.meaning,
    )


def _resolve(conn: Connection, trend_id: str) -> TrendRow:
    """The stored trend ``trend_id``, also found by a unique prefix of at least ``MIN_PREFIX``."""
    rows = trend_store.load_trends(conn)
    exact = [r for r in rows if r.id == trend_id]
    if exact:
        return exact[0]
    matches = [r for r in rows if len(trend_id) >= MIN_PREFIX and r.id.startswith(trend_id)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise TrendbeeldError(
            f"trend-id '{trend_id}' is niet eenduidig ({len(matches)} trends)",
            hint="Geef meer tekens van het id",
        )
    raise NotFound(f"trend '{trend_id}' bestaat niet", hint="Zie 'trendbeeld trends list' voor de ids")


# --------------------------------------------------------------------------- decisions


def _decide(conn: Connection, action: str, subject: str, actor: str, **data: Any) -> Decision:
    return trend_store.record_decision(conn, action, subject, actor, **data)


def _live(row: TrendRow) -> TrendRow:
    if row.status == TrendStatus.MERGED:
        raise TrendbeeldError(
            f"trend {row.id} is samengevoegd in {row.merged_into}",
            hint=f"Werk verder met trend {row.merged_into}",
        )
    return row


def accept(store: Store, trend_id: str, *, actor: str, note: str = "") -> Decision:
    """Accept a candidate: it becomes curated and keeps its evidence across re-clustering."""
    with store.begin() as conn:
        row = _live(_resolve(conn, trend_id))
        trend_store.update_trend(conn, row.id, status=TrendStatus.ACCEPTED.value, curated=True)
        return _decide(
            conn, "accept", row.id, actor, note=note, evidence=[m.evidence_id for m in row.members]
        )


def reject(store: Store, trend_id: str, *, actor: str, note: str = "") -> Decision:
    """Reject a candidate; its evidence (and what clusters with it later) stays with it, hidden."""
    with store.begin() as conn:
        row = _live(_resolve(conn, trend_id))
        trend_store.update_trend(conn, row.id, status=TrendStatus.REJECTED.value, curated=True)
        return _decide(conn, "reject", row.id, actor, note=note)


def rename(store: Store, trend_id: str, title: str, *, actor: str) -> Decision:
    """Give a trend the analyst's title (kept across re-clustering)."""
    clean = " ".join(title.split())
    if not clean:
        raise ConfigError("een trend heeft een titel nodig", hint="Geef een titel van minstens één woord")
    with store.begin() as conn:
        row = _live(_resolve(conn, trend_id))
        trend_store.update_trend(conn, row.id, title=clean, curated=True)
        return _decide(conn, "rename", row.id, actor, title=clean, previous=row.title)


def set_field(store: Store, trend_id: str, name: str, value: str, *, actor: str) -> Decision:
    """Set summary, impact, horizon, direction, theme, international, national or meaning.

    Dutch names work too (samenvatting, richting, thema, internationaal, nationaal, betekenis).
    An empty value clears the field.
    """
    column = FIELDS.get(name.strip().casefold())
    if column is None:
        raise ConfigError(
            f"onbekend veld '{name}'",
            hint="Kies uit: " + ", ".join(sorted({k for k in FIELDS if " " not in k})),
        )
    stored = _field_value(column, value.strip())
    with store.begin() as conn:
        row = _live(_resolve(conn, trend_id))
        trend_store.update_trend(conn, row.id, curated=True, **{column: stored})
        return _decide(conn, "set", row.id, actor, field=column, value=stored, previous=row.values()[column])


def _field_value(column: str, value: str) -> str | None:
    if column in ("summary", "international", "national", "meaning"):
        return value
    if not value:
        return None
    if column == "impact":
        choices = {"direct": Impact.DIRECT, "indirect": Impact.INDIRECT}
        if value.casefold() not in choices:
            raise ConfigError(f"onbekende impact '{value}'", hint="Kies direct of indirect")
        return choices[value.casefold()].value
    if column == "direction":
        change = DIRECTION_WORDS.get(value.casefold())
        if change is None:
            raise ConfigError(
                f"onbekende richting '{value}'", hint="Kies toename, afname, stabiel of verschuiving"
            )
        return change.value
    return value


def merge(
    store: Store, trend_ids: Sequence[str], *, actor: str, into: str | None = None, title: str | None = None
) -> str:
    """Merge trends into one (``into``, else the first): their evidence moves, they point to it."""
    if len(set(trend_ids)) < 2:
        raise ConfigError("samenvoegen vraagt minstens twee trends", hint="Geef twee of meer trend-ids")
    with store.begin() as conn:
        rows = [_live(_resolve(conn, t)) for t in trend_ids]
        target = _live(_resolve(conn, into)) if into else rows[0]
        others = [r for r in rows if r.id != target.id]
        accepted = any(r.status == TrendStatus.ACCEPTED for r in rows)
        for other in others:
            moved = [(m.evidence_id, m.rank) for m in other.members]
            trend_store.add_members(conn, target.id, moved, MemberOrigin.ANALYST)
            trend_store.set_members(conn, other.id, [], MemberOrigin.ANALYST)
            trend_store.update_trend(
                conn, other.id, status=TrendStatus.MERGED.value, merged_into=target.id, curated=True
            )
        values: dict[str, Any] = {"curated": True}
        if accepted:
            values["status"] = TrendStatus.ACCEPTED.value
        if title and title.strip():
            values["title"] = " ".join(title.split())
        trend_store.update_trend(conn, target.id, **values)
        _decide(conn, "merge", target.id, actor, merged=[r.id for r in others], title=values.get("title"))
        for other in others:
            _decide(conn, "merged", other.id, actor, into=target.id)
    return target.id


def split(
    store: Store, trend_id: str, evidence_ids: Sequence[str], *, actor: str, title: str | None = None
) -> str:
    """Move ``evidence_ids`` out of a trend into a new trend with the same status; returns its id."""
    with store.begin() as conn:
        row = _live(_resolve(conn, trend_id))
        own = {m.evidence_id: m for m in row.members}
        chosen = sorted(set(evidence_ids))
        unknown = [e for e in chosen if e not in own]
        if unknown:
            raise TrendbeeldError(
                f"bewijs {', '.join(unknown)} hoort niet bij trend {row.id}",
                hint=f"Zie 'trendbeeld trends show {row.id}' voor het bewijs",
            )
        if not chosen or len(chosen) == len(own):
            raise ConfigError(
                "splitsen vraagt een deel van het bewijs",
                hint="Kies minstens één, maar niet alle bewijsstukken",
            )
        new_id = hash_id("split", row.id, *chosen)
        trend_store.insert_trend(
            conn,
            TrendRow(
                new_id,
                row.status,
                True,
                title=" ".join(title.split()) if title else None,
                theme=row.theme,
                impact=row.impact,
                horizon=row.horizon,
            ),
        )
        trend_store.add_members(conn, new_id, [(e, own[e].rank) for e in chosen], MemberOrigin.ANALYST)
        trend_store.remove_members(conn, row.id, chosen)
        trend_store.update_trend(conn, row.id, curated=True)
        _decide(conn, "split", row.id, actor, new=new_id, evidence=chosen, title=title)
    return new_id
