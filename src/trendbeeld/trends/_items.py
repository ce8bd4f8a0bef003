"""What clustering works on: trend statements and figures with their sentence and source."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources

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

CLUSTER_KINDS = (EvidenceKind.TREND, EvidenceKind.FIGURE)
MAX_CONTEXT_CHARS = 320
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")


@dataclass(frozen=True, slots=True)
class Item:
    """One evidence item as clustering sees it."""

    id: str
    evidence: Evidence
    context: str
    theme: str | None = None
    meta: SourceMeta | None = None

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
    text = resources.files("trendbeeld").joinpath("data", "gazetteer.csv").read_text(encoding="utf-8")
    return [(row["name"], row["level"]) for row in csv.DictReader(io.StringIO(text))]


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
            theme = top_theme(taxonomy, choices[0][0]) if choices else None
            context = sentence_around(source.text, found.span.start, found.span.end)
            items.append(Item(key, found, context, theme, source.meta))
    return items


def source_metas(store: Store, *, access: AccessLevel) -> dict[str, SourceMeta]:
    """Metadata of every source readable at ``access``, by id."""
    return {s.id: s.meta for s in source_store.list_sources(store, access=access)}


def direction_of(item: Evidence) -> Change | None:
    if isinstance(item, (TrendStatement, Figure)):
        return item.direction
    return None


def dates(metas: Iterable[SourceMeta]) -> list[date]:
    return [m.date for m in metas if m.date is not None]
