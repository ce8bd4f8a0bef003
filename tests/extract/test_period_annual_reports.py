"""Annual reports: recognised by "voor u ligt het … jaarverslag", a title "Jaarverslag 2018" on the
first lines, or a repeated running header ("Netbeheer | Jaarverslag 2018 |"). A figure that names
no period has the report's year, except a forecast and a figure inside a quotation."""

from __future__ import annotations

from tests.extract._helpers import figures_of
from trendbeeld.extract._period_now import is_annual_report


def test_an_adjective_between_the_article_and_the_annual_report_word() -> None:
    assert is_annual_report("voor u ligt het eerste financieel jaarverslag rijk over een volledig jaar.")


def test_a_running_header_with_separators() -> None:
    page = "de monteurs werken veilig.\nnetbeheer | jaarverslag 2018 |\n\n"
    assert is_annual_report(("tekst van het verslag.\n" * 40) + page * 2)


def test_a_title_on_the_first_lines() -> None:
    assert is_annual_report("jaarverslag 2018\nhoreca groep\n\nomzet\n")


def test_a_title_with_the_publisher_and_a_dash() -> None:
    # web editions print "<organisation> — Jaarverslag 2022" (an em dash, like "|" or an en dash)
    assert is_annual_report("veiligheidshuis west — jaarverslag 2022\n\ncyber\n\nwe werken samen.\n")
    [municipalities] = figures_of("Veiligheidshuis West — Jaarverslag 2022\n\nCyber\n\n"
                                  "Inwoners van de 12 gemeenten in onze regio lopen risico.\n")
    assert municipalities.period == "2022"


def test_a_news_text_about_an_annual_report_is_none() -> None:
    assert not is_annual_report("het bedrijf publiceerde dinsdag het jaarverslag over 2018.")


REPORT = (
    "Horeca Groep Jaarverslag 2018\n"
    "Voor u ligt het jaarverslag van de groep.\n\n"
)


def test_a_figure_without_a_year_has_the_report_year() -> None:
    [staff] = figures_of(REPORT + "De groep telt 240 medewerkers in de keukens.\n")
    assert staff.period == "2018"


def test_a_forecast_has_no_report_year() -> None:
    text = REPORT + "De brancheorganisatie verwacht een tekort aan circa 40.000 koks.\n"
    [shortage] = figures_of(text)
    assert shortage.period is None


def test_a_figure_in_a_quotation_has_no_report_year() -> None:
    text = REPORT + "Jan: “Wat het beste werkt, is dat je 1000 euro krijgt als je een collega aandraagt.”\n"
    [bonus] = figures_of(text)
    assert bonus.period is None
