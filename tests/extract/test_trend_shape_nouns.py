"""A trend named by the shape of its line ("een stijgende trend", "een dalende lijn") is about the
topic of its sentence or the phrase the line runs in (extract/_trend_shape_nouns.py).
Invented sentences after the wordings of municipal and survey reports.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # the topic phrase of the sentence
        ("Vermogensdelicten: qua fietsendiefstal is de laatste jaren een dalende trend te zien.",
         Change.DOWN, "fietsendiefstal"),
        ("Wat de woninginbraken betreft is al jaren een dalende lijn zichtbaar.",
         Change.DOWN, "woninginbraken"),
        ("Als het gaat om zakkenrollerij is sinds 2016 een stijgende trend te zien.",
         Change.UP, "zakkenrollerij"),
        # the phrase the line runs in
        ("In Utrecht is een dalende trend te zien in het aantal autokraken.",
         Change.DOWN, "aantal autokraken"),
        ("Sinds 2021 maken alle wijken een stijgende trend door in het gebruik van de buurtapp.",
         Change.UP, "gebruik van de buurtapp"),
    ],
)
def test_a_line_takes_its_topic(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


def test_a_phenomenon_of_its_own_is_kept() -> None:
    found = pairs("Het aantal meldingen van overlast is de laatste jaren gestegen als het gaat om jongeren.")
    assert found and all(name != "jongeren" for _, name in found)
