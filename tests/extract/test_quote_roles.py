"""Quotes attributed by a definite role that points back to a person named just before it (issue
10): "„…”, aldus de gewezen vicepremier" is the one person the sentences before name, never a
guess between two people. Invented Dutch sentences."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def speakers(text: str) -> list[str]:
    return [q.speaker for q in items_of(Quote, text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject of the sentence before, without the role written next to the name
        ("Op het plein sprak ook Karin Dekker de boeren toe. Zij riep op tot volharding. „Wij laten ons niet "
         "wegsturen uit Den Haag”, aldus de gewezen gedeputeerde.", "Karin Dekker"),
        # the head of a compound role: "fractievoorzitter" for "de CDA-fractievoorzitter"
        ("Fractievoorzitter Pieter Hendriks wil geen nieuwe regels. „Dit is geen wedstrijd”, zei de "
         "CDA-fractievoorzitter gisteren.", "Pieter Hendriks"),
        # a first name alone as the subject, as the full name given earlier
        ("Marieke Smits stapt uit de race. Veel kiezers bleven toen thuis. Marieke waarschuwde dat zij "
         "niet stil zal zijn. „Ik blijf mij uitspreken”, aldus de oud-burgemeester.", "Marieke Smits"),
        # the speaker of the quote just before, with nobody named in between
        ("„Het water is bijna op”, zegt Marleen Jacobs van de universiteit. Ze onderzoekt het gebruik "
         "al jaren. „Nog altijd is het verbruik te hoog”, zegt de onderzoekster.", "Marleen Jacobs"),
    ],
)
def test_a_definite_role_is_the_person_named_before(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_two_people_before_a_role_give_no_guess() -> None:
    text = ("Kees de Wit sprak met Anna Visser over de plannen. „Het moet sneller”, aldus de oud-wethouder.")
    assert "Kees de Wit" not in speakers(text)
    assert "Anna Visser" not in speakers(text)


def test_a_person_with_another_office_is_not_the_role() -> None:
    text = ("Burgemeester Johan Kramer opende de vergadering. „Wij zijn tegen dit plan”, zei de voorzitter "
            "van de bewonersvereniging.")
    assert "Johan Kramer" not in speakers(text)


def test_a_feminine_role_is_no_man() -> None:
    text = ("Peter van Dam leidt het onderzoek al jaren. „De cijfers zijn duidelijk”, zegt de onderzoekster.")
    assert "Peter van Dam" not in speakers(text)


def test_a_business_named_like_a_person_is_no_referent() -> None:
    text = ("Het winkelcentrum krijgt een nieuw hart. Café Moonen wordt omgedoopt tot een restaurant. „Wij "
            "koken elke avond anders”, zegt de eigenaar.")
    # no person: the business speaks for its owner (NOTES: unnamed officials and spokespeople)
    assert [(q.speaker, q.organisation) for q in items_of(Quote, text)] == [("Café Moonen", "Café Moonen")]
