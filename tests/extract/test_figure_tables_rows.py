"""Rows of a table in text converted from a PDF, with its layout ("Meldingen   120   135") or with
its runs of spaces made one ("Meldingen 120 135"): each cell is a figure, also where the row label
goes on on the next line in lower case, and a cell takes the year of its column from the head of
years above the rows ("2022 2023": the first cell is of 2022)."""

from __future__ import annotations

import pytest

from tests.extract._helpers import figures_of

_LAYOUT = (
    "Handhaving\n"
    "                                                2022                2023\n"
    "Ontvangen meldingen                             120                 135\n"
    "Afgehandelde meldingen zonder                   40                  38\n"
    "nader onderzoek\n"
    "Opgelegde boetes                                0                   3\n"
    "\n"
    "Toelichting\n"
    "Het aantal meldingen nam in 2023 toe. De inspectie legde in 2023 drie boetes op.\n"
)
_COLLAPSED = "\n".join(" ".join(line.split()) for line in _LAYOUT.split("\n"))


@pytest.mark.parametrize("text", [_LAYOUT, _COLLAPSED], ids=["layout", "collapsed"])
def test_every_cell_of_a_row_is_a_figure_of_its_column_year(text: str) -> None:
    cells = {(f.value, f.period) for f in figures_of(text)}
    assert {(120, "2022"), (135, "2023"), (40, "2022"), (38, "2023"), (0, "2022"), (3, "2023")} <= cells


@pytest.mark.parametrize("text", [_LAYOUT, _COLLAPSED], ids=["layout", "collapsed"])
def test_a_row_label_that_goes_on_stays_out_of_the_next_row(text: str) -> None:
    found = [f for f in figures_of(text) if f.value == 38]
    assert found and "nader" not in found[0].text


def test_a_line_of_running_text_that_ends_in_a_number_is_no_row() -> None:
    text = "Het aantal meldingen steeg\nvan 120 naar 135\nin het afgelopen jaar, aldus de inspectie.\n"
    assert all(f.period is None for f in figures_of(text))


def test_a_head_with_dates_gives_its_years_in_order() -> None:
    text = (
        "Balans\n"
        "                           31 dec 2023        31 dec 2022\n"
        "Liquide middelen           4.773.939          4.280.817\n"
    )
    cells = {(f.value, f.period) for f in figures_of(text)}
    assert {(4773939, "2023"), (4280817, "2022")} <= cells
