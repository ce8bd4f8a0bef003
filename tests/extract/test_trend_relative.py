"""Changes stated as a share (extract/_trend_relative.py): "N procent meer/minder X" needs a time in
its sentence, or stands in the text's title (a title states its change without one).

Invented sentences of the wording found on unlabelled news (safety news leads).
"""

from __future__ import annotations

from tests.extract._helpers import pairs
from trendbeeld.model import Change


def test_share_in_a_title_states_a_change() -> None:
    found = pairs("Bijna 40 procent meer meldingen van woninginbraak\n\nDe politie maakte de cijfers bekend.")
    assert found == [(Change.UP, "meldingen van woninginbraak")]


def test_share_after_a_label_in_a_title() -> None:
    found = pairs("Cameratoezicht in Zwolle werkt: 30 procent minder inbraken\n\nDe gemeente is tevreden.")
    assert found == [(Change.DOWN, "inbraken")]


def test_share_in_the_body_without_a_time_is_no_change() -> None:
    text = "Politie tevreden\n\nGemiddeld vonden 13 procent minder inbraken plaats in wijken met camera's."
    assert pairs(text) == []


def test_pointer_after_money_spent_on_something() -> None:
    found = pairs(
        "Ook gaven we vorig jaar bijna 90 miljoen euro uit aan boeken voor in de klas. "
        "Dat is 8 procent meer dan in 2017."
    )
    assert found[-1] == (Change.UP, "boeken voor in de klas")
