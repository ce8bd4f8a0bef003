"""The tables of region names, read in one place (trendbeeld.regiondata) for every layer."""

from __future__ import annotations

import re
from pathlib import Path

import trendbeeld
from trendbeeld import regiondata
from trendbeeld.model import RegionLevel

SRC = Path(trendbeeld.__file__).resolve().parent


def test_gazetteer_rows_are_typed() -> None:
    rows = regiondata.gazetteer()
    by_name = {row.name: row for row in rows if row.level in {"gemeente", "land"}}
    assert by_name["'s-Gravenhage"] == regiondata.RegionEntry(
        "'s-Gravenhage", "GM0518", "gemeente", ("VR15", "RE06", "PV28"), False
    )
    assert by_name["Den Haag"].code == "GM0518" and by_name["Den Haag"].parents == ()
    assert by_name["Beek"].ambiguous
    assert by_name["Nederland"].level == RegionLevel.COUNTRY.value
    assert {row.level for row in rows} == {*(level.value for level in RegionLevel), "scope"}
    assert regiondata.gazetteer() is rows  # read once


def test_region_names_hold_old_municipalities_without_parents() -> None:
    names = regiondata.region_names()
    assert any(row.name == "Appingedam" and row.code == "GM0003" for row in names)
    assert all(row.parents == () and not row.ambiguous for row in names)
    assert "landsdeel" in {row.level for row in names}


def test_the_region_tables_are_parsed_in_one_module() -> None:
    reading = re.compile(r"(gazetteer|region_names)\.csv\"")
    readers = {path.relative_to(SRC).as_posix() for path in SRC.rglob("*.py")
               if reading.search(path.read_text(encoding="utf-8"))}
    assert readers == {"regiondata.py"}


def test_one_table_of_aliases_names_listed_regions() -> None:
    from trendbeeld.extract import _gazetteer
    from trendbeeld.indicators import regions

    listed = {row.name for row in regiondata.gazetteer()}
    assert set(regiondata.ALIASES.values()) <= listed
    assert {r.code for r in _gazetteer.lookup("Friesland")} == {"PV21", "VR02"}  # province, safety region
    assert _gazetteer.lookup("Den Haag")[0].name == "Den Haag"  # a name listed as written is read as written
    assert regions.resolve("Friesland (PV)") == "PV21" and regions.resolve("Limburg-Zuid") == "VR24"
    tables = re.compile(r"[\"']Friesland[\"']\s*:")
    holders = {path.relative_to(SRC).as_posix() for path in SRC.rglob("*.py")
               if tables.search(path.read_text(encoding="utf-8"))}
    assert holders == {"regiondata.py"}
