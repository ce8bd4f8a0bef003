"""The drawn route map in a real Chromium: an analyst confirms, removes and adds links on the map
by click and keyboard (the page's own forms, real CSP); axe finds nothing; a reader sees no controls."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

from tests.publish._helpers import axe_source
from tests.web.test_browser import _axe, _login, browser, server  # noqa: F401  (fixtures; skips or fails first)
from trendbeeld import routemap, themes
from trendbeeld.model import AccessLevel, TrendLink
from trendbeeld.store import Store


def _links(store: Store) -> dict[str, TrendLink]:
    titles = routemap.titles(
        store, access=AccessLevel.CONFIDENTIAL, taxonomy=themes.load_taxonomy("regionaal")
    )
    return {
        link.id: link for link in routemap.readable(routemap.load(store, confirmed_only=False), titles).links
    }


def _suggest(store: Store) -> None:
    """The demo's links are all confirmed: the weakest suggestions too make a few to confirm."""
    routemap.suggest(store, access=AccessLevel.PUBLIC, min_score=0.0)


def test_an_analyst_confirms_removes_and_adds_links_on_the_drawn_map(
    browser: Any,  # noqa: F811
    server: str,  # noqa: F811
    wb_store: Store,
) -> None:
    _suggest(wb_store)
    before = _links(wb_store)
    suggested = sorted(link.id for link in before.values() if not link.confirmed)
    confirmed = sorted(link.id for link in before.values() if link.confirmed)
    assert suggested and confirmed, "the demo has suggested and confirmed links"
    page = browser.new_page()  # the real CSP applies: the map's script is served from 'self'
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    _login(page, server, "anna")
    page.goto(f"{server}/routemap")
    live = page.locator("#kaart-melding")
    assert page.locator("svg [data-verband]").count() == len(before)
    assert page.locator("svg .verband-voorstel").count() == len(suggested)

    # click a suggested link, then its "Bevestigen"
    page.click(f'[data-verband="{suggested[0]}"]')
    assert page.locator("#kaart-keuze-tekst").inner_text().startswith("Voorgesteld verband: ")
    page.click('#kaart-keuze button[data-doe="bevestigen"]')
    expect(live).to_have_text(re.compile("^Bevestigd: "))
    assert _links(wb_store)[suggested[0]].confirmed
    assert page.locator(f'[data-verband="{suggested[0]}"]').get_attribute("data-bevestigd") == "ja"
    assert page.evaluate("document.activeElement.getAttribute('data-verband')") == suggested[0]

    # by keyboard: focus a confirmed link, Enter opens the choice (no "Bevestigen"), Enter removes
    page.focus(f'[data-verband="{confirmed[0]}"]')
    page.keyboard.press("Enter")
    assert page.locator('#kaart-keuze button[data-doe="bevestigen"]').is_hidden()
    assert page.evaluate("document.activeElement.getAttribute('data-doe')") == "verwijderen"
    page.keyboard.press("Enter")
    expect(live).to_have_text(re.compile("^Verwijderd: "))
    assert confirmed[0] not in _links(wb_store)
    assert page.locator(f'[data-verband="{confirmed[0]}"]').count() == 0

    # two trends chosen on the map (Space on the first, a click on the second) fill the add form
    nodes = page.locator("svg [data-knoop]")
    source, target = nodes.nth(0).get_attribute("data-knoop"), nodes.nth(1).get_attribute("data-knoop")
    nodes.nth(0).focus()
    page.keyboard.press(" ")
    assert nodes.nth(0).get_attribute("aria-pressed") == "true"
    assert live.inner_text().startswith("Van: ")
    nodes.nth(1).click()
    assert (page.input_value("#v-source"), page.input_value("#v-target")) == (source, target)
    page.select_option("#v-type", "versterkt")
    page.fill("#v-toelichting", "Het een versterkt het ander.")
    page.click("form[action='/routemap/links'] button[type=submit]")
    expect(live).to_have_text("Verband toegevoegd.")
    added = [
        link
        for link in _links(wb_store).values()
        if (link.source, link.target) == (source, target) and link.confirmed
    ]
    assert [link.rationale for link in added] == ["Het een versterkt het ander."]
    assert page.locator(f'[data-verband="{added[0].id}"]').count() == 1
    page.close()
    assert errors == []


def test_axe_finds_nothing_on_the_interactive_map_and_a_reader_gets_no_controls(
    browser: Any,  # noqa: F811
    server: str,  # noqa: F811
    wb_store: Store,
) -> None:
    _suggest(wb_store)
    axe = axe_source()
    context = browser.new_context(bypass_csp=True)  # only to inject axe
    page = context.new_page()
    _login(page, server, "anna")
    page.goto(f"{server}/routemap")
    assert page.locator("svg [role=button]").count() > 0
    assert page.locator("#kaart-uitleg").is_visible()  # the script ran
    page.click("svg [data-verband][data-bevestigd=nee]")
    found = {"analist, verband gekozen": _axe(page, axe)}
    page.click("button:has-text('Uitloggen')")
    page.wait_for_url(f"{server}/login")
    _login(page, server, "lex")
    page.goto(f"{server}/routemap")
    assert page.locator("svg [data-verband]").count() > 0
    assert page.locator("svg [role=button]").count() == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 0
    assert page.locator("svg").get_attribute("role") == "img"
    found["lezer"] = _axe(page, axe)
    context.close()
    assert {k: v for k, v in found.items() if v} == {}
