"""Figures in news that a rule of wording finds (issue 10), with invented sentences."""

from __future__ import annotations

from tests.extract._helpers import figures_of
from trendbeeld.model import Change, Unit


def test_a_verb_that_multiplies_is_a_factor_and_a_rise() -> None:
    for text, value in (
        ("De hoeveelheid onderschepte hasj is vorig jaar verdrievoudigd.", 3),
        ("Het aantal meldingen verdubbelde in 2018.", 2),
        ("De omzet zal de komende jaren vertienvoudigen.", 10),
    ):
        [figure] = figures_of(text)
        assert (figure.value, figure.unit, figure.direction) == (value, Unit.FACTOR, Change.UP)


def test_words_like_a_multiplier_are_no_figure() -> None:
    assert figures_of("Een meervoudige aanpak is nodig.") == []
    assert figures_of("Het aantal is verveelvoudigd.") == []


def test_times_per_period_is_a_rate_and_already_twice_a_count() -> None:
    [rate] = figures_of("Boeren oogsten vier keer per jaar.")
    assert (rate.value, rate.unit) == (4, Unit.COUNT)
    [so_far] = figures_of("Dit jaar ging het al twee keer mis.")
    assert (so_far.value, so_far.unit) == (2, Unit.COUNT)
    assert figures_of("Hij belde drie keer aan.") == []
    assert figures_of("Ik heb het al een keer gezegd.") == []


def test_a_range_of_a_measure_with_wel() -> None:
    [figure] = figures_of("Tegenwoordig zie je partijen van 5000 tot wel 11.000 kilo.")
    assert (figure.value, figure.value_high, figure.unit) == (5000, 11000, Unit.OTHER)


def test_a_unit_before_a_closing_quotation_mark_still_counts() -> None:
    [figure] = figures_of("„Vroeger zagen we partijen van 700 kilo’’, zegt hij.")
    assert (figure.value, figure.unit) == (700, Unit.OTHER)


def test_a_bare_number_takes_the_measure_of_the_figure_just_before() -> None:
    text = "„Vroeger keken we op van 500 kilo. Nu onderscheppen we partijen van 5000”, zegt hij."
    first, second = figures_of(text)
    assert (first.value, second.value, second.unit) == (500, 5000, Unit.OTHER)
    assert [f.value for f in figures_of("Er kwamen 40 agenten. Hij kreeg een boete van 500.")] == [40]


def test_the_length_of_a_sentence_or_measure_is_a_duration() -> None:
    [prison] = figures_of("De rechter legde een celstraf van vier jaar op.")
    assert (prison.value, prison.unit) == (4, Unit.YEARS)
    [suspended] = figures_of("De agent werd veroordeeld tot zes maanden voorwaardelijk.")
    assert (suspended.value, suspended.unit) == (6, Unit.OTHER)
    [ban] = figures_of("Het OM eist een beroepsverbod gedurende een periode van twee jaar.")
    assert (ban.value, ban.unit) == (2, Unit.YEARS)


def test_an_age_or_a_period_of_change_is_no_duration() -> None:
    assert figures_of("Kinderen van 12 jaar mogen dat niet.") == []
    assert figures_of("In een periode van vijf jaar daalde het aantal.") == []


def test_then_and_now_gives_the_newer_figure_its_direction() -> None:
    older, newer = figures_of("Vroeger waren er 30 wijkagenten. Nu zijn het er 12 wijkagenten.")
    assert (older.direction, newer.direction, newer.comparison) == (None, Change.DOWN, "van 30 naar 12")
    older, newer = figures_of("„Vroeger zagen we 500 kilo. Tegenwoordig zien we 5000 kilo”, zegt hij.")
    assert newer.direction == Change.UP
    _first, second = figures_of("Er waren 30 wijkagenten. Nu zijn het er 12 wijkagenten.")
    assert second.comparison is None


def test_a_vague_amount_of_a_vague_amount_multiplies() -> None:
    [figure] = figures_of("Criminelen verdienen er tientallen miljoenen euro aan.")
    assert (figure.value, figure.unit, figure.text) == (10_000_000, Unit.EURO, "tientallen miljoenen euro")
    [figure] = figures_of("Er gaan honderden miljoenen euro om in de handel.")
    assert (figure.value, figure.unit) == (100_000_000, Unit.EURO)


def test_more_units_of_measure() -> None:
    [figure] = figures_of("Er werden 1.500 kilo’s hasj gevonden.")
    assert (figure.value, figure.unit) == (1500, Unit.OTHER)
    [figure] = figures_of("De tunnel was 30 centimeter breed.")
    assert (figure.value, figure.unit) == (30, Unit.OTHER)


def test_half_years_of_a_sentence_are_durations_in_years() -> None:
    for text, value, evidence in (
        ("Justitie eist een half jaar cel tegen de geldschieter.", 0.5, "half jaar"),
        ("Hij kreeg twee jaar cel, waarvan een half jaar voorwaardelijk.", 0.5, "half jaar"),
        ("De rechter legde een gevangenisstraf van 4 en een half jaar op.", 4.5, "4 en een half jaar"),
        ("Het OM eist tweeënhalf jaar cel voor de overval.", 2.5, "tweeënhalf jaar"),
    ):
        figures = [(f.text, f.value, f.unit) for f in figures_of(text) if f.value < 1 or f.value % 1]
        assert figures == [(evidence, value, Unit.YEARS)], text


def test_a_half_year_in_narration_is_no_figure() -> None:
    assert figures_of("Een half jaar geleden verhuisde het gezin naar Tiel.") == []
    assert figures_of("Na een half jaar stopte de show.") == []


def test_so_many_times_a_measure_is_a_factor() -> None:
    for text, value in (
        ("Hij bleek vier keer de toegestane hoeveelheid alcohol te hebben gedronken.", 4),
        ("Het budget is twee keer de marktconforme waarde van andere ploegen.", 2),
        ("De partij krijgt twee keer het aantal zetels dat ze nu heeft.", 2),
    ):
        [figure] = figures_of(text)
        assert (figure.value, figure.unit) == (value, Unit.FACTOR), text
    assert figures_of("Hij ging twee keer de mist in.") == []


def test_pounds_are_a_unit_of_their_own() -> None:
    [figure] = figures_of("Het vermogen van de prins is 57 miljoen pond.")
    assert (figure.value, figure.unit) == (57_000_000, Unit.OTHER)
