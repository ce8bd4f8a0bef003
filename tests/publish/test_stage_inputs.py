"""What publish does with the outputs of the later stages (themes, trends, route map, indicators).

The stages are handed to ``gather`` as contract-shaped stand-ins built from real data (the demo
statistics, the demo corpus): the point is publish's own rules — access filtering of trends,
series and route-map reading, region tailoring of key figures, trend boxes — not the stages'.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from tests.publish._helpers import DEMO, pdf_text, save_text
from trendbeeld.model import (
    AccessLevel,
    Change,
    Direction,
    EditionSpec,
    LinkType,
    Observation,
    RouteMap,
    Series,
    SeriesVerdict,
    SourceMeta,
    SourceType,
    Taxonomy,
    Theme,
    Trend,
    TrendLink,
    TrendStatus,
    evidence_id,
)
from trendbeeld.publish import gather
from trendbeeld.publish.edition import edition_hash
from trendbeeld.publish.pdf import render_pdf
from trendbeeld.publish.site import render_site
from trendbeeld.store import Store
from trendbeeld.store import evidence as evidence_store

TAXONOMY = Taxonomy(
    "test",
    "Testtaxonomie",
    (
        Theme(
            "criminaliteit",
            "Criminaliteit",
            "Misdrijven en aangiften.",
            ("misdrijven", "woninginbraak", "straatroof"),
        ),
        Theme("jeugd", "Jeugd", "Jongeren en veiligheid.", ("jongeren", "wapens")),
        Theme("woninginbraak", "Woninginbraak", parent="criminaliteit"),
    ),
)
PUBLIC = (
    "Het aantal woninginbraken neemt af in de hele regio, blijkt uit de registraties van de politie.\n\n"
    "Het wapenbezit onder jongeren neemt toe, vooral het dragen van messen op straat.\n"
)
INTERN = "Het aantal jongeren dat als uithaler wordt geronseld neemt toe volgens het interne overzicht.\n"


@dataclass
class _Stages:
    store: Store
    public_id: str
    intern_id: str

    def modules(self) -> dict[str, Any]:
        return {
            "themes": self._themes(),
            "trends": self._trends(),
            "routemap": self._routemap(),
            "indicators": self._indicators(),
        }

    def _themes(self) -> SimpleNamespace:
        def assign(
            store: Store, taxonomy: Taxonomy, *, access: AccessLevel
        ) -> dict[str, list[tuple[str, float]]]:
            found = {}
            for item in evidence_store.list_evidence(store, access=access):
                key = "woninginbraak" if "woninginbra" in item.text else "jeugd"
                found[evidence_id(item)] = [(key, 0.9)]
            return found

        return SimpleNamespace(load_taxonomy=lambda name: TAXONOMY, assign=assign)

    def _ids(self, source_id: str) -> tuple[str, ...]:
        items = evidence_store.list_evidence(
            self.store, access=AccessLevel.CONFIDENTIAL, source_ids=[source_id]
        )
        return tuple(evidence_id(e) for e in items)

    def _trends(self) -> SimpleNamespace:
        public = self._ids(self.public_id)
        trends = [
            Trend(
                "t-inbraak",
                "Minder woninginbraken",
                theme="woninginbraak",
                direction=Change.DOWN,
                status=TrendStatus.ACCEPTED,
                evidence_ids=public[:1],
                international="Ook in Europa dalend.",
                meaning="Minder inzet op preventie nodig.",
            ),
            Trend(
                "t-wapens",
                "Meer wapens bij jongeren",
                theme="jeugd",
                direction=Change.UP,
                status=TrendStatus.ACCEPTED,
                evidence_ids=public[1:],
            ),
            Trend(
                "t-intern",
                "Uithalers steeds jonger",
                theme="jeugd",
                direction=Change.UP,
                status=TrendStatus.ACCEPTED,
                evidence_ids=self._ids(self.intern_id),
            ),
            Trend(
                "t-kandidaat",
                "Kandidaat die niet meedoet",
                theme="jeugd",
                status=TrendStatus.CANDIDATE,
                evidence_ids=public,
            ),
        ]
        boxes = [
            SimpleNamespace(
                theme="jeugd",
                international="Internationaal meer messengeweld.",
                national="",
                meaning="Betekent meer samenwerking met scholen.",
                warnings=("Beeld steunt op weinig bronnen.",),
            )
        ]
        return SimpleNamespace(
            list_trends=lambda store, *, access, theme=None, status=None: trends,
            boxes=lambda store, taxonomy, *, access: boxes,
        )

    def _routemap(self) -> SimpleNamespace:
        links = (
            TrendLink(
                "l1",
                "t-wapens",
                "t-inbraak",
                LinkType.REINFORCES,
                "Wapens maken inbraken grimmiger.",
                reading=(self.public_id, self.intern_id, "Onbekend intern memo"),
            ),
            TrendLink("l2", "t-intern", "t-wapens", LinkType.LEADS_TO, "Intern verband."),
            TrendLink("l3", "jeugd", "criminaliteit", LinkType.RELATED, "Thema's hangen samen."),
        )
        routemap = RouteMap(("t-wapens", "t-inbraak", "t-intern", "jeugd", "criminaliteit"), links)
        return SimpleNamespace(load=lambda store, *, confirmed_only=True: routemap)

    def _indicators(self) -> SimpleNamespace:
        rows: dict[tuple[str, str], list[Observation]] = defaultdict(list)
        with (DEMO / "statistiek" / "misdrijven.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                rows[(row["indicator"], row["region"])].append(
                    Observation(row["period"], float(row["value"]))
                )
        series = [
            Series(i, r, tuple(obs), unit="aantal", source="Politie, open data")
            for (i, r), obs in rows.items()
        ]
        series.append(
            Series(
                "Uithalers aangehouden",
                "GM0599",
                (Observation("2023", 40), Observation("2024", 65)),
                source="intern/werknotitie-uithalers.md",
            )
        )

        def assess(s: Series) -> SeriesVerdict:
            first, last = s.observations[0].value, s.observations[-1].value
            direction = Direction.RISING if last > first else Direction.FALLING
            return SeriesVerdict(s.indicator, s.region, None, None, len(s.observations), direction)

        return SimpleNamespace(
            list_series=lambda store, *, indicator=None, region=None: series, assess=assess
        )


@pytest.fixture
def stages(store: Store) -> _Stages:
    public = save_text(
        store, "openbaar.txt", PUBLIC, SourceMeta(type=SourceType.PUBLICATION, title="Monitor")
    )
    intern = save_text(
        store,
        "intern/werknotitie-uithalers.md",
        INTERN,
        SourceMeta(type=SourceType.SIGNAL, title="Werknotitie uithalers", access=AccessLevel.INTERNAL),
    )
    return _Stages(store, public.id, intern.id)


def test_public_edition_drops_trends_links_and_series_built_on_internal_sources(stages: _Stages) -> None:
    view = gather(stages.store, EditionSpec("open", region="Rotterdam"), stages=stages.modules())
    trends = {t.id: t for theme in view.themes for t in theme.trends}
    assert set(trends) == {"t-inbraak", "t-wapens"}
    assert [t.theme for t in trends.values()] == ["criminaliteit", "jeugd"]
    assert [(link.source_label, link.target_label) for link in view.routemap.links] == [
        ("Meer wapens bij jongeren", "Minder woninginbraken"),
        ("Jeugd", "Criminaliteit"),
    ]
    assert view.routemap.links[0].reading == (("Monitor", f"bronnen/{stages.public_id}.html"),)
    assert "Uithalers" not in repr(view) and "uithaler" not in repr(view)
    internal = gather(
        stages.store,
        EditionSpec("intern", access=AccessLevel.INTERNAL, region="Rotterdam"),
        stages=stages.modules(),
    )
    assert "t-intern" in {t.id for theme in internal.themes for t in theme.trends}
    assert "Uithalers aangehouden" in {f.label for f in internal.indicator_figures}


def test_key_figures_are_recomputed_for_the_region(stages: _Stages) -> None:
    national = gather(stages.store, EditionSpec("nl"), stages=stages.modules())
    rotterdam = gather(stages.store, EditionSpec("rdam", region="Rotterdam"), stages=stages.modules())
    by_label = {f.label: f for f in rotterdam.indicator_figures}
    total = by_label["Geregistreerde misdrijven en aangiften, totaal"]
    assert total.region == "Rotterdam"
    assert total.chart is not None
    assert [r[0] for r in total.chart.rows] == ["2022", "2023", "2024"]
    assert "Nederland, 2024" in total.context
    assert by_label["Straatroof"].region == "Nederland", "only a national series exists: the national figure"
    national_total = {f.label: f for f in national.indicator_figures}[
        "Geregistreerde misdrijven en aangiften, totaal"
    ]
    assert national_total.region == "Nederland"
    assert national_total.value != total.value
    assert total.theme == "criminaliteit"


def test_trend_box_combines_the_stored_box_and_the_trends(stages: _Stages) -> None:
    view = gather(stages.store, EditionSpec("open", audience="Gemeente Rotterdam"), stages=stages.modules())
    themes = {t.key: t for t in view.themes}
    assert themes["jeugd"].box.international == "Internationaal meer messengeweld."
    assert themes["jeugd"].box.warnings == ("Beeld steunt op weinig bronnen.",)
    assert themes["criminaliteit"].box.international == "Ook in Europa dalend."
    assert themes["criminaliteit"].box.meaning == "Minder inzet op preventie nodig."


def test_site_and_brochure_show_the_region_figures_with_charts(stages: _Stages, tmp_path: Path) -> None:
    view = gather(stages.store, EditionSpec("rdam", region="Rotterdam"), stages=stages.modules())
    digest = edition_hash(view, None)
    site = tmp_path / "site"
    render_site(view, site, edition_hash=digest)
    page = (site / "kerncijfers.html").read_text(encoding="utf-8")
    assert page.count('<img class="tb-chart__img"') == len(view.indicator_figures)
    assert page.count("<table") == len(view.indicator_figures)
    for figure in view.indicator_figures:
        assert figure.chart is not None
        assert (site / figure.chart.file).read_text(encoding="utf-8").startswith("<svg")
    pdf = render_pdf(view, site, tmp_path / "rdam.pdf", edition_hash=digest)
    text = " ".join(pdf_text(pdf).split())
    assert [f.value for f in view.all_key_figures() if f.value not in text] == []
