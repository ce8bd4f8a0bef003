"""The route map as stored links: confirm, add, remove, load, and export as JSON, GraphML or DOT.

A confirmed link keeps the trends at its ends: they become curated, so re-clustering never drops
them and the link always appears with its trends.

Nodes are trend ids or theme keys; ``titles`` maps them to what a reader sees. Every analyst
action is a stored decision (``link.confirm``, ``link.add``, ``link.remove``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence

from trendbeeld.errors import ConfigError, NotFound
from trendbeeld.labels import LABELS
from trendbeeld.model import AccessLevel, LinkType, RouteMap, Taxonomy, TrendLink
from trendbeeld.routemap.suggest import link_id
from trendbeeld.store import Store
from trendbeeld.store import trends as trend_store
from trendbeeld.store.trends import LinkState
from trendbeeld.trends import list_trends

MAX_RATIONALE_CHARS = 300
TYPE_WORDS = {
    "versterkt": LinkType.REINFORCES, "reinforces": LinkType.REINFORCES,
    "leidt tot": LinkType.LEADS_TO, "leidt_tot": LinkType.LEADS_TO, "leads_to": LinkType.LEADS_TO,
    "hangt samen met": LinkType.RELATED, "hangt_samen_met": LinkType.RELATED, "related": LinkType.RELATED,
}  # fmt: skip


def link_label(type_: LinkType) -> str:
    """The Dutch words for a link type: "versterkt", "leidt tot", "hangt samen met"."""
    return LABELS.get(type_, type_.value.replace("_", " "))


def link_type(value: LinkType | str) -> LinkType:
    if isinstance(value, LinkType):
        return value
    found = TYPE_WORDS.get(" ".join(value.strip().casefold().split()))
    if found is None:
        raise ConfigError(
            f"onbekend soort verband '{value}'", hint="Kies versterkt, leidt tot of hangt samen met"
        )
    return found


def validate_rationale(text: str) -> str:
    """The rationale on one line; a ConfigError when it is empty or too long."""
    line = " ".join(text.split())
    if not line:
        raise ConfigError(
            "een verband heeft een toelichting van één regel nodig", hint="Gebruik --toelichting"
        )
    if len(line) > MAX_RATIONALE_CHARS:
        raise ConfigError(
            f"toelichting is {len(line)} tekens; hoogstens {MAX_RATIONALE_CHARS}",
            hint="Houd het bij één regel",
        )
    return line


def load(store: Store, *, confirmed_only: bool = True) -> RouteMap:
    """The confirmed links (and, when asked, the open suggestions) with their end points."""
    states = [LinkState.CONFIRMED] if confirmed_only else [LinkState.CONFIRMED, LinkState.SUGGESTED]
    links = tuple(trend_store.load_links(store, states=states))
    return RouteMap(nodes_of(links), links)


def confirm(
    store: Store,
    link_id_: str,
    *,
    actor: str,
    type: LinkType | str | None = None,
    rationale: str | None = None,
    reading: Sequence[str] | None = None,
) -> TrendLink:
    """Confirm a suggested link, optionally with the analyst's type, rationale and reading."""
    with store.begin() as conn:
        found = trend_store.get_link(conn, link_id_)
        if found is None:
            raise NotFound(
                f"verband '{link_id_}' bestaat niet", hint="Zie 'trendbeeld routekaart suggest' voor de ids"
            )
        link, _ = found
        chosen = TrendLink(
            link.id,
            link.source,
            link.target,
            link_type(type) if type is not None else link.type,
            validate_rationale(rationale) if rationale is not None else link.rationale,
            tuple(reading) if reading is not None else link.reading,
            link.score,
            True,
        )
        trend_store.upsert_link(conn, chosen, LinkState.CONFIRMED)
        trend_store.keep_trends(conn, [chosen.source, chosen.target])
        trend_store.record_decision(
            conn, "link.confirm", link.id, actor, type=chosen.type.value, rationale=chosen.rationale
        )
    return chosen


def add(
    store: Store,
    source: str,
    target: str,
    type: LinkType | str,
    *,
    rationale: str,
    actor: str,
    reading: Sequence[str] = (),
) -> TrendLink:
    """Add a confirmed link between two trends or themes."""
    if not source.strip() or not target.strip() or source.strip() == target.strip():
        raise ConfigError("een verband loopt tussen twee verschillende trends of thema's")
    chosen_type = link_type(type)
    link = TrendLink(
        link_id(source.strip(), target.strip(), chosen_type),
        source.strip(),
        target.strip(),
        chosen_type,
        validate_rationale(rationale),
        tuple(r.strip() for r in reading if r.strip()),
        1.0,
        True,
    )
    with store.begin() as conn:
        trend_store.upsert_link(conn, link, LinkState.CONFIRMED)
        trend_store.keep_trends(conn, [link.source, link.target])
        trend_store.record_decision(
            conn, "link.add", link.id, actor, source=link.source, target=link.target, type=chosen_type.value
        )
    return link


def remove(store: Store, link_id_: str, *, actor: str) -> None:
    """Remove a link; it is not suggested again."""
    with store.begin() as conn:
        found = trend_store.get_link(conn, link_id_)
        if found is None:
            raise NotFound(
                f"verband '{link_id_}' bestaat niet", hint="Zie 'trendbeeld routekaart export'"
            )
        trend_store.upsert_link(conn, found[0], LinkState.REMOVED)
        trend_store.record_decision(conn, "link.remove", link_id_, actor)


def titles(store: Store, *, access: AccessLevel, taxonomy: Taxonomy | None = None) -> dict[str, str]:
    """Node id → label: trend titles readable at ``access`` and the theme names of ``taxonomy``."""
    found = {t.key: t.name for t in taxonomy.themes} if taxonomy else {}
    found.update({t.id: t.title for t in list_trends(store, access=access)})
    return found


def readable(routemap: RouteMap, titles: Mapping[str, str]) -> RouteMap:
    """Only the links whose both ends are known in ``titles`` (e.g. readable at an access level)."""
    links = tuple(link for link in routemap.links if link.source in titles and link.target in titles)
    return RouteMap(nodes_of(links), links)


# --------------------------------------------------------------------------- exports


def _label(node: str, titles: Mapping[str, str]) -> str:
    return titles.get(node, node)


def _link_record(link: TrendLink) -> dict[str, object]:
    return {
        "id": link.id,
        "source": link.source,
        "target": link.target,
        "type": link.type.value,
        "label": link_label(link.type),
        "rationale": link.rationale,
        "reading": list(link.reading),
        "score": link.score,
        "confirmed": link.confirmed,
    }


def to_json(routemap: RouteMap, titles: Mapping[str, str]) -> str:
    """Nodes (id, label) and links (type, Dutch label, rationale, reading, score) as JSON."""
    data = {
        "nodes": [{"id": n, "label": _label(n, titles)} for n in routemap.nodes],
        "links": [_link_record(link) for link in routemap.links],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_graphml(routemap: RouteMap, titles: Mapping[str, str]) -> str:
    """GraphML (networkx), a directed multigraph; links keep their id as the edge key."""
    import networkx as nx

    graph = nx.MultiDiGraph(name="routekaart")
    for node in routemap.nodes:
        graph.add_node(node, label=_label(node, titles))
    for link in routemap.links:
        graph.add_edge(
            link.source,
            link.target,
            key=link.id,
            type=link.type.value,
            label=link_label(link.type),
            rationale=link.rationale,
            reading="; ".join(link.reading),
            score=float(link.score),
            confirmed=bool(link.confirmed),
        )
    return "\n".join(nx.generate_graphml(graph, prettyprint=True)) + "\n"


def _dot_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


DOT_STYLE = {LinkType.REINFORCES: "bold", LinkType.LEADS_TO: "solid", LinkType.RELATED: "dashed"}


def to_dot(routemap: RouteMap, titles: Mapping[str, str]) -> str:
    """Graphviz DOT; "hangt samen met" is drawn dashed and without arrowhead."""
    lines = [
        "digraph routekaart {",
        '  graph [label="Routekaart", labelloc=t, rankdir=LR];',
        '  node [shape=box, style="rounded"];',
    ]
    lines.extend(f"  {_dot_string(n)} [label={_dot_string(_label(n, titles))}];" for n in routemap.nodes)
    for link in routemap.links:
        arrow = ", dir=none" if link.type is LinkType.RELATED else ""
        lines.append(
            f"  {_dot_string(link.source)} -> {_dot_string(link.target)} "
            f"[label={_dot_string(link_label(link.type))}, tooltip={_dot_string(link.rationale)}, "
            f"style={DOT_STYLE[link.type]}{arrow}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def nodes_of(links: Iterable[TrendLink]) -> tuple[str, ...]:
    found: list[str] = []
    for link in links:
        found.extend(n for n in (link.source, link.target) if n not in found)
    return tuple(found)
