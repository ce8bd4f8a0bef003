"""Trend verdicts: equal to pymannkendall, on generated series and on every shared statistics series."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pymannkendall as mk
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trendbeeld.errors import BadTable, TrendbeeldError
from trendbeeld.indicators.reading import read_table
from trendbeeld.indicators.verdicts import (
    MIN_POINTS,
    assess,
    assess_many,
    describe,
    mann_kendall,
    period_key,
    seasonal_mann_kendall,
    to_record,
)
from trendbeeld.model import Direction, Observation, Series

PMK_DIRECTION = {
    "increasing": Direction.RISING, "decreasing": Direction.FALLING, "no trend": Direction.STABLE,
}
PC4_BURGLARIES = "politie_misdaadinkaart_woninginbraak_pc4_2023_2026.csv"
MONTHLY_2020 = "politie_nl_maand_inbraak_zakkenrollerij_cyber_2020.csv"
RECORD_KEYS = {"indicator", "region", "first_period", "last_period", "n", "direction", "slope_per_period",
               "slope_ci", "p_value", "yoy_pct", "change_pct"}


def yearly(values: Sequence[float], start: int = 2000, indicator: str = "x", region: str = "NL01") -> Series:
    observations = tuple(Observation(str(start + i), float(v)) for i, v in enumerate(values))
    return Series(indicator, region, observations)


def ordered_values(series: Series) -> list[float]:
    return [o.value for o in sorted(series.observations, key=lambda o: period_key(o.period)[1])]


def assert_matches_pymannkendall(series: Series) -> None:
    values = ordered_values(series)
    verdict = assess(series)
    if len(values) < MIN_POINTS:
        assert verdict.direction is Direction.INSUFFICIENT
        assert verdict.p_value is None and verdict.slope_per_period is None
        return
    expected = mk.original_test(np.array(values))
    assert verdict.direction is PMK_DIRECTION[expected.trend], (series.indicator, series.region, values)
    assert verdict.p_value is not None and abs(verdict.p_value - float(expected.p)) <= 1e-9
    assert verdict.slope_per_period is not None
    assert math.isclose(verdict.slope_per_period, float(expected.slope), rel_tol=1e-9, abs_tol=1e-12)


small_ints = st.lists(st.integers(min_value=0, max_value=6), min_size=2, max_size=40)
floats = st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_subnormal=False),
                  min_size=2, max_size=40)
constant = st.tuples(st.floats(min_value=-1e3, max_value=1e3, allow_nan=False),
                     st.integers(min_value=2, max_value=40)).map(lambda t: [t[0]] * t[1])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(small_ints, floats, constant))
def test_verdict_equals_pymannkendall_on_generated_series(values: list[float]) -> None:
    assert_matches_pymannkendall(yearly([float(v) for v in values]))


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=30), st.integers(min_value=2, max_value=15),
       st.integers(0, 2**32 - 1))
def test_assess_many_equals_one_by_one(rows: int, points: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    matrix = rng.integers(0, 5, size=(rows, points)).astype(float)
    matrix[: rows // 3] = rng.normal(size=(rows // 3, points)) * 100  # some without ties
    many = assess_many(matrix)
    for i, row in enumerate(matrix):
        one = assess(yearly(list(row)))
        assert many.direction[i] == one.direction.value
        for got, want in ((many.p_value[i], one.p_value), (many.slope[i], one.slope_per_period),
                          (many.yoy_pct[i], one.yoy_pct), (many.change_pct[i], one.change_pct)):
            assert (want is None and math.isnan(got)) or got == want
        if one.slope_ci is None:
            assert math.isnan(many.slope_low[i])
        else:
            assert (many.slope_low[i], many.slope_high[i]) == one.slope_ci
        assert (many.change_index[i] >= 0) == (one.change_point is not None)
        if one.change_point is not None:
            assert str(2000 + int(many.change_index[i])) == one.change_point


def shared_tables(shared: Path) -> list[Path]:
    real = shared / "corpus" / "real"
    return sorted(p for folder in ("statistics", "polls") for p in (real / folder).iterdir()
                  if p.suffix.lower() in {".csv", ".xlsx"})


def test_verdicts_equal_pymannkendall_on_every_shared_series(shared: Path) -> None:
    compared = 0
    total = 0
    for path in shared_tables(shared):
        try:
            series_list = read_table(path)
        except TrendbeeldError:
            assert "meta" in path.name, f"{path.name} is no metadata file but cannot be read"
            continue
        for series in series_list:
            total += 1
            kind = period_key(series.observations[0].period)[0]
            if kind in ("year", "day"):
                assert_matches_pymannkendall(series)
                compared += len(series.observations) >= MIN_POINTS
    assert total > 0 and compared > 0


def test_seasonal_test_equals_pymannkendall_on_monthly_burglaries(shared: Path) -> None:
    path = shared / "corpus" / "real" / "statistics" / PC4_BURGLARIES
    series_list = read_table(path)
    assert series_list
    for series in series_list:
        values = np.array(ordered_values(series))
        assert len(values) >= 24
        expected = mk.seasonal_test(values, period=12)
        result = seasonal_mann_kendall(series)
        verdict = assess(series)
        assert verdict.seasonal
        assert result.direction is verdict.direction is PMK_DIRECTION[expected.trend]
        assert abs(result.p - float(expected.p)) <= 1e-9 and verdict.p_value == result.p
        assert result.s == float(expected.s) and math.isclose(result.var_s, float(expected.var_s))
        assert verdict.slope_per_period is not None
        assert math.isclose(verdict.slope_per_period * 12, float(expected.slope), rel_tol=1e-9)
        # month on the same month of the year before
        by_period = {o.period: o.value for o in series.observations}
        last = max(by_period, key=lambda p: period_key(p)[1])
        year_before = f"{int(last[:4]) - 1}{last[4:]}"
        assert verdict.yoy_pct == pytest.approx((by_period[last] / by_period[year_before] - 1) * 100)


def test_short_monthly_series_is_insufficient_where_pymannkendall_fails(shared: Path) -> None:
    path = shared / "corpus" / "real" / "statistics" / MONTHLY_2020
    series_list = read_table(path)
    assert {s.indicator for s in series_list} >= {"inbraak", "zakkenrollerij", "cyber"}
    for series in series_list:
        values = np.array(ordered_values(series))
        assert len(values) == 11
        with pytest.raises(ZeroDivisionError):  # no month occurs twice: pymannkendall divides by zero
            mk.seasonal_test(values, period=12)
        result = seasonal_mann_kendall(series)
        assert (result.s, result.p, result.direction) == (0.0, 1.0, Direction.STABLE)
        verdict = assess(series)
        assert verdict.direction is Direction.INSUFFICIENT and verdict.p_value is None
        assert "24 maanden" in describe(verdict)
    pickpockets = next(s for s in series_list if s.indicator == "zakkenrollerij")
    verdict = assess(pickpockets)
    # the first lockdown: pickpocketing fell to its lowest point in April 2020 and rose after
    lowest = min(pickpockets.observations, key=lambda o: o.value).period
    assert verdict.change_point == lowest == "2020-04"
    assert "Daalde tot april 2020, stijgt sindsdien." in describe(verdict)


def test_change_point_on_a_v_shaped_series() -> None:
    rng = np.random.default_rng(7)
    down = [100 - 6 * i for i in range(12)]  # 2010 … 2021
    up = [down[-1] + 5 * i for i in range(1, 6)]  # 2022 … 2026
    values = [v + float(rng.normal(0, 1.5)) for v in down + up]
    verdict = assess(yearly(values, start=2010))
    assert verdict.change_point == "2021"
    assert verdict.change_slopes is not None
    before, after = verdict.change_slopes
    assert before < 0 < after
    assert "Daalde tot 2021, stijgt sindsdien." in describe(verdict)
    inverted = assess(yearly([-v for v in values], start=2010))
    assert inverted.change_point == "2021"
    assert "Steeg tot 2021, daalt sindsdien." in describe(inverted)


def test_no_change_point_on_a_straight_noisy_line() -> None:
    rng = np.random.default_rng(11)
    values = [50 + 2.0 * i + float(rng.normal(0, 1.0)) for i in range(15)]
    verdict = assess(yearly(values))
    assert verdict.direction is Direction.RISING
    assert verdict.change_point is None and verdict.change_slopes is None
    text = describe(verdict)
    assert " stijgend " in text and "Mann–Kendall" in text and "per jaar" in text


def test_fewer_than_five_points_is_insufficient() -> None:
    verdict = assess(yearly([10, 20, 30, 40]))
    assert verdict.direction is Direction.INSUFFICIENT
    assert verdict.p_value is None and verdict.slope_per_period is None and verdict.slope_ci is None
    assert verdict.change_pct == pytest.approx(300.0)
    assert verdict.yoy_pct == pytest.approx(100 / 3)
    assert "te weinig gegevens" in describe(verdict)


def test_fluctuating_series_is_stable_not_rising() -> None:
    values = [100, 130, 95, 125, 98, 120, 101, 124]  # last far above first, but no monotone trend
    verdict = assess(yearly(values))
    assert verdict.change_pct is not None and verdict.change_pct > 20
    assert verdict.direction is Direction.STABLE and verdict.p_value is not None and verdict.p_value >= 0.05


def test_zero_bases_give_no_percentages() -> None:
    verdict = assess(yearly([0, 3, 5, 0, 4]))
    assert verdict.change_pct is None
    assert verdict.yoy_pct is None  # previous year is zero
    constant = assess(yearly([0, 0, 0, 0, 0, 0]))
    assert constant.direction is Direction.STABLE and constant.p_value == 1.0
    assert constant.change_pct is None and constant.slope_per_period == 0.0


def test_gap_before_last_year_gives_no_year_on_year() -> None:
    series = Series("x", "NL01", tuple(Observation(p, v) for p, v in
                                        [("2015", 1), ("2016", 2), ("2017", 3), ("2018", 4), ("2020", 6)]))
    verdict = assess(series)
    assert verdict.yoy_pct is None and verdict.last_period == "2020"
    assert verdict.slope_per_period == pytest.approx(1.0)  # per year, the gap counted


def test_bad_series_raise_dutch_errors() -> None:
    mixed = Series("x", "NL01", (Observation("2020", 1), Observation("2021-01", 2)))
    with pytest.raises(BadTable, match="mengt soorten perioden"):
        assess(mixed)
    double = Series("x", "NL01", (Observation("2020", 1), Observation("2020", 2)))
    with pytest.raises(BadTable, match="twee keer"):
        assess(double)
    with pytest.raises(BadTable, match="niet herkend"):
        assess(Series("x", "NL01", (Observation("vorig jaar", 1),)))


def test_record_has_the_cli_contract_keys_and_is_json() -> None:
    record = to_record(assess(yearly([3, 4, 6, 7, 9, 12])))
    assert set(record) == RECORD_KEYS
    assert record["direction"] == "rising" and record["n"] == 6
    assert isinstance(record["slope_ci"], list) and len(record["slope_ci"]) == 2
    assert json.loads(json.dumps(record)) == record
    insufficient = to_record(assess(yearly([1, 2])))
    assert insufficient["direction"] == "insufficient" and insufficient["p_value"] is None


def test_mann_kendall_skips_missing_values_like_pymannkendall() -> None:
    values = [1.0, float("nan"), 3.0, 2.0, 5.0, 6.0, float("nan"), 8.0]
    expected = mk.original_test(np.array(values))
    result = mann_kendall(values)
    assert result.s == float(expected.s) and abs(result.p - float(expected.p)) <= 1e-12
