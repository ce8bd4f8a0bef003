"""A document of a municipality, province or police unit about its own area gives that area to every
figure that names no place (issue 10, ``_region_national.of_own_area``): its title names such a
publication and the area ("Integrale Veiligheidsanalyse Maastricht 2014—2017"), or its publisher is
the area's government ("Gemeente Maastricht"). National reports about municipalities in general, news
headlines and figures that name another place keep their own reading."""

from __future__ import annotations

from tests.extract._helpers import figures_of
from trendbeeld.extract import _document
from trendbeeld.extract._region_national import of_own_area
from trendbeeld.model import Source, SourceMeta

_BODY = (
    "Veiligheidsbeleving\n\n"
    "In 2017 gaven de inwoners een 6,7 als rapportcijfer voor de veiligheid in hun buurt. "
    "Het aantal woninginbraken daalde van 812 in 2014 naar 534 in 2017.\n"
)


def _regions(text: str, meta: SourceMeta | None = None) -> list[str | None]:
    return [f.region for f in figures_of(text, meta)]


def test_the_area_a_municipal_analysis_names_in_its_title_is_its_figures_region() -> None:
    for title, area in (
        ("Integrale Veiligheidsanalyse Tilburg 2014—2017", "Tilburg"),
        ("Veiligheidsbeeld gemeente Zwolle 2019", "Zwolle"),
        ("Jaarverslag van de gemeente Eindhoven", "Eindhoven"),
        ("Gemeente Breda - Wijkscan 2018", "Breda"),
        ("Bergen op Zoom Integraal Veiligheidsplan 2019-2022", "Bergen op Zoom"),
        ("Criminaliteitsbeeldanalyse Eenheid Limburg 2019", "Limburg"),
    ):
        regions = _regions(f"{title}\n\n{_BODY}")
        assert regions and set(regions) == {area}, title


def test_the_publisher_of_the_area_gives_its_place() -> None:
    meta = SourceMeta(publisher="Gemeente Maastricht", title="Veiligheid in de buurt")
    regions = _regions(_BODY, meta)
    assert regions and set(regions) == {"Maastricht"}


def test_a_figure_that_names_another_place_keeps_it() -> None:
    text = ("Integrale Veiligheidsanalyse Tilburg 2014—2017\n\n"
            "Het landelijk gemiddelde lag in 2017 op 7,1.\n")
    assert _regions(text) == ["Nederland"]


def test_national_reports_and_headlines_are_no_document_of_an_area() -> None:
    for title in ("Burgerpeiling Waar staat je gemeente 2023", "Jaarverslag politie 2017"):
        assert set(_regions(f"{title}\n\n{_BODY}")) == {None}, title
    for title in (
        "Wijkscan Tilburg: overlast neemt toe",  # a headline that says something of the town
        "Nieuw plan voor Amsterdam",
        "Veiligheidsanalyse Nederland 2019",  # the country, no area of its own
    ):
        assert of_own_area(_document.analyse(Source.create("nieuws.txt", f"{title}\n\n{_BODY}"))) is None
