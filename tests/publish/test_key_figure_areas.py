"""Key figures of a regional edition: the edition's own area first, and a card about another area
says which and why (publish/_keyfigures.choose, area_note).

In the real Rotterdam edition every card about Zuid-Holland or Nederland said only "Zuid-Holland"
or "Nederland", and CBS's surveys per politieregio ("Rotterdam-Rijnmond (PO)", 2008-2011: the area of
the safety region of that name) were never shown: the import kept the name, the edition asked for
codes. On the real CBS files (../shared/corpus/real/polls) in SQLite.
"""

from __future__ import annotations

from pathlib import Path

from trendbeeld.indicators import importing
from trendbeeld.model import AccessLevel
from trendbeeld.publish import _keyfigures, _regions
from trendbeeld.store import indicators as indicator_store
from trendbeeld.store import open_store
from trendbeeld.themes import load_taxonomy

POLLS = Path("corpus/real/polls")
SURVEY = "cbs_ivm_buurtproblemen_politieregio_2008_2011.csv"  # per politieregio, to 2011
MONITOR = "cbs_veiligheidsmonitor_provincies_2015_2017.csv"  # per province, to 2017


def test_a_politieregio_is_the_safety_region_and_cards_name_their_area(shared: Path, tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "trendbeeld.db"))
    try:
        importing.import_file(store, shared / POLLS / SURVEY)
        importing.import_file(store, shared / POLLS / MONITOR)
        rijnmond = indicator_store.list_series(store, region="VR17", access=AccessLevel.PUBLIC)
        assert len(rijnmond) >= 10  # "Rotterdam-Rijnmond (PO)" is stored as VR17
        rotterdam = _regions.resolve("Rotterdam")
        wanted = {_regions.NATIONAL, rotterdam.code, *rotterdam.parents}
        series = [s for code in sorted(wanted)
                  for s in indicator_store.list_series(store, region=code, access=AccessLevel.PUBLIC)]
        tables = indicator_store.import_tables(store)
    finally:
        store.close()
    taxonomy = load_taxonomy("regionaal")
    shown = [t for t in taxonomy.themes if not t.parent]
    cards = [c for found in _keyfigures.choose(series, taxonomy, shown, rotterdam, _keyfigures.Overrides(),
                                               tables).values() for c in found]
    assert cards
    for card in cards:
        assert card.region in {"Rotterdam-Rijnmond", "Zuid-Holland", "Nederland"}, card.region
        assert card.context.startswith("Geen cijfer voor Rotterdam"), card.context
    rijnmond_cards = [card for card in cards if card.region == "Rotterdam-Rijnmond"]
    assert rijnmond_cards
    for card in rijnmond_cards:
        assert "gaat over de veiligheidsregio Rotterdam-Rijnmond, waarin Rotterdam ligt." in card.context
    # the region's survey (to 2011) lies within RECENT_YEARS of the province's monitor (to 2017):
    # the edition's own area comes first
    demography = _keyfigures.choose(series, taxonomy, shown, rotterdam, _keyfigures.Overrides(), tables)
    assert demography["demografie"][0].region == "Rotterdam-Rijnmond", demography["demografie"]


def test_an_area_note_says_which_area_and_why() -> None:
    rotterdam = _regions.resolve("Rotterdam")
    assert _keyfigures.area_note("GM0599", rotterdam) is None
    assert _keyfigures.area_note("PV28", rotterdam) == (
        "Geen cijfer voor Rotterdam in de bronnen; dit cijfer gaat over de provincie Zuid-Holland, "
        "waarin Rotterdam ligt."
    )
    assert _keyfigures.area_note("NL01", rotterdam) == (
        "Geen cijfer voor Rotterdam of een regio waarin Rotterdam ligt in de bronnen; "
        "dit is het landelijke cijfer."
    )
    elsewhere = _keyfigures.area_note("PV27", rotterdam)
    assert elsewhere == "Dit cijfer gaat over Noord-Holland, niet over Rotterdam."


def test_the_key_figures_page_says_how_many_are_the_editions_own(shared: Path, tmp_path: Path) -> None:
    """The page said 'Tijdreeksen …, berekend voor Rotterdam' above 30 cards of which 2 were Rotterdam's."""
    import html
    import re

    from click.testing import CliRunner

    from trendbeeld.cli import cli

    db = ("--db", str(tmp_path / "trendbeeld.db"))
    for args in (
        ("add", str(shared / "corpus/real/reports/dashboard_crime_nl_analyse_83648NED_2010_2022.txt")),
        ("indicators", "import", str(shared / POLLS / SURVEY), str(shared / POLLS / MONITOR)),
        ("themes", "assign", "--taxonomy", "regionaal"),
        ("publish", "--edition", "cijfers", "--taxonomy", "regionaal", "--region", "Rotterdam", "--access",
         "intern", "--concept", "--no-pdf", "--out", str(tmp_path / "out")),
    ):
        result = CliRunner().invoke(cli, [*args, *db], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    page = (tmp_path / "out" / "cijfers" / "site" / "kerncijfers.html").read_text("utf-8")
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    assert "berekend voor Rotterdam" not in text
    said = "Tijdreeksen uit registraties en enquêtes: geen voor Rotterdam zelf; waar de bronnen geen"
    assert said in text, text[:1500]
    assert "het cijfer van de regio waarin het ligt of van Nederland (elke kaart zegt welk gebied)" in text
