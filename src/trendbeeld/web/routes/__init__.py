"""One module per resource; each exposes ``router``. The API lives in ``api``."""

from __future__ import annotations

from fastapi import APIRouter

from trendbeeld.web.routes import api, editions, panel, sources, users
from trendbeeld.web.routes import auth as auth_routes
from trendbeeld.web.routes import routemap as routemap_routes
from trendbeeld.web.routes import trends as trend_routes

ROUTERS: tuple[APIRouter, ...] = (
    auth_routes.router,
    sources.router,
    trend_routes.router,
    users.router,
    panel.router,
    editions.router,
    routemap_routes.router,
    api.router,
)
