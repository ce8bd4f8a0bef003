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


# A phrase inside the relative clause of a measure, before the main clause's verb of change (found on
# unlabelled news: "het aantal keren dat we … lieten gaan in het verkeer nam af", "het aantal mensen
# dat vanuit … wil oversteken, … zal toenemen"): the measure with its whole clause.
@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het aantal mensen dat thuis werkt is de laatste jaren sterk gestegen.",
         "aantal mensen dat thuis werkt"),
        ("Het aantal keren dat automobilisten een fietser voor lieten gaan op de rotonde nam af.",
         "aantal keren dat automobilisten een fietser voor lieten gaan op de rotonde"),
        ("De politie vreest dat het aantal jongeren dat via sociale media drugs wil kopen, weer zal "
         "toenemen.",
         "aantal jongeren dat via sociale media drugs wil kopen"),
        ("Uit cijfers blijkt dat het aantal 65-plussers dat eenzaam raakt, de laatste jaren met een paar "
         "procent per jaar stijgt.",
         "aantal 65-plussers dat eenzaam raakt"),
    ],
)
def test_phrase_in_a_measures_relative_clause_is_the_measure_with_it(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


def test_change_inside_the_relative_clause_keeps_its_own_phenomenon() -> None:
    text = "Het aantal klanten dat steeds meer diensten afneemt is nog klein."
    assert "diensten" in [s.phenomenon for s in statements_of(text)]


def test_complement_clause_inside_the_relative_clause_is_no_part_of_it() -> None:
    text = "Het aantal mensen dat zegt dat de criminaliteit stijgt, is klein."
    assert "criminaliteit" in [s.phenomenon for s in statements_of(text)]
