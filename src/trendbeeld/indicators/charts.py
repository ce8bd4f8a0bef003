"""Charts (grafieken) of series: Vega-Lite via altair, rendered offline by vl-convert.

Numbers follow the Dutch format locale (``nl-NL``: decimal comma, thousands dot) in the SVG/PNG and
in the data table that goes with every chart as its text alternative. The table's first row is the
header: ``Periode`` and one column per series.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from trendbeeld.indicators.verdicts import nl_number, period_key, period_label
from trendbeeld.model import Chart, Series

if TYPE_CHECKING:
    import altair as alt  # loaded when a chart is drawn


LOCALE: Final = "nl-NL"
WIDTH = 480
HEIGHT = 240
PANEL_WIDTH = 200
PANEL_HEIGHT = 120
AXIS_FORMAT = ",~f"  # thousands dot, decimal comma, no trailing zeros (with the nl-NL locale)


def _region_name(code: str) -> str:
    try:
        from trendbeeld.indicators import regions

        return regions.name_of(code) or code
    except Exception:  # a missing region table must not stop a chart
        return code


def _labels(series: Sequence[Series]) -> list[str]:
    """One legend label per series: the region when regions differ, else the indicator."""
    if len(series) == 1:
        return [f"{series[0].indicator} ({_region_name(series[0].region)})"]
    if len({s.region for s in series}) == len(series):
        return [_region_name(s.region) for s in series]
    if len({s.indicator for s in series}) == len(series):
        return [s.indicator for s in series]
    return [f"{s.indicator} ({_region_name(s.region)})" for s in series]


def _decimals(values: Sequence[float]) -> int:
    if all(float(v).is_integer() for v in values):
        return 0
    top = max((abs(v) for v in values), default=0.0)
    return 1 if top >= 10 else 2


def _rows(series: Sequence[Series], labels: Sequence[str]) -> tuple[list[dict[str, Any]], list[str]]:
    rows: list[dict[str, Any]] = [{"periode": o.period, "reeks": label, "waarde": o.value}
                                  for s, label in zip(series, labels, strict=True) for o in s.observations]
    periods = sorted({o.period for s in series for o in s.observations}, key=lambda p: period_key(p)[1])
    return rows, periods


def _table(series: Sequence[Series], labels: Sequence[str], periods: Sequence[str]
           ) -> tuple[tuple[str, ...], ...]:
    by_series = [{o.period: o.value for o in s.observations} for s in series]
    decimals = [_decimals(list(values.values())) for values in by_series]
    header = ("Periode", *labels)
    body = tuple(
        (period_label(p), *(nl_number(v[p], d) if p in v else ""
                            for v, d in zip(by_series, decimals, strict=True)))
        for p in periods
    )
    return (header, *body)


def _render(chart: alt.TopLevelMixin, *, png: bool) -> tuple[str, bytes | None]:
    import vl_convert as vlc  # loaded when a chart is drawn, not when indicators is imported

    spec = chart.to_dict()
    svg = vlc.vegalite_to_svg(spec, format_locale=LOCALE)
    image = vlc.vegalite_to_png(spec, scale=2, format_locale=LOCALE) if png else None
    return svg, image


def _alt_text(title: str, series: Sequence[Series], periods: Sequence[str]) -> str:
    if not periods:
        return f"{title}: geen gegevens."
    what = "1 reeks" if len(series) == 1 else f"{len(series)} reeksen"
    return (f"{title}: {what} van {period_label(periods[0])} tot en met {period_label(periods[-1])}. "
            "De cijfers staan in de tabel.")


TITLE_LINE_CHARS = 60


def title_lines(title: str, width: int = TITLE_LINE_CHARS) -> list[str]:
    """A long title broken into lines of at most ``width`` characters, so it is never clipped."""
    lines: list[str] = []
    for word in title.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def line_chart(series: list[Series], *, title: str, png: bool = False, unit: str | None = None) -> Chart:
    """A line chart of one or more series, with the data table as text alternative.

    Long titles wrap over several lines; ``unit`` (in Dutch, e.g. "aantal") titles the y axis.
    """
    import altair as alt  # loaded when a chart is drawn

    labels = _labels(series)
    rows, periods = _rows(series, labels)
    heading = alt.TitleParams(title_lines(title), anchor="start", limit=0)
    base = alt.Chart(alt.InlineData(values=rows), title=heading).mark_line(point=True).encode(
        x=alt.X("periode:O", sort=periods, title=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("waarde:Q", title=unit or None, axis=alt.Axis(format=AXIS_FORMAT)),
        color=alt.Color("reeks:N", title=None,
                        legend=alt.Legend(orient="bottom") if len(series) > 1 else None),
    ).properties(width=WIDTH, height=HEIGHT)
    svg, image = _render(base, png=png)
    return Chart(title=title, svg=svg, table=_table(series, labels, periods), png=image,
                 alt=_alt_text(title, series, periods))


def small_multiples(series_by_region: Mapping[str, Series] | Sequence[Series], *, title: str,
                    columns: int = 3, shared_scale: bool = True, png: bool = False) -> Chart:
    """One small panel per region (shared y scale unless ``shared_scale=False``) and one data table."""
    import altair as alt  # loaded when a chart is drawn

    if isinstance(series_by_region, Mapping):
        series = list(series_by_region.values())
    else:
        series = list(series_by_region)
    labels = [_region_name(s.region) for s in series]
    rows, periods = _rows(series, labels)
    panel = alt.Chart().mark_line(point=True).encode(
        x=alt.X("periode:O", sort=periods, title=None),
        y=alt.Y("waarde:Q", title=None, axis=alt.Axis(format=AXIS_FORMAT, tickCount=4)),
    ).properties(width=PANEL_WIDTH, height=PANEL_HEIGHT)
    chart = alt.FacetChart(
        data=alt.InlineData(values=rows), spec=panel,
        facet=alt.Facet("reeks:N", title=None, sort=labels), columns=columns, title=title,
    )
    if not shared_scale:
        chart = chart.resolve_scale(y="independent")
    svg, image = _render(chart, png=png)
    return Chart(title=title, svg=svg, table=_table(series, labels, periods), png=image,
                 alt=_alt_text(title, series, periods))
