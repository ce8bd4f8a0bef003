"""Figures that are easy to miss: amounts with a magnitude and no noun, values after "tegen"."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Change, Figure, SourceMeta, Unit


def test_an_amount_in_thousands_without_a_noun_is_a_count() -> None:
    [figure] = items_of(Figure, "Het aantal Nederlanders met een baan groeide in 2018 met 195 duizend.")
    assert (figure.value, figure.unit, figure.direction) == (195_000.0, Unit.COUNT, Change.UP)


def test_a_small_number_without_a_noun_is_no_figure() -> None:
    assert items_of(Figure, "Het aantal zelfstandigen groeide in 2018 met 3.") == []


def test_against_the_year_before_gives_both_values_their_direction_and_period() -> None:
    text = "In heel Europa sloegen de rovers in 2018 169 keer toe, tegen 25 in het jaar ervoor."
    now, before = items_of(Figure, text, SourceMeta())
    assert (now.value, now.period, now.direction) == (169.0, "2018", Change.UP)
    assert (before.value, before.unit, before.period, before.direction) == (
        25.0, Unit.COUNT, "2017", Change.UP
    )


def test_half_a_million_is_an_amount() -> None:
    phones, value = items_of(Figure, "De bende roofde 960 telefoons ter waarde van een half miljoen euro.")
    assert (phones.value, phones.unit) == (960.0, Unit.COUNT)
    assert (value.value, value.unit, value.text) == (500_000.0, Unit.EURO, "half miljoen euro")
    assert items_of(Figure, "Een half jaar later werd de bende opgepakt.") == []


def test_a_number_after_namely_takes_the_unit_of_the_figure_before() -> None:
    text = "In 2018 waren er 437 incidenten. De provincie met de meeste berovingen, namelijk 132."
    first, second = items_of(Figure, text)
    assert (second.value, second.unit) == (132.0, Unit.COUNT)
    assert first.unit is Unit.COUNT


def test_the_same_measure_restated_for_another_year_gives_both_the_change() -> None:
    text = (
        "De politie in Amsterdam registreerde in 2018 208 gevallen van vuurwapenbezit. "
        "In 2017 waren dat er 214. Het bezit van overige wapens lag in 2018 op 360 en in 2017 op 390."
    )
    figures = items_of(Figure, text)
    assert [(f.value, f.period, f.direction) for f in figures] == [
        (208.0, "2018", Change.DOWN), (214.0, "2017", Change.DOWN),
        (360.0, "2018", Change.DOWN), (390.0, "2017", Change.DOWN),
    ]
    # the place is carried from two sentences back in the paragraph
    assert {f.region for f in figures} == {"Amsterdam"}


def test_a_place_is_not_carried_past_a_paragraph_or_a_scope_word() -> None:
    text = (
        "De politie in Amsterdam registreerde veel incidenten.\n\n"
        "Het bezit van wapens lag in 2018 op 360. In Nederland daalde het aantal. Het lag op 390."
    )
    figures = items_of(Figure, text)
    assert [(f.value, f.region) for f in figures] == [(360.0, None), (390.0, None)]


def test_a_level_after_op_is_no_date_or_count_of_a_thing() -> None:
    assert items_of(Figure, "De vergadering is op 12 maart.") == []


def test_days_listed_after_op_are_no_figures() -> None:
    text = "De uitzendingen op 5, 6 en 7 oktober leverden tips op. De incidenten waren op 21 en 28 mei."
    assert items_of(Figure, text) == []


def test_a_plural_in_ingen_at_a_line_end_is_not_glued_to_the_verb_after_it() -> None:
    [figure] = items_of(Figure, "Ook de investeringen\nnamen met 4,9 procent behoorlijk toe.")
    assert (figure.value, figure.direction) == (4.9, Change.UP)


def test_a_change_in_apposition_gives_the_figure_before_it_its_direction() -> None:
    text = "Ruim 218 duizend huizen wisselden van eigenaar, een daling van 9,7 procent ten opzichte van 2017."
    houses, share = items_of(Figure, text)
    assert (houses.value, houses.direction) == (218_000.0, Change.DOWN)
    assert (share.value, share.direction) == (9.7, Change.DOWN)


def test_a_line_that_goes_on_after_a_dash_is_part_of_the_sentence() -> None:
    text = "De les was dat de dalende misdaadcijfers\n– afgelopen jaar met 11% – soms botsen met de feiten."
    [figure] = items_of(Figure, text)
    assert (figure.value, figure.direction) == (11.0, Change.DOWN)


def test_a_count_of_things_of_a_kind() -> None:
    [figure] = items_of(Figure, "Vorig jaar waren er drie van dit soort berovingen in ons land.")
    assert (figure.value, figure.unit, figure.text) == (3.0, Unit.COUNT, "drie van dit soort berovingen")
    assert items_of(Figure, "Twee van deze aangehouden verdachten zijn vrijgelaten.") == []


def test_the_age_of_a_named_person_in_news_is_a_figure_in_years() -> None:
    text = "De 61-jarige Fred W. werd aangehouden. Ook Kuipers (54) en oma Truus(81) werden gehoord."
    assert [(f.value, f.unit, f.text) for f in items_of(Figure, text)] == [
        (61.0, Unit.YEARS, "61-jarige"), (54.0, Unit.YEARS, "54"), (81.0, Unit.YEARS, "81")
    ]


def test_group_bounds_places_and_unnamed_persons_give_no_age() -> None:
    text = "Er is een traject voor 16- tot 18-jarigen. Een jongen (15) werd opgepakt. In Spanje (25) ook."
    assert [(f.value, f.unit) for f in items_of(Figure, text)] == [(25.0, Unit.COUNT)]


def test_full_time_equivalents_are_a_measure() -> None:
    [figure] = items_of(Figure, "De dienst zet zo’n 600 fte in op toezicht.")
    assert (figure.value, figure.unit) == (600.0, Unit.OTHER)
