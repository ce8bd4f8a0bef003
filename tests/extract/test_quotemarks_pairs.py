"""Pairs of quotation marks in plain news text (issue 10): a straight double quote opened and two
apostrophes closing it, a mix that regional news datasets print."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.extract import _quotemarks
from trendbeeld.model import Quote


def test_a_straight_double_quote_closed_by_two_apostrophes_is_a_pair() -> None:
    text = 'De zaal blijft dicht. "Daar hebben we bewust voor gekozen.\'\' De winkel gaat wel open.'
    found = [text[c.start : c.end] for c in _quotemarks.candidates(text)]
    assert found == ["Daar hebben we bewust voor gekozen."]


def test_the_mixed_pair_is_a_quote_of_the_speaker_named_before() -> None:
    text = ("Terras blijft dicht\n\nVolgens woordvoerder Anniek de Vries blijft het terras dicht. \"Daar "
            "hebben we bewust voor gekozen.'' Ze wil er verder niets over zeggen.")
    assert [(q.text, q.speaker) for q in items_of(Quote, text)] == [
        ("Daar hebben we bewust voor gekozen.", "Anniek de Vries")]
