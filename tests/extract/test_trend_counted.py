"""What "meer"/"minder" counts when the clause names the act or state counted (extract/_trend_counted.py),
a generic plural as the compound named before it (extract/_trend_phenomenon_reference.py), comparisons
with the year or years before (extract/_cues.py; an earlier part or the start of a period was withdrawn).

Invented sentences in the style of statistical reports and news: "Er werden minder X gestart",
"minder X actief dan een jaar eerder"; controls: flows compared with flows (no earlier
time), a participle of coming or expecting, two compounds of the head in one paragraph.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.model import Change


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Er werden in 2022 minder leerwerktrajecten gestart dan in 2021.", Change.DOWN,
         "gestarte leerwerktrajecten"),
        ("Er zijn in 2023 aanzienlijk meer bezwaren afgehandeld dan een jaar eerder.", Change.UP,
         "afgehandelde bezwaren"),
        ("Er werden in 2021 meer vergunningen verleend en ingetrokken dan in 2020.", Change.UP,
         "verleende en ingetrokken vergunningen"),
        ("Vorig jaar zijn er meer handhavers aangesteld in de binnenstad.", Change.UP,
         "aangestelde handhavers"),
    ],
)
def test_a_participle_names_what_was_counted(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


def test_a_state_adjective_names_the_stock() -> None:
    text = "Op 1 juli waren er 6 procent minder vergunningen actief dan een jaar eerder."
    assert pairs(text) == [(Change.DOWN, "actieve vergunningen")]


@pytest.mark.parametrize(
    "text",
    [
        "Er werden in 2023 minder vergunningen ingetrokken dan verleend.",  # two flows of one period
        "In 2022 waren er veel meer zaken afgesloten dan geopend.",
    ],
)
def test_flows_compared_with_flows_are_no_trend(text: str) -> None:
    assert pairs(text) == []


def test_a_participle_of_arising_is_no_act() -> None:
    assert pairs("Er is sinds 2015 meer ruimte ontstaan voor kleine ondernemers.") == [(Change.UP, "ruimte")]


def test_a_generic_plural_is_the_compound_of_its_paragraph() -> None:
    text = (
        "Op 31 december liepen er 4.100 schuldhulptrajecten. Het ging vooral om jongeren.\n\n"
        "In de regio liepen 800 re-integratietrajecten. Er werden in 2022 meer trajecten gestart dan in 2021."
    )
    assert (Change.UP, "gestarte re-integratietrajecten") in pairs(text)


def test_two_compounds_in_the_paragraph_leave_the_plural() -> None:
    text = (
        "Er liepen 4.100 schuldhulptrajecten en 800 re-integratietrajecten. "
        "Er werden in 2022 meer trajecten gestart dan in 2021."
    )
    assert (Change.UP, "gestarte trajecten") in pairs(text)


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Het aantal gestarte zorgtrajecten lag in 2023 4 procent lager dan in het jaar ervoor.", Change.DOWN,
         "aantal gestarte zorgtrajecten"),
        ("Zowel het aantal aanvragen als het aantal toekenningen lag in 2022 lager dan in de jaren ervoor.",
         Change.DOWN, "aantal aanvragen als het aantal toekenningen"),
    ],
)
def test_a_comparison_with_the_years_before(
    text: str, direction: Change, phenomenon: str
) -> None:
    assert pairs(text) == [(direction, phenomenon)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a definite noun of change with its subject in a prepositional phrase presupposes the change,
        # also as what a plea answers or in a condition (tests/gold/NOTES: change nouns are core)
        ("De partij pleit voor meer dialoog als antwoord op de verharding van het debat.", "debat"),
        ("Het plan rept met geen woord over de opwarming van de aarde.", "aarde"),
        ("Zonder verwijzing naar de opwarming van het zeewater is het verhaal onvolledig.", "zeewater"),
        # the noun inside the subject of another verb in another sense makes its own statement only
        ("Die vondst wordt vaak als bewijs van de opwarming van de zee opgevoerd.", "zee"),
    ],
)
def test_a_definite_noun_of_change_presupposes_the_change(text: str, phenomenon: str) -> None:
    assert pairs(text) == [(Change.UP, phenomenon)]


@pytest.mark.parametrize(
    "text",
    [
        "De partij pleit voor een verhoging van de accijns op tabak.",  # an indefinite plea
        "Ter verbetering van de veiligheid komen er camera's.",  # a purpose
        "De staatssecretaris wil de groei van het aantal flexwerkers terugdringen.",  # the goal's object
    ],
)
def test_a_plea_purpose_or_goal_states_no_rise(text: str) -> None:
    assert all(direction is not Change.UP for direction, _ in pairs(text))


def test_more_than_an_earlier_moment_after_a_pointer_takes_the_count_before() -> None:
    text = "Eind 2022 liepen er in totaal 3.120 leerwerktrajecten. Dat zijn er 40 meer dan een jaar eerder."
    assert pairs(text) == [(Change.UP, "leerwerktrajecten")]


def test_a_count_of_rules_in_force_is_no_change_of_a_rule() -> None:
    assert pairs("In totaal waren op dat moment 4.960 gedragsmaatregelen van kracht.") == []
    in_force = [(Change.SHIFT, "verbod op lachgas van kracht")]
    assert pairs("Sinds 1 januari is het verbod op lachgas van kracht.") == in_force


def test_a_pointer_takes_no_statement_across_a_numbered_heading() -> None:
    text = (
        "Het aantal aanvragen lag in 2022 lager dan in de jaren ervoor.\n\n2. Toezicht\n\n"
        "Eind 2022 liepen er 1.200 toezichtstrajecten. Dat zijn er 30 meer dan een jaar eerder."
    )
    assert (Change.UP, "toezichtstrajecten") in pairs(text)


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("In 2022 ontving de inspectie 4.200 meldingen, 8 procent meer dan een jaar eerder.", Change.UP,
         "meldingen"),
        ("Vorig jaar registreerde de gemeente 310 woninginbraken, 45 minder dan in 2021.", Change.DOWN,
         "woninginbraken"),
        ("Het aantal meldingen steeg naar 4.200, 8 procent meer dan een jaar eerder.", Change.UP,
         "aantal meldingen"),
    ],
)
def test_a_comparison_after_a_count_is_about_what_it_counts(
    text: str, direction: Change, phenomenon: str
) -> None:
    assert pairs(text) == [(direction, phenomenon)]


def test_vergeleken_met_opens_a_topic() -> None:
    text = "Vergeleken met vorig jaar is het aantal klachten afgenomen."
    assert pairs(text) == [(Change.DOWN, "aantal klachten")]
