"""Edition records on both backends: every build with its spec, hash and time."""

from __future__ import annotations

from datetime import UTC, datetime

from trendbeeld.model import AccessLevel, EditionSpec
from trendbeeld.store import Store
from trendbeeld.store import editions as edition_store


def test_builds_are_recorded_and_read_back_newest_first(store: Store) -> None:
    spec = EditionSpec(
        "najaar",
        access=AccessLevel.INTERNAL,
        audience="Gemeente Utrecht",
        region="Utrecht",
        themes=("cyber", "jeugd"),
    )
    first = edition_store.record(
        store,
        spec,
        hash="a" * 32,
        built_at=datetime(2024, 5, 1, 9, tzinfo=UTC),
        site="out/najaar/site",
        pdf="out/najaar/najaar.pdf",
    )
    second = edition_store.record(
        store,
        spec,
        hash="b" * 32,
        built_at=datetime(2024, 6, 1, 9, tzinfo=UTC),
        site="out/najaar/site",
        pdf=None,
    )
    edition_store.record(
        store,
        EditionSpec("demo"),
        hash="c" * 32,
        built_at=datetime(2024, 7, 1, tzinfo=UTC),
        site="out/demo/site",
        pdf=None,
    )
    found = edition_store.list_editions(store, name="najaar")
    assert [r.id for r in found] == [second.id, first.id]
    assert found[1].spec == spec
    assert found[1].pdf == "out/najaar/najaar.pdf"
    assert found[0].built_at.replace(tzinfo=UTC) == datetime(2024, 6, 1, 9, tzinfo=UTC)
    latest = edition_store.latest(store, "najaar")
    assert latest is not None and latest.hash == "b" * 32
    assert edition_store.latest(store, "bestaat-niet") is None
    assert len(edition_store.list_editions(store)) == 3
