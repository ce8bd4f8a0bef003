"""Table repairs: a lone dash between table cells is an empty cell and keeps its place."""

from __future__ import annotations

from trendbeeld.sources import repair


def test_a_dash_between_table_cells_is_an_empty_cell() -> None:
    text = "Gemiddelde onderbrekingsduur (minuten)\n21,3\n\n-\n\n6,7\n7,2\n\nToelichting volgt."
    assert repair.drop_column_debris(text) == text


def test_a_dash_as_the_last_cell_of_a_table_stays() -> None:
    text = "Storingen per 1.000 aansluitingen\n12,4\n-\n"
    assert repair.drop_column_debris(text) == text


def test_two_empty_cells_in_a_row_stay() -> None:
    text = "Aantal meldingen\n2019\n–\n-\n31%\nTekst."
    assert repair.drop_column_debris(text) == text


def test_a_dash_between_words_is_still_debris() -> None:
    text = "De netbeheerder investeert\n-\nin nieuwe kabels."
    assert repair.drop_column_debris(text) == "De netbeheerder investeert\nin nieuwe kabels."


def test_a_dash_after_a_number_before_a_sentence_is_still_debris() -> None:
    text = "Tabel 3\n2018\n-\nDe kosten stegen."
    assert repair.drop_column_debris(text) == "Tabel 3\n2018\nDe kosten stegen."
