"""Contrasts between then and now over two sentences and practices that stopped
(extract/_trend_then_now.py).

Invented sentences per class of wording found on unlabelled news (DPG articles of 2019, safety news
leads), with controls that are no trend: a person, an ability or a duty ("kan niet langer"), one
actor's permission, a length ("niet langer dan"), an advice in an infinitive clause, a sentence
about the past without a contrast.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # two values: the second sentence's value against the first one's
        (
            "Vroeger haalde de douane partijen van 200 kilo binnen. Nu gaat het om partijen van 2000 kilo.",
            Change.UP,
            "omvang van partijen",
        ),
        (
            "Vroeger kwamen er op een zomerdag 40 toeristen naar het dorp. Tegenwoordig zijn het er 4000.",
            Change.UP,
            "aantal toeristen naar het dorp",
        ),
        (
            "Jarenlang telde de krant 9000 abonnees. Inmiddels zijn er 3500 abonnees over.",
            Change.DOWN,
            "aantal abonnees",
        ),
        # no values: a shift of the subject of the second sentence
        (
            "Jarenlang deed de gemeente de controles zelf. Nu voeren particuliere bureaus die taak uit.",
            Change.SHIFT,
            "particuliere bureaus",
        ),
    ],
)
def test_then_and_now_in_two_sentences(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # two values, in digits or in words (a share against a percentage)
        ("Telde het museum in 2012 nog 900 bezoekers, nu zijn het er 610.", Change.DOWN, "aantal bezoekers"),
        (
            "Vond vorig jaar nog een kwart van de automobilisten dat de snelheid omlaag moest,"
            " nu is dat al 41 procent.",
            Change.UP,
            "aandeel automobilisten",
        ),
        # one value: "nog maar" gives down; the subject after "nu" names the phenomenon
        (
            "Waren de huren toen ruim twee keer zo duur als elders, nu is het verschil nog maar 20 procent.",
            Change.DOWN,
            "verschil",
        ),
        # the shares reversed
        (
            "Was vorig jaar nog de helft van de bewoners tevreden, nu is dat precies andersom.",
            Change.SHIFT,
            "aandeel bewoners tevreden",
        ),
    ],
)
def test_then_and_now_in_one_sentence(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # no finite verb first
        "Ooit waren ze de grootste club van het land, nu staat de vereniging er slecht voor.",
        "Er is nog veel discussie over de deelscooters, nu zijn ook de bewoners boos.",  # "nu" as conjunction
        "Kwam hij vorig jaar nog 30 keer te laat, nu is dat nog maar 3 keer.",  # a person
        "Telde de club in 2015 veel leden, nu zijn het er meer.",  # no "nog", no values
    ],
)
def test_no_then_and_now_in_one_sentence(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Vroeger gedroeg hij zich heel anders. Nu zit hij vaak alleen thuis.",  # a person
        "Vroeger woonde ze in Zwolle. In 2015 verhuisde ze naar Deventer.",  # no word of now
        "De boerderij stond er vroeger van 1887 tot 1964. Nu staat er een loods.",  # years, no values
    ],
)
def test_no_then_and_now(text: str) -> None:
    assert not any(d in (Change.UP, Change.DOWN) for d, _ in pairs(text))
    assert (Change.SHIFT, "hij") not in pairs(text)


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Plastic rietjes mogen niet langer in de horeca worden gebruikt.", "Plastic rietjes"),
        ("Een hypotheek is niet langer de zekerheid voor een oude dag.", "hypotheek"),
        (
            "Er is niet langer een vaste bezetting op het politiebureau.",
            "vaste bezetting op het politiebureau",
        ),
    ],
)
def test_practice_that_stopped(text: str, phenomenon: str) -> None:
    assert (Change.SHIFT, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("De handel in wapens gebeurt inmiddels niet meer alleen via louche cafés.", "handel in wapens"),
        ("Maar de smokkel gebeurt niet meer alleen met kleine bootjes, zegt een agent.", "smokkel"),
        ("Oplichters werken niet meer alleen via de telefoon.", "Oplichters"),
    ],
)
def test_no_longer_only(text: str, phenomenon: str) -> None:
    assert (Change.SHIFT, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("De slagboom gaat alleen nog open voor hulpdiensten.", "slagboom"),
        ("Veel apotheken accepteren alleen nog pinbetalingen.", "apotheken"),
    ],
)
def test_only_still(text: str, phenomenon: str) -> None:
    assert (Change.DOWN, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hij accepteert alleen nog contant geld.",  # a person
        "Forum wil dat de provincie zich alleen nog bezighoudt met kerntaken.",  # a wish
        "Tegen agenten kon de bestuurder alleen nog maar stamelen.",  # one case, an ability
    ],
)
def test_no_only_still(text: str) -> None:
    assert not any(d is Change.DOWN for d, _ in pairs(text))


@pytest.mark.parametrize(
    "text",
    [
        "De school kan de klachten van ouders niet langer negeren.",  # an ability
        "Patiënten hoeven niet langer op een uitslag te wachten.",  # a duty
        "De rechter zegt dat Nederland het schip niet langer mag vasthouden.",  # one actor's permission
        "Hij is niet langer voorzitter van de voetbalclub.",  # a person
        "Het verhoor duurde niet langer dan een uur.",  # a length
        "Bewoners is geadviseerd niet langer thuis te blijven.",  # an advice
        "De politie gaat er niet langer vanuit dat het om een misdrijf gaat.",  # one case
        "Henk Smit staat niet meer alleen aan het roer van het bedrijf.",  # a person
        "Estelle durfde wekenlang niet meer alleen over straat.",  # a person, alone
    ],
)
def test_no_practice_that_stopped(text: str) -> None:
    assert not any(d is Change.SHIFT for d, _ in pairs(text))
