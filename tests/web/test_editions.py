"""Editions from the workbench: a build as a background job with progress; list, open, compare, by level."""

from __future__ import annotations

import re
import time
from typing import Any

from tests.web._helpers import CANARY, login
from trendbeeld.model import AccessLevel
from trendbeeld.store import Store, audit
from trendbeeld.store import editions as edition_store

WAIT_SECONDS = 180  # the build is a few seconds; a loaded machine may be slow


def _wait(c: Any, location: str) -> str:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        page = c.get(location).text
        if "<strong>bezig</strong>" not in page:
            return page
        time.sleep(0.5)
    raise AssertionError("the build did not finish")


def test_an_analyst_builds_an_edition_and_compares_it(app: Any, wb_store: Store) -> None:
    c = login(app, "anna")
    answer = c.post(
        "/editions",
        data={
            "csrf": c.csrf,
            "name": "werkbank-test",
            "access": "openbaar",
            "audience": "Gemeente Rotterdam",
            "concept": "ja",
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303
    location = answer.headers["location"]
    assert re.fullmatch(r"/editions/jobs/[0-9a-f]{16}", location)
    page = _wait(c, location)
    assert "<strong>klaar</strong>" in page, page
    built = edition_store.latest(wb_store, "werkbank-test")
    assert built is not None and built.spec.audience == "Gemeente Rotterdam"
    listed = c.get("/editions").text
    assert f'href="/editions/{built.id}/site/index.html"' in listed
    index = c.get(f"/editions/{built.id}/site/index.html")
    assert index.status_code == 200 and "Gemeente Rotterdam" in index.text
    assert c.get(f"/editions/{built.id}/site/../../../werkbank.db").status_code == 404
    earlier = edition_store.latest(wb_store, "demo-openbaar")
    assert earlier is not None
    compared = c.get(f"/editions/compare?before={earlier.id}&after={built.id}")
    assert compared.status_code == 200 and "Trends die doorlopen" in compared.text
    assert {"editie gestart", "editie gebouwd"} <= {e.action for e in audit.entries(wb_store, actor="anna")}


def test_editions_are_bounded_by_the_readers_level(app: Any, wb_store: Store) -> None:
    intern = edition_store.latest(wb_store, "demo-intern")
    public = edition_store.latest(wb_store, "demo-openbaar")
    assert intern is not None and public is not None
    from pathlib import Path

    site = Path(intern.site)
    carriers = sorted(
        p.relative_to(site).as_posix()
        for p in site.rglob("*")
        if p.is_file() and CANARY[AccessLevel.INTERNAL].encode() in p.read_bytes()
    )
    assert carriers, "the intern edition does not carry its canary"
    analyst = login(app, "bram")  # intern clearance
    page = analyst.get(f"/editions/{intern.id}/site/{carriers[0]}")
    assert page.status_code == 200 and CANARY[AccessLevel.INTERNAL] in page.text
    reader = login(app, "lex")
    listed = reader.get("/editions").text
    assert "demo-openbaar" in listed and "demo-intern" not in listed
    for path in ("index.html", "editie.json", *carriers):
        denied = reader.get(f"/editions/{intern.id}/site/{path}")
        assert denied.status_code == 404 and CANARY[AccessLevel.INTERNAL] not in denied.text
    assert reader.get(f"/editions/compare?before={public.id}&after={intern.id}").status_code == 404
    olga = login(app, "olga")  # an analyst with openbaar clearance
    refused = olga.post("/editions", data={"csrf": olga.csrf, "name": "te-hoog", "access": "intern"})
    assert refused.status_code == 403
    assert "u mag geen editie bouwen boven uw eigen toegangsniveau" in refused.text
    bad = olga.post("/editions", data={"csrf": olga.csrf, "name": "Fout Naam!", "access": "openbaar"})
    assert bad.status_code == 400
