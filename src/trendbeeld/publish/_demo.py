"""The demo edition's spec: public, for a regional audience, with the demo's own introduction."""

from __future__ import annotations

from pathlib import Path

from trendbeeld.model import AccessLevel, EditionSpec
from trendbeeld.publish.edition import EditionResult, build
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
