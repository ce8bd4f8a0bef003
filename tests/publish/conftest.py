"""Session fixtures: the demo corpus in a store and its editions, built once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.publish._helpers import ingest_demo, launched_browser
from trendbeeld.publish import EditionResult, build, demo_spec
from trendbeeld.store import Store, open_store


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The demo corpus ingested with the real pipeline (SQLite), later stages run where installed."""
    store = open_store(str(tmp_path_factory.mktemp("demo-store") / "trendbeeld.db"))
    ingest_demo(store)
    yield store
    store.close()


@pytest.fixture(scope="session")
def previous_edition(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EditionResult]:
    """An earlier edition: the demo corpus without the news, so the next one has something new."""
    store = open_store(str(tmp_path_factory.mktemp("previous-store") / "trendbeeld.db"))
    ingest_demo(store, exclude=("nieuws", "nieuws.csv"))
    yield build(store, demo_spec("vorige"), tmp_path_factory.mktemp("out") / "vorige")
    store.close()


@pytest.fixture(scope="session")
def demo_edition(
    demo_store: Store, previous_edition: EditionResult, tmp_path_factory: pytest.TempPathFactory
) -> EditionResult:
    """The public demo edition, with the page 'Wat is er veranderd' against the previous one."""
    return build(
        demo_store, demo_spec(), tmp_path_factory.mktemp("out") / "demo", previous=previous_edition.directory
    )


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium for the page tests of one module."""
    with launched_browser() as launched:
        yield launched
