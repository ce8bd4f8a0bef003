"""The stated aim of a measure, a plan or a rule (extract/_trend_aims.py, via _trend_legal).

Invented sentences after the wording found on unlabelled news (DPG articles of 2019, safety news
leads, RSS titles): a noun of policy, perhaps with one verb, then "om … te" and an infinitive of
change; with controls that are no trend: pleas and wishes, a party's proposal, negations,
conditions, questions and an aim without a direction.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("De gemeente treft twintig maatregelen om geluidsoverlast te verminderen.", Change.DOWN,
         "geluidsoverlast"),
        ("Het gaat om tijdelijke maatregelen om de verkeersveiligheid te verbeteren.", Change.UP,
         "verkeersveiligheid"),
        ("Rotterdam nam het besluit om de veiligheid op de kades te vergroten.", Change.UP,
         "veiligheid op de kades"),
        ("Nadat de bank doelstellingen formuleerde om de uitstoot van methaan te verminderen, volgden zij.",
         Change.DOWN, "uitstoot van methaan"),
        ("Het kabinet presenteerde klimaatplannen om het gebruik van steenkool te verminderen.", Change.DOWN,
         "gebruik van steenkool"),
    ],
)
def test_the_aim_of_a_measure_is_a_trend(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "De partij pleit voor een regionale aanpak om de overlast te verminderen.",
        "De fractie deed een voorstel om de toeristenbelasting te verhogen.",
        "Er zijn nog geen maatregelen om het lawaai te verminderen.",
        "Als er geen plan komt om de wachtlijsten te verkorten, stapt de raad op.",
        "Komt er een plan om de files te verminderen?",
        "De minister kondigde maatregelen aan om herhaling te voorkomen.",
        "Hij nam het besluit om te stoppen met roken.",
    ],
)
def test_no_aim_of_a_measure(text: str) -> None:
    assert not [p for p in pairs(text) if p[0] in (Change.UP, Change.DOWN)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("De politie gaat extra controleren op scooters die over de stoep rijden.", "controle op scooters"),
        ("Gemeente Zeist gaat strenger optreden tegen foutparkeerders.", "optreden tegen foutparkeerders"),
        ("De politie gaat vaker snelheidscontroles uitvoeren op de Waal.", "snelheidscontroles op Waal"),
    ],
)
def test_announced_stricter_enforcement_is_up(text: str, phenomenon: str) -> None:
    assert (Change.UP, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente moet strenger optreden tegen foutparkeerders.",
        "De politie gaat niet extra controleren op scooters.",
        "De band gaat vaker optreden in het buitenland.",
    ],
)
def test_no_announced_enforcement(text: str) -> None:
    assert not [p for p in pairs(text) if p[0] == Change.UP]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hoped effect of a measure just described: one statement per conjunct
        (
            "De wijkagenten hopen zo de veiligheid op straat te vergroten en het aantal inbraken te"
            " verminderen.",
            [(Change.UP, "veiligheid op straat"), (Change.DOWN, "aantal inbraken")],
        ),
        # a particle verb split by "te"
        (
            "De gemeente hoopt met deze aanpak de overlast in het centrum terug te dringen.",
            [(Change.DOWN, "overlast in het centrum")],
        ),
        (
            "De burgemeester hoopt daarmee drugshandel in de wijk tegen te gaan.",
            [(Change.DOWN, "drugshandel in de wijk")],
        ),
    ],
)
def test_the_hoped_effect_of_a_measure(text: str, expected: list[tuple[Change, str]]) -> None:
    found = pairs(text)
    assert all(pair in found for pair in expected)


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente hoopt dat de overlast in het centrum afneemt.",  # a hope about others' acts
        "Wie hoopt zo de overlast te verminderen?",  # a question
        "De club hoopt zo snel mogelijk weer te spelen.",  # no change
    ],
)
def test_no_hoped_effect(text: str) -> None:
    assert not [p for p in pairs(text) if p[0] in (Change.UP, Change.DOWN)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("In het Beatrixpark gaat de politie extra surveilleren.", "surveillance in Beatrixpark"),
        ("De politie gaat extra surveilleren in de binnenstad.", "surveillance in binnenstad"),
    ],
)
def test_announced_enforcement_at_a_place(text: str, phenomenon: str) -> None:
    assert (Change.UP, phenomenon) in pairs(text)


def test_announced_enforcement_without_a_place_is_none() -> None:
    assert not pairs("Agenten gaan er extra controleren.")
