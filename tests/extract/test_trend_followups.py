"""Trend statements on Dutch news nobody tuned on (issue 10): words in -er that are no
comparatives, turnout that is no rise, past duties, pointers to the figure before and subjects
with a clause inside.

Every example sentence is made up for these tests; none comes from a gold text.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.model import Change


@pytest.mark.parametrize(
    "text",
    [
        "Ajax is nog steeds koploper in de eredivisie.",
        "De oppositie staat nog steeds achter de president.",
        "Volgend jaar wordt zij minister van Financiën.",
        "Het plan wordt echter pas in mei besproken.",
    ],
)
def test_a_word_in_er_that_is_no_comparative_is_no_change(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Het verkeer in de binnenstad wordt steeds drukker.", "verkeer in de binnenstad (drukker)"),
        ("De zorg voor ouderen wordt steeds beter.", "zorg voor ouderen (beter)"),
    ],
)
def test_a_comparative_by_lemma_or_irregular_stays_a_rise(text: str, phenomenon: str) -> None:
    assert pairs(text) == [(Change.UP, phenomenon)]


@pytest.mark.parametrize(
    "text",
    [
        "De opkomst bij de gemeenteraadsverkiezingen was laag.",
        "De organisatie was verrast door de grote opkomst op de markt.",
    ],
)
def test_turnout_is_no_rise(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("De opkomst van deelscooters in de stad baart de gemeente zorgen.",
         "deelscooters in de stad"),
        ("Online fraude met betaalverzoeken is in opkomst.", "Online fraude met betaalverzoeken"),
    ],
)
def test_opkomst_of_something_is_a_rise(text: str, phenomenon: str) -> None:
    assert pairs(text) == [(Change.UP, phenomenon)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # what the figure of the sentence before counts
        ("Vorig jaar telde de politie 400 inbraken in Delft. Dat aantal zal dit jaar verder oplopen.",
         "aantal inbraken"),
        ("Het waterschap telde 400 overstromingen. Dat aantal neemt toe.", "aantal overstromingen"),
        # what the measure changes to, in its own sentence
        ("Er zaten 40 verdachten vast. Verwacht wordt dat dat aantal oploopt naar 60 gedetineerden.",
         "aantal gedetineerden"),
    ],
)
def test_a_pointed_measure_is_what_the_figure_counts(text: str, phenomenon: str) -> None:
    assert (Change.UP, phenomenon) in pairs(text)


def test_a_pointed_measure_after_a_participle_keeps_the_measure() -> None:
    found = pairs("De stuwmeren zijn voor 53 procent gevuld. Dat percentage gaat deze winter nog oplopen.")
    assert found == [(Change.UP, "percentage")]


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Boeren beschermen zo de bodemvruchtbaarheid die in Drenthe al jaren afneemt.", Change.DOWN,
         "bodemvruchtbaarheid"),
        ("De politie sprak van een ernstig incident, dat in Friesland nooit eerder is voorgekomen.",
         Change.SHIFT, "ernstig incident"),
    ],
)
def test_a_place_after_a_relative_pronoun_is_no_subject(
    text: str, direction: Change, phenomenon: str
) -> None:
    assert pairs(text) == [(direction, phenomenon)]


@pytest.mark.parametrize(
    "text",
    [
        # a subordinator before the pronoun, or the change after the comma that closes the clause
        "Bedrijven kopen rechten, zodat die in Europa binnen de normen blijven.",
        "De krant haalt de deadline, die in Utrecht al was uitgesteld, het bezoek aan de site schiet omhoog.",
    ],
)
def test_no_relative_or_no_change_inside_it_keeps_the_old_subject(text: str) -> None:
    assert all(not name.startswith(("Bedrijven", "deadline", "krant")) for _, name in pairs(text))


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Het aantal zakkenrollers in de trein is gestegen van 300 naar 410.", Change.UP,
         "aantal zakkenrollers in de trein"),
        ("Het aandeel tevreden huurders is geslonken van 64 tot 51 procent.", Change.DOWN,
         "aandeel tevreden huurders"),
    ],
)
def test_a_participle_with_its_start_value_is_no_noun(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in pairs(text)


def test_an_infinitive_with_its_complement_stays_a_noun() -> None:
    assert pairs("Het stijgen van de huren baart zorgen.") == [(Change.UP, "huren")]


@pytest.mark.parametrize(
    "text",
    [
        "Na de brand bleef alleen de schuur staan.",
        "Tijdens de vergadering bleef de wethouder gewoon zitten.",
        "Het afval bleef wekenlang liggen.",
        "Zo'n liedje blijft lang hangen bij de leerlingen.",
    ],
)
def test_blijven_with_a_verb_of_posture_is_a_place_kept(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("De handhavingscapaciteit blijft onder druk staan.", "handhavingscapaciteit"),
        ("Ondermijning blijft hoog op de agenda staan.", "Ondermijning"),
    ],
)
def test_blijven_with_a_state_before_the_posture_stays_stable(text: str, phenomenon: str) -> None:
    assert pairs(text) == [(Change.STABLE, phenomenon)]


@pytest.mark.parametrize(
    "text",
    [
        "Een reactie van de burgemeester bleef uit, ook na herhaalde vragen.",
        "Van de twaalf kandidaten bleven er uiteindelijk maar drie over.",
        "Na de huur blijft er weinig over en dan stem je op een protestpartij.",
    ],
)
def test_blijven_with_a_particle_a_few_words_on_is_another_verb(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "De wethouders blijven realistisch over de planning.",
        "De provincie blijft mordicus tegen de nieuwe windparken.",
        "De minister blijft van mening dat de regels volstaan.",
    ],
)
def test_blijven_with_a_stance_is_no_trend(text: str) -> None:
    assert pairs(text) == []


def test_blijven_with_a_state_before_tegen_stays_stable() -> None:
    found = pairs("De werkloosheid blijft laag tegen de achtergrond van de crisis.")
    assert found == [(Change.STABLE, "werkloosheid")]
