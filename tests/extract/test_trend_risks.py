"""Feared, threatened and expected changes without a verb of change (extract/_trend_risks.py).

Invented sentences per class of wording found on unlabelled news (DPG articles of 2019, safety news
leads), each class with controls that are no trend: a person who threatens, a sanction, a state,
pressure put on someone, a comparison with the expectation.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs, statements_of
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # coming under pressure, at stake: the subject declines
        (
            "Op den duur komt de sociale samenhang in de wijk daardoor onder druk te staan.",
            Change.DOWN,
            "sociale samenhang in de wijk",
        ),
        (
            "Gemeenten waarschuwen dat de aanpak van uitbuiting onder druk komt te staan.",
            Change.DOWN,
            "aanpak van uitbuiting",
        ),
        ("Bij zulke tekorten raakt de zorg voor ouderen in het gedrang.", Change.DOWN, "zorg voor ouderen"),
        # threatened: the direction of the verb of change after "te", a loss, a move
        ("Veel oude geneesmiddelen dreigen van de markt te verdwijnen.", Change.DOWN, "oude geneesmiddelen"),
        ("Het vertrouwen in de rechtspraak dreigt verloren te gaan.", Change.DOWN, "vertrouwen in de"),
        (
            "De wijkagent wil ingrijpen bij scholieren die dreigen over te stappen van winkeldiefstal naar "
            "straatroof.",
            Change.SHIFT,
            "scholieren",
        ),
        # a threat that arises, with "er"
        ("Er dreigt een tekort aan kraamverzorgenden.", Change.UP, "tekort aan kraamverzorgenden"),
        ("In de binnenstad dreigt er meer overlast van toeristen.", Change.UP, "overlast van toeristen"),
        # expected or feared more or less
        ("Het RIVM verwacht dit jaar meer overlast van de eikenprocessierups.", Change.UP, "overlast"),
        ("De verwachting is dat hierdoor meer kiezers naar de stembus gaan.", Change.UP, "kiezers"),
        ("Bovendien worden er in de toekomst meer hete zomers verwacht.", Change.UP, "hete zomers"),
        ("De dienst verwacht dit jaar minder vergunningen af te geven.", Change.DOWN, "vergunningen"),
        ("De aanslagen voeden de vrees dat er meer aanvallen op tankers volgen.", Change.UP, "aanvallen"),
        (
            "De wijkagent vreest dat de proef met de gereguleerde teelt van wiet in de gemeente zorgt voor "
            "meer straathandel.",
            Change.UP,
            "straathandel",
        ),
    ],
)
def test_feared_threatened_and_expected_changes(text: str, direction: Change, phenomenon: str) -> None:
    found = pairs(text)
    assert len(found) == 1, found
    assert found[0][0] == direction
    assert phenomenon in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # a person who threatens, or a threat with something
        "De buurman dreigde met een mes.",
        "De 52-jarige dreigde zijn ex-vriendin iets aan te doen.",
        "Partijleden dreigen met opstappen als het akkoord er komt.",
        "Hoe harder je schreeuwt en dreigt, des te meer kans op resultaat.",
        # a sanction for a suspect, or one case without "er"
        "Voor de twee verdachten dreigt er een jarenlange celstraf.",
        "Ontslag dreigt voor de directeur van de stichting.",
        # being under pressure is a state; pressure put on someone or coming from someone
        "De rechterlijke macht staat in dat land onder druk.",
        "Per sms worden ouderen onder druk gezet om geld over te maken.",
        "Onder druk van de achterban besloot de partij het voorstel in te trekken.",
        "Burgemeester Jansen kwam door de onrust onder zware druk te staan.",
        "Twee partijen komen tegenover elkaar te staan en de samenwerking in de regio staat onder druk.",
        # only a possibility: a general mechanism
        "Hierdoor kunnen de privacy en de keuzevrijheid van burgers onder druk komen te staan.",
        # one owner's loss
        "De garagehouder dreigt zijn dealerschap kwijt te raken.",
        # against the expectation, a need, a property, no longer
        "De opkomst was veel hoger dan verwacht.",
        "De premier verwacht meer tijd nodig te hebben voor een akkoord.",
        "Het bedrijf verwacht dit jaar minder winstgevend te zijn.",
        "Naar verwachting komt de kermis niet meer terug naar het plein.",
        "Er wordt verwacht dat de komende dagen meer foto's van de zangeres opduiken.",
        "We verwachten binnen twee weken meer details over de plannen te geven.",
        # a condition
        "Als de prognoses kloppen, krijgt de partij meer zetels in de Staten.",
    ],
)
def test_no_trend(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon", "evidence"),
    [
        # a question that presupposes the change said before it
        (
            "Het aantal meldingen van agressie tegen conducteurs is vorig jaar flink gestegen. "
            "Wat is volgens u de verklaring voor die toename?",
            Change.UP,
            "agressie tegen conducteurs",
            "die toename",
        ),
        # a compound names what rose
        (
            "Het was een onrustig jaar in de wijk. Wat zijn volgens u de oorzaken van deze geweldstoename?",
            Change.UP,
            "geweld",
            "deze geweldstoename",
        ),
        # a change like one said before
        (
            "In Frankrijk is de afgelopen jaren het aantal diefstallen van fietsen sterk gedaald. "
            "In België is eenzelfde tendens te zien als in Frankrijk.",
            Change.DOWN,
            "diefstallen van fietsen",
            "eenzelfde tendens",
        ),
        # ... with its own complement
        (
            "Het gebruik van lachgas nam na de zomer fors af. Een soortgelijke afname werd ook gezien in "
            "de verkoop van ballonnen.",
            Change.DOWN,
            "verkoop van ballonnen",
            "soortgelijke afname",
        ),
    ],
)
def test_change_pointed_at(text: str, direction: Change, phenomenon: str, evidence: str) -> None:
    found = [s for s in statements_of(text) if s.text == evidence]
    assert len(found) == 1, statements_of(text)
    assert found[0].direction == direction
    assert phenomenon in found[0].phenomenon


@pytest.mark.parametrize(
    "text",
    [
        # a restatement in a declarative sentence
        "Het aantal demonstraties nam toe. Deze ontwikkelingen zijn terug te zien bij de boerenprotesten.",
        # negated
        "Het aantal zieke bouwvakkers is gestegen. Bij het kantoorpersoneel zie je die toename niet?",
        # no change said before
        "Wat is uw verklaring voor die toename?",
    ],
)
def test_pointer_without_trend(text: str) -> None:
    pointed = [s for s in statements_of(text) if s.text.lower().startswith(("deze", "die"))]
    assert pointed == []
