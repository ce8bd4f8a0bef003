""""Het boekjaar", "het verslagjaar" in an annual report are the report's year; "vorig boekjaar"
is the year before it."""

from __future__ import annotations

from tests.extract._helpers import figures_of

REPORT = "Horeca Groep Jaarverslag 2018\nVoor u ligt het jaarverslag van de groep.\n\n"


def test_the_book_year_is_the_report_year() -> None:
    [sold] = figures_of(REPORT + "Gedurende het boekjaar zijn 4 panden verkocht.\n")
    assert sold.period == "2018"


def test_the_previous_book_year_is_the_year_before() -> None:
    [sold] = figures_of(REPORT + "In het voorgaande boekjaar werden 7 panden verkocht.\n")
    assert sold.period == "2017"


def test_outside_an_annual_report_the_book_year_is_unknown() -> None:
    [sold] = figures_of("Vastgoed in de verkoop\n\nGedurende het boekjaar zijn 4 panden verkocht.\n")
    assert sold.period is None
