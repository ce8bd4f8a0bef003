"""Hard trend classes of the conventions, on invented Dutch sentences: a problem that persists
("nog steeds" or "nog altijd" before too much, too little or a shortage of something) is a
stable trend of what there is too much or too little of; a condition, a question, "te" before a
verb and wording without such an amount are not."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Change, TrendStatement


def _found(text: str) -> list[tuple[str, Change]]:
    return [(t.phenomenon, t.direction) for t in items_of(TrendStatement, text)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Varkens die in de zomer worden vervoerd, lijden nog altijd te veel hittestress.", "hittestress"),
        ("In de opvang is er nog steeds veel te weinig sanitair voor de bewoners.",
         "sanitair voor de bewoners"),
        ("Vervoerders zien nog steeds een schrijnend tekort aan beveiligde parkeerplaatsen.",
         "tekort aan beveiligde parkeerplaatsen"),
        ("In de regio is er nog altijd een groot gebrek aan huisartsen.", "gebrek aan huisartsen"),
    ],
)
def test_a_persisting_problem_is_stable(text: str, phenomenon: str) -> None:
    assert (phenomenon, Change.STABLE) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Als er nog steeds te weinig agenten zijn, gaat het mis.",
        "Is er nog altijd te veel lawaai in de straat?",
        "De kinderen krijgen in het kamp nog steeds te weinig te eten.",
        "Hij heeft nog altijd veel te veel gedronken.",
    ],
)
def test_no_persisting_amount(text: str) -> None:
    assert all(d != Change.STABLE for _, d in _found(text)), _found(text)
