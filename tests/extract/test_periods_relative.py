"""Periods named relative to another year, or in the sentence after the figures."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Figure


def test_that_year_is_the_year_named_before_it() -> None:
    text = "Het aantal diefstallen is ten opzichte van 2017 gedaald; in dat jaar waren het er 579."
    [figure] = items_of(Figure, text)
    assert (figure.value, figure.period) == (579.0, "2017")


def test_the_sentence_that_names_the_source_names_the_year() -> None:
    text = (
        "Met 437 incidenten voert ons land de ranglijst aan, gevolgd door Spanje (252).\n\n"
        "Dat blijkt uit de criminaliteitscijfers over 2018 van de organisatie TAPA.\n"
    )
    figures = items_of(Figure, text)
    assert [(f.value, f.period, f.region) for f in figures] == [
        (437.0, "2018", "Nederland"), (252.0, "2018", "Spanje")
    ]


def test_a_year_in_the_sentence_itself_wins_over_the_source_sentence() -> None:
    text = "In 2017 waren er 437 incidenten. Dat blijkt uit de cijfers over 2018 van TAPA."
    [figure] = items_of(Figure, text)
    assert figure.period == "2017"
