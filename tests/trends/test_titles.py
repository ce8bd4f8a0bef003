"""Candidate-trend titles: the shared phenomenon with its direction, never a fragment (no store)."""

from __future__ import annotations

import pytest

from trendbeeld.model import Change, Evidence, Figure, Span, TrendStatement, Unit
from trendbeeld.trends import cluster


def _statement(phenomenon: str, change: Change = Change.UP, text: str = "") -> TrendStatement:
    return TrendStatement(Span("s", 0, 1), text or phenomenon, phenomenon, change)


def _figure(indicator: str | None, text: str = "12", change: Change | None = Change.UP) -> Figure:
    return Figure(Span("f", 0, 1), text, 12.0, Unit.COUNT, indicator=indicator, direction=change)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Burgers (mondiger)", "Burgers"),
        ("wegkijken [aapje doen] van lastige dingen", "wegkijken van lastige dingen"),
        ("rol van JenV als ‘hoeder van de rechtsstaat", "rol van JenV als hoeder van de rechtsstaat"),
        ("40% van de Nederlanders vertrouwt de overheid", "Nederlanders"),
        ("4.624 misdrijven in 2022", "misdrijven"),
        ("Woninginbraak komt in haar wijk", "Woninginbraak"),
        ("totaal aantal geregistreerde misdrijven", "het aantal geregistreerde misdrijven"),
        (
            "geregistreerde criminaliteit in Nederland is in tien jaar",
            "geregistreerde criminaliteit in Nederland",
        ),
        (
            "kentering in het denken over de rol van de overheid op het internet",
            "kentering in het denken over de rol",
        ),
    ],
)
def test_a_phrase_is_cleaned_to_a_noun_phrase(phrase: str, expected: str) -> None:
    assert cluster.clean_phenomenon(phrase) == expected


def test_an_inverted_verb_of_change_offers_its_subject() -> None:
    found = cluster.phenomenon_phrases("intern overzicht steeg het aantal aanhoudingen van uithalers van 40")
    assert found == ["intern overzicht", "het aantal aanhoudingen van uithalers"]
    assert cluster.phenomenon_phrases("daalde van 15,3") == []


@pytest.mark.parametrize(
    "phrase",
    [
        "Altijd",
        "Daarna",
        "cijfers voor de regio als geheel",
        "Wijk",
        "aantal",
        "Jongeren (jonger)",
        "2017 (CBS",
    ],
)
def test_generic_words_groups_and_fragments_are_no_title(phrase: str) -> None:
    evidence = [_statement(phrase)]
    assert cluster.best_phrase(evidence) == ""
    assert cluster.title(evidence, Change.UP, False, theme="jeugd") == "Toename binnen thema jeugd"


def test_the_phrase_the_members_share_wins_over_the_first_member() -> None:
    evidence: list[Evidence] = [
        _statement("Criminaliteit", Change.SHIFT),
        _statement("online fraude met nepberichten"),
        _statement("online fraude"),
        _figure("aangiften van online fraude"),
    ]
    assert cluster.best_phrase(evidence) == "online fraude met nepberichten"
    assert cluster.title(evidence, Change.UP, False) == "Toename van online fraude met nepberichten"


def test_a_specific_central_phrase_beats_a_single_shared_word() -> None:
    evidence: list[Evidence] = [
        _statement("aandacht voor publieke waarden en mensenrechten bij digitalisering"),
        _statement("digitalisering"),
    ]
    assert cluster.best_phrase(evidence).startswith("aandacht voor publieke waarden")


def test_a_statement_outweighs_a_figure_and_figures_stand_in_without_one() -> None:
    evidence: list[Evidence] = [_figure("aangiften van straatroof"), _statement("woninginbraak")]
    assert cluster.best_phrase(evidence) == "woninginbraak"
    only_figures: list[Evidence] = [
        _figure("2017 (CBS"),
        _figure("aantal overvallen daalde in dezelfde periode"),
    ]
    assert cluster.title(only_figures, Change.DOWN, False) == "Afname van het aantal overvallen"


def test_titles_name_the_direction_and_keep_names_capitalised() -> None:
    people = [_statement("Nederlanders met een laag inkomen")]
    assert cluster.title(people, Change.UP, False) == "Toename van Nederlanders met een laag inkomen"
    assert cluster.title([_statement("Straatroof")], Change.DOWN, False) == "Afname van straatroof"
    assert cluster.title([_statement("straatroof")], None, True) == "Wisselend beeld: Straatroof"
    assert cluster.title([_statement("straatroof")], None, False) == "Straatroof"


@pytest.mark.parametrize(
    "phenomena",
    [
        ["Jongeren (jonger)", "Daarna", "zoveel (Politie"],
        ["regio", "totaal", "aantal", "cijfers voor de regio als geheel"],
        ["Wijk", "altijd"],
    ],
)
def test_no_title_is_a_lone_generic_word_a_bracket_or_a_time_phrase(phenomena: list[str]) -> None:
    evidence: list[Evidence] = [_statement(p) for p in phenomena]
    for change in [*Change, None]:
        for conflicting in (False, True):
            found = cluster.title(evidence, change, conflicting, theme="criminaliteit")
            assert "(" not in found and "thema criminaliteit" in found
    assert cluster.title(evidence, None, False).startswith("Ontwikkeling: ")


@pytest.mark.parametrize(
    "phenomenon",
    [
        "ouders stappen",  # a subject running into its verb
        "cel voor opgelegd kreeg",  # a clause ending in a verb
        "Lori Loughlin",  # a person
        "Wijkagent Erwin",
        "Stalker Taylor Swift",
        "Harbers",  # a name alone
        "Spanje doet er alles aan om de pelgrimstocht",  # a finite verb
        "Dertien inklimmers",  # a count of one case
        "zeer waarschijnlijk nog lager",  # no noun
    ],
)
def test_the_issues_bad_titles_are_no_title(phenomenon: str) -> None:
    """Titles from issue 11 that no analyst would sign: fragments and people's names."""
    assert not cluster.best_phrase([_statement(phenomenon), _statement(phenomenon)])
    assert cluster.names_a_person(phenomenon) or cluster.is_fragment(phenomenon)


@pytest.mark.parametrize(
    "phenomenon",
    [
        "steekincidenten onder jongeren",
        "gestolen fietsen",
        "meldingen over verward gedrag",
        "woninginbraken in Rotterdam",
        "vertrouwen van Nederlanders in de rechtspraak",
        "rol van JenV als hoeder van de rechtsstaat",
        "Kinderarmoede",
        "Burenhulp",
        "Online fraude",
    ],
)
def test_noun_phrases_with_places_peoples_and_abbreviations_are_titles(phenomenon: str) -> None:
    assert cluster.best_phrase([_statement(phenomenon)]) == phenomenon
