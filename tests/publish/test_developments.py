"""Developments in a concept edition (before curation): statements of change a title could name."""

from __future__ import annotations

from trendbeeld import extract
from trendbeeld.model import Source, SourceMeta, SourceType, TrendStatement
from trendbeeld.publish import _select

REPORT = (
    "Het aantal woninginbraken daalt al jaren in de regio.\n\n"
    "De wijziging kondigt de staatssecretaris een derde nota aan en neemt toe.\n\n"
    "De vaste commissie voor Financiën groeit sterk."
)


def test_a_development_is_named_by_a_phenomenon_not_a_fragment_or_a_body() -> None:
    source = Source.create("rapport.txt", REPORT, SourceMeta(SourceType.PUBLICATION, "Rapport", "CBS"))
    statements = [e for e in extract.extract(source) if isinstance(e, TrendStatement)]
    assert statements, "the extractor finds the statements of change"
    shown = _select.developments(statements, {source.id: source}, theme="criminaliteit")
    titles = [view.title for view in shown]
    assert any("woninginbraken" in title.casefold() for title in titles), titles
    assert not any("staatssecretaris" in title or "commissie" in title for title in titles), titles
