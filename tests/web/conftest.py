"""Fixtures of the workbench tests: the demo store built once, copied fresh for each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web._helpers import SECRET, build_demo, copy_store
from trendbeeld.store import Store

pytest.importorskip("fastapi", reason="the workbench needs the 'web' extra")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("werkbank") / "demo.db"
    build_demo(path)
    return path


@pytest.fixture
def wb_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    store = copy_store(demo_template, tmp_path / "werkbank.db")
    yield store
    store.close()


@pytest.fixture
def app(wb_store: Store, tmp_path: Path) -> Any:
    from trendbeeld.web import create_app

    return create_app(wb_store, secret=SECRET, taxonomy="regionaal", editions_dir=tmp_path / "edities")
