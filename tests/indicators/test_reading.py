"""Reading statistics files: the real StatLine and police files, and bad input with line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from trendbeeld.errors import BadTable, EncodingError, TrendbeeldError, UnreadableFile
from trendbeeld.indicators.reading import parse_number, parse_period, read_table, read_with_report
from trendbeeld.model import Series

NOT_TABLES = {".json"}


def _tables(shared: Path) -> list[Path]:
    folders = [shared / "corpus" / "real" / "statistics", shared / "corpus" / "real" / "polls"]
    return sorted(p for f in folders for p in f.iterdir()
                  if p.suffix not in NOT_TABLES and "_meta_" not in p.name)


def _one(series: list[Series], indicator: str, region: str) -> Series:
    found = [s for s in series if s.indicator == indicator and s.region == region]
    assert len(found) == 1, [s.indicator for s in series if s.region == region][:20]
    return found[0]


def _values(series: Series) -> dict[str, float]:
    return {o.period: o.value for o in series.observations}


def test_every_real_table_parses(shared: Path) -> None:
    tables = _tables(shared)
    assert len(tables) >= 15
    for path in tables:
        series, report = read_with_report(path)
        assert series, path
        assert report.n_observations == sum(len(s.observations) for s in series) > 0


@pytest.mark.parametrize(
    ("name", "indicator", "region", "expected"),
    [
        # StatLine export: ';', title lines, three header rows, "." for Buitenland, footer "Bron: Politie".
        ("politie_misdrijven_gemeente_eenheid_2022_2023_statline_export.csv",
         "Totaal misdrijven — Geregistreerde misdrijven", "RE03", {"2022": 84800, "2023": 87518}),
        ("politie_misdrijven_gemeente_eenheid_2022_2023_statline_export.csv",
         "Totaal misdrijven — Geregistreerde misdrijven", "NL01", {"2022": 800027, "2023": 805590}),
        ("politie_misdrijven_gemeente_eenheid_2024_statline_export.csv",
         "Totaal misdrijven — Geregistreerde misdrijven", "NL01", {"2024": 805559}),
        # Long 83648NED with municipality names and six measures.
        ("cbs83648_gemeenten_misdrijven_totaal_2010_2020.csv",
         "Misdrijven, totaal — Totaal geregistreerde misdrijven", "GM0307",
         {"2010": 11155, "2020": 7455}),
        ("cbs83648_gemeenten_misdrijven_totaal_2010_2020.csv",
         "Misdrijven, totaal — Geregistreerde misdrijven per 1000 inw", "GM0307",
         {"2010": 77.0, "2020": 47.4}),
        ("politie_nl_misdrijven_per_soort_2012_2023.csv", "Totaal misdrijven", "NL01", {"2012": 1127869}),
        ("cbs80344_politieregio_misdrijven_2005_2011.csv",
         "Misdrijven, totaal — geregistreerde misdrijven", "NL01", {"2005": 1341950, "2009": 1243285}),
        ("politie_nl_maand_inbraak_zakkenrollerij_cyber_2020.csv", "zakkenrollerij", "NL01",
         {"2020-02": 1139, "2020-04": 230}),
    ],
)
def test_real_values(
    shared: Path, name: str, indicator: str, region: str, expected: dict[str, float]
) -> None:
    series = read_table(shared / "corpus" / "real" / "statistics" / name)
    values = _values(_one(series, indicator, region))
    for period, value in expected.items():
        assert values[period] == pytest.approx(value)


def test_wide_statline_header_with_provisional_years(shared: Path) -> None:
    series = read_table(shared / "corpus" / "real" / "statistics" / "cbs83648_provincies_wide_2014_2017.csv")
    total = _one(series, "Misdrijven, totaal — Totaal geregistreerde misdrijven", "NL01")
    assert _values(total) == {"2014": 1025630, "2015": 978945, "2016": 930300, "2017": 830780}
    assert [o.provisional for o in total.observations] == [False, False, True, True]
    assert total.unit == "count"
    assert {s.region for s in series} >= {"PV20", "PV31", "PV99"}  # Niet in te delen kept as its own code


def test_decimal_comma_and_margins_in_a_wide_survey(shared: Path) -> None:
    path = shared / "corpus" / "real" / "polls" / "cbs_veiligheidsmonitor_provincies_2015_2017.csv"
    series, report = read_with_report(path)
    unsafe = _one(series, "Voelt zich wel eens onveilig", "PV20")
    assert _values(unsafe) == {"2015": 32.9, "2016": 33.4, "2017": 33.7}
    assert unsafe.unit == "percent"
    assert any("Marges" in note for note in report.notes)


def test_provisional_periods_and_old_police_regions(shared: Path) -> None:
    path = shared / "corpus" / "real" / "polls" / "cbs80169_ivm_slachtofferschap_politieregio_2008_2011.csv"
    series, report = read_with_report(path)
    national = [s for s in series if s.region == "NL01"]
    assert national and all(s.unit == "percent" for s in national)
    first = _one(series, "Persoonlijk slachtoffer afgelopen 12 mnd — Slachtofferschap totaal", "NL01")
    assert first.observations[0] == first.observations[0].__class__("2008", 26.1, True)
    # a politieregio (to 2012) is the safety region of the same name and borders
    assert "Amsterdam-Amstelland (PO)" not in report.unresolved_regions
    assert any(s.region == "VR13" for s in series)


def test_events_are_counted_per_month(shared: Path) -> None:
    folder = shared / "corpus" / "real" / "statistics"
    path = folder / "politie_misdaadinkaart_woninginbraak_pc4_2023_2026.csv"
    series, report = read_with_report(path)
    assert {s.indicator for s in series} == {"Woninginbraak", "Poging tot woninginbraak"}
    assert sum(o.value for s in series for o in s.observations) == 64185 - 2508
    assert sum(1 for s in report.skipped if s.reason == "dubbele regel") == 2508


def test_metadata_titles_and_xlsx(shared: Path) -> None:
    folder = shared / "corpus" / "real" / "polls"
    path = folder / "amsterdam_veiligheidsindex_onderliggende_data_2014_2017.xlsx"
    series, report = read_with_report(path)
    assert {o.period for s in series for o in s.observations} <= {"2014", "2015", "2016", "2017"}
    assert any("geen eenduidige periode" in n for n in report.notes)  # rolling 12-month sheets


def test_demo_files_are_long_tables() -> None:
    demo = Path(__file__).resolve().parents[2] / "src" / "trendbeeld" / "data" / "demo" / "statistiek"
    series = read_table(demo / "misdrijven.csv")
    assert any(s.region == "NL01" for s in series)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2022JJ00", ("2022", False)), ("2023MM04", ("2023-04", False)), ("2023KW02", ("2023Q2", False)),
     ("2016*", ("2016", True)), ("Januari 2020", ("2020-01", False)), ("2023MM13", None), ("%", None)],
)
def test_periods(text: str, expected: tuple[str, bool] | None) -> None:
    assert parse_period(text) == expected


def test_numbers() -> None:
    assert parse_number("1.234.567", decimal_comma=True) == (1234567.0, False)
    assert parse_number("32,9", decimal_comma=True) == (32.9, False)
    assert parse_number("82.3") == (82.3, False)
    assert parse_number("1205*") == (1205.0, True)
    assert parse_number("abc") is None


# --------------------------------------------------------------------------- bad input


def _write(tmp_path: Path, text: str, name: str = "t.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_bad_value_names_line_and_column(tmp_path: Path) -> None:
    text = "indicator;region;period;value\nInbraak;GM0344;2021;10\nInbraak;GM0344;2022;tien\n"
    path = _write(tmp_path, text)
    with pytest.raises(BadTable) as info:
        read_table(path)
    assert (info.value.path, info.value.line, info.value.column) == (str(path), 3, "value")
    message = str(info.value)
    assert "regel 3" in message and "kolom value" in message and "geen getal" in message


def test_bad_period_names_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "indicator,region,period,value\nA,NL01,2021,1\nA,NL01,2022,2\nA,NL01,2023KW7,3\n")
    with pytest.raises(BadTable) as info:
        read_table(path)
    assert (info.value.line, info.value.column) == (4, "period")


def test_conflicting_duplicate(tmp_path: Path) -> None:
    path = _write(tmp_path, "indicator,region,period,value\nA,NL01,2021,1\nA,NL01,2021,2\n")
    with pytest.raises(BadTable) as info:
        read_table(path)
    assert info.value.line == 3 and "regel 2" in info.value.message


def test_ragged_row(tmp_path: Path) -> None:
    path = _write(tmp_path, "indicator,region,period,value\nA,NL01,2021,1\nA,NL01,2022,2,9\n")
    with pytest.raises(BadTable) as info:
        read_table(path)
    assert (info.value.line, info.value.column) == (3, 5)


def test_encoding_and_unreadable(tmp_path: Path) -> None:
    with pytest.raises(EncodingError) as info:
        read_table(_bad_bytes(tmp_path))
    assert info.value.line == 2
    with pytest.raises(UnreadableFile):
        read_table(_write(tmp_path, "", "empty.csv"))
    with pytest.raises(UnreadableFile):
        read_table(tmp_path / "missing.csv")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(UnreadableFile):
        read_table(tmp_path / "broken.xlsx")


def _bad_bytes(tmp_path: Path) -> Path:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"indicator,region,period,value\nA\x81\x8d,NL01,2021,1\n")
    return path


def test_no_period_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "indicator,region,value\nA,NL01,1\n")
    with pytest.raises(TrendbeeldError) as info:
        read_table(path)
    assert "perioden" in info.value.message


def test_dutch_numbers_bom_quotes_and_symbols(tmp_path: Path) -> None:
    text = ('\ufeff"Perioden";"Regio\'s";"Inbraken"\n"2021JJ00";"GM0344    ";"1.234"\n'
            '"2022JJ00";"GM0344    ";"1.302.000"\n"2023JJ00*";"GM0344    ";"."\n')
    series, report = read_with_report(_write(tmp_path, text))
    assert [(o.period, o.value) for o in series[0].observations] == [("2021", 1234.0), ("2022", 1302000.0)]
    assert series[0].region == "GM0344"
    assert report.skipped[0].line == 4 and "onbekend" in report.skipped[0].reason


def test_a_lone_answer_category_keeps_the_question_its_unit_cell_names(shared: Path) -> None:
    """"Op plekken waar jongeren rondhangen" (41,6 %) is a place where one feels unsafe: the export
    names no parent row, only the unit cell "% wel eens onveilig ('vaak'/'soms')" says so."""
    path = shared / "corpus" / "real" / "polls" / "cbs_veiligheidsmonitor_provincies_2015_2017.csv"
    names = {s.indicator for s in read_with_report(path)[0]}
    assert "Op plekken waar jongeren rondhangen — wel eens onveilig ('vaak'/'soms')" in names
    assert "Van zakkenrollerij — '(heel) groot'" in names
    assert "Bang slachtoffer criminaliteit te worden — komt vaak voor" in names
    # a unit cell that is only the unit adds nothing
    assert {"Voelt zich wel eens onveilig", "Rapportcijfer veiligheid in buurt"} <= names
    assert not any(n.endswith("— ") or "%" in n for n in names)
