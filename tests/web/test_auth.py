"""Logging in: argon2 hashes, secure session cookies, CSRF on every form, rate limiting, the audit log."""

from __future__ import annotations

from typing import Any

from tests.web._helpers import PASSWORD, client, csrf_of, login
from trendbeeld.store import Store, audit
from trendbeeld.store import users as user_store
from trendbeeld.web.app import SECURITY_HEADERS, SESSION_COOKIE


def test_passwords_are_stored_as_argon2id_hashes(wb_store: Store) -> None:
    user = user_store.get(wb_store, "anna")
    assert user is not None
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash


def test_the_session_cookie_is_secure_httponly_and_strict(app: Any) -> None:
    c = client(app)
    token = csrf_of(c.get("/login").text)
    answer = c.post(
        "/login", data={"name": "anna", "password": PASSWORD, "csrf": token}, follow_redirects=False
    )
    cookie = answer.headers["set-cookie"].lower()
    assert cookie.startswith(SESSION_COOKIE + "=")
    assert "; secure" in cookie and "; httponly" in cookie and "samesite=strict" in cookie
    assert answer.headers["location"] == "/"


def test_every_page_sends_the_security_headers(app: Any) -> None:
    c = login(app, "anna")
    for url in ("/login", "/", "/sources", "/api/v1/me"):
        answer = c.get(url, follow_redirects=False)
        for name, value in SECURITY_HEADERS.items():
            assert answer.headers[name] == value, (url, name)
    assert c.get("/api/v1/me").headers["cache-control"] == "no-store"


def test_a_form_without_the_csrf_token_is_refused(app: Any) -> None:
    c = login(app, "beheer")
    answer = c.post("/users/lex/active", data={"active": "nee"})
    assert answer.status_code == 403
    assert "het formulier is verlopen of komt niet van deze site (CSRF-controle)" in answer.text
    wrong = c.post("/users/lex/active", data={"active": "nee", "csrf": "nagemaakt"})
    assert wrong.status_code == 403
    api = c.post("/api/v1/trends/x/decisions", json={"action": "accept", "version": "v"})
    assert api.status_code == 403
    assert api.json()["error"]["message"].endswith("(CSRF-controle)")
    assert user_store.get(app.state.store, "lex").active  # type: ignore[union-attr]
    # A login form from another site (no token of this session) does not sign anyone in.
    fresh = client(app)
    assert fresh.post("/login", data={"name": "anna", "password": PASSWORD}).status_code == 403


def test_wrong_passwords_are_rate_limited_per_name(app: Any) -> None:
    c = client(app)
    token = csrf_of(c.get("/login").text)
    for _ in range(5):
        answer = c.post("/login", data={"name": "bram", "password": "fout-fout-fout", "csrf": token})
        assert answer.status_code == 401
        assert "onbekende naam of onjuist wachtwoord" in answer.text
    blocked = c.post("/login", data={"name": "bram", "password": PASSWORD, "csrf": token})
    assert blocked.status_code == 429
    assert "te veel mislukte inlogpogingen; probeer het over een kwartier opnieuw" in blocked.text


def test_a_disabled_user_is_signed_out_at_once_and_cannot_log_in(app: Any, wb_store: Store) -> None:
    reader = login(app, "lex")
    assert reader.get("/sources").status_code == 200
    admin = login(app, "beheer")
    answer = admin.post(
        "/users/lex/active", data={"active": "nee", "csrf": admin.csrf}, follow_redirects=False
    )
    assert answer.status_code == 303
    assert reader.get("/sources", follow_redirects=False).status_code == 303  # to the login page
    c = client(app)
    token = csrf_of(c.get("/login").text)
    assert c.post("/login", data={"name": "lex", "password": PASSWORD, "csrf": token}).status_code == 401
    entry = audit.entries(wb_store, subject="lex")[0]
    assert (entry.actor, entry.action, entry.data) == ("beheer", "gebruiker uitgeschakeld", {"active": False})


def test_an_admin_adds_a_user_and_changes_the_role_and_the_log_says_who(app: Any, wb_store: Store) -> None:
    admin = login(app, "beheer")
    form = {
        "name": "kim",
        "full_name": "Kim de Boer",
        "role": "expert",
        "clearance": "intern",
        "password": "een-lang-wachtwoord",
        "csrf": admin.csrf,
    }
    assert admin.post("/users", data=form, follow_redirects=False).status_code == 303
    short = admin.post("/users", data={**form, "name": "kees", "password": "kort"})
    assert short.status_code == 400
    assert "wachtwoord te kort: minstens 10 tekens" in short.text
    answer = admin.post(
        "/users/kim/role",
        data={"role": "analist", "clearance": "openbaar", "csrf": admin.csrf},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    kim = user_store.get(wb_store, "kim")
    assert kim is not None and (kim.role.value, kim.clearance.value) == ("analist", "openbaar")
    log = [(e.actor, e.action, e.subject) for e in audit.entries(wb_store, actor="beheer")]
    assert ("beheer", "gebruiker toegevoegd", "kim") in log and ("beheer", "rol gewijzigd", "kim") in log
    assert login(app, "kim", "een-lang-wachtwoord").get("/api/v1/me").json()["role"] == "analist"


def test_after_login_only_a_local_next_page_is_followed(app: Any) -> None:
    c = client(app)
    token = csrf_of(c.get("/login?next=//evil.example/x").text)
    answer = c.post(
        "/login",
        data={"name": "anna", "password": PASSWORD, "csrf": token, "next": "https://evil.example/"},
        follow_redirects=False,
    )
    assert answer.headers["location"] == "/"
