"""Trend boxes: per theme, the international picture, the picture in the Netherlands and what it
means for the organisation.

The first two layers are filled from the evidence of the theme's trends whose scope matches: a
figure's region, else the source's region, else an international publisher or wording puts an
item in the international layer; everything else (a Dutch corpus) is national. The meaning
layer is the analyst's text. A layer without evidence or text gets a warning.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from trendbeeld.errors import ConfigError
from trendbeeld.model import (
    AccessLevel,
    Evidence,
    Figure,
    RegionLevel,
    SourceMeta,
    Taxonomy,
    Trend,
    TrendStatus,
    evidence_id,
)
from trendbeeld.store import Store
from trendbeeld.store import trends as trend_store
from trendbeeld.trends._items import gazetteer, lexicon, source_metas, top_theme
from trendbeeld.trends.curation import _decide, list_trends

MAX_BOX_TRENDS = 4
MAX_NAMED_SOURCES = 3
BOX_ACTION = "box"


class Layer(StrEnum):
    """The three layers of a trend box; values are what analysts type."""

    INTERNATIONAL = "internationaal"
    NATIONAL = "nationaal"
    MEANING = "betekenis"


WARNINGS = {
    Layer.INTERNATIONAL: "Geen internationaal bewijs bij dit thema.",
    Layer.NATIONAL: "Geen bewijs uit Nederland bij dit thema.",
    Layer.MEANING: "De betekenis voor de organisatie is nog niet ingevuld.",
}


@dataclass(frozen=True, slots=True)
class TrendBox:
    """The trend box (trendkader) of one theme, with the evidence behind each layer."""

    theme: str
    title: str
    international: str
    national: str
    meaning: str
    international_evidence: tuple[str, ...] = ()
    national_evidence: tuple[str, ...] = ()
    trends: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def boxes(
    store: Store, taxonomy: Taxonomy, *, access: AccessLevel, theme: str | None = None
) -> list[TrendBox]:
    """One box per top-level theme of ``taxonomy`` (only ``theme`` when given), from evidence
    readable at ``access``."""
    trends = [t for t in list_trends(store, access=access) if t.status is not TrendStatus.REJECTED]
    members = trend_store.readable_members(store, access=access, trend_ids=[t.id for t in trends])
    metas = source_metas(store, access=access)
    texts = box_texts(store)
    found = []
    for top in (t for t in taxonomy.themes if not t.parent and theme in (None, t.key)):
        own = [t for t in trends if top_theme(taxonomy, t.theme) == top.key]
        accepted = [t for t in own if t.status is TrendStatus.ACCEPTED]
        chosen = sorted(accepted or own, key=lambda t: (-(t.strength.score if t.strength else 0), t.id))
        found.append(_box(top.key, top.name, chosen, members, metas, texts.get(top.key, {})))
    return found


def _box(
    key: str,
    name: str,
    trends: list[Trend],
    members: Mapping[str, list[Evidence]],
    metas: Mapping[str, SourceMeta],
    texts: Mapping[str, str],
) -> TrendBox:
    layers: dict[Layer, list[str]] = {Layer.INTERNATIONAL: [], Layer.NATIONAL: []}
    sentences: dict[Layer, list[str]] = {Layer.INTERNATIONAL: [], Layer.NATIONAL: []}
    for trend in trends:
        split: dict[Layer, list[Evidence]] = {Layer.INTERNATIONAL: [], Layer.NATIONAL: []}
        for item in members.get(trend.id, []):
            split[scope(item, metas.get(item.span.source_id))].append(item)
        for layer, items in split.items():
            layers[layer].extend(evidence_id(e) for e in items)
            own_text = trend.international if layer is Layer.INTERNATIONAL else trend.national
            if items and len(sentences[layer]) < MAX_BOX_TRENDS:
                sentences[layer].append(own_text or _sentence(trend, items, metas))
    meaning = texts.get(Layer.MEANING) or " ".join(
        t.meaning for t in trends if t.meaning and t.status is TrendStatus.ACCEPTED
    )
    international = texts.get(Layer.INTERNATIONAL) or " ".join(sentences[Layer.INTERNATIONAL])
    national = texts.get(Layer.NATIONAL) or " ".join(sentences[Layer.NATIONAL])
    warnings = [WARNINGS[layer] for layer in (Layer.INTERNATIONAL, Layer.NATIONAL) if not layers[layer]]
    if not meaning:
        warnings.append(WARNINGS[Layer.MEANING])
    return TrendBox(
        key,
        name,
        international,
        national,
        meaning,
        tuple(layers[Layer.INTERNATIONAL]),
        tuple(layers[Layer.NATIONAL]),
        tuple(t.id for t in trends),
        tuple(warnings),
    )


def _sentence(trend: Trend, items: Sequence[Evidence], metas: Mapping[str, SourceMeta]) -> str:
    names: list[str] = []
    for item in items:
        meta = metas.get(item.span.source_id)
        name = (meta.publisher or meta.title) if meta else None
        if name and name not in names:
            names.append(name)
    sources = len({i.span.source_id for i in items})
    noun = "bron" if sources == 1 else "bronnen"
    named = f": {', '.join(names[:MAX_NAMED_SOURCES])}" if names else ""
    return f"{trend.title} ({sources} {noun}{named})."


# --------------------------------------------------------------------------- scope


@cache
def _terms(name: str) -> re.Pattern[str]:
    words = sorted(lexicon(name), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)


@cache
def _dutch_places() -> frozenset[str]:
    levels = {level.value for level in RegionLevel}
    return frozenset(name.casefold() for name, level in gazetteer() if level in levels)


def _region_scope(region: str | None) -> Layer | None:
    if not region or not region.strip():
        return None
    if region.strip().casefold() in _dutch_places() or _terms("national.txt").search(region):
        return Layer.NATIONAL
    if _terms("international.txt").search(region):
        return Layer.INTERNATIONAL
    return None


def scope(item: Evidence, meta: SourceMeta | None) -> Layer:
    """``INTERNATIONAL`` or ``NATIONAL`` for one evidence item (see the module docstring)."""
    if isinstance(item, Figure) and (found := _region_scope(item.region)):
        return found
    if meta is not None:
        if found := _region_scope(meta.region):
            return found
        if meta.publisher and _terms("international.txt").search(meta.publisher):
            return Layer.INTERNATIONAL
    text = item.text
    if _terms("international.txt").search(text) and not _terms("national.txt").search(text):
        return Layer.INTERNATIONAL
    return Layer.NATIONAL


# --------------------------------------------------------------------------- analyst text


def set_box_text(store: Store, theme: str, layer: Layer | str, text: str, *, actor: str) -> None:
    """Store the analyst's text for one layer of a theme's box (empty text: back to the evidence)."""
    try:
        chosen = Layer(layer)
    except ValueError as exc:
        raise ConfigError(
            f"onbekende laag '{layer}'", hint="Kies internationaal, nationaal of betekenis"
        ) from exc
    if not theme.strip():
        raise ConfigError("geef het thema van het trendkader", hint="Gebruik --thema SLEUTEL")
    with store.begin() as conn:
        _decide(conn, BOX_ACTION, f"theme:{theme.strip()}", actor, layer=chosen.value, text=text.strip())


def box_texts(store: Store) -> dict[str, dict[str, str]]:
    """Theme key → layer → the analyst's latest text."""
    found: dict[str, dict[str, str]] = {}
    for record in trend_store.list_decisions(store, action=BOX_ACTION):
        data = json.loads(record.payload)
        found.setdefault(record.subject.removeprefix("theme:"), {})[data["layer"]] = data["text"]
    return found
