"""Quotes the rules used to leave unattributed (:mod:`trendbeeld.extract._quote_attribution`,
:mod:`trendbeeld.extract._quote_continuation`): "zegt hij" where the one name of a person of that
gender stands among names of places and bodies, and a colon clause that speaks of the speaker
before ("hem") and names someone else."""

from __future__ import annotations

from trendbeeld.extract import quotes
from trendbeeld.extract._document import analyse
from trendbeeld.model import Source


def _speakers(body: str) -> list[tuple[str, str]]:
    doc = analyse(Source.create("bericht.txt", "Nieuws uit de regio\n\n" + body + "\n"))
    return [(q.speaker, q.text) for q in quotes.from_document(doc)]


def test_pronoun_refers_to_the_one_person_among_places_and_bodies() -> None:
    found = _speakers(
        "Het is rustig op het sportpark. Ook doelman Bram Kuipers. Hij speelde eerder in het "
        "Philips Stadion en bij de Koninklijke Luchtmacht. \"Het kan altijd beter\", zegt hij, voor "
        "hij in zijn auto stapt."
    )
    assert ("Bram Kuipers", "Het kan altijd beter") in found


def test_pronoun_stays_unresolved_with_two_people_of_its_gender() -> None:
    found = _speakers(
        "Het is rustig op het sportpark. Ook doelman Bram Kuipers en trainer Kees de Wit. Beiden "
        "speelden eerder in het Philips Stadion. \"Het kan altijd beter\", zegt hij, voor hij in zijn "
        "auto stapt."
    )
    assert found == []


def test_colon_clause_about_the_speaker_before_names_someone_else() -> None:
    found = _speakers(
        "DE DEMOCRATEN Jan Bakker, de voorzitter van de commissie in het Huis van Afgevaardigden, werd in "
        "de brief genoemd. Veel Republikeinen eisten zijn aftreden, maar hij gaf niet toe. 'Je kunt het "
        "oké vinden hoe zij met de Russen omgingen', tweette hij. 'Ik niet. Ik vind het corrupt.' Het kwam "
        "hem op een sneer van Trump te staan: \"Bakker heeft de dunste nek die ik ooit zag. Geen goede "
        "slagman,\" zo vermaakte hij zijn aanhangers. De zaal lachte."
    )
    assert ("Jan Bakker", "Je kunt het oké vinden hoe zij met de Russen omgingen") in found
    assert ("Jan Bakker", "Ik niet. Ik vind het corrupt.") in found
    assert [s for s, t in found if t.startswith("Bakker heeft")] == []
