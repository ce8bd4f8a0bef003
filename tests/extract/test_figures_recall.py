"""Figures that are easy to miss: amounts with a magnitude and no noun, values after "tegen"."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Change, Figure, SourceMeta, Unit


def test_an_amount_in_thousands_without_a_noun_is_a_count() -> None:
    [figure] = items_of(Figure, "Het aantal Nederlanders met een baan groeide in 2018 met 195 duizend.")
    assert (figure.value, figure.unit, figure.direction) == (195_000.0, Unit.COUNT, Change.UP)


def test_a_small_number_without_a_noun_is_no_figure() -> None:
    assert items_of(Figure, "Het aantal zelfstandigen groeide in 2018 met 3.") == []


def test_against_the_year_before_gives_both_values_their_direction_and_period() -> None:
    text = "In heel Europa sloegen de rovers in 2018 169 keer toe, tegen 25 in het jaar ervoor."
    now, before = items_of(Figure, text, SourceMeta())
    assert (now.value, now.period, now.direction) == (169.0, "2018", Change.UP)
    assert (before.value, before.unit, before.period, before.direction) == (
        25.0, Unit.COUNT, "2017", Change.UP
    )
