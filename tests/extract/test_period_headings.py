"""Years in the section headings of a report (brief: reports print a period in a section heading,
"Resultaten 2020", that the figures under it carry): a numbered heading "2 Resultaten 2020" names a
period like the heading without its number (not a name such as "Omgevingsbeeld 2020"), and a year in
the heading after a table row without a full stop is not the row's."""

from __future__ import annotations

from tests.extract._helpers import figures_of


def _periods(text: str) -> dict[float, str | None]:
    return {f.value: f.period for f in figures_of(text)}


_REPORT = (
    "Criminaliteit tijdens de coronacrisis\n\n"
    "Een analyse van de geregistreerde criminaliteit door onderzoekers van de\n"
    "politie en het ministerie\n\n"
    "{number}Resultaten 2020\n\n"
    "Het aantal woninginbraken daalde met 26 procent. Het aantal fraudezaken\n"
    "steeg naar 24.000, vooral door online oplichting.\n\n"
    "Tabel 2.1 Aantal misdrijven per soort, 2020\n"
    "Geweldsmisdrijven 52.000\n"
    "Vermogensmisdrijven 310.000\n\n"
    "3 Ontwikkelingen in het eerste halfjaar van 2021\n\n"
    "De daling zette door: het aantal woninginbraken lag 12 procent lager\n"
    "dan een jaar eerder.\n"
)


def test_a_numbered_heading_with_a_year_dates_the_figures_under_it() -> None:
    for number in ("", "2 ", "2.1 ", "Hoofdstuk 2 "):
        periods = _periods(_REPORT.format(number=number))
        assert periods[26] == "2020", number
        assert periods[24_000] == "2020", number


def test_a_year_in_the_heading_after_a_table_row_is_not_the_rows() -> None:
    # bullet lines before the table: the text is read with its lines joined, and the last row without
    # a full stop runs on into the next heading in one sentence
    bullets = (
        "In 2020 zagen we de volgende ontwikkelingen in de geregistreerde\ncriminaliteit:\n\n"
        "\u2022 het aantal zakkenrollerijen daalde met 53 procent;\n"
        "\u2022 er werden 1.400 boetes uitgedeeld voor het overtreden van de coronaregels.\n\n"
    )
    text = _REPORT.format(number="2 ").replace("Tabel 2.1", bullets + "Tabel 2.1")
    periods = _periods(text)
    assert periods[310_000] == "2020"  # the table's year, not that of heading 3
    assert periods[12] == "2021"


def test_a_name_with_a_year_in_running_text_stays_a_name() -> None:
    text = (
        "Dreigingen\n\n"
        "Volgens het Strategisch Omgevingsbeeld 2020 van de politie zijn 40 criminele netwerken actief "
        "in de regio. Dat blijkt uit een analyse van de politie."
    )
    assert _periods(text)[40] is None
