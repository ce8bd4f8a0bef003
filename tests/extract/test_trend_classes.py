"""Trend statements by wording class, on short invented sentences: a focus particle before the
subject, separable verbs with a decimal number in between, a comparative against an earlier time
that wins over bare "meer", records ("nog nooit zo"), a noun of change linked by "is geweest van",
and a change shown by two numbers ("tegen 25 in het jaar ervoor") with the clause's subject."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Change, TrendStatement


def _found(text: str) -> list[tuple[str, Change]]:
    return [(t.phenomenon, t.direction) for t in items_of(TrendStatement, text)]


def test_focus_particle_before_the_subject_and_a_decimal_number_in_a_separable_verb() -> None:
    assert _found("Ook de investeringen namen met 4,9 procent behoorlijk toe.") == [
        ("investeringen", Change.UP)
    ]


@pytest.mark.parametrize(
    ("text", "phenomenon"),
    [
        ("Meer mensen dan ooit tevoren deden aangifte van fraude.", "mensen"),
        ("Dit jaar meldden zij meer ongevallen met verzuim dan in voorgaande jaren.", "ongevallen"),
    ],
)
def test_meer_against_an_earlier_time_is_a_rise(text: str, phenomenon: str) -> None:
    [(name, direction)] = _found(text)
    assert direction is Change.UP
    assert name.startswith(phenomenon)


def test_a_count_compared_with_an_earlier_time_is_no_phenomenon() -> None:
    text = "In 630 gevallen (ruim 100 keer meer dan in 2017) was er sprake van geweld."
    assert all(name != "gevallen" for name, _direction in _found(text))


def test_nog_nooit_zo_is_a_record_not_a_negation() -> None:
    assert _found("De arbeidsdeelname was nog nooit zo hoog.") == [("arbeidsdeelname", Change.UP)]


def test_noun_of_change_linked_by_is_geweest_van() -> None:
    text = "De korpschef erkende dat er een forse stijging is geweest van het aantal schietincidenten."
    assert ("aantal schietincidenten", Change.UP) in _found(text)


def test_two_numbers_with_tegen_take_the_subject_of_the_clause() -> None:
    text = "In heel Europa sloegen de ladingdieven in 2018 169 keer toe, tegen 25 in het jaar ervoor."
    assert _found(text) == [("ladingdieven", Change.UP)]


def test_alleen_maar_is_an_adverb_not_a_new_clause() -> None:
    text = "Omdat technisch werk de komende jaren alleen maar zal toenemen, werven we meer monteurs."
    assert _found(text) == [("technisch werk", Change.UP)]


def test_a_nominalised_verb_of_change_takes_its_complement() -> None:
    text = "Door het stijgen van de gemiddelde leeftijd is er vaker sprake van langdurig verzuim."
    assert ("gemiddelde leeftijd", Change.UP) in _found(text)


def test_a_comparative_before_wordt_ends_a_subordinate_clause() -> None:
    assert _found("Hoewel ons werk zwaarder wordt, zien we ook veel nieuwe kansen.") == [
        ("werk (zwaarder)", Change.UP)
    ]


def test_a_noun_ending_in_er_before_wordt_is_no_comparative() -> None:
    assert _found("Zij zei dat haar broer later minister wordt.") == []


def test_a_coordinated_predicate_shares_the_subject_of_the_clause_before() -> None:
    text = "De schulden van huishoudens daalden licht, maar blijven hoog in historisch opzicht."
    assert _found(text) == [
        ("schulden van huishoudens", Change.DOWN), ("schulden van huishoudens", Change.STABLE)
    ]


def test_working_on_an_improvement_is_a_goal_not_a_trend() -> None:
    assert _found("De politie werkte samen met het OM aan verbetering van de opsporing.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er verandert niets wezenlijks aan de dreiging.", [("dreiging", Change.STABLE)]),
        ("Er veranderde weinig in de aanpak van de wijkteams.", [("aanpak van de wijkteams", Change.STABLE)]),
        ("Wanneer dat vertrouwen verdwijnt, ontstaat er onrust in de wijk.", []),
    ],
)
def test_negation_and_conditions(text: str, expected: list[tuple[str, Change]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Met het verzwakken van encryptie verzwak je ook de technische infrastructuur.",
        "Criminelen beweren dat de opsporingsdiensten verzwakt zouden zijn.",
        "Bij het stijgen van de prijzen kiezen mensen vaker voor goedkope alternatieven.",
    ],
)
def test_means_conditions_generic_subjects_and_reported_possibilities_are_no_trends(text: str) -> None:
    assert _found(text) == []


def test_a_part_of_a_period_is_no_phenomenon() -> None:
    assert all(
        "helft" not in name for name, _d in _found("De groei in de tweede helft van het jaar viel tegen.")
    )


def test_the_subject_ends_before_a_finite_verb_with_a_time_adverbial() -> None:
    found = _found("Een woning in Utrecht was eind 2018 gemiddeld 9 procent duurder dan een jaar eerder.")
    assert found == [("woning in Utrecht (duurder)", Change.UP)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De politie telde in 2019 1.200 inbraken en in 2020 1.450 inbraken.", [("inbraken", Change.UP)]),
        ("Het aantal diefstallen lag in 2018 op 360 en in 2017 op 390.",
         [("aantal diefstallen", Change.DOWN)]),
    ],
)
def test_a_change_shown_by_two_years_with_a_value_each(text: str, expected: list[tuple[str, Change]]) -> None:
    assert _found(text) == expected


def test_becoming_something_new_is_a_shift() -> None:
    assert _found("We zien dat het bezit van wapens een soort statussymbool is geworden.") == [
        ("bezit van wapens", Change.SHIFT)
    ]
    assert _found("Hij is een bekende politicus geworden.") == []


@pytest.mark.parametrize(
    "text", ["Het bezit van een wapen blijft strafbaar.", "De regeling blijft tot 2025 van kracht."]
)
def test_a_rule_that_stays_in_force_is_no_trend(text: str) -> None:
    assert _found(text) == []


def test_a_state_that_lasts_is_stable() -> None:
    assert _found("De dreiging van een aanslag blijft hoog.") == [("dreiging van een aanslag", Change.STABLE)]
