"""More wordings of the figures of one case, which the gold gives no region (issue 10).

Read on politie.nl news (2012-2019): ages of several people in brackets or after a demonym, the
age range of a group, minors counted and "de twee" standing for the people of the case.
"""

from __future__ import annotations

import pytest

from tests.extract._helpers import figures_of


@pytest.mark.parametrize(
    "sentence",
    [
        "In Tiel zijn twee jongens (15 en 17 jaar oud) aangehouden voor een straatroof.",
        "Agenten hielden in Venlo twee Bulgaren van 33 en 29 jaar oud aan.",
        "In Emmen zijn zes jongens in de leeftijd van 12 tot en met 16 jaar aangehouden.",
        "In Assen zijn drie minderjarigen aangehouden na een inbraak.",
        "In Gouda bedreigden twee mannen de kassière, waarna de twee er vandoor gingen.",
        "Bij een ongeval in Ede kwam een fietser om het leven. Twee anderen raakten gewond.",
        "In Amsterdam zitten zes van de twaalf verdachten nog vast.",
    ],
)
def test_the_people_of_one_case_and_their_ages_have_no_region(sentence: str) -> None:
    found = figures_of(sentence)
    assert found
    assert all(f.region is None for f in found)


def test_a_count_of_many_people_of_a_country_or_of_things_keeps_its_place() -> None:
    [count] = figures_of("In Rotterdam werden vorig jaar 3 miljoen werkende Nederlanders geteld.")
    assert count.region is not None
    [count] = figures_of("In Zwolle werden twee gestolen aanhangers teruggevonden.")
    assert count.region == "Zwolle"
    [count] = figures_of("In Zwolle staan vijf van de twaalf woningen leeg.")
    assert count.region == "Zwolle"


def test_how_long_one_person_is_held_has_no_region() -> None:
    text = "In Thailand werd de straf verlaagd. De Tilburger moet daarvan zeker twintig jaar uitzitten."
    assert [f.region for f in figures_of(text)] == [None]
    text = "Het stel zit in Thailand in de cel, waar ze nu al bijna vijf jaar gedetineerd zijn."
    assert [f.region for f in figures_of(text)] == [None]


def test_the_arrests_of_one_case_have_no_region() -> None:
    text = ("Enkhuizen - Twee aanhoudingen in hennepkwekerij\n\n"
            "In een woning in Enkhuizen werden twee mannen aangehouden.")
    assert {f.region for f in figures_of(text) if f.value == 2} == {None}
    text = "In Maastricht volgden afgelopen week zes aanhoudingen voor het versperren van de weg."
    [count] = figures_of(text)
    assert (count.value, count.region) == (6, None)


def test_an_age_in_brackets_after_a_home_town_has_no_region() -> None:
    text = ("Een inwoonster van Leeuwarden (68) is zaterdag overleden. "
            "De mannen uit Rijen (24) en Oosterhout (28) zitten vast.")
    assert [f.region for f in figures_of(text)] == [None, None, None]
    text = "Met 437 incidenten voert ons land de lijst aan, gevolgd door Spanje (252) en Frankrijk (168)."
    assert [f.region for f in figures_of(text)] == ["Nederland", "Spanje", "Frankrijk"]


@pytest.mark.parametrize(
    "text",
    [
        "In Hoogeveen zijn drie mannen, 29, 24 en 22 jaar oud, aangehouden na een vechtpartij.",
        "Twee vrouwen uit Harderwijk zijn aangehouden. Ze zijn 42 en 23 jaar oud.",
        "Vermist vanaf zondag vanuit Gorinchem. Jan de Vries, 22 jaar oud.",
    ],
)
def test_an_age_said_of_people_has_no_region(text: str) -> None:
    assert {f.region for f in figures_of(text) if f.value in (22, 23)} == {None}


def test_the_people_of_one_case_named_by_country_or_by_de_twee_have_no_region() -> None:
    text = "Bij Nieuwegein zijn op de A2 twee Belgen uit Luik aangehouden."
    assert [f.region for f in figures_of(text)] == [None]
    text = ("In Diemen werd een vrouw beroofd door twee personen. Na de beroving vluchten de twee "
            "in de richting van het station.")
    assert {f.region for f in figures_of(text)} == {None}


def test_an_age_in_brackets_after_a_person_noun_has_no_region() -> None:
    text = "In Amsterdam reed een auto een fietser aan. De vrouw op de fiets (35) raakte ernstig gewond."
    assert [f.region for f in figures_of(text) if f.value == 35] == [None]
    text = "In Tholen arresteerde de politie dinsdag twee minderjarigen (16) wegens verkeersagressie."
    assert {f.region for f in figures_of(text)} == {None}
    text = "In Noord-Brabant was in 40 procent van die zaken (139) een verdachte bekend."
    assert [f.region for f in figures_of(text) if f.value == 139] == ["Noord-Brabant"]
