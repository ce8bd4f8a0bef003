"""Quotes the rules used to leave unattributed (:mod:`trendbeeld.extract._quotemarks`,
:mod:`trendbeeld.extract.quotes`, :mod:`trendbeeld.extract._quote_attribution`,
:mod:`trendbeeld.extract._quote_continuation`): a straight double quote closed by two apostrophes,
a subject described with the organisation it works for, "zegt hij" where the one name of a person
of that gender stands among names of places and bodies, and a colon clause that speaks of the
speaker before ("hem") and names someone else."""

from __future__ import annotations

from trendbeeld.extract import _quotemarks, quotes
from trendbeeld.extract._document import analyse
from trendbeeld.model import Source


def _speakers(body: str) -> list[tuple[str, str]]:
    doc = analyse(Source.create("bericht.txt", "Nieuws uit de regio\n\n" + body + "\n"))
    return [(q.speaker, q.text) for q in quotes.from_document(doc)]


def test_straight_double_quote_closed_by_two_apostrophes() -> None:
    text = 'De winkel blijft dicht op zondag. "Daar hebben we bewust voor gekozen.\'\' Het personeel is blij.'
    found = [text[c.start : c.end] for c in _quotemarks.candidates(text)]
    assert found == ["Daar hebben we bewust voor gekozen."]


def test_quote_closed_by_two_apostrophes_gets_the_speaker_before() -> None:
    found = _speakers(
        "Volgens woordvoerder Marieke Dijkstra is het dakterras voorlopig gesloten omdat de zaak eerst "
        "de winkel wil inrichten. \"Daar hebben we bewust voor gekozen.'' De bezoekers vinden het jammer."
    )
    assert ("Marieke Dijkstra", "Daar hebben we bewust voor gekozen.") in found


def test_subject_with_the_organisation_she_works_for() -> None:
    found = _speakers(
        "Veel leraren zijn kritisch over de nieuwe toets. Ook Sanne Vermeulen (41) van de Maria "
        "Montessorischool is geen voorstander. \"Dan wordt er alleen nog maar geoefend op de toets. "
        "Wat heeft een kind daaraan?\" De inspectie reageert later."
    )
    assert [s for s, t in found if t.startswith("Dan wordt er")] == ["Sanne Vermeulen"]


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
