"""A subject with a relative clause but no comma before the main verb (extract/_trend_phenomena.py).

Invented sentences of the class seen on unlabelled news ("Het aantal mensen dat eten ophaalt bij de
Voedselbank is …"): the phenomenon is the antecedent with its clause, not the clause's object; a
"dat" after a verb is a complementiser and the subject of its clause stays the phenomenon.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import statements_of


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het aantal jongeren dat een baan zoekt is vorig jaar sterk gestegen.",
         "aantal jongeren dat een baan zoekt"),
        ("Het aantal mensen dat eten ophaalt bij de Voedselbank is vorig jaar flink gestegen.",
         "aantal mensen dat eten ophaalt bij de Voedselbank"),
        ("Het aantal bedrijven dat slachtoffer wordt van cybercrime neemt toe.",
         "aantal bedrijven dat slachtoffer wordt van cybercrime"),
    ],
)
def test_relative_clause_without_comma_keeps_its_antecedent(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("De werkelijkheid is dat de criminaliteit steeds verder daalt.", "criminaliteit"),
        ("Het college stelt dat de overlast afneemt.", "overlast"),
        ("Het aantal jongeren dat werk zoekt, is vorig jaar sterk gestegen.", "aantal jongeren"),
    ],
)
def test_complementiser_or_comma_stays(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]
