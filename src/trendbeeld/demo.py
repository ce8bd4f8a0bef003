"""The demo: the whole pipeline on the bundled demo corpus, ending in the public demo edition.

``run(out)`` ingests ``data/demo`` into ``out/trendbeeld.db``, imports the statistics its manifest lists,
runs themes, trends and route-map suggestions on what a public reader may see, adds the route-map
links the demo analyst keeps in ``routekaart.yaml``, and builds the demo edition (site and PDF) into
``out/editie``. ``trendbeeld demo`` and ``make demo`` call it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from trendbeeld import indicators, pipeline, publish, routemap, themes, trends
from trendbeeld.model import AccessLevel, Trend, TrendStatus
from trendbeeld.store import Store, open_store

DEMO_DIR = Path(__file__).resolve().parent / "data" / "demo"
DEMO_LINKS = DEMO_DIR / "routekaart.yaml"
DEMO_CURATION = DEMO_DIR / "analist.yaml"
DEMO_ANALYST = "demo-analist"


def curate(
    store: Store, taxonomy: str = "regionaal", *, access: AccessLevel = AccessLevel.PUBLIC
) -> list[str]:
    """What the demo analyst decides (``analist.yaml``): accept the best-backed candidates, write boxes.

    Per theme the strongest candidates (readable at ``access``) with at least ``minimaal_bronnen``
    sources are accepted, at most ``per_thema``; every theme gets its 'Betekenis' text. Returns the
    ids of the accepted trends.
    """
    plan = yaml.safe_load(DEMO_CURATION.read_text(encoding="utf-8"))
    rule = plan.get("aanvaarden") or {}
    least, most = int(rule.get("minimaal_bronnen", 2)), int(rule.get("per_thema", 3))
    tree = themes.load_taxonomy(taxonomy)
    by_theme: dict[str, list[Trend]] = defaultdict(list)
    for trend in trends.list_trends(store, access=access):
        strength = trend.strength
        if trend.status is TrendStatus.CANDIDATE and strength and strength.n_sources >= least:
            top = themes.top_level(tree, trend.theme)
            by_theme[top.key if top else ""].append(trend)
    accepted = []
    for found in by_theme.values():
        found.sort(key=lambda t: (-(t.strength.score if t.strength else 0.0), t.id))
        for trend in found[:most]:
            trends.accept(store, trend.id, actor=DEMO_ANALYST, note="demo: sterkste kandidaat van het thema")
            accepted.append(trend.id)
    for theme, text in (plan.get("trendkaders") or {}).items():
        meaning = " ".join(str(text).split())
        trends.set_box_text(store, theme, trends.Layer.MEANING, meaning, actor=DEMO_ANALYST)
    return accepted


@dataclass(frozen=True)
class DemoResult:
    database: Path
    ingest: pipeline.IngestReport
    imports: list[indicators.ImportReport]
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
        imports = indicators.import_manifest_indicators(store, DEMO_DIR)
        spec = publish.demo_spec()
        step("3. Thema's, trends en routekaart")
        analysis = pipeline.analyse(store, spec.taxonomy or "regionaal", access=spec.access)
        routemap.import_links(store, DEMO_LINKS, actor=DEMO_ANALYST)
        curate(store, spec.taxonomy or "regionaal", access=spec.access)
        step("4. Editie bouwen")
        edition = publish.build(store, spec, out / "editie", with_pdf=with_pdf)
    finally:
        store.close()
    return DemoResult(database, ingested, imports, analysis, edition)
