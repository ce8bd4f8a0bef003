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
