"""A school, fiscal or season year written with a two-digit end ("2018/19", "2018-19") is the
span of its two years, so that its latest year is the second one."""

from __future__ import annotations

from tests.extract._helpers import figures_of


def test_a_school_year_with_a_short_end_is_two_years() -> None:
    [pupils] = figures_of("In het schooljaar 2018/19 telde de school 734 leerlingen.\n")
    assert pupils.period == "2018-2019"


def test_a_season_with_a_short_end_is_two_years() -> None:
    [goals] = figures_of("In het seizoen 2018-19 scoorde de spits 23 doelpunten.\n")
    assert goals.period == "2018-2019"
