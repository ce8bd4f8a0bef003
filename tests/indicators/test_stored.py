"""The Python API answers what ``trendbeeld indicators compare / rank / check`` answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.indicators._pairs import disagreeing_pair
from trendbeeld import indicators
from trendbeeld.errors import NotFound
from trendbeeld.model import AccessLevel, RegionLevel
from trendbeeld.store import Store

MUNICIPAL = "cbs83648_gemeenten_misdrijven_totaal_2010_2020.csv"
RATE = "Misdrijven, totaal — Geregistreerde misdrijven per 1000 inw"


def _counts(path: Path) -> Path:
    rows = ["indicator,region,period,value"]
    for offset, year in enumerate(range(2015, 2021)):
        rows.append(f"inbraken,GM0599,{year},{100 + 10 * offset}")
        rows.append(f"inbraken,GM9999,{year},{50 + offset}")
        rows.append(f"inbraken,NL01,{year},{1000 + 20 * offset}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_region_given_by_name_is_compared_with_the_country(sqlite_store: Store, shared: Path) -> None:
    indicators.import_file(sqlite_store, shared / "corpus" / "real" / "statistics" / MUNICIPAL)
    found = indicators.compare_region(sqlite_store, RATE, "Maastricht", access=AccessLevel.PUBLIC)
    assert (found.comparison.region, found.comparison.first_period) == ("GM0935", "2010")
    assert round(found.comparison.growth_gap_pp or 0, 1) == -18.8
    assert not found.counts and found.rates is None  # a rate per 1,000 is compared as it is


def test_counts_are_also_compared_per_1000_inhabitants(sqlite_store: Store, tmp_path: Path) -> None:
    indicators.import_file(sqlite_store, _counts(tmp_path / "inbraken.csv"))
    found = indicators.compare_region(sqlite_store, "inbraken", "Rotterdam", access=AccessLevel.PUBLIC)
    assert found.counts and found.rates is not None
    assert found.rates.index[0][1] > found.comparison.index[0][1]  # Rotterdam is 1/30 of the country


def test_a_ranking_keeps_one_level_and_a_missing_indicator_is_not_found(
    sqlite_store: Store, shared: Path
) -> None:
    indicators.import_file(sqlite_store, shared / "corpus" / "real" / "statistics" / MUNICIPAL)
    rows = indicators.rank_regions(sqlite_store, RATE, access=AccessLevel.PUBLIC, period="2020")
    assert rows[0].region == "GM0363" and all(r.region.startswith("GM") for r in rows)
    lowest = indicators.rank_regions(sqlite_store, RATE, access=AccessLevel.PUBLIC, period="2020",
                                     descending=False)
    assert lowest[0].value <= rows[-1].value
    with pytest.raises(NotFound, match=r"geen waarden .* op niveau provincie"):
        indicators.rank_regions(sqlite_store, RATE, access=AccessLevel.PUBLIC, level=RegionLevel.PROVINCE)
    with pytest.raises(NotFound, match="geen reeksen voor indicator 'Bestaat niet'"):
        indicators.rank_regions(sqlite_store, "Bestaat niet", access=AccessLevel.PUBLIC)


def test_registration_and_survey_that_disagree_are_counted(sqlite_store: Store, tmp_path: Path) -> None:
    table, pairs = disagreeing_pair(tmp_path)
    indicators.import_file(sqlite_store, table)
    found = indicators.find_contradictions(sqlite_store, access=AccessLevel.PUBLIC, pairs=pairs,
                                           region="Zuid-Holland")
    assert [p.status for p in found.pairs] == ["geen eenduidig beeld"] and found.claims == ()
    assert found.flagged == 1
    elsewhere = indicators.find_contradictions(sqlite_store, access=AccessLevel.PUBLIC, pairs=pairs,
                                               region="Utrecht", claims=False)
    assert elsewhere.pairs == () and elsewhere.flagged == 0
