"""What clustering works on: trend statements and figures with their sentence and source."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources

from trendbeeld import regiondata
from trendbeeld.model import (
    AccessLevel,
    Change,
    Evidence,
    EvidenceKind,
    Figure,
    SourceMeta,
    Taxonomy,
    TrendStatement,
    evidence_id,
)
from trendbeeld.store import Store
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import sources as source_store
from trendbeeld.store import trends as trend_store
from trendbeeld.trends import events

CLUSTER_KINDS = (EvidenceKind.TREND, EvidenceKind.FIGURE)
MAX_CONTEXT_CHARS = 320
NAMED_SCORE = 0.15  # a phrase names a theme from this profile score on: one key term (TERM_WEIGHT) or as much
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")


@dataclass(frozen=True, slots=True)
class Item:
    """One evidence item as clustering sees it.

    ``theme`` is the top-level theme its passage was assigned first (what clustering partitions
    by), ``assigned`` every top-level theme of its assignment, best first; ``named`` the top-level
    themes its own phenomenon or indicator names (`named_themes`). A candidate's theme follows
    both (`cluster.shared_theme`); None when not computed.
    """

    id: str
    evidence: Evidence
    context: str
    theme: str | None = None
    meta: SourceMeta | None = None
    named: tuple[str, ...] | None = None
    assigned: tuple[str, ...] = ()

    @property
    def source_id(self) -> str:
        return self.evidence.span.source_id

    @property
    def focus(self) -> str:
        """What the item is about: a statement's phenomenon or a figure's indicator (else its sentence)."""
        named = getattr(self.evidence, "phenomenon", None) or getattr(self.evidence, "indicator", None)
        return str(named) if named else self.context


def lexicon(name: str) -> list[str]:
    """Lines of ``lexicon/<name>`` without comments and blanks."""
    text = resources.files("trendbeeld.trends").joinpath("lexicon", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def gazetteer() -> list[tuple[str, str]]:
    """``(name, level)`` of the places in the package's gazetteer (levels as in `RegionLevel`)."""
    return [(entry.name, entry.level) for entry in regiondata.gazetteer()]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``, clipped to ``MAX_CONTEXT_CHARS``."""
    window_start = max(0, start - MAX_CONTEXT_CHARS)
    before = [m.end() for m in _SENTENCE_END.finditer(text, window_start, start)]
    left = before[-1] if before else window_start
    after = _SENTENCE_END.search(text, end, min(len(text), end + MAX_CONTEXT_CHARS))
    right = after.start() + 1 if after else min(len(text), end + MAX_CONTEXT_CHARS)
    sentence = " ".join(text[left:right].split())
    if len(sentence) > MAX_CONTEXT_CHARS:
        middle = " ".join(text[start:end].split())
        sentence = middle if len(middle) >= MAX_CONTEXT_CHARS else sentence[:MAX_CONTEXT_CHARS]
    return sentence


def top_theme(taxonomy: Taxonomy | None, key: str | None) -> str | None:
    """The top-level theme above ``key`` (``key`` itself when it has no parent)."""
    if taxonomy is None or key is None:
        return key
    parents = {t.key: t.parent for t in taxonomy.themes}
    seen: set[str] = set()
    current: str = key
    while (parent := parents.get(current)) and current not in seen:
        seen.add(current)
        current = parent
    return current


def load_items(
    store: Store,
    *,
    access: AccessLevel,
    taxonomy: Taxonomy | None,
    assignment: Mapping[str, list[tuple[str, float]]],
) -> list[Item]:
    """Readable trend statements and figures, each with its sentence and top-level theme."""
    evidence = evidence_store.list_evidence(store, access=access, kinds=list(CLUSTER_KINDS))
    by_source: dict[str, list[Evidence]] = {}
    for item in evidence:
        by_source.setdefault(item.span.source_id, []).append(item)
    items = []
    sources = {s.id: s for s in trend_store.read_sources(store, sorted(by_source), access=access)}
    for source_id in sorted(by_source):
        source = sources.get(source_id)
        if source is None:
            continue
        for found in by_source[source_id]:
            key = evidence_id(found)
            choices = assignment.get(key) or []
            tops = tuple(dict.fromkeys(t for key, _ in choices if (t := top_theme(taxonomy, key))))
            context = sentence_around(source.text, found.span.start, found.span.end)
            items.append(Item(key, found, context, tops[0] if tops else None, source.meta, assigned=tops))
    if taxonomy is None:
        return items
    from trendbeeld.trends.cluster import own_phrase  # cluster builds on these items

    # news items report events in no words of their own: their trends keep the passages' theme
    stated = [i for i, item in enumerate(items) if not events.is_event(item.meta)]
    named = named_themes(taxonomy, [own_phrase(items[i].evidence) for i in stated])
    for i, themes in zip(stated, named, strict=True):
        items[i] = dataclasses.replace(items[i], named=themes)
    return items


def named_themes(taxonomy: Taxonomy, phrases: Sequence[str]) -> list[tuple[str, ...]]:
    """Per phrase, the top-level themes it names itself, best first: those whose profile it meets
    with at least ``NAMED_SCORE`` (a key term, or as much in words), as `themes.Profiles` scores
    passages. A passage about the pandemic can hold "mantelzorg"; the phrase "betrokkenheid bij
    mantelzorg" names no theme of the pandemic."""
    from trendbeeld.themes.profiles import Profiles

    profiles = Profiles.build(taxonomy)
    tops = [top_theme(taxonomy, theme.key) for theme in profiles.themes]
    worded = sorted({phrase for phrase in phrases if phrase})
    found: dict[str, tuple[str, ...]] = {"": ()}
    for phrase, row in zip(worded, profiles.scores(worded), strict=True):
        best: dict[str, float] = {}
        for top, score in zip(tops, row.tolist(), strict=True):
            if top is not None and score >= NAMED_SCORE:
                best[top] = max(best.get(top, 0.0), score)
        found[phrase] = tuple(sorted(best, key=lambda t: (-best[t], t)))
    return [found[phrase] for phrase in phrases]


def source_metas(store: Store, *, access: AccessLevel) -> dict[str, SourceMeta]:
    """Metadata of every source readable at ``access``, by id."""
    return {s.id: s.meta for s in source_store.list_sources(store, access=access)}


def direction_of(item: Evidence) -> Change | None:
    if isinstance(item, (TrendStatement, Figure)):
        return item.direction
    return None


def dates(metas: Iterable[SourceMeta]) -> list[date]:
    return [m.date for m in metas if m.date is not None]
