"""Speakers of quoted fragments named by "volgens" or by the subject that opens the sentence, the
object of a verb of naming that does not speak, and titles that shorten one quotation (issue 10):
invented Dutch sentences."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def attributed(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in items_of(Quote, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Volgens Radio 2-presentator Karin Mulder is de kracht van het lied de 'prachtige tekst'.",
         "Karin Mulder"),
        ("Volgens het Rode Kruis is de situatie in het kamp 'onhoudbaar en mensonwaardig'.", "Rode Kruis"),
        ("Volgens Forum voor Democratie is de provinciale politiek 'ingeslapen en zelfgenoegzaam'.",
         "Forum voor Democratie"),
        ("Volgens de Dierenbescherming en Wakker Dier is het 'zeer aannemelijk' dat er meer misstanden zijn.",
         "Dierenbescherming"),
        ("Ook Karin Mulder - een van de weinige jongeren in de zaal - denkt dat de brand "
         "'voor een groot deel' de uitslag heeft bepaald.", "Karin Mulder"),
        ("De Arbeidsinspectie stelt dat 'alle signalen op rood staan' bij de bedrijven.", "Arbeidsinspectie"),
    ],
)
def test_the_source_a_sentence_names_before_a_fragment_speaks(sentence: str, speaker: str) -> None:
    text = f"Nieuws uit Deventer\n\nDe raad vergaderde gisteren. {sentence} De raad praat er donderdag over."
    assert attributed(text) == [(attributed(text)[0][0], speaker)]


def test_a_titled_surname_opening_the_sentence_is_the_full_name_given_earlier() -> None:
    text = ("Nieuws uit Deventer\n\nWethouder Bas de Wit opende de vergadering. Later volgde een debat. "
            "Wethouder De Wit zegt het 'voor 99 procent' eens te zijn met de plannen. Daarna was het stil.")
    assert attributed(text) == [("voor 99 procent", "Bas de Wit")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Volgens de Spaanse wet moeten 'kennis en kunde' de doorslag geven.",  # a law, no speaker
        "Volgens de Deventenaar is het 'de mooiste weg die je kunt gaan'.",  # a person by his place
        "De Chinezen noemen het uitsluiten van het bedrijf 'abnormaal en immoreel'.",  # a people
        "Hij noemt minister Jan Smit 'een grote lafaard' in een interview.",  # Smit is spoken of
    ],
)
def test_no_speaker_is_guessed_for_a_law_a_place_a_people_or_the_one_named(sentence: str) -> None:
    text = f"Nieuws uit Deventer\n\nDe raad vergaderde gisteren. {sentence} De raad praat er donderdag over."
    assert attributed(text) == []


def test_a_title_that_shortens_one_quotation_is_a_quote_of_its_speaker() -> None:
    text = ("'Wijk niet verlaten'\n\nDe wethouder sprak gisteren in de raad. ,,Ik zal deze wijk nooit "
            "verlaten'', zegt wethouder Bas de Wit. Daarna ging de vergadering verder.")
    assert ("Wijk niet verlaten", "Bas de Wit") in attributed(text)


def test_a_title_whose_two_words_stand_in_different_quotations_gets_no_speaker() -> None:
    text = ("'Kom niet aan mijn oude fiets!'\n\nDe actievoerders kwamen bijeen. "
            ",,Mijn fiets is mijn alles'', zegt Jan Smit. ,,Ik ben al oud en moe'', zegt Jan Smit later.")
    # the words alone give no speaker; a title in the first person is the article's one speaker
    # (NOTES G1: a quotation in a title that paraphrases the body is the body's speaker, hard)
    titles = [q for q in attributed(text) if q[0].startswith("Kom")]
    assert titles == [("Kom niet aan mijn oude fiets!", "Jan Smit")]


def test_an_attribution_closing_the_fragments_sentence_gives_its_speaker() -> None:
    text = ("Nieuws uit Deventer\n\nDe rechtszaak ging verder. De strafzaak is er 'niet direct "
            "duidelijker op geworden' na de verhoren, zei officier van justitie Hannah de Wit gisteren. "
            "Daarna was het stil.")
    assert attributed(text) == [("niet direct duidelijker op geworden", "Hannah de Wit")]


def test_words_reported_by_a_magazine_after_volgens_her_get_no_speaker() -> None:
    text = ("Nieuws uit Deventer\n\nDe prijs ging naar haar. Volgens haar was de cultuur veranderen "
            "'een veel grotere taak' dan haar werk, schrijft tijdschrift Nieuwe Wetenschap in een profiel. "
            "Daarna niets.")
    assert attributed(text) == []


def test_surname_with_capital_particle_opening_the_sentence() -> None:
    found = attributed(
        "De zaak diende gisteren. Volgens advocaat Marieke van der Linde is haar cliënt onschuldig. "
        "Van der Linde ziet 'geen enkel bewijs in het dossier voor witwassen'. De rechter beslist later."
    )
    assert ("geen enkel bewijs in het dossier voor witwassen", "Marieke van der Linde") in found
