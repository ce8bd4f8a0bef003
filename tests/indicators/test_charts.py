"""Charts: real SVG (and PNG) from Vega-Lite, Dutch number formatting, a data table."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from trendbeeld.indicators.charts import line_chart, small_multiples
from trendbeeld.indicators.reading import read_table
from trendbeeld.model import Observation, Series

SVG = "{http://www.w3.org/2000/svg}"


def texts(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


@pytest.fixture(scope="module")
def total_crime(shared: Path) -> Series:
    path = shared / "corpus" / "real" / "statistics" / "politie_nl_misdrijven_per_soort_2012_2023.csv"
    return next(s for s in read_table(path) if s.indicator.lower().startswith("totaal misdrijven"))


def test_line_chart_of_real_series_has_dutch_thousands_and_a_table(total_crime: Series) -> None:
    chart = line_chart([total_crime], title="Geregistreerde misdrijven in Nederland", png=True)
    labels = texts(chart.svg)
    assert "Geregistreerde misdrijven in Nederland" in labels
    ticks = [t for t in labels if re.fullmatch(r"[\d.]+", t) and len(t) > 4]
    assert ticks and all(re.fullmatch(r"\d{1,3}(\.\d{3})+", t) for t in ticks)  # 200.000, 1.000.000
    assert not any("," in t for t in ticks)
    periods = sorted(o.period for o in total_crime.observations)
    assert periods[0] in labels and periods[-1] in labels
    header, *rows = chart.table
    assert header == ("Periode", f"{total_crime.indicator} (Nederland)")
    assert [r[0] for r in rows] == periods
    first = min(total_crime.observations, key=lambda o: o.period)
    assert rows[0][1] == f"{int(first.value):,}".replace(",", ".")
    assert chart.png is not None and chart.png.startswith(b"\x89PNG\r\n\x1a\n")
    assert periods[0] in chart.alt and "tabel" in chart.alt


def test_decimal_comma_on_axis_and_in_table() -> None:
    rate = Series("Onveiligheidsgevoel", "NL01",
                  tuple(Observation(str(2015 + i), v) for i, v in enumerate([1.25, 1.5, 1.75, 2.5, 2.25])))
    chart = line_chart([rate], title="Aandeel")
    labels = texts(chart.svg)
    assert any(re.fullmatch(r"\d,\d+", t) for t in labels), labels  # e.g. 0,5 and 1,5
    assert not any(re.fullmatch(r"\d\.\d+", t) for t in labels)
    assert chart.table[1] == ("2015", "1,25")
    assert chart.png is None


def test_monthly_periods_read_as_dutch_months_in_the_table(shared: Path) -> None:
    statistics = shared / "corpus" / "real" / "statistics"
    path = statistics / "politie_nl_maand_inbraak_zakkenrollerij_cyber_2020.csv"
    series = read_table(path)
    chart = line_chart(series, title="Registraties per maand, 2020")
    header, *rows = chart.table
    assert header[0] == "Periode" and set(header[1:]) == {s.indicator for s in series}
    assert rows[0][0] == "januari 2020" and rows[-1][0] == "november 2020"
    assert all(name in texts(chart.svg) for name in header[1:])  # legend


def test_small_multiples_one_panel_per_region(shared: Path) -> None:
    path = shared / "corpus" / "real" / "statistics" / "cbs83648_gemeenten_misdrijven_totaal_2010_2020.csv"
    rates = {s.region: s for s in read_table(path) if s.indicator.endswith("per 1000 inw")}
    chosen = {code: rates[code] for code in ("GM0935", "GM0093", "NL01")}
    chart = small_multiples(chosen, title="Misdrijven per 1.000 inwoners")
    labels = texts(chart.svg)
    header, *rows = chart.table
    assert len(header) == 4 and len(rows) == 11
    for name in header[1:]:
        assert name in labels
    maastricht = header.index(next(h for h in header if h.startswith("Maastricht")))
    assert rows[0][maastricht] == "124,2"
    assert "Misdrijven per 1.000 inwoners" in labels
    independent = small_multiples(list(chosen.values()), title="Eigen schaal", shared_scale=False)
    assert independent.svg != chart.svg and len(independent.table) == len(chart.table)


def test_long_title_wraps_within_the_chart_and_the_axis_names_the_unit(total_crime: Series) -> None:
    title = f"{total_crime.indicator} — Geregistreerde misdrijven per 1.000 inwoners, Rotterdam en Nederland"
    chart = line_chart([total_crime], title=title, unit="aantal")
    root = ET.fromstring(chart.svg)
    heading = next(t for t in root.iter(f"{SVG}text") if "".join(t.itertext()).startswith(title[:20]))
    lines = ["".join(span.itertext()) for span in heading.iter(f"{SVG}tspan")]
    assert len(lines) >= 2, "the title is broken over lines"
    assert " ".join(lines).split() == title.split(), "every word of the title is drawn"
    width = float(root.attrib["width"])
    assert all(len(line) * 7 < width for line in lines), "no title line is wider than the chart"
    assert "aantal" in texts(chart.svg), "the y axis names the unit in Dutch"
