"""Column debris and cut paragraphs: chart axes go, table values stay, and both run in linear time."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from trendbeeld.sources import repair


def test_a_column_of_table_values_stays() -> None:
    text = "Gerealiseerd\n2017\n49.124\n1.103\n3.576\n\nDe norm betreft de maximale aantallen."
    assert repair.drop_column_debris(text) == text


def test_a_column_of_percentages_stays() -> None:
    text = "Straatroof 29,9%\n\n9,5%\n50,0%\n25,7%\n\nTekst."
    assert repair.drop_column_debris(text) == text


def test_the_ticks_of_a_falling_axis_go_and_the_year_after_them_stays() -> None:
    text = "Figuur 1.1.3 Consumentenvertrouwen\n30\n25\n20\n15\n10\n5\n0\n-5\n2015\n\n2016"
    assert repair.drop_column_debris(text) == "Figuur 1.1.3 Consumentenvertrouwen\n2015\n\n2016"


def test_decimal_ticks_and_a_year_axis_are_both_axes() -> None:
    text = "Figuur 2\n3\n2,5\n2\n1,5\n1\n0,5\n0\n2015\n2016\n2017\nTekst gaat door."
    assert repair.drop_column_debris(text) == "Figuur 2\nTekst gaat door."


def test_two_numbers_are_no_axis_and_equal_numbers_are_no_axis() -> None:
    for text in ("Tabel\n10\n20\nTekst.", "Tabel\n0%\n0%\n0%\nTekst."):
        assert repair.drop_column_debris(text) == text


def test_table_figures_of_a_real_report_survive_repair(shared: Path) -> None:
    text = (shared / "corpus" / "dev" / "politie-2017.txt").read_text(encoding="utf-8")
    lines = "\n".join(repair.repair_pages(text.split("\f"))).split("\n")
    for figure in ("49.124", "1.103", "3.576", "9,5%", "50,0%", "25,7%"):
        assert figure in lines, figure


NUMBER_LINES = st.lists(
    st.sampled_from(["12", "2,5", "1.563", "-5", "10%", "€20", "(3)", "1/2", "12:30", "7 8 9", "a1", "1a"]),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(NUMBER_LINES)
def test_only_whole_lines_of_bare_numbers_are_ever_dropped(lines: list[str]) -> None:
    text = "\n".join(["Kop", *lines, "Tekst."])
    kept = repair.drop_column_debris(text).split("\n")
    assert kept[0] == "Kop"
    assert kept[-1] == "Tekst."
    dropped = list(lines)
    for line in kept[1:-1]:
        dropped.remove(line)
    assert all(repair.NUMERIC_LINE.fullmatch(line) for line in dropped)
    assert all(line in kept for line in lines if not repair.NUMERIC_LINE.fullmatch(line))


PARAGRAPH_LINES = st.lists(st.sampled_from(["", "", "Een kop", "loopt door", " en verder", "Zin.", "einde;"]),
                           min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(PARAGRAPH_LINES)
def test_only_blank_lines_inside_a_sentence_are_closed(lines: list[str]) -> None:
    text = "\n".join(lines)
    joined = repair.join_continued_paragraphs(text)
    assert [line for line in joined.split("\n") if line] == [line for line in lines if line]
    out = joined.split("\n")
    # Walk the input: a run of blank lines stays whole, or goes because the line before it leaves a
    # sentence open and the line after it goes on in lower case (the samples start with one space at most).
    position = 0
    index = 0
    while index < len(lines):
        if lines[index]:
            assert out[position] == lines[index]
            index, position = index + 1, position + 1
            continue
        end = index
        while end < len(lines) and not lines[end]:
            end += 1
        if index > 0 and end < len(lines) and repair.continues(lines[index - 1], lines[end]):
            index = end
        else:
            assert out[position : position + end - index] == [""] * (end - index)
            position += end - index
            index = end
    assert position == len(out)
