"""Fragments of reported speech whose speaker opens the sentence (:mod:`trendbeeld.extract._quote_fragments`):
a surname alone, a pronoun or an organisation right before a verb of saying or naming."""

from __future__ import annotations

from trendbeeld.extract import quotes
from trendbeeld.extract._document import analyse
from trendbeeld.model import Source


def _speakers(body: str) -> list[tuple[str, str]]:
    doc = analyse(Source.create("bericht.txt", "Titel\n\n" + body + "\n"))
    return [(q.speaker, q.text) for q in quotes.from_document(doc)]


def test_surname_alone_before_a_naming_verb_is_the_full_name() -> None:
    found = _speakers(
        "Wethouder Petra de Groot van Wonen is niet te spreken over de plannen van de provincie. "
        "De Groot spreekt van een 'onverteerbare gang van zaken' en wil opheldering."
    )
    assert ("Petra de Groot", "onverteerbare gang van zaken") in found


def test_pronoun_before_a_naming_verb_is_the_person_named_just_before() -> None:
    found = _speakers(
        "Burgemeester Hans Verkerk van Zaltbommel reageerde gisteren op de sluiting van de fabriek. "
        "Hij sprak van een 'zwarte dag voor de regio'."
    )
    assert ("Hans Verkerk", "zwarte dag voor de regio") in found


def test_pronoun_after_another_person_named_is_left_alone() -> None:
    found = _speakers(
        "Volgens Kamerlid Ingrid Bosman heeft de minister de Kamer verkeerd ingelicht. "
        "Vorig jaar kondigde Verhoef plotseling aan dat de kazerne open blijft. "
        "Zij sprak toen van 'zwaarwegende belangen'."
    )
    assert all(text != "zwaarwegende belangen" for _, text in found)


def test_organisation_before_a_naming_verb_speaks() -> None:
    found = _speakers(
        "Het kabinet wil een verbod op de verkoop van lachgas. "
        "D66 vindt 'een verbod zonder handhaving' geen oplossing."
    )
    assert ("D66", "een verbod zonder handhaving") in found


def test_surname_never_given_in_full_is_no_speaker() -> None:
    found = _speakers(
        "In Spanje is het vertrouwen in de rechters laag. "
        "Van de Spanjaarden zegt de helft dat het 'slecht of zeer slecht' gesteld is."
    )
    assert all(speaker != "Van de Spanjaarden" for speaker, _ in found)


def test_label_with_an_initial_and_a_phrase_before_the_colon() -> None:
    found = _speakers(
        "De rechtbank sprak Youssef B. gisteren vrij van heling. B., met trillende stem: "
        '"Ik heb niets gestolen. Dat weet iedereen hier." Volgens advocaat Karin Smeets is het dossier mager.'
    )
    assert ("Youssef B.", "Ik heb niets gestolen. Dat weet iedereen hier.") in found


def test_unresolved_label_keeps_the_next_sentence_from_naming_the_speaker() -> None:
    found = _speakers(
        "De rechtbank sprak de verdachte gisteren vrij van heling. Achmed, met trillende stem: "
        '"Ik heb niets gestolen. Dat weet iedereen hier." Volgens advocaat Karin Smeets is het dossier mager.'
    )
    assert all(speaker != "Karin Smeets" for speaker, _ in found)


def test_reported_speech_right_after_names_the_quotes_speaker() -> None:
    found = _speakers(
        "Wethouder Karel Dijkstra van Leeuwarden noemt het besluit van de provincie jammer. "
        "De oud-wethouder had gehoopt dat er nog ruimte was voor overleg. "
        '"Er had best een middenweg gevonden kunnen worden. Nu staat iedereen met lege handen." '
        "Dijkstra vindt dat de provincie te snel heeft gehandeld."
    )
    said = "Er had best een middenweg gevonden kunnen worden. Nu staat iedereen met lege handen."
    assert ("Karel Dijkstra", said) in found

