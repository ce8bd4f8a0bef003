"""Pointers in trend statements (extract/_trend_pointers.py): an impersonal "het" before a
comparative of change points at nothing; what becomes harder, busier or safer is the infinitive
clause or the place after the comparative ("Het wordt steeds moeilijker om …", "Het is drukker
geworden op …"). Without either, "het" stays a pointer to the statement before it.

Invented sentences of the wording found on unlabelled news (DPG articles of 2019, safety news
leads).
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het wordt steeds moeilijker om geschikte leraren voor de klas te vinden.",
         "geschikte leraren voor de klas te vinden (moeilijker)"),
        ("Het is veel drukker geworden op de Ringweg-Oost.", "Ringweg-Oost (drukker)"),
        (
            "Het is opnieuw veiliger geworden in Zutphen ten opzichte van een jaar geleden.",
            "Zutphen (veiliger)",
        ),
        ("Het is ook drukker geworden bij de voedselbank.", "voedselbank (drukker)"),
        ("Het is de laatste jaren drukker geworden op de A12.", "A12 (drukker)"),
        ("Nu is het drukker geworden in de binnenstad.", "binnenstad (drukker)"),
        ("Sinds de opening van de brug is het veel drukker geworden op de Waalkade.", "Waalkade (drukker)"),
        (
            "Voor starters wordt het door al deze beleggers steeds moeilijker een huis te kopen.",
            "een huis te kopen (moeilijker)",
        ),
        (
            "Omdat de handel wereldwijd is, is het volgens de inspectie moeilijker geworden om fraude "
            "op te sporen.",
            "fraude op te sporen (moeilijker)",
        ),
    ],
)
def test_impersonal_het_takes_the_clause_or_place_after_the_comparative(text: str, phenomenon: str) -> None:
    assert pairs(text) == [(Change.UP, phenomenon)]


def test_het_without_clause_or_place_stays_a_pointer() -> None:
    found = pairs("Het aantal inbraken in de wijk nam vorig jaar toe. Het wordt steeds erger.")
    assert found == [(Change.UP, "aantal inbraken in de wijk"), (Change.UP, "aantal inbraken in de wijk")]


def test_impersonal_het_after_a_change_said_before_takes_its_own_clause() -> None:
    found = pairs(
        "De administratieve lasten voor ondernemers nemen toe. "
        "Het wordt steeds moeilijker om goed personeel in vaste dienst te nemen."
    )
    assert found[-1] == (Change.UP, "goed personeel in vaste dienst te nemen (moeilijker)")


def test_pointer_after_a_section_heading_does_not_take_the_statement_before_it() -> None:
    text = (
        "Dienstverlening\n\nDe wachttijden aan de balie van het gemeentehuis nemen toe.\n\n"
        "Personeel\n\nHet gebrek aan ervaren medewerkers versterkt deze ontwikkeling."
    )
    assert pairs(text) == [(Change.UP, "wachttijden aan de balie van het gemeentehuis")]


def test_pointer_in_the_same_section_takes_the_statement_before_it() -> None:
    text = (
        "Dienstverlening\n\nDe wachttijden aan de balie van het gemeentehuis nemen toe. "
        "Het gebrek aan ervaren medewerkers versterkt deze ontwikkeling."
    )
    assert pairs(text) == [(Change.UP, "wachttijden aan de balie van het gemeentehuis")] * 2


def test_inverted_het_after_a_pronoun_is_no_impersonal_change() -> None:
    found = pairs("Bij deze uitslag wordt het voor hem veel lastiger om een meerderheid te vormen.")
    assert (Change.UP, "een meerderheid te vormen (lastiger)") not in found
