"""Firsts of public bodies (``_trend_firsts``): a city, a country or a province that does something
"als eerste" is a shift about what it does; a club's or a person's first is no trend. Invented
sentences in the style of Dutch news headlines and leads."""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Deventer doet als eerste grote stad het vuurwerk in de ban.", "vuurwerk"),
        ("Portugal staat als eerste land in Europa medicinale cannabis toe.", "medicinale cannabis"),
        ("Leeuwarden begon vorig jaar als eerste Friese gemeente met buurtbudgetten.", "buurtbudgetten"),
        ("België heeft als eerste land in Europa een groep Syriëgangers teruggehaald.", "groep Syriëgangers"),
    ],
)
def test_a_first_of_a_public_body_is_a_shift(text: str, phenomenon: str) -> None:
    assert (Change.SHIFT, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ajax wint als eerste Nederlandse club de Champions League voor vrouwen.",
        "Zij stapt als eerste van de moeders naar de rechter.",
        "Groningen wil als eerste stad een verbod op lachgas.",
        "Doet Utrecht als eerste stad het vuurwerk in de ban?",
    ],
)
def test_no_first_of_a_public_body(text: str) -> None:
    assert all(direction is not Change.SHIFT for direction, _ in pairs(text))
