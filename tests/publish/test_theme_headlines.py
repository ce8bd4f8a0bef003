"""A theme page's headlines: one event told by several outlets is one headline, and a worry ("zorgen
om", "maakt zich zorgen") is no care (publish/_select.retold, publish/_theme_news).

In the real Rotterdam edition five of Mondiaal's eight headlines retold one event (an MH17 suspect
handed over to Russia, by four outlets in one day), and Zorg en veiligheid listed 'Herinrichting
Grote Berg in Eindhoven: Zorgen om veiligheid fietsers' and 'PVV maakt zich grote zorgen over
ICT-veiligheid in Zoetermeer'. On the real safety feed (../shared/corpus/real/news).
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from trendbeeld.model import Headline, SourceMeta, SourceType, Span, evidence_id
from trendbeeld.publish import _select, _theme_news
from trendbeeld.themes import load_taxonomy

RSS = "corpus/real/news/nl_news_rss_veiligheid_2016_2019.csv"


@pytest.fixture(scope="module")
def rows(shared: Path) -> list[dict[str, str]]:
    with (shared / RSS).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _meta(rows: list[dict[str, str]], start: str) -> SourceMeta:
    row = next(r for r in rows if r["title"].startswith(start))
    return SourceMeta(type=SourceType.NEWS, title=row["title"], publisher=row["outlet"],
                      date=date.fromisoformat(row["published"][:10]))


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("MH17-verdachte door Oekraïne overgedragen", "MH17-verdachte Tsemach overgedragen", True),
        ("MH17-verdachte Tsemach overgedragen", "MH17-verdachte overgedragen aan Rusland bij", True),
        # the same week, another angle: the exchange itself, not the suspect
        ("MH17-verdachte Tsemach overgedragen", "Gevangenenruil Rusland-Oekraïne", False),
        # a stabbing and the arrest days later are two headlines
        ("Drie jongeren neergestoken in Breda", "Verdachte van neersteken drie jongeren in Breda", False),
    ],
)
def test_one_event_told_by_several_outlets(
    rows: list[dict[str, str]], one: str, other: str, same: bool
) -> None:
    assert _select.retold(_meta(rows, one), _meta(rows, other)) is same


def test_a_worry_is_no_care(rows: list[dict[str, str]]) -> None:
    taxonomy = load_taxonomy("regionaal")
    zorg = next(t for t in taxonomy.themes if t.key == "zorg")
    titles = [
        "Herinrichting Grote Berg in Eindhoven: Zorgen om veiligheid fietsers",
        "PVV maakt zich grote zorgen over ICT-veiligheid in Zoetermeer",
        "Aantal meldingen kindermishandeling en huiselijk geweld stijgen in Kampen",
    ]
    headlines = []
    for n, start in enumerate(titles):
        meta = _meta(rows, start)
        headlines.append(Headline(Span(f"s{n}", 0, len(meta.title)), meta.title, meta.title, meta.publisher,
                                  meta.date))
    scores = {evidence_id(h): 1.0 for h in headlines}
    listed = [h.title for h in _theme_news.about_theme(headlines, zorg, taxonomy, scores)]
    assert listed == [headlines[2].title]
