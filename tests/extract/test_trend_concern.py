"""A worrying development named as such (``_trend_concern``): "X is een zorgwekkende
ontwikkeling" implies that X grows (up); a pointer, a person's development and a question are no
statement here. Invented sentences in the style of Dutch news."""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het aantal woninginbraken in Oss is een zorgelijke ontwikkeling.", "aantal woninginbraken in Oss"),
        ("\"We wisten dat er veel zakkenrollers zijn, maar het hoge aantal fietsendiefstallen bij het "
         "station verrast ons en is een verontrustende ontwikkeling,\" zegt de woordvoerder.",
         "hoge aantal fietsendiefstallen bij het station"),
        ("De wijkagent vindt het een ‘zorgwekkende ontwikkeling‘ dat scooters over de stoep racen.",
         "scooters over de stoep"),
    ],
)
def test_a_worrying_development_is_a_rise(text: str, phenomenon: str) -> None:
    assert (Change.UP, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het OM wees op de zorgwekkende ontwikkeling van de vrouw.",
        "Is de drukte op de ringweg een zorgwekkende ontwikkeling?",
        "De wethouder noemt het een verontrustende ontwikkeling dat hij zoiets zegt.",
    ],
)
def test_no_worrying_development(text: str) -> None:
    assert pairs(text) == []
