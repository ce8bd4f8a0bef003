"""Users and the audit log (beheerder only)."""

from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from trendbeeld.errors import ConfigError, NotFound
from trendbeeld.model import AccessLevel
from trendbeeld.store import Store, audit
from trendbeeld.store import users as user_store
from trendbeeld.store.users import Role, User
from trendbeeld.web import auth
from trendbeeld.web.deps import Admin, Auditor, StoreDep
from trendbeeld.web.forms import submit
from trendbeeld.web.render import page

router = APIRouter(include_in_schema=False)


def _users_page(
    request: Request, store: Store, user: User, *, status: int = 200, problem: Exception | None = None
) -> Response:
    return page(
        request,
        "users.html",
        user,
        status=status,
        users=user_store.list_users(store),
        roles=list(Role),
        levels=list(AccessLevel),
        problem=problem,
    )


@router.get("/users", response_class=HTMLResponse)
def users(request: Request, store: StoreDep, user: Admin) -> Response:
    return _users_page(request, store, user)


@router.post("/users", response_class=HTMLResponse)
def add_user(
    request: Request,
    store: StoreDep,
    user: Admin,
    name: Annotated[str, Form()],
    full_name: Annotated[str, Form()],
    role: Annotated[str, Form()],
    clearance: Annotated[str, Form()],
    password: Annotated[str, Form()],
) -> Response:
    return submit(
        lambda: user_store.add(
            store,
            name.strip().casefold(),
            full_name=full_name,
            role=user_store.role_of(role),
            clearance=user_store.clearance_of(clearance),
            password_hash=auth.hash_password(password),
            actor=user.name,
        ),
        then="/users",
        again=partial(_users_page, request, store, user),
    )


@router.post("/users/{name}/role")
def set_role(
    store: StoreDep, user: Admin, name: str, role: Annotated[str, Form()], clearance: Annotated[str, Form()]
) -> Response:
    user_store.set_role(
        store,
        name,
        role=user_store.role_of(role),
        clearance=user_store.clearance_of(clearance),
        actor=user.name,
    )
    return RedirectResponse("/users", status_code=303)


@router.post("/users/{name}/active")
def set_active(store: StoreDep, user: Admin, name: str, active: Annotated[str, Form()]) -> Response:
    if name == user.name and active != "ja":
        raise ConfigError(
            "u kunt uw eigen account niet uitschakelen", hint="Laat een andere beheerder dit doen"
        )
    if user_store.get(store, name) is None:
        raise NotFound(f"gebruiker '{name}' bestaat niet", hint="Kies een gebruiker uit de lijst")
    user_store.set_active(store, name, active == "ja", actor=user.name)
    return RedirectResponse("/users", status_code=303)


@router.get("/audit", response_class=HTMLResponse)
def audit_log(request: Request, store: StoreDep, user: Auditor) -> Response:
    return page(request, "audit.html", user, entries=audit.entries(store))
