"""Sources that support a trend, and what the event-count test lets a news-only title claim (issue 11)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import require
from trendbeeld import extract, sources
from trendbeeld.model import (
    Change,
    Figure,
    Headline,
    SourceMeta,
    SourceType,
    Span,
    Trend,
    TrendStatement,
    evidence_id,
)
from trendbeeld.trends import cluster, events, reclustering, signals
from trendbeeld.trends._items import Item, sentence_around
from trendbeeld.trends.embed import TfidfEmbedder, get_embedder

MONTHS = [(2017 + m // 12, m % 12 + 1) for m in range(24)]  # two years, the last three months recent


def _news(source: str, day: date, outlet: str) -> tuple[str, SourceMeta]:
    return source, SourceMeta(type=SourceType.NEWS, publisher=outlet, date=day)


def _exposure(per_month: int) -> events.Exposure:
    metas = dict(
        _news(f"alle-{y}-{m}-{i}", date(y, m, 1 + i % 28), f"omroep-{i % 3}")
        for y, m in MONTHS
        for i in range(per_month)
    )
    return events.Exposure(metas)


def _topic(counts: list[int]) -> list[tuple[str, SourceMeta]]:
    """A topic's events: ``counts[k]`` items in month k, each on its own day, from two outlets."""
    return [
        _news(f"topic-{y}-{m}-{i}", date(y, m, 1 + i), f"krant-{i % 2}")
        for (y, m), n in zip(MONTHS, counts, strict=True)
        for i in range(n)
    ]


@pytest.mark.parametrize(
    ("counts", "change"),
    [
        ([1] * 21 + [8] * 3, Change.UP),  # a burst in the last three months
        ([6] * 21 + [0] * 3, Change.DOWN),  # the topic falls silent
        ([27] * 24, Change.STABLE),  # steady, and enough events to vouch for it
        ([1] * 24, None),  # steady but too few events: the test vouches for nothing
    ],
)
def test_the_event_test_names_its_direction(counts: list[int], change: Change | None) -> None:
    signal = events.event_signal(_topic(counts), _exposure(40))
    assert signal is not None
    assert signal.change == change
    low, high = signal.ratio_interval
    assert low <= signal.rate_ratio <= high


POLITIE_NL = "corpus/real/news/politie_nl_nieuwsberichten_2012_2019.csv"


def _politie_items(shared: Path, tmp_path: Path, wording: str, n: int = 12) -> list[Item]:
    """Statements and figures the extractor finds in the first ``n`` real politie.nl items whose title
    or lead holds ``wording``, each with its sentence, as clustering sees them."""
    with (shared / POLITIE_NL).open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    picked = [row for row in rows if wording in f"{row['title']} {row['lead']}".casefold()][:n]
    path = tmp_path / f"politie-{wording.strip()}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(picked)
    items = []
    for source in sources.read(str(path), meta=SourceMeta(type=SourceType.NEWS)):
        for found in extract.extract(source):
            if isinstance(found, (TrendStatement, Figure)):
                context = sentence_around(source.text, found.span.start, found.span.end)
                items.append(Item(evidence_id(found), found, context, "vermogen"))
    assert len(items) >= n // 2
    return items


def _report_item(text: str, start: int) -> Item:
    statement = TrendStatement(Span("rapport", start, start + 1), text, "woningovervallen", Change.UP)
    return Item(evidence_id(statement), statement, text, "vermogen")


def test_news_joins_a_reports_trend_only_when_it_names_it(shared: Path, tmp_path: Path) -> None:
    """Real politie.nl items: robberies back a report on house robberies; calls for witnesses about
    other cases that landed in the same cluster do not, and no longer count as its sources."""
    robberies = _politie_items(shared, tmp_path, "overval")
    witnesses = [
        item
        for item in _politie_items(shared, tmp_path, "getuigen")
        if not cluster.names_phrase(f"{item.focus} {item.context}", "woningovervallen")
    ]
    assert witnesses
    report = [
        _report_item("Het aantal woningovervallen stijgt al drie jaar.", 0),
        _report_item("Overvallen op woningen nemen toe.", 2),
    ]
    items = [*report, *robberies, *witnesses]
    vectors = cluster.embed_items(items, TfidfEmbedder())
    found = cluster.Candidate("vermogen", tuple((item.id, 1.0) for item in items), cluster.centroid(vectors))
    index = {item.id: i for i, item in enumerate(items)}

    def is_event(source_id: str) -> bool:
        return source_id != "rapport"

    # With a cut-off that lets every item be close, the wording decides: robberies stay, the rest goes.
    kept = set(reclustering.supported(found, items, index, vectors, 1.0, is_event).ids)
    assert {item.id for item in report} <= kept  # the report's statements stay
    assert not kept & {item.id for item in witnesses}
    naming = {r.id for r in robberies if cluster.names_phrase(f"{r.focus} {r.context}", "woningovervallen")}
    assert len(naming) >= len(robberies) // 2
    assert kept & {r.id for r in robberies} == naming
    # Closeness counts too: a robbery told in other words than the report's lies beyond a tight cut-off.
    centre = cluster.centroid(vectors[:2])
    tight = 1 - max(float(vectors[index[r]] @ centre) for r in naming) + 0.01
    near = {r for r in naming if 1 - float(vectors[index[r]] @ centre) <= tight}
    assert (
        set(reclustering.supported(found, items, index, vectors, tight, is_event).ids)
        - {item.id for item in report}
        == near
    )
    # A cluster of news items only has no statements to be close to: it stays as it is.
    news = cluster.Candidate("vermogen", found.members[2:], found.centroid)
    assert reclustering.supported(news, items, index, vectors, 1.0, is_event) == news


def _candidate(theme: str, phenomenon: str, sentences: list[str], source: str) -> list[Item]:
    found = [
        TrendStatement(Span(f"{source}-{n}", 0, len(text)), text, phenomenon, Change.DOWN)
        for n, text in enumerate(sentences)
    ]
    return [Item(evidence_id(s), s, s.text, theme) for s in found]


def _clustered(groups: list[list[Item]]) -> tuple[list[Item], np.ndarray, list[cluster.Candidate]]:
    """The items of ``groups``, their TF-IDF vectors and one candidate per group."""
    items = [item for group in groups for item in group]
    vectors = cluster.embed_items(items, TfidfEmbedder())
    index = {item.id: i for i, item in enumerate(items)}
    candidates = [
        cluster.Candidate(
            group[0].theme,
            tuple((item.id, 1.0) for item in group),
            cluster.centroid(vectors[[index[item.id] for item in group]]),
        )
        for group in groups
    ]
    return items, vectors, candidates


def test_candidates_that_name_one_phenomenon_in_other_words_are_merged() -> None:
    """Invented report sentences per wording class: a synonym ("misdrijven", "criminaliteit"), the same
    phenomenon with a measure ("hoeveelheid criminaliteit") merge; phrases sharing a head with other
    modifiers ("emotioneel welzijn", "welzijn van ouderen") and candidates of another theme do not."""
    model = get_embedder("auto")
    require(getattr(model, "per_text", False), "no per-text model (pip install 'trendbeeld[embed]')")
    groups = [
        _candidate(
            "criminaliteit",
            "het aantal misdrijven",
            ["Het aantal misdrijven daalt.", "Minder misdrijven in de regio."],
            "cbs",
        ),
        _candidate(
            "criminaliteit",
            "hoeveelheid criminaliteit",
            ["De hoeveelheid criminaliteit neemt af.", "Criminaliteit daalt."],
            "monitor",
        ),
        _candidate(
            "criminaliteit",
            "criminaliteit",
            ["De criminaliteit daalt al jaren.", "Criminaliteit neemt verder af."],
            "nota",
        ),
        _candidate(
            "zorg",
            "emotioneel welzijn",
            ["Het emotioneel welzijn daalt.", "Emotioneel welzijn neemt af."],
            "ggd",
        ),
        _candidate(
            "zorg",
            "welzijn van ouderen",
            ["Het welzijn van ouderen daalt.", "Welzijn van ouderen neemt af."],
            "rivm",
        ),
        _candidate(
            "jeugd",
            "het aantal misdrijven",
            ["Het aantal misdrijven door jongeren daalt.", "Minder misdrijven door jongeren."],
            "hjr",
        ),
    ]
    items, vectors, candidates = _clustered(groups)

    def is_event(_source_id: str) -> bool:
        return False

    merged = reclustering.merge_synonyms(candidates, items, vectors, 1.0, model, is_event)
    sizes = sorted((c.theme or "", len(c.ids)) for c in merged)
    assert sizes == [("criminaliteit", 6), ("jeugd", 2), ("zorg", 2), ("zorg", 2)]
    # Words of one synonym group (lexicon/synonyms.txt) merge however far apart their evidence lies,
    # and without a model: the words decide, not a cut-off between two clusters' centres.
    far = reclustering.merge_synonyms(candidates, items, vectors, -1.0, model, is_event)
    assert sorted((c.theme or "", len(c.ids)) for c in far) == sizes
    alone = reclustering.merge_synonyms(candidates, items, vectors, 1.0, None, is_event)
    assert sorted(len(c.ids) for c in alone if c.theme == "criminaliteit") == [6]


def test_support_counts_reports_and_news_outlets_apart() -> None:
    """Three news items of one outlet are one news voice; two reports of one publisher are one stated
    voice; the news items are counted as articles, not as the evidence found in them."""
    metas = {
        "nos-1": SourceMeta(type=SourceType.NEWS, publisher="NOS", date=date(2019, 1, 2)),
        "nos-2": SourceMeta(type=SourceType.NEWS, publisher="NOS", date=date(2019, 1, 3)),
        "ad-1": SourceMeta(type=SourceType.NEWS, publisher="AD", date=date(2019, 1, 3)),
        "cbs-1": SourceMeta(publisher="CBS", date=date(2019, 1, 1)),
        "cbs-2": SourceMeta(publisher="CBS", date=date(2019, 2, 1)),
    }
    evidence = [
        TrendStatement(Span(source, 0, 1), "Meer overvallen.", "overvallen", Change.UP)
        for source in ("nos-1", "nos-2", "nos-2", "ad-1", "cbs-1", "cbs-2")
    ]
    backing = signals.support(evidence, metas)
    assert backing == signals.Support(stated=1, news=2, news_items=3)
    assert signals.describe(backing) == "3 bronnen: 1 rapport/peiling, 2 nieuwsmedia (3 berichten)"
    # The strength of a trend carries the same count, and gives it back.
    found = signals.strength(evidence, metas, date(2019, 3, 1))
    assert (found.n_sources, signals.support_of(found)) == (3, backing)


def test_a_publisher_with_news_items_is_one_voice() -> None:
    """A police report and a news item on the police's own site: one voice, counted as the report's."""
    metas = {
        "rapport": SourceMeta(type=SourceType.PUBLICATION, publisher="Politie"),
        "bericht": SourceMeta(type=SourceType.NEWS, publisher="politie "),
        "nos": SourceMeta(type=SourceType.NEWS, publisher="NOS"),
    }
    evidence = [
        TrendStatement(Span(source, 0, 1), "Meer woninginbraken.", "woninginbraken", Change.UP)
        for source in metas
    ]
    backing = signals.support(evidence, metas)
    assert backing == signals.Support(stated=1, news=1, news_items=2)
    assert signals.strength(evidence, metas, None).n_sources == backing.voices == 2
    assert signals.describe(signals.Support(0, 1, 1)) == "1 bron: 1 nieuwsmedium (1 bericht)"


def test_sources_without_a_publisher_are_one_unknown_voice() -> None:
    """A report and its unnamed copy, and a second unnamed report: no publisher, no organisation, no
    author. They are one unknown voice, not three independent ones; with one outlet they make two
    voices, and alone they back no candidate (`events.qualify` needs two)."""
    metas = {
        "analyse": SourceMeta(type=SourceType.PUBLICATION, title="Analyse criminaliteit"),
        "kopie": SourceMeta(type=SourceType.PUBLICATION, title="Analyse criminaliteit", publisher=" "),
        "peiling": SourceMeta(type=SourceType.POLL, title="Burgerpeiling"),
        "nos": SourceMeta(type=SourceType.NEWS, publisher="NOS", date=date(2019, 1, 2)),
    }
    evidence = [
        TrendStatement(Span(source, 0, 1), "Het aantal misdrijven daalde.", "aantal misdrijven", Change.DOWN)
        for source in metas
    ]
    assert signals.support(evidence, metas) == signals.Support(stated=1, news=1, news_items=1)
    reports = [e for e in evidence if e.span.source_id != "nos"]
    assert signals.support(reports, metas).voices == 1
    exposure = events.Exposure(metas)
    assert not events.qualify(reports, metas, exposure).qualifies
    assert events.qualify(evidence, metas, exposure).qualifies
    named = {**metas, "kopie": SourceMeta(type=SourceType.PUBLICATION, organisation="Gemeente Tilburg")}
    assert signals.support(reports, named).voices == 2  # an organisation names the voice


@pytest.mark.parametrize(
    ("direction", "conflicting", "shown"),
    [
        (Change.UP, True, ("mixed", "wisselend")),  # the count's winner is not shown
        (None, True, ("mixed", "wisselend")),  # nor is its absence
        (Change.DOWN, False, ("down", "neemt af")),
        (None, False, None),
    ],
)
def test_a_trend_whose_evidence_conflicts_shows_a_mixed_direction(
    direction: Change | None, conflicting: bool, shown: tuple[str, str] | None
) -> None:
    trend = Trend(id="t", title="Ervaren gezondheid", direction=direction, conflicting=conflicting)
    assert signals.shown_direction(trend) == shown


def _headlines(theme: str, headlines: list[str], outlet: str) -> list[Item]:
    found = [Headline(Span(f"{outlet}-{n}", 0, len(text)), text, text) for n, text in enumerate(headlines)]
    return [Item(evidence_id(h), h, h.text, theme) for h in found]


def test_news_counts_of_one_topic_in_two_themes_are_one_candidate() -> None:
    """Invented headlines: threats filed under two themes make one event count, under the theme that
    holds most of them; news of another topic, and a report's phrase, keep their own candidates."""
    groups = [
        _headlines(
            "onrust",
            ["Burgemeester bedreigd na besluit", "Bedreigingen tegen raadsleden nemen toe",
             "Wethouder krijgt bedreigingen via sociale media"],
            "nos",
        ),
        _headlines(
            "criminaliteit",
            ["Bedreigingen van winkeliers met een mes", "Politie onderzoekt bedreigingen"],
            "ad",
        ),
        _headlines("criminaliteit", ["Oplichting via WhatsApp", "Ouderen opgelicht door nepagenten"], "nu"),
        _candidate("onrust", "bedreigingen van politici",
                   ["Bedreigingen van politici nemen toe.", "Meer bedreigingen van politici."], "nctv"),
    ]
    items, vectors, candidates = _clustered(groups)

    def is_event(source_id: str) -> bool:
        return not source_id.startswith("nctv")

    merged = reclustering.merge_event_topics(candidates, items, vectors, is_event)
    assert sorted((c.theme or "", len(c.ids)) for c in merged) == [
        ("criminaliteit", 2), ("onrust", 2), ("onrust", 5)
    ]
    threats = next(c for c in merged if len(c.ids) == 5)
    by_id = {item.id: item for item in items}
    assert cluster.best_phrase([by_id[e].evidence for e in threats.ids], is_event) == "bedreigingen"


def test_the_strength_of_a_trend_carries_the_sources_that_report_the_opposite() -> None:
    """The CLI and the web list show a trend's count from its strength: the sources that report the
    opposite stay said there too ("…; 2 berichten melden juist een stijging"), as on the site."""
    metas = {
        "cbs-1": SourceMeta(publisher="CBS", date=date(2019, 1, 1)),
        "wodc-1": SourceMeta(publisher="WODC", date=date(2019, 2, 1)),
        "nos-1": SourceMeta(type=SourceType.NEWS, publisher="NOS", date=date(2019, 1, 2)),
        "ad-1": SourceMeta(type=SourceType.NEWS, publisher="AD", date=date(2019, 1, 3)),
    }
    down = [
        TrendStatement(Span(source, 0, 1), "Minder inbraken.", "inbraken", Change.DOWN)
        for source in ("cbs-1", "wodc-1")
    ]
    up = [
        TrendStatement(Span(source, 0, 1), "Meer inbraken.", "inbraken", Change.UP)
        for source in ("nos-1", "ad-1")
    ]
    found = signals.strength(down + up, metas, date(2019, 3, 1), direction=Change.DOWN)
    assert (found.n_opposed_news_items, found.opposed_change) == (2, Change.UP)
    backing = signals.support(down + up, metas, Change.DOWN)
    assert signals.describe(signals.support_of(found)) == signals.describe(backing)
    assert signals.describe(signals.support_of(found)).endswith("2 berichten melden juist een stijging")
