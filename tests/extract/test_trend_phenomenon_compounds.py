"""A bare head noun names the compound said just before it (extract/_trend_phenomena.py).

Invented sentences for the class found on unlabelled news (bench/trend_review.py): "het tekort"
after "woningtekort", "die leeftijd" after "AOW-leeftijd"; not a name ("Zaanstad"), not two
different compounds, not beyond a paragraph.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import statements_of


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het woningtekort in de provincie is groot. Door de trek naar de steden loopt het tekort verder op.",
         "woningtekort"),
        ("De pensioenleeftijd is nu 67 jaar. Die leeftijd blijft de komende vijf jaar gelijk.",
         "pensioenleeftijd"),
        ("Het kabinet voerde in 2018 importtarieven in. Sindsdien zijn die tarieven gestegen.",
         "importtarieven"),
        ("Het VN-programma voor schoon water liep goed. Het programma groeit dit jaar sterk.",
         "VN-programma"),
    ],
)
def test_compound_before(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a name is no compound of the head
        ("In Zaanstad wonen veel forensen. De stad groeit snel.", "stad"),
        # two different compounds: which one is meant is unknown
        ("Er zijn veel rugklachten en slaapklachten. De klachten nemen toe.", "klachten"),
        # an indefinite head points at nothing
        ("Het woningtekort is groot. Een tekort aan personeel neemt ook toe.", "tekort aan personeel"),
    ],
)
def test_head_stays(text: str, phenomenon: str) -> None:
    found = [s.phenomenon for s in statements_of(text)]
    assert phenomenon in found, found
