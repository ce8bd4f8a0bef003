"""The route map as an inline SVG: nodes on a circle, arrows for links, nodes are real links.

Without JavaScript it is a picture with links plus the table beside it; with ``routekaart.js``
hovering or focusing a node highlights its links and shows their rationale.
"""

from __future__ import annotations

import math
import textwrap
from xml.sax.saxutils import escape, quoteattr

from trendbeeld.publish._view import RouteLinkView, RouteNode

WIDTH = 820
HEIGHT = 620
NODE_W = 168
NODE_H = 58
WRAP = 22
MAX_LINES = 3  # the box is NODE_H high; the full title is in the table
LINK_COLOUR = "#505050"
NODE_FILL = "#e8eef7"
NODE_STROKE = "#1d4f91"
TEXT_COLOUR = "#1a1a1a"


def _positions(n: int) -> list[tuple[float, float]]:
    cx, cy = WIDTH / 2, HEIGHT / 2
    rx, ry = (WIDTH - NODE_W) / 2 - 10, (HEIGHT - NODE_H) / 2 - 10
    if n == 1:
        return [(cx, cy)]
    return [
        (
            cx + rx * math.cos(-math.pi / 2 + 2 * math.pi * i / n),
            cy + ry * math.sin(-math.pi / 2 + 2 * math.pi * i / n),
        )
        for i in range(n)
    ]


def _edge_point(x1: float, y1: float, x2: float, y2: float) -> tuple[float, float]:
    """Where the line from (x1, y1) to (x2, y2) enters the box around (x2, y2)."""
    dx, dy = x1 - x2, y1 - y2
    if dx == 0 and dy == 0:
        return x2, y2
    scale = min(
        (NODE_W / 2 + 4) / abs(dx) if dx else math.inf,
        (NODE_H / 2 + 4) / abs(dy) if dy else math.inf,
    )
    return x2 + dx * scale, y2 + dy * scale


def _lines(label: str) -> list[str]:
    """The label wrapped into the box; a label too long for it ends in an ellipsis."""
    lines = textwrap.wrap(label, WRAP) or ["?"]
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES]
        lines[-1] = lines[-1][: WRAP - 1].rstrip() + "…"
    return lines


def render(nodes: tuple[RouteNode, ...], links: tuple[RouteLinkView, ...], *, root: str = "") -> str:
    """The SVG markup (all text escaped); ``root`` prefixes node links."""
    places = dict(zip((n.id for n in nodes), _positions(len(nodes)), strict=True))
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="rk" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="100%" aria-labelledby="rk-titel" focusable="false">',
        '<title id="rk-titel">Routekaart: hoe trends en thema\'s elkaar beïnvloeden</title>',
        '<defs><marker id="rk-pijl" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" '
        f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{LINK_COLOUR}"/></marker></defs>',
    ]
    for link in links:
        (x1, y1), (x2, y2) = places[link.source], places[link.target]
        sx, sy = _edge_point(x2, y2, x1, y1)
        tx, ty = _edge_point(x1, y1, x2, y2)
        dash = ' stroke-dasharray="6 4"' if link.type_label == "hangt samen met" else ""
        out.append(
            f'<line class="rk-link" id="rk-l-{link.id}" data-source="{link.source}" '
            f'data-target="{link.target}" '
            f'x1="{sx:.1f}" y1="{sy:.1f}" x2="{tx:.1f}" y2="{ty:.1f}" stroke="{LINK_COLOUR}" '
            f'stroke-width="2"{dash} marker-end="url(#rk-pijl)"/>'
        )
    for node in nodes:
        x, y = places[node.id]
        lines = _lines(node.label)
        first = y - (len(lines) - 1) * 8
        text = " ".join(
            f'<tspan x="{x:.1f}" y="{first + 16 * i + 4:.1f}">{escape(line)}</tspan>'
            for i, line in enumerate(lines)
        )
        box = (
            f'<rect x="{x - NODE_W / 2:.1f}" y="{y - NODE_H / 2:.1f}" width="{NODE_W}" height="{NODE_H}" '
            f'rx="8" fill="{NODE_FILL}" stroke="{NODE_STROKE}" stroke-width="2"/>'
            f'<text text-anchor="middle" font-family="sans-serif" font-size="13" fill="{TEXT_COLOUR}">'
            f"{text}</text>"
        )
        if node.href:
            out.append(
                f'<a class="rk-node" data-node="{node.id}" href={quoteattr(root + node.href)} '
                f"aria-label={quoteattr(' '.join(lines))}>{box}</a>"
            )
        else:
            out.append(f'<g class="rk-node" data-node="{node.id}">{box}</g>')
    out.append("</svg>")
    return "\n".join(out)
