"""The expert panel (Delphi): analysts open and close rounds; experts rate; results and exports."""

from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from trendbeeld.errors import NotAllowed, NotFound
from trendbeeld.store import Store, audit
from trendbeeld.store import panel as panel_store
from trendbeeld.store.users import User
from trendbeeld.web import delphi
from trendbeeld.web.access import Permission, allowed
from trendbeeld.web.deps import Curator, CurrentUser, PanelLead, Rater, StoreDep
from trendbeeld.web.forms import submit
from trendbeeld.web.render import page

router = APIRouter(include_in_schema=False)


def panel_member(user: User) -> User:
    if not (allowed(user, Permission.RATE) or allowed(user, Permission.RUN_PANEL)):
        raise NotAllowed(
            "uw rol geeft geen toegang tot het expertpanel", hint="Vraag een beheerder om toegang"
        )
    return user


def _panel_page(
    request: Request, store: Store, user: User, *, status: int = 200, problem: Exception | None = None
) -> Response:
    lead = allowed(user, Permission.RUN_PANEL)
    trends = sorted(delphi.readable_trends(store, user).values(), key=lambda t: t.title) if lead else []
    return page(
        request,
        "panel.html",
        user,
        status=status,
        rounds=panel_store.rounds(store),
        trends=trends,
        lead=lead,
        scales=panel_store.DEFAULT_SCALES,
        labels=panel_store.CRITERION_LABELS,
        rule=panel_store.CONSENSUS_RULE,
        problem=problem,
    )


@router.get("/panel", response_class=HTMLResponse)
def panel(request: Request, store: StoreDep, user: CurrentUser) -> Response:
    return _panel_page(request, store, panel_member(user))


@router.post("/panel/rounds", response_class=HTMLResponse)
def open_round(
    request: Request,
    store: StoreDep,
    user: PanelLead,
    title: Annotated[str, Form()] = "",
    trend_ids: Annotated[list[str] | None, Form()] = None,
    previous: Annotated[str, Form()] = "",
    impact: Annotated[int, Form()] = 5,
    likelihood: Annotated[int, Form()] = 5,
    horizon: Annotated[int, Form()] = 3,
) -> Response:
    readable = delphi.readable_trends(store, user)
    chosen = list(trend_ids or [])
    if any(t not in readable for t in chosen):
        raise NotFound(
            "een gekozen trend bestaat niet of u hebt er geen toegang toe", hint="Kies uit de lijst"
        )
    scales = {"impact": (1, impact), "likelihood": (1, likelihood), "horizon": (1, horizon)}
    return submit(
        lambda: panel_store.open_round(
            store,
            title=title,
            trend_ids=chosen,
            actor=user.name,
            scales=None if previous else scales,
            previous=previous or None,
        ),
        then=lambda opened: f"/panel/rounds/{opened.id}",
        again=partial(_panel_page, request, store, user),
    )


def _round_page(
    request: Request,
    store: Store,
    user: User,
    round_id: str,
    *,
    status: int = 200,
    problem: Exception | None = None,
    message: str | None = None,
) -> Response:
    seen = delphi.view(store, user, round_id)
    return page(
        request,
        "round.html",
        user,
        status=status,
        view=seen,
        labels=panel_store.CRITERION_LABELS,
        criteria=panel_store.CRITERIA,
        rule=panel_store.CONSENSUS_RULE,
        problem=problem,
        message=message,
        lead=allowed(user, Permission.RUN_PANEL),
        rater=allowed(user, Permission.RATE),
    )


@router.get("/panel/rounds/{round_id}", response_class=HTMLResponse)
def round_page(
    request: Request,
    store: StoreDep,
    user: CurrentUser,
    round_id: str,
    done: str | None = None,
    applied: int | None = None,
) -> Response:
    member = panel_member(user)
    message = "uw oordeel is opgeslagen" if done else None
    if applied is not None:
        message = f"de horizon van {applied} trends komt nu uit het panel"
    return _round_page(request, store, member, round_id, message=message)


@router.post("/panel/rounds/{round_id}/ratings", response_class=HTMLResponse)
def rate(
    request: Request,
    store: StoreDep,
    user: Rater,
    round_id: str,
    trend_id: Annotated[str, Form()],
    impact: Annotated[int, Form()],
    likelihood: Annotated[int, Form()],
    horizon: Annotated[int, Form()],
    comment: Annotated[str, Form()] = "",
) -> Response:
    if trend_id not in delphi.readable_trends(store, user):
        raise NotFound(
            "deze trend bestaat niet of u hebt er geen toegang toe", hint="Kies een trend uit de ronde"
        )
    return submit(
        lambda: panel_store.rate(
            store,
            round_id,
            trend_id,
            expert=user.name,
            comment=comment,
            scores={"impact": impact, "likelihood": likelihood, "horizon": horizon},
        ),
        then=f"/panel/rounds/{round_id}?done=1#t-{trend_id}",
        again=partial(_round_page, request, store, user, round_id),
    )


@router.post("/panel/rounds/{round_id}/close")
def close(store: StoreDep, user: PanelLead, round_id: str) -> Response:
    panel_store.close_round(store, round_id, actor=user.name)
    return RedirectResponse(f"/panel/rounds/{round_id}", status_code=303)


@router.post("/panel/rounds/{round_id}/apply", response_class=HTMLResponse)
def apply(request: Request, store: StoreDep, user: Curator, round_id: str) -> Response:
    """The panel result feeds the trends: each rated trend's horizon records the panel's median."""
    done = delphi.apply(store, panel_member(user), round_id)
    audit.log(store, user.name, "paneluitkomst overgenomen", round_id, trends=done)
    return RedirectResponse(f"/panel/rounds/{round_id}?applied={done}", status_code=303)


@router.get("/panel/rounds/{round_id}/export.csv")
def export_csv(store: StoreDep, user: PanelLead, round_id: str) -> Response:
    body = delphi.as_csv(delphi.view(store, user, round_id))
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="panelronde-{round_id}.csv"'},
    )


@router.get("/panel/rounds/{round_id}/export.json")
def export_json(store: StoreDep, user: PanelLead, round_id: str) -> Response:
    body = delphi.as_json(delphi.view(store, user, round_id))
    return Response(
        body,
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="panelronde-{round_id}.json"'},
    )
