"""Evidence of one theme, as the last ``themes assign`` stored it (``trendbeeld evidence --theme``).

An item belongs to a theme when its best theme, or that theme's top-level theme, is the theme asked
for; so asking for a top-level theme also finds the items of its sub-themes.
"""

from __future__ import annotations

from collections.abc import Iterable

from trendbeeld.errors import ConfigError, NotFound
from trendbeeld.model import Evidence, Taxonomy, evidence_id
from trendbeeld.store import Store
from trendbeeld.store import themes as theme_store
from trendbeeld.themes.taxonomy import top_level


def of_theme(store: Store, items: Iterable[Evidence], theme: str, *, taxonomy: Taxonomy) -> list[Evidence]:
    """The ``items`` whose best stored theme (or its top-level theme) is ``theme``, in their order.

    NotFound when ``theme`` is no key of ``taxonomy``; ConfigError when nothing is assigned yet.
    """
    keys = [t.key for t in taxonomy.themes]
    if theme not in keys:
        raise NotFound(f"thema '{theme}' bestaat niet in taxonomie '{taxonomy.name}'",
                       hint="Kies uit: " + ", ".join(keys))
    assigned = theme_store.stored_assignment(store, taxonomy.name)
    if not assigned:
        raise ConfigError("er zijn nog geen thema's toegewezen",
                          hint="Voer eerst `trendbeeld themes assign` uit")
    chosen = []
    for item in items:
        choices = assigned.get(evidence_id(item))
        if not choices:
            continue
        top = top_level(taxonomy, choices[0][0])
        if theme in (choices[0][0], top.key if top else None):
            chosen.append(item)
    return chosen
