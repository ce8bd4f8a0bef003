"""Evidence counted per kind, as the overview shows it: only what the reader's level may read."""

from __future__ import annotations

from collections import Counter

from tests.routemap import _corpus
from trendbeeld.model import AccessLevel
from trendbeeld.store import Store
from trendbeeld.store import evidence as evidence_store


def test_counts_by_kind_cover_exactly_the_readable_sources(store: Store) -> None:
    _corpus.save(store, "analyse", _corpus.ANALYSIS)
    _corpus.save(store, "interview", _corpus.INTERVIEW, AccessLevel.INTERNAL)
    _corpus.save(store, "inbraak", _corpus.BURGLARY, AccessLevel.CONFIDENTIAL)
    seen = []
    for level in AccessLevel:
        listed = Counter(item.kind.value for item in evidence_store.list_evidence(store, access=level))
        counted = evidence_store.count_by_kind(store, access=level)
        assert counted == dict(listed), level
        seen.append(sum(counted.values()))
    assert seen == sorted(seen) and seen[0] < seen[-1]  # each level reads more than the one below
