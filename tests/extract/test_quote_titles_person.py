"""Quoted titles in the first person (:mod:`trendbeeld.extract._quote_titles`): the one speaker of
the article's quotations, else no speaker."""

from __future__ import annotations

from trendbeeld.extract import quotes
from trendbeeld.extract._document import analyse
from trendbeeld.model import Source


def _speakers(text: str) -> list[tuple[str, str]]:
    doc = analyse(Source.create("bericht.txt", text))
    return [(q.speaker, q.text) for q in quotes.from_document(doc)]


def test_first_person_title_of_an_article_with_one_speaker() -> None:
    found = _speakers(
        "'Onze dochter rende nog achter die overvaller aan'\n\nHet gezin doorstond een nachtmerrie. "
        "Marieke van Dongen doet haar verhaal. ,,Hij had een mes en bedreigde mijn man in de "
        "auto'', vertelt Van Dongen. ,,Ik schrok wakker toen hij naast mijn bed stond.''\n"
    )
    assert ("Marieke van Dongen", "Onze dochter rende nog achter die overvaller aan") in found


def test_first_person_title_of_an_article_with_two_speakers_has_none() -> None:
    found = _speakers(
        "'Onze dochter rende nog achter die overvaller aan'\n\nHet gezin doorstond een nachtmerrie. "
        ",,Hij had een mes en bedreigde mijn man in de auto'', vertelt Marieke van Dongen. ,,We zoeken "
        "de dader nog steeds met man en macht'', zegt politiewoordvoerder Jan de Wit.\n"
    )
    assert all(text != "Onze dochter rende nog achter die overvaller aan" for _, text in found)
