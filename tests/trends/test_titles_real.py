"""Titles on real material (issue 11): what the real corpus offered and no analyst would sign."""

from __future__ import annotations

import pytest

from trendbeeld.model import Change, Span, TrendStatement
from trendbeeld.trends import cluster


def _statement(phenomenon: str, source: str = "rapport") -> TrendStatement:
    return TrendStatement(Span(source, 0, 1), phenomenon, phenomenon, Change.UP)


@pytest.mark.parametrize(
    "phrase",
    [
        "tweede plaats",  # a ranking
        "boven veiligheid en eerlijkheid",  # a preposition opens a complement
        "daarmee bij eerdere beslissingen van het ministerie",
        "geleden nog een taakstraf",
        "zowel eenzaamheid",
        "voorheen vrij",
        "Letterlijk",
        "kritiek op koloniale",  # an adjective waiting for its noun
        "behoefte aan duidelijke",
        "meldingen van betaalverzoekfraude met betrekking",
        "Waardering het meest",
        "vrijdagmiddag",  # a moment
        "TILBURG",  # one named thing
        "noordwijkse discotheek HOME",
        "atletiekunie IAAF",
        "AmsterdamDiner",  # two words run together
        "administratiekosten) tegemoetzien",
        "volwassenen aan vaak tot zeer vaak eenzaam",
        "incidentie hoog",
        "burenhulp een waardevolle bouwsteen van buurtcohesie",  # a clause without its verb
        "mensen in deze groepen",  # points back into the sentence
        "zon dertig mensen",  # a count
        "gebeuren steeds vaker ongelukken met seksspeeltjes",
        "tevens vonden agenten",
    ],
)
def test_no_fragment_moment_or_single_name_titles_a_trend(phrase: str) -> None:
    assert cluster.best_phrase([_statement(phrase)]) == ""


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("woninginbraken volgend jaar", "woninginbraken"),
        ("het aantal werklozen in april", "het aantal werklozen"),
    ],
)
def test_a_trailing_moment_is_cut(phrase: str, expected: str) -> None:
    assert cluster.best_phrase([_statement(phrase)]) == expected


def test_a_news_item_names_no_case_and_weighs_less_than_a_report() -> None:
    def is_event(source: str) -> bool:
        return source.startswith("nieuws")

    case = [_statement("cel voor brute straatroof in Amersfoort", "nieuws-1")]
    assert cluster.best_phrase(case, is_event) == ""
    assert cluster.best_phrase(case) == "cel voor brute straatroof in Amersfoort"
    mixed = [
        _statement("incidenten met verwarde personen", "nieuws-1"),
        _statement("overlast door verwarde personen", "rapport"),
    ]
    assert cluster.best_phrase(mixed, is_event) == "overlast door verwarde personen"
    title = cluster.title(mixed, Change.UP, False, is_event=is_event)
    assert title == "Toename van overlast door verwarde personen"


def test_a_lone_count_noun_takes_the_plural_its_members_use() -> None:
    members = [
        TrendStatement(Span("a", 0, 1), "Meer slachtoffers van geweld gemeld.", "slachtoffer", Change.UP),
        TrendStatement(Span("b", 0, 1), "Het aantal slachtoffers stijgt.", "slachtoffer", Change.UP),
    ]
    assert cluster.title(members, Change.UP, False) == "Toename van slachtoffers"
    mass = [_statement("criminaliteit"), _statement("criminaliteit")]
    assert cluster.title(mass, Change.UP, False) == "Toename van criminaliteit"
