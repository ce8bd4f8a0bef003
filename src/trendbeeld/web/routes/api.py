"""The JSON API under /api/v1, described by OpenAPI at /api/v1/openapi.json.

The same session as the pages signs a caller in; a state-changing call sends the session's CSRF
token in the ``X-CSRF-Token`` header (``GET /api/v1/me`` hands it out). Every answer is bounded by
the caller's reading level, as the pages are.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel

from trendbeeld.errors import NotFound
from trendbeeld.model import Evidence, SourceType, Trend, evidence_id
from trendbeeld.publish import exports
from trendbeeld.records import attributes, trend_fields
from trendbeeld.store import audit, browse
from trendbeeld.store import search as search_store
from trendbeeld.store import sources as source_store
from trendbeeld.store import users as user_store
from trendbeeld.store.users import User
from trendbeeld.trends import curation
from trendbeeld.web import curating
from trendbeeld.web.access import MATRIX, reading_level
from trendbeeld.web.deps import (
    Admin,
    Auditor,
    Browser,
    Curator,
    CurrentUser,
    PanelLead,
    Rater,
    StoreDep,
    csrf_token,
)
from trendbeeld.web.routes.sources import filters_from

router = APIRouter(prefix="/api/v1", tags=["api"])


class ErrorDetail(BaseModel):
    status: int
    message: str
    hint: str | None


class ErrorOut(BaseModel):
    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 404, 409, 422)
}


class MeOut(BaseModel):
    name: str
    full_name: str
    role: str
    clearance: str
    reading_level: str
    permissions: list[str]
    csrf_token: str


class SourceOut(BaseModel):
    id: str
    origin: str
    type: str
    title: str
    publisher: str | None
    date: date | None
    url: str | None
    region: str | None
    access: str
    n_evidence: int | None = None


class EvidenceOut(BaseModel):
    id: str
    kind: str
    source_id: str
    start: int
    end: int
    page: int | None
    text: str
    data: dict[str, Any]


class SourceDetailOut(SourceOut):
    text: str
    evidence: list[EvidenceOut]


class EvidencePageOut(BaseModel):
    total: int | None  # only with count=true
    more: bool
    offset: int
    items: list[EvidenceOut]


class HitOut(BaseModel):
    source_id: str
    title: str
    start: int
    end: int
    page: int | None
    text: str


class TrendOut(BaseModel):
    id: str
    title: str
    theme: str | None
    status: str
    direction: str | None
    impact: str | None
    horizon: str | None
    summary: str
    international: str
    national: str
    meaning: str
    evidence_ids: list[str]


class TrendDetailOut(TrendOut):
    version: str
    evidence: list[EvidenceOut]


class DecisionIn(BaseModel):
    action: str  # accept, reject, rename, attributes
    version: str
    values: dict[str, str] = {}


class UserOut(BaseModel):
    name: str
    full_name: str
    role: str
    clearance: str
    active: bool


class AuditOut(BaseModel):
    id: int
    at: datetime
    actor: str
    action: str
    subject: str
    data: dict[str, Any]


def _evidence(item: Evidence) -> EvidenceOut:
    return EvidenceOut(
        id=evidence_id(item),
        kind=item.kind.value,
        source_id=item.span.source_id,
        start=item.span.start,
        end=item.span.end,
        page=item.page,
        text=item.text,
        data=attributes(item),
    )


def _trend(trend: Trend) -> dict[str, Any]:
    return {
        **trend_fields(trend),
        "international": trend.international,
        "national": trend.national,
        "meaning": trend.meaning,
        "evidence_ids": list(trend.evidence_ids),
    }


def _user(user: User) -> UserOut:
    return UserOut(
        name=user.name,
        full_name=user.full_name,
        role=user.role.value,
        clearance=user.clearance.value,
        active=user.active,
    )


@router.get("/me", responses=ERRORS)
def me(request: Request, user: CurrentUser) -> MeOut:
    return MeOut(
        name=user.name,
        full_name=user.full_name,
        role=user.role.value,
        clearance=user.clearance.value,
        reading_level=reading_level(user).value,
        permissions=sorted(MATRIX[user.role]),
        csrf_token=csrf_token(request),
    )


@router.get("/sources", responses=ERRORS)
def sources(store: StoreDep, user: Browser, type: SourceType | None = None) -> list[SourceOut]:
    found = source_store.list_sources(store, access=reading_level(user), types=[type] if type else None)
    return [
        SourceOut(
            id=s.id,
            origin=s.origin,
            type=s.meta.type.value,
            title=s.meta.title,
            publisher=s.meta.publisher,
            date=s.meta.date,
            url=s.meta.url,
            region=s.meta.region,
            access=s.meta.access.value,
            n_evidence=s.n_evidence,
        )
        for s in found
    ]


@router.get("/sources/{source_id}", responses=ERRORS)
def source(store: StoreDep, user: Browser, source_id: str) -> SourceDetailOut:
    from trendbeeld.store import evidence as evidence_store

    level = reading_level(user)
    found = source_store.get(store, source_id, access=level)
    if found is None:
        raise NotFound("deze bron bestaat niet of u hebt er geen toegang toe", hint="Zie GET /api/v1/sources")
    items = evidence_store.list_evidence(store, access=level, source_ids=[found.id])
    m = found.meta
    return SourceDetailOut(
        id=found.id,
        origin=found.origin,
        type=m.type.value,
        title=m.title,
        publisher=m.publisher,
        date=m.date,
        url=m.url,
        region=m.region,
        access=m.access.value,
        n_evidence=len(items),
        text=found.text,
        evidence=[_evidence(i) for i in items],
    )


@router.get("/evidence", responses=ERRORS)
def evidence(
    store: StoreDep,
    user: Browser,
    kind: str | None = None,
    type: str | None = None,
    theme: str | None = None,
    region: str | None = None,
    start: Annotated[str | None, Query(alias="van")] = None,
    end: Annotated[str | None, Query(alias="tot")] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = browse.PAGE_SIZE,
    count: bool = False,
) -> EvidencePageOut:
    chosen = filters_from(kind, type, theme, region, start, end)
    found = browse.find_evidence(
        store, access=reading_level(user), filters=chosen, offset=offset, limit=limit, count=count
    )
    items = [_evidence(i) for i, _, _ in found.items]
    return EvidencePageOut(total=found.total, more=found.more, offset=offset, items=items)


@router.get("/search", responses=ERRORS)
def search(
    store: StoreDep, user: Browser, q: str, limit: Annotated[int, Query(ge=1, le=200)] = 20
) -> list[HitOut]:
    hits = search_store.search(store, q, access=reading_level(user), limit=limit)
    return [
        HitOut(source_id=h.source_id, title=h.title, start=h.start, end=h.end, page=h.page, text=h.text)
        for h in hits
    ]


@router.get("/trends", responses=ERRORS)
def trends(store: StoreDep, user: Browser) -> list[TrendOut]:
    return [TrendOut(**_trend(t)) for t in curation.list_trends(store, access=reading_level(user))]


@router.get("/trends/{trend_id}", responses=ERRORS)
def trend(store: StoreDep, user: Browser, trend_id: str) -> TrendDetailOut:
    seen = curating.view(store, user, trend_id)
    return TrendDetailOut(
        **_trend(seen.trend), version=seen.version, evidence=[_evidence(e) for e in seen.evidence]
    )


@router.post("/trends/{trend_id}/decisions", responses=ERRORS)
def decide(store: StoreDep, user: Curator, trend_id: str, body: DecisionIn) -> TrendDetailOut:
    shown = curating.decide(store, user, trend_id, body.version, body.action, body.values)
    seen = curating.view(store, user, shown)
    return TrendDetailOut(
        **_trend(seen.trend), version=seen.version, evidence=[_evidence(e) for e in seen.evidence]
    )


@router.get("/users", responses=ERRORS)
def users(store: StoreDep, user: Admin) -> list[UserOut]:
    return [_user(u) for u in user_store.list_users(store)]


@router.get("/audit", responses=ERRORS)
def audit_log(
    store: StoreDep, user: Auditor, limit: Annotated[int, Query(ge=1, le=1000)] = 200
) -> list[AuditOut]:
    return [
        AuditOut(id=e.id, at=e.at, actor=e.actor, action=e.action, subject=e.subject, data=e.data)
        for e in audit.entries(store, limit=limit)
    ]


class RoundOut(BaseModel):
    id: str
    title: str
    number: int
    previous: str | None
    state: str
    scales: dict[str, list[int]]
    trend_ids: list[str]


class RatingIn(BaseModel):
    trend_id: str
    impact: int
    likelihood: int
    horizon: int
    comment: str = ""


@router.get("/panel/rounds", responses=ERRORS)
def panel_rounds(store: StoreDep, user: CurrentUser) -> list[RoundOut]:
    from trendbeeld.store import panel as panel_store
    from trendbeeld.web import delphi
    from trendbeeld.web.routes.panel import panel_member

    readable = delphi.readable_trends(store, panel_member(user))
    return [
        RoundOut(
            id=r.id,
            title=r.title,
            number=r.number,
            previous=r.previous,
            state=r.state.value,
            scales={k: list(v) for k, v in r.scales.items()},
            trend_ids=[t for t in r.trend_ids if t in readable],
        )
        for r in panel_store.rounds(store)
    ]


@router.get("/panel/rounds/{round_id}/results", responses=ERRORS)
def panel_results(store: StoreDep, user: PanelLead, round_id: str) -> dict[str, Any]:
    import json

    from trendbeeld.web import delphi

    loaded: dict[str, Any] = json.loads(delphi.as_json(delphi.view(store, user, round_id)))
    return loaded


@router.post("/panel/rounds/{round_id}/ratings", responses=ERRORS)
def panel_rate(store: StoreDep, user: Rater, round_id: str, body: RatingIn) -> dict[str, Any]:
    from trendbeeld.store import panel as panel_store
    from trendbeeld.web import delphi

    if body.trend_id not in delphi.readable_trends(store, user):
        raise NotFound(
            "deze trend bestaat niet of u hebt er geen toegang toe", hint="Zie GET /api/v1/panel/rounds"
        )
    rating = panel_store.rate(
        store,
        round_id,
        body.trend_id,
        expert=user.name,
        comment=body.comment,
        scores={"impact": body.impact, "likelihood": body.likelihood, "horizon": body.horizon},
    )
    return {
        "round_id": rating.round_id,
        "trend_id": rating.trend_id,
        "scores": rating.scores,
        "comment": rating.comment,
    }


@router.get("/exports/{file_name}", responses=ERRORS)
def export(store: StoreDep, user: Browser, file_name: str) -> Response:
    """``evidence``, ``trends`` or ``series`` as ``.csv``, ``.json`` or ``.parquet``, by reading level."""
    dataset, _, fmt = file_name.partition(".")
    body = exports.encode(exports.rows(store, dataset, access=reading_level(user)), fmt)
    return Response(
        body,
        media_type=exports.MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{dataset}.{fmt}"'},
    )
