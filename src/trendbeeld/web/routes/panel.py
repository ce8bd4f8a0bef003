"""The expert panel (Delphi): rounds on a set of trends, ratings, group results and exports."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from trendbeeld.errors import NotAllowed
from trendbeeld.web.access import Permission, allowed
from trendbeeld.web.deps import CurrentUser
from trendbeeld.web.render import page

router = APIRouter(include_in_schema=False)


@router.get("/panel", response_class=HTMLResponse)
def panel(request: Request, user: CurrentUser) -> Response:
    if not (allowed(user, Permission.RATE) or allowed(user, Permission.RUN_PANEL)):
        raise NotAllowed(
            "uw rol geeft geen toegang tot het expertpanel", hint="Vraag een beheerder om toegang"
        )
    return page(request, "panel.html", user, rounds=[])
