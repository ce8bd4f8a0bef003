"""Trend statements of persistence, firsts, recurrence, becoming and changes of rules
(``_trend_policy``), on invented sentences in the style of Dutch news: what they find, and what
one person or one case does, which is no trend."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Change, TrendStatement


def _found(text: str) -> list[tuple[str, Change]]:
    return [(t.phenomenon, t.direction) for t in items_of(TrendStatement, text)]


@pytest.mark.parametrize(
    ("text", "phenomenon", "direction"),
    [
        ("Een kop koffie kost in de kantine nog steeds 1 euro.", "kop koffie", Change.STABLE),
        ("Nog altijd verlaten veel jongeren zonder diploma de school.", "jongeren", Change.STABLE),
        ("Er worden nog steeds veel fietsen gestolen bij het station.", "fietsen", Change.STABLE),
        ("Het blijkt nog altijd dat 60 procent van de woninginbraken plaatsvindt in de zomer.",
         "woninginbraken", Change.STABLE),
        ("De verkoop van vuurwerk aan minderjarigen speelt al langer.",
         "verkoop van vuurwerk aan minderjarigen", Change.STABLE),
        ("Desondanks was er voor het derde opeenvolgende jaar een tekort op de gemeentebegroting.",
         "tekort op de gemeentebegroting", Change.STABLE),
    ],
)
def test_persistence_is_stable_about_the_subject(text: str, phenomenon: str, direction: Change) -> None:
    assert _found(text) == [(phenomenon, direction)]


@pytest.mark.parametrize(
    ("text", "phenomenon", "direction"),
    [
        ("Het is voor het eerst dat er zoveel meldingen van drugsoverlast binnenkomen.",
         "meldingen van drugsoverlast", Change.SHIFT),
        ("De hoogste onderscheiding van de brandweer gaat voor het eerst naar een vrijwilliger.",
         "hoogste onderscheiding van de brandweer", Change.SHIFT),
        ("Het is niet voor het eerst dat er gaten in de beveiliging worden gevonden.",
         "gaten in de beveiliging", Change.STABLE),
    ],
)
def test_firsts_are_shifts_and_not_the_first_is_stable(text: str, phenomenon: str, direction: Change) -> None:
    assert _found(text) == [(phenomenon, direction)]


def test_becoming_is_a_rise_named_by_its_noun_predicate() -> None:
    assert _found("Volgens de douane is de haven hét knooppunt geworden voor de smokkel.") == [
        ("haven als knooppunt", Change.UP)
    ]
    assert _found("Hardlopen is massasport geworden.") == [("Hardlopen", Change.UP)]


def test_recurrence_is_a_rise_of_what_recurs() -> None:
    assert _found("De steekpartij van zaterdag is het zoveelste incident met messen in de binnenstad.") == [
        ("incident met messen in de binnenstad", Change.UP)
    ]


@pytest.mark.parametrize(
    ("text", "phenomenon", "direction"),
    [
        ("De regels voor de verhuur van vakantiewoningen worden aangescherpt.",
         "regels voor de verhuur van vakantiewoningen", Change.UP),
        ("Het verbod op lachgas is sinds januari van kracht.", "verbod op lachgas", Change.SHIFT),
        ("Onder de nieuwe regels voor deelscooters moeten aanbieders een vergunning hebben.",
         "regels voor deelscooters", Change.SHIFT),
        ("Het gaat om een sector met sinds 2020 veel strengere milieuwetgeving.",
         "milieuwetgeving", Change.UP),
    ],
)
def test_changes_of_rules(text: str, phenomenon: str, direction: Change) -> None:
    assert _found(text) == [(phenomenon, direction)]


@pytest.mark.parametrize(
    "text",
    [
        "De verdachte is nog altijd voortvluchtig.",
        "De buurvrouw weet nog steeds niet wat er die nacht is gebeurd.",
        "Jansen verscheen gisteren voor het eerst voor de rechter.",
        "Hij is vorig jaar vader geworden.",
        "Dat is gisteravond bekend geworden in het gemeentehuis.",
        "Haar pogingen om de wet te veranderen mislukken keer op keer.",
        "De bond wil dat de regels voor veetransport worden aangescherpt.",
        "Duizenden boeren voerden actie voor soepelere regels.",
        "Andere landen stellen veel strengere eisen dan Nederland.",
        "De regeling blijft tot 2030 van kracht.",
        "De partij staat nog steeds achter de minister.",
        "Dat lijkt mij nog steeds een goed plan.",
        "Wordt de boete nog altijd geïnd?",
        "Peilingen laten zien dat dit niveau nog steeds hoog is.",
        "De politie is nog altijd op zoek naar de dader van de overval.",
        "De jongen is vorig jaar landskampioen geworden.",
    ],
)
def test_one_person_one_case_wishes_and_questions_are_no_trends(text: str) -> None:
    assert _found(text) == []


def test_a_relative_clause_cut_short_leaves_the_phenomenon() -> None:
    text = "Voortaan valt de vergunning die de burgemeester verleent onder de nieuwe verordening."
    assert _found(text) == [("vergunning", Change.SHIFT)]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a quotation that opens the sentence, also with the two commas of a low-9 mark
        (",,Ondermijning is nog steeds een groot probleem in de regio'', zegt de burgemeester.",
         "Ondermijning"),
        ("\"Criminaliteit is nog altijd een probleem op het platteland,\" zegt de wethouder.",
         "Criminaliteit"),
        ("De korpschef: ,,Radicalisering is nog steeds een zorg.''", "Radicalisering"),
    ],
)
def test_persistence_inside_a_quotation(text: str, phenomenon: str) -> None:
    assert _found(text) == [(phenomenon, Change.STABLE)]


def test_persistence_of_a_share_of_all() -> None:
    text = "Het blijkt nog steeds dat 30 tot 40 procent van alle fietsendiefstallen in de zomer plaatsvindt."
    assert _found(text) == [("fietsendiefstallen in de zomer", Change.STABLE)]


def test_a_quoted_name_is_still_a_name() -> None:
    assert _found("Het bedrijf noemt de 'Storkiaan' nog steeds een voorbeeld.") == []
