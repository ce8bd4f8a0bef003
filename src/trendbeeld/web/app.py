"""The FastAPI application: pages, the JSON API under /api/v1, sessions, CSRF and error shapes."""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from pathlib import Path

import anyio.to_thread
from fastapi import Depends, FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.sessions import SessionMiddleware

from trendbeeld import __version__
from trendbeeld.errors import ConfigError, Conflict, NotAllowed, NotFound, StoreError, TrendbeeldError
from trendbeeld.store import Store, browse
from trendbeeld.web import auth
from trendbeeld.web.deps import SignInNeeded, check_csrf, optional_user
from trendbeeld.web.jobs import Jobs
from trendbeeld.web.render import page

API_PREFIX = "/api/v1"
SECRET_ENV = "TRENDBEELD_SECRET"
SESSION_COOKIE = "trendbeeld_sessie"
SESSION_HOURS = 8
EDITION_STATIC = Path(__file__).parents[1] / "publish" / "static"
WORKBENCH_STATIC = Path(__file__).parent / "static"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
# Requests one worker process runs at once in its thread pool (anyio's default is 40): they share
# one interpreter lock, so more threads only take turns more often; the rest wait their turn.
REQUEST_THREADS = 8
STATUS = {NotFound: 404, Conflict: 409, ConfigError: 400, SignInNeeded: 401, NotAllowed: 403, StoreError: 503}


def create_app(
    store: Store,
    *,
    secret: str | None = None,
    secure_cookies: bool = True,
    taxonomy: str = "nationaal",
    editions_dir: str | Path = "out/werkbank",
) -> FastAPI:
    """The workbench over ``store``. Sessions are signed with ``secret`` (else TRENDBEELD_SECRET,
    else a random key: sessions then end when the server stops)."""
    from trendbeeld.web.routes import ROUTERS

    app = FastAPI(
        title="trendbeeld-werkbank",
        description="De werkbank van trendbeeld: bronnen, bewijs, trends en het expertpanel.",
        version=__version__,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(check_csrf)],
        lifespan=_lifespan,
    )
    with suppress(StoreError):  # another process holds the write lock: the old statistics serve
        browse.refresh_statistics(store)  # the planner's row counts, for the browser's indexes
    app.state.store = store
    app.state.limiter = auth.LoginLimiter()
    app.state.taxonomy_name = taxonomy  # for analysts' theme corrections, route map and editions
    app.state.editions_dir = str(editions_dir)  # where editions built in the workbench are written
    app.state.jobs = Jobs()
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret or os.environ.get(SECRET_ENV) or secrets.token_urlsafe(32),
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_HOURS * 3600,
        same_site="strict",
        https_only=secure_cookies,
    )
    app.middleware("http")(_security_headers)
    app.mount("/static/edition", StaticFiles(directory=EDITION_STATIC), name="edition-static")
    app.mount("/static/workbench", StaticFiles(directory=WORKBENCH_STATIC), name="workbench-static")
    for router in ROUTERS:
        app.include_router(router)
    app.add_exception_handler(TrendbeeldError, _library_error)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _invalid_request)  # type: ignore[arg-type]
    return app


@asynccontextmanager
async def _lifespan(_app: FastAPI) -> AsyncIterator[None]:
    anyio.to_thread.current_default_thread_limiter().total_tokens = REQUEST_THREADS
    yield


async def _security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.url.path.startswith(API_PREFIX) or request.session.get("user"):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX)


def error_body(status: int, message: str, hint: str | None) -> dict[str, object]:
    """The one JSON error shape of the API."""
    return {"error": {"status": status, "message": message, "hint": hint}}


def _answer(request: Request, status: int, message: str, hint: str | None) -> Response:
    if _is_api(request):
        return JSONResponse(error_body(status, message, hint), status_code=status)
    if status == 401:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={_quote(target)}", status_code=303)
    store: Store = request.app.state.store
    user = optional_user(request, store)
    return page(request, "error.html", user, status=status, message=message, hint=hint, code=status)


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/")


async def _library_error(request: Request, exc: TrendbeeldError) -> Response:
    status = next((code for kind, code in STATUS.items() if isinstance(exc, kind)), 400)
    return _answer(request, status, exc.message, exc.hint)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    messages = {404: "deze pagina bestaat niet", 405: "deze handeling kan hier niet"}
    message = messages.get(exc.status_code, str(exc.detail))
    return _answer(request, exc.status_code, message, None)


async def _invalid_request(request: Request, exc: RequestValidationError) -> Response:
    fields = ", ".join(".".join(str(p) for p in e.get("loc", ())[1:]) for e in exc.errors())
    return _answer(request, 422, f"ongeldige invoer: {fields or 'verzoek'}", "Controleer de ingevulde velden")


def endpoints(app: FastAPI) -> list[tuple[str, str]]:
    """Every (method, path) the app answers, static files aside: the list the role tests walk."""
    found: set[tuple[str, str]] = set()
    for route in app.routes:
        contexts = route.effective_route_contexts() if hasattr(route, "effective_route_contexts") else [route]
        for context in contexts:
            methods = getattr(context, "methods", None) or ()
            path = str(getattr(context, "path", ""))
            found.update((m, path) for m in methods if m != "HEAD")
    return sorted(found)
