"""What publish does with the outputs of the later stages, run for real on the demo corpus.

The demo corpus (with its internal working note) goes through the real pipeline: indicators,
themes, candidate trends and route-map suggestions. An analyst then curates as in the CLI
(accept, set the trend-box texts, add a link whose reading names the internal note) and imports
an internal statistics file. The point is publish's own rules: access filtering of trends, series
and route-map reading, region tailoring of key figures, and the trend box.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.publish._helpers import ingest_demo, pdf_text, save_text
from trendbeeld import indicators, routemap, themes, trends
from trendbeeld.indicators.regions import inhabitants
from trendbeeld.labels import number
from trendbeeld.model import (
    AccessLevel,
    EditionSpec,
    LinkType,
    SourceMeta,
    SourceType,
    TrendStatus,
    evidence_id,
)
from trendbeeld.publish import DEMO_INTRO, gather
from trendbeeld.publish._view import EditionContent
from trendbeeld.publish.edition import edition_hash
from trendbeeld.publish.pdf import render_pdf
from trendbeeld.publish.site import render_site
from trendbeeld.store import Store, open_store
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import sources as source_store

TAXONOMY = "regionaal"
INTERNAL_SERIES = "Uithalers aangehouden (intern overzicht)"
INTERNAL_WORD = "casusoverleg"  # occurs only in the internal working note of the demo corpus
BOX_INTERNATIONAL = "Ook in andere Europese landen dragen meer jongeren een mes."
BOX_MEANING = "Meer samenwerking met scholen en jongerenwerk."
RECRUITMENT = (
    "Het aantal jongeren dat als uithaler wordt geronseld neemt toe, zien wijkagenten in de havenwijken.\n\n"
    "Volgens de politie worden steeds meer jongeren via sociale media benaderd om uithaler te worden.\n"
)


@dataclass
class Curated:
    store: Store
    internal_source: str
    internal_trends: set[str]
    public_trends: set[str]


def _spec(name: str, access: AccessLevel = AccessLevel.PUBLIC, **options: str) -> EditionSpec:
    return EditionSpec(name, access=access, taxonomy=TAXONOMY, intro=str(DEMO_INTRO), **options)  # type: ignore[arg-type]


def _internal_source(store: Store) -> str:
    found = [
        s.id
        for s in source_store.list_sources(store, access=AccessLevel.CONFIDENTIAL)
        if s.meta.access is AccessLevel.INTERNAL
    ]
    assert len(found) == 1, "the demo corpus has one internal working note"
    return found[0]


def _accept_all(store: Store, internal: str) -> tuple[set[str], set[str]]:
    """Accept every candidate; sort them by whether their evidence includes the internal note."""
    internal_ids = {
        evidence_id(e)
        for e in evidence_store.list_evidence(store, access=AccessLevel.CONFIDENTIAL, source_ids=[internal])
    }
    with_internal: set[str] = set()
    public_only: set[str] = set()
    for trend in trends.list_trends(store, access=AccessLevel.CONFIDENTIAL):
        trends.accept(store, trend.id, actor="analist")
        (with_internal if internal_ids & set(trend.evidence_ids) else public_only).add(trend.id)
    return with_internal, public_only


@pytest.fixture(scope="module")
def curated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Curated]:
    folder = tmp_path_factory.mktemp("stage-inputs")
    store = open_store(str(folder / "trendbeeld.db"))
    ingest_demo(store, taxonomy_name=TAXONOMY)
    internal = _internal_source(store)
    table = folder / "uithalers.csv"
    table.write_text(
        "indicator,region,period,value\n"
        + "".join(f"{INTERNAL_SERIES},GM0599,{year},{value}\n" for year, value in ((2023, 40), (2024, 65))),
        encoding="utf-8",
    )
    indicators.import_file(store, table, access="intern")
    # A second, public voice on what the internal note signals, so the two make a candidate trend
    # (a candidate needs two independent sources); the stages run again as an analyst would.
    save_text(
        store,
        "politie-haven.txt",
        RECRUITMENT,
        SourceMeta(
            type=SourceType.PUBLICATION,
            title="Politie: ronselen van uithalers in de haven (demo)",
            publisher="Politie, eenheid Rotterdam (fictief)",
        ),
    )
    taxonomy = themes.load_taxonomy(TAXONOMY)
    themes.assign(store, taxonomy, access=AccessLevel.CONFIDENTIAL)
    trends.recluster(store, taxonomy, access=AccessLevel.CONFIDENTIAL)
    with_internal, public_only = _accept_all(store, internal)
    trends.set_box_text(store, "jeugd", trends.Layer.INTERNATIONAL, BOX_INTERNATIONAL, actor="analist")
    trends.set_box_text(store, "jeugd", trends.Layer.MEANING, BOX_MEANING, actor="analist")
    routemap.add(
        store,
        "jeugd",
        "criminaliteit",
        LinkType.REINFORCES,
        actor="analist",
        rationale="Jongeren met wapens maken straatcriminaliteit grimmiger.",
        reading=(internal, "Notitie: jongeren, messen en geweld (demo)"),
    )
    yield Curated(store, internal, with_internal, public_only)
    store.close()


def _trend_ids(view: EditionContent) -> set[str]:
    return {t.id for theme in view.themes for t in theme.trends}


def test_the_demo_has_trends_on_both_sides_of_the_access_line(curated: Curated) -> None:
    assert curated.internal_trends, "the internal note clusters into at least one trend"
    assert curated.public_trends


def test_public_edition_drops_what_rests_on_internal_sources(curated: Curated) -> None:
    view = gather(curated.store, _spec("open", region="Rotterdam"))
    shown = _trend_ids(view)
    assert curated.public_trends & shown
    links = [link for theme in view.themes for t in theme.trends for link in t.links]
    assert links and all(link.source_id != curated.internal_source for link in links)
    assert INTERNAL_SERIES not in {f.label for f in view.indicator_figures}
    [link] = [link for link in view.routemap.links if link.source_label == "Jeugd"]
    assert link.reading == (("Notitie: jongeren, messen en geweld (demo)", link.reading[0][1]),), (
        "the internal note is not suggested reading in a public edition"
    )
    assert INTERNAL_WORD not in repr(view).casefold()


def test_internal_edition_shows_the_internal_trend_series_and_reading(curated: Curated) -> None:
    view = gather(curated.store, _spec("intern", AccessLevel.INTERNAL, region="Rotterdam"))
    assert curated.internal_trends & _trend_ids(view)
    assert INTERNAL_SERIES in {f.label for f in view.indicator_figures}
    [link] = [link for link in view.routemap.links if link.source_label == "Jeugd"]
    assert f"bronnen/{curated.internal_source}.html" in {href for _, href in link.reading}


def test_key_figures_are_recomputed_for_the_region(curated: Curated) -> None:
    national = gather(curated.store, _spec("nl"))
    rotterdam = gather(curated.store, _spec("rdam", region="Rotterdam"))
    by_label = {f.label: f for f in rotterdam.indicator_figures}
    total = by_label["Geregistreerde misdrijven en aangiften, totaal"]
    assert total.region == "Rotterdam"
    assert total.chart is not None
    assert [r[0] for r in total.chart.rows] == ["2022", "2023", "2024"]
    # An absolute count is compared per 1,000 inhabitants, never as a count.
    population = inhabitants()["GM0599"]
    last = float(total.chart.rows[-1][1].replace(".", "").replace(",", "."))
    rate = number(last / population * 1000, decimals=1)
    assert f"Per 1.000 inwoners (inwonertal 2022): {rate} in 2024" in total.context
    assert "Aantallen zelf zijn niet te vergelijken met Nederland." in total.context
    crime = [f for f in rotterdam.indicator_figures if f.theme == "criminaliteit"]
    assert len(crime) <= 6, "a handful of key figures per theme"
    regions = [f.region for f in crime]
    order = {"Rotterdam": 0, "Nederland": 2}
    assert regions == sorted(regions, key=lambda r: order.get(r or "", 1)), "Rotterdam first, Nederland last"
    national_total = {f.label: f for f in national.indicator_figures}[
        "Geregistreerde misdrijven en aangiften, totaal"
    ]
    assert national_total.region == "Nederland"
    assert national_total.value != total.value
    assert total.theme == "criminaliteit"


def test_trend_box_shows_the_analysts_text_and_the_evidence(curated: Curated) -> None:
    view = gather(curated.store, _spec("open", audience="Gemeente Rotterdam"))
    by_key = {t.key: t for t in view.themes}
    youth = by_key["jeugd"].box
    assert youth.international == BOX_INTERNATIONAL
    assert youth.meaning == BOX_MEANING
    crime_national = by_key["criminaliteit"].box.national
    assert crime_national, "the national layer is filled from the theme's accepted trends"
    crime = by_key["criminaliteit"].box
    assert crime.meaning.startswith("De daling van woninginbraak"), "the demo analyst's text (analist.yaml)"


def test_accepted_trends_replace_the_candidates(curated: Curated) -> None:
    stored = trends.list_trends(curated.store, access=AccessLevel.PUBLIC)
    assert stored and all(t.status is TrendStatus.ACCEPTED for t in stored)
    view = gather(curated.store, _spec("open"))
    for theme in view.themes:
        kinds = {t.curated for t in theme.trends}
        assert len(kinds) <= 1, f"{theme.name}: accepted trends are not mixed with uncurated developments"
        if kinds == {True}:
            assert {t.id for t in theme.trends} <= curated.public_trends | curated.internal_trends
    assert any(t.curated for theme in view.themes for t in theme.trends)


def test_site_and_brochure_show_the_region_figures_with_charts(curated: Curated, tmp_path: Path) -> None:
    view = gather(curated.store, _spec("rdam", region="Rotterdam"))
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


def test_taxonomy_of_the_edition_is_loaded_by_name(curated: Curated) -> None:
    view = gather(curated.store, _spec("open"))
    assert view.taxonomy == themes.load_taxonomy(TAXONOMY).title
