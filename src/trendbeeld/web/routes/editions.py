"""Editions from the workbench: start a build (a background job with progress), list, open, compare.

An analyst builds editions up to their own reading level; everyone who browses sees and opens only
the editions whose access level they may read, file by file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from trendbeeld.errors import NotAllowed, NotFound
from trendbeeld.model import AccessLevel, EditionSpec
from trendbeeld.store import Store, audit
from trendbeeld.store import editions as edition_store
from trendbeeld.store.editions import EditionRecord
from trendbeeld.store.users import User
from trendbeeld.web.access import reading_level
from trendbeeld.web.deps import Browser, Curator, StoreDep
from trendbeeld.web.jobs import Jobs
from trendbeeld.web.render import page

router = APIRouter(include_in_schema=False)


def readable_editions(store: Store, user: User) -> list[EditionRecord]:
    level = reading_level(user)
    return [e for e in edition_store.list_editions(store) if level.allows(e.spec.access)]


def _edition(store: Store, user: User, edition_id: int) -> EditionRecord:
    for found in readable_editions(store, user):
        if found.id == edition_id:
            return found
    raise NotFound(
        "deze editie bestaat niet of u hebt er geen toegang toe", hint="Kies een editie uit de lijst"
    )


@router.get("/editions", response_class=HTMLResponse)
def editions(request: Request, store: StoreDep, user: Browser) -> Response:
    jobs: Jobs = request.app.state.jobs
    level = reading_level(user)
    return page(
        request,
        "editions.html",
        user,
        editions=readable_editions(store, user),
        jobs=jobs.of(user.name),
        levels=[a for a in AccessLevel if level.allows(a)],
        taxonomy=request.app.state.taxonomy_name,
    )


@router.post("/editions")
def build(
    request: Request,
    store: StoreDep,
    user: Curator,
    name: Annotated[str, Form()],
    access: Annotated[str, Form()],
    audience: Annotated[str, Form()] = "",
    region: Annotated[str, Form()] = "",
    themes: Annotated[str, Form()] = "",
    concept: Annotated[str, Form()] = "",
    pdf: Annotated[str, Form()] = "",
) -> Response:
    from trendbeeld.publish import build as build_edition
    from trendbeeld.publish.edition import check_name

    level = AccessLevel(access) if access in {a.value for a in AccessLevel} else None
    if level is None or not reading_level(user).allows(level):
        raise NotAllowed(
            "u mag geen editie bouwen boven uw eigen toegangsniveau",
            hint=f"Kies {reading_level(user).value} of lager",
        )
    spec = EditionSpec(
        name=check_name(name.strip()),
        access=level,
        audience=audience.strip() or None,
        region=region.strip() or None,
        themes=tuple(t.strip() for t in themes.split(",") if t.strip()),
        taxonomy=request.app.state.taxonomy_name,
    )
    out = Path(request.app.state.editions_dir) / spec.name

    def work(progress: Callable[[str, int, int], None]) -> str:
        result = build_edition(store, spec, out, with_pdf=bool(pdf), concept=bool(concept), progress=progress)
        audit.log(store, user.name, "editie gebouwd", spec.name, toegang=level.value, hash=result.hash)
        return "/editions"

    audit.log(store, user.name, "editie gestart", spec.name, toegang=level.value)
    jobs: Jobs = request.app.state.jobs
    job = jobs.start(f"editie {spec.name}", user.name, work)
    return RedirectResponse(f"/editions/jobs/{job.id}", status_code=303)


@router.get("/editions/jobs/{job_id}", response_class=HTMLResponse)
def job(request: Request, user: Curator, job_id: str) -> Response:
    jobs: Jobs = request.app.state.jobs
    return page(request, "job.html", user, job=jobs.get(job_id, user.name))


@router.get("/editions/compare", response_class=HTMLResponse)
def compare(request: Request, store: StoreDep, user: Browser, before: int, after: int) -> Response:
    from trendbeeld.publish import compare as compare_editions

    a, b = _edition(store, user, before), _edition(store, user, after)
    found = compare_editions(Path(a.site), Path(b.site))
    return page(request, "compare.html", user, comparison=found, before=a, after=b)


@router.get("/editions/{edition_id}/pdf")
def pdf_file(store: StoreDep, user: Browser, edition_id: int) -> Response:
    found = _edition(store, user, edition_id)
    if not found.pdf or not Path(found.pdf).is_file():
        raise NotFound("deze editie heeft geen PDF", hint="Bouw de editie opnieuw met een PDF")
    return FileResponse(found.pdf, media_type="application/pdf", filename=Path(found.pdf).name)


@router.get("/editions/{edition_id}/site/{path:path}")
def site_file(store: StoreDep, user: Browser, edition_id: int, path: str) -> Response:
    found = _edition(store, user, edition_id)
    root = Path(found.site).resolve()
    target = (root / (path or "index.html")).resolve()
    if not target.is_relative_to(root) or not target.is_file():
        raise NotFound("dit bestand hoort niet bij de editie", hint="Open de editie via de lijst")
    return FileResponse(target)
