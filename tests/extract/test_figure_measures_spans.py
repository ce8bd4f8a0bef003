"""A span of time counted back or on from now ("de afgelopen 4 jaar", "de komende twee jaar") is a
period expression, no measured duration, even beside a word that makes other durations measures
("gemiddeld", "cel"); a sentence or an age stays a figure."""

from __future__ import annotations

from tests.extract._helpers import figures_of
from trendbeeld.model import Unit


def test_a_span_back_from_now_is_no_duration() -> None:
    found = figures_of("Bewoners gaven de buurt de afgelopen 4 jaar gemiddeld een 6,8.")
    assert [(f.value, f.unit) for f in found] == [(6.8, Unit.GRADE)]


def test_a_span_on_from_now_is_no_duration() -> None:
    assert figures_of("De komende twee jaar blijft de gemiddelde wachttijd voor een cel hoog.") == []


def test_a_sentence_and_an_age_stay_figures() -> None:
    found = figures_of("De 31-jarige man kreeg vorige week vier jaar cel. Zijn gemiddelde straf was 3 jaar.")
    assert {(f.value, f.unit) for f in found} >= {(4, Unit.YEARS), (3, Unit.YEARS)}
