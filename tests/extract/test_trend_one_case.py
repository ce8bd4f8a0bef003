"""One person or thing gone on one occasion is no fall (extract/_trend_one_case.py).
Invented sentences after the wording of unlabelled police news; controls stay trends.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import pairs, statements_of
from trendbeeld.model import Change


@pytest.mark.parametrize(
    "text",
    [
        # suddenly, at once
        "De bloembakken bij de flitspaal in Tilburg zijn plots verdwenen.",
        "Bijna een half miljoen euro is spoorloos verdwenen.",
        "Het echtpaar was na de brand van de radar verdwenen.",
        # into or through a place
        "Twee mannen beroofden een bezorger en verdwenen vervolgens via de Havenstraat.",
        "De klachten over de lekkage verdwenen in een la.",
        # a person: a name with an age, a pronoun, a name after the verb
        "Vermissing: Sanne (27) uit Leiden 's nachts verdwenen",
        "De politie zoekt naar de fietsroute die ze nam in de nacht dat ze verdween.",
        "Die middag verdween Bram toen hij naar de supermarkt liep.",
    ],
)
def test_one_vanishing_is_no_trend(text: str) -> None:
    assert statements_of(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Het tempo waarin plantensoorten verdwijnen, ligt hoger dan ooit.", "plantensoorten"),
        ("Veel banen in de industrie verdwijnen naar lagelonenlanden.", "banen"),
    ],
)
def test_vanishing_of_a_phenomenon_stays(text: str, word: str) -> None:
    assert any(d is Change.DOWN and word in p for d, p in pairs(text)), pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # one thing moved: no shift
        "De gemeente gaat de verzamelplaats voor afvalcontainers in de Dorpsstraat verplaatsen.",
        "Het archief heeft kasten met zware dossiers verplaatst.",
        "De klacht is niet ingetrokken, maar verplaatst naar een andere rechtbank.",
        # a collapse
        "Daar zakte hij in de tuin in elkaar.",
        "Een kind raakte gewond nadat het springkussen waarop hij speelde in elkaar zakte.",
    ],
)
def test_one_thing_moved_or_collapsed_is_no_trend(text: str) -> None:
    assert statements_of(text) == []


def test_a_phenomenon_that_moves_itself_stays_a_shift() -> None:
    found = pairs("De drugsoverlast in Enschede verplaatst zich van het station naar de binnenstad.")
    assert any(d is Change.SHIFT and "drugsoverlast" in p for d, p in found), found


@pytest.mark.parametrize(
    "text",
    [
        "De organisatoren lopen bij de gemeente vaak tegen allerlei regels op.",
        "Het bestuur loopt tegen flinke bezwaren van de bewoners op.",
        "De directeuren lopen vervolgens voor hem weg en sluiten zich op in hun kamer.",
    ],
)
def test_running_into_something_is_no_rise(text: str) -> None:
    """"tegen … oplopen": running into something; a particle that belongs to the next clause's verb."""
    assert statements_of(text) == []


@pytest.mark.parametrize(
    "text",
    ["De temperatuur loopt morgen tegen de 35 graden op.", "De wachttijden lopen steeds verder op."],
)
def test_running_up_to_a_number_stays_a_rise(text: str) -> None:
    assert [s.direction.value for s in statements_of(text)] == ["up"]


def test_damage_incurred_is_no_rise() -> None:
    """"liep flinke waterschade op": damage as the object of "oplopen"; the damage that runs up rises."""
    assert statements_of("Niemand raakte gewond, maar de caravan liep flinke waterschade op.") == []
    assert statements_of("Ook de lantaarnpaal liep ernstige schade op, meldt de politie.") == []
    found = pairs("De schade door cybercriminaliteit loopt snel op.")
    assert any(d is Change.UP and "schade" in p for d, p in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a ruling or a permit upheld
        "De veroordeling van de oud-wethouder voor omkoping blijft in stand.",
        "De Hoge Raad bepaalde dat de straf die het hof vorig jaar oplegde in stand blijft.",
        # held, or left behind
        "De verdachten van de overval op de juwelier blijven achter slot en grendel.",
        "„Het meisje bleef geschrokken achter”, aldus de politie.",
        "De twee broers bleven met lege handen achter en stapten naar de rechter.",
    ],
)
def test_upheld_held_or_left_behind_is_no_trend(text: str) -> None:
    assert statements_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # one actor renamed
        "Het weekblad verandert naam na bedreigingen.",
        "De lokale partij wijzigt haar naam.",
        # a vessel capsized
        "Deze middag is op de rivier een rubberbootje omgeslagen.",
        "Zes kinderen gered uit omgeslagen boot",
    ],
)
def test_renamed_or_capsized_is_no_trend(text: str) -> None:
    assert statements_of(text) == []


def test_a_rename_needs_naam_as_the_verbs_object() -> None:
    assert statements_of("Op die dag verandert Jansen de naam van de stichting in Nova.") == []
    found = pairs("De werkwijze van de bendes verandert, zegt de politie, die de groep bij naam kent.")
    assert any(d is Change.SHIFT and "werkwijze" in p for d, p in found), found


def test_a_place_in_a_ranking_kept_is_persistence() -> None:
    # the conventions count persistence ("blijft … op 4", "scoort vaak slecht") as a stable trend
    found = pairs("Nederland blijft koploper in Europa.")
    assert any(d is Change.STABLE for d, _ in found), found


def test_a_turn_of_a_phenomenon_stays() -> None:
    found = pairs("Volgens de onderzoekers is het vertrouwen in de politiek de laatste jaren veranderd.")
    assert any(d is Change.SHIFT and "vertrouwen" in p for d, p in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "terugbrengen" of an amount is a fall
        ("De gemeente heeft het aantal parkeerplaatsen in het centrum met een derde teruggebracht.",
         [(Change.DOWN, "aantal parkeerplaatsen in het centrum")]),
        ("Binnen een jaar bracht de stad haar energieverbruik terug van 90 naar 70 miljoen kWh.",
         [(Change.DOWN, "energieverbruik")]),
        # one thing brought back to a place or a state, one case reduced by a court: no trend
        ("De gestolen fiets wordt teruggebracht naar de eigenaar.", []),
        ("De celstraf van de man werd in hoger beroep teruggebracht naar vier jaar.", []),
    ],
)
def test_brought_back(text: str, expected: list[tuple[Change, str]]) -> None:
    assert [(s.direction, s.phenomenon) for s in statements_of(text)] == expected


@pytest.mark.parametrize(
    "text", ["Breng de meidoorn terug in de berm.", "De Raptors brengen de spanning terug in de finale."]
)
def test_bringing_back_is_no_fall(text: str) -> None:
    assert statements_of(text) == []
