"""Periods and places carried from a section heading, a document title and parts of a year."""

from __future__ import annotations

from datetime import date

from tests.extract._helpers import items_of
from trendbeeld.model import Figure, SourceMeta


def _figures(text: str, meta: SourceMeta | None = None) -> list[tuple[float, str | None, str | None]]:
    return [(f.value, f.period, f.region) for f in items_of(Figure, text, meta)]


def test_a_heading_with_a_year_gives_the_period_of_the_paragraphs_under_it() -> None:
    text = (
        "Criminaliteit in 2020\n\n"
        "De politie registreerde 4.500 geweldsmisdrijven. Er werden 300 fietsen gestolen.\n\n"
        "Daarnaast waren er 12 overvallen op winkels.\n\n"
        "Jeugd\n\n"
        "Er waren 40 meldingen van jeugdoverlast.\n"
    )
    assert _figures(text) == [(4500.0, "2020", None), (300.0, "2020", None), (12.0, "2020", None),
                              (40.0, None, None)]  # "Jeugd" opens a section without a year


def test_a_year_in_the_sentence_wins_over_the_heading() -> None:
    text = "Woninginbraken in 2021\n\nIn 2019 telde de gemeente nog 800 woninginbraken.\n"
    assert _figures(text) == [(800.0, "2019", None)]


def test_a_heading_that_names_a_place_gives_the_region_of_its_section() -> None:
    text = (
        "Jaarbeeld overlast\n\n"
        "Overlast in Utrecht\n\n"
        "De politie kreeg 2.300 meldingen van overlast door jongeren.\n\n"
        "Zwolle\n\n"
        "Er kwamen 410 meldingen binnen.\n"
    )
    assert _figures(text) == [(2300.0, None, "Utrecht"), (410.0, None, "Zwolle")]


def test_the_place_in_a_title_is_not_the_region_of_every_figure_under_it() -> None:
    # a news title names what is news ("Venlo hotspot"), not where each figure was counted
    text = (
        "Venlo hotspot voor ladingdiefstal\n\n"
        "In 2018 werden in ons land 437 incidenten gemeld.\n\n"
        "Daarvan vonden er 61 plaats bij parkeerplaatsen langs de snelweg.\n"
    )
    assert _figures(text) == [(437.0, "2018", "Nederland"), (61.0, None, None)]


def test_a_heading_with_a_year_also_scopes_a_text_with_a_blank_line_after_every_line() -> None:
    lines = ["Jaarbeeld", "Criminaliteit in 2020"] + [
        f"In wijk {n} telde de politie {n}0 inbraken in woningen en bedrijven." for n in range(1, 13)
    ]
    text = "\n\n".join(lines) + "\n"
    assert {period for _, period, _ in _figures(text)} == {"2020"}


def test_without_a_place_in_the_text_the_region_is_the_source_region() -> None:
    text = "Veiligheidsbeeld 2021\n\nIn 2020 werden 612 woninginbraken gepleegd.\n"
    assert _figures(text, SourceMeta(region="Noord-Brabant")) == [(612.0, "2020", "Noord-Brabant")]


def test_a_street_is_no_region() -> None:
    assert _figures("Op de Kalverstraat werden 20 zakkenrollers aangehouden.") == [(20.0, None, None)]


def test_a_part_of_the_year_without_its_year_is_in_the_current_year() -> None:
    meta = SourceMeta(date=date(2021, 9, 1))
    assert _figures("In het eerste halfjaar werden 340 aangiftes van oplichting gedaan.", meta) == [
        (340.0, "2021", None)
    ]
    assert _figures("In het tweede kwartaal kwamen 95 meldingen van fraude binnen.", meta) == [
        (95.0, "2021", None)
    ]


def test_a_part_of_the_year_takes_the_year_named_before_it() -> None:
    meta = SourceMeta(date=date(2021, 9, 1))
    text = "De groei zwakte af in 2019, met name in het derde kwartaal, toen 120 bedrijven stopten."
    assert _figures(text, meta) == [(120.0, "2019", None)]


def test_the_second_half_of_a_match_is_no_period() -> None:
    meta = SourceMeta(date=date(2021, 9, 1))
    text = "In de tweede helft van de wedstrijd werden 14 supporters aangehouden."
    assert _figures(text, meta) == [(14.0, None, None)]


def test_landelijk_is_nederland_and_om_before_a_count_is_no_clock_time() -> None:
    assert _figures("Landelijk ging het om 45.000 meldingen.") == [(45000.0, None, "Nederland")]
    assert _figures("De demonstratie begon om 8 uur en om 22.30 werd het plein ontruimd.") == []


def test_in_de_stad_is_the_town_the_article_is_about() -> None:
    text = (
        "Burgemeester wil meer cameratoezicht\n\n"
        "De Utrechtse burgemeester wil meer camera's op straat. Eerder deed Zwolle dat al. "
        "Utrecht kijkt daarbij naar ervaringen elders.\n\n"
        "De gemeenteraad sprak over het geweld in de stad. Er waren 23 steekpartijen.\n"
    )
    assert _figures(text) == [(23.0, None, "Utrecht")]


def test_in_de_hoofdstad_is_amsterdam() -> None:
    text = "In de hoofdstad werden vorige maand 41 scooters gestolen."
    assert _figures(text) == [(41.0, None, "Amsterdam")]


def test_in_de_stad_does_not_reach_into_the_article_before() -> None:
    text = (
        "Inbraken in Tilburg\n\nIn Tilburg werd vaak ingebroken.\n\n\n"
        "Meer geweld\n\nIn de stad waren 17 steekpartijen.\n"
    )
    assert _figures(text) == [(17.0, None, None)]


def test_the_date_of_a_letter_is_the_current_year_of_its_text() -> None:
    # without the date the year after the one named most often (2020) would be taken
    text = (
        "Den Haag, 12 maart 2019\n\n"
        "Geachte voorzitter,\n\n"
        "Vorig jaar registreerde de politie 1.300 meldingen van online oplichting. "
        "In 2019 verwacht ik een verdere stijging.\n"
    )
    assert _figures(text) == [(1300.0, "2018", None)]
