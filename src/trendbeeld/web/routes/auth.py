"""Logging in and out, and the overview page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from trendbeeld.store import audit, browse
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import users as user_store
from trendbeeld.web import auth
from trendbeeld.web.access import Permission, allowed, reading_level
from trendbeeld.web.deps import SESSION_CSRF, SESSION_USER, OptionalUser, StoreDep, local_path, signed_in
from trendbeeld.web.render import page

router = APIRouter(include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, user: OptionalUser, next: str = "/") -> Response:
    if user is not None:
        return RedirectResponse(local_path(next), status_code=303)
    return page(request, "login.html", None, next=local_path(next), error=None, name="")


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    store: StoreDep,
    name: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
) -> Response:
    limiter: auth.LoginLimiter = request.app.state.limiter
    client = f"adres:{request.client.host if request.client else '?'}"
    keys = (f"naam:{name.strip().casefold()}", client)
    if limiter.blocked(*keys):
        message = "te veel mislukte inlogpogingen; probeer het over een kwartier opnieuw"
        return page(request, "login.html", None, status=429, next=local_path(next), error=message, name=name)
    user = user_store.get(store, name.strip().casefold())
    valid = auth.verify_password(user.password_hash if user else None, password)
    if user is None or not valid or not user.active:
        limiter.failed(*keys)
        return page(
            request,
            "login.html",
            None,
            status=401,
            next=local_path(next),
            error="onbekende naam of onjuist wachtwoord, of het account is uitgeschakeld",
            name=name,
        )
    limiter.succeeded(*keys)
    request.session.clear()  # a fresh session (and CSRF token) at every login
    request.session[SESSION_USER] = user.name
    request.session[SESSION_CSRF] = auth.new_token()
    audit.log(store, user.name, "ingelogd", user.name)
    return RedirectResponse(local_path(next), status_code=303)


@router.post("/logout")
def logout(request: Request, store: StoreDep, user: OptionalUser) -> Response:
    if user is not None:
        audit.log(store, user.name, "uitgelogd", user.name)
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, store: StoreDep, user: OptionalUser) -> Response:
    current = signed_in(user)
    counts: dict[str, int] = {}
    n_sources = 0
    if allowed(current, Permission.BROWSE):
        counts = evidence_store.count_by_kind(store, access=reading_level(current))
        n_sources = browse.count_sources(store, access=reading_level(current))
    return page(request, "overview.html", current, counts=counts, n_sources=n_sources)
