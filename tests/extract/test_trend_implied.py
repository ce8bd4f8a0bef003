"""Change implied without a verb or noun of change (extract/_trend_implied.py): "steeds" before an
inflected comparative and a noun, and damage done to a public good.

Invented sentences per class of wording found on unlabelled news (DPG articles of 2019, safety news
leads, politie.nl news), with controls that are no trend: "nog steeds", no comparative, one
person's own good, what would or may happen, a negation, a question, damage to things.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        (
            "Oplichters gebruiken steeds slimmere trucs om ouderen geld afhandig te maken.",
            Change.UP,
            "trucs (slimmer)",
        ),
        ("Leraren staan voor steeds grotere klassen in de onderbouw.", Change.UP, "klassen"),
        ("Boeren krijgen alsmaar lagere prijzen voor melk.", Change.DOWN, "prijzen voor melk"),
        (
            "Het gaat om een almaar hechtere samenwerking tussen scholen en wijkteams.",
            Change.UP,
            "samenwerking tussen scholen en wijkteams (hechter)",
        ),
    ],
)
def test_steadily_before_an_inflected_comparative(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


def test_steadily_before_an_inflected_comparative_light_noun() -> None:
    """With a noun that only carries the comparative ("rol", "bedreiging"), the subject grows."""
    found = pairs("Phishing vormt een steeds grotere bedreiging voor het midden- en kleinbedrijf.")
    assert (Change.UP, "Phishing") in found


@pytest.mark.parametrize(
    "text",
    [
        "Huurders betalen nog steeds hogere lasten dan kopers.",  # a level that lasts
        "Bij elke wedstrijd zie je steeds andere gezichten op de tribune.",  # no comparative
        "Zouden er steeds zwaardere straffen moeten komen?",  # a question
        "Als gemeenten steeds strengere eisen stellen, haken organisatoren af.",  # a condition
    ],
)
def test_no_steady_growth(text: str) -> None:
    assert not any(p.endswith("er)") for _, p in pairs(text))


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het vertrouwen in de rechtspraak is door deze affaire aangetast.", "vertrouwen in de rechtspraak"),
        ("Volgens de burgemeester is het imago van de wijk ernstig beschadigd.", "imago van de wijk"),
        (
            "Door de fraude wordt het vertrouwen in de lokale overheid steeds verder ondermijnd.",
            "vertrouwen in de lokale overheid",
        ),
        ("Deuk in imago van de jeugdzorg: ouders haken af", "imago van de jeugdzorg"),
        ("Het consumentenvertrouwen is door de handelsoorlog geschaad.", "consumentenvertrouwen"),
    ],
)
def test_damage_to_a_public_good(text: str, phenomenon: str) -> None:
    assert (Change.DOWN, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    ("text", "good"),
    [
        ("De buurman vond dat zijn goede naam was aangetast.", "naam"),  # one person's own good
        ("Volgens de partij zou de vrijheid van onderwijs worden aangetast.", "vrijheid"),  # would happen
        ("Er zijn geen aanwijzingen dat het vertrouwen in de bank is geschaad.", "vertrouwen"),  # negation
        ("Is het vertrouwen in de politie door deze zaak aangetast?", "vertrouwen"),  # a question
        ("Bij de brand zijn vier geparkeerde auto's beschadigd.", "auto"),  # things, no public good
        ("Landen die de rechtsstaat ondermijnen, krijgen minder subsidie.", "rechtsstaat"),  # a mechanism
        ("Na de aanrijding zat er een flinke deuk in de motorkap.", "motorkap"),  # a dent in a thing
    ],
)
def test_no_damage_to_a_public_good(text: str, good: str) -> None:
    assert not any(good in phenomenon for _, phenomenon in pairs(text))


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("De kap in het park heeft te maken met de oprukkende essentaksterfte.", "essentaksterfte"),
        ("Winkeliers klagen over het uitdijende aanbod van webwinkels.", "aanbod van webwinkels"),
        ("Bewoners vrezen de voortschrijdende verstening van tuinen.", "verstening van tuinen"),
    ],
)
def test_participles_of_spreading(text: str, phenomenon: str) -> None:
    """lexicon/change.tsv: participles of spreading before the noun phrase (up)."""
    assert (Change.UP, phenomenon) in pairs(text)


def test_emerging_markets_are_no_rise() -> None:
    assert pairs("Het fonds belegt vooral in opkomende markten.") == []


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het regent de laatste tijd klachten over de afvalinzameling.", "klachten over de afvalinzameling"),
        ("Sinds de oproep regent het meldingen van oplichting.", "meldingen van oplichting"),
    ],
)
def test_what_rains_is_a_surge(text: str, phenomenon: str) -> None:
    assert (Change.UP, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het regende flink toen de optocht begon.",
        "Op het moment van de aanrijding regende het in Zwolle.",
        "Als het regent, gaat de markt niet door.",
        "De regent van het vorstendom trad gisteren af.",
    ],
)
def test_rain_is_no_surge(text: str) -> None:
    assert not any(d is Change.UP for d, _ in pairs(text))


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Padelbanen schieten als paddenstoelen uit de grond.", "Padelbanen"),
        ("In de binnenstad schieten nagelstudio's als paddenstoelen uit de grond.", "nagelstudio's"),
        ("ZWOLLE - Laadpalen schieten in de wijken als paddenstoelen uit de grond.", "Laadpalen"),
        ("Bijna 300 flitsbezorgers die als paddenstoelen uit de grond schoten, sluiten.", "flitsbezorgers"),
    ],
)
def test_what_springs_up_rises(text: str, phenomenon: str) -> None:
    assert (Change.UP, phenomenon) in pairs(text)


def test_what_gets_out_of_hand_rises() -> None:
    assert (Change.UP, "fietsendiefstal bij het station") in pairs(
        "De fietsendiefstal bij het station loopt de spuigaten uit."
    )
    assert (Change.UP, "wildplassen in het centrum") in pairs(
        "Het loopt de spuigaten uit met het wildplassen in het centrum."
    )
    assert pairs("Het loopt echt de spuigaten uit.") == []
