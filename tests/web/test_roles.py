"""Every route and API endpoint, taken from the app itself, called as every role: the role matrix holds
and no intern or vertrouwelijk byte reaches someone without that clearance (canaries)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.web._helpers import CANARY, USERS, client, csrf_of, login
from trendbeeld.model import AccessLevel, EvidenceKind
from trendbeeld.store import Store, browse
from trendbeeld.store import sources as source_store
from trendbeeld.trends import curation
from trendbeeld.web.access import Permission, allowed, reading_level
from trendbeeld.web.app import endpoints

ANYONE = "anyone"  # also without logging in
SIGNED_IN = "signed in"
PANEL = "panel"  # experts and analysts
EXPECTED: dict[tuple[str, str], str | Permission] = {
    ("GET", "/login"): ANYONE,
    ("POST", "/login"): ANYONE,
    ("POST", "/logout"): ANYONE,
    ("GET", "/api/v1/openapi.json"): ANYONE,
    ("GET", "/"): SIGNED_IN,
    ("GET", "/api/v1/me"): SIGNED_IN,
    ("GET", "/panel"): PANEL,
    ("GET", "/sources"): Permission.BROWSE,
    ("GET", "/sources/{source_id}"): Permission.BROWSE,
    ("GET", "/evidence"): Permission.BROWSE,
    ("GET", "/search"): Permission.BROWSE,
    ("GET", "/trends"): Permission.BROWSE,
    ("GET", "/trends/{trend_id}"): Permission.BROWSE,
    ("GET", "/api/v1/sources"): Permission.BROWSE,
    ("GET", "/api/v1/sources/{source_id}"): Permission.BROWSE,
    ("GET", "/api/v1/evidence"): Permission.BROWSE,
    ("GET", "/api/v1/search"): Permission.BROWSE,
    ("GET", "/api/v1/trends"): Permission.BROWSE,
    ("GET", "/api/v1/trends/{trend_id}"): Permission.BROWSE,
    ("GET", "/api/v1/exports/{file_name}"): Permission.BROWSE,
    ("POST", "/evidence/{item_id}/theme"): Permission.CURATE,
    ("POST", "/trends/{trend_id}/{action}"): Permission.CURATE,
    ("POST", "/api/v1/trends/{trend_id}/decisions"): Permission.CURATE,
    ("GET", "/users"): Permission.MANAGE_USERS,
    ("POST", "/users"): Permission.MANAGE_USERS,
    ("POST", "/users/{name}/role"): Permission.MANAGE_USERS,
    ("POST", "/users/{name}/active"): Permission.MANAGE_USERS,
    ("GET", "/api/v1/users"): Permission.MANAGE_USERS,
    ("GET", "/audit"): Permission.READ_AUDIT,
    ("GET", "/routemap"): Permission.BROWSE,
    ("POST", "/routemap/links"): Permission.CURATE,
    ("POST", "/routemap/links/{link_id}/confirm"): Permission.CURATE,
    ("POST", "/routemap/links/{link_id}/remove"): Permission.CURATE,
    ("GET", "/editions"): Permission.BROWSE,
    ("POST", "/editions"): Permission.CURATE,
    ("GET", "/editions/jobs/{job_id}"): Permission.CURATE,
    ("GET", "/editions/compare"): Permission.BROWSE,
    ("GET", "/editions/{edition_id}/pdf"): Permission.BROWSE,
    ("GET", "/editions/{edition_id}/site/{path:path}"): Permission.BROWSE,
    ("POST", "/panel/rounds"): Permission.RUN_PANEL,
    ("GET", "/panel/rounds/{round_id}"): PANEL,
    ("POST", "/panel/rounds/{round_id}/ratings"): Permission.RATE,
    ("POST", "/panel/rounds/{round_id}/close"): Permission.RUN_PANEL,
    ("POST", "/panel/rounds/{round_id}/apply"): Permission.CURATE,
    ("GET", "/panel/rounds/{round_id}/export.csv"): Permission.RUN_PANEL,
    ("GET", "/panel/rounds/{round_id}/export.json"): Permission.RUN_PANEL,
    ("GET", "/api/v1/panel/rounds"): PANEL,
    ("GET", "/api/v1/panel/rounds/{round_id}/results"): Permission.RUN_PANEL,
    ("POST", "/api/v1/panel/rounds/{round_id}/ratings"): Permission.RATE,
    ("GET", "/api/v1/audit"): Permission.READ_AUDIT,
}
QUERIES = {"/search": "?q=woninginbraken", "/api/v1/search": "?q=woninginbraken"}
MISSING = {"/editions/jobs/{job_id}", "/editions/{edition_id}/pdf"}  # an unknown job; a build without PDF


def _may(user: Any, rule: str | Permission) -> bool:
    if rule in (ANYONE, SIGNED_IN):
        return True
    if rule == PANEL:
        return allowed(user, Permission.RATE) or allowed(user, Permission.RUN_PANEL)
    return allowed(user, Permission(rule))


def _paths(store: Store) -> dict[str, str]:
    """Real ids for the path parameters: the intern canary source, a trend, a public item."""
    intern = [
        s
        for s in source_store.list_sources(store, access=AccessLevel.INTERNAL)
        if CANARY[AccessLevel.INTERNAL] in s.meta.title
    ]
    trend = curation.list_trends(store, access=AccessLevel.PUBLIC)[0]
    item = browse.find_evidence(
        store, access=AccessLevel.PUBLIC, filters=browse.Filters(kinds=(EvidenceKind.FIGURE,)), limit=1
    ).items[0][0]
    from trendbeeld.model import evidence_id
    from trendbeeld.store import panel as panel_store

    every = [t.id for t in curation.list_trends(store, access=AccessLevel.CONFIDENTIAL)]
    opened = panel_store.open_round(store, title="Panel", trend_ids=every, actor="anna")
    for trend_id in every:  # the intern canary trend gets a comment carrying the canary
        comment = f"opmerking {CANARY[AccessLevel.INTERNAL]}" if "intern" in trend_id else "goed onderbouwd"
        panel_store.rate(
            store,
            opened.id,
            trend_id,
            expert="eva",
            comment=comment,
            scores={"impact": 4, "likelihood": 3, "horizon": 2},
        )
    from trendbeeld import routemap, themes

    titles = routemap.titles(store, access=AccessLevel.PUBLIC, taxonomy=themes.load_taxonomy("regionaal"))
    link = routemap.readable(routemap.load(store, confirmed_only=False), titles).links[0]
    from trendbeeld.store import editions as edition_store

    public = edition_store.latest(store, "demo-openbaar")
    assert public is not None
    QUERIES["/editions/compare"] = f"?before={public.id}&after={public.id}"
    return {
        "{edition_id}": str(public.id),
        "{path:path}": "index.html",
        "{job_id}": "onbekend",
        "{file_name}": "evidence.json",
        "{link_id}": link.id,
        "{round_id}": opened.id,
        "{source_id}": intern[0].id,
        "{trend_id}": trend.id,
        "{item_id}": evidence_id(item),
        "{name}": "lex",
        "{action}": "accept",
    }


def _url(path: str, ids: dict[str, str]) -> str:
    for key, value in ids.items():
        path = path.replace(key, value)
    return path + QUERIES.get(path.split("?")[0], "")


def test_every_endpoint_is_in_the_role_matrix(app: Any) -> None:
    assert set(endpoints(app)) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(USERS))
def test_each_role_gets_what_the_matrix_says_and_no_canary_above_its_level(
    app: Any, wb_store: Store, name: str
) -> None:
    from trendbeeld.store import users as user_store

    user = user_store.get(wb_store, name)
    assert user is not None
    level = reading_level(user)
    hidden = [word for lvl, word in CANARY.items() if not level.allows(lvl)]
    ids = _paths(wb_store)
    answers = {}
    c = login(app, name)
    for method, path in sorted(set(EXPECTED) - {("POST", "/login"), ("POST", "/logout")}):
        url = _url(path, ids)
        if method == "GET":
            answer = c.get(url, follow_redirects=False)
        else:  # the token, but no fields: an allowed role gets a validation error, never a change
            answer = c.post(
                url, data={"csrf": c.csrf}, headers={"X-CSRF-Token": c.csrf}, follow_redirects=False
            )
        answers[(method, path)] = answer.status_code
        for word in hidden:
            assert word not in answer.text, (name, method, url)
        rule = EXPECTED[(method, path)]
        if not _may(user, rule):
            assert answer.status_code == 403, (name, method, url, answer.status_code)
        elif method == "POST" and path.endswith(("/close", "/confirm", "/remove")):  # no fields to miss
            assert answer.status_code == 303
        elif method == "POST":  # a refusal of the empty input, in Dutch
            assert answer.status_code in (400, 422), (name, method, url, answer.status_code, answer.text[:99])
        elif path in MISSING:
            assert answer.status_code == 404, (name, url)
        elif path == "/login":  # signed in already: on to the overview
            assert answer.status_code == 303
        elif path.endswith("{source_id}") and not level.allows(AccessLevel.INTERNAL):
            assert answer.status_code == 404, (name, url)
        else:
            assert answer.status_code == 200, (name, method, url, answer.status_code, answer.text[:300])
    assert answers


def test_without_login_pages_send_to_the_login_page_and_the_api_answers_401(app: Any) -> None:
    c = client(app)
    token = csrf_of(c.get("/login").text)
    for method, path in sorted(EXPECTED):
        if EXPECTED[(method, path)] == ANYONE:
            continue
        url = path.replace("{", "").replace("}", "")
        answer = (
            c.get(url, follow_redirects=False)
            if method == "GET"
            else c.post(url, data={"csrf": token}, follow_redirects=False)
        )
        if path.startswith("/api/"):
            assert answer.status_code == 401, (method, url)
            assert answer.json() == {
                "error": {
                    "status": 401,
                    "message": "u bent niet ingelogd",
                    "hint": "Log in om verder te gaan",
                }
            }
        else:
            assert answer.status_code == 303, (method, url, answer.status_code)
            assert answer.headers["location"].startswith("/login?next=")
        for word in CANARY.values():
            assert word not in answer.text


def test_the_api_has_one_error_shape(app: Any) -> None:
    c = login(app, "anna")
    answer = c.get("/api/v1/sources/bestaatniet")
    assert answer.status_code == 404
    assert answer.json() == {
        "error": {
            "status": 404,
            "message": "deze bron bestaat niet of u hebt er geen toegang toe",
            "hint": "Zie GET /api/v1/sources",
        }
    }
    denied = login(app, "lex").get("/api/v1/users")
    assert denied.status_code == 403
    assert denied.json()["error"]["message"] == "uw rol geeft geen toegang tot deze pagina"


def test_a_reader_with_confidential_clearance_still_reads_only_openbaar(app: Any) -> None:
    c = login(app, "lex")
    me = c.get("/api/v1/me").json()
    assert (me["role"], me["clearance"], me["reading_level"]) == ("lezer", "vertrouwelijk", "openbaar")
    levels = {s["access"] for s in c.get("/api/v1/sources").json()}
    assert levels == {"openbaar"}
    found = c.get("/api/v1/search?q=woninginbraken").json()
    assert found and all(CANARY[AccessLevel.INTERNAL] not in h["text"] for h in found)
    analyst = login(app, "anna").get("/api/v1/search?q=woninginbraken").json()
    assert any(CANARY[AccessLevel.CONFIDENTIAL] in h["text"] for h in analyst)
