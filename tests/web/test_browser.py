"""The workbench in a real Chromium: log in, curate a trend, axe-core on every page, no script runs."""

from __future__ import annotations

import importlib.util
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import IN_CI
from tests.publish._helpers import HOSTILE_TEXT, axe_source, hostile_meta, launched_browser, save_text
from tests.web._helpers import PASSWORD, SECRET
from trendbeeld.model import AccessLevel, TrendStatus
from trendbeeld.store import Store
from trendbeeld.store import sources as source_store
from trendbeeld.trends import curation

if importlib.util.find_spec("playwright") is None:  # skip on a user's machine, never under CI=true
    if IN_CI:
        raise RuntimeError("playwright is not installed (CI=true: the browser tests may not skip)")
    pytest.skip("playwright is not installed: pip install -e '.[test]'", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(wb_store: Store) -> Iterator[str]:
    """The workbench on 127.0.0.1, with a hostile source among the demo's."""
    import uvicorn

    from trendbeeld.web import create_app

    save_text(wb_store, "vijandig.html", HOSTILE_TEXT, hostile_meta())
    app = create_app(wb_store, secret=SECRET, taxonomy="regionaal")
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.started, "the workbench did not start"
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched_browser() as launched:
        yield launched


def _login(page: Any, base: str, name: str) -> None:
    page.goto(f"{base}/login")
    page.fill("#naam", name)
    page.fill("#wachtwoord", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/")


def _axe(page: Any, axe: str) -> list[tuple[str, list[Any]]]:
    page.add_script_tag(content=axe)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]


def test_log_in_curate_a_trend_and_axe_finds_nothing_on_any_page(
    browser: Any, server: str, wb_store: Store
) -> None:
    axe = axe_source()
    trend = curation.list_trends(wb_store, access=AccessLevel.PUBLIC, status=TrendStatus.CANDIDATE)[0]
    source = source_store.list_sources(wb_store, access=AccessLevel.PUBLIC)[0]
    context = browser.new_context(bypass_csp=True)  # only to inject axe; the pages run no inline script
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda dialog: (errors.append(dialog.message), dialog.dismiss()))
    found = {"login": _axe(page, axe) if page.goto(f"{server}/login") else []}
    _login(page, server, "anna")
    pages = [
        "/",
        "/sources",
        f"/sources/{source.id}",
        "/evidence",
        "/evidence?kind=figure",
        "/search?q=woninginbraken",
        "/trends",
        f"/trends/{trend.id}",
        "/routemap",
        "/editions",
        "/panel",
        "/trends/bestaat-niet",
    ]
    for path in pages:
        page.goto(server + path)
        found[path] = _axe(page, axe)
    page.goto(f"{server}/trends/{trend.id}")
    page.fill("#titel", "Woninginbraak neemt toe in de regio")
    page.click("form[action$='/rename'] button")
    assert page.locator("[role=status]").inner_text() == "Opgeslagen: hernoemd."
    assert page.locator("h1").inner_text() == "Woninginbraak neemt toe in de regio"
    page.select_option("#impact", "direct")
    page.fill("#veld-meaning", "Meer aandacht voor preventie in de wijk.")
    page.click("form[action$='/attributes'] button")
    assert page.locator("[role=status]").inner_text() == "Opgeslagen: kenmerken opgeslagen."
    found["trend na opslaan"] = _axe(page, axe)
    page.click("button:has-text('Uitloggen')")
    page.wait_for_url(f"{server}/login")
    _login(page, server, "beheer")
    for path in ("/", "/users", "/audit"):
        page.goto(server + path)
        found[path + " (beheerder)"] = _axe(page, axe)
    context.close()
    assert {k: v for k, v in found.items() if v} == {}
    assert errors == []
    stored = curation.get_trend(wb_store, trend.id, access=AccessLevel.CONFIDENTIAL)
    assert (stored.title, stored.meaning) == (
        "Woninginbraak neemt toe in de regio",
        "Meer aandacht voor preventie in de wijk.",
    )
    assert {d.actor for d in curation.history(wb_store, trend.id) if d.action in ("rename", "set")} == {
        "anna"
    }


def test_no_script_from_source_text_titles_or_trend_fields_runs(
    browser: Any, server: str, wb_store: Store
) -> None:
    page = browser.new_page()  # the real CSP applies here
    ran: list[str] = []
    page.on("dialog", lambda dialog: (ran.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda exc: ran.append(str(exc)))
    _login(page, server, "anna")
    hostile = next(
        s
        for s in source_store.list_sources(wb_store, access=AccessLevel.PUBLIC)
        if s.origin.endswith("vijandig.html")
    )
    trend = curation.list_trends(wb_store, access=AccessLevel.PUBLIC)[0]
    page.goto(f"{server}/trends/{trend.id}")
    page.fill("#titel", "<img src=x onerror=alert('titel')><script>alert('t')</script>")
    page.click("form[action$='/rename'] button")
    page.fill("#veld-summary", "\"><svg onload=alert('samenvatting')>")
    page.click("form[action$='/attributes'] button")
    for path in (
        f"/sources/{hostile.id}",
        "/sources",
        "/evidence",
        "/search?q=woninginbraken",
        "/search?q=<script>alert('zoek')</script>",
        "/login?next=javascript:alert('volgende')",
        "/trends",
        f"/trends/{trend.id}",
    ):
        page.goto(server + path)
        assert page.evaluate("document.querySelectorAll('script').length") == 0, path
    assert "<script>alert('t')</script>" in page.locator("h1").inner_text()
    page.close()
    assert ran == []


def test_a_two_round_delphi_with_three_experts_in_the_browser(
    browser: Any, server: str, wb_store: Store
) -> None:
    from tests.web.test_panel import EXPERTS, _experts

    _experts(wb_store)
    axe = axe_source()
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    found: dict[str, list[Any]] = {}
    _login(page, server, "anna")
    page.goto(f"{server}/panel")
    found["panel (analist)"] = _axe(page, axe)
    page.fill("#r-titel", "Panel veiligheid 2025")
    boxes = page.locator("input[name=trend_ids]")
    for i in range(min(2, boxes.count())):
        boxes.nth(i).check()
    page.click("form[action='/panel/rounds'] button[type=submit]")
    first_url = page.url
    assert "/panel/rounds/" in first_url

    def rate_all(level: int) -> None:
        for n, name in enumerate(EXPERTS):
            expert = browser.new_context(bypass_csp=True).new_page()
            expert.on("pageerror", lambda exc: errors.append(str(exc)))
            _login(expert, server, name)
            expert.goto(page.url)
            found.setdefault(f"ronde (expert, {level})", _axe(expert, axe))
            for i in range(expert.locator("form[action$='/ratings']").count()):
                form = expert.locator("form[action$='/ratings']").nth(i)
                form.locator("select[name=impact]").select_option(str(min(5, level + n)))
                form.locator("select[name=likelihood]").select_option("3")
                form.locator("select[name=horizon]").select_option("2")
                form.locator("textarea").fill(f"toelichting {n}")
                form.locator("button").click()
                assert expert.locator("[role=status]").inner_text() == "Opgeslagen: uw oordeel is opgeslagen."
            expert.context.close()

    rate_all(2)
    page.goto(first_url)
    page.click("form[action$='/close'] button")
    assert "Deze ronde is gesloten" in page.locator("main").inner_text()
    found["ronde gesloten (analist)"] = _axe(page, axe)
    page.goto(f"{server}/panel")
    page.select_option("#r-vorige", index=1)
    page.click("form[action='/panel/rounds'] button[type=submit]")
    assert page.locator("h1").inner_text() == "Panel veiligheid 2025, ronde 2"
    rate_all(3)
    page.click("form[action$='/close'] button")
    results = page.locator("main").inner_text()
    assert "3 beoordelaars · consensus: ja" in results
    with page.expect_download() as download:
        page.click("a[href$='export.csv']")
    assert download.value.suggested_filename.endswith(".csv")
    context.close()
    assert {k: v for k, v in found.items() if v} == {}
    assert errors == []
