"""The route map in the workbench: the drawn map, suggested links to confirm or remove, links added.

A link appears only when the user may read both of its ends (a trend with readable evidence, or a
theme of the workbench's taxonomy); every change goes through `trendbeeld.routemap` with the
signed-in analyst as the actor and is written to the audit log.
"""

from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from trendbeeld import routemap
from trendbeeld.errors import NotFound, TrendbeeldError
from trendbeeld.model import LinkType, TrendLink
from trendbeeld.store import Store, audit
from trendbeeld.store.users import User
from trendbeeld.web.access import Permission, allowed, reading_level
from trendbeeld.web.deps import Browser, Curator, StoreDep
from trendbeeld.web.forms import submit
from trendbeeld.web.render import page

router = APIRouter(include_in_schema=False)


def _titles(request: Request, store: Store, user: User) -> dict[str, str]:
    from trendbeeld import themes

    taxonomy = themes.load_taxonomy(request.app.state.taxonomy_name)
    return routemap.titles(store, access=reading_level(user), taxonomy=taxonomy)


def _readable_link(request: Request, store: Store, user: User, link_id: str) -> TrendLink:
    shown = routemap.readable(routemap.load(store, confirmed_only=False), _titles(request, store, user))
    for link in shown.links:
        if link.id == link_id:
            return link
    raise NotFound(
        f"verband '{link_id}' bestaat niet of u hebt er geen toegang toe", hint="Ververs de routekaart"
    )


def _page(
    request: Request, store: Store, user: User, *, status: int = 200, problem: TrendbeeldError | None = None
) -> Response:
    titles = _titles(request, store, user)
    every = routemap.readable(routemap.load(store, confirmed_only=False), titles)
    curator = allowed(user, Permission.CURATE)
    # Suggested links are drawn too (dotted); analysts get a map whose links and nodes are buttons.
    drawn = routemap.render_svg(every, titles, interactive=curator) if every.links else None
    svg = Markup(drawn) if drawn else None  # all text escaped
    return page(
        request,
        "routemap.html",
        user,
        status=status,
        svg=svg,
        titles=titles,
        confirmed=[link for link in every.links if link.confirmed],
        suggested=[link for link in every.links if not link.confirmed],
        types=list(LinkType),
        label=routemap.link_label,
        problem=problem,
        interactive=curator,
    )


@router.get("/routemap", response_class=HTMLResponse)
def routemap_page(request: Request, store: StoreDep, user: Browser) -> Response:
    return _page(request, store, user)


@router.post("/routemap/links", response_class=HTMLResponse)
def add_link(
    request: Request,
    store: StoreDep,
    user: Curator,
    source: Annotated[str, Form()],
    target: Annotated[str, Form()],
    type: Annotated[str, Form()],
    rationale: Annotated[str, Form()],
) -> Response:
    titles = _titles(request, store, user)
    if source not in titles or target not in titles:
        raise NotFound(
            "een gekozen trend of thema bestaat niet of u hebt er geen toegang toe", hint="Kies uit de lijst"
        )

    def added() -> None:
        link = routemap.add(store, source, target, type, rationale=rationale, actor=user.name)
        audit.log(
            store, user.name, "verband toegevoegd", link.id, van=source, naar=target, soort=link.type.value
        )

    return submit(
        added, then="/routemap", again=partial(_page, request, store, user), refused=(TrendbeeldError,)
    )


@router.post("/routemap/links/{link_id}/confirm")
def confirm_link(request: Request, store: StoreDep, user: Curator, link_id: str) -> Response:
    _readable_link(request, store, user, link_id)
    routemap.confirm(store, link_id, actor=user.name)
    audit.log(store, user.name, "verband bevestigd", link_id)
    return RedirectResponse("/routemap", status_code=303)


@router.post("/routemap/links/{link_id}/remove")
def remove_link(request: Request, store: StoreDep, user: Curator, link_id: str) -> Response:
    _readable_link(request, store, user, link_id)
    routemap.remove(store, link_id, actor=user.name)
    audit.log(store, user.name, "verband verwijderd", link_id)
    return RedirectResponse("/routemap", status_code=303)
