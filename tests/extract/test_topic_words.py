"""Sentence adverbs that open a main clause ("Weliswaar", "Eerst", "Jaarlijks") are no subject: the
subject follows the finite verb (lexicon/topic_words.txt)."""

from __future__ import annotations

import pytest

from tests.extract._helpers import statements_of


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Weliswaar steeg de totale omzet van de winkelketen vorig jaar, maar de winst daalde.",
         "totale omzet van de winkelketen"),
        ("Waarschijnlijk zullen de huurprijzen in de stad nog iets oplopen.", "huurprijzen in de stad"),
        ("Uiteindelijk nam het aantal aangiften van fietsdiefstal fors af.",
         "aantal aangiften van fietsdiefstal"),
    ],
)
def test_a_sentence_adverb_before_the_verb_is_no_phenomenon(text: str, phenomenon: str) -> None:
    phenomena = [s.phenomenon for s in statements_of(text)]
    assert phenomenon in phenomena, phenomena
