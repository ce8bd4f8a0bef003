"""Figures of statistics publications (own sentences in the style of a statistics office): a
difference of counts ("25 meer dan bij de start van het jaar") is a figure, and the rows of a web
table with tab-separated cells are read under a head of words and with a colon in their label."""

from __future__ import annotations

from tests.extract._helpers import figures_of


def test_a_difference_of_counts_is_a_figure() -> None:
    text = (
        "Op 31 december 2022 liepen er 4 960 maatregelen. Dat zijn er 25 meer dan bij de start van "
        "het jaar. In Italië waren het er bijna 400 minder dan in Spanje.\n"
    )
    found = {f.value: f for f in figures_of(text)}
    assert found[25].direction is not None and found[25].direction.value == "up"
    assert found[400].direction is not None and found[400].direction.value == "down"
    assert 2019 not in {f.value for f in figures_of("In 2019 meer dan 300 zaken.")}


def test_the_head_of_a_web_table_is_not_run_into_its_first_row() -> None:
    text = (
        "Maatregelen, per type, 2022*\n"
        "\tBeginstand (1-1-2022)\tInstroom\tUitstroom\tEindstand (31-12-2022)1)\n"
        "Totaal\t31 960\t9 065\t11 955\t29 070\n"
        "Toezicht en begeleiding: vrijwillig\t450\t1 725\t1 700\t475\n"
    )
    values = {f.value for f in figures_of(text)}
    assert {31_960, 9_065, 11_955, 29_070, 450, 1_725, 1_700, 475} <= values
