"""The evidence browser: sources with metadata, a source's text with its evidence, evidence, search."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from trendbeeld.errors import ConfigError, NotFound
from trendbeeld.model import EvidenceKind, SourceType, evidence_id
from trendbeeld.store import audit, browse
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import search as search_store
from trendbeeld.store import sources as source_store
from trendbeeld.web.access import reading_level
from trendbeeld.web.deps import Browser, Curator, StoreDep, local_path
from trendbeeld.web.highlight import pieces
from trendbeeld.web.render import page

router = APIRouter(include_in_schema=False)


def parse_date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value if len(value) > 4 else f"{value}-01-01")
    except ValueError:
        raise ConfigError(
            f"ongeldige datum bij '{name}': {value}", hint="Schrijf JJJJ of JJJJ-MM-DD"
        ) from None


def filters_from(
    kind: str | None,
    type_: str | None,
    theme: str | None,
    region: str | None,
    start: str | None,
    end: str | None,
) -> browse.Filters:
    try:
        kinds = (EvidenceKind(kind),) if kind else ()
        types = (SourceType(type_),) if type_ else ()
    except ValueError as exc:
        raise ConfigError(f"onbekend filter: {exc}", hint="Kies een waarde uit de lijst") from None
    to = parse_date(end, "tot")
    if end and len(end) == 4 and to:
        to = date(to.year, 12, 31)
    return browse.Filters(kinds, types, theme or None, region or None, parse_date(start, "van"), to)


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, store: StoreDep, user: Browser, type: str | None = None) -> Response:
    try:
        types = [SourceType(type)] if type else None
    except ValueError:
        raise ConfigError(f"onbekend brontype '{type}'", hint="Kies een type uit de lijst") from None
    found = source_store.list_sources(store, access=reading_level(user), types=types)
    return page(request, "sources.html", user, sources=found, types=list(SourceType), chosen=type)


@router.get("/sources/{source_id}", response_class=HTMLResponse)
def source(request: Request, store: StoreDep, user: Browser, source_id: str) -> Response:
    level = reading_level(user)
    found = source_store.get(store, source_id, access=level)
    if found is None:
        raise NotFound(
            "deze bron bestaat niet of u hebt er geen toegang toe", hint="Kies een bron uit de lijst"
        )
    items = evidence_store.list_evidence(store, access=level, source_ids=[found.id])
    return page(
        request,
        "source.html",
        user,
        source=found,
        items=items,
        pieces=pieces(found.text, items, found.pages),
        evidence_id=evidence_id,
    )


@router.get("/evidence", response_class=HTMLResponse)
def evidence(
    request: Request,
    store: StoreDep,
    user: Browser,
    kind: str | None = None,
    type: str | None = None,
    theme: str | None = None,
    region: str | None = None,
    start: Annotated[str | None, Query(alias="van")] = None,
    end: Annotated[str | None, Query(alias="tot")] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    level = reading_level(user)
    chosen = filters_from(kind, type, theme, region, start, end)
    found = browse.find_evidence(store, access=level, filters=chosen, offset=offset)
    return page(
        request,
        "evidence.html",
        user,
        found=found,
        offset=offset,
        page_size=browse.PAGE_SIZE,
        kinds=list(EvidenceKind),
        types=list(SourceType),
        themes=browse.themes(store, access=level),
        regions=browse.regions(store, access=level),
        evidence_id=evidence_id,
        chosen={
            "kind": kind or "",
            "type": type or "",
            "theme": theme or "",
            "region": region or "",
            "van": start or "",
            "tot": end or "",
        },
        taxonomy=request.app.state.taxonomy_name,
    )


@router.post("/evidence/{item_id}/theme")
def correct_theme(
    request: Request,
    store: StoreDep,
    user: Curator,
    item_id: str,
    theme: Annotated[str, Form()],
    back: Annotated[str, Form()] = "/evidence",
) -> Response:
    from trendbeeld import themes

    if not evidence_store.list_evidence(store, access=reading_level(user), ids=[item_id]):
        raise NotFound("dit bewijsstuk bestaat niet of u hebt er geen toegang toe", hint="Ververs de lijst")
    taxonomy = themes.load_taxonomy(request.app.state.taxonomy_name)
    themes.correct(store, item_id, theme.strip(), taxonomy=taxonomy, actor=user.name)
    audit.log(store, user.name, "thema gecorrigeerd", item_id, thema=theme.strip(), taxonomie=taxonomy.name)
    return RedirectResponse(local_path(back, "/evidence"), status_code=303)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, store: StoreDep, user: Browser, q: str = "") -> Response:
    hits = search_store.search(store, q, access=reading_level(user), limit=50) if q.strip() else []
    return page(request, "search.html", user, q=q, hits=hits)
