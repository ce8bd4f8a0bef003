"""A news item is read by its title: a lead that recalls the past does not make it back a fall (issue 11).

Politie.nl's "Nederland - Registratie criminaliteit licht gestegen" opens its lead with "De afgelopen
vijf jaar daalde het aantal geregistreerde misdrijven consequent". In the real edition only that
sentence joined "Afname van misdrijven", and the item was counted among the sources backing the fall.
Real parts: the CBS crime analysis, the police's items on crime figures and ad.nl's item on Woerden,
through the CLI (add, themes assign, trends cluster) into a SQLite store, read back as every view does.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from trendbeeld import trends
from trendbeeld.cli import cli
from trendbeeld.model import AccessLevel, Change, Trend
from trendbeeld.store import open_store
from trendbeeld.store import trends as trend_store
from trendbeeld.trends import signals
from trendbeeld.trends._items import source_metas

REPORT = "corpus/real/reports/dashboard_crime_nl_analyse_83648NED_2010_2022.txt"
FEED = "corpus/real/news/nl_news_rss_veiligheid_2016_2019.csv"
POLICE = "corpus/real/news/politie_nl_nieuwsberichten_2012_2019.csv"
RISE = "Registratie criminaliteit licht gestegen"
POLICE_TITLES = (RISE, "Daling veelvoorkomende criminaliteit zet", "Jaarverantwoording 2018: veranderende")


def _run(*args: str) -> None:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output


def _subset(source: Path, target: Path, keep: Callable[[dict[str, str]], bool]) -> None:
    with source.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(r for r in rows if keep(r))


@pytest.fixture(scope="module")
def clustered(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[Trend]]:
    work = tmp_path_factory.mktemp("koppen")
    _subset(shared / FEED, work / "nieuws.csv", lambda r: "aantal misdrijven in Woerden" in r["lead"])
    _subset(shared / POLICE, work / "politie.csv", lambda r: any(t in r["title"] for t in POLICE_TITLES))
    db = str(work / "trendbeeld.db")
    _run("add", str(shared / REPORT), str(work / "nieuws.csv"), str(work / "politie.csv"), "--db", db)
    _run("themes", "assign", "--taxonomy", "regionaal", "--db", db)
    _run("trends", "cluster", "--taxonomy", "regionaal", "--db", db)
    store = open_store(db)
    try:
        return db, trends.list_trends(store, access=AccessLevel.CONFIDENTIAL)
    finally:
        store.close()


def test_the_title_of_a_news_item_joins_the_trend_its_lead_joined(clustered: tuple[str, list[Trend]]) -> None:
    db, found = clustered
    falling = [t for t in found if t.direction is Change.DOWN and "criminaliteit" in t.title]
    assert len(falling) == 1, [t.title for t in found]
    store = open_store(db)
    try:
        members = trend_store.readable_members(store, access=AccessLevel.CONFIDENTIAL)[falling[0].id]
        metas = source_metas(store, access=AccessLevel.CONFIDENTIAL)
    finally:
        store.close()
    rise = [e for e in members if RISE in (metas[e.span.source_id].title or "")]
    # the lead's recollection of the past and the title's news, both
    assert sorted(e.text for e in rise) == [
        f"Nederland - {RISE}", "daalde het aantal geregistreerde misdrijven consequent"
    ]
    backing = signals.support(members, metas, Change.DOWN)
    assert backing.opposed == {rise[0].span.source_id}
    assert signals.describe(backing).endswith("; 1 bericht meldt juist een stijging")
    # the police's annual account and ad.nl's Woerden item report the fall in their titles and back it
    assert (backing.stated, backing.news, backing.news_items) == (1, 2, 2)


def test_a_title_about_a_kind_of_it_does_not_decide() -> None:
    """'Meer zedenmisdrijven in Apeldoorn' over 'het totaal aantal incidenten en misdrijven daalde': a
    kind of crime rose, the item's own count of crime fell; the title does not speak for the item."""
    from trendbeeld.trends._synonyms import about_the_same

    assert not about_the_same("zedenmisdrijven in Apeldoorn", ["totaal aantal incidenten en misdrijven"])
    assert about_the_same("Nederland - Registratie criminaliteit", ["aantal geregistreerde misdrijven"])
    assert about_the_same("Aantal misdrijven in Zoetermeer", ["aantal misdrijven in Zoetermeer"])
