"""Charts of key figures: Vega-Lite (altair), rendered to SVG at build time by vl-convert.

Every chart also ships as a table (the data beside the chart) and a one-sentence text alternative.
Long titles wrap instead of being clipped (see ``indicators.charts.title_lines``).
"""

from __future__ import annotations

import re

from trendbeeld.indicators import charts
from trendbeeld.indicators.verdicts import period_label
from trendbeeld.model import Series, hash_id
from trendbeeld.publish import _format
from trendbeeld.publish._view import ChartView

_SIZE = re.compile(r'<svg[^>]*?width="([\d.]+)"[^>]*?height="([\d.]+)"')


def series_chart(title: str, series: Series, *, unit: str = "") -> ChartView:
    """A line chart of ``series`` under ``title``, with its data table and a text alternative."""
    points = sorted(series.observations, key=lambda o: o.period)
    shown = Series(title, series.region, tuple(points), series.unit, series.source, series.access)
    chart = charts.line_chart([shown], title=title, unit=unit or None)
    rows = tuple((period_label(o.period), _format.number(o.value)) for o in points)
    first, last = points[0], points[-1]
    alt = (
        f"{title}: van {_format.number(first.value)} in {period_label(first.period)} naar "
        f"{_format.number(last.value)} in {period_label(last.period)}. "
        "De cijfers staan in de tabel bij de grafiek."
    )
    return ChartView(
        id=hash_id("chart", title, *(f"{o.period}={o.value!r}" for o in points)),
        title=title,
        svg=chart.svg,
        header=("Periode", unit[:1].upper() + unit[1:] if unit else "Waarde"),
        rows=rows,
        alt=alt,
        width=int(float(size.group(1))) if (size := _SIZE.search(chart.svg)) else 0,
        height=int(float(size.group(2))) if size else 0,
    )
