"""Fixtures of the workbench tests: the demo store built once, copied fresh for each test."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import IN_CI
from trendbeeld.store import Store

WEB_MISSING = importlib.util.find_spec("fastapi") is None or importlib.util.find_spec("argon2") is None
if WEB_MISSING and IN_CI:
    raise RuntimeError("the workbench needs the 'web' extra (CI=true: its tests may not skip)")
# Without the extra, on a user's machine, the workbench tests are not collected.
collect_ignore_glob = ["test_*.py"] if WEB_MISSING else []


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.web._helpers import build_demo

    path = tmp_path_factory.mktemp("werkbank") / "demo.db"
    build_demo(path)
    return path


@pytest.fixture
def wb_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    from tests.web._helpers import copy_store

    store = copy_store(demo_template, tmp_path / "werkbank.db")
    yield store
    store.close()


@pytest.fixture
def app(wb_store: Store, tmp_path: Path) -> Any:
    from tests.web._helpers import SECRET
    from trendbeeld.web import create_app

    return create_app(wb_store, secret=SECRET, taxonomy="regionaal", editions_dir=tmp_path / "edities")
