"""Curation pages: candidate trends with their evidence; accept, reject, rename, attributes, trend box."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from trendbeeld.errors import ConfigError, Conflict, NotAllowed, NotFound, TrendbeeldError
from trendbeeld.labels import label
from trendbeeld.model import Change, Impact, TrendStatus, evidence_id
from trendbeeld.trends import curation
from trendbeeld.web import curating
from trendbeeld.web.access import reading_level
from trendbeeld.web.deps import Browser, Curator, StoreDep
from trendbeeld.web.render import page

router = APIRouter(include_in_schema=False)
ACTIONS = {  # what the page says after a decision; the status words are labels.py's
    "accept": label(TrendStatus.ACCEPTED),
    "reject": label(TrendStatus.REJECTED),
    "rename": "hernoemd",
    "attributes": "kenmerken opgeslagen",
    "merge": label(TrendStatus.MERGED),
    "split": "gesplitst; dit is de nieuwe trend",
}


@router.get("/trends", response_class=HTMLResponse)
def trends(request: Request, store: StoreDep, user: Browser, status: str | None = None) -> Response:
    try:
        wanted = TrendStatus(status) if status else None
    except ValueError:
        raise ConfigError(f"onbekende status '{status}'", hint="Kies een status uit de lijst") from None
    found = curation.list_trends(store, access=reading_level(user), status=wanted)
    options = [(s.value, text) for s, text in curation.STATUS_LABELS.items()]
    return page(
        request,
        "trends.html",
        user,
        trends=found,
        statuses=curation.STATUS_LABELS,
        status_options=options,
        chosen=status or "",
    )


def _trend_page(
    request: Request,
    store: StoreDep,
    user: Browser,
    trend_id: str,
    *,
    status: int = 200,
    message: str | None = None,
    problem: TrendbeeldError | None = None,
) -> Response:
    seen = curating.view(store, user, trend_id)
    return page(
        request,
        "trend.html",
        user,
        status=status,
        view=seen,
        values=curating.current_values(seen.trend),
        statuses=curation.STATUS_LABELS,
        changes=list(Change),
        impacts=list(Impact),
        message=message,
        problem=problem,
        history=curation.history(store, seen.trend.id),
        curve=curating.signal_curve(seen.evidence, seen.sources),
        curve_size=(curating.CURVE_WIDTH, curating.CURVE_HEIGHT, curating.CURVE_BAR),
        others=[t for t in curation.list_trends(store, access=reading_level(user)) if t.id != seen.trend.id],
        evidence_id=evidence_id,
    )


@router.get("/trends/{trend_id}", response_class=HTMLResponse)
def trend(
    request: Request, store: StoreDep, user: Browser, trend_id: str, done: str | None = None
) -> Response:
    return _trend_page(request, store, user, trend_id, message=ACTIONS.get(done or ""))


OptionalField = Annotated[str | None, Form()]


@router.post("/trends/{trend_id}/{action}", response_class=HTMLResponse)
def decide(
    request: Request,
    store: StoreDep,
    user: Curator,
    trend_id: str,
    action: str,
    version: Annotated[str, Form()],
    title: OptionalField = None,
    note: OptionalField = None,
    direction: OptionalField = None,
    impact: OptionalField = None,
    horizon: OptionalField = None,
    summary: OptionalField = None,
    international: OptionalField = None,
    national: OptionalField = None,
    meaning: OptionalField = None,
    other: OptionalField = None,
    evidence: Annotated[list[str] | None, Form()] = None,
) -> Response:
    given = {
        "title": title,
        "note": note,
        "direction": direction,
        "impact": impact,
        "horizon": horizon,
        "summary": summary,
        "international": international,
        "national": national,
        "meaning": meaning,
        "other": other,
        "evidence": ",".join(evidence) if evidence else None,
    }
    values = {k: v for k, v in given.items() if v is not None}
    try:
        shown = curating.decide(store, user, trend_id, version, action, values)
    except (NotFound, NotAllowed):
        raise
    except TrendbeeldError as exc:  # a conflict, or a decision the library refuses: say why
        code = 409 if isinstance(exc, Conflict) else 400
        return _trend_page(request, store, user, trend_id, status=code, problem=exc)
    return RedirectResponse(f"/trends/{shown}?done={action}", status_code=303)
