"""Comparisons at one moment are no trends; comparisons with another time stay
(extract/_trend_comparisons.py). Invented sentences after the classes seen on unlabelled news.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs, statements_of
from trendbeeld.model import Change


@pytest.mark.parametrize(
    "text",
    [
        # another group at the same moment
        "Vrouwen werken in de zorg nog steeds vaker parttime dan mannen.",
        "Studenten fietsen een stuk meer dan gepensioneerden, scholieren drie keer zoveel als ouderen.",
        "De inspectie keurt havo-afdelingen twee keer zo vaak af als vwo-afdelingen.",
        # another election or day at the same moment
        "In de stad werd vier keer zoveel blanco gestemd als bij de gemeenteraadsverkiezingen.",
        "De kans op een woninginbraak is met oud en nieuw twee keer zo groot als op een gewone dag.",
        # "nog steeds" is "still": still faster than others
        "De politie is met deze scooters nog steeds sneller dan de dieven.",
    ],
)
def test_comparison_at_one_moment_is_no_trend(text: str) -> None:
    assert statements_of(text) == []


@pytest.mark.parametrize(
    ("text", "direction", "word"),
    [
        ("Er zijn vorig jaar meer meldingen van oplichting gedaan dan in 2017.", Change.UP, "meldingen"),
        ("Het aantal fietsdiefstallen was drie keer zo groot als in 2015.", Change.UP, "fietsdiefstallen"),
        ("Er werden dit jaar 30 procent minder inbraken gemeld dan een jaar eerder.", Change.DOWN, "inbra"),
        ("Tilburg schrijft meer boetes uit dan ooit.", Change.UP, "boetes"),
    ],
)
def test_comparison_with_another_time_stays(text: str, direction: Change, word: str) -> None:
    assert any(d is direction and word in p for d, p in pairs(text)), pairs(text)
