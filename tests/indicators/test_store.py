"""Stored series on SQLite and PostgreSQL: one transaction per file, re-import replaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from trendbeeld import indicators
from trendbeeld.errors import BadTable
from trendbeeld.store import Store
from trendbeeld.store import indicators as indicator_store

EXPORTS = ("politie_misdrijven_gemeente_eenheid_2022_2023_statline_export.csv",
           "politie_misdrijven_gemeente_eenheid_2024_statline_export.csv")
TOTAL = "Totaal misdrijven — Geregistreerde misdrijven"


def test_two_exports_make_one_series_and_reimport_replaces(store: Store, shared: Path) -> None:
    folder = shared / "corpus" / "real" / "statistics"
    for name in EXPORTS:
        indicators.import_file(store, folder / name)
    unit = indicator_store.list_series(store, indicator=TOTAL, region="RE03")
    assert [(o.period, o.value) for o in unit[0].observations] == [
        ("2022", 84800.0), ("2023", 87518.0), ("2024", indicator_store.list_series(
            store, indicator=TOTAL, region="RE03")[0].observations[2].value)]
    before = len(indicator_store.list_series(store))
    indicators.import_file(store, folder / EXPORTS[1])
    assert len(indicator_store.list_series(store)) == before
    assert len(indicator_store.list_series(store, indicator=TOTAL, region="NL01")[0].observations) == 3


def test_failing_file_imports_nothing_and_replaced_file_shrinks(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "cijfers.csv"
    path.write_text("indicator,region,period,value\nA,NL01,2021,1\nA,NL01,2022,2\nB,NL01,2022,5\n",
                    encoding="utf-8")
    indicators.import_file(store, path, access="intern")
    assert {s.indicator for s in indicator_store.list_series(store)} == {"A", "B"}
    assert indicator_store.list_series(store, access="openbaar") == []
    path.write_text("indicator,region,period,value\nA,NL01,2021,1\nA,NL01,2022,x2\n", encoding="utf-8")
    with pytest.raises(BadTable):
        indicators.import_file(store, path)
    assert {s.indicator for s in indicator_store.list_series(store)} == {"A", "B"}
    path.write_text("indicator,region,period,value\nA,NL01,2021,1\nA,NL01,2023,3\n", encoding="utf-8")
    indicators.import_file(store, path)
    series = indicator_store.list_series(store)
    assert [s.indicator for s in series] == ["A"]
    assert [o.period for o in series[0].observations] == ["2021", "2023"]
    assert series[0].access == "intern"  # the stricter level stays


def test_manifest_indicators(store: Store) -> None:
    demo = Path(__file__).resolve().parents[2] / "src" / "trendbeeld" / "data" / "demo"
    reports = indicators.import_manifest_indicators(store, demo)
    assert len(reports) == 3 and all(r.ok for r in reports)
    stored = indicator_store.list_series(store)
    assert sum(r.n_series for r in reports) == len(stored)
    assert all(s.source and s.access == "openbaar" for s in stored)
