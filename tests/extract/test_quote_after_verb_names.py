"""Names after the verb of an attribution (:mod:`trendbeeld.extract._quote_after_verb`): a first
name alone after a title or noun is the full name given earlier."""

from __future__ import annotations

from trendbeeld.extract import quotes
from trendbeeld.extract._document import analyse
from trendbeeld.model import Source


def _speakers(body: str) -> list[str]:
    doc = analyse(Source.create("bericht.txt", "Titel\n\n" + body + "\n"))
    return [q.speaker for q in quotes.from_document(doc)]


def test_first_name_after_a_noun_is_the_full_name_given_earlier() -> None:
    found = _speakers(
        "Het gezin doorstond een nachtmerrie. Nog trillend doet moeder Marieke van Dongen haar verhaal. "
        ",,Achterin zat iemand met een mes en die bedreigde mijn man'', vertelt moeder Marieke in de woning."
    )
    assert found == ["Marieke van Dongen"]


def test_first_name_without_a_full_name_stays_as_written() -> None:
    found = _speakers(
        "Het gezin doorstond een nachtmerrie. ,,Achterin zat iemand met een mes en die bedreigde mijn "
        "man'', vertelt moeder Marieke in de woning."
    )
    assert found == ["Marieke"]


def test_demonym_after_the_verb_is_the_person_named_just_before() -> None:
    found = _speakers(
        "Ondernemers met een visum zitten klem. ,,Het is oneerlijk en dat moet veranderen'', zegt "
        "Zoe Adams. Adams schat dat zo'n honderdduizend bedrijven zo worden gerund. ,,We "
        "creëren banen voor Amerikanen en zetten samen miljarden om'', benadrukt de Engelse."
    )
    assert found == ["Zoe Adams", "Zoe Adams"]


def test_demonym_with_nobody_named_before_gives_no_speaker() -> None:
    found = _speakers(
        "Ondernemers met een visum zitten klem. Het gaat om honderdduizend bedrijven. ,,We creëren banen "
        "voor Amerikanen en zetten samen miljarden om'', benadrukt de Engelse."
    )
    assert found == []
