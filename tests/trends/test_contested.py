"""A candidate whose fall is contradicted as often as it is backed is said to be contested
(trends/signals.contested), on the real sources behind "Afname van misdrijven" in ../shared/corpus/real:
a report on registered crime and news items of 2019 on crime figures in Alphen, Zoetermeer and Woerden.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from trendbeeld import extract
from trendbeeld.model import Change, Evidence, Source, SourceMeta, TrendStatement
from trendbeeld.sources.news import news_source
from trendbeeld.trends import signals

REPORT = Path("corpus/real/reports/dashboard_crime_nl_analyse_83648NED_2010_2022.txt")
NEWS = Path("corpus/real/news/nl_news_rss_veiligheid_2016_2019.csv")
RISES = (
    "Aantal misdrijven in Zoetermeer loopt na lange daling toch weer op",
    "‘Voor politie blijft het dweilen met kraan open’",
)
FALL = "Eerste zes maanden laat daling criminaliteit zien in Woerden"


def _crime(items: list[Evidence]) -> list[Evidence]:
    return [
        i
        for i in items
        if isinstance(i, TrendStatement) and ("misdrij" in i.phenomenon or "criminaliteit" in i.phenomenon)
    ]


@pytest.fixture(scope="module")
def members(shared: Path) -> tuple[list[Evidence], dict[str, SourceMeta], set[str]]:
    report = Source.create(
        str(REPORT),
        (shared / REPORT).read_text(encoding="utf-8"),
        SourceMeta(title="Misdrijven en Populatie"),
    )
    evidence = [i for i in _crime(extract.extract(report)) if i.direction is Change.DOWN]
    metas = {report.id: report.meta}
    rising: set[str] = set()
    with (shared / NEWS).open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["title"] in (*RISES, FALL)]
    for row in rows:
        published = date.fromisoformat(row["published"][:10])
        meta = SourceMeta(publisher=row["outlet"], date=published, url=row["url"])
        source = news_source(row["url"], row["title"], row["lead"], meta)
        metas[source.id] = source.meta
        evidence += _crime(extract.extract(source))
        if row["title"] in RISES:
            rising.add(source.id)
    return evidence, metas, rising


def test_the_report_and_the_news_items_are_read(members: tuple) -> None:  # type: ignore[type-arg]
    evidence, metas, rising = members
    assert len(rising) == 2
    assert {e.span.source_id for e in evidence} >= rising
    assert any(not signals.events.is_event(metas[e.span.source_id]) for e in evidence)


def test_a_fall_reported_as_a_rise_as_often_as_a_fall_is_contested(members: tuple) -> None:  # type: ignore[type-arg]
    evidence, metas, rising = members
    backing = signals.support(evidence, metas, Change.DOWN)
    assert backing.opposed == rising
    assert backing.opposed_news_items >= backing.news_items
    assert signals.contested(backing)
    assert "melden juist een stijging" in signals.describe(backing)


def test_without_the_rises_the_fall_is_not_contested(members: tuple) -> None:  # type: ignore[type-arg]
    evidence, metas, rising = members
    backing = signals.support([e for e in evidence if e.span.source_id not in rising], metas, Change.DOWN)
    assert not backing.opposed
    assert not signals.contested(backing)


@pytest.mark.parametrize(
    ("for_", "against", "contested"),
    [(4, 4, True), (6, 5, True), (5, 1, True), (10, 1, False), (298, 0, False), (27, 2, False)],
)
def test_news_items_for_a_change_must_outnumber_those_against_beyond_chance(
    for_: int, against: int, contested: bool
) -> None:
    backing = signals.Support(1, 3, for_, opposed_news_items=against, reported=Change.UP if against else None)
    assert signals.contested(backing) is contested
