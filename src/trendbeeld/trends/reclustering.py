"""Re-clustering: candidate trends rebuilt from the readable evidence, analysts' trends kept.

:func:`recluster` embeds the evidence, clusters it per theme (``cluster``), keeps the clusters
that qualify as candidate trends, and :func:`plan` decides how they meet the stored trends:

* A trend an analyst has touched (or linked on the route map) is *curated*: re-clustering never
  deletes it or takes evidence from it. A new cluster mostly (``CLAIM_SHARE``) of its evidence goes
  to it; an item left over lies within ``ATTACH_SHARE`` of the cut-off of its nearest item joins it.
  Only evidence of sources stored since the last run joins a curated trend.
* Untouched candidates are rebuilt on each run, keeping the id of the old candidate they overlap
  most (``CANDIDATE_MATCH``), else of the old candidate of their theme with the nearest centre
  (``CENTROID_MATCH``), so ids are stable across runs.

:func:`apply` writes the plan and the run is a stored ``cluster`` decision.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

import numpy as np
from sqlalchemy.engine import Connection

from trendbeeld.model import AccessLevel, Taxonomy, TrendStatus
from trendbeeld.store import Store
from trendbeeld.store import trends as trend_store
from trendbeeld.store.trends import MemberOrigin, TrendRow
from trendbeeld.themes import assign as assign_themes
from trendbeeld.trends import _item_titles, _synonyms, cluster, events
from trendbeeld.trends._coherence import backing
from trendbeeld.trends._event_counts import topic_candidates
from trendbeeld.trends._items import Item, load_items, source_metas
from trendbeeld.trends.embed import AUTO, DEFAULT, Embedder, get_embedder, stored

Progress = Callable[[int, int], None]  # (steps done, steps)
SYSTEM_ACTOR = "trendbeeld"
CANDIDATE_MATCH = 0.3  # Jaccard overlap at which a new candidate keeps an old candidate's id
CENTROID_MATCH = 0.8  # else: cosine similarity of centres at which it keeps the id (same theme)
ATTACH_SHARE = 0.5  # a left-over item joins a curated trend within this share of the cut-off
CLAIM_SHARE = 0.5  # share of a new cluster an analyst's trend must hold to take the rest of it
SYNONYM_SIMILARITY = 0.9  # cosine of two title phrases (a per-text model) at which they name one phenomenon
SUPPORT_SHARE = 1.0  # a news item backs a report's trend within this share of the cut-off of its statements


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


def recluster(
    store: Store,
    taxonomy: Taxonomy | None,
    *,
    access: AccessLevel,
    embedder: str | Embedder = DEFAULT,
    assignment: Mapping[str, list[tuple[str, float]]] | None = None,
    min_size: int = cluster.MIN_CLUSTER_SIZE,
    progress: Progress | None = None,
) -> ClusterReport:
    """Cluster readable evidence into candidate trends; curated trends stay and gain new evidence.

    ``assignment`` (evidence id → [(theme key, score)], best first) defaults to
    ``trendbeeld.themes.assign``. ``progress`` is called with (steps done, steps) as themes are
    clustered. Returns what changed; ``list_trends`` gives the trends afterwards.
    """
    chosen = get_embedder(embedder) if isinstance(embedder, str) else embedder
    step = progress or (lambda _done, _total: None)
    step(0, 0)  # the number of steps is known once the items are read
    if assignment is None:
        assignment = _assign(store, taxonomy, access)
    items = load_items(store, access=access, taxonomy=taxonomy, assignment=assignment)
    steps = len({item.theme for item in items}) + 3  # read, embed, one step per theme, save
    step(1, steps)
    vectors = cluster.embed_items(items, stored(chosen, store))
    step(2, steps)
    found, leftover = cluster.cluster_items(
        items, vectors, distance=chosen.cluster_distance, min_size=min_size,
        progress=lambda done, _total: step(2 + done, steps),
    )
    candidates, aside = _candidates(store, access, items, found, vectors, chosen.cluster_distance)
    phrase_model = _phrase_embedder(store)
    is_event = _event_test(store, access)
    index = {item.id: i for i, item in enumerate(items)}
    # clusters that are no candidate: the counts of news events per topic come from no one cluster
    set_aside = len(found) - sum(
        any(not is_event(items[index[e]].source_id) for e in c.ids) for c in candidates
    )
    candidates = merge_synonyms(candidates, items, vectors, chosen.cluster_distance, phrase_model, is_event)
    candidates = merge_event_topics(candidates, items, vectors, is_event)
    tested = events.Exposure(source_metas(store, access=access)).record()  # the p of the topics tested
    with store.begin() as conn:
        changes = plan(
            _rows_kept_by_analysts(conn), items, vectors, candidates, sorted(set(leftover) | set(aside)),
            chosen.cluster_distance, min_size, fresh=_fresh_sources(conn),
        )
        apply(conn, changes)
        trend_store.record_decision(
            conn, "cluster", "*", SYSTEM_ACTOR, embedder=chosen.name, access=access.value,
            items=len(items), candidates=len(changes.candidates), set_aside=set_aside,
            **tested,
        )
    step(steps, steps)
    return ClusterReport(
        chosen.name,
        len(items),
        len(changes.candidates),
        changes.kept,
        len(changes.candidates) - changes.kept,
        len(changes.dropped),
        sum(len(v) for v in changes.attach.values()),
        set_aside,
    )


def _rows_kept_by_analysts(conn: Connection) -> list[TrendRow]:
    """The stored trends, after evidence that is gone is pruned and every trend on the route map is
    marked curated: a trend an analyst linked is the analyst's, kept like one they decided on."""
    trend_store.prune_missing_evidence(conn)
    linked = trend_store.confirmed_endpoints(conn)
    for row in trend_store.load_trends(conn):
        if row.id in linked and not row.curated:
            trend_store.update_trend(conn, row.id, curated=True)
    return trend_store.load_trends(conn)


def _candidates(
    store: Store,
    access: AccessLevel,
    items: list[Item],
    found: list[cluster.Candidate],
    vectors: np.ndarray,
    distance: float,
) -> tuple[list[cluster.Candidate], list[int]]:
    """The clusters that are candidate trends, and the items of those that are not.

    A cluster with statements of reports, polls or interviews keeps only the news items that
    support them (`supported`), and every cluster only the members that back its trend
    (`_coherence.backing`: no agenda items, members that name its phenomenon, no events abroad in a
    count of events); a member left out is not moved to another trend, nor attached to a curated
    one. A candidate then needs two independent sources and a stated change outside the news or a
    significant rise of its events (`events.qualify`), and a phenomenon to name it by; the members
    of a cluster that is no candidate are left over. A cluster of news items only is no candidate
    itself: news events are counted per topic over all news (`_event_counts.topic_candidates`, the
    news items that back no report's trend), so a topic's count does not follow cluster borders.
    """
    metas = source_metas(store, access=access)
    exposure = events.Exposure(metas)
    index = {item.id: i for i, item in enumerate(items)}
    kept: list[cluster.Candidate] = []
    aside: list[int] = []

    def is_event(source_id: str) -> bool:
        return events.is_event(metas.get(source_id))

    for found_candidate in found:
        if all(is_event(items[index[e]].source_id) for e in found_candidate.ids):
            aside.extend(index[e] for e in found_candidate.ids)  # events are counted per topic below
            continue
        candidate = supported(found_candidate, items, index, vectors, distance, is_event)
        evidence = [items[index[e]].evidence for e in candidate.ids]
        qualification = events.qualify(evidence, metas, exposure)
        if qualification.within_reach:  # else no part of it qualifies: spare the members' test
            candidate = backing(candidate, items, index, vectors, is_event)
            evidence = [items[index[e]].evidence for e in candidate.ids]
            qualification = events.qualify(evidence, metas, exposure)
        if evidence and qualification.qualifies and cluster.best_phrase(evidence, is_event):
            kept.append(candidate)
        else:
            aside.extend(index[e] for e in candidate.ids)
    kept = _item_titles.with_titles(kept, items, index, vectors, is_event)
    claimed = {e for candidate in kept for e in candidate.ids}
    counts, _ = topic_candidates(items, vectors, metas, exposure, claimed)
    counted = {index[e] for candidate in counts for e in candidate.ids}
    return kept + counts, [i for i in aside if i not in counted]


def supported(
    candidate: cluster.Candidate,
    items: list[Item],
    index: Mapping[str, int],
    vectors: np.ndarray,
    distance: float,
    is_event: cluster.EventTest,
) -> cluster.Candidate:
    """``candidate`` with only the news items that support what its reports, polls or interviews state.

    A cluster is cut at an average distance, so a large one gathers news items that are each far
    from the statements: they inflate its sources without backing it. A news item stays when it lies
    within ``SUPPORT_SHARE`` of the cut-off ``distance`` of the centre of the stated members and
    names most words of the phrase that titles the trend (`cluster.names_phrase`). A cluster of news
    items only (titled by the events' phenomenon) is returned as it is.
    """
    positions = [index[e] for e in candidate.ids]
    stated = [i for i in positions if not is_event(items[i].source_id)]
    if not stated or len(stated) == len(positions):
        return candidate
    phrase = cluster.stated_phrase([items[i].evidence for i in positions], is_event)
    centre = cluster.centroid(vectors[stated])
    keep = set(stated)
    for i in positions:
        if i in keep:
            continue
        close = 1 - float(vectors[i] @ centre) <= distance * SUPPORT_SHARE
        if close and phrase and cluster.names_phrase(f"{items[i].focus} {items[i].context}", phrase):
            keep.add(i)
    if len(keep) == len(positions):
        return candidate
    members = tuple((e, r) for e, r in candidate.members if index[e] in keep)
    return cluster.Candidate(candidate.theme, members, cluster.centroid(vectors[sorted(keep)]))


def _event_test(store: Store, access: AccessLevel) -> cluster.EventTest:
    metas = source_metas(store, access=access)
    return lambda source_id: events.is_event(metas.get(source_id))


def _phrase_embedder(store: Store) -> Embedder | None:
    """A model that tells near-synonyms apart from unrelated phrases ("fraude" and "oplichting"):
    the first installed per-text model, its vectors kept in the store; None when only TF-IDF is there
    (fitted on a handful of titles it sees shared letters, not shared meaning)."""
    chosen = _auto_model()
    return stored(chosen, store) if chosen is not None else None


@cache
def _auto_model() -> Embedder | None:
    """One instance per process: a model loads its weights once."""
    chosen = get_embedder(AUTO)
    return chosen if getattr(chosen, "per_text", False) else None


def merge_synonyms(
    candidates: list[cluster.Candidate],
    items: list[Item],
    vectors: np.ndarray,
    distance: float,
    embedder: Embedder | None,
    is_event: cluster.EventTest,
) -> list[cluster.Candidate]:
    """Candidates of one theme that name one phenomenon in other words, merged before they are shown.

    Two candidates of one theme name one phenomenon when their title phrases (`cluster.best_phrase`)
    name the same concepts (`_synonyms.same_phenomenon`): the same content words apart from a
    measure ("hoeveelheid criminaliteit", "criminaliteit") or words of one group of the synonym
    lexicon ("het aantal misdrijven", "criminaliteit"; "geweldsdelicten", "geweldsmisdrijven").
    Their words decide, wherever their evidence lies: a cut-off between the centres of the two
    clusters merged them in one run and left them side by side in the next (0.707 against 0.70 on
    the real corpus). Phrases that share no content word merge too when ``embedder`` finds them
    near-synonyms (cosine at least ``SYNONYM_SIMILARITY``) and their evidence lies within the cut-off
    ``distance`` of each other (centre to centre): such a model tells little apart (unrelated safety
    phrases reach 0.85), so the evidence must agree. Phrases that share some content words but not
    all, or of which one names a kind of the other by a compound's head, name related, different
    phenomena ("emotioneel welzijn", "welzijn van ouderen"; "woninginbraken", "inbraken";
    "vermogensmisdrijven", "misdrijven") and stay apart.
    """
    if len(candidates) < 2:
        return candidates
    index = {item.id: i for i, item in enumerate(items)}
    phrases = [cluster.best_phrase([items[index[e]].evidence for e in c.ids], is_event) for c in candidates]
    stems = [cluster.phenomenon_stems(p) for p in phrases]
    pairs = [
        (a, b)
        for a in range(len(candidates))
        for b in range(a + 1, len(candidates))
        if candidates[a].theme == candidates[b].theme and stems[a] and stems[b]
    ]

    def near(a: int, b: int) -> bool:
        return 1 - float(candidates[a].centroid @ candidates[b].centroid) <= distance

    def unrelated(a: int, b: int) -> bool:
        return not stems[a] & stems[b] and not _synonyms.kinds_of_one(phrases[a], phrases[b])

    asks_model = [(a, b) for a, b in pairs if unrelated(a, b) and near(a, b)]
    similar = embedder.embed(phrases) if embedder is not None and asks_model else None
    parent = list(range(len(candidates)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        same = _synonyms.same_phenomenon(phrases[a], phrases[b])
        synonyms = (
            similar is not None
            and unrelated(a, b)
            and near(a, b)
            and float(similar[a] @ similar[b]) >= SYNONYM_SIMILARITY
        )
        if same or synonyms:
            parent[root(b)] = root(a)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(candidates)):
        groups[root(i)].append(i)
    merged = []
    for members in groups.values():
        if len(members) == 1:
            merged.append(candidates[members[0]])
            continue
        merged.append(_merged([candidates[m] for m in members], candidates[members[0]].theme, index, vectors))
    return merged


def merge_event_topics(
    candidates: list[cluster.Candidate],
    items: list[Item],
    vectors: np.ndarray,
    is_event: cluster.EventTest,
) -> list[cluster.Candidate]:
    """News-only candidates of different themes that count events of one topic, merged into one.

    Theme assignment may split the news items on one safety phenomenon over two themes (threats
    under "criminaliteit" and under "onrust"); each part would show as its own "Meer berichten over
    bedreigingen". When every member of two candidates is an event and both are named by the same
    topic (`cluster.best_phrase`, same content words), they are one count of events, kept under the
    theme that holds most of their members. Candidates with a report's phrase stay in their theme.
    """
    index = {item.id: i for i, item in enumerate(items)}
    by_topic: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, candidate in enumerate(candidates):
        evidence = [items[index[e]].evidence for e in candidate.ids]
        if not all(is_event(item.span.source_id) for item in evidence):
            continue
        stems = frozenset(cluster.phenomenon_stems(cluster.best_phrase(evidence, is_event)))
        if stems:
            by_topic[stems].append(i)
    merged_into: dict[int, list[int]] = {}
    for members in by_topic.values():
        if len({candidates[i].theme for i in members}) > 1:
            largest = max(members, key=lambda i: (len(candidates[i].ids), -i))
            merged_into[largest] = members
    absorbed = {i for members in merged_into.values() for i in members} - set(merged_into)
    out = []
    for i, candidate in enumerate(candidates):
        if i in absorbed:
            continue
        if i not in merged_into:
            out.append(candidate)
            continue
        out.append(_merged([candidates[m] for m in merged_into[i]], candidate.theme, index, vectors))
    return out


def _merged(
    parts: list[cluster.Candidate], theme: str | None, index: dict[str, int], vectors: np.ndarray
) -> cluster.Candidate:
    """One candidate of ``theme`` with the members of ``parts``, ranked by nearness to their centre."""
    ids = sorted({e for part in parts for e in part.ids})
    centre = cluster.centroid(vectors[[index[e] for e in ids]])
    nearness = [(e, cluster.rank_of(vectors[index[e]] @ centre)) for e in ids]
    ranked = sorted(nearness, key=lambda m: (-m[1], m[0]))
    return cluster.Candidate(theme, tuple(ranked), centre)


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
class Plan:
    """What a run changes: candidates with their ids, evidence attached to curated trends, ids dropped."""

    candidates: list[tuple[str, cluster.Candidate]]
    attach: dict[str, list[tuple[str, float]]]
    dropped: list[str]
    kept: int


def plan(
    rows: list[TrendRow],
    items: list[Item],
    vectors: np.ndarray,
    candidates: list[cluster.Candidate],
    leftover: list[int],
    distance: float,
    min_size: int = cluster.MIN_CLUSTER_SIZE,
    *,
    fresh: set[str] | None = None,
) -> Plan:
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
    return Plan(named, dict(attach), dropped, kept_ids)


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


def apply(conn: Connection, changes: Plan) -> None:
    """Write a plan: old candidates dropped, candidates stored with their members, evidence attached."""
    trend_store.delete_trends(conn, changes.dropped)
    existing = {r.id for r in trend_store.load_trends(conn, [tid for tid, _ in changes.candidates])}
    for tid, candidate in changes.candidates:
        if tid in existing:
            trend_store.update_trend(conn, tid, theme=candidate.theme)
        else:
            trend_store.insert_trend(
                conn, TrendRow(tid, TrendStatus.CANDIDATE.value, False, theme=candidate.theme)
            )
        trend_store.set_members(conn, tid, list(candidate.members), MemberOrigin.CLUSTER)
    for tid, members in sorted(changes.attach.items()):
        trend_store.add_members(conn, tid, members, MemberOrigin.ATTACHED)
