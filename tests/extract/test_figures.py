"""Figures: value, unit, direction, period, region and comparison from Dutch sentences."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Change, Figure, Unit


def _one(text: str) -> Figure:
    [figure] = items_of(Figure, text)
    return figure


def test_change_from_to_gives_both_figures_and_the_direction() -> None:
    text = "Het aantal woninginbraken in Tilburg daalde in 2022 met 12 procent van 1.227 naar 1.080."
    figures = items_of(Figure, text)
    assert [(f.value, f.unit) for f in figures] == [
        (12.0, Unit.PERCENT), (1227.0, Unit.COUNT), (1080.0, Unit.COUNT)
    ]
    assert {f.direction for f in figures} == {Change.DOWN}
    assert {f.region for f in figures} == {"Tilburg"}
    assert {f.period for f in figures} == {"2022"}
    assert figures[1].comparison == "van 1.227 naar 1.080"


def test_written_percentage_with_qualifier_and_more_than() -> None:
    figure = _one("Het aantal aangiften van online fraude lag ruim zestien procent hoger dan in 2021.")
    assert (figure.value, figure.unit, figure.direction) == (16.0, Unit.PERCENT, Change.UP)
    assert figure.text == "ruim zestien procent"


def test_ratio_words_and_national_comparison() -> None:
    text = "Vier op de tien inwoners van Zwolle voelt zich onveilig, ten opzichte van elf procent landelijk."
    first, second = items_of(Figure, text)
    assert (first.value, first.unit, first.region) == (40.0, Unit.PERCENT, "Zwolle")
    assert (second.value, second.region) == (11.0, "Nederland")
    assert first.comparison is not None and first.comparison.startswith("ten opzichte van")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("De schade bedroeg vorig jaar € 2,4 miljoen.", 2_400_000.0, Unit.EURO),
        ("Online oplichting komt in Rotterdam 2,5 keer zo vaak voor.", 2.5, Unit.FACTOR),
        ("Er werden 7,1 woninginbraken per 1.000 woningen geregistreerd.", 7.1, Unit.PER_1000),
        ("De gemiddelde leeftijd van verdachten is 23 jaar.", 23.0, Unit.YEARS),
        ("Inwoners geven hun buurt gemiddeld een 7,2 als rapportcijfer.", 7.2, Unit.GRADE),
        ("Tweeënveertig gemeenten melden ondermijning.", 42.0, Unit.COUNT),
        ("In totaal kwamen 1.454 meldingen binnen.", 1454.0, Unit.COUNT),
        ("Een derde van de jongeren heeft schulden.", 33.3, Unit.PERCENT),
    ],
)
def test_units(text: str, value: float, unit: Unit) -> None:
    figure = _one(text)
    assert figure.value == pytest.approx(value, abs=0.05)
    assert figure.unit is unit


def test_range_keeps_both_bounds_and_a_stable_trend() -> None:
    figure = _one("Van de Nederlanders is 8-15% slachtoffer, deze trend is relatief stabiel.")
    assert (figure.value, figure.value_high, figure.direction) == (8.0, 15.0, Change.STABLE)
    assert figure.region == "Nederland"


def test_two_periods_are_compared() -> None:
    first, second = items_of(Figure, "Het rapportcijfer is 6,4 in juni 2020, in juni 2019 was dit een 5,1.")
    assert (first.period, second.period) == ("juni 2020", "juni 2019")
    assert first.direction is second.direction is Change.UP
    assert first.unit is Unit.GRADE


@pytest.mark.parametrize(
    "text",
    [
        "In 2020 verscheen het rapport voor de derde keer.",
        "Zie pagina 36 en hoofdstuk 3 voor de bronnen.",
        "Op 1 januari 2021 trad de wet in werking.",
        "Dit blijkt uit onderzoek.1 De gevolgen zijn groot.",
        "Het gaat om inwoners van 18 tot en met 39 jaar.",
        "Het aantal misdrijven per 1000 inwoners daalde.",
        "De twee partijen spraken af.",
        "Nieuwe 5G-netwerken werden in brand gestoken.",
    ],
)
def test_no_figures_in_years_dates_references_and_ordinary_words(text: str) -> None:
    assert items_of(Figure, text) == []


def test_figure_span_in_hard_wrapped_text() -> None:
    text = "54%\nvan de Neder\nlanders voelt zich veilig"
    figure = _one(text)
    assert (figure.text, figure.region) == ("54%", "Nederland")
    assert figure.indicator is not None and "Nederlanders" in figure.indicator


def test_qualifier_broken_across_lines_belongs_to_the_figure() -> None:
    figure = _one("In Almelo doet iets meer \ndan de helft van de inwoners vrijwilligerswerk.")
    assert (figure.text, figure.value, figure.unit) == ("iets meer \ndan de helft", 50.0, Unit.PERCENT)


@pytest.mark.parametrize(
    "text",
    [
        "De Kamer ontving een derde nota van wijziging op het wetsvoorstel.",
        "Het kabinet stuurt een vijfde begrotingswijziging.",
        "3 Veiligheidsbeeld van de regio, Politie Oost-Brabant (2021)",
        "Agendapunt 12 \nGewenste sprekers voor het rondetafelgesprek",
    ],
)
def test_ordinals_and_footnote_numbers_are_not_figures(text: str) -> None:
    assert items_of(Figure, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Een derde heeft weleens te maken gehad met oplichting.", 33.3),
        ("Ruim een derde Nederlanders vindt de buurt onveilig.", 33.3),
    ],
)
def test_fractions_before_a_verb_or_a_plural_stay_figures(text: str, value: float) -> None:
    assert _one(text).value == pytest.approx(value, abs=0.05)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Fietsdiefstal kwam in 2023 zelfs 14,5% vaker voor dan in 2019.", Change.UP),
        ("Jongeren worden 20% minder vaak aangehouden dan vijf jaar terug.", Change.DOWN),
        ("Een inbraak is in Zeeland 8% goedkoper te verhelpen dan in Utrecht.", Change.DOWN),
    ],
)
def test_comparative_after_a_figure_gives_its_direction(text: str, direction: Change) -> None:
    assert _one(text).direction is direction


def test_change_between_two_written_shares_with_their_years() -> None:
    text = "Het aandeel steeg van bijna een derde in 2016 naar ruim de helft in 2022."
    first, second = items_of(Figure, text)
    assert (first.value, second.value) == (pytest.approx(33.3, abs=0.05), 50.0)
    assert first.direction is second.direction is Change.UP
    assert (first.period, second.period) == ("2016", "2022")
    assert first.comparison == "van 33,3 naar 50"


def test_bare_number_after_a_name_takes_the_unit_of_its_paragraph() -> None:
    text = (
        "Het aantal misdrijven per 1000 inwoners daalde in Venlo van 90,5 misdrijven per 1000 inwoners "
        "naar 61,2 in tien jaar tijd, zo blijkt uit de cijfers van het Centraal Bureau voor de Statistiek "
        "die elk jaar in het voorjaar worden gepubliceerd en die door gemeenten, politie en andere partners "
        "worden gebruikt om de ontwikkeling van de veiligheid in hun eigen gebied te volgen en met andere "
        "gemeenten te vergelijken. Ook in het jaar 2022 springen twee steden eruit: "
        "Groningen (77.4) en Eindhoven (70.9)."
    )
    figures = items_of(Figure, text)
    assert [(f.value, f.unit) for f in figures][-2:] == [(77.4, Unit.PER_1000), (70.9, Unit.PER_1000)]


@pytest.mark.parametrize(
    "text",
    [
        "Bron: https://opendata.cbs.nl/statline/table?ts=\n1780489389758\nhttps://data.politie.nl",
        "De kolom heet `000 euro` in de tabel.",
    ],
)
def test_numbers_in_urls_and_with_leading_zeros_are_not_figures(text: str) -> None:
    assert items_of(Figure, text) == []


def test_change_from_to_with_a_year_after_each_amount() -> None:
    text = ("In Zuid-Holland daalde het aantal vermogensmisdrijven van 162.500 in 2010\n"
            "naar 111.770 in 2020 (CBS).")
    first, second = items_of(Figure, text)
    assert [(f.value, f.unit, f.period) for f in (first, second)] == [
        (162500.0, Unit.COUNT, "2010"), (111770.0, Unit.COUNT, "2020")
    ]
    assert {f.direction for f in (first, second)} == {Change.DOWN}
    assert first.comparison == "van 162.500 naar 111.770"


def test_bare_numbers_after_per_thousand_inhabitants_are_rates() -> None:
    text = "Per 1.000 inwoners is dat een daling van 46,3 naar 30,0 (CBS, StatLine)."
    figures = items_of(Figure, text)
    assert [(f.value, f.unit, f.direction) for f in figures] == [
        (46.3, Unit.PER_1000, Change.DOWN), (30.0, Unit.PER_1000, Change.DOWN)
    ]


def test_amount_reached_after_a_change_is_a_figure() -> None:
    text = "Het aantal meldingen van jeugdoverlast steeg in 2023 met 14 procent tot 3.412."
    figures = items_of(Figure, text)
    assert [(f.value, f.unit, f.direction) for f in figures] == [
        (14.0, Unit.PERCENT, Change.UP), (3412.0, Unit.COUNT, Change.UP)
    ]


def test_amount_against_an_earlier_one_gives_the_direction() -> None:
    text = "In 2023 werden 1.250 woninginbraken geregistreerd, tegen 1.480 een jaar eerder."
    now, before = items_of(Figure, text)
    assert (now.value, before.value) == (1250.0, 1480.0)
    assert now.direction is Change.DOWN and before.direction is Change.DOWN
    assert now.comparison == "tegen 1.480 een jaar eerder"
