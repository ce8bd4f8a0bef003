"""Matching gold to predictions one-to-one, per kind, and the attributes checked on matched pairs.

Figures by unit and value near each other (a range also absorbs its other bound), trend statements
by direction and phenomenon overlap, quotes by surname, headlines and sections by title; each kind
takes its best pairs first. ``ATTRIBUTES`` says which fields of a matched pair are compared.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from trendbeeld.evaluate._locate import distance
from trendbeeld.evaluate._normal import (
    close_enough,
    direction_of,
    loose_equal,
    period_agrees,
    region_of,
    same_speaker,
    stem_overlap,
    title_similarity,
    unit_of,
)
from trendbeeld.evaluate._records import Item

FIGURE_WINDOW = 300
TREND_WINDOW = 200
QUOTE_WINDOW = 300
TREND_OVERLAP = 0.3
TITLE_SIMILARITY = 0.8
THEME_OVERLAP = 0.5


Pairs = list[tuple[tuple[float, ...], int, int]]
Matching = tuple[dict[int, int], set[int], set[int]]


def _best_pairs_first(pairs: Pairs) -> dict[int, int]:
    """Gold index -> prediction index, taking the pairs in order of their key, each item once."""
    chosen: dict[int, int] = {}
    taken: set[int] = set()
    for _, g, p in sorted(pairs, key=lambda pair: pair[0]):
        if g not in chosen and p not in taken:
            chosen[g] = p
            taken.add(p)
    return chosen


def _values(data: Mapping[str, Any], is_gold: bool) -> list[float]:
    values = [data["value"]] + ([data["value_high"]] if data.get("value_high") is not None else [])
    return values + list(data.get("alt_values") or []) if is_gold else values


def _figures_fit(gold: Item, pred: Item) -> bool:
    units = {unit_of(gold.data.get("unit"))} | {unit_of(u) for u in gold.data.get("alt_units") or []}
    if unit_of(pred.data.get("unit")) not in units:
        return False
    return any(close_enough(a, b) for a in _values(gold.data, True) for b in _values(pred.data, False))


def match_figures(gold: list[Item], pred: list[Item]) -> Matching:
    pairs: Pairs = []
    for g, gold_item in enumerate(gold):
        for p, pred_item in enumerate(pred):
            if (
                _figures_fit(gold_item, pred_item)
                and (gap := distance(gold_item, pred_item)) <= FIGURE_WINDOW
            ):
                exact = close_enough(gold_item.data["value"], pred_item.data["value"])
                pairs.append(((gap, 0 if exact else 1), g, p))
    matched = _best_pairs_first(pairs)
    found_gold, found_pred = set(matched), set(matched.values())
    for g, p in matched.items():
        gold_item, pred_item = gold[g], pred[p]
        near = FIGURE_WINDOW
        if gold_item.data.get("value_high") is not None:  # a gold range: the other bound predicted too
            other = next(
                (
                    q
                    for q, item in enumerate(pred)
                    if q not in found_pred
                    and _figures_fit(gold_item, item)
                    and distance(gold_item, item) <= near
                    and not close_enough(item.data["value"], pred_item.data["value"])
                ),
                None,
            )
            if other is not None:
                found_pred.add(other)
        if pred_item.data.get("value_high") is not None:  # a predicted range: a second gold figure
            other = next(
                (
                    h
                    for h, item in enumerate(gold)
                    if h not in found_gold
                    and _figures_fit(item, pred_item)
                    and distance(item, pred_item) <= near
                    and not close_enough(item.data["value"], gold_item.data["value"])
                ),
                None,
            )
            if other is not None:
                found_gold.add(other)
    return matched, found_gold, found_pred


def _directions(data: Mapping[str, Any]) -> set[str | None]:
    return {direction_of(data.get("direction"))} | {direction_of(d) for d in data.get("alt_directions") or []}


def match_trends(gold: list[Item], pred: list[Item]) -> Matching:
    pairs: Pairs = []
    for g, gold_item in enumerate(gold):
        allowed = _directions(gold_item.data)
        for p, pred_item in enumerate(pred):
            if direction_of(pred_item.data.get("direction")) not in allowed:
                continue
            gap = distance(gold_item, pred_item)
            if gap > TREND_WINDOW:
                continue
            overlap = stem_overlap(
                str(gold_item.data.get("phenomenon", "")), str(pred_item.data.get("phenomenon", ""))
            )
            if overlap >= TREND_OVERLAP:
                pairs.append(((-overlap, gap), g, p))
    matched = _best_pairs_first(pairs)
    return matched, set(matched), set(matched.values())


def match_quotes(gold: list[Item], pred: list[Item]) -> Matching:
    pairs: Pairs = [
        ((gap,), g, p)
        for g, gold_item in enumerate(gold)
        for p, pred_item in enumerate(pred)
        if same_speaker(gold_item.data.get("speaker"), pred_item.data.get("speaker"))
        and (gap := distance(gold_item, pred_item)) <= QUOTE_WINDOW
    ]
    matched = _best_pairs_first(pairs)
    return matched, set(matched), set(matched.values())


def match_titles(gold: list[Item], pred: list[Item]) -> Matching:
    pairs: Pairs = []
    for g, gold_item in enumerate(gold):
        for p, pred_item in enumerate(pred):
            alike = title_similarity(
                str(gold_item.data.get("title", "")), str(pred_item.data.get("title", ""))
            )
            if alike >= TITLE_SIMILARITY:
                pairs.append(((-alike,), g, p))
    matched = _best_pairs_first(pairs)
    return matched, set(matched), set(matched.values())


MATCHERS: dict[str, Callable[[list[Item], list[Item]], Matching]] = {
    "figure": match_figures,
    "trend": match_trends,
    "quote": match_quotes,
    "headline": match_titles,
    "section": match_titles,
}

Check = Callable[[Mapping[str, Any], Mapping[str, Any]], bool]


def _impact(value: object) -> str | None:
    return str(value).lower() if value else None


ATTRIBUTES: dict[str, dict[str, Check]] = {
    "figure": {
        "direction": lambda g, p: direction_of(p.get("direction")) in _directions(g),
        "period": lambda g, p: period_agrees(g.get("period"), p.get("period")),
        "region": lambda g, p: region_of(g.get("region")) == region_of(p.get("region")),
    },
    "quote": {
        "role": lambda g, p: loose_equal(g.get("role"), p.get("role")),
        "organisation": lambda g, p: loose_equal(g.get("organisation"), p.get("organisation")),
    },
    "headline": {
        "outlet": lambda g, p: loose_equal(g.get("outlet"), p.get("outlet")),
        "date": lambda g, p: (g.get("date") or None) == (p.get("date") or None),
    },
    "section": {
        "impact": lambda g, p: (g.get("impact") or None) == _impact(p.get("impact")),
        "theme": lambda g, p: (
            stem_overlap(str(g.get("theme") or ""), str(p.get("theme") or "")) >= THEME_OVERLAP
        ),
    },
}
