"""The route map (routekaart): typed links between trends and themes.

``suggest`` scores links from shared evidence, co-occurrence and similarity and stores them as
suggestions; an analyst ``confirm``s, ``add``s or ``remove``s links (stored decisions), or keeps
them in a YAML file that ``import_links`` adds.
``load`` gives the `RouteMap`; export it with ``to_json``, ``to_graphml``, ``to_dot`` or draw it
with ``render_svg``.
"""

from trendbeeld.routemap.graph import (
    add,
    confirm,
    link_label,
    link_type,
    load,
    readable,
    remove,
    titles,
    to_dot,
    to_graphml,
    to_json,
)
from trendbeeld.routemap.links_file import LinkEntry, import_links, read_links
from trendbeeld.routemap.suggest import link_id, suggest
from trendbeeld.routemap.svg import render_svg

__all__ = [
    "LinkEntry",
    "add",
    "confirm",
    "import_links",
    "link_id",
    "link_label",
    "link_type",
    "load",
    "read_links",
    "readable",
    "remove",
    "render_svg",
    "suggest",
    "titles",
    "to_dot",
    "to_graphml",
    "to_json",
]
