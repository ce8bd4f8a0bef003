"""The workbench's hot paths under load: the evidence browser walks migration 0009's indexes, and
search keeps a query's ranked order without ever keeping what a reader may read."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy import event

from tests.publish._helpers import save_text
from tests.web._helpers import PASSWORD, csrf_of
from trendbeeld.model import AccessLevel, EvidenceKind, Source, SourceMeta, evidence_id
from trendbeeld.store import Store, browse
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import search as search_store
from trendbeeld.store import sources as source_store
from trendbeeld.store import users as user_store
from trendbeeld.store.users import Role
from trendbeeld.web import auth
from trendbeeld.web.app import SECRET_ENV

LEVELS = (AccessLevel.PUBLIC, AccessLevel.INTERNAL, AccessLevel.CONFIDENTIAL)
PLACES = ("Utrecht", "Rotterdam", "Zwolle")


def _text(n: int) -> str:
    return (
        f"Het aantal woninginbraken in {PLACES[n % 3]} steeg in {2010 + n % 12} met {n + 3} procent. "
        f"De jeugdcriminaliteit neemt af, meldt de politie. "
        f'"We zien dat de overlast toeneemt," zegt wijkagent Jansen {n}.'
    )


def _fill(store: Store, n: int = 24) -> list[Source]:
    """Sources on a few shared dates (ties on the date), at every access level."""
    made = []
    for i in range(n):
        meta = SourceMeta(
            title=f"Rapport {i}",
            date=date(2020 + i % 4, 1 + i % 3, 1),
            region=PLACES[i % 3],
            access=LEVELS[i % 3],
        )
        made.append(save_text(store, f"rapport-{i}.md", _text(i), meta))
    return made


def _expected(
    store: Store, sources: list[Source], level: AccessLevel, kind: EvidenceKind | None
) -> list[str]:
    """Newest source first, then by source id and position: the browser's order, computed here."""
    readable = [
        s for s in sources if s.meta.access in {AccessLevel(v) for v in source_store.readable_levels(level)}
    ]
    by_id = {s.id: s for s in readable}
    items = evidence_store.list_evidence(store, access=level, source_ids=list(by_id))
    items = [i for i in items if kind is None or i.kind is kind]
    day = {s.id: s.meta.date.toordinal() if s.meta.date else 0 for s in readable}
    items.sort(key=lambda i: (-day[i.span.source_id], i.span.source_id, i.span.start))
    return [evidence_id(i) for i in items]


def _paged(store: Store, level: AccessLevel, kinds: tuple[EvidenceKind, ...]) -> list[str]:
    seen: list[str] = []
    offset = 0
    while True:
        found = browse.find_evidence(
            store, access=level, filters=browse.Filters(kinds=kinds), offset=offset, limit=7
        )
        seen += [evidence_id(item) for item, _, _ in found.items]
        if not found.more:
            return seen
        offset += 7


def test_browser_pages_newest_source_first_with_the_new_indexes(store: Store) -> None:
    sources = _fill(store)
    browse.refresh_statistics(store)
    indexes = {
        table: {ix["name"] for ix in sa.inspect(store.engine).get_indexes(table)}
        for table in ("source", "evidence")
    }
    assert {"ix_source_date_id", "ix_source_access_region", "ix_source_added_at"} <= indexes["source"]
    assert "ix_evidence_source_kind_start" in indexes["evidence"]
    for level in LEVELS:
        for kind in (None, EvidenceKind.FIGURE, EvidenceKind.QUOTE):
            expected = _expected(store, sources, level, kind)
            assert expected, (level, kind)
            assert _paged(store, level, (kind,) if kind else ()) == expected, (level, kind)


@pytest.fixture
def statements(sqlite_store: Store) -> Iterator[list[tuple[str, Any]]]:
    """Every statement the store runs while the fixture is in use, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(sqlite_store.engine, "before_cursor_execute", record)
    yield seen
    event.remove(sqlite_store.engine, "before_cursor_execute", record)


def test_sqlite_walks_sources_by_date_instead_of_sorting_every_item(
    sqlite_store: Store, statements: list[tuple[str, Any]]
) -> None:
    _fill(sqlite_store, 60)
    browse.refresh_statistics(sqlite_store)  # as the workbench does when it starts
    for kinds in ((), (EvidenceKind.QUOTE,)):
        statements.clear()
        browse.find_evidence(sqlite_store, access=AccessLevel.INTERNAL, filters=browse.Filters(kinds=kinds))
        page_sql, parameters = next((s, p) for s, p in statements if "ORDER BY" in s)
        with sqlite_store.read() as conn:
            plan = " | ".join(
                row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + page_sql, parameters)
            )
        # Before 0009 and ANALYZE: 'SEARCH source USING INDEX ix_source_access', then
        # 'USE TEMP B-TREE FOR ORDER BY' over every readable item.
        assert "SCAN source USING INDEX ix_source_date_id" in plan, plan
        assert "TEMP B-TREE FOR ORDER BY" not in plan, plan


def _hits(store: Store, level: AccessLevel, words: str = "woninginbraken") -> list[tuple[str, int]]:
    return [(h.source_id, h.start) for h in search_store.search(store, words, access=level, limit=200)]


def test_search_keeps_the_order_but_reads_access_and_new_sources_afresh(store: Store) -> None:
    sources = _fill(store, 9)
    confidential = _hits(store, AccessLevel.CONFIDENTIAL)
    public = _hits(store, AccessLevel.PUBLIC)
    assert len(confidential) == 9 and len(public) == 3
    # The public hits are the confidential reader's order, less what the public may not read.
    allowed = {s.id for s in sources if s.meta.access is AccessLevel.PUBLIC}
    assert public == [hit for hit in confidential if hit[0] in allowed]
    # Narrowing a source's access hides it from the next search at once (the order is kept, not the rows).
    narrowed = next(s for s in sources if s.meta.access is AccessLevel.PUBLIC)
    source_store.save(store, replace(narrowed, meta=replace(narrowed.meta, access=AccessLevel.INTERNAL)), [])
    assert [hit for hit in _hits(store, AccessLevel.PUBLIC) if hit[0] == narrowed.id] == []
    assert len(_hits(store, AccessLevel.PUBLIC)) == 2
    # A new source is found by the next search, though the query's order was ranked before it came.
    added = save_text(store, "nieuw.md", _text(100), SourceMeta(title="Nieuw", date=date(2024, 5, 1)))
    assert added.id in {source_id for source_id, _ in _hits(store, AccessLevel.PUBLIC)}
    # Words in any order and form find the same passages (Dutch stemming), best first as ranked.
    assert _hits(store, AccessLevel.CONFIDENTIAL, "politie jeugdcriminaliteit") == _hits(
        store, AccessLevel.CONFIDENTIAL, "Jeugdcriminaliteit Politie"
    )


def test_workers_share_one_session_key(sqlite_store: Store, tmp_path: Path) -> None:
    """`web.server.run` with two worker processes and no TRENDBEELD_SECRET: a session made by one
    worker is honoured by the other (each would otherwise sign with a random key of its own)."""
    user_store.add(
        sqlite_store,
        "lezer",
        full_name="Lezer",
        role=Role.READER,
        clearance=AccessLevel.PUBLIC,
        password_hash=auth.hash_password(PASSWORD),
        actor="test",
    )
    _fill(sqlite_store, 3)
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    db = sqlite_store.engine.url.database
    code = f"from trendbeeld.web.server import run; run({db!r}, port={port}, workers=2, secure_cookies=False)"
    env = {k: v for k, v in os.environ.items() if k != SECRET_ENV}
    server = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=tmp_path)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_for(base)
        with httpx.Client(base_url=base, timeout=30) as client:
            token = csrf_of(client.get("/login").text)
            signed_in = client.post("/login", data={"name": "lezer", "password": PASSWORD, "csrf": token})
            assert signed_in.status_code == 303
            cookies = client.cookies
        answers = []
        for _ in range(30):  # a new connection each time: the kernel spreads them over both workers
            with httpx.Client(base_url=base, cookies=cookies, timeout=30) as fresh:
                answers.append(fresh.get("/evidence"))
        assert [a.status_code for a in answers] == [200] * 30
        assert all("Rapport" in a.text for a in answers)
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_for(base: str, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/login", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("the workbench did not start")


def test_the_workbench_starts_while_another_process_writes(
    sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refreshing the planner's statistics is no reason to refuse to start: a writer that took the
    lock after the store was opened (an import starting) leaves the old statistics in place."""
    from trendbeeld.store import open_store
    from trendbeeld.web import create_app

    _fill(sqlite_store, 3)
    monkeypatch.setenv("TRENDBEELD_BUSY_TIMEOUT", "0.2")
    database = sqlite_store.engine.url.database or ""
    store = open_store(database)
    writer = sqlite3.connect(database, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        app = create_app(store, secret="x" * 40)
        assert app.state.store is store
        assert browse.find_evidence(store, access=AccessLevel.PUBLIC, filters=browse.Filters()).items
        store.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
