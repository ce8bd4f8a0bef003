"""Words of change in another sense (extract/_trend_senses.py): "zich verdiepen in" is studying.

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
