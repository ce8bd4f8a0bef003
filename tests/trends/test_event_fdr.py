"""Many safety topics are tested at once: a verdict reads the p adjusted for all of them (BH).

With about 60 topics tested, about three pass p < 0.05 by chance; "Meer berichten over …" and
"Mogelijk meer berichten over …" follow the Benjamini–Hochberg q of the family instead, and so does
"Minder berichten over …": every topic is tested both ways, all tests one family.
"""

from __future__ import annotations

import dataclasses
import json
import random
from datetime import date
from pathlib import Path

import pytest

from trendbeeld import themes, trends
from trendbeeld.model import AccessLevel, Change, SourceMeta, SourceType
from trendbeeld.store import Store, open_store
from trendbeeld.store import trends as trend_store
from trendbeeld.trends import cluster, events
from trendbeeld.trends._event_counts import topic_candidates
from trendbeeld.trends._items import source_metas
from trendbeeld.trends.embed import TfidfEmbedder

from .test_event_counts import _news_items, _store_news

# Ten p-values and their BH q worked out by hand: the j-th smallest of m = 10 becomes 10·p/j, then
# the smallest of those from j on (0.13 at j = 3 falls to 0.084 of j = 5; 0.25625 at j = 8 to 0.216).
P = (0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216)
Q = (0.01, 0.04, 0.084, 0.084, 0.084, 0.1, 0.074 * 10 / 7, 0.216, 0.216, 0.216)


def test_bh_of_known_p_values_matches_the_hand_computation() -> None:
    assert events.adjusted(P) == pytest.approx(Q)


def test_bh_keeps_the_order_of_its_input() -> None:
    order = list(range(len(P)))
    random.Random(7).shuffle(order)
    assert events.adjusted([P[i] for i in order]) == pytest.approx([Q[i] for i in order])


def test_sixty_topics_without_change_give_no_candidate() -> None:
    """p-values spread evenly as under no change at all: three pass p < 0.05, none passes q < 0.05."""
    p = [(i + 0.5) / 60 for i in range(60)]
    assert sum(v < events.MARGINAL_ALPHA for v in p) == 3
    assert min(events.adjusted(p)) >= 0.5


def _signal(p: float, q: float | None) -> events.EventSignal:
    return events.EventSignal(12, 20, 900, 2100, 4, 1.4, p, q_value=q)


def test_verdicts_read_the_q_and_keep_the_p() -> None:
    assert _signal(0.004, 0.004).significant  # "Meer berichten over …"
    adjusted = _signal(0.004, 0.03)  # raw p under ALPHA, q only under MARGINAL_ALPHA
    assert not adjusted.significant and adjusted.marginal and adjusted.change is None
    assert adjusted.p_value == 0.004 and adjusted.q == 0.03
    assert not _signal(0.03, 0.2).marginal  # was "Mogelijk meer berichten over …" on the raw p
    assert _signal(0.004, None).significant  # not adjusted: q is the p


def test_fewer_events_read_the_q_of_the_same_family() -> None:
    """"Minder berichten over …" reads the q of the test for fewer events, adjusted in the family of
    all tests (both directions of every topic), as "Meer berichten over …" reads the q for more."""
    fewer = events.EventSignal(3, 40, 900, 2100, 2, 0.18, 1.0, p_fewer=0.004, q_fewer_value=0.03)
    assert fewer.change is None  # the raw p passes ALPHA, the q does not
    assert dataclasses.replace(fewer, q_fewer_value=0.006).change is Change.DOWN
    assert dataclasses.replace(fewer, q_fewer_value=None).change is Change.DOWN  # not adjusted: q = p


def test_both_directions_of_a_topic_are_adjusted_together() -> None:
    """The q of either direction is its rank among the p-values of both directions of all topics."""
    metas = {f"n{i}": _news(_month(i), f"krant {i % 3}", "bericht") for i in range(90)}
    exposure = events.Exposure(metas)
    family = (0.001, 0.004, 0.3, 0.5, 0.9, 0.99)  # three topics, each tested for more and for fewer
    exposure.tested(family)
    by_hand = events.adjusted(family)
    assert exposure.q_value(0.004) == pytest.approx(by_hand[1]) == pytest.approx(6 * 0.004 / 2)
    assert exposure.q_value(0.001) == pytest.approx(by_hand[0])


def _news(day: date, outlet: str, title: str) -> SourceMeta:
    return SourceMeta(type=SourceType.NEWS, title=title, publisher=outlet, date=day)


def _month(i: int) -> date:
    return date(2019, 1 + i % 9, 1 + i % 27)


def test_the_q_of_a_topic_is_its_q_in_the_family_registered() -> None:
    metas = {f"n{i}": _news(_month(i), f"krant {i % 3}", "Brandweer blust schoorsteen") for i in range(90)}
    exposure = events.Exposure(metas)
    exposure.tested(P)
    assert [exposure.q_value(p) for p in P] == pytest.approx(Q)
    assert events.Exposure(metas).family == tuple(sorted(P))  # the same news later in the process


def test_a_stored_family_is_adopted_only_for_the_news_it_tested(monkeypatch: pytest.MonkeyPatch) -> None:
    """The run's family goes through the decision's JSON and back unchanged; news with one item more
    is other news: its family is not the run's."""
    metas = {f"n{i}": _news(_month(i), f"krant {i % 3}", "Brandweer blust schoorsteen") for i in range(90)}
    run = events.Exposure(metas)
    run.tested(P)
    record = json.loads(json.dumps(run.record()))
    monkeypatch.setattr(events, "_FAMILIES", {})  # another process
    assert events.Exposure(metas).family is None
    more = {**metas, "extra": _news(date(2019, 9, 2), "krant 9", "Brandweer blust schoorsteen")}
    assert not events.Exposure(more).adopt(record)
    listing = events.Exposure(dict(reversed(metas.items())))
    assert listing.adopt(record) and listing.family == tuple(sorted(P))
    assert [listing.q_value(p) for p in P] == pytest.approx(Q)
    assert events.Exposure(metas).family == tuple(sorted(P))  # registered for the process


def test_without_a_family_registered_the_titles_name_it() -> None:
    """Listing trends in another process: the family is the topics the news titles name; a test on
    its own (news without a topic in its titles) is a family of one, q = p."""
    titles = ("Woninginbraak in Zwolle, dader gevlucht", "Man mishandeld bij station Utrecht",
              "Brandweer blust schoorsteen")
    metas = {f"t{i}": _news(_month(i), f"krant {i % 3}", titles[i % 3]) for i in range(120)}
    family = events.Exposure(metas)._estimate()
    assert len(family) == 4  # woninginbraken, mishandelingen: each tested for more and for fewer
    first, second, third, fourth = family
    by_hand = min(4 * first, 4 * second / 2, 4 * third / 3, fourth, 1.0)
    assert events.Exposure(metas).q_value(first) == pytest.approx(by_hand)
    untitled = {f"u{i}": _news(_month(i), f"krant {i % 3}", "") for i in range(120)}
    assert events.Exposure(untitled).q_value(0.02) == pytest.approx(0.02)


def test_real_news_topics_are_judged_by_the_q_of_all_topics_tested(shared: Path, tmp_path: Path) -> None:
    """Real safety news of many outlets (seven months of 2019, one item in two): some 50 topics are
    tested, each both ways; a few tests pass p < 0.05, as many as chance gives, and none passes
    q < 0.05, so none is a candidate (on the raw p they read "Mogelijk meer berichten over …")."""
    store = _store_news(shared, tmp_path)
    try:
        items, metas = _news_items(store)
    finally:
        store.close()
    exposure = events.Exposure(metas)
    found, _ = topic_candidates(items, cluster.embed_items(items, TfidfEmbedder()), metas, exposure, set())
    family = exposure.family
    assert family is not None and 60 <= len(family) <= 140, family  # 30 to 70 topics, both ways
    raw = [p for p in family if p < events.MARGINAL_ALPHA]
    assert 1 <= len(raw) <= len(family) * events.MARGINAL_ALPHA + 1, family
    assert min(events.adjusted(family)) >= events.MARGINAL_ALPHA
    assert found == []


def _news_only(store: Store, access: AccessLevel) -> dict[str, tuple[str, str | None, float, float]]:
    """Each news-only trend as listed: title, direction, and the p and q of its count test."""
    listed = trends.list_trends(store, access=access)
    metas = source_metas(store, access=access)
    exposure = events.Exposure(metas)  # the family the listing found, registered for the process
    members = trend_store.readable_members(store, access=access, trend_ids=[t.id for t in listed])
    out = {}
    for trend in listed:
        sources = sorted({e.span.source_id for e in members.get(trend.id, []) if e.span.source_id in metas})
        if sources and all(events.is_event(metas[s]) for s in sources):
            signal = events.event_signal(((s, metas[s]) for s in sources), exposure)
            assert signal is not None
            assert signal.significant or signal.marginal, trend.title  # as the run chose it
            direction = trend.direction.value if trend.direction else None
            out[trend.id] = (trend.title, direction, signal.p_value, signal.q)
    return out


def test_a_listing_in_another_process_reads_the_q_the_run_chose_by(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A clustering run on a SQLite file of real safety news stores the family of topics it tested
    with its decision; listing the trends from a fresh store handle, with nothing registered in the
    process (as in a new process), finds exactly that family: the same verdicts and the same q, with
    no estimate from the titles (on these months the titles name 54 topics where the run tested 52)."""
    store = _store_news(shared, tmp_path)
    every = AccessLevel.CONFIDENTIAL
    try:
        trends.recluster(store, themes.load_taxonomy("regionaal"), access=every, embedder="tfidf")
        tested = events.Exposure(source_metas(store, access=every)).family
        in_run = _news_only(store, every)
    finally:
        store.close()
    assert tested is not None and len(tested) >= 60  # 30 topics or more, each tested both ways
    monkeypatch.setattr(events, "_FAMILIES", {})
    monkeypatch.setattr(events, "_ESTIMATES", {})
    fresh = open_store(str(tmp_path / "nieuws.db"))
    try:
        listed = _news_only(fresh, every)
        assert events.Exposure(source_metas(fresh, access=every)).family == tested
    finally:
        fresh.close()
    assert listed == in_run
    assert events._ESTIMATES == {}
