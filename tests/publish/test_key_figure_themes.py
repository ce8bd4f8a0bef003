"""A series goes to the theme whose own name it uses (publish/_keyfigures.theme_of), on the real
CBS Veiligheidsmonitor per province (../shared/corpus/real/polls): "Vindt criminaliteit in buurt
toegenomen" is a figure of Criminaliteit, not of Demografie ("buurten" is one of Demografie's terms,
and "criminaliteit" was shared with every theme whose terms hold a compound of it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from trendbeeld.indicators import importing
from trendbeeld.publish import _keyfigures
from trendbeeld.store import indicators as indicator_store
from trendbeeld.store import open_store
from trendbeeld.themes import load_taxonomy

POLL = Path("corpus/real/polls/cbs_veiligheidsmonitor_provincies_2015_2017.csv")


@pytest.fixture(scope="module")
def themes_of(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str | None]:
    store = open_store(str(tmp_path_factory.mktemp("monitor") / "trendbeeld.db"))
    try:
        importing.import_file(store, shared / POLL)
        names = sorted({name for name, _ in indicator_store.list_indicators(store)})
    finally:
        store.close()
    taxonomy = load_taxonomy("regionaal")
    shown = [t for t in taxonomy.themes if not t.parent]
    terms = {t.key: _keyfigures._theme_terms(taxonomy, t) for t in shown}
    words = {t.key: _keyfigures._words(t.name) - _keyfigures.NAME_NOISE for t in shown}
    return {name: _keyfigures.theme_of(name, terms, words)[0] for name in names}


def test_crime_in_the_neighbourhood_is_crime(themes_of: dict[str, str | None]) -> None:
    about = {n: t for n, t in themes_of.items() if "criminaliteit in buurt" in n.casefold()}
    assert len(about) >= 4
    assert set(about.values()) == {"criminaliteit"}, about


def test_the_neighbourhood_itself_stays_demography(themes_of: dict[str, str | None]) -> None:
    buurt = {
        n: t for n, t in themes_of.items() if "buurt" in n.casefold() and "criminaliteit" not in n.casefold()
    }
    assert buurt
    assert "demografie" in set(buurt.values()), buurt
