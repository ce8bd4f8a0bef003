"""Trend statements: a phenomenon and its direction from Dutch wording of change."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of, pairs
from trendbeeld.model import Change, TrendStatement


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        ("Cybercrime neemt toe.", Change.UP, "Cybercrime"),
        ("Het aantal meldingen van fraude neemt fors toe.", Change.UP, "aantal meldingen van fraude"),
        ("In deze onrust neemt de kans op gewelddadige incidenten toe.", Change.UP, "kans op gewelddadige"),
        ("De jeugdcriminaliteit daalt al jaren.", Change.DOWN, "jeugdcriminaliteit"),
        ("Het vertrouwen in de rechtspraak neemt af.", Change.DOWN, "vertrouwen in de rechtspraak"),
        ("Het vertrouwen in de politie blijft stabiel.", Change.STABLE, "vertrouwen in de politie"),
        ("De polarisatie in de samenleving verhardt.", Change.UP, "polarisatie"),
        ("De drugshandel verschuift naar online platforms.", Change.SHIFT, "drugshandel"),
        ("Er is een toename van het aantal protesten.", Change.UP, "aantal protesten"),
        ("Toenemende mondigheid van burgers vraagt veel.", Change.UP, "mondigheid van burgers"),
        ("Burgers worden steeds mondiger.", Change.UP, "Burgers"),
        ("Er is steeds meer behoefte aan toezicht en handhaving.", Change.UP, "behoefte aan toezicht"),
        ("Jongeren zijn steeds minder vaak tevreden over de democratie.", Change.DOWN, "Jongeren"),
        ("De stemming over asielzoekers is iets negatiever geworden.", Change.DOWN, "stemming over"),
        ("De rol van de overheid in cyberspace verandert.", Change.SHIFT, "rol van de overheid"),
        ("Door de pandemie wint het lokale bestuur aan belang.", Change.UP, "lokale bestuur"),
        ("Sociale media versterken de polarisatie.", Change.UP, "polarisatie"),
        ("De inbraken nemen niet toe.", Change.STABLE, "inbraken"),
        ("De criminaliteit in de regio is de afgelopen vijf jaar gedaald.", Change.DOWN,
         "criminaliteit in de regio"),
        ("Het aantal woninginbraken is opnieuw afgenomen.", Change.DOWN, "aantal woninginbraken"),
    ],
)
def test_direction_and_phenomenon(text: str, direction: Change, phenomenon: str) -> None:
    [statement] = items_of(TrendStatement, text)
    assert statement.direction is direction
    assert phenomenon.lower() in statement.phenomenon.lower()


def test_one_statement_per_phenomenon_in_a_sentence() -> None:
    text = "Het schetste een beeld van veranderende criminaliteit en verschuivende geopolitieke verhoudingen."
    statements = items_of(TrendStatement, text)
    assert [(s.direction, s.phenomenon) for s in statements] == [
        (Change.SHIFT, "criminaliteit"),
        (Change.SHIFT, "geopolitieke verhoudingen"),
    ]


def test_relative_clause_takes_its_antecedent() -> None:
    text = "Er zijn aanwijzingen dat de verspreiding van kinderporno, die in 2019 al steeg, verder toeneemt."
    statements = items_of(TrendStatement, text)
    assert statements
    assert all("kinderporno" in s.phenomenon for s in statements)
    assert {s.direction for s in statements} == {Change.UP}


@pytest.mark.parametrize(
    "text",
    [
        "Het is belangrijk om de samenwerking te verbeteren.",
        "Er blijft aandacht nodig voor preventie.",
        "Hij keek naar de veranderingen.",
        "De economische groei en de werkgelegenheid.",
    ],
)
def test_no_statement_for_aims_norms_or_bare_nouns(text: str) -> None:
    assert items_of(TrendStatement, text) == []


def test_statement_in_hard_wrapped_text_points_into_the_original() -> None:
    text = "Het aantal meldingen omtrent cyber\ncrime neemt \nfors toe."
    [statement] = items_of(TrendStatement, text)
    assert statement.direction is Change.UP
    assert "cybercrime" in statement.phenomenon
    assert statement.text.endswith("toe")


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # a clause that opens with a topic: the subject follows the finite verb
        ("Sinds de invoering van de wet is het aantal boetes gestegen.", Change.UP, "aantal boetes"),
        ("Tussen 2015 en 2019 bleef het aandeel rokers stabiel.", Change.STABLE, "aandeel rokers"),
        ("Maar in 2022 was de overlast in de wijk weer afgenomen.", Change.DOWN, "overlast in de wijk"),
        ("In Zwolle is tijdens de zomer de hinder van drones toegenomen.", Change.UP, "hinder van drones"),
        # a relative clause inside the subject belongs to it
        (
            "In tien jaar is het aantal jongeren dat vrijwilligerswerk doet voor de buurt sterk gedaald.",
            Change.DOWN,
            "aantal jongeren dat vrijwilligerswerk doet voor de buurt",
        ),
        # the subject ends at "is" before an adverbial of time
        ("Het aantal inbraken is tussen 2012 en 2020 sterk gedaald.", Change.DOWN, "aantal inbraken"),
    ],
)
def test_subject_of_inverted_and_long_clauses(text: str, direction: Change, phenomenon: str) -> None:
    [statement] = items_of(TrendStatement, text)
    assert statement.direction is direction
    assert statement.phenomenon.lower() == phenomenon.lower()


def test_new_clause_after_a_comma_and_an_adverb_or_a_year() -> None:
    text = (
        "Het jaar 2019 was uitzonderlijk rustig, daarmee is de overlast van jongeren dus afgenomen, "
        "in 2023 is het aantal meldingen weer gestegen."
    )
    statements = items_of(TrendStatement, text)
    assert [(s.direction, s.phenomenon) for s in statements] == [
        (Change.DOWN, "overlast van jongeren"), (Change.UP, "aantal meldingen")
    ]


def test_relative_pronoun_after_a_comma_is_not_read_as_a_topic() -> None:
    text = "Er waren veel lockdowns, wat heeft geleid tot verminderde interactie met vrienden."
    [statement] = items_of(TrendStatement, text)
    assert (statement.direction, statement.phenomenon) == (Change.DOWN, "interactie met vrienden")


def test_quantity_noun_takes_what_it_counts_after_an_aside() -> None:
    text = "Het model trekt een groeiend aantal, vooral kleine, gemeenten aan."
    [statement] = items_of(TrendStatement, text)
    assert (statement.direction, statement.phenomenon) == (Change.UP, "aantal gemeenten")
    assert statement.text == "groeiend aantal, vooral kleine, gemeenten"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uit cijfers van de RDW blijkt dat er een verschuiving gaande is bij de populairste autokleuren.",
            (Change.SHIFT, "verschuiving bij de populairste autokleuren"),
        ),
        (
            "Volgens de politie is er een stijging gaande bij de woninginbraken in de regio.",
            (Change.UP, "woninginbraken in de regio"),
        ),
        (
            "Tegelijkertijd valt een duidelijke daling waar te nemen in het aantal opgeloste zaken.",
            (Change.DOWN, "aantal opgeloste zaken"),
        ),
        (
            "Agenten zeggen dat er een verharding zichtbaar is in het uitgaansleven.",
            (Change.UP, "verharding in het uitgaansleven"),
        ),
    ],
)
def test_a_change_seen_or_going_on_names_what_follows_not_the_seeing(
    text: str, expected: tuple[Change, str]
) -> None:
    assert pairs(text) == [expected]
