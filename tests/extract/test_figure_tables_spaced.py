"""A web page's (or a PDF's) table flattened to text: one row per line, cells apart by single
spaces, under a head row of years. Digits apart by single spaces are cells of the row, not one
number grouped in thousands, when they fit the head's columns or would be an implausible number;
cells with a decimal point ("5.8") are measures, percentages under a label "[%]", marks under a
label "Rapportcijfer"; a "%" that opens the next row's label is no unit of the cell before; each
cell takes the year of its column, also the last, partial one ("2021 t/m Q3")."""

from __future__ import annotations

from tests.extract._helpers import figures_of
from trendbeeld.model import Unit

_PAGE = (
    "Veiligheid in de wijk\n"
    "\n"
    "Registraties politie\n"
    "2016 2017 2018 2019 2020 2021 t/m Q3\n"
    "Woninginbraak - Totaal 1210 987 845 612 590 301\n"
    "Fietsendiefstal 2412 2105 1988 1874 1602 845\n"
    "Overlast - Totaal 310 95 88 104 121 42\n"
    "Inbraak in schuur of garage 432 518 276 184 211 98\n"
    "\n"
    "Het aantal woninginbraken is de afgelopen jaren sterk gedaald.\n"
    "\n"
    "Wijkmonitor\n"
    "2016 2017 2018 2019\n"
    "Tevredenheid met de buurt - schaalscore [score] 6.2 6.1 6.3 6.4\n"
    "% Zwerfafval: veel overlast [%] 14.5 12.1 11 12.8\n"
    "% Parkeren: (zeer) vaak overlast [%] 20.5 21.0 24.0 21.1\n"
    "Rapportcijfer woonomgeving (gem.) [score] 7.1 7 7.2 7.3\n"
    "\n"
    "De bewoners zijn iets tevredener over hun buurt dan vier jaar geleden.\n"
)


def _cells() -> dict[float, set[tuple[str | None, Unit]]]:
    out: dict[float, set[tuple[str | None, Unit]]] = {}
    for f in figures_of(_PAGE):
        out.setdefault(f.value, set()).add((f.period, f.unit))
    return out


def test_a_row_of_three_digit_cells_is_no_number_grouped_in_thousands() -> None:
    cells = _cells()
    assert max(cells) < 10_000  # "987 845 612 590 301" is no 987845612590301
    assert {987, 845, 612, 590, 301} <= set(cells)
    assert ("2017", Unit.COUNT) in cells[987]
    assert ("2021", Unit.COUNT) in cells[301]  # the partial year's column "2021 t/m Q3"


def test_cells_that_fit_the_head_are_cells_also_inside_the_row() -> None:
    cells = _cells()
    assert ("2017", Unit.COUNT) in cells[95]
    assert ("2019", Unit.COUNT) in cells[104]
    assert ("2020", Unit.COUNT) in cells[121]
    assert ("2016", Unit.COUNT) in cells[432]


def test_a_dash_in_the_label_is_no_cell() -> None:
    assert ("2016", Unit.COUNT) in _cells()[1210]


def test_a_count_that_reads_as_a_year_is_a_cell_under_a_head_of_years() -> None:
    assert ("2017", Unit.COUNT) in _cells()[2105]


def test_decimal_points_in_rows_are_measures_percentages_and_marks() -> None:
    cells = _cells()
    assert ("2016", Unit.OTHER) in cells[6.2]
    assert ("2016", Unit.PERCENT) in cells[14.5]
    assert ("2018", Unit.PERCENT) in cells[11]
    assert ("2017", Unit.PERCENT) in cells[21.0]
    assert ("2016", Unit.GRADE) in cells[7.1]


def test_a_percent_sign_that_opens_the_next_label_is_no_unit() -> None:
    found = [f for f in figures_of(_PAGE) if f.value in (6.4, 2019)]
    assert [f.text for f in found] == ["6.4"]


def test_numbers_grouped_by_spaces_in_running_text_stay_one_number() -> None:
    text = ("In 2023 telde de gemeente 117 450 inwoners.\n"
            "Het aantal meldingen daalde naar 18 700.\n"
            "Totaal 31 960\n")
    values = {f.value for f in figures_of(text)}
    assert {117_450, 18_700} <= values


def test_a_last_cell_a_thousand_times_its_row_is_two_cells() -> None:
    text = ("Jeugdreclassering, per type maatregel\n"
            "  Beginstand Instroom Uitstroom Eindstand\n"
            "  aantal maatregelen\n"
            "Totaal 4 210 3 980 4 020 4 170\n"
            "begeleiding: vrijwillig 540 1 325 1 410 455\n")
    values = {f.value for f in figures_of(text)}
    assert {4210, 3980, 4020, 4170, 540, 1325, 1410, 455} <= values
    assert 1_410_455 not in values
