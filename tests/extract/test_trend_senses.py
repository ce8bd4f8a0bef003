"""Words of change in another sense (extract/_trend_senses.py, _trend_filters.py): studying, a first.

Invented sentences of the class found on unlabelled news ("ziet dat zijn dochter zich verdiept in de
insectenwereld", "verdiept … zich in een aantal grote mysteries"): no deepening of a phenomenon.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import statements_of


@pytest.mark.parametrize(
    "text",
    [
        "Zijn moeder ziet dat haar zoon zich verdiept in de geschiedenis van de stad.",
        "In de nieuwe serie verdiept de presentator zich in een aantal onopgeloste zaken.",
    ],
)
def test_studying_is_no_deepening(text: str) -> None:
    assert statements_of(text) == []


def test_a_deepening_stays() -> None:
    found = statements_of("De kloof tussen arm en rijk is de afgelopen jaren verdiept.")
    assert [s.direction.value for s in found] == ["up"]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # a first, like "voor het eerst" (conventions: shift)
        ("Nooit eerder besloot een gemeente om alle coffeeshops tegelijk te sluiten.", "shift"),
        ("Een dergelijke actie is in Nederland nooit eerder vertoond.", "shift"),
        # a record level stays a rise
        ("Nooit eerder waren er zoveel inbraken in de binnenstad.", "up"),
    ],
)
def test_never_before_is_a_first(text: str, direction: str) -> None:
    assert direction in [s.direction.value for s in statements_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Het gaat om een flinke premie die meteen in zijn portemonnee verdwijnt.",
        "De wandelaar zag hoe de hond toen achter de duinen verdween.",
        "De dader rende weg en liet de buit snel verdwijnen.",
    ],
)
def test_one_thing_vanishing_somewhere_is_no_decline(text: str) -> None:
    assert statements_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Het regenwoud in de Amazone verdwijnt razendsnel.",
        "Onderzoekers zagen dat de vlinders in de provincie sterk verdwenen.",
        "Steeds meer kleine winkels verdwijnen uit het straatbeeld.",
    ],
)
def test_a_phenomenon_that_vanishes_stays_a_decline(text: str) -> None:
    assert len(statements_of(text)) == 1
