"""Rendering the Dutch pages: one Jinja environment, the navigation by role, labels for enums."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from trendbeeld.labels import LABELS, number
from trendbeeld.model import EvidenceStrength, Trend
from trendbeeld.store.users import User
from trendbeeld.trends import signals
from trendbeeld.web.access import Permission, allowed, reading_level
from trendbeeld.web.deps import csrf_token

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
TEMPLATES.env.globals.update(
    number=number,
    zip=zip,
    options=lambda members: [(m.value, LABELS.get(m, m.value)) for m in members],
)
TEMPLATES.env.filters["label"] = lambda value: LABELS.get(value, str(value)) if value is not None else ""


def _support(strength: EvidenceStrength) -> str:
    """A trend's source count as the edition and the CLI show it (``signals.describe``)."""
    return signals.describe(signals.support_of(strength))


def _direction(trend: Trend) -> str:
    """A trend's direction as every view shows it: "wisselend" when its evidence conflicts."""
    shown = signals.shown_direction(trend)
    return shown[1] if shown else ""


TEMPLATES.env.filters["support"] = _support
TEMPLATES.env.filters["direction"] = _direction

MENU = (
    ("/", "Overzicht", None),
    ("/sources", "Bronnen", Permission.BROWSE),
    ("/evidence", "Bewijs", Permission.BROWSE),
    ("/search", "Zoeken", Permission.BROWSE),
    ("/trends", "Trends", Permission.BROWSE),
    ("/routemap", "Routekaart", Permission.BROWSE),
    ("/editions", "Edities", Permission.BROWSE),
    ("/panel", "Expertpanel", None),
    ("/users", "Gebruikers", Permission.MANAGE_USERS),
    ("/audit", "Logboek", Permission.READ_AUDIT),
)


def menu(user: User | None) -> list[tuple[str, str]]:
    if user is None:
        return []
    panel = allowed(user, Permission.RATE) or allowed(user, Permission.RUN_PANEL)
    return [
        (href, text)
        for href, text, permission in MENU
        if (permission is None and (href != "/panel" or panel)) or (permission and allowed(user, permission))
    ]


def page(
    request: Request, template: str, user: User | None, *, status: int = 200, **context: Any
) -> HTMLResponse:
    """Render ``template`` with what every page needs (user, menu, CSRF token, current path)."""
    context.update(
        user=user,
        menu=menu(user),
        csrf=csrf_token(request),
        current=request.url.path,
        level=reading_level(user) if user else None,
        can=lambda name: allowed(user, Permission(name)),
    )
    return TEMPLATES.TemplateResponse(request, template, context, status_code=status)
