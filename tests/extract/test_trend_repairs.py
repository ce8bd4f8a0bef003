"""A phenomenon that ran on over its own "steeds meer" and the verb after it ends before them
(extract/_trend_repairs.py).

Invented sentences of the class found on unlabelled news and reports (bench/trend_review.py: "Zo wordt
het wantrouwen steeds meer gevoed", "De sigarettenproductie vindt daarom steeds vaker plaats in …",
"Hoewel tot 2017 Vuurwapenmisdrijven steeds minder vaak voorkwamen, …"); "steeds meer" that counts a
noun stays ("met steeds meer economische invloed").
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import statements_of


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Zo wordt het onbehagen in de wijk steeds meer gevoed.", "onbehagen in de wijk"),
        ("De productie van fietsen vindt daarom steeds vaker plaats in Oost-Europa.",
         "productie van fietsen"),
        ("Hoewel tot 2015 woninginbraken steeds minder vaak voorkwamen, is er sindsdien een toename.",
         "woninginbraken"),
    ],
)
def test_phenomenon_ends_before_its_own_gradual_change(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


def test_more_that_counts_a_noun_stays() -> None:
    text = "Het is een land met steeds meer economische invloed in de regio."
    assert all(s.phenomenon != "land" for s in statements_of(text))


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a comparative of size or level only says the direction: no part of the phenomenon
        ("Het aantal afgehandelde bezwaren is fors lager dan in 2020.", "aantal afgehandelde bezwaren"),
        ("De wachtlijst voor een huurwoning wordt steeds groter.", "wachtlijst voor een huurwoning"),
        ("Het verschil tussen stad en platteland wordt kleiner.", "verschil tussen stad en platteland"),
        # a comparative that names what changes stays
        ("Het werk van de wijkagent wordt steeds complexer.", "werk van de wijkagent (complexer)"),
    ],
)
def test_a_comparative_of_size_is_no_part_of_the_phenomenon(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


def test_a_comparative_alone_is_no_phenomenon() -> None:
    assert statements_of("Waardoor de schade wellicht niet kleiner, maar juist groter wordt.") == []
