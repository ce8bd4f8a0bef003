"""A workbench over a real store: the demo corpus, canary sources at each access level, one user per role."""

from __future__ import annotations

import re
import shutil
import warnings
from datetime import date
from pathlib import Path
from typing import Any

from tests.publish._helpers import ingest_demo, save_text
from trendbeeld.model import AccessLevel, SourceMeta, SourceType
from trendbeeld.store import Store, open_store
from trendbeeld.store import users as user_store
from trendbeeld.store.users import Role
from trendbeeld.web import auth

with warnings.catch_warnings():  # starlette announces httpx2 on import; the client is the same
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

PASSWORD = "wachtwoord-123"
SECRET = "test-geheim-" + "x" * 32
BASE_URL = "https://testserver"  # the session cookie is Secure: the client must speak https
CANARY = {
    AccessLevel.INTERNAL: "KANARIEINTERN7731",
    AccessLevel.CONFIDENTIAL: "KANARIEGEHEIM4402",
}
USERS = {  # name: (role, clearance)
    "beheer": (Role.ADMIN, AccessLevel.CONFIDENTIAL),
    "anna": (Role.ANALYST, AccessLevel.CONFIDENTIAL),
    "bram": (Role.ANALYST, AccessLevel.INTERNAL),
    "olga": (Role.ANALYST, AccessLevel.PUBLIC),
    "eva": (Role.EXPERT, AccessLevel.INTERNAL),
    "lex": (Role.READER, AccessLevel.CONFIDENTIAL),  # a reader reads openbaar, whatever the clearance
}


def canary_text(word: str) -> str:
    return (
        f"Werknotitie {word}.\n\n"
        f"Het aantal woninginbraken in {word} steeg in 2023 met 12 procent ten opzichte van 2022.\n\n"
        f'"De ondermijning in {word} neemt toe," zegt Piet de Vries, teamchef van de politie.\n'
    )


def add_canaries(store: Store) -> dict[AccessLevel, str]:
    """One source per closed level, its canary in the title, the file name and the text; returns ids."""
    ids = {}
    for level, word in CANARY.items():
        meta = SourceMeta(
            type=SourceType.PUBLICATION,
            title=f"Notitie {word}",
            publisher=f"Team {word}",
            date=date(2024, 5, 1),
            region="Rotterdam",
            access=level,
        )
        ids[level] = save_text(store, f"notities/{word}.md", canary_text(word), meta).id
    return ids


def add_canary_trend(store: Store, source_id: str, word: str) -> str:
    """A trend backed only by a closed source, its analyst's title carrying the canary."""
    from trendbeeld.model import evidence_id
    from trendbeeld.store import evidence as evidence_store
    from trendbeeld.store import trends as trend_store

    items = evidence_store.list_evidence(store, access=AccessLevel.CONFIDENTIAL, source_ids=[source_id])
    assert items, "the canary source has no evidence"
    trend_id = "kanarie-" + ("intern" if "INTERN" in word else "geheim")
    with store.begin() as conn:
        trend_store.insert_trend(
            conn, trend_store.TrendRow(trend_id, "candidate", True, title=f"Trend {word}")
        )
        trend_store.add_members(conn, trend_id, [(evidence_id(i), 1.0) for i in items], "analyst")
    return trend_id


def add_users(store: Store) -> None:
    hashed = auth.hash_password(PASSWORD)
    for name, (role, clearance) in USERS.items():
        user_store.add(
            store,
            name,
            full_name=name.title(),
            role=role,
            clearance=clearance,
            password_hash=hashed,
            actor="test",
        )


def build_demo(path: Path) -> None:
    store = open_store(str(path))
    ingest_demo(store)
    for level, source_id in add_canaries(store).items():
        add_canary_trend(store, source_id, CANARY[level])
    add_users(store)
    build_editions(store, path.parent / "edities")
    store.close()


def build_editions(store: Store, out: Path) -> None:
    """An openbaar and an intern concept edition of the demo (the intern one carries its canary)."""
    from trendbeeld.model import EditionSpec
    from trendbeeld.publish import build

    for name, level in (("demo-openbaar", AccessLevel.PUBLIC), ("demo-intern", AccessLevel.INTERNAL)):
        spec = EditionSpec(name=name, access=level, taxonomy="regionaal")
        build(store, spec, out / name, with_pdf=False, concept=True)


def copy_store(template: Path, target: Path) -> Store:
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(template) + suffix)
        if source.exists():
            shutil.copy(source, Path(str(target) + suffix))
    return open_store(str(target))


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)


def client(app: Any) -> TestClient:
    return TestClient(app, base_url=BASE_URL)


def login(app: Any, name: str, password: str = PASSWORD) -> TestClient:
    """A client signed in as ``name``; its CSRF token is in ``client.csrf``."""
    c = client(app)
    token = csrf_of(c.get("/login").text)
    answer = c.post(
        "/login",
        data={"name": name, "password": password, "csrf": token, "next": "/"},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text
    c.csrf = csrf_of(c.get("/").text)  # type: ignore[attr-defined]
    return c
