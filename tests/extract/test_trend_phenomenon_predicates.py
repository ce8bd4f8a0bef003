"""A predicate adjective after the noun is no part of the phenomenon (extract/_trend_phenomena.py,
the adjective test in extract/_trend_phenomenon_words.py).

Invented sentences of the class found on unlabelled news and reports (bench/trend_review.py: "dat de
rente nog heel lang laag zal blijven", "dat de incidentie hoog blijft", "blijft één straat donker",
"deze factoren altijd vrij stabiel waren"): the phenomenon ends at its noun; an adjective used as a
noun after a determiner or an inflected adjective stays ("de politiek", "mentale druk").
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import statements_of
from trendbeeld.extract._trend_phenomenon_words import is_adjective


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("De centrale bank liet weten dat de spaarrente nog heel lang laag zal blijven.", "spaarrente"),
        ("Uit de metingen blijkt dat de werkloosheid in de regio hoog blijft.", "werkloosheid in de regio"),
        ("In het dorp blijft de hoofdstraat donker, ook na de klachten.", "hoofdstraat"),
        ("Door de webwinkels zijn er in de binnenstad steeds meer bestelbussen nodig.", "bestelbussen"),
    ],
)
def test_predicate_adjective_ends_the_phenomenon(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het wantrouwen in de politiek groeit.", "wantrouwen in de politiek"),
        ("De toenemende mentale druk baart zorgen.", "mentale druk"),
    ],
)
def test_adjective_used_as_a_noun_stays(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


@pytest.mark.parametrize("word", ["hoog", "laag", "stabiel", "duur", "snel", "desastreus", "negatief"])
def test_adjective_known_by_its_comparative(word: str) -> None:
    assert is_adjective(word)


@pytest.mark.parametrize("word", ["rente", "werk", "verkeer", "incidentie", "straat", "euro"])
def test_noun_is_no_adjective(word: str) -> None:
    assert not is_adjective(word)
