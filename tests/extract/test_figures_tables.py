"""Tables converted from a PDF with one cell per paragraph: the cells are figures with the year
of their column."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Figure, Unit

# Running text wrapped on lines of its own, as a PDF gives it (a text made only of the table would
# read as double-spaced).
PROSE = "Wij stellen ook aan aannemers hoge eisen aan de veiligheid\nen spreken hen daarop aan.\n" * 15
LTIF = (
    PROSE + "In 2018 meldden zij meer ongevallen met verzuim dan in voorgaande jaren.\n"
    "2018\n\n2017\n\n20162)\n\n2015\n\n2014\n\n"
    "Enexis\n\n1,48\n\n1,65\n\n0,85\n\n1,65\n\n3,00\n\n"
    "Derden\n\n4,53\n\n2,20\n\n4,30\n\n3,90\n\n4,50\n\n"
    "Ongevallen en LTIF\n"
)


def test_cells_on_lines_of_their_own_take_the_year_of_their_column() -> None:
    cells = [f for f in items_of(Figure, LTIF) if f.unit is Unit.OTHER]
    assert [f.value for f in cells] == [1.48, 1.65, 0.85, 1.65, 3.0, 4.53, 2.2, 4.3, 3.9, 4.5]
    assert [f.period for f in cells] == ["2018", "2017", "2016", "2015", "2014"] * 2


def test_a_row_label_in_percent_makes_its_cells_percentages() -> None:
    text = PROSE + (
        "Tabel 1.1 Verschil verwachtingen MN 2018 en realisaties FJR 2018\nMN\n\nFJR\n\n"
        "Economische groei (volumegroei, in procenten)\n\n2,5\n\n2,7\n\nInflatie\n"
    )
    cells = items_of(Figure, text)
    assert [(f.value, f.unit, f.period) for f in cells] == [
        (2.5, Unit.PERCENT, "2018"), (2.7, Unit.PERCENT, "2018")
    ]


def test_whole_numbers_and_numbers_inside_text_lines_are_no_cells() -> None:
    text = PROSE + "Inleiding\n\n37\n\nDe groei was\n2,5 keer zo groot.\n\n12\n"
    assert [f.value for f in items_of(Figure, text)] == [2.5]
