"""Every page of the demo edition in headless Chromium: axe-core finds nothing, keyboard and JS work."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.publish._helpers import (
    HOSTILE_TEXT,
    axe_source,
    hostile_meta,
    html_files,
    save_text,
    serve,
    staged,
)
from trendbeeld.model import EditionSpec
from trendbeeld.publish import EditionResult, _routesvg, build, demo_spec, gather
from trendbeeld.publish._view import RouteLinkView, RouteNode, RouteView
from trendbeeld.publish.edition import edition_hash
from trendbeeld.publish.site import render_site
from trendbeeld.store import Store


def test_axe_finds_no_violations_on_any_page(browser: Any, demo_edition: EditionResult) -> None:
    axe = axe_source()
    pages = [p.relative_to(demo_edition.site).as_posix() for p in html_files(demo_edition.site)]
    assert "veranderd.html" in pages and "routekaart.html" in pages and "zoeken.html" in pages
    # The site forbids inline scripts (CSP); the test bypasses that only to inject axe.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    found = {}
    with serve(demo_edition.site) as base:
        for name in pages:
            page.goto(f"{base}/{name}")
            page.add_script_tag(content=axe)
            result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
            if result["violations"]:
                found[name] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    context.close()
    assert found == {}
    assert errors == []


def test_keyboard_reaches_the_skip_link_first_and_it_moves_focus_to_main(
    browser: Any, demo_edition: EditionResult
) -> None:
    page = browser.new_page()
    page.goto((demo_edition.site / "index.html").as_uri())
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Direct naar de inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"
    page.close()


def test_search_works_offline_from_the_file_system(browser: Any, demo_edition: EditionResult) -> None:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda dialog: errors.append(dialog.message))
    page.goto((demo_edition.site / "zoeken.html").as_uri())
    page.fill("#zoekterm", "straatroof")
    page.keyboard.press("Enter")
    links = page.locator("#zoekresultaten a")
    assert links.count() >= 1
    links.first.click()
    page.wait_for_load_state()
    assert "straatroof" in page.content().lower()
    assert errors == []
    page.close()


@pytest.fixture(scope="module")
def routemap_site(demo_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo edition's site; when no route-map links are confirmed, with links drawn between its trends."""
    view = gather(demo_store, demo_spec())
    if not view.routemap.links:
        trends = [t for theme in view.themes for t in theme.trends][:4]
        nodes = tuple(
            RouteNode(f"n{i}", t.title, t.theme, f"thema/{t.theme}.html#trend-{t.id}")
            for i, t in enumerate(trends)
        )
        links = tuple(
            RouteLinkView(f"l{i}", a.id, b.id, a.label, b.label, kind, f"{a.label} raakt aan {b.label}.")
            for i, (a, b, kind) in enumerate(
                zip(nodes, nodes[1:], ("versterkt", "leidt tot", "hangt samen met"), strict=False)
            )
        )
        view = replace(view, routemap=RouteView(nodes, links, _routesvg.render(nodes, links)))
    site = tmp_path_factory.mktemp("routekaart") / "site"
    render_site(view, site, edition_hash=edition_hash(view, None))
    return site


def test_route_map_is_readable_without_javascript_and_highlights_with_it(
    browser: Any, routemap_site: Path
) -> None:
    no_js = browser.new_context(java_script_enabled=False)
    page = no_js.new_page()
    page.goto((routemap_site / "routekaart.html").as_uri())
    rows = page.locator("table tr[data-source]")
    assert rows.count() >= 1
    assert page.locator("#rk-uitleg").is_hidden()
    no_js.close()
    page = browser.new_page()
    page.goto((routemap_site / "routekaart.html").as_uri())
    assert page.locator("#rk-uitleg").is_visible()
    page.keyboard.press("Tab")
    for _ in range(40):
        if page.evaluate("document.activeElement.classList.contains('rk-node')"):
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('rk-node')"), "nodes are reachable by Tab"
    assert page.locator(".rk-link.is-active").count() >= 1
    assert page.locator("#rk-detail li").count() >= 1
    page.close()


def test_axe_finds_no_violations_on_the_route_map(browser: Any, routemap_site: Path) -> None:
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.goto((routemap_site / "routekaart.html").as_uri())
    page.add_script_tag(content=axe_source())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]] == []
    context.close()


def test_hostile_sources_run_no_script_in_the_browser(
    browser: Any, sqlite_store: Store, tmp_path: Path
) -> None:
    save_text(sqlite_store, "vijandig.txt", HOSTILE_TEXT, hostile_meta())
    result = build(staged(sqlite_store), EditionSpec("vijandig"), tmp_path, with_pdf=False, concept=True)
    page = browser.new_page()
    fired: list[str] = []

    def on_dialog(dialog: Any) -> None:
        fired.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda exc: fired.append(str(exc)))
    for path in html_files(result.site):
        page.goto(path.as_uri())
        for element in page.locator("main a, main span, main mark").all()[:100]:
            if element.is_visible():
                element.hover(timeout=2000)
    page.close()
    assert fired == []
