"""Curation: list, show, accept, reject, merge, split, rename and set trends; re-cluster safely.

Every analyst action is a stored `Decision` (what, who, when) and changes the trend tables in
the same transaction. A trend an analyst has touched is *curated*: re-clustering never deletes
it or takes evidence from it, and new evidence that clusters with its evidence attaches to it.
Untouched candidates are rebuilt on each run, keeping their id when most of their evidence is
the same (so ids are stable across runs).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
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
    Taxonomy,
    Trend,
    TrendStatus,
    evidence_id,
    hash_id,
)
from trendbeeld.store import Store
from trendbeeld.store import trends as trend_store
from trendbeeld.store.trends import MemberOrigin, TrendRow
from trendbeeld.themes import assign as assign_themes
from trendbeeld.trends import cluster, events, signals
from trendbeeld.trends._items import Item, load_items, source_metas
from trendbeeld.trends.embed import DEFAULT, Embedder, get_embedder, stored

Progress = Callable[[int, int], None]  # (steps done, steps)
SYSTEM_ACTOR = "trendbeeld"
CANDIDATE_MATCH = 0.3  # Jaccard overlap at which a new candidate keeps an old candidate's id
CENTROID_MATCH = 0.8  # else: cosine similarity of centres at which it keeps the id (same theme)
ATTACH_SHARE = 0.5  # a left-over item joins a curated trend within this share of the cut-off
CLAIM_SHARE = 0.5  # share of a new cluster an analyst's trend must hold to take the rest of it
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


@dataclass(frozen=True, slots=True)
class ClusterReport:
    """What a re-clustering run did."""

    embedder: str
    items: int
    candidates: int
    kept: int
    new: int
    dropped: int
    attached: int
    set_aside: int = 0  # clusters that are no candidate trend: events alone, one voice, or no phenomenon


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
    exposure = events.Exposure(metas)
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
    return _trend(row, members, metas, signals.reference_date(metas))


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

    change, conflicting = cluster.direction(evidence, is_event)
    if row.direction:
        change = Change(row.direction)
    auto_title = (
        cluster.title(evidence, change, conflicting, theme=row.theme, is_event=is_event)
        if evidence else row.id
    )
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
        strength=signals.strength(evidence, metas, reference),
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


# --------------------------------------------------------------------------- re-clustering


def recluster(
    store: Store,
    taxonomy: Taxonomy | None,
    *,
    access: AccessLevel,
    embedder: str | Embedder = DEFAULT,
    assignment: Mapping[str, list[tuple[str, float]]] | None = None,
    min_size: int = cluster.MIN_CLUSTER_SIZE,
) -> list[Trend]:
    """Cluster readable evidence into candidate trends; curated trends stay and gain new evidence.

    ``assignment`` (evidence id → [(theme key, score)], best first) defaults to
    ``trendbeeld.themes.assign``. Returns the trends readable at ``access`` afterwards.
    """
    run(store, taxonomy, access=access, embedder=embedder, assignment=assignment, min_size=min_size)
    return list_trends(store, access=access)


def run(
    store: Store,
    taxonomy: Taxonomy | None,
    *,
    access: AccessLevel,
    embedder: str | Embedder = DEFAULT,
    assignment: Mapping[str, list[tuple[str, float]]] | None = None,
    min_size: int = cluster.MIN_CLUSTER_SIZE,
    progress: Progress | None = None,
) -> ClusterReport:
    """``recluster`` with a report of what changed (for the CLI and the benchmark).

    ``progress`` is called with (steps done, steps) as themes are clustered.
    """
    chosen = get_embedder(embedder) if isinstance(embedder, str) else embedder
    if progress is not None:
        progress(0, 0)  # the number of steps is known once the items are read
    if assignment is None:
        assignment = _assign(store, taxonomy, access)
    items = load_items(store, access=access, taxonomy=taxonomy, assignment=assignment)
    themes = len({item.theme for item in items})
    steps = themes + 3  # read, embed, one step per theme, save
    if progress is not None:
        progress(1, steps)
    vectors = cluster.embed_items(items, stored(chosen, store))
    if progress is not None:
        progress(2, steps)

    def clustered(done: int, _total: int) -> None:
        if progress is not None:
            progress(2 + done, steps)

    found, leftover = cluster.cluster_items(
        items, vectors, distance=chosen.cluster_distance, min_size=min_size, progress=clustered
    )
    candidates, aside = _candidates(store, access, items, found)
    leftover = sorted(set(leftover) | set(aside))
    with store.begin() as conn:
        trend_store.prune_missing_evidence(conn)
        fresh = _fresh_sources(conn)
        linked = trend_store.confirmed_endpoints(conn)
        rows = trend_store.load_trends(conn)
        for row in rows:  # a trend on the route map is the analyst's: keep it like a curated one
            if row.id in linked and not row.curated:
                trend_store.update_trend(conn, row.id, curated=True)
        rows = trend_store.load_trends(conn)
        plan = _plan(
            rows, items, vectors, candidates, leftover, chosen.cluster_distance, min_size, fresh=fresh
        )
        _apply(conn, plan)
        _decide(
            conn,
            "cluster",
            "*",
            SYSTEM_ACTOR,
            embedder=chosen.name,
            access=access.value,
            items=len(items),
            candidates=len(plan.candidates),
            set_aside=len(found) - len(candidates),
        )
    if progress is not None:
        progress(steps, steps)
    return ClusterReport(
        chosen.name,
        len(items),
        len(plan.candidates),
        plan.kept,
        len(plan.candidates) - plan.kept,
        len(plan.dropped),
        sum(len(v) for v in plan.attach.values()),
        len(found) - len(candidates),
    )


def _candidates(
    store: Store, access: AccessLevel, items: list[Item], found: list[cluster.Candidate]
) -> tuple[list[cluster.Candidate], list[int]]:
    """The clusters that are candidate trends, and the items of those that are not.

    A candidate needs two independent sources and a stated change outside the news or a
    significant rise of its events (`events.qualify`), and a phenomenon to name it by.
    """
    metas = source_metas(store, access=access)
    exposure = events.Exposure(metas)
    index = {item.id: i for i, item in enumerate(items)}
    kept: list[cluster.Candidate] = []
    aside: list[int] = []
    for candidate in found:
        evidence = [items[index[e]].evidence for e in candidate.ids]
        qualification = events.qualify(evidence, metas, exposure)
        if qualification.qualifies and cluster.best_phrase(
            evidence, lambda sid: events.is_event(metas.get(sid))
        ):
            kept.append(candidate)
        else:
            aside.extend(index[e] for e in candidate.ids)
    return kept, aside


def _fresh_sources(conn: Connection) -> set[str] | None:
    """Sources stored since the last clustering run (None: there was none, everything is new).

    Only their evidence joins a curated trend: what an earlier run already offered and the analyst
    did not put in the trend stays out, so a second round shows a trend's real growth.
    """
    return trend_store.sources_since_last(conn, "cluster")


def _assign(
    store: Store, taxonomy: Taxonomy | None, access: AccessLevel
) -> Mapping[str, list[tuple[str, float]]]:
    if taxonomy is None:
        return {}
    return assign_themes(store, taxonomy, access=access)


@dataclass
class _Plan:
    candidates: list[tuple[str, cluster.Candidate]]
    attach: dict[str, list[tuple[str, float]]]
    dropped: list[str]
    kept: int


def _plan(
    rows: list[TrendRow],
    items: list[Item],
    vectors: np.ndarray,
    candidates: list[cluster.Candidate],
    leftover: list[int],
    distance: float,
    min_size: int = cluster.MIN_CLUSTER_SIZE,
    *,
    fresh: set[str] | None = None,
) -> _Plan:
    """Decide which candidates keep old ids, which become new, and what attaches to curated trends.

    A new cluster that is mostly (``CLAIM_SHARE``) evidence of a curated trend goes to that trend;
    otherwise it stays a candidate of its own without that evidence, so accepting one trend never
    swallows its theme's other candidates. Only evidence of ``fresh`` sources (None: all) joins a
    curated trend. An item left over by clustering (noise, or a group that is
    no candidate) attaches to a curated trend of its theme when it lies within half of ``distance``
    (``ATTACH_SHARE``) of the trend's nearest item. Other candidates keep the id of the old
    candidate they overlap most, else of the old candidate of their theme with the nearest centre.
    """
    curated = {r.id: r for r in rows if r.curated and r.status != TrendStatus.MERGED}
    owner = {m.evidence_id: r.id for r in curated.values() for m in r.members}
    index = {item.id: i for i, item in enumerate(items)}
    own = {
        tid: [index[m.evidence_id] for m in row.members if m.evidence_id in index]
        for tid, row in curated.items()
    }
    attach: dict[str, list[tuple[str, float]]] = defaultdict(list)

    def new(i: int) -> bool:
        return fresh is None or items[i].source_id in fresh

    shaped: list[cluster.Candidate] = []
    for candidate in candidates:
        claimed = [owner[e] for e in candidate.ids if e in owner]
        if claimed:
            target = min(set(claimed), key=lambda t: (-claimed.count(t), t))
            rest = [(e, r) for e, r in candidate.members if e not in owner]
            if claimed.count(target) >= CLAIM_SHARE * len(candidate.ids):
                attach[target].extend((e, r) for e, r in rest if new(index[e]))
                continue
            if len(rest) < min_size:
                continue
            kept = [index[e] for e, _ in rest]
            shaped.append(cluster.Candidate(candidate.theme, tuple(rest), cluster.centroid(vectors[kept])))
            continue
        shaped.append(candidate)
    for i in leftover:
        if items[i].id not in owner and new(i):
            nearest = _nearest_trend([i], items[i].theme, curated, own, vectors, distance * ATTACH_SHARE)
            if nearest is not None:
                attach[nearest].append((items[i].id, 0.0))
    old_rows = [r for r in rows if not r.curated]
    old = {r.id: {m.evidence_id for m in r.members} for r in old_rows}
    centres = {
        r.id: (r.theme, cluster.centroid(vectors[found]))
        for r in old_rows
        if (found := [index[m.evidence_id] for m in r.members if m.evidence_id in index])
    }
    named, kept_ids = _match_ids(shaped, old, centres)
    dropped = sorted(set(old) - {tid for tid, _ in named})
    return _Plan(named, dict(attach), dropped, kept_ids)


def _nearest_trend(
    rows: list[int],
    theme: str | None,
    curated: Mapping[str, TrendRow],
    own: Mapping[str, list[int]],
    vectors: np.ndarray,
    distance: float,
) -> str | None:
    """The curated trend of ``theme`` whose nearest items are on average within ``distance``."""
    best: tuple[float, str] | None = None
    for tid, members in own.items():
        if not members or curated[tid].theme not in (None, theme):
            continue
        nearest = float((vectors[rows] @ vectors[members].T).max(axis=1).mean())
        if 1 - nearest <= distance and (best is None or (nearest, tid) > best):
            best = (nearest, tid)
    return best[1] if best else None


def _match_ids(
    fresh: list[cluster.Candidate],
    old: dict[str, set[str]],
    centres: Mapping[str, tuple[str | None, np.ndarray]] | None = None,
) -> tuple[list[tuple[str, cluster.Candidate]], int]:
    """Give each new candidate the id of the old candidate it overlaps most (one-to-one); those
    left keep the id of an old candidate of their theme whose centre is within ``CENTROID_MATCH``."""
    pairs = []
    for n, candidate in enumerate(fresh):
        ids = set(candidate.ids)
        for tid, members in old.items():
            overlap = len(ids & members) / len(ids | members) if members else 0.0
            if overlap >= CANDIDATE_MATCH:
                pairs.append((overlap, tid, n))
    taken_old: set[str] = set()
    taken_new: dict[int, str] = {}
    for _, tid, n in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if tid not in taken_old and n not in taken_new:
            taken_old.add(tid)
            taken_new[n] = tid
    near = []
    for n, candidate in enumerate(fresh):
        if n in taken_new:
            continue
        for tid, (theme, centre) in (centres or {}).items():
            if tid in taken_old or theme != candidate.theme:
                continue
            similarity = float(np.dot(candidate.centroid, centre))
            if similarity >= CENTROID_MATCH:
                near.append((similarity, tid, n))
    for _, tid, n in sorted(near, key=lambda p: (-p[0], p[1], p[2])):
        if tid not in taken_old and n not in taken_new:
            taken_old.add(tid)
            taken_new[n] = tid
    named = [(taken_new.get(n, c.key), c) for n, c in enumerate(fresh)]
    return named, len(taken_new)


def _apply(conn: Connection, plan: _Plan) -> None:
    trend_store.delete_trends(conn, plan.dropped)
    existing = {r.id for r in trend_store.load_trends(conn, [tid for tid, _ in plan.candidates])}
    for tid, candidate in plan.candidates:
        if tid in existing:
            trend_store.update_trend(conn, tid, theme=candidate.theme)
        else:
            trend_store.insert_trend(
                conn, TrendRow(tid, TrendStatus.CANDIDATE.value, False, theme=candidate.theme)
            )
        trend_store.set_members(conn, tid, list(candidate.members), MemberOrigin.CLUSTER)
    for tid, members in sorted(plan.attach.items()):
        trend_store.add_members(conn, tid, members, MemberOrigin.ATTACHED)
