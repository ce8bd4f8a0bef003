"""Periods of statistics publications (own sentences in the style of a statistics office): the
reference day of a stock ("Op 31 december 2021 waren er …") dates the figures after it, a
publication's title names the period of the tables of its numbered chapters, and a part of a year
after a comparison word is the base ("dan in het eerste halfjaar van 2022")."""

from __future__ import annotations

from tests.extract._helpers import figures_of


def _periods(text: str) -> dict[float, str | None]:
    return {f.value: f.period for f in figures_of(text)}


def test_the_reference_day_of_a_stock_dates_the_figures_after_it() -> None:
    text = (
        "Kinderopvang in cijfers\n\n"
        "Op 31 december 2021 stonden er 41 duizend kinderen op een wachtlijst. In driekwart van de "
        "gevallen ging het om een baby. Ook per 1 januari 2024 wachtten er veel: bijna de helft van de "
        "gemeenten had een lijst.\n"
    )
    periods = _periods(text)
    assert periods[41_000] is not None and periods[41_000].endswith("2021")
    assert periods[75] is not None and periods[75].endswith("2021")
    assert periods[50] is not None and periods[50].endswith("2024")


def test_a_date_that_opens_a_line_is_no_reference_day() -> None:
    text = (
        "Den Haag, 12 maart 2019\n\n"
        "Geachte voorzitter,\n\n"
        "In driekwart van de gevallen ging het om een kleine gemeente.\n"
    )
    # the letter's own date is its date, no reference day carried as such (the text's year)
    assert _periods(text)[75] in (None, "2019")


def test_a_publications_title_dates_the_table_of_its_chapter() -> None:
    text = (
        "Schuldhulpverlening 1e halfjaar 2023\n\n"
        "Over deze publicatie\n\n"
        "In deze publicatie staan de voorlopige cijfers over schuldhulp.\n\n"
        "1. Schuldhulp\n\n"
        "Het aantal trajecten daalde.\n\n"
        "\tBeginstand\tInstroom\tUitstroom\tEindstand\n"
        "Totaal\t12 115\t2 470\t3 625\t10 960\n"
        "Minnelijk traject\t9 455\t1 280\t2 075\t8 660\n"
        "Bron: eigen registratie.\n"
    )
    periods = _periods(text)
    for value in (12_115, 2_470, 3_625, 10_960, 9_455, 8_660):
        assert periods[value] == "2023", value


def test_a_numbered_siblings_year_is_not_above_a_section() -> None:
    text = (
        "Werkloosheid in de regio\n\n"
        "1.1 Ontwikkeling 2020\n\n"
        "Het aantal werklozen daalde.\n\n"
        "1.2 Vooruitblik\n\n"
        "Verschillende sectoren\n"
        "Bouw\t1 240\t1 310\t1 290\n"
    )
    assert _periods(text)[1240] is None


def test_a_part_of_a_year_after_a_comparison_word_is_the_base() -> None:
    text = (
        "Meldingen\n\n"
        "Het aantal meldingen lag in de eerste helft van 2023 2 procent lager dan in de eerste helft "
        "van 2022. Het aantal afgehandelde meldingen nam af met 8,7 procent.\n"
    )
    periods = _periods(text)
    assert periods[8.7] is not None and periods[8.7].endswith("2023")


def test_in_flattened_news_a_reference_day_dates_the_narration_after_it() -> None:
    filler = "Dit is een lange zin zonder cijfers die het artikel langer maakt dan een regel. " * 10
    text = (
        "Aanslagen met een vrachtwagen\n\n"
        f"{filler}Op 9 mei 2017 rond 22 uur rijdt een man met een busje de markt op. Hij rijdt in op "
        "de mensen die daar winkelen. Hij stopt pas als agenten op hem schieten. Achter hem liggen dan "
        "12 doden en 40 gewonden. Sindsdien staan er betonblokken. Nu zijn er 30 nieuwe camera's. "
        f"{filler}"
    )
    periods = _periods(text)
    assert periods[12] is not None and periods[12].endswith("2017")
    assert periods[40] is not None and periods[40].endswith("2017")
    assert periods[30] is None or not periods[30].endswith("2017")  # beyond the narration
