"""Small, deterministic SVG line charts for key figures; every chart also ships as a table."""

from __future__ import annotations

import math
from collections.abc import Sequence
from xml.sax.saxutils import escape

from trendbeeld.model import hash_id
from trendbeeld.publish import _format
from trendbeeld.publish._view import ChartView

WIDTH = 520
HEIGHT = 260
MARGIN_LEFT = 78
MARGIN_RIGHT = 18
MARGIN_TOP = 40
MARGIN_BOTTOM = 42
MAX_X_LABELS = 8
LINE_COLOUR = "#1d4f91"
TEXT_COLOUR = "#1a1a1a"
GRID_COLOUR = "#c8c8c8"


def _nice_ceiling(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10.0 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def line_chart(title: str, points: Sequence[tuple[str, float]], *, unit: str = "") -> ChartView:
    """A line chart of ``points`` (period, value), with its data table and a text alternative."""
    values = [v for _, v in points]
    low = min(0.0, *values)
    high = _nice_ceiling(max(values)) if max(values) > 0 else 1.0
    plot_w = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

    def x(i: int) -> float:
        return MARGIN_LEFT + (plot_w * i / (len(points) - 1) if len(points) > 1 else plot_w / 2)

    def y(v: float) -> float:
        return MARGIN_TOP + plot_h * (1 - (v - low) / (high - low))

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
        f'height="{HEIGHT}" role="img" aria-labelledby="t">',
        f'<title id="t">{escape(title)}</title>',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
        f'<text x="{MARGIN_LEFT}" y="22" font-family="sans-serif" font-size="14" font-weight="bold" '
        f'fill="{TEXT_COLOUR}">{escape(title)}</text>',
    ]
    for k in range(5):
        value = low + (high - low) * k / 4
        gy = y(value)
        parts.append(
            f'<line x1="{MARGIN_LEFT}" x2="{WIDTH - MARGIN_RIGHT}" y1="{gy:.1f}" y2="{gy:.1f}" '
            f'stroke="{GRID_COLOUR}" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{MARGIN_LEFT - 8}" y="{gy + 4:.1f}" text-anchor="end" font-family="sans-serif" '
            f'font-size="11" fill="{TEXT_COLOUR}">{escape(_format.number(value))}</text>'
        )
    every = max(1, math.ceil(len(points) / MAX_X_LABELS))
    for i, (period, _) in enumerate(points):
        if i % every == 0 or i == len(points) - 1:
            parts.append(
                f'<text x="{x(i):.1f}" y="{HEIGHT - MARGIN_BOTTOM + 18}" text-anchor="middle" '
                f'font-family="sans-serif" font-size="11" fill="{TEXT_COLOUR}">{escape(period)}</text>'
            )
    path = " ".join(f"{'M' if i == 0 else 'L'}{x(i):.1f},{y(v):.1f}" for i, (_, v) in enumerate(points))
    parts.append(f'<path d="{path}" fill="none" stroke="{LINE_COLOUR}" stroke-width="2.5"/>')
    for i, (_, v) in enumerate(points):
        parts.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3.5" fill="{LINE_COLOUR}"/>')
    parts.append("</svg>")
    rows = tuple((period, _format.number(v)) for period, v in points)
    first, last = points[0], points[-1]
    alt = (
        f"{title}: van {_format.number(first[1])} in {first[0]} naar {_format.number(last[1])} in {last[0]}."
        " De cijfers staan in de tabel hieronder."
    )
    unit_header = f"Waarde ({unit})" if unit else "Waarde"
    return ChartView(
        id=hash_id("chart", title, *(f"{p}={v!r}" for p, v in points)),
        title=title,
        svg="\n".join(parts) + "\n",
        header=("Periode", unit_header),
        rows=rows,
        alt=alt,
    )
