"""The source aggregate on both backends: one transaction, dedup by content, replace by origin."""

from __future__ import annotations

import pytest

from trendbeeld.model import AccessLevel, Change, Figure, Source, SourceMeta, Span, Unit
from trendbeeld.store import Store
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import search as search_store
from trendbeeld.store import sources as source_store
from trendbeeld.store.sources import SaveOutcome

TEXT = "De criminaliteit neemt toe.\n\nOndermijnende criminaliteit groeit in Brabant met 12 procent."


def _figure(source: Source) -> Figure:
    start = source.text.index("12 procent")
    span = Span(source.id, start, start + len("12 procent"))
    return Figure(span, source.span_text(span), 12.0, Unit.PERCENT, direction=Change.UP)


def test_save_is_idempotent_and_roundtrips(store: Store) -> None:
    source = Source.create("rapport.txt", TEXT, SourceMeta(title="Rapport"))
    assert source_store.save(store, source, [_figure(source)]) is SaveOutcome.ADDED
    assert source_store.save(store, source, [_figure(source)]) is SaveOutcome.UNCHANGED
    [item] = evidence_store.list_evidence(store, access=AccessLevel.PUBLIC)
    assert item == _figure(source)
    assert source.span_text(item.span) == item.text


def test_changed_file_replaces_its_evidence(store: Store) -> None:
    old = Source.create("rapport.txt", TEXT)
    source_store.save(store, old, [_figure(old)])
    new = Source.create("rapport.txt", TEXT + " Het aantal woninginbraken daalt.")
    assert source_store.save(store, new, [_figure(new)]) is SaveOutcome.REPLACED
    [summary] = source_store.list_sources(store, access=AccessLevel.PUBLIC)
    assert summary.id == new.id
    stored = evidence_store.list_evidence(store, access=AccessLevel.PUBLIC)
    assert [e.span.source_id for e in stored] == [new.id]
    assert search_store.search(store, "woninginbraak", access=AccessLevel.PUBLIC)[0].source_id == new.id


def test_failed_save_leaves_store_as_it_was(store: Store) -> None:
    good = Source.create("a.txt", TEXT)
    source_store.save(store, good, [_figure(good)])
    bad = Source.create("b.txt", TEXT + " anders")
    broken = Figure(Span(bad.id, 0, 2), "De", float("nan"), Unit.PERCENT, indicator="x" * 10)
    duplicate_ids = [broken, broken.__class__(broken.span, broken.text, 1.0, Unit.COUNT)]
    with pytest.raises(Exception):  # noqa: B017 - any database error will do
        source_store.save(store, bad, [*duplicate_ids, _FailingItem()])  # type: ignore[list-item]
    assert [s.id for s in source_store.list_sources(store, access=AccessLevel.PUBLIC)] == [good.id]


class _FailingItem:
    """An item whose attributes cannot be read: the save must roll back."""

    @property
    def span(self) -> Span:
        raise RuntimeError("boom")


def test_access_filter_is_applied(store: Store) -> None:
    internal = Source.create("intern.txt", TEXT, SourceMeta(access=AccessLevel.INTERNAL))
    source_store.save(store, internal, [_figure(internal)])
    assert source_store.list_sources(store, access=AccessLevel.PUBLIC) == []
    assert evidence_store.list_evidence(store, access=AccessLevel.PUBLIC) == []
    assert search_store.search(store, "criminaliteit", access=AccessLevel.PUBLIC) == []
    assert len(search_store.search(store, "criminaliteit", access=AccessLevel.INTERNAL)) == 2
    assert source_store.get(store, internal.id, access=AccessLevel.PUBLIC) is None


def test_search_uses_dutch_stemming(store: Store) -> None:
    source = Source.create("a.txt", TEXT)
    source_store.save(store, source, [])
    hits = search_store.search(store, "ondermijnend", access=AccessLevel.PUBLIC)
    assert [h.text for h in hits] == [TEXT.split("\n\n")[1]]
