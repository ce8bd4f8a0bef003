"""The subject of a predicate of change (``_trend_subjects``) around quotations and brackets: the
attribution after a quotation is no part of the phrase after the cue, a speaker's label no subject
or antecedent, a relative clause in brackets between subject and verb no clause of its own.
Invented sentences in the style of Dutch news."""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs, statements_of
from trendbeeld.model import Change


@pytest.mark.parametrize(
    "text",
    [
        ",,Er wordt steeds vaker bij de gemeente geklaagd over geluidsoverlast'', zegt Jansen.",
        "\"Er wordt steeds vaker bij de gemeente geklaagd over geluidsoverlast,\" zegt Jansen.",
        "“Er wordt steeds vaker bij de gemeente geklaagd over geluidsoverlast”, aldus Jansen.",
    ],
)
def test_the_phrase_after_the_cue_stops_at_the_attribution(text: str) -> None:
    found = pairs(text)
    assert found
    assert all("Jansen" not in phenomenon and "zegt" not in phenomenon for _, phenomenon in found)


def test_quoted_words_inside_a_phrase_are_no_attribution() -> None:
    text = "De buren hadden steeds meer last van ‘nachtelijk lawaai’ van de nieuwe discotheek."
    assert any("discotheek" in phenomenon for _, phenomenon in pairs(text))


def test_a_speaker_label_is_no_subject() -> None:
    text = "De huurprijzen stegen vorig jaar fors. Makelaar Bakker: ,,Dat veranderde toen de rente daalde.''"
    found = pairs(text)
    assert len(found) == 2
    assert all("Bakker" not in phenomenon for _, phenomenon in found)


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Ook de boete voor het negeren van een rood kruis (die nu nog 150 euro bedraagt) gaat omhoog.",
         "boete voor het negeren van een rood kruis"),
        ("De huur voor een standplaats op de markt (waarover de marktkooplieden vaak klagen) stijgt "
         "volgend jaar opnieuw.", "huur voor een standplaats op de markt"),
    ],
)
def test_a_relative_clause_in_brackets_before_the_verb(text: str, phenomenon: str) -> None:
    assert (Change.UP, phenomenon) in pairs(text)


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Tegelijk ziet de wijkagent steeds vaker dat jongeren een mes bij zich dragen.", "jongeren een mes"),
        ("\"Wij gaan steeds vaker meemaken dat oudere bewoners met dementie thuis vereenzamen.\"",
         "oudere bewoners met dementie thuis vereenzamen"),
    ],
)
def test_a_frequency_before_a_that_clause_is_about_the_clause(text: str, phenomenon: str) -> None:
    assert (Change.UP, phenomenon) in pairs(text)


def test_more_indications_that_count_a_noun() -> None:
    text = "Er zijn steeds meer aanwijzingen dat de verdachte de brand zelf heeft aangestoken."
    assert all(not phenomenon.startswith("verdachte") for _, phenomenon in pairs(text))


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        # a span of years as topic, the subject after the verb with a relative clause closed by a comma
        ("Van 2015 tot 2020 is het aandeel huishoudens dat zonnepanelen bezit, gestegen van 8% naar 20%.",
         "aandeel huishoudens dat zonnepanelen bezit"),
        ("Tussen 2012 en 2018 is het aantal inbraken flink gedaald.", "aantal inbraken"),
        # a focus particle before a subject with a relative clause, the verb after the comma
        ("Ook het aantal ouderen dat alleen woont, is toegenomen.", "aantal ouderen"),
    ],
)
def test_subject_with_a_relative_clause_closed_by_a_comma(text: str, phenomenon: str) -> None:
    assert phenomenon in [s.phenomenon for s in statements_of(text)]


@pytest.mark.parametrize(
    ("text", "direction", "phenomenon"),
    [
        # a level that lasts ("nog steeds op een hoog niveau", "nog altijd hoog is"): stable
        ("Het aantal meldingen van fraude ligt nog steeds op een hoog niveau.", Change.STABLE,
         "aantal meldingen van fraude"),
        ("Volgens de onderzoekers is de werkloosheid onder jongeren nog altijd hoog.", Change.STABLE,
         "werkloosheid onder jongeren"),
        # a clause of only a conjunction and a finite verb shares the subject of the clause before
        ("Het aantal aangiften is vorig jaar gedaald, maar ligt nog steeds op een hoog niveau.",
         Change.STABLE, "aantal aangiften"),
    ],
)
def test_a_level_that_lasts(text: str, direction: Change, phenomenon: str) -> None:
    assert (direction, phenomenon) in [(s.direction, s.phenomenon) for s in statements_of(text)]
