"""Cues of change (extract/_cues.py): a separable verb whose particle stands right before a
closing quotation mark ("neemt toe'', zegt ze"), with controls where the particle belongs to
another verb or the clause goes on.

Invented sentences of the wording found on unlabelled news (DPG articles of 2019, RSS headlines).
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        (",,Het wantrouwen tegenover de politiek neemt toe'', zegt onderzoeker Jan de Vries.", Change.UP,
         "wantrouwen tegenover de politiek"),
        ('"Het aantal inbraken in de wijk neemt af", zegt wijkagent Els Bakker.', Change.DOWN,
         "aantal inbraken in de wijk"),
        ("Vogelwacht is positief: 'Het aantal weidevogels neemt toe'", Change.UP, "aantal weidevogels"),
        ("„De wachttijd voor een woning loopt verder op”, aldus de wethouder.", Change.UP,
         "wachttijd voor een woning"),
    ],
)
def test_particle_before_a_closing_quotation_mark(text: str, direction: Change, phenomenon: str) -> None:
    assert pairs(text) == [(direction, phenomenon)]


@pytest.mark.parametrize(
    "text",
    [
        ",,We nemen de klachten van de buurt mee'', zegt de burgemeester.",
        "'Hij ging hier wat kroegen af', zegt zijn broer.",
    ],
)
def test_particle_of_another_verb_before_a_quotation_mark(text: str) -> None:
    assert pairs(text) == []
