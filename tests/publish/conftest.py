"""Session fixtures, built once: the demo corpus in a store and its editions, and the four real VNG
Burgerpeiling reports added through the CLI into SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.publish._helpers import added_corpus, ingest_demo, launched_browser
from trendbeeld.publish import EditionResult, build, demo_spec
from trendbeeld.publish._corpus import Corpus
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


@pytest.fixture(scope="session")
def vng_corpus(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """The four VNG Burgerpeiling reports of ``../shared/corpus/real/reports``, added into SQLite."""
    db = str(tmp_path_factory.mktemp("vng") / "trendbeeld.db")
    pdfs = sorted(str(p) for p in (shared / "corpus" / "real" / "reports").glob("vng_burgerpeiling_*.pdf"))
    assert len(pdfs) == 4
    return added_corpus(pdfs, db)
