"""Lagging behind ("achterblijven") with a comparison is a fall; a person or thing left behind is none."""

from __future__ import annotations

from tests.extract._helpers import pairs
from trendbeeld.model import Change


def test_lag_against_an_earlier_year_is_down() -> None:
    found = pairs("Het aantal controles bleef achter ten opzichte van 2020. Dit kwam door ziekte.")
    assert (Change.DOWN, "aantal controles") in found
    assert not any(direction == Change.STABLE for direction, _ in found)


def test_lag_against_a_growth_is_down() -> None:
    assert (Change.DOWN, "loon van schoonmakers") in pairs(
        "Het loon van schoonmakers is de laatste jaren flink achtergebleven bij de economische groei."
    )
    assert (Change.DOWN, "aantal aangiften") in pairs("Het aantal aangiften blijft achter bij dat van 2017.")
    assert (Change.DOWN, "nieuwbouw") in pairs("De nieuwbouw blijft ver achter bij de stijgende vraag.")


def test_left_behind_is_no_trend() -> None:
    assert pairs("De man bleef zwaargewond achter op de stoep.") == []
    assert pairs("In de pinautomaat is een explosief achtergebleven.") == []
    assert pairs("De verdachte blijft achter de tralies tot de zitting.") == []
    assert pairs("Er waren sporen achtergebleven bij de woning.") == []


def test_lag_against_expectations_is_not_stable() -> None:
    assert pairs("De kaartverkoop bleef vorig jaar achter bij de verwachtingen.") == []
