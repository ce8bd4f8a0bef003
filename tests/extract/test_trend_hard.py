"""Hard trend classes of the conventions, on invented Dutch sentences: persistence without a verb.
A problem that persists ("nog steeds" or "nog altijd" before too much, too little or a shortage)
is a stable trend of what there is too much or too little of; an adjective of lasting after an
article ("de aanhoudend lage rente") is a stable trend of its noun phrase. A condition, a question,
"te" before a verb, a general noun ("probleem"), a person and one person's stance are not."""

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
        ("Wij zien nog steeds een schrijnend tekort aan beveiligde parkeerplaatsen.",
         "tekort aan beveiligde parkeerplaatsen"),
        ("In de regio is er nog altijd een groot gebrek aan huisartsen.", "gebrek aan huisartsen"),
    ],
)
def test_a_persisting_problem_is_stable(text: str, phenomenon: str) -> None:
    assert any(phenomenon in found and d == Change.STABLE for found, d in _found(text)), _found(text)


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


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het rendement staat onder druk door de aanhoudend lage rente.", "lage rente"),
        ("Voortdurende onzekerheid over de handelsoorlog drukt op de export.",
         "onzekerheid over de handelsoorlog"),
        ("De maatregel is bedoeld tegen de voortdurende overlast door jongeren in het park.", "overlast"),
        ("Dat past bij een hardnekkig dreigingsbeeld.", "dreigingsbeeld"),
    ],
)
def test_an_adjective_of_lasting_is_stable(text: str, phenomenon: str) -> None:
    assert (phenomenon, Change.STABLE) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Een hardnekkig probleem waar de wijkagent op stuit.",
        "Hij reageert op aanhoudende vragen over zijn plannen.",
        "Dat komt door zijn aanhoudende bereidheid om te praten.",
        "De rechter veroordeelde een hardnekkige stalker uit Breda.",
        "Kan ketamine helpen bij een hardnekkige depressie?",
    ],
)
def test_no_lasting_trend(text: str) -> None:
    assert all(d != Change.STABLE for _, d in _found(text)), _found(text)
