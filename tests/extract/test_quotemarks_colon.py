"""A spoken sentence after a colon that follows a noun of a text or study is a quote, no title;
after a word of naming it stays a term (issue 10): invented Dutch sentences."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def quoted(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in items_of(Quote, text)]


def test_speech_after_a_colon_behind_a_study_noun_is_a_quote() -> None:
    text = ('Lege stembiljetten\n\nHet aantal lege stembiljetten was hoog. Voorzitter Karin Mulder riep in '
            '2015 op tot onderzoek: "We kunnen dit niet negeren. Dat zijn veel lege stembiljetten." '
            "De uitslag volgt later.")
    assert quoted(text) == [("We kunnen dit niet negeren. Dat zijn veel lege stembiljetten.", "Karin Mulder")]


def test_a_slogan_after_a_colon_stays_a_term() -> None:
    text = ("Campagne\n\nVanaf vandaag hangen er posters met de slogan: 'Doe lief tegen elkaar op straat'. "
            "De gemeente betaalt de campagne.")
    assert quoted(text) == []
