"""A source that reports the opposite of a trend's rise or fall does not back it (issue 11, real edition).

Under "Afname van misdrijven" the real edition counted local news items that say crime rose
("Aantal misdrijven in Zoetermeer loopt na lange daling toch weer op") among the sources that back
the fall. Real parts: the CBS crime analysis and the feed's items on the number of crimes, added
through the CLI into a SQLite store and read back from it.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from trendbeeld.cli import cli
from trendbeeld.model import AccessLevel, Change, Evidence, SourceMeta
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import open_store
from trendbeeld.trends import signals
from trendbeeld.trends._items import source_metas

REPORT = "corpus/real/reports/dashboard_crime_nl_analyse_83648NED_2010_2022.txt"
FEED = "corpus/real/news/nl_news_rss_veiligheid_2016_2019.csv"
PLACES = ("Zoetermeer", "Alphen", "Woerden")  # two rose, one fell (ad.nl, 2019)
Found = tuple[list[Evidence], dict[str, SourceMeta]]


def _run(*args: str) -> None:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def crimes(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Found:
    """The evidence on 'misdrijven' of the crime analysis and three local news items, from SQLite."""
    work = tmp_path_factory.mktemp("tegen")
    with (shared / FEED).open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    picked = [r for r in rows if "aantal misdrijven in" in r["lead"] and any(p in r["lead"] for p in PLACES)]
    assert len(picked) == len(PLACES)
    with (work / "nieuws.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(picked)
    db = str(work / "trendbeeld.db")
    _run("add", str(shared / REPORT), str(work / "nieuws.csv"), "--db", db)
    store = open_store(db)
    try:
        every = AccessLevel.CONFIDENTIAL
        found = evidence_store.list_evidence(store, access=every)
        metas = source_metas(store, access=every)
    finally:
        store.close()
    return [e for e in found if "misdrijven" in e.text], metas


def _place(source_id: str, evidence: list[Evidence]) -> str:
    """The town a news item is about, by the words of its evidence."""
    said = " ".join(e.text for e in evidence if e.span.source_id == source_id)
    return next(p for p in PLACES if p in said)


def test_news_that_reports_a_rise_does_not_back_a_fall(crimes: Found) -> None:
    evidence, metas = crimes
    backing = signals.support(evidence, metas, Change.DOWN)
    news = {e.span.source_id for e in evidence if metas[e.span.source_id].type.value == "nieuws"}
    assert len(news) == len(PLACES)
    # Zoetermeer ("weer gestegen", though "na jaren van dalende misdaadcijfers") and Alphen rose
    assert backing.opposed <= news
    assert sorted(_place(s, evidence) for s in backing.opposed) == ["Alphen", "Zoetermeer"]
    # the report states the fall many times and a rise of some kinds: it backs the fall
    assert backing.stated == 1
    assert (backing.news, backing.news_items) == (1, 1)  # Woerden: "20 procent lager"
    assert signals.describe(backing) == (
        "2 bronnen: 1 rapport/peiling, 1 nieuwsmedium (1 bericht); 2 berichten melden juist een stijging"
    )
    # a rise has the report against it and the two items for it
    rising = signals.support(evidence, metas, Change.UP)
    assert (rising.stated, rising.news_items) == (0, 2)
    assert (rising.opposed_stated, rising.opposed_news_items) == (1, 1)
    assert signals.describe(rising).endswith("; 1 rapport/peiling en 1 bericht melden juist een daling")


def test_the_strength_counts_what_the_views_count(crimes: Found) -> None:
    evidence, metas = crimes
    found = signals.strength(evidence, metas, None, direction=Change.DOWN)
    assert (found.n_sources, found.n_stated, found.n_news, found.n_news_items) == (2, 1, 1, 1)
    # without a rise or fall to oppose (a mixed trend passes None) every source backs it
    every = signals.support(evidence, metas, None)
    assert (every.voices, every.news_items, every.opposed) == (2, 3, frozenset())
    assert signals.describe(every) == "2 bronnen: 1 rapport/peiling, 1 nieuwsmedium (3 berichten)"
