"""The phenomenon of a trend statement on news wording (extract/_trend_phenomena.py).

Invented sentences per class of wording found on unlabelled news (bench/trend_review.py): the
phenomenon is the noun phrase the change is about, without sentence adverbs, adverbs of manner or
a modal it ran on into.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import statements_of


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a sentence adverb and a modal before the subject
        ("Waarschijnlijk zullen de huurprijzen nog iets oplopen.", "huurprijzen"),
        # a modal the subject ran on into
        ("De opbrengst voor de gemeente zal waarschijnlijk nog verder oplopen.",
         "opbrengst voor de gemeente"),
        ("Dat percentage gaat de komende winter nog oplopen.", "percentage"),
        # the subject after a topic that opens with a preposition
        # a new clause after a conjunction: its own subject
        ("Nooit kreeg een petitie zoveel steun en het aantal zal naar verwachting nog fors stijgen.",
         "aantal"),
        # adverbs of manner at the end
        ("De Verenigde Staten voeren de druk op hun bondgenoten stevig op.", "druk op hun bondgenoten"),
        ("Dankzij de smartphones groeit de sector hard.", "sector"),
        ("Met het nieuwe systeem kunnen de uitkeringen juist sneller worden verhoogd.", "uitkeringen"),
        ("Het belang van de beurzen is namelijk enorm toegenomen.", "belang van de beurzen"),
    ],
)
def test_phenomenon(text: str, phenomenon: str) -> None:
    [statement] = statements_of(text)
    assert statement.phenomenon == phenomenon


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a relative clause keeps its verb
        ("Sinds de plannen bekend zijn, groeit de groep die de aanpak te ver vindt gaan.", "groep die"),
        # "ging het om": what the cases concerned, not a modal
        ("In de helft van de gevallen gaat het om jongeren, en dat aandeel is gestegen.", "aandeel"),
    ],
)
def test_phenomenon_keeps(text: str, phenomenon: str) -> None:
    assert any(phenomenon in s.phenomenon for s in statements_of(text))


def test_sentence_adverb_alone_is_no_phenomenon() -> None:
    assert all(s.phenomenon.lower() != "voorlopig" for s in statements_of("Voorlopig blijft dat zo."))


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a plural that is also a verb form, counted by a singular measure, is the counted noun
        ("Het totaal aantal vragen aan de helpdesk is vorig jaar fors gedaald.",
         "totaal aantal vragen aan de helpdesk"),
        ("Het aantal vragen is sterk gestegen ten opzichte van 2020.", "aantal vragen"),
        ("Sinds de zomer is het aandeel zorgen over de energierekening toegenomen.",
         "aandeel zorgen over de energierekening"),
    ],
)
def test_a_measure_keeps_the_plural_it_counts(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


def test_a_plural_measure_keeps_its_verb_out() -> None:
    found = [s.phenomenon for s in statements_of("De aantallen liggen hoger dan vorig jaar.")]
    assert all("liggen" not in p for p in found)


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a comparison with another time is no part of the phenomenon
        ("In 2021 is het aandeel vrouwen ten opzichte van 2020 met 3% gestegen.", "aandeel vrouwen"),
        ("Het aantal klachten vergeleken met vorig jaar is flink gedaald.", "aantal klachten"),
    ],
)
def test_a_comparison_ends_the_phenomenon(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


def test_a_compound_measure_keeps_the_plural_it_counts() -> None:
    found = [s.phenomenon for s in statements_of("Het totaalaantal vragen is vorig jaar sterk gedaald.")]
    assert "totaalaantal vragen" in found
