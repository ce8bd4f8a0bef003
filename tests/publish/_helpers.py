"""Building realistic stores and editions for the publish tests."""

from __future__ import annotations

import functools
import importlib.util
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from tests.conftest import ROOT, require
from trendbeeld import demo, extract, indicators, pipeline, routemap, themes, trends
from trendbeeld.cli import cli
from trendbeeld.model import AccessLevel, Source, SourceMeta, SourceType
from trendbeeld.publish._corpus import Corpus, read_corpus
from trendbeeld.sources.manifest import MANIFEST_NAME, load_manifest
from trendbeeld.store import Store, open_store
from trendbeeld.store import sources as source_store

DEMO = ROOT / "src" / "trendbeeld" / "data" / "demo"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def save_text(store: Store, origin: str, text: str, meta: SourceMeta) -> Source:
    """Store ``text`` as a source with the evidence the real extractor finds in it."""
    source = Source.create(origin, text, meta)
    source_store.save(store, source, extract.extract(source))
    return source


def ingest_demo(store: Store, *, exclude: tuple[str, ...] = (), taxonomy_name: str = "regionaal") -> None:
    """The demo corpus, through the real pipeline, and the later stages as an analyst runs them."""
    if exclude:
        manifest = load_manifest(DEMO)
        assert manifest is not None
        statistics = {Path(name).parts[0] for name in manifest.indicators}
        skipped = {*exclude, MANIFEST_NAME, *manifest.exclude, *statistics}
        targets = [p for p in sorted(DEMO.iterdir()) if p.name not in skipped]
        report = pipeline.ingest(store, targets)
    else:
        report = pipeline.ingest(store, [DEMO])
    assert report.errors == [], [str(e) for e in report.errors]
    enrich(store, taxonomy_name)


def enrich(store: Store, taxonomy_name: str = "regionaal") -> None:
    """Run the later stages (indicators, themes, trends, route map) as an analyst would."""
    indicators.import_manifest_indicators(store, DEMO)
    taxonomy = themes.load_taxonomy(taxonomy_name)
    themes.assign(store, taxonomy, access=AccessLevel.CONFIDENTIAL)
    trends.recluster(store, taxonomy, access=AccessLevel.CONFIDENTIAL)
    for link in routemap.suggest(store, access=AccessLevel.CONFIDENTIAL):
        routemap.confirm(store, link.id, actor="test")
    demo.curate(store, taxonomy_name, access=AccessLevel.PUBLIC)  # the demo analyst's decisions


def staged(store: Store, taxonomy_name: str = "nationaal") -> Store:
    """``store`` after the themes stage (``trendbeeld themes assign``), which publishing only reads."""
    themes.assign(store, themes.load_taxonomy(taxonomy_name), access=AccessLevel.CONFIDENTIAL)
    return store


def hostile_meta(title: str = "Rapport <script>alert('titel')</script>") -> SourceMeta:
    return SourceMeta(
        type=SourceType.PUBLICATION,
        title=title,
        publisher='Uitgever <img src=x onerror="alert(1)">',
        date=date(2024, 3, 1),
        url="javascript:alert('url')",
        access=AccessLevel.PUBLIC,
    )


HOSTILE_TEXT = (
    "Het aantal woninginbraken steeg in 2023 met 12 procent <script>alert('xss')</script>.\n\n"
    '"Criminelen gebruiken steeds vaker <a href="javascript:alert(2)">deze link</a> om te misleiden," '
    "zegt Jan Jansen, directeur van de Stichting Veilig.\n\n"
    'De online fraude neemt toe <img src=x onerror="alert(3)"> en <b onmouseover="alert(4)">groeit</b> '
    "snel: volgens de politie waren er in 2023 ruim 88.000 gevallen.\n"
)


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


class PageParser(HTMLParser):
    """Collects tags with their attributes, ids and the text of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.ids: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        if found.get("id"):
            self.ids.add(str(found["id"]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def parse(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def pdf_text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    require(
        tool is not None, "pdftotext (poppler-utils) is not installed; run scripts/install-system-deps.sh"
    )
    assert tool is not None
    result = subprocess.run([tool, "-layout", str(pdf), "-"], capture_output=True, check=True, text=True)
    return result.stdout


def chromium() -> str:
    require(CHROMIUM.is_file(), "Chromium is not installed; run scripts/install-system-deps.sh as root")
    return str(CHROMIUM)


@contextmanager
def launched_browser() -> Iterator[Any]:
    """Headless Chromium through Playwright, closed afterwards; skipped on a machine without either
    (failed under CI=true, see tests/conftest.py)."""
    require(importlib.util.find_spec("playwright") is not None, "playwright is not installed")
    import playwright.sync_api as playwright_api

    executable = chromium()
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def axe_source() -> str:
    require(AXE.is_file(), "axe-core is not installed; run scripts/build-assets.sh (npm ci)")
    return AXE.read_text(encoding="utf-8")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """A local HTTP server on 127.0.0.1 for ``folder``; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def added_corpus(paths: list[str], db: str) -> Corpus:
    """The corpus an edition reads after a user added ``paths`` with ``trendbeeld add`` into the
    SQLite file ``db``, read at the highest access level."""
    result = CliRunner().invoke(cli, ["add", *paths, "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    store = open_store(db)
    try:
        return read_corpus(store, AccessLevel.CONFIDENTIAL)
    finally:
        store.close()
