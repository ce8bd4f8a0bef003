"""Changes shown by two numbers (extract/_trend_numbers.py): when the words between the later
number and "tegen" name nothing, the phenomenon is the sentence's first noun phrase, never the unit
after a number ("17 procent van alle 8670 tandartsen …, tegen 5 procent in 2001" -> tandartsen).

Invented sentences of the wording found on unlabelled news (DPG articles of 2019).
"""

from __future__ import annotations

from tests.extract._helpers import pairs, statements_of
from trendbeeld.model import Change


def test_unit_after_the_first_number_is_no_phenomenon() -> None:
    found = pairs(
        "Het aantal buitenlandse artsen groeide sterk. "
        "12 procent van alle 3400 huisartsen is nu in het buitenland opgeleid, tegen 4 procent in 2005."
    )
    assert found[-1][0] is Change.UP
    assert found[-1][1] != "procent"
    assert "huisartsen" in found[-1][1]


def test_a_number_with_the_previous_year_in_the_first_sentence() -> None:
    text = "Het aantal aanrijdingen was 310 (2019: 275)."
    found = [(s.direction, s.phenomenon) for s in statements_of(text)]
    assert (Change.UP, "aantal aanrijdingen") in found
