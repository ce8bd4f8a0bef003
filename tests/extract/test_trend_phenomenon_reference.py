"""A bare "het aantal" takes what it counts from just before it (extract/_trend_phenomenon_reference.py).

Invented sentences of the class found on unlabelled news (bench/trend_review.py: "al 35 lichamen;
aantal kan nog verder oplopen", "minder automobilisten … Het aantal daalde", "Het aantal gemeenten
nam af. … is het aantal verminderd"): the phenomenon names the counted noun, never a unit, a time or
a number word.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import statements_of


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("In de provincie zijn deze week al 12 graven ontdekt. Het aantal kan nog verder oplopen.",
         "aantal graven"),
        ("In Tiel zijn minder fietsers op de bon geslingerd. Het aantal daalde met een derde.",
         "aantal fietsers"),
        ("Na de fusie waren er nog 40 scholen, door sluitingen is het aantal gedaald tot 31.",
         "aantal scholen"),
    ],
)
def test_bare_count_takes_the_counted_noun_before(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


def test_no_unit_or_time_as_the_counted_noun() -> None:
    text = "De prijs steeg vorig jaar met 8 procent. Het aantal daalde wel."
    assert "aantal procent" not in [s.phenomenon for s in statements_of(text)]
