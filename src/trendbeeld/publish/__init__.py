"""Editions: an accessible static website and a PDF brochure from the evidence store.

``build(store, spec, out)`` writes ``out/site/`` and ``out/<name>.pdf``; ``compare(a, b)``
tells what changed between two built editions. See ``content.py`` for what an edition
shows and how access levels are kept apart.
"""

from __future__ import annotations

from pathlib import Path

from trendbeeld.errors import LeakError
from trendbeeld.model import AccessLevel, EditionSpec
from trendbeeld.publish.compare import Comparison, compare
from trendbeeld.publish.content import gather
from trendbeeld.publish.edition import EditionResult, build
from trendbeeld.publish.summary import summarize
from trendbeeld.store import Store

DEMO_AUDIENCE = "Veiligheidsregio Rotterdam-Rijnmond"
DEMO_REGION = "Rotterdam"
DEMO_INTRO = Path(__file__).resolve().parents[1] / "data" / "demo" / "inleiding.md"


def demo_spec(name: str = "demo") -> EditionSpec:
    """The spec of the demo edition: public, for a regional audience."""
    return EditionSpec(
        name=name,
        access=AccessLevel.PUBLIC,
        audience=DEMO_AUDIENCE,
        region=DEMO_REGION,
        taxonomy="regionaal",
        intro=str(DEMO_INTRO),
    )


def build_demo(store: Store, out: Path) -> EditionResult:
    """Build the demo edition from an ingested demo store into ``out`` (site and PDF)."""
    return build(store, demo_spec(), out)


__all__ = [
    "DEMO_INTRO",
    "Comparison",
    "EditionResult",
    "LeakError",
    "build",
    "build_demo",
    "compare",
    "demo_spec",
    "gather",
    "summarize",
]
