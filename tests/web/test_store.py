"""The workbench's store modules on SQLite and PostgreSQL: users, the audit log, trend versions,
and the whole app (login, browse, curate) over a PostgreSQL store."""

from __future__ import annotations

from datetime import date

import pytest

from tests.publish._helpers import save_text
from tests.web._helpers import canary_text, login
from trendbeeld.errors import ConfigError, Conflict, NotFound
from trendbeeld.model import AccessLevel, SourceMeta, TrendStatus, evidence_id
from trendbeeld.store import Store, audit, browse, versions
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import trends as trend_store
from trendbeeld.store import users as user_store
from trendbeeld.store.trends import MemberOrigin, TrendRow
from trendbeeld.store.users import Role
from trendbeeld.web import auth


def _trend(store: Store) -> str:
    meta = SourceMeta(title="Rapport Zuid", date=date(2024, 2, 1), region="Rotterdam")
    source = save_text(store, "zuid.md", canary_text("Zuid"), meta)
    items = evidence_store.list_evidence(store, access=AccessLevel.PUBLIC, source_ids=[source.id])
    assert items
    with store.begin() as conn:
        trend_store.insert_trend(conn, TrendRow("t1", TrendStatus.CANDIDATE.value, False, theme="inbraak"))
        trend_store.add_members(conn, "t1", [(evidence_id(i), 1.0) for i in items], MemberOrigin.CLUSTER)
    return "t1"


def test_users_and_their_changes_are_logged(store: Store) -> None:
    user_store.add(
        store,
        "anna",
        full_name="Anna",
        role=Role.ANALYST,
        clearance=AccessLevel.INTERNAL,
        password_hash="$argon2id$x",
        actor="beheer",
    )
    with pytest.raises(ConfigError, match="gebruiker 'anna' bestaat al"):
        user_store.add(
            store,
            "anna",
            full_name="",
            role=Role.READER,
            clearance=AccessLevel.PUBLIC,
            password_hash="h",
            actor="beheer",
        )
    with pytest.raises(ConfigError, match="ongeldige gebruikersnaam 'Anna Z'"):
        user_store.add(
            store,
            "Anna Z",
            full_name="",
            role=Role.READER,
            clearance=AccessLevel.PUBLIC,
            password_hash="h",
            actor="beheer",
        )
    user_store.set_role(store, "anna", role=Role.EXPERT, actor="beheer")
    user_store.set_active(store, "anna", False, actor="beheer")
    with pytest.raises(NotFound, match="gebruiker 'piet' bestaat niet"):
        user_store.set_active(store, "piet", False, actor="beheer")
    [anna] = user_store.list_users(store)
    assert (anna.role, anna.clearance, anna.active) == (Role.EXPERT, AccessLevel.INTERNAL, False)
    log = [(e.actor, e.action, e.subject, e.data) for e in audit.entries(store)]
    assert log == [
        ("beheer", "gebruiker uitgeschakeld", "anna", {"active": False}),
        ("beheer", "rol gewijzigd", "anna", {"role": "expert"}),
        ("beheer", "gebruiker toegevoegd", "anna", {"rol": "analist", "toegang": "intern"}),
    ]


def test_a_stale_version_is_a_conflict(store: Store) -> None:
    trend_id = _trend(store)
    seen = versions.version(store, trend_id)
    versions.claim(store, trend_id, seen)
    with pytest.raises(Conflict, match="deze trend is intussen door iemand anders gewijzigd"):
        versions.claim(store, trend_id, seen)
    versions.claim(store, trend_id, versions.version(store, trend_id))
    with pytest.raises(NotFound):
        versions.version(store, "bestaat-niet")


def test_browse_filters_by_region_period_and_level(store: Store) -> None:
    _trend(store)
    everything = browse.find_evidence(store, access=AccessLevel.PUBLIC, filters=browse.Filters(), count=True)
    assert everything.total is not None and everything.total >= 2 and not everything.more
    first = browse.find_evidence(store, access=AccessLevel.PUBLIC, filters=browse.Filters(), limit=1)
    assert (first.total, first.more, len(first.items)) == (None, True, 1)
    utrecht = browse.Filters(region="Utrecht")
    assert browse.find_evidence(store, access=AccessLevel.PUBLIC, filters=utrecht).items == []
    later = browse.Filters(date_from=date(2025, 1, 1))
    assert browse.find_evidence(store, access=AccessLevel.PUBLIC, filters=later, count=True).total == 0
    assert browse.regions(store, access=AccessLevel.PUBLIC) == ["Rotterdam"]


def test_the_workbench_runs_on_the_same_store(store: Store) -> None:
    from trendbeeld.web import create_app

    trend_id = _trend(store)
    user_store.add(
        store,
        "anna",
        full_name="Anna",
        role=Role.ANALYST,
        clearance=AccessLevel.INTERNAL,
        password_hash=auth.hash_password("wachtwoord-123"),
        actor="test",
    )
    app = create_app(store, secret="s" * 32)
    c = login(app, "anna")
    assert c.get("/sources").status_code == 200
    assert c.get("/search?q=woninginbraken").status_code == 200
    seen = c.get(f"/api/v1/trends/{trend_id}").json()
    answer = c.post(
        f"/api/v1/trends/{trend_id}/decisions",
        headers={"X-CSRF-Token": c.csrf},
        json={"action": "accept", "version": seen["version"]},
    )
    assert answer.status_code == 200 and answer.json()["status"] == "accepted"
    [decision] = [d for d in trend_store.list_decisions(store, subject=trend_id) if d.action == "accept"]
    assert decision.actor == "anna"
