"""The route map as an accessible SVG diagram, laid out by hand and deterministically.

Layout: directed links ("versterkt", "leidt tot") place their target in a later column
(longest path, cycles broken in id order); rows within a column are ordered by the average row
of their neighbours for a few sweeps. The SVG has a <title> and a <desc> that lists every link in
words, each node and link carries its own <title>, labels are real text, and link types differ
by line pattern as well as colour. Every link carries its id (``data-verband``) and whether it is
confirmed (``data-bevestigd``); a suggested link is drawn dotted, its label says "voorstel" and its
title and the description name it a suggestion. ``interactive=True`` (the workbench, for analysts)
makes links and nodes focusable buttons for the workbench's script; the diagram is then a group.
"""

from __future__ import annotations

import textwrap
from collections import defaultdict
from collections.abc import Mapping
from xml.sax.saxutils import escape

from trendbeeld.model import LinkType, RouteMap, TrendLink
from trendbeeld.routemap.graph import link_label

NODE_WIDTH, NODE_HEIGHT = 190, 58
GAP_X, GAP_Y = 110, 34
MARGIN = 24
LEGEND_HEIGHT = 40
LABEL_CHARS = 24
LABEL_LINES = 3
LINE_HEIGHT = 15
SWEEPS = 4
STYLE = {
    LinkType.REINFORCES: ("#b8460b", "3", ""),
    LinkType.LEADS_TO: ("#1f4e99", "2", ""),
    LinkType.RELATED: ("#555555", "1.6", "6 4"),
}
SUGGESTED_DASH = "2 4"  # dotted: a suggestion differs from every confirmed pattern without colour
SUGGESTED = "voorstel"


def _attr(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def _layers(nodes: tuple[str, ...], links: tuple[TrendLink, ...]) -> dict[str, int]:
    """Column of each node: longest path over the directed links, back edges dropped."""
    out: dict[str, list[str]] = defaultdict(list)
    for link in links:
        if link.type is not LinkType.RELATED and link.source != link.target:
            out[link.source].append(link.target)
    order: list[str] = []
    state: dict[str, int] = {}
    acyclic: dict[str, list[str]] = defaultdict(list)

    def visit(node: str) -> None:
        state[node] = 1
        for nxt in sorted(set(out[node])):
            if state.get(nxt) == 1:
                continue  # a back edge: dropped to break the cycle
            acyclic[node].append(nxt)
            if nxt not in state:
                visit(nxt)
        state[node] = 2
        order.append(node)

    for node in sorted(nodes):
        if node not in state:
            visit(node)
    layer = dict.fromkeys(nodes, 0)
    for node in reversed(order):
        for nxt in acyclic[node]:
            layer[nxt] = max(layer[nxt], layer[node] + 1)
    return layer


def _rows(
    layer: Mapping[str, int], links: tuple[TrendLink, ...], titles: Mapping[str, str]
) -> dict[str, float]:
    """Row of each node in its column: barycentre sweeps over all links, ties by label."""
    neighbours: dict[str, set[str]] = defaultdict(set)
    for link in links:
        neighbours[link.source].add(link.target)
        neighbours[link.target].add(link.source)
    columns: dict[int, list[str]] = defaultdict(list)
    for node in sorted(layer, key=lambda n: (titles.get(n, n).casefold(), n)):
        columns[layer[node]].append(node)
    row = {n: float(i) for column in columns.values() for i, n in enumerate(column)}
    for _ in range(SWEEPS):
        for index in sorted(columns):
            column = columns[index]

            def centre(node: str) -> tuple[float, str, str]:
                near = [row[m] for m in neighbours[node] if layer[m] != layer[node]]
                return (sum(near) / len(near) if near else row[node], titles.get(node, node).casefold(), node)

            column.sort(key=centre)
            row.update({n: float(i) for i, n in enumerate(column)})
    return row


def _wrap(text: str) -> list[str]:
    lines = textwrap.wrap(" ".join(text.split()), LABEL_CHARS) or [""]
    if len(lines) > LABEL_LINES:
        lines = lines[:LABEL_LINES]
        lines[-1] = lines[-1][: LABEL_CHARS - 1].rstrip() + "…"
    return lines


def _border(cx: float, cy: float, tx: float, ty: float) -> tuple[float, float]:
    """Where the line from the centre (cx, cy) towards (tx, ty) leaves the node's box."""
    dx, dy = tx - cx, ty - cy
    if dx == 0 and dy == 0:
        return cx, cy
    scale = min(
        (NODE_WIDTH / 2) / abs(dx) if dx else float("inf"),
        (NODE_HEIGHT / 2) / abs(dy) if dy else float("inf"),
    )
    return cx + dx * scale, cy + dy * scale


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def render_svg(routemap: RouteMap, titles: Mapping[str, str], *, interactive: bool = False) -> str:
    """A self-contained, accessible SVG of the route map (same input, same bytes).

    With ``interactive`` links and nodes are focusable buttons (``role="button"``, ``tabindex``)
    and the diagram is a labelled group instead of an image."""
    nodes = tuple(
        sorted(set(routemap.nodes) | {n for link in routemap.links for n in (link.source, link.target)})
    )
    links = tuple(sorted(routemap.links, key=lambda link: link.id))
    label = {n: titles.get(n, n) for n in nodes}
    layer = _layers(nodes, links)
    row = _rows(layer, links, label)
    height_rows = max((sum(1 for m in nodes if layer[m] == layer[n]) for n in nodes), default=1)
    columns = max(layer.values(), default=0) + 1
    width = 2 * MARGIN + columns * NODE_WIDTH + (columns - 1) * GAP_X
    body_height = height_rows * NODE_HEIGHT + (height_rows - 1) * GAP_Y
    height = 2 * MARGIN + body_height + LEGEND_HEIGHT
    centre: dict[str, tuple[float, float]] = {}
    for node in nodes:
        in_column = sum(1 for m in nodes if layer[m] == layer[node])
        offset = (body_height - (in_column * NODE_HEIGHT + (in_column - 1) * GAP_Y)) / 2
        x = MARGIN + layer[node] * (NODE_WIDTH + GAP_X) + NODE_WIDTH / 2
        y = MARGIN + offset + row[node] * (NODE_HEIGHT + GAP_Y) + NODE_HEIGHT / 2
        centre[node] = (x, y)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="{"group" if interactive else "img"}" '
        'aria-labelledby="routekaart-titel routekaart-beschrijving" '
        'font-family="sans-serif" font-size="12">',
        '<title id="routekaart-titel">Routekaart: hoe trends en thema\'s elkaar beïnvloeden</title>',
        f'<desc id="routekaart-beschrijving">{_attr(_description(nodes, links, label))}</desc>',
        _markers(),
    ]
    if interactive:
        parts.append(_strips(links, centre))
    parts.extend(_edge(link, centre, label, interactive) for link in links)
    parts.extend(_node(n, centre[n], label[n], interactive) for n in nodes)
    parts.append(_legend(MARGIN, height - LEGEND_HEIGHT + 8, any(not link.confirmed for link in links)))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _description(nodes: tuple[str, ...], links: tuple[TrendLink, ...], label: Mapping[str, str]) -> str:
    if not links:
        return "De routekaart heeft nog geen bevestigde verbanden."
    suggested = sum(1 for link in links if not link.confirmed)
    count = f"{len(links)} verbanden" + (f", waarvan {suggested} voorgesteld" if suggested else "")
    sentences = [f"{len(nodes)} trends en thema's, {count}."]
    for link in links:
        sentence = _sentence(link, label)
        sentences.append(sentence + ("" if link.rationale else "."))
    return " ".join(sentences)


def _sentence(link: TrendLink, label: Mapping[str, str]) -> str:
    """The link in words: "Voorstel: " first when it is not confirmed, the rationale after a colon."""
    words = f"{label[link.source]} {link_label(link.type)} {label[link.target]}"
    prefix = "" if link.confirmed else "Voorstel: "
    return prefix + words + (f": {link.rationale}" if link.rationale else "")


def _markers() -> str:
    markers = []
    for type_, (colour, _, _) in STYLE.items():
        if type_ is LinkType.RELATED:
            continue
        markers.append(
            f'<marker id="pijl-{type_.value}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" '
            f'markerHeight="8" orient="auto-start-reverse">'
            f'<path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
        )
    return "<defs>" + "".join(markers) + "</defs>"


def _edge(
    link: TrendLink,
    centre: Mapping[str, tuple[float, float]],
    label: Mapping[str, str],
    interactive: bool = False,
) -> str:
    (sx, sy), (tx, ty) = centre[link.source], centre[link.target]
    x1, y1 = _border(sx, sy, tx, ty)
    x2, y2 = _border(tx, ty, sx, sy)
    colour, stroke, dash = STYLE[link.type]
    if not link.confirmed:
        dash = SUGGESTED_DASH
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    marker = "" if link.type is LinkType.RELATED else f' marker-end="url(#pijl-{link.type.value})"'
    words = link_label(link.type) + ("" if link.confirmed else f" ({SUGGESTED})")
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    box_width = len(words) * 6.2 + 8
    tooltip = _sentence(link, label)
    state = "ja" if link.confirmed else "nee"
    classes = f"verband verband-{link.type.value}" + ("" if link.confirmed else " verband-voorstel")
    control = ' tabindex="0" role="button"' if interactive else ""  # named by its <title>
    # Interactive: the drawn line lets clicks through (to the wide strip under every label, see
    # _strips), so a line crossing another link's label never takes that label's click.
    passive = ' pointer-events="none"' if interactive else ""
    return (
        f'<g class="{classes}" data-verband="{_attr(link.id)}" data-bevestigd="{state}"{control}>'
        f"<title>{_attr(tooltip)}</title>"
        f'<line x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}" stroke="{colour}" '
        f'stroke-width="{stroke}"{dash_attr}{marker}{passive}/>'
        f'<rect x="{_num(mx - box_width / 2)}" y="{_num(my - 9)}" width="{_num(box_width)}" height="16" '
        f'rx="3" fill="#ffffff" opacity="0.9"/>'
        f'<text x="{_num(mx)}" y="{_num(my + 3)}" text-anchor="middle" fill="{colour}">'
        f"{_attr(words)}</text></g>"
    )


def _strips(links: tuple[TrendLink, ...], centre: Mapping[str, tuple[float, float]]) -> str:
    """Wide invisible strips along the links, under everything: a click near a line picks its link
    (``data-raak`` names it for the workbench's script)."""
    strips = []
    for link in links:
        (sx, sy), (tx, ty) = centre[link.source], centre[link.target]
        x1, y1 = _border(sx, sy, tx, ty)
        x2, y2 = _border(tx, ty, sx, sy)
        strips.append(
            f'<line data-raak="{_attr(link.id)}" x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" '
            f'y2="{_num(y2)}" stroke="#ffffff" stroke-opacity="0" stroke-width="14"/>'
        )
    return '<g class="raakvlakken" aria-hidden="true">' + "".join(strips) + "</g>"


def _node(node: str, centre: tuple[float, float], text: str, interactive: bool = False) -> str:
    cx, cy = centre
    lines = _wrap(text)
    first = cy - (len(lines) - 1) * LINE_HEIGHT / 2 + 4
    control = ' tabindex="0" role="button"' if interactive else ""  # named by its <title>
    spans = "".join(
        f'<tspan x="{_num(cx)}" y="{_num(first + i * LINE_HEIGHT)}">{_attr(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return (
        f'<g class="knoop" id="knoop-{_attr(node)}" data-knoop="{_attr(node)}"{control}>'
        f"<title>{_attr(text)}</title>"
        f'<rect x="{_num(cx - NODE_WIDTH / 2)}" y="{_num(cy - NODE_HEIGHT / 2)}" width="{NODE_WIDTH}" '
        f'height="{NODE_HEIGHT}" rx="8" fill="#f3f6fa" stroke="#1b2a3a" stroke-width="1.2"/>'
        f'<text text-anchor="middle" fill="#1b2a3a">{spans}</text></g>'
    )


def _legend(x: float, y: float, suggested: bool = False) -> str:
    items = []
    styles = list(STYLE.items())
    if suggested:
        styles.append((LinkType.RELATED, ("#1b2a3a", "1.6", SUGGESTED_DASH)))
    for i, (type_, (colour, stroke, dash)) in enumerate(styles):
        words = SUGGESTED if i == len(STYLE) else link_label(type_)
        left = x + i * 170
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        marker = "" if type_ is LinkType.RELATED else f' marker-end="url(#pijl-{type_.value})"'
        items.append(
            f'<line x1="{_num(left)}" y1="{_num(y + 8)}" x2="{_num(left + 40)}" y2="{_num(y + 8)}" '
            f'stroke="{colour}" stroke-width="{stroke}"{dash_attr}{marker}/>'
            f'<text x="{_num(left + 48)}" y="{_num(y + 12)}" fill="#1b2a3a">{_attr(words)}</text>'
        )
    return '<g class="legenda" aria-hidden="true">' + "".join(items) + "</g>"
