"""Shared fixtures: the shared corpus, and a store on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests import _pgserver
from trendbeeld.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TRENDBEELD_SHARED", ROOT.parent / "shared"))
IN_CI = os.environ.get("CI") == "true"


def require(condition: bool, reason: str) -> None:
    """Skip with ``reason`` on a user's machine; fail under CI=true, where nothing may skip."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: this may not skip)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` beside the project: corpus, gold and scorer."""
    require(SHARED.is_dir(), f"../shared is not beside the project ({SHARED})")
    return SHARED


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_pgserver.PgServer | None]:
    try:
        server = _pgserver.start(tmp_path_factory.mktemp("postgres"))
    except RuntimeError as exc:
        _PG_STATE["error"] = str(exc)
        yield None
        return
    _PG_STATE["version"] = server.version
    yield server
    server.stop()


_PG_STATE: dict[str, str] = {}


@pytest.fixture(scope="session")
def postgres_url(pg_server: _pgserver.PgServer | None) -> str:
    """A URL to the test PostgreSQL server (``TRENDBEELD_TEST_PG`` wins when set)."""
    if os.environ.get("TRENDBEELD_TEST_PG"):
        return os.environ["TRENDBEELD_TEST_PG"]
    require(pg_server is not None, f"PostgreSQL is not available: {_PG_STATE.get('error')}")
    assert pg_server is not None
    return pg_server.url()


def _fresh_pg_database(server_url: str) -> tuple[str, str]:
    name = "tb_" + uuid.uuid4().hex[:12]
    engine = sa.create_engine(server_url.replace("postgresql://", "postgresql+psycopg://"),
                              isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    return server_url.rsplit("/", 1)[0] + "/" + name, name


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database URL: a SQLite file, then a database on the real PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "trendbeeld.db")
    server_url = request.getfixturevalue("postgres_url")
    url, _ = _fresh_pg_database(server_url)
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An opened, migrated store on each backend."""
    opened = open_store(store_url)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(str(tmp_path / "trendbeeld.db"))
    yield opened
    opened.close()


def pytest_report_header(config: pytest.Config) -> list[str]:
    bin_dir = _pgserver.find_bin_dir()
    pg = f"PostgreSQL binaries: {bin_dir}" if bin_dir else "PostgreSQL: not installed"
    found = "found" if SHARED.is_dir() else "missing"
    return [f"SQLite: {sqlite3.sqlite_version}", pg, f"shared: {SHARED} ({found})"]
