"""Continuity through re-clustering: ids kept, accepted trends swallow no candidates, links keep trends."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np

from tests.trends import _corpus
from trendbeeld import extract, routemap, trends
from trendbeeld.model import AccessLevel, Change, Span, TrendStatement, TrendStatus, evidence_id
from trendbeeld.store import Store
from trendbeeld.store.trends import Member, TrendRow
from trendbeeld.trends import cluster, reclustering
from trendbeeld.trends._items import Item

DISTANCE = 0.7  # the tfidf embedder's cut-off: items with cosine similarity 0.3 count as near


def _item(name: str) -> Item:
    statement = TrendStatement(Span(f"bron-{name}", 0, 5), name, f"verschijnsel {name}", Change.UP)
    return Item(name, statement, name, "jeugd")


def _vectors(*angles: float) -> np.ndarray:
    return np.array([[np.cos(a), np.sin(a)] for a in angles], dtype=np.float32)


def _row(tid: str, members: list[str], *, curated: bool, status: str = "candidate") -> TrendRow:
    moment = datetime(2024, 1, 1, tzinfo=UTC)
    return TrendRow(
        tid, status, curated, theme="jeugd", members=tuple(Member(m, 1.0, "cluster", moment) for m in members)
    )


def _candidate(items: list[Item], vectors: np.ndarray, names: list[str]) -> cluster.Candidate:
    index = [i for i, item in enumerate(items) if item.id in names]
    return cluster.Candidate(
        "jeugd", tuple((items[i].id, 1.0) for i in index), cluster.centroid(vectors[index])
    )


def test_accepting_one_trend_leaves_the_themes_other_candidates_alone() -> None:
    names = ["a1", "a2", "b1", "b2", "c1", "c2", "c3", "d1", "d2", "e1", "e2", "x1"]
    items = [_item(n) for n in names]
    # everything lies within the cut-off of the accepted trend's nearest item (angles within ~70°)
    vectors = _vectors(0.0, 0.05, 0.5, 0.55, 0.9, 0.95, 0.02, 1.2, 1.25, 1.21, 1.24, 0.1)
    rows = [
        _row("aanvaard", ["a1", "a2"], curated=True, status=TrendStatus.ACCEPTED.value),
        _row("kandidaat-b", ["b1", "b2"], curated=False),
        _row("kandidaat-d", ["d1", "d2"], curated=False),
    ]
    found = [
        _candidate(items, vectors, ["a1", "a2"]),  # the accepted trend's own cluster
        _candidate(items, vectors, ["b1", "b2"]),  # an old candidate, found again
        _candidate(items, vectors, ["c1", "c2", "c3", "a1"]),  # one accepted item among three others
        _candidate(items, vectors, ["e1", "e2"]),  # where old candidate d was: same centre, new items
    ]
    plan = reclustering.plan(rows, items, vectors, found, [7, 8, 11], DISTANCE)
    named = {tid: set(c.ids) for tid, c in plan.candidates}
    assert named["kandidaat-b"] == {"b1", "b2"}
    assert {"c1", "c2", "c3"} in named.values(), "a candidate keeps its items, without the accepted one"
    assert named["kandidaat-d"] == {"e1", "e2"}, "the id follows the centre when no evidence overlaps"
    assert plan.kept == 2 and not plan.dropped
    # only an item left over by clustering joins the accepted trend, and only close to its nearest item
    assert plan.attach == {"aanvaard": [("x1", 0.0)]}


def test_a_cluster_mostly_of_an_accepted_trend_joins_it() -> None:
    items = [_item(n) for n in ("a1", "a2", "a3", "n1")]
    vectors = _vectors(0.0, 0.05, 0.1, 0.08)
    rows = [_row("aanvaard", ["a1", "a2", "a3"], curated=True, status=TrendStatus.ACCEPTED.value)]
    plan = reclustering.plan(
        rows, items, vectors, [_candidate(items, vectors, ["a1", "a2", "a3", "n1"])], [], DISTANCE
    )
    assert plan.attach == {"aanvaard": [("n1", 1.0)]} and not plan.candidates


def test_a_confirmed_link_keeps_its_trends_through_reclustering(store: Store) -> None:
    _corpus.monitor(store)
    _corpus.note(store)
    _corpus.europol(store)
    assignment = _corpus.keyword_assignment(store)
    trends.recluster(
        store, _corpus.TAXONOMY, access=AccessLevel.CONFIDENTIAL, embedder="tfidf", assignment=assignment
    )
    first = trends.list_trends(store, access=AccessLevel.CONFIDENTIAL)
    fraud = next(t for t in first if t.theme == "digitaal")
    burglary = next(t for t in first if t.theme == "vermogen")
    link = routemap.add(
        store,
        fraud.id,
        burglary.id,
        "hangt samen met",
        rationale="Daders verleggen hun werkterrein",
        actor="anna",
    )
    assert trends.get_trend(store, fraud.id, access=AccessLevel.CONFIDENTIAL).status is TrendStatus.CANDIDATE

    # a new source changes the clusters; the linked trends stay, with their ids, and so does the link
    _corpus.news(store)
    assignment = _corpus.keyword_assignment(store)
    report = trends.recluster(
        store, _corpus.TAXONOMY, access=AccessLevel.CONFIDENTIAL, embedder="tfidf", assignment=assignment
    )
    after = {t.id for t in trends.list_trends(store, access=AccessLevel.CONFIDENTIAL)}
    assert {fraud.id, burglary.id} <= after and report.dropped == 0
    titles = routemap.titles(store, access=AccessLevel.CONFIDENTIAL, taxonomy=_corpus.TAXONOMY)
    shown = routemap.readable(routemap.load(store), titles)
    assert [found.id for found in shown.links] == [link.id]


def test_clustering_reports_its_progress_step_by_step(store: Store) -> None:
    _corpus.monitor(store)
    _corpus.note(store)
    seen: list[tuple[int, int]] = []
    trends.recluster(
        store,
        _corpus.TAXONOMY,
        access=AccessLevel.CONFIDENTIAL,
        embedder="tfidf",
        assignment=_corpus.keyword_assignment(store),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[0] == (0, 0) and seen[-1][0] == seen[-1][1] >= 4
    done = [d for d, _ in seen[1:]]
    assert done == sorted(done) and {t for _, t in seen[1:]} == {seen[-1][1]}


def test_only_evidence_of_sources_new_since_the_last_run_joins_an_accepted_trend() -> None:
    names = ["a1", "a2", "x1"]
    items = [_item(n) for n in names]
    vectors = _vectors(0.0, 0.05, 0.1)
    rows = [_row("aanvaard", ["a1", "a2"], curated=True, status=TrendStatus.ACCEPTED.value)]
    old = reclustering.plan(rows, items, vectors, [], [2], DISTANCE, fresh=set())
    assert old.attach == {}, "an item the previous run already offered stays out of the analyst's trend"
    new = reclustering.plan(rows, items, vectors, [], [2], DISTANCE, fresh={"bron-x1"})
    assert new.attach == {"aanvaard": [("x1", 0.0)]}


def test_a_second_run_without_new_sources_leaves_an_accepted_trend_as_it_was(store: Store) -> None:
    _corpus.monitor(store)
    _corpus.note(store)
    _corpus.europol(store)

    def recluster() -> None:
        trends.recluster(
            store, _corpus.TAXONOMY, access=AccessLevel.CONFIDENTIAL, embedder="tfidf",
            assignment=_corpus.keyword_assignment(store),
        )

    def evidence_of(trend_id: str) -> set[str]:
        return set(trends.get_trend(store, trend_id, access=AccessLevel.CONFIDENTIAL).evidence_ids)

    recluster()
    first = trends.list_trends(store, access=AccessLevel.CONFIDENTIAL)
    accepted = next(t for t in first if t.theme == "digitaal")
    trends.accept(store, accepted.id, actor="anna")
    recluster()
    assert evidence_of(accepted.id) == set(accepted.evidence_ids)

    news = _corpus.news(store)  # a new source on online fraud: its evidence may join, no other does
    news_ids = {evidence_id(e) for e in extract.extract(news)}
    recluster()
    grown = evidence_of(accepted.id)
    assert set(accepted.evidence_ids) <= grown
    assert grown - set(accepted.evidence_ids) <= news_ids
