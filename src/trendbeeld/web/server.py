"""Running the workbench with uvicorn, in one process or in several worker processes.

One Python process runs one request's Python at a time; on a machine with more cores, several
workers (each its own process with its own connection pool) serve more users at once. Workers
are started by uvicorn from an import string, so their settings travel in environment variables
(``TRENDBEELD_*``) and `from_environment` builds each worker's app. Sessions stay valid across
workers because they all sign with the same secret: `run` makes one when none is set.

Two things still live in one process's memory: background jobs (an edition build started in one
worker shows no progress in another) and the login limiter (each worker counts failed logins on
its own, so the limit is per worker). One worker, the default, meets the load bar of issue 14
(50 users, 100,000 items: p95 114 ms on 2 shared cores); run more only when those two are moved
into the store.
"""

from __future__ import annotations

import os
import secrets

from fastapi import FastAPI

from trendbeeld.store import open_store
from trendbeeld.store.engine import ENV_VAR as DB_ENV
from trendbeeld.web.app import SECRET_ENV, create_app

FACTORY = "trendbeeld.web.server:from_environment"
INSECURE_ENV = "TRENDBEELD_INSECURE_COOKIES"
TAXONOMY_ENV = "TRENDBEELD_TAXONOMY"
EDITIONS_ENV = "TRENDBEELD_EDITIONS"
DEFAULT_TAXONOMY = "nationaal"
DEFAULT_EDITIONS = "out/werkbank"


def from_environment() -> FastAPI:
    """The app of one worker, set up by the ``TRENDBEELD_*`` variables that `run` sets."""
    return create_app(
        open_store(os.environ.get(DB_ENV)),
        secret=os.environ.get(SECRET_ENV),
        secure_cookies=os.environ.get(INSECURE_ENV) != "1",
        taxonomy=os.environ.get(TAXONOMY_ENV, DEFAULT_TAXONOMY),
        editions_dir=os.environ.get(EDITIONS_ENV, DEFAULT_EDITIONS),
    )


def run(
    db: str | None,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: int = 1,
    secure_cookies: bool = True,
    taxonomy: str = DEFAULT_TAXONOMY,
    editions_dir: str = DEFAULT_EDITIONS,
) -> None:
    """Serve the workbench over ``db`` (None: TRENDBEELD_DB or the default) with ``workers``
    processes until stopped."""
    import uvicorn

    if db:
        os.environ[DB_ENV] = db
    os.environ.setdefault(SECRET_ENV, secrets.token_urlsafe(32))  # one key for every worker
    os.environ[INSECURE_ENV] = "0" if secure_cookies else "1"
    os.environ[TAXONOMY_ENV] = taxonomy
    os.environ[EDITIONS_ENV] = editions_dir
    uvicorn.run(FACTORY, factory=True, host=host, port=port, workers=workers, log_level="warning")
