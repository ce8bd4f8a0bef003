"""A stabbing is a crime; it is a youth matter when its news names the young (themes/taxonomies/
regionaal.yaml). Real headlines and leads of ../shared/corpus/real/news (RSS of Dutch news sites,
2016-2019): with "steekincident", "steekpartij" and "mes" as key terms of Jeugd, 485 of the 681
stabbing headlines of the real corpus went to Jeugd, of which 46 name a young person ("Jongen (17)
gewond bij steekincident"); "Man gewond bij steekincident op caravanpark" is no youth matter."""

from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from trendbeeld.model import Headline, SourceMeta, Span, evidence_id
from trendbeeld.sources.news import news_source
from trendbeeld.themes import load_taxonomy
from trendbeeld.themes.assign import rank

NEWS = Path("corpus/real/news/nl_news_rss_veiligheid_2016_2019.csv")
STABBING = re.compile(r"steek|neergestoken", re.IGNORECASE)
YOUNG = re.compile(r"jonger|jongen|minderjar|tiener|scholier|meisje|\(1[2-7]\)|1[2-7]-jarig", re.IGNORECASE)


@pytest.fixture(scope="module")
def themes_of(shared: Path) -> dict[str, str]:
    with (shared / NEWS).open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if STABBING.search(r["title"])]
    sources, items = [], []
    for row in rows:
        meta = SourceMeta(publisher=row["outlet"], date=date.fromisoformat(row["published"][:10]))
        source = news_source(row["url"], row["title"], row["lead"], meta)
        title = source.meta.title or ""
        sources.append(source)
        items.append(Headline(Span(source.id, 0, len(title)), title, title, row["outlet"]))
    ranked = rank(sources, items, load_taxonomy("regionaal"))
    return {h.title: ranked[evidence_id(h)][0][0] for h in items if ranked.get(evidence_id(h))}


def test_stabbings_are_crime_unless_the_young_are_named(themes_of: dict[str, str]) -> None:
    assert len(themes_of) >= 150
    counts = Counter(themes_of.values())
    assert counts.most_common(1)[0][0] == "criminaliteit", counts
    youth = [t for t, k in themes_of.items() if k == "jeugd"]
    named = [t for t in youth if YOUNG.search(t)]
    assert len(named) >= 0.6 * len(youth), youth


def test_a_stabbing_that_names_the_young_is_youth(themes_of: dict[str, str]) -> None:
    young = {t: k for t, k in themes_of.items() if YOUNG.search(t)}
    assert len(young) >= 15
    assert sum(k == "jeugd" for k in young.values()) >= 0.6 * len(young), young
