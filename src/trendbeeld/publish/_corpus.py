"""What an edition may read: its sources and their evidence at its access level."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from trendbeeld.model import AccessLevel, Evidence, EvidenceKind, Source, evidence_id
from trendbeeld.store import Store
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import sources as source_store

SHOWN_KINDS = (EvidenceKind.FIGURE, EvidenceKind.TREND, EvidenceKind.QUOTE, EvidenceKind.HEADLINE)


@dataclass
class Corpus:
    """What the edition may read: sources and evidence at its access level, by id."""

    sources: dict[str, Source]
    evidence: dict[str, Evidence]

    def of_kind(self, ids: Iterable[str], kind: type[Any]) -> list[Any]:
        return [self.evidence[i] for i in ids if isinstance(self.evidence[i], kind)]


def read_corpus(store: Store, access: AccessLevel) -> Corpus:
    """Sources and the evidence shown in editions, readable at ``access``."""
    sources = {}
    for summary in source_store.list_sources(store, access=access):
        source = source_store.get(store, summary.id, access=access)
        if source is not None:
            sources[source.id] = source
    items = evidence_store.list_evidence(store, access=access, kinds=list(SHOWN_KINDS))
    evidence = {evidence_id(e): e for e in items if e.span.source_id in sources}
    return Corpus(sources, evidence)


def position(item: Evidence) -> tuple[str, int, str]:
    """Source and text order (ties by kind), the order passages are listed in."""
    return (item.span.source_id, item.span.start, item.kind.value)
