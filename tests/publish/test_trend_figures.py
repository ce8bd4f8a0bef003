"""A trend beside the statistics of its phenomenon (publish/_trend_figures): "In de cijfers: …".

The real Rotterdam edition listed 'Meer berichten over mishandelingen' and 'Afname van misdrijven'
without the registrations of either, though the corpus holds the police's national series per kind
of crime (2012-2023) and CBS's registered crime per municipality (2010-2020). On those real files
in SQLite.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from trendbeeld.indicators import importing
from trendbeeld.model import AccessLevel, Series
from trendbeeld.publish import _regions, _trend_figures
from trendbeeld.publish._view import TrendView
from trendbeeld.store import indicators as indicator_store
from trendbeeld.store import open_store

STATISTICS = Path("corpus/real/statistics")
FILES = (
    "politie_nl_misdrijven_per_soort_2012_2023.csv",  # the police's national series per kind of crime
    "cbs83648_gemeenten_misdrijven_totaal_2010_2020.csv",  # CBS's registered crime per municipality
)


@pytest.mark.parametrize(
    ("title", "phrase"),
    [
        ("Meer berichten over mishandelingen", "mishandelingen"),
        ("Mogelijk meer berichten over steekincidenten", "steekincidenten"),
        ("Afname van misdrijven", "misdrijven"),
        ("Wisselend beeld: woninginbraken", "woninginbraken"),
        ("Aandeel kritische inwoners neemt toe", None),  # a development's own wording
    ],
)
def test_a_generated_title_names_its_phenomenon(title: str, phrase: str | None) -> None:
    assert _trend_figures.phenomenon(title) == phrase


@pytest.fixture(scope="module")
def stored(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Series], dict]:
    store = open_store(str(tmp_path_factory.mktemp("cijfers") / "trendbeeld.db"))
    try:
        for name in FILES:
            importing.import_file(store, shared / STATISTICS / name)
        rotterdam = _regions.resolve("Rotterdam")
        series = [s for code in (rotterdam.code, *rotterdam.parents, _regions.NATIONAL)
                  for s in indicator_store.list_series(store, region=code, access=AccessLevel.PUBLIC)]
        return series, indicator_store.import_tables(store)
    finally:
        store.close()


def test_news_counts_beside_the_registrations(stored: tuple[list[Series], dict]) -> None:
    series, tables = stored
    trend = TrendView(id="t", title="Meer berichten over mishandelingen", theme="criminaliteit", change="up")
    assert _trend_figures.line(trend, series, _regions.resolve("Rotterdam"), tables) == (
        "In de cijfers: Mishandeling, Nederland, 2012–2023: dalend, tegen de richting van de trend in "
        "(Mann–Kendall; Politie)"
    )


def test_the_editions_own_area_and_a_plain_rate_first(stored: tuple[list[Series], dict]) -> None:
    series, tables = stored
    trend = TrendView(id="t", title="Afname van misdrijven", theme="criminaliteit", change="down")
    found = _trend_figures.line(trend, series, _regions.resolve("Rotterdam"), tables)
    assert found.startswith(
        "In de cijfers: Misdrijven, totaal — Geregistreerde misdrijven per 1000 inw, Rotterdam, 2010–2020: "
        "dalend, in lijn met de trend (Mann–Kendall; CBS"
    ), found
    # no series of the phenomenon: no line (a stabbing is no kind of crime the tables count)
    stabbing = TrendView(id="s", title="Mogelijk meer berichten over steekincidenten", theme="criminaliteit")
    assert _trend_figures.line(stabbing, series, _regions.resolve("Rotterdam"), tables) == ""
