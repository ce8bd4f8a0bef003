"""Steps 5–7 on the demo corpus in a real store: themes, candidate trends, route-map suggestions."""

from __future__ import annotations

from trendbeeld import pipeline, routemap, trends
from trendbeeld.demo import DEMO_DIR
from trendbeeld.model import AccessLevel, evidence_id
from trendbeeld.store import Store
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import sources as source_store
from trendbeeld.store import themes as theme_store


def test_analyse_themes_clusters_and_links_only_readable_evidence(store: Store) -> None:
    report = pipeline.ingest(store, [DEMO_DIR])
    assert not report.failed
    analysis = pipeline.analyse(store, "regionaal", access=AccessLevel.PUBLIC, embedder="tfidf")
    public = _ids(store, AccessLevel.PUBLIC)
    everything = _ids(store, AccessLevel.CONFIDENTIAL)
    assert analysis.themed > 0.8 * len(public)
    assert set(theme_store.stored_assignment(store, "regionaal")) <= public < everything
    found = trends.list_trends(store, access=AccessLevel.CONFIDENTIAL)
    assert analysis.trends.candidates == len(found) > 3
    assert all(t.theme and set(t.evidence_ids) <= public for t in found)
    assert analysis.links == len(routemap.load(store, confirmed_only=False).links) > 0
    # a second run on the same store keeps the trend ids
    again = pipeline.analyse(store, "regionaal", access=AccessLevel.PUBLIC, embedder="tfidf")
    assert again.trends.new == 0
    assert {t.id for t in trends.list_trends(store, access=AccessLevel.CONFIDENTIAL)} == {t.id for t in found}


def _ids(store: Store, access: AccessLevel) -> set[str]:
    readable = {s.id for s in source_store.list_sources(store, access=access)}
    return {
        evidence_id(item)
        for item in evidence_store.list_evidence(store, access=access)
        if item.span.source_id in readable
    }
