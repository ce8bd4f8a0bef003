"""News: feed URLs against recorded responses, real CSV exports, and what goes wrong with them."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import require
from trendbeeld import sources
from trendbeeld.errors import UnreadableFile
from trendbeeld.model import Source, SourceMeta, SourceType
from trendbeeld.sources.news import url_sources

FEEDS = Path(__file__).parents[1] / "fixtures" / "feeds"
FEED_URL = "https://nieuws.example.nl/feed.rss"


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


def _replay(path: Path, content_type: str) -> Callable[[httpx.Request], httpx.Response]:
    recorded = path.read_bytes()
    return lambda _request: httpx.Response(200, content=recorded, headers={"content-type": content_type})


def _from_url(url: str, handler: Callable[[httpx.Request], httpx.Response]) -> list[Source]:
    with _client(handler) as client:
        return list(url_sources(url, SourceMeta(), client))


def test_atom_feed_url_items_carry_outlet_date_and_link() -> None:
    [item] = _from_url("https://cyber.example.nl/feed.atom",
                       _replay(FEEDS / "cyber-atom.xml", "application/atom+xml"))
    assert item.meta.type is SourceType.NEWS
    assert (item.meta.publisher, item.meta.date) == ("Voorbeeld Atom-feed Cyber", dt.date(2024, 3, 1))
    assert item.origin == item.meta.url == "https://cyber.example.nl/phishing-sms"
    assert item.text == (
        "Meer meldingen van phishing via sms\n\nHet aantal meldingen van sms-phishing stijgt al twee jaar."
    )


def test_feed_served_as_plain_xml_is_still_a_feed() -> None:
    items = _from_url(FEED_URL, _replay(FEEDS / "politie-rss.xml", "text/xml; charset=utf-8"))
    assert [s.meta.url for s in items] == ["https://nieuws.example.nl/artikel/1", "https://nieuws.example.nl/artikel/2"]


def test_url_of_an_article_page_is_read_as_html() -> None:
    news = "<p>Het aantal woninginbraken in Ede is vorig jaar met 11 procent gedaald, meldt de politie.</p>"
    page = ("<html><head><title>Minder inbraken in Ede</title></head><body><nav>Home</nav><article>"
            + news * 3
            + "</article><script>track()</script></body></html>").encode()
    [item] = _from_url("https://nieuws.example.nl/artikel/9",
                       lambda _r: httpx.Response(200, content=page, headers={"content-type": "text/html"}))
    assert "met 11 procent gedaald" in item.text and "track" not in item.text
    assert item.meta.url == "https://nieuws.example.nl/artikel/9"


def test_http_error_names_the_url_and_the_status() -> None:
    with pytest.raises(UnreadableFile) as caught:
        _from_url(FEED_URL, lambda _r: httpx.Response(404))
    assert str(caught.value) == f"{FEED_URL}: de server antwoordde 404 (Not Found). Controleer de URL"


def test_unreachable_server_is_a_dutch_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("verbinding geweigerd", request=request)

    with pytest.raises(UnreadableFile) as caught:
        _from_url(FEED_URL, refuse)
    assert str(caught.value) == (
        f"{FEED_URL}: ophalen mislukt (ConnectError: verbinding geweigerd). "
        "Controleer de URL en de internetverbinding"
    )


def test_response_over_the_size_limit_is_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRENDBEELD_MAX_MB", "0.01")

    def endless(_request: httpx.Request) -> httpx.Response:
        def body() -> Iterator[bytes]:
            while True:
                yield b"<item>" * 1000

        return httpx.Response(200, content=body(), headers={"content-type": "application/rss+xml"})

    with pytest.raises(UnreadableFile) as caught:
        _from_url(FEED_URL, endless)
    assert str(caught.value).startswith(f"{FEED_URL}: het antwoord is groter dan de grens van 0 MB")


def test_feed_without_items_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "leeg.rss"
    path.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>Leeg</title></channel></rss>")
    with pytest.raises(UnreadableFile) as caught:
        list(sources.read(str(path), meta=SourceMeta()))
    assert str(caught.value) == (
        f"{path}: geen nieuwsberichten gevonden in de feed. Controleer of dit een RSS- of Atom-feed is"
    )


def _sample(shared: Path, name: str, rows: int, tmp_path: Path) -> Path:
    full = shared / "corpus/real/news" / name
    require(full.is_file(), f"{full} ontbreekt")
    sample = tmp_path / name
    with full.open(encoding="utf-8") as handle:
        sample.write_text("".join(line for _, line in zip(range(rows + 1), handle, strict=False)),
                          encoding="utf-8")
    return sample


def test_real_rss_export_with_outlet_and_lead(shared: Path, tmp_path: Path) -> None:
    sample = _sample(shared, "nl_news_rss_veiligheid_2016_2019.csv", 40, tmp_path)
    items = list(sources.read(str(sample), meta=SourceMeta()))
    assert len(items) == 40
    assert {s.meta.type for s in items} == {SourceType.NEWS}
    assert all(s.meta.publisher and "." in s.meta.publisher for s in items)  # the outlet's domain
    assert all(s.meta.date and dt.date(2016, 1, 1) <= s.meta.date <= dt.date(2019, 12, 31) for s in items)
    assert all(s.text.startswith(s.meta.title + "\n\n") for s in items)  # headline, then the lead
    assert len({s.id for s in items}) == len({s.text for s in items})


def test_real_headlines_export_and_its_semicolon_twin(shared: Path, tmp_path: Path) -> None:
    sample = _sample(shared, "nl_news_rss_alle_koppen_2019-05.csv", 25, tmp_path)
    items = list(sources.read(str(sample), meta=SourceMeta()))
    assert len(items) == 25 and all(s.text == s.meta.title for s in items)
    with sample.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    twin = tmp_path / "puntkomma.csv"
    with twin.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    again = list(sources.read(str(twin), meta=SourceMeta()))
    assert [(s.meta.title, s.meta.date, s.meta.url) for s in again] == [
        (s.meta.title, s.meta.date, s.meta.url) for s in items
    ]
