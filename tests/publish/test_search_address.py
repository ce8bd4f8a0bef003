"""The site's search reads its query from the address: a link to ``zoeken.html?q=…`` shows the hits."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.publish._helpers import serve
from trendbeeld.publish import EditionResult


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    opened = browser.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    yield opened
    opened.close()
    assert errors == []


def _hits(page: Any) -> list[str]:
    return [str(text) for text in page.locator("#zoekresultaten a").all_text_contents()]


def test_a_link_with_a_query_shows_the_same_hits_as_typing_it(page: Any, demo_edition: EditionResult) -> None:
    with serve(demo_edition.site) as base:
        page.goto(f"{base}/zoeken.html")
        page.fill("#zoekterm", "straatroof")
        page.keyboard.press("Enter")
        typed = _hits(page)
        assert page.evaluate("window.location.search") == "?q=straatroof"  # the search can be shared

        page.goto(f"{base}/zoeken.html?q=straatroof")
        assert page.input_value("#zoekterm") == "straatroof"
        assert typed and _hits(page) == typed


def test_a_query_from_the_address_is_decoded_and_works_from_the_file_system(
    page: Any, demo_edition: EditionResult
) -> None:
    address = (demo_edition.site / "zoeken.html").as_uri()
    page.goto(f"{address}?q=Straatroof+in%20de")  # '+' and '%20' are spaces, as a form writes them
    assert page.input_value("#zoekterm") == "Straatroof in de"
    page.goto(f"{address}?q=straatroof")
    plain = _hits(page)
    assert plain
    page.goto(f"{address}?q=%E0%A4%A")  # a broken escape names no query: an empty search, no error
    assert page.input_value("#zoekterm") == ""
    assert _hits(page) == []


def test_the_news_page_reads_its_query_from_the_address_too(page: Any, demo_edition: EditionResult) -> None:
    news = demo_edition.site / "nieuws" / "index.html"
    assert news.is_file()
    page.goto(f"{news.as_uri()}?q=straatroof")
    assert page.input_value("#zoekterm") == "straatroof"
    assert page.locator("#zoekresultaten p").first.text_content() != ""
