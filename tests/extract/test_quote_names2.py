"""Quote speakers in unseen Dutch news (issue 10): a person's relation is never the person named
after "van" ("De vrouw van Jan Smit vindt …", "zegt de vrouw van Jan Smit"), and names after a
speech verb that follows the quote are read whatever stands between (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Quote

QUOTE = ",,Ik heb het al tien keer gemeld bij de gemeente.''"


def speakers(text: str) -> list[str]:
    return [q.speaker for q in items_of(Quote, text)]


@pytest.mark.parametrize(
    "before",
    [
        "De vrouw van Jan Smit vindt dat de gemeente moet ingrijpen.",
        "De moeder van Jan Smit zegt dat de gemeente moet ingrijpen.",
        "De moeder van wethouder Jan Smit zegt dat de gemeente moet ingrijpen.",
        "De advocaat van Jan Smit vult aan.",
        "Jan Smit en zijn vrouw wonen al jaren in de wijk. "
        "De vrouw van Smit vindt dat de gemeente moet ingrijpen.",
    ],
)
def test_the_relation_of_a_named_person_does_not_make_him_the_speaker(before: str) -> None:
    assert "Jan Smit" not in speakers(f"{before} {QUOTE} Het rapport volgt.")


@pytest.mark.parametrize("who", ["de vrouw van Jan Smit", "een vriend van Jan Smit"])
def test_a_relation_after_the_speech_verb_is_not_the_person_named(who: str) -> None:
    text = f",,Ik heb het al tien keer gemeld bij de gemeente'', zegt {who}. Het rapport volgt."
    assert speakers(text) == []


def test_a_reaction_of_a_named_person_is_still_his() -> None:
    text = ("Niet lang daarna volgt de reactie via het account van minister Hugo de Jonge. "
            "'Vervelend dat er nog geen plek is gevonden. Zouden wij eens mee mogen kijken?' Meer volgt.")
    assert speakers(text) == ["Hugo de Jonge"]


def test_an_employee_of_an_organisation_still_gives_the_organisation() -> None:
    text = ",,Ik heb het gemeld bij de gemeente'', zegt een man van Rijkswaterstaat. Het rapport volgt."
    assert speakers(text) == ["Rijkswaterstaat"]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("zegt ook Fatma Yilmaz van de moskee", "Fatma Yilmaz"),  # an adverb before the name
        ("aldus minister van Handel Ravi Kumar", "Ravi Kumar"),  # a title with its department
        ("zegt SP-Tweede Kamerlid Anna de Bruijn dus ook", "Anna de Bruijn"),  # a party before the title
        ("denkt politicoloog Ortega-Ruiz", "Ortega-Ruiz"),  # an unlisted noun before a surname
        ("vertelt moeder Bianca in de woning", "Bianca"),  # ... or a first name
        ("riep verdachte Karim B. (29) tegen de rechtbank", "Karim B."),  # ... with an initial
    ],
)
def test_a_name_after_the_speech_verb_is_read_whatever_comes_between(attribution: str, speaker: str) -> None:
    text = f"'Dat klopt helemaal niet met wat wij zien', {attribution}. Het debat volgt."
    assert speakers(text) == [speaker]


def test_a_surname_after_an_adjective_is_the_full_name_given_earlier() -> None:
    text = ("Operadirecteur Alexander Pereira sprak met de minister. "
            "'Daar werd ons project geboren', aldus een trotse Pereira later tegen de krant. Het volgt.")
    assert [(q.speaker, q.role) for q in items_of(Quote, text)] == [("Alexander Pereira", "Operadirecteur")]


@pytest.mark.parametrize(
    "after",
    [
        " Volgens analytici zingt Rammstein hier over het nationalisme.",  # a verb, no title
        " Zo vinden onderzoekers Nederland een prima land.",
    ],
)
def test_a_verb_between_words_after_the_quote_is_no_title(after: str) -> None:
    assert speakers(f"Hij zingt erover. 'Ik wil je liefhebben, maar ook vervloeken.'{after}") == []
