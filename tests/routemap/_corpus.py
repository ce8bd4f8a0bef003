"""Sources written for the route-map tests: two developments named together with causal wording."""

from __future__ import annotations

from datetime import date

from trendbeeld import extract, trends
from trendbeeld.model import AccessLevel, Source, SourceMeta, SourceType, Taxonomy, Theme, Trend, evidence_id
from trendbeeld.store import Store
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import sources as source_store

TAXONOMY = Taxonomy(
    "test",
    "Testtaxonomie",
    (
        Theme("samenleving", "Samenleving", "Polarisatie en vertrouwen."),
        Theme("onrust", "Onrust", "Demonstraties en rellen."),
        Theme("vermogen", "Vermogenscriminaliteit", "Woninginbraak."),
    ),
)
ANALYSIS = (
    "De polarisatie in de samenleving neemt toe. Die groeiende polarisatie leidt tot meer onrust: "
    "het aantal gewelddadige demonstraties stijgt."
)
INTERVIEW = (
    "Volgens de burgemeester groeit de polarisatie snel. Dat zorgt voor spanningen, want het aantal "
    "gewelddadige demonstraties neemt toe."
)
BURGLARY = "Het aantal woninginbraken daalt al jaren. Ook de woninginbraak in de wijken blijft dalen."
THEME_WORDS = {"polarisatie": "samenleving", "demonstraties": "onrust", "woninginbra": "vermogen"}


def save(store: Store, origin: str, text: str, access: AccessLevel = AccessLevel.PUBLIC) -> Source:
    meta = SourceMeta(SourceType.PUBLICATION, origin, "Uitgever " + origin, date(2024, 5, 1), access=access)
    source = Source.create(origin, text, meta)
    source_store.save(store, source, extract.extract(source))
    return source


def build(store: Store, *, interview_access: AccessLevel = AccessLevel.PUBLIC) -> dict[str, Trend]:
    """Store the three sources, cluster them and return the trends by their theme."""
    save(store, "analyse", ANALYSIS)
    save(store, "interview", INTERVIEW, interview_access)
    save(store, "inbraak", BURGLARY)
    assignment = {}
    for item in evidence_store.list_evidence(store, access=AccessLevel.CONFIDENTIAL):
        theme = next((t for word, t in THEME_WORDS.items() if word in item.text.casefold()), None)
        if theme:
            assignment[evidence_id(item)] = [(theme, 1.0)]
    trends.recluster(
        store, TAXONOMY, access=AccessLevel.CONFIDENTIAL, embedder="tfidf", assignment=assignment
    )
    found = trends.list_trends(store, access=AccessLevel.CONFIDENTIAL)
    return {t.theme or "": t for t in found}
