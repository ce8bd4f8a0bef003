"""The head of years above a row of a table (one reader for _digit_groups and _figure_tables)."""

from __future__ import annotations

from trendbeeld.extract import _figure_tables, _table_heads


def _digit_head(text: str) -> list[str]:
    """As _digit_groups asks: years apart from dates, any line without a sentence read over."""
    row = text.rindex("\n") + 1
    return _table_heads.head_years(text, row, year=_table_heads.YEAR_APART, lines=40, count_blank=True)


def _figure_head(text: str) -> list[str]:
    return _figure_tables._row_heads(text, text.rindex("\n") + 1)


def test_the_head_above_rows_and_labels() -> None:
    text = "Meldingen\n2014 2015 2016 2019 t/m Q2\nVernieling - Totaal 1073 999 766\nOverlast 204 62 84\n"
    assert _digit_head(text) == _figure_head(text) == ["2014", "2015", "2016", "2019"]


def test_running_text_comes_first() -> None:
    text = "2021 2022\nHet aantal daalde. Dat blijkt uit cijfers.\nTotaal 45 50\n"
    assert _digit_head(text) == _figure_head(text) == []
    long_line = "2021 2022\n" + "woord " * 40 + "\nTotaal 45 50\n"  # longer than LINE_CHARS
    assert _digit_head(long_line) == _figure_head(long_line) == []


def test_a_head_with_a_sentence_is_no_head() -> None:
    text = "In 2021 en 2022 steeg het. Zie tabel.\nTotaal 45 50\n"
    assert _digit_head(text) == _figure_head(text) == []


def test_the_two_readers_differ_on_purpose() -> None:
    # Dates and ranges: the source's digit groups do not take "1-1-2021 1-1-2022" for a head.
    dates = "Stand 1-1-2021 1-1-2022\nTotaal 28 450 29 300\n"
    assert _digit_head(dates) == []
    assert _figure_head(dates) == ["2021", "2022"]
    # A long line without a sentence: the digit groups read over it, the figure tables only over
    # rows and short label lines.
    label = "2021 2022\nAantal meldingen van overlast door jongeren in de openbare ruimte\nTotaal 45 50\n"
    assert _digit_head(label) == ["2021", "2022"]
    assert _figure_head(label) == []
    # Blank lines: the figure tables do not count them (a PDF writes one between every line).
    spaced = "2021 2022\n" + "\n" * 45 + "Totaal 45 50\n"
    assert _digit_head(spaced) == []
    assert _figure_head(spaced) == ["2021", "2022"]
