"""Trend precision on unseen news, round 2 (issue 10): persistence ("al jaren", "al sinds") and
"blijven" said of one named actor or one thing are no trends; a goal named by a nominalised verb
of change ("Doel is het terugdringen van …") is (extract/_trend_cases.py, _trend_filters.py).
Invented sentences per class, each with a control that stays a trend.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs, statements_of
from trendbeeld.model import Change


@pytest.mark.parametrize(
    "text",
    [
        # "blijven" with a person or a party named in the text
        "Premier Rutte sprak met Jansen. Jansen blijft nog even, zei de partij.",
        "De SP blijft met een klein verlies de grootste partij in de gemeenteraad.",
        "Na de uitslag bleef de PvdA in zetels gelijk.",
        "De Britten blijven maar ruziën over het vertrek uit de EU.",
        "Vanaf de bank zullen Bakker en De Jong de invallers zijn. Daarna bleef Bakker alleen achter.",
        # persistence of one person, place or thing
        "Het merk bestaat al jaren niet meer, zegt de eigenaar.",
        "De voetbalclub wacht al sinds 2011 op een nieuwe titel. Intussen wacht de club al sinds 2011.",
        "Het raadslid Pieterse (GL), die al jaren strijdt tegen de nieuwe weg, is teleurgesteld.",
        "In de brief schrijven bewoners dat ze al jaren niet meer naar het park gaan.",
        "De opgepakte man leeft al lange tijd in onmin met zijn buren.",
    ],
)
def test_no_trend(text: str) -> None:
    assert [s for s in statements_of(text) if s.direction is Change.STABLE] == []


@pytest.mark.parametrize(
    ("text", "direction", "word"),
    [
        # controls: persistence of a public phenomenon, "blijven" with a state of one
        ("Al jaren kampt de politie met een torenhoog ziekteverzuim.", Change.STABLE, "ziekteverzuim"),
        ("Op het Binnenhof is roken al jaren een gevoelig onderwerp.", Change.STABLE, "roken"),
        ("De Britse politiek laat al jaren een staaltje onvermogen zien.", Change.STABLE, "politiek"),
        ("Het risico op een aanslag blijft reëel.", Change.STABLE, "aanslag"),
        ("De criminaliteit in de binnenstad blijft een aandachtspunt.", Change.STABLE, "criminaliteit"),
        ("De huurprijzen in Utrecht blijven hoog.", Change.STABLE, "huurprijzen"),
        # a goal named by a nominalised verb of change
        (
            "De politie hield een actie met als doel het vergroten van de verkeersveiligheid.",
            Change.UP,
            "verkeersveiligheid",
        ),
        (
            "Het college wil tot 2022 een ton per jaar besteden aan het terugdringen van ondermijning.",
            Change.DOWN,
            "ondermijning",
        ),
    ],
)
def test_still_a_trend(text: str, direction: Change, word: str) -> None:
    found = pairs(text)
    assert any(d is direction and word in p for d, p in found), found


def test_an_activity_without_an_aim_is_no_goal() -> None:
    """"denken mee over het verbeteren van de kwaliteit": an activity, no goal and no trend."""
    text = "Vijf bedrijven denken mee over het verbeteren van de kwaliteit van de shops."
    assert statements_of(text) == []
