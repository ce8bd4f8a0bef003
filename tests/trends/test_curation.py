"""Curation survives re-clustering, on SQLite and PostgreSQL, with evidence from the real extractor."""

from __future__ import annotations

import pytest

from tests.trends import _corpus
from trendbeeld import trends
from trendbeeld.errors import ConfigError, TrendbeeldError
from trendbeeld.model import AccessLevel, Change, Impact, Trend, TrendStatus
from trendbeeld.store import Store
from trendbeeld.store import evidence as evidence_store

ALL = AccessLevel.CONFIDENTIAL


def _cluster(store: Store) -> list[Trend]:
    assignment = _corpus.keyword_assignment(store)
    trends.recluster(store, _corpus.TAXONOMY, access=ALL, embedder="tfidf", assignment=assignment)
    return trends.list_trends(store, access=ALL)


def _by_theme(found: list[Trend], theme: str) -> list[Trend]:
    return sorted((t for t in found if t.theme == theme), key=lambda t: t.id)


def _source_of(store: Store, evidence_ids: tuple[str, ...]) -> set[str]:
    return {e.span.source_id for e in evidence_store.list_evidence(store, access=ALL, ids=list(evidence_ids))}


def test_curated_trends_survive_a_new_source_and_gain_its_evidence(store: Store) -> None:
    monitor, note = _corpus.monitor(store), _corpus.note(store)
    first = _cluster(store)
    digital = _by_theme(first, "digitaal")
    burglary = _by_theme(first, "vermogen")
    # phishing meldingen come from the CBS monitor alone: one voice is no candidate trend
    assert [t.title for t in digital] == ["Toename van online fraude met nepberichten"]
    assert burglary
    assert {t.status for t in first} == {TrendStatus.CANDIDATE}

    kept = burglary[0]
    trends.accept(store, kept.id, actor="anna")
    target = digital[0].id
    trends.rename(store, target, "Online fraude en phishing nemen toe", actor="anna")
    trends.accept(store, target, actor="anna")
    accepted = trends.get_trend(store, target, access=ALL)
    assert _source_of(store, accepted.evidence_ids) == {monitor.id, note.id}

    news = _corpus.news(store)
    after = _cluster(store)

    fraud = trends.get_trend(store, target, access=ALL)
    assert fraud.title == "Online fraude en phishing nemen toe"
    assert fraud.status is TrendStatus.ACCEPTED
    assert set(accepted.evidence_ids) < set(fraud.evidence_ids)
    attached = trends.new_evidence(store, target)
    assert attached and _source_of(store, tuple(attached)) == {news.id}
    assert set(fraud.evidence_ids) - set(accepted.evidence_ids) == attached
    assert fraud.strength is not None and fraud.strength.n_sources == 3
    assert fraud.direction is Change.UP

    burglary_after = trends.get_trend(store, kept.id, access=ALL)
    assert burglary_after.status is TrendStatus.ACCEPTED
    assert set(kept.evidence_ids) <= set(burglary_after.evidence_ids)
    claimed = [e for t in after for e in t.evidence_ids]
    assert len(claimed) == len(set(claimed)), "an evidence item backs one trend only"

    actions = [(d.action, d.actor) for d in trends.history(store, target)]
    assert actions == [("rename", "anna"), ("accept", "anna")]
    assert all(d.at.tzinfo is not None for d in trends.history(store))


def test_candidate_ids_are_stable_and_rejected_trends_stay_rejected(store: Store) -> None:
    _corpus.monitor(store)
    _corpus.note(store)
    first = {t.id: t for t in _cluster(store)}
    again = {t.id: t for t in _cluster(store)}
    assert set(first) == set(again)
    assert [first[i].evidence_ids for i in sorted(first)] == [again[i].evidence_ids for i in sorted(again)]

    rejected = sorted(first)[0]
    trends.reject(store, rejected, actor="anna", note="geen echte trend")
    _corpus.news(store)
    later = _cluster(store)
    assert rejected not in {t.id for t in later if t.status is not TrendStatus.REJECTED}
    assert trends.get_trend(store, rejected, access=ALL).status is TrendStatus.REJECTED
    for evidence in first[rejected].evidence_ids:
        owners = [t.id for t in later if evidence in t.evidence_ids]
        assert owners in ([], [rejected])


def test_split_set_and_errors(store: Store) -> None:
    _corpus.monitor(store)
    _corpus.note(store)
    trend = max(_cluster(store), key=lambda t: (len(t.evidence_ids), t.id))
    moved = trend.evidence_ids[-1:]
    new_id = trends.split(store, trend.id, moved, actor="anna", title="Afgesplitst")
    part = trends.get_trend(store, new_id, access=ALL)
    assert part.evidence_ids == moved and part.title == "Afgesplitst"
    assert set(trends.get_trend(store, trend.id, access=ALL).evidence_ids) == set(trend.evidence_ids) - set(
        moved
    )

    trends.set_field(store, trend.id[:6], "betekenis", "Meer inzet op preventie.", actor="anna")
    trends.set_field(store, trend.id, "impact", "direct", actor="anna")
    trends.set_field(store, trend.id, "richting", "stabiel", actor="anna")
    changed = trends.get_trend(store, trend.id, access=ALL)
    assert (changed.meaning, changed.impact, changed.direction) == (
        "Meer inzet op preventie.",
        Impact.DIRECT,
        Change.STABLE,
    )

    _cluster(store)
    survived = trends.get_trend(store, trend.id, access=ALL)
    assert (
        survived.meaning == "Meer inzet op preventie."
        and trends.get_trend(store, new_id, access=ALL).title == "Afgesplitst"
    )

    with pytest.raises(ConfigError) as unknown_field:
        trends.set_field(store, trend.id, "kleur", "rood", actor="anna")
    assert str(unknown_field.value).startswith("onbekend veld 'kleur'. Kies uit: ")
    with pytest.raises(TrendbeeldError) as missing:
        trends.accept(store, "ffffffffffffffff", actor="anna")
    assert (
        str(missing.value)
        == "trend 'ffffffffffffffff' bestaat niet. Zie 'trendbeeld trends list' voor de ids"
    )
    with pytest.raises(ConfigError) as nobody:
        trends.accept(store, trend.id, actor=" ")
    assert str(nobody.value) == "wie besluit dit? geef een naam mee. Gebruik --door NAAM"
    with pytest.raises(ConfigError):
        trends.split(store, trend.id, [], actor="anna")


def test_readers_only_see_trends_and_titles_from_sources_they_may_read(store: Store) -> None:
    _corpus.monitor(store)
    _corpus.note(store)
    secret = _corpus.internal(store)
    closed = _cluster(store)
    with_secret = [t for t in closed if secret.id in _source_of(store, t.evidence_ids)]
    assert with_secret
    public = {t.id: t for t in trends.list_trends(store, access=AccessLevel.PUBLIC)}
    readable = {e.span.source_id for e in evidence_store.list_evidence(store, access=AccessLevel.PUBLIC)}
    for trend in public.values():
        assert _source_of(store, trend.evidence_ids) <= readable
        assert "helpdeskfraude" not in trend.title.casefold()
    for trend in with_secret:
        if trend.id in public:
            assert set(public[trend.id].evidence_ids) < set(trend.evidence_ids)
