"""A news item on an event abroad is no second voice of a report's Dutch development
(trends/_coherence.backing), on real parts of ../shared/corpus/real: the VNG poll on loneliness states
a rise of wellbeing, and the NOS item "Nieuw-Zeeland investeert miljarden in welzijn bevolking" landed
beside it; the two made the candidate "Toename van welzijn" (1 report, 1 news outlet)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from trendbeeld import extract, sources
from trendbeeld.model import SourceMeta, SourceType, Span, TrendStatement, evidence_id
from trendbeeld.trends import _coherence, cluster
from trendbeeld.trends._items import Item, sentence_around
from trendbeeld.trends.embed import TfidfEmbedder

POLL = "corpus/real/reports/vng_burgerpeiling_eenzaamheid_en_sociale_veerkracht_2023.pdf"
NEWS = "corpus/real/news/nl_news_rss_alle_koppen_2019-05.csv"
TITLE = "Nieuw-Zeeland investeert miljarden in welzijn bevolking"


def test_a_news_item_abroad_does_not_back_a_reports_development(shared: Path) -> None:
    (poll,) = sources.read(str(shared / POLL), meta=SourceMeta(type=SourceType.PUBLICATION))
    statements = [
        i
        for i in extract.extract(poll)
        if isinstance(i, TrendStatement) and "welzijn" in i.phenomenon.casefold()
    ]
    assert statements, "the poll states a change of wellbeing"
    items = [
        Item(evidence_id(s), s, sentence_around(poll.text, s.span.start, s.span.end), "demografie")
        for s in statements
    ]
    with (shared / NEWS).open(encoding="utf-8") as handle:
        (row,) = [r for r in csv.DictReader(handle) if r["title"] == TITLE]
    meta = SourceMeta(type=SourceType.NEWS, title=TITLE, publisher=row["outlet"], date=date(2019, 5, 30))
    said = TrendStatement(Span("nos-nieuw-zeeland", 0, len(TITLE)), TITLE, "welzijn bevolking", None)
    items.append(Item(evidence_id(said), said, TITLE, "demografie", meta))
    vectors = cluster.embed_items(items, TfidfEmbedder())
    index = {item.id: i for i, item in enumerate(items)}
    found = cluster.Candidate(None, tuple((item.id, 1.0) for item in items), cluster.centroid(vectors))
    kept = _coherence.backing(found, items, index, vectors, lambda source: source == "nos-nieuw-zeeland")
    assert evidence_id(said) not in kept.ids
    assert set(kept.ids) & {evidence_id(s) for s in statements}
