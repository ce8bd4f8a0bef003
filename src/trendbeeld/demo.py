"""The demo: the whole pipeline on the bundled demo corpus, ending in the public demo edition.

``run(out)`` ingests ``data/demo`` into ``out/trendbeeld.db``, imports the statistics its manifest lists,
runs themes, trends and route-map suggestions on what a public reader may see, adds the route-map
links the demo analyst keeps in ``routekaart.yaml``, and builds the demo edition (site and PDF) into
``out/editie``. ``trendbeeld demo`` and ``make demo`` call it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from trendbeeld import pipeline, publish, routemap
from trendbeeld.store import indicators as indicator_store
from trendbeeld.store import open_store

DEMO_DIR = Path(__file__).resolve().parent / "data" / "demo"
DEMO_LINKS = DEMO_DIR / "routekaart.yaml"
DEMO_ANALYST = "demo-analist"


@dataclass(frozen=True)
class DemoResult:
    database: Path
    ingest: pipeline.IngestReport
    imports: list[indicator_store.ImportReport]
    analysis: pipeline.AnalysisReport
    edition: publish.EditionResult


def run(out: Path, *, with_pdf: bool = True, step: Callable[[str], None] = lambda _: None,
        progress: pipeline.Progress = lambda _: None) -> DemoResult:
    """Run the demo into ``out``; ``step`` hears each stage's Dutch name, ``progress`` each file."""
    out.mkdir(parents=True, exist_ok=True)
    database = out / "trendbeeld.db"
    store = open_store(str(database))
    try:
        step("1. Bronnen inlezen")
        ingested = pipeline.ingest(store, [DEMO_DIR], progress=progress)
        step("2. Statistiek importeren")
        imports = indicator_store.import_manifest_indicators(store, DEMO_DIR)
        spec = publish.demo_spec()
        step("3. Thema's, trends en routekaart")
        analysis = pipeline.analyse(store, spec.taxonomy or "regionaal", access=spec.access)
        routemap.import_links(store, DEMO_LINKS, actor=DEMO_ANALYST)
        step("4. Editie bouwen")
        edition = publish.build(store, spec, out / "editie", with_pdf=with_pdf)
    finally:
        store.close()
    return DemoResult(database, ingested, imports, analysis, edition)
