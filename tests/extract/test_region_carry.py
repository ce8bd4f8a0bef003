"""Which figures take a place named in the sentence before (issue 10, ``_region_carry``).

Read on the DPG Media 2019 news (unlabelled): the size of one object, person or route and a team's
standing are not counted in the place named before; a place named only as where someone or
something comes from ("uit Oost-Europa") is not the scene of the next sentence.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import figures_of


def _value(text: str, value: float) -> str | None:
    [figure] = [f for f in figures_of(text) if f.value == value]
    return figure.region


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Op 3 april is Sanne geboren in het ziekenhuis in Zwolle. Ze was 51 cm lang.", 51),
        ("Het wrak ligt voor de kust van Texel. Het schip is zo'n 40 meter lang.", 40),
        ("De fietser woont in Hoorn. Hij reed gemiddeld 38,5 kilometer per uur.", 38.5),
        ("Te koop in Almelo: een tuinhuis. Het heeft een vloer van 12 m2 en een veranda.", 12),
        ("Willem II won zondag in Tilburg van Heracles. De ploeg staat nu vier punten voor FC Emmen.", 4),
        ("Ajax speelt woensdag in Emmen. Daarna volgen nog drie zware uitduels.", 3),
    ],
)
def test_one_things_size_and_a_teams_standing_take_no_place_from_before(text: str, value: float) -> None:
    assert _value(text, value) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("De minister wil verpleegkundigen uit Oost-Europa. Er zijn 20.000 vacatures in de zorg.", 20_000),
        ("De winnaar is een leraar uit Kenia. Hij geeft 80 procent van zijn inkomen weg.", 80),
    ],
)
def test_a_place_named_as_an_origin_is_not_carried(text: str, value: float) -> None:
    assert _value(text, value) is None


def test_a_place_of_the_scene_is_still_carried() -> None:
    text = "In Arnhem zijn gisteren twee woningen ontruimd. Er werden 300 hennepplanten gevonden."
    assert _value(text, 300) == "Arnhem"
    text = "In Mozambique heeft de cycloon huizen verwoest. Zo'n 3000 vierkante kilometer staat onder water."
    assert _value(text, 3000) == "Mozambique"
    text = "De haven van Rotterdam is druk. Douaniers vonden er 600 kilo cocaïne in een container."
    assert _value(text, 600) == "Rotterdam"


def test_a_town_named_only_by_its_adjective_is_not_carried() -> None:
    text = "De Zwolse bakkerij bestaat tien jaar. Eigenaar Piet zag zijn omzet stijgen tot 90.000 euro."
    assert _value(text, 90_000) is None
    text = "In Zwolle bestaat de bakkerij tien jaar. Eigenaar Piet zag de omzet stijgen tot 90.000 euro."
    assert _value(text, 90_000) == "Zwolle"


def test_the_seat_of_an_organisation_named_before_is_not_carried() -> None:
    text = "Anna werkt als verpleegkundige bij het Isala Ziekenhuis in Zwolle. Ze verdient 3200 euro."
    assert _value(text, 3200) is None
    text = "De SGP in Urk werd de grootste partij. Het waren 400 stemmen meer dan in 2015."
    assert _value(text, 400) == "Urk"


def test_the_home_of_a_suspect_named_by_initial_is_not_carried() -> None:
    text = ("Volgens zijn advocaat staat R. in Purmerend bekend als een gulle gever. "
            "Hij kocht een huis 'van 2 miljoen' voor zijn moeder.")
    assert _value(text, 2000000) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gemeentelijk experiment. Den Haag\n\nIn 76 gemeenten wordt anders geteld dan anders.", 76),
        ("De premier pleitte in Brugge voor uitstel. De 27 lidstaten beslissen vanavond.", 27),
        ("Utrecht sloot een akkoord met het rijk. Ook vijf andere gemeenten doen mee.", 5),
        ("De oppositie won in Ankara. Ze veroverde zeven van de twaalf grootste steden.", 7),
    ],
)
def test_a_count_of_places_takes_no_town_that_cannot_hold_them(text: str, value: float) -> None:
    assert _value(text, value) is None


def test_a_count_of_places_keeps_a_region_that_holds_them() -> None:
    assert _value("In Noord-Brabant werken 62 gemeenten samen tegen ondermijning.", 62) == "Noord-Brabant"
    assert _value("In Utrecht wonen 34 mensen uit veilige landen in de opvang.", 34) == "Utrecht"


def test_the_countrys_people_named_before_are_carried_in_prose() -> None:
    text = "Nederlanders zijn argwanend over de plannen. Ruim de helft vindt het akkoord onduidelijk."
    assert _value(text, 50) == "Nederland"
    text = "Nederlandse jongeren gaan trouw naar de tandarts. Zo'n 96 procent ging er vorig jaar heen."
    assert _value(text, 96) == "Nederland"


def test_the_country_said_in_passing_carries_no_region() -> None:
    text = "Wij zien in Nederland een tekort aan parkeerplaatsen. Van de diefstallen is 70 procent 's nachts."
    assert _value(text, 70) is None
