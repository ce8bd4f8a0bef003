"""Trend verdicts (oordelen) on time series: Mann–Kendall, Theil–Sen, change points, seasons.

The rules, in this order (also in ``docs/indicators.md``):

1. Observations are put in period order. Periods are years (``2022``), quarters (``2023Q2``), months
   (``2023-04``) or days (``2023-04-05``); one series holds one kind.
2. **Te weinig gegevens** (``insufficient``): fewer than 5 observations, or a monthly/quarterly series
   shorter than two full years (24 months, 8 quarters). No test is run; changes are still reported.
3. Yearly (and daily) series get the original Mann–Kendall test (two-sided, normal approximation,
   tie-corrected variance, continuity correction) exactly as ``pymannkendall.original_test``.
   Monthly and quarterly series get the seasonal Mann–Kendall test (Hirsch & Slack: months compared
   only with the same month of other years) exactly as ``pymannkendall.seasonal_test``.
4. **Stijgend** / **dalend** only when the test rejects "no trend" at ``alpha`` (default 0.05):
   ``p < alpha``, computed as ``|z| > z(1 - alpha/2)`` like pymannkendall. Otherwise **stabiel**, even
   when the last value is higher than the first: a series that fluctuates is not called rising.
5. Slope: Theil–Sen (median of pairwise slopes, ``scipy.stats.theilslopes``) per period, with its
   ``1 - alpha`` confidence interval (Sen 1968). Seasonal series: the seasonal Sen slope (pairs within
   the same month only), interval by Gilbert's method from the seasonal test's variance.
6. ``yoy_pct``: last value against the same period one year earlier (the previous year; for months and
   quarters the same month/quarter of the previous year), in percent; None when that period is missing
   or zero. ``change_pct``: last against first, in percent of ``|first|``; None when first is zero.
7. Change point (trendbreuk), from 6 observations on: a two-piece linear fit joined at one observation
   (at least 3 observations per piece) with the break that minimises the squared error. It is reported
   only when it beats one straight line by at least ``CHANGE_BIC_MARGIN`` in BIC (the break counts as a
   parameter) and the two slopes have opposite signs: "daalde tot 2017, stijgt sindsdien".

``assess_many`` applies rules 2–7 to a matrix of consecutive yearly series at once (for benchmarks and
bulk imports) and gives the same numbers as ``assess``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy.stats import norm, theilslopes

from trendbeeld import months
from trendbeeld.errors import BadTable
from trendbeeld.labels import label
from trendbeeld.model import Direction, Series, SeriesVerdict

FloatArray = npt.NDArray[np.float64]

MIN_POINTS = 5
MIN_SEASONAL_CYCLES = 2
MIN_SEGMENT = 3
MIN_CHANGE_POINTS = 6
# "Strong" evidence on the Kass & Raftery scale: about 3 % false alarms on pure noise of 10 points.
CHANGE_BIC_MARGIN = 6.0
SEASONS = {"month": 12, "quarter": 4}

_YEAR = re.compile(r"(\d{4})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_QUARTER = re.compile(r"(\d{4})Q([1-4])")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Dutch verdict words, from labels.py (the one place for them).
DUTCH = {direction: label(direction) for direction in Direction}
_PLURAL = {"month": "maanden", "quarter": "kwartalen"}
_UNIT_WORD = {"year": "jaar", "month": "maand", "quarter": "kwartaal", "day": "dag"}


# --------------------------------------------------------------------------- periods


def period_key(period: str) -> tuple[str, int]:
    """``(kind, ordinal)`` of a normalised period: consecutive periods have consecutive ordinals."""
    if m := _YEAR.fullmatch(period):
        return "year", int(m.group(1))
    if m := _MONTH.fullmatch(period):
        return "month", int(m.group(1)) * 12 + int(m.group(2)) - 1
    if m := _QUARTER.fullmatch(period):
        return "quarter", int(m.group(1)) * 4 + int(m.group(2)) - 1
    if m := _DAY.fullmatch(period):
        return "day", date(int(m.group(1)), int(m.group(2)), int(m.group(3))).toordinal()
    raise BadTable(f"periode {period!r} wordt niet herkend",
                   hint="Gebruik jaren (2022), kwartalen (2023Q2), maanden (2023-04) of dagen (2023-04-05).")


def month_name(number: int) -> str:
    """The Dutch name of month ``number`` (1–12): the longest spelling in ``extract/lexicon/months.tsv``."""
    if not 1 <= number <= len(months.names()):
        raise BadTable(f"maand {number} bestaat niet", hint="Een maand is 1 tot en met 12.")
    return months.names()[number - 1]


def period_label(period: str) -> str:
    """Dutch reading of a period: ``2023-04`` → ``april 2023``, ``2023Q2`` → ``2e kwartaal 2023``."""
    kind, ordinal = period_key(period)
    if kind == "month":
        return f"{month_name(ordinal % 12 + 1)} {ordinal // 12}"
    if kind == "quarter":
        return f"{ordinal % 4 + 1}e kwartaal {ordinal // 4}"
    return period


def _ordered(series: Series) -> tuple[str, list[str], FloatArray, FloatArray]:
    """Kind, periods, ordinals and values of a series, in period order."""
    keyed = []
    for obs in series.observations:
        kind, ordinal = period_key(obs.period)
        if not math.isfinite(obs.value):
            raise BadTable(f"reeks {series.indicator!r} ({series.region}) heeft geen getal in {obs.period}",
                           path=series.source, hint="Laat ontbrekende perioden weg.")
        keyed.append((kind, ordinal, obs.period, float(obs.value)))
    kinds = {k[0] for k in keyed}
    if len(kinds) > 1:
        raise BadTable(f"reeks {series.indicator!r} ({series.region}) mengt soorten perioden: "
                       + ", ".join(sorted(kinds)), path=series.source,
                       hint="Splits jaar-, kwartaal- en maandcijfers in aparte indicatoren.")
    keyed.sort(key=lambda k: k[1])
    ordinals = [k[1] for k in keyed]
    if len(set(ordinals)) != len(ordinals):
        double = next(k[2] for i, k in enumerate(keyed) if i and keyed[i - 1][1] == k[1])
        raise BadTable(f"reeks {series.indicator!r} ({series.region}) heeft periode {double} twee keer",
                       path=series.source, hint="Houd per indicator, regio en periode één waarde over.")
    return (kinds.pop() if kinds else "year", [k[2] for k in keyed],
            np.asarray(ordinals, dtype=float), np.asarray([k[3] for k in keyed], dtype=float))


# --------------------------------------------------------------------------- vectorised statistics


def _mk_parts(values: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Mann–Kendall S and its tie-corrected variance for every row of ``values`` (m × n)."""
    m, n = values.shape
    s = np.zeros(m)
    for k in range(n - 1):
        s += np.sign(values[:, k + 1:] - values[:, k:k + 1]).sum(axis=1)
    counts = (values[:, :, None] == values[:, None, :]).sum(axis=2).astype(float)
    ties = ((counts - 1.0) * (2.0 * counts + 5.0)).sum(axis=1)
    var_s = (n * (n - 1) * (2 * n + 5) - ties) / 18
    return s, var_s


def _z_p(s: FloatArray, var_s: FloatArray, alpha: float) -> tuple[FloatArray, FloatArray, FloatArray]:
    """z (with continuity correction), two-sided p and the trend sign (+1, -1, 0) as pymannkendall."""
    root = np.sqrt(var_s)
    safe = np.where(root > 0, root, 1.0)
    z = np.where(s > 0, (s - 1) / safe, np.where(s < 0, (s + 1) / safe, 0.0))
    p = 2 * (1 - norm.cdf(np.abs(z)))
    significant = np.abs(z) > norm.ppf(1 - alpha / 2)
    return z, p, np.where(significant, np.sign(z), 0.0)


def _ci_z(alpha: float) -> float:
    """``norm.ppf(a / 2)`` as scipy's theilslopes computes it for confidence ``1 - alpha``."""
    confidence = 1.0 - alpha
    a = 1.0 - confidence if confidence > 0.5 else confidence
    return float(norm.ppf(a / 2.0))


def _sen(slopes: FloatArray, sigsq: FloatArray, alpha: float) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Median and confidence bounds of sorted pairwise ``slopes`` (m × N), Sen (1968) as scipy does."""
    total = slopes.shape[1]
    median = np.median(slopes, axis=1)
    z = _ci_z(alpha)
    sigma = np.sqrt(np.maximum(sigsq, 0.0))
    upper = np.minimum(np.round((total - z * sigma) / 2.0).astype(int), total - 1)
    lower = np.maximum(np.round((total + z * sigma) / 2.0).astype(int) - 1, 0)
    rows = np.arange(slopes.shape[0])
    return median, slopes[rows, lower], slopes[rows, upper]


def _theil_sen(values: FloatArray, x: FloatArray, alpha: float) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Theil–Sen slope and interval per row, identical to ``scipy.stats.theilslopes`` (distinct x)."""
    n = values.shape[1]
    i, j = np.triu_indices(n, 1)
    slopes = np.sort((values[:, j] - values[:, i]) / (x[j] - x[i]), axis=1)
    counts = (values[:, :, None] == values[:, None, :]).sum(axis=2).astype(float)
    ties = ((counts - 1.0) * (2.0 * counts + 5.0)).sum(axis=1)
    sigsq = 1 / 18.0 * (n * (n - 1) * (2 * n + 5) - ties)
    return _sen(slopes, sigsq, alpha)


def _hinge_fit(values: FloatArray, x: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    """Best two-piece fit per row: break index (-1: none), slopes before/after, BIC gain."""
    m, n = values.shape
    none = np.full(m, -1)
    nan = np.full(m, np.nan)
    if n < max(MIN_CHANGE_POINTS, 2 * MIN_SEGMENT - 1):
        return none.astype(float), nan, nan, nan
    centred = values - values.mean(axis=1, keepdims=True)
    floor = 1e-12 * np.maximum((centred**2).sum(axis=1), 1e-300)
    line = np.column_stack([np.ones(n), x - x[0]])
    sse_line = ((values - values @ (line @ np.linalg.pinv(line)).T) ** 2).sum(axis=1)
    best_sse = np.full(m, np.inf)
    best_k = none.copy()
    best_before = nan.copy()
    best_after = nan.copy()
    for k in range(MIN_SEGMENT - 1, n - MIN_SEGMENT + 1):
        design = np.column_stack([np.ones(n), x - x[0], np.maximum(0.0, x - x[k])])
        coef = values @ np.linalg.pinv(design).T
        sse = ((values - coef @ design.T) ** 2).sum(axis=1)
        better = sse < best_sse
        best_sse = np.where(better, sse, best_sse)
        best_k = np.where(better, k, best_k)
        best_before = np.where(better, coef[:, 1], best_before)
        best_after = np.where(better, coef[:, 1] + coef[:, 2], best_after)
    bic_line = n * np.log(np.maximum(sse_line, floor) / n) + 2 * math.log(n)
    bic_hinge = n * np.log(np.maximum(best_sse, floor) / n) + 4 * math.log(n)
    gain = bic_line - bic_hinge
    opposite = np.sign(best_before) * np.sign(best_after) < 0
    found = (gain >= CHANGE_BIC_MARGIN) & opposite
    return np.where(found, best_k, -1).astype(float), best_before, best_after, gain


def _pct(new: FloatArray, base: FloatArray) -> FloatArray:
    """Change from ``base`` to ``new`` in percent of ``|base|``; NaN for a zero base or an overflow."""
    safe = np.where(base != 0, np.abs(base), 1.0)
    with np.errstate(over="ignore", invalid="ignore"):
        change = (new - base) / safe * 100.0
    return np.where((base != 0) & np.isfinite(change), change, np.nan)


# --------------------------------------------------------------------------- one series


@dataclass(frozen=True)
class MannKendall:
    """A Mann–Kendall test result: S, its variance, z, two-sided p and the direction at alpha."""

    s: float
    var_s: float
    z: float
    p: float
    direction: Direction


def _direction(sign: float) -> Direction:
    return Direction.RISING if sign > 0 else Direction.FALLING if sign < 0 else Direction.STABLE


def mann_kendall(values: npt.ArrayLike, *, alpha: float = 0.05) -> MannKendall:
    """The original Mann–Kendall test on values in time order (as ``pymannkendall.original_test``)."""
    row = np.asarray(values, dtype=float).ravel()
    row = row[~np.isnan(row)][None, :]
    s, var_s = _mk_parts(row)
    z, p, sign = _z_p(s, var_s, alpha)
    return MannKendall(float(s[0]), float(var_s[0]), float(z[0]), float(p[0]), _direction(float(sign[0])))


def _season_parts(values: FloatArray, x: FloatArray, period: int) -> tuple[float, float, FloatArray]:
    """Summed S and variance over seasons, and the sorted pooled within-season slopes per period."""
    seasons = x.astype(int) % period
    s_total = 0.0
    var_total = 0.0
    slopes: list[FloatArray] = [np.zeros(0)]
    for season in range(period):
        mask = seasons == season
        if not mask.any():
            continue
        part = values[mask][None, :]
        s, var_s = _mk_parts(part)
        s_total += float(s[0])
        var_total += float(var_s[0])
        xs = x[mask]
        i, j = np.triu_indices(len(xs), 1)
        slopes.append((part[0, j] - part[0, i]) / (xs[j] - xs[i]))
    return s_total, var_total, np.sort(np.concatenate(slopes))


def seasonal_mann_kendall(series: Series, *, alpha: float = 0.05) -> MannKendall:
    """The seasonal Mann–Kendall test on a monthly or quarterly series (as ``pymannkendall.seasonal_test``).

    Each month (quarter) is compared only with the same month (quarter) of other years.
    """
    kind, _, x, values = _ordered(series)
    period = SEASONS.get(kind)
    if period is None:
        raise BadTable(f"reeks {series.indicator!r} ({series.region}) heeft geen maand- of kwartaalcijfers",
                       path=series.source, hint="De seizoenstoets is alleen voor maand- en kwartaalreeksen.")
    s, var_s, _ = _season_parts(values, x, period)
    z, p, sign = _z_p(np.array([s]), np.array([var_s]), alpha)
    return MannKendall(s, var_s, float(z[0]), float(p[0]), _direction(float(sign[0])))


def _none_if_nan(value: float) -> float | None:
    return None if value is None or not math.isfinite(value) else float(value)


def _change_point(periods: list[str], x: FloatArray, values: FloatArray, period: int | None
                  ) -> tuple[str | None, tuple[float, float] | None]:
    """Rule 7; monthly and quarterly series with two full years are first adjusted for the season."""
    if len(values) < MIN_CHANGE_POINTS:
        return None, None
    adjusted = values
    if period is not None and len(values) >= MIN_SEASONAL_CYCLES * period:
        seasons = x.astype(int) % period
        means = np.array([values[seasons == s].mean() if (seasons == s).any() else 0.0
                          for s in range(period)])
        adjusted = values - means[seasons] + values.mean()
    k, before, after, _ = _hinge_fit(adjusted[None, :], x - x[0])
    if k[0] < 0:
        return None, None
    return periods[int(k[0])], (float(before[0]), float(after[0]))


def assess(series: Series, *, alpha: float = 0.05) -> SeriesVerdict:
    """The verdict on one series under the rules in this module's docstring."""
    kind, periods, x, values = _ordered(series)
    n = len(values)
    first = periods[0] if periods else None
    last = periods[-1] if periods else None
    change_pct = yoy_pct = None
    if n >= 2:
        change_pct = _none_if_nan(float(_pct(values[-1:], values[:1])[0]))
        step = {"year": 1, "month": 12, "quarter": 4}.get(kind)
        if step is not None:
            earlier = np.flatnonzero(x == x[-1] - step)
            if earlier.size:
                yoy_pct = _none_if_nan(float(_pct(values[-1:], values[earlier[:1]])[0]))
    period = SEASONS.get(kind)
    x_rel = x - x[0]
    change_point, change_slopes = _change_point(periods, x, values, period)
    if n < MIN_POINTS or (period is not None and n < MIN_SEASONAL_CYCLES * period):
        return SeriesVerdict(series.indicator, series.region, first, last, n, Direction.INSUFFICIENT,
                             yoy_pct=yoy_pct, change_pct=change_pct, change_point=change_point,
                             change_slopes=change_slopes, seasonal=period is not None)
    if period is None:
        s, var_s = _mk_parts(values[None, :])
        _, p_arr, sign_arr = _z_p(s, var_s, alpha)
        p, sign = float(p_arr[0]), float(sign_arr[0])
        ts = theilslopes(values, x_rel, alpha=1.0 - alpha)
        slope, low, high = float(ts.slope), float(ts.low_slope), float(ts.high_slope)
    else:
        s_sum, var_sum, pooled = _season_parts(values, x, period)
        _, p_arr, sign_arr = _z_p(np.array([s_sum]), np.array([var_sum]), alpha)
        p, sign = float(p_arr[0]), float(sign_arr[0])
        slope = low = high = math.nan
        if pooled.size:
            median, lo, hi = _sen(pooled[None, :], np.array([var_sum]), alpha)
            slope, low, high = float(median[0]), float(lo[0]), float(hi[0])
    direction = _direction(sign)
    ci = (low, high) if math.isfinite(low) and math.isfinite(high) else None
    return SeriesVerdict(
        series.indicator, series.region, first, last, n, direction,
        slope_per_period=_none_if_nan(slope), slope_ci=ci, p_value=float(p), yoy_pct=yoy_pct,
        change_pct=change_pct, change_point=change_point,
        change_slopes=change_slopes,
        seasonal=period is not None,
    )


def to_record(verdict: SeriesVerdict) -> dict[str, Any]:
    """The JSON object of the CLI contract (``trendbeeld indicators assess --format json``)."""
    return {
        "indicator": verdict.indicator,
        "region": verdict.region,
        "first_period": verdict.first_period,
        "last_period": verdict.last_period,
        "n": verdict.n,
        "direction": verdict.direction.value,
        "slope_per_period": verdict.slope_per_period,
        "slope_ci": list(verdict.slope_ci) if verdict.slope_ci is not None else None,
        "p_value": verdict.p_value,
        "yoy_pct": verdict.yoy_pct,
        "change_pct": verdict.change_pct,
    }


# --------------------------------------------------------------------------- many series at once


@dataclass(frozen=True)
class ManyVerdicts:
    """Verdicts on the rows of a matrix of consecutive yearly series (NaN where not computed)."""

    direction: npt.NDArray[np.str_]
    p_value: FloatArray
    slope: FloatArray
    slope_low: FloatArray
    slope_high: FloatArray
    yoy_pct: FloatArray
    change_pct: FloatArray
    change_index: npt.NDArray[np.int_]  # column of the change point, -1: none


def assess_many(values: npt.ArrayLike, *, alpha: float = 0.05) -> ManyVerdicts:
    """Rules 2–7 on every row of ``values`` (series × consecutive yearly periods), vectorised."""
    matrix = np.asarray(values, dtype=float)
    if matrix.ndim != 2:
        raise BadTable(f"assess_many verwacht een matrix (reeksen × perioden), geen {matrix.ndim} dimensies",
                       hint="Geef één rij per reeks en één kolom per periode")
    if not np.isfinite(matrix).all():
        raise BadTable("assess_many verwacht volledige reeksen zonder ontbrekende waarden",
                       hint="Laat reeksen met een gat weg of toets ze één voor één met assess")
    m, n = matrix.shape
    nan = np.full(m, np.nan)
    change_pct = _pct(matrix[:, -1], matrix[:, 0]) if n >= 2 else nan
    yoy = _pct(matrix[:, -1], matrix[:, -2]) if n >= 2 else nan
    if n < MIN_POINTS:
        return ManyVerdicts(np.full(m, Direction.INSUFFICIENT.value), nan, nan, nan, nan, yoy, change_pct,
                            np.full(m, -1))
    x = np.arange(n, dtype=float)
    s, var_s = _mk_parts(matrix)
    _, p, sign = _z_p(s, var_s, alpha)
    slope, low, high = _theil_sen(matrix, x, alpha)
    k, _, _, _ = _hinge_fit(matrix, x)
    direction = np.where(sign > 0, Direction.RISING.value,
                         np.where(sign < 0, Direction.FALLING.value, Direction.STABLE.value))
    return ManyVerdicts(direction, p, slope, low, high, yoy, change_pct, k.astype(int))


# --------------------------------------------------------------------------- Dutch text


def nl_number(value: float, decimals: int = 1, *, sign: bool = False) -> str:
    """``-1234.5`` → ``-1.234,5``: Dutch separators; ``sign`` adds ``+`` to positive numbers."""
    text = f"{value:{'+' if sign else ''},.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _decimals(value: float) -> int:
    size = abs(value)
    return 0 if size >= 100 else 1 if size >= 1 else 2 if size >= 0.01 else 4


def describe(verdict: SeriesVerdict) -> str:
    """One or two Dutch sentences: the verdict, its test, the change point and the last change."""
    head = f"{verdict.indicator} ({verdict.region})"
    kind = period_key(verdict.first_period)[0] if verdict.first_period else "year"
    unit = _UNIT_WORD.get(kind, "periode")
    if verdict.direction is Direction.INSUFFICIENT:
        period = SEASONS.get(kind)
        needed = f"{MIN_SEASONAL_CYCLES * period} {_PLURAL[kind]}" if period else f"{MIN_POINTS} waarnemingen"
        text = (f"{head}: {DUTCH[Direction.INSUFFICIENT]} voor een trendoordeel "
                f"({verdict.n} waarnemingen, minimaal {needed} nodig).")
    else:
        test = "seizoens-Mann–Kendall" if verdict.seasonal else "Mann–Kendall"
        span = f"{period_label(verdict.first_period or '')} tot en met "
        span += period_label(verdict.last_period or "")
        p_text = nl_number(verdict.p_value or 0.0, 3)
        text = f"{head} is {DUTCH[verdict.direction]} van {span} ({test}, p = {p_text}"
        if verdict.slope_per_period is not None:
            slope = verdict.slope_per_period
            text += f"; helling {nl_number(slope, _decimals(slope), sign=True)} per {unit}"
        text += ")."
    if verdict.change_point and verdict.change_slopes:
        change = describe_change([verdict.change_point], *verdict.change_slopes, 0)
        text += f" {change[0].upper()}{change[1:]}."
    if verdict.yoy_pct is not None:
        text += f" Laatste periode tegen een jaar eerder: {nl_number(verdict.yoy_pct, 1, sign=True)}%."
    return text


def describe_change(periods: Sequence[str], before: float, after: float, index: int) -> str:
    """``daalde tot 2017, stijgt sindsdien`` for a change point at ``periods[index]``."""
    first = "daalde" if before < 0 else "steeg"
    then = "stijgt" if after > 0 else "daalt"
    return f"{first} tot {period_label(periods[index])}, {then} sindsdien"
