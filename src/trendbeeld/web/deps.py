"""Typed dependencies of the routes: the store, the signed-in user, permissions and CSRF."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request

from trendbeeld.errors import NotAllowed
from trendbeeld.model import AccessLevel
from trendbeeld.store import Store
from trendbeeld.store import users as user_store
from trendbeeld.store.users import User
from trendbeeld.web import auth
from trendbeeld.web.access import Permission, allowed, reading_level

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
SESSION_USER = "user"
SESSION_CSRF = "csrf"


class SignInNeeded(NotAllowed):
    """Nobody is signed in: pages send the visitor to the login page, the API answers 401."""


def local_path(target: str | None, default: str = "/") -> str:
    """Only a path on this site (never //host or a URL) is followed after a form."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


# The cheap dependencies are coroutines: FastAPI runs a plain function in a worker thread, and a
# thread hop per dependency per request costs more than the check itself under load.


async def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use."""
    token = request.session.get(SESSION_CSRF)
    if not token:
        token = auth.new_token()
        request.session[SESSION_CSRF] = token
    return str(token)


def optional_user(request: Request, store: StoreDep) -> User | None:
    name = request.session.get(SESSION_USER)
    if not name:
        return None
    user = user_store.get(store, str(name))
    if user is None or not user.active:  # disabled since signing in: the session ends now
        request.session.clear()
        return None
    return user


OptionalUser = Annotated[User | None, Depends(optional_user)]


def signed_in(user: User | None) -> User:
    """``user``, or SignInNeeded when nobody is signed in."""
    if user is None:
        raise SignInNeeded("u bent niet ingelogd", hint="Log in om verder te gaan")
    return user


async def current_user(user: OptionalUser) -> User:
    return signed_in(user)


CurrentUser = Annotated[User, Depends(current_user)]


def require(permission: Permission) -> Callable[[User], Awaitable[User]]:
    """A dependency that lets only users whose role has ``permission`` through."""

    async def check(user: CurrentUser) -> User:
        if not allowed(user, permission):
            raise NotAllowed(
                "uw rol geeft geen toegang tot deze pagina",
                hint="Vraag een beheerder om een andere rol als u dit nodig hebt",
            )
        return user

    return check


Browser = Annotated[User, Depends(require(Permission.BROWSE))]
Curator = Annotated[User, Depends(require(Permission.CURATE))]
PanelLead = Annotated[User, Depends(require(Permission.RUN_PANEL))]
Rater = Annotated[User, Depends(require(Permission.RATE))]
Admin = Annotated[User, Depends(require(Permission.MANAGE_USERS))]
Auditor = Annotated[User, Depends(require(Permission.READ_AUDIT))]


def level(user: User) -> AccessLevel:
    return reading_level(user)


async def check_csrf(request: Request) -> None:
    """Every state-changing request carries the session's token (form field or header)."""
    if request.method in SAFE_METHODS:
        return
    given = request.headers.get(CSRF_HEADER)
    if given is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        given = value if isinstance(value, str) else None
    if not auth.same_token(request.session.get(SESSION_CSRF), given):
        raise NotAllowed(
            "het formulier is verlopen of komt niet van deze site (CSRF-controle)",
            hint="Laad de pagina opnieuw en probeer het nog eens",
        )
