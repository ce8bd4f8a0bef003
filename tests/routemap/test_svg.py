"""The route map drawn as SVG: every link carries its id, suggestions are dotted and said in words,
and the workbench's interactive map makes links and nodes buttons while the plain map stays an image."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from tests.routemap import _corpus
from trendbeeld import routemap
from trendbeeld.model import AccessLevel, RouteMap
from trendbeeld.store import Store

SVG = "{http://www.w3.org/2000/svg}"


def _map(store: Store) -> tuple[RouteMap, dict[str, str]]:
    """The test corpus's trends, their suggested links, the first of them confirmed by an analyst."""
    _corpus.build(store)
    suggested = routemap.suggest(store, access=AccessLevel.CONFIDENTIAL)
    assert len(suggested) >= 2, "the corpus names its developments together more than once"
    routemap.confirm(store, suggested[0].id, actor="anna")
    titles = routemap.titles(store, access=AccessLevel.CONFIDENTIAL, taxonomy=_corpus.TAXONOMY)
    return routemap.readable(routemap.load(store, confirmed_only=False), titles), titles


def _links(svg: str) -> dict[str, ET.Element]:
    root = ET.fromstring(svg)
    return {g.attrib["data-verband"]: g for g in root.iter(SVG + "g") if "data-verband" in g.attrib}


def test_every_link_carries_its_id_and_a_suggestion_is_dotted_and_named_in_words(store: Store) -> None:
    shown, titles = _map(store)
    svg = routemap.render_svg(shown, titles)
    groups = _links(svg)
    assert set(groups) == {link.id for link in shown.links}
    for link in shown.links:
        g = groups[link.id]
        line = g.find(SVG + "line")
        assert line is not None
        title = g.findtext(SVG + "title") or ""
        label = g.findtext(SVG + "text") or ""
        assert g.attrib["data-bevestigd"] == ("ja" if link.confirmed else "nee")
        assert ("verband-voorstel" in g.attrib["class"]) is not link.confirmed
        assert (line.attrib.get("stroke-dasharray") == "2 4") is not link.confirmed  # without colour
        assert title.startswith("Voorstel: ") is not link.confirmed
        assert label.endswith("(voorstel)") is not link.confirmed
    suggested = sum(1 for link in shown.links if not link.confirmed)
    description = ET.fromstring(svg).findtext(SVG + "desc") or ""
    assert f"{len(shown.links)} verbanden, waarvan {suggested} voorgesteld." in description
    legend = ET.fromstring(svg).find(f"{SVG}g[@class='legenda']")
    assert legend is not None and "voorstel" in [t.text for t in legend.iter(SVG + "text")]
    assert routemap.render_svg(shown, titles) == svg  # same input, same bytes


def test_the_interactive_map_has_focusable_buttons_and_the_plain_map_none(store: Store) -> None:
    shown, titles = _map(store)
    plain = routemap.render_svg(shown, titles)
    assert 'role="img"' in plain and "tabindex" not in plain and "data-raak" not in plain
    interactive = routemap.render_svg(shown, titles, interactive=True)
    root = ET.fromstring(interactive)
    assert root.attrib["role"] == "group"
    buttons = [g for g in root.iter(SVG + "g") if g.attrib.get("role") == "button"]
    assert {g.attrib.get("data-verband") or g.attrib["data-knoop"] for g in buttons} == {
        link.id for link in shown.links
    } | {n for link in shown.links for n in (link.source, link.target)} | set(shown.nodes)
    assert all(g.attrib["tabindex"] == "0" and g.findtext(SVG + "title") for g in buttons)
    strips = set(re.findall(r'data-raak="([^"]+)"', interactive))
    assert strips == {link.id for link in shown.links}
