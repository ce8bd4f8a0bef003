"""Suggesting route-map links between trends (and their themes) from the evidence.

Four signals, each 0–1, weighed into one score: trends named close together in the same
passage of a source (co-occurrence), sources they share, evidence they share, and how similar
their texts are. Wording between two co-occurring items ("leidt tot", "versterkt", "als gevolg
van") sets the type and the direction; without it a link is "hangt samen met". Suggestions are
stored unconfirmed; an analyst confirms them. Links an analyst removed are not suggested again.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import combinations

import numpy as np

from trendbeeld.labels import count
from trendbeeld.model import AccessLevel, Evidence, LinkType, Trend, TrendLink, TrendStatus, hash_id
from trendbeeld.store import Store
from trendbeeld.store import sources as source_store
from trendbeeld.store import trends as trend_store
from trendbeeld.store.trends import LinkState
from trendbeeld.trends import Embedder, get_embedder, list_trends

COOCCUR_CHARS = 400
W_COOCCUR, W_SOURCES, W_SIMILAR, W_SHARED = 0.40, 0.20, 0.30, 0.10
MIN_SCORE = 0.25
SIMILAR_ALONE = 0.5  # similarity at which two trends may be linked without sharing a source
MAX_READING = 3
MAX_DOC_CHARS = 4000


@dataclass
class _Pair:
    passages: int = 0
    sources: set[str] = field(default_factory=set)
    cues: Counter[tuple[LinkType, bool]] = field(default_factory=Counter)
    cue_words: Counter[str] = field(default_factory=Counter)


def link_id(source: str, target: str, type_: LinkType) -> str:
    return hash_id("link", source, target, type_.value)


@cache
def _cues() -> tuple[tuple[re.Pattern[str], LinkType, bool, str], ...]:
    text = resources.files("trendbeeld.routemap").joinpath("cues.tsv").read_text(encoding="utf-8")
    found = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, kind, order = line.split("\t")
        pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)
        found.append((pattern, LinkType(kind), order == "forward", phrase))
    return tuple(found)


def suggest(
    store: Store,
    *,
    access: AccessLevel,
    embedder: str = "tfidf",
    min_score: float = MIN_SCORE,
) -> list[TrendLink]:
    """Score every pair of live trends (and theme pairs) and store the suggestions, best first."""
    trends = [
        t
        for t in list_trends(store, access=access)
        if t.status in (TrendStatus.ACCEPTED, TrendStatus.CANDIDATE)
    ]
    members = trend_store.readable_members(store, access=access, trend_ids=[t.id for t in trends])
    pairs = _cooccurrence(store, access, members)
    similarity = _similarity(trends, members, get_embedder(embedder))
    links = _trend_links(trends, members, pairs, similarity, min_score)
    links += _theme_links(trends, links)
    return _store_suggestions(store, links)


def _cooccurrence(
    store: Store, access: AccessLevel, members: Mapping[str, list[Evidence]]
) -> dict[tuple[str, str], _Pair]:
    """Trend pairs named within ``COOCCUR_CHARS`` of each other, with the wording between them."""
    by_source: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for trend_id, items in members.items():
        for item in items:
            by_source[item.span.source_id].append((item.span.start, item.span.end, trend_id))
    pairs: dict[tuple[str, str], _Pair] = defaultdict(_Pair)
    for source_id in sorted(by_source):
        spots = sorted(by_source[source_id])
        if len({t for _, _, t in spots}) < 2:
            continue
        source = source_store.get(store, source_id, access=access)
        if source is None:
            continue
        for i, (_, end, first) in enumerate(spots):
            for later_start, _, second in spots[i + 1 :]:
                if later_start - end > COOCCUR_CHARS:
                    break
                if first == second:
                    continue
                key = (min(first, second), max(first, second))
                pair = pairs[key]
                pair.passages += 1
                pair.sources.add(source_id)
                between = source.text[end:later_start] if later_start > end else ""
                _read_cues(between, first, second, key, pair)
    return pairs


def _read_cues(between: str, first: str, second: str, key: tuple[str, str], pair: _Pair) -> None:
    for pattern, kind, forward, phrase in _cues():
        if pattern.search(between):
            driver = first if forward else second
            pair.cues[(kind, driver == key[0])] += 1
            pair.cue_words[phrase] += 1
            return


def _similarity(
    trends: Sequence[Trend], members: Mapping[str, list[Evidence]], embedder: object
) -> np.ndarray:
    if len(trends) < 2 or not isinstance(embedder, Embedder):
        return np.zeros((len(trends), len(trends)), dtype=np.float32)
    docs = [
        (t.title + ". " + " ".join(e.text for e in members.get(t.id, [])))[:MAX_DOC_CHARS] for t in trends
    ]
    vectors = embedder.embed(docs)
    return np.asarray(vectors @ vectors.T, dtype=np.float32)


def _trend_links(
    trends: Sequence[Trend],
    members: Mapping[str, list[Evidence]],
    pairs: Mapping[tuple[str, str], _Pair],
    similarity: np.ndarray,
    min_score: float,
) -> list[TrendLink]:
    position = {t.id: i for i, t in enumerate(trends)}
    sources = {t.id: {e.span.source_id for e in members.get(t.id, [])} for t in trends}
    evidence = {t.id: {e.span for e in members.get(t.id, [])} for t in trends}
    links = []
    for a, b in combinations(sorted(position), 2):
        pair = pairs.get((a, b), _Pair())
        shared_sources = sources[a] & sources[b]
        union = sources[a] | sources[b]
        shared = len(evidence[a] & evidence[b]) / max(min(len(evidence[a]), len(evidence[b])), 1)
        similar = max(float(similarity[position[a], position[b]]), 0.0)
        if not (pair.passages or shared_sources or shared or similar >= SIMILAR_ALONE):
            continue
        cooccur = 1 - math.exp(-len(pair.sources) / 2)
        score = (
            W_COOCCUR * cooccur
            + W_SOURCES * (len(shared_sources) / len(union) if union else 0.0)
            + W_SIMILAR * similar
            + W_SHARED * shared
        )
        if score < min_score:
            continue
        links.append(_link(a, b, pair, shared_sources, similar, round(score, 4)))
    return links


def _link(a: str, b: str, pair: _Pair, shared_sources: set[str], similar: float, score: float) -> TrendLink:
    type_, source, target = LinkType.RELATED, a, b
    if pair.cues:
        (type_, a_drives), _ = min(pair.cues.items(), key=lambda c: (-c[1], c[0][0].value, not c[0][1]))
        source, target = (a, b) if a_drives else (b, a)
    parts = []
    if pair.passages:
        parts.append(f"samen genoemd in {count(pair.passages, 'passage', 'passages')} uit "
                     f"{count(len(pair.sources), 'bron', 'bronnen')}")
    if pair.cue_words:
        parts.append(f"met de woorden '{pair.cue_words.most_common(1)[0][0]}'")
    if shared_sources - pair.sources:
        parts.append(count(len(shared_sources), "gedeelde bron", "gedeelde bronnen"))
    parts.append(f"inhoudelijke verwantschap {similar:.2f}".replace(".", ","))
    rationale = "; ".join(parts)
    reading = sorted(pair.sources, key=lambda s: s)[:MAX_READING] or sorted(shared_sources)[:MAX_READING]
    return TrendLink(
        link_id(source, target, type_),
        source,
        target,
        type_,
        rationale[:1].upper() + rationale[1:] + ".",
        tuple(reading),
        score,
    )


def _theme_links(trends: Sequence[Trend], links: Sequence[TrendLink]) -> list[TrendLink]:
    """A theme-to-theme link wherever trends of two different themes are linked."""
    theme = {t.id: t.theme for t in trends}
    grouped: dict[tuple[str, str], list[TrendLink]] = defaultdict(list)
    for link in links:
        a, b = theme.get(link.source), theme.get(link.target)
        if a and b and a != b:
            grouped[(a, b) if link.type is not LinkType.RELATED else (min(a, b), max(a, b))].append(link)
    found = []
    for (a, b), group in sorted(grouped.items()):
        types = {link.type for link in group}
        type_ = types.pop() if len(types) == 1 else LinkType.RELATED
        reading = sorted({r for link in group for r in link.reading})[:MAX_READING]
        score = round(max(link.score for link in group) * (1 - math.exp(-len(group))), 4)
        rationale = f"{count(len(group), 'verband', 'verbanden')} tussen trends van deze thema's."
        found.append(TrendLink(link_id(a, b, type_), a, b, type_, rationale, tuple(reading), score))
    return found


def _store_suggestions(store: Store, links: list[TrendLink]) -> list[TrendLink]:
    """Replace the stored suggestions; confirmed and removed links are kept as they are."""
    merged: dict[str, TrendLink] = {}
    for link in links:
        if link.id not in merged or link.score > merged[link.id].score:
            merged[link.id] = link
    out = []
    with store.begin() as conn:
        trend_store.delete_suggestions(conn)
        states = trend_store.link_states(conn)
        for link in merged.values():
            state = states.get(link.id)
            if state == LinkState.REMOVED:
                continue
            if state == LinkState.CONFIRMED:
                stored = trend_store.get_link(conn, link.id)
                out.extend([stored[0]] if stored else [])
                continue
            trend_store.upsert_link(conn, link, LinkState.SUGGESTED)
            out.append(link)
    return sorted(out, key=lambda link: (-link.score, link.id))
