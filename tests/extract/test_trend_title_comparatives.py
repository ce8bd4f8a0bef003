"""News titles that state a change with a comparative and no verb
(extract/_trend_title_comparatives.py), a trend stated in a headline being its own item:
"Aantal X weer hoger in Y", "Burgers minder bezorgd", "Vaker …", "Drukker bij …". Controls: a
title with a verb, one case, a comparison with "dan", a question, a noun in -er that looks like a
comparative, a count after "minder" (read elsewhere).

Invented titles of the wording found on unlabelled news (DPG titles of 2019, safety news leads).
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs
from trendbeeld.model import Change

BODY = "\n\nDe gemeente maakte de cijfers dinsdag bekend."


@pytest.mark.parametrize(
    ("title", "direction", "phenomenon"),
    [
        (
            "Aantal fietsendiefstallen weer hoger in Deventer",
            Change.UP,
            "Aantal fietsendiefstallen in Deventer",
        ),
        ("Huurwoningen nu flink duurder", Change.UP, "Huurwoningen (duurder)"),
        ("Treinkaartjes iets goedkoper", Change.DOWN, "Treinkaartjes (goedkoper)"),
        ("Ouderen minder eenzaam", Change.DOWN, "Ouderen (minder eenzaam)"),
        ("Wijkbewoners: straten onveiliger door drugsoverlast", Change.UP, "straten (onveiliger)"),
        ("Vaker meldingen van stalking bij de politie", Change.UP, "meldingen van stalking bij de politie"),
        ("Drukker bij de huisartsenpost", Change.UP, "huisartsenpost (drukker)"),
    ],
)
def test_title_with_a_comparative_and_no_verb(title: str, direction: Change, phenomenon: str) -> None:
    assert pairs(title + BODY) == [(direction, phenomenon)]


@pytest.mark.parametrize(
    ("title", "direction", "phenomenon"),
    [
        ("Taxichauffeurs vaker slachtoffer van beroving", Change.UP,
         "Taxichauffeurs slachtoffer van beroving"),
        ("Boa's worden vaker bedreigd in Zwolle", Change.UP, "Boa's worden bedreigd in Zwolle"),
        ("Marechaussee zet honden minder vaak in", Change.DOWN, "Marechaussee zet honden in"),
    ],
)
def test_title_with_more_often_inside(title: str, direction: Change, phenomenon: str) -> None:
    assert pairs(title + BODY) == [(direction, phenomenon)]


@pytest.mark.parametrize(
    "title",
    [
        "Supporters zorgen wel vaker voor problemen",  # again, no change
        "Mannen rijden vaker te hard, vrouwen parkeren fout",  # a sex compared with the other
        "Advocaat Jan de Boer kwam vaker op het politiebureau",  # one named person
    ],
)
def test_more_often_without_a_change(title: str) -> None:
    assert pairs(title + BODY) == []


def test_kicker_after_the_title_is_a_part_of_its_own() -> None:
    found = pairs("Vandalisme neemt toe. Scholen minder veilig" + BODY)
    assert found == [(Change.UP, "Vandalisme"), (Change.DOWN, "Scholen (minder veilig)")]


@pytest.mark.parametrize(
    "title",
    [
        "Politie ruimt minder hennepkwekerijen op",  # a verb: the rules of "meer"/"minder" decide
        "Man langer in cel na steekpartij",  # one case, a duration
        "Verdachte brandstichting langer vast",
        "Hoornse zedenzaak nog groter",
        "Uitstel is beter dan een chaotisch vertrek",  # a comparison with "dan"
        "Woningen duurder in Utrecht?",
        "Inwoners niet veiliger door camera's",
        "Nieuw onderzoek naar tbs'er na overval",  # a noun in -er
        "Buurtbewoners slaan fietser in elkaar",
    ],
)
def test_no_statement_of_change(title: str) -> None:
    assert pairs(title + BODY) == []
