"""Opening the store: a SQLite file (WAL) by default, PostgreSQL when the URL says so.

The URL comes from ``--db``, else ``TRENDBEELD_DB``, else ``trendbeeld.db`` in the working
directory. A plain path is a SQLite file; ``postgresql://…`` uses psycopg 3. Opening a store
brings its schema up to date with the Alembic migrations in ``store/migrations``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from trendbeeld.errors import StoreError

DEFAULT_DB = "trendbeeld.db"
ENV_VAR = "TRENDBEELD_DB"
SQLITE_BUSY_TIMEOUT_MS = 30_000  # how long a writer waits for another's lock (TRENDBEELD_BUSY_TIMEOUT, s)
BUSY_ENV_VAR = "TRENDBEELD_BUSY_TIMEOUT"
MIGRATIONS = Path(__file__).parent / "migrations"
# PostgreSQL advisory lock held while migrating, so that processes opening a new store at once
# migrate one after the other (the others then find the schema up to date).
MIGRATION_LOCK = 0x7472656E64  # "trend"


def resolve_url(db: str | None = None) -> str:
    """Turn ``--db``/``TRENDBEELD_DB``/the default into a SQLAlchemy URL."""
    raw = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    if raw.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    if "://" in raw:
        return raw
    return f"sqlite:///{Path(raw).expanduser().resolve()}"


def busy_timeout_ms() -> int:
    """How long (ms) a SQLite writer waits for the lock another process holds."""
    try:
        return max(0, int(float(os.environ[BUSY_ENV_VAR]) * 1000))
    except (KeyError, ValueError):
        return SQLITE_BUSY_TIMEOUT_MS


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"timeout": busy_timeout_ms() / 1000})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself, so that every write transaction is BEGIN IMMEDIATE.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    cursor.close()


READ_OPTION = "trendbeeld_read"  # set by Store.read: a reader's transaction takes no write lock


def _sqlite_on_begin(conn: Connection) -> None:
    # Writers take the lock at once (BEGIN IMMEDIATE); readers read a WAL snapshot without it, so
    # that many readers (the workbench's users) do not queue behind one another.
    reading = conn.get_execution_options().get(READ_OPTION, False)
    conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")


class Store:
    """A connection pool to one trendbeeld database; the only door to SQL."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine = _make_engine(url)
        except (sa.exc.ArgumentError, ModuleNotFoundError) as exc:
            raise StoreError(f"database-URL niet bruikbaar: {url}", hint=str(exc)) from exc

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """One write transaction: all of it is stored, or none of it."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except sa.exc.OperationalError as exc:
            if _is_locked(exc):
                raise _busy(self.display) from exc
            raise StoreError(
                "de database kon niet worden bijgewerkt", path=self.display, hint=str(exc.orig)
            ) from exc

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading (on SQLite a snapshot that never waits for writers)."""
        with self.engine.connect() as conn:
            yield conn.execution_options(**{READ_OPTION: True})

    @property
    def display(self) -> str:
        """The URL without a password, for messages."""
        return sa.engine.make_url(self.url).render_as_string(hide_password=True)

    def version(self) -> str:
        with self.read() as conn:
            if self.is_sqlite:
                return "SQLite " + str(conn.exec_driver_sql("select sqlite_version()").scalar())
            return "PostgreSQL " + str(conn.exec_driver_sql("show server_version").scalar())

    def close(self) -> None:
        self.engine.dispose()


def _is_locked(exc: sa.exc.OperationalError) -> bool:
    return "locked" in str(exc.orig).lower() or "busy" in str(exc.orig).lower()


def _busy(display: str) -> StoreError:
    seconds = f"{busy_timeout_ms() / 1000:g}"
    return StoreError(
        f"de database is bezet: een ander proces schrijft erin en na {seconds} s wachten is opgegeven",
        path=display,
        hint=f"Probeer het opnieuw als het andere proces klaar is, of laat langer wachten met {BUSY_ENV_VAR}",
    )


def migrate(store: Store) -> None:
    """Bring the schema to the newest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", store.url.replace("%", "%%"))
    try:
        with store.engine.begin() as conn:
            if not store.is_sqlite:  # SQLite serialises writers with BEGIN IMMEDIATE already
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except sa.exc.OperationalError as exc:
        if _is_locked(exc):
            raise _busy(store.display) from exc
        raise StoreError(
            "de database kon niet worden geopend of bijgewerkt", path=store.display, hint=str(exc.orig)
        ) from exc


def open_store(db: str | None = None, *, upgrade: bool = True) -> Store:
    """Open (and by default migrate) the store named by ``db`` or the environment."""
    url = resolve_url(db)
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    store = Store(url)
    if upgrade:
        migrate(store)
    return store
