"""Publishing is curated and only reads: the openbaar check, concept editions, empty stores, key figures."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.publish._helpers import html_files, pdf_text, save_text, staged
from trendbeeld import indicators, publish
from trendbeeld.cli import cli
from trendbeeld.errors import ConfigError
from trendbeeld.model import AccessLevel, EditionSpec, SourceMeta, SourceType
from trendbeeld.publish import DEMO_INTRO, build, demo_spec, gather
from trendbeeld.publish._keyfigures import MAX_PER_THEME
from trendbeeld.store import Store, open_store
from trendbeeld.themes import load_taxonomy

CONTENT_PY = Path(publish.__file__).parent / "content.py"
STATISTICS = "cbs83648_gemeenten_misdrijven_totaal_2010_2020.csv"


def _tables(store: Store) -> dict[str, str]:
    """A digest of every stored row of the stages publishing reads (themes, trends, series)."""
    digests = {}
    with store.read() as conn:
        for table in ("theme_assignment", "trend", "trend_evidence", "series", "observation", "evidence"):
            rows = conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            digests[table] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return digests


def test_publishing_reads_the_stored_assignment_and_writes_nothing(demo_store: Store) -> None:
    source = CONTENT_PY.read_text(encoding="utf-8")
    assert "themes.assign" not in source and "save_assignment" not in source
    before = _tables(demo_store)
    gather(demo_store, demo_spec())
    gather(demo_store, replace(demo_spec(), access=AccessLevel.INTERNAL), concept=True)
    assert _tables(demo_store) == before


def test_public_edition_holds_accepted_trends_only(demo_store: Store) -> None:
    view = gather(demo_store, demo_spec())
    shown = [t for theme in view.themes for t in theme.trends]
    assert shown, "the demo analyst accepted trends"
    assert all(t.curated and t.status_label == "aanvaard" for t in shown)
    assert not view.concept and not view.candidates
    internal = gather(demo_store, replace(demo_spec(), access=AccessLevel.INTERNAL), concept=True)
    labels = {t.status_label for theme in internal.themes for t in theme.trends if t.curated}
    assert "aanvaard" in labels and any(label.startswith("kandidaat") for label in labels)


def test_placeholder_intro_and_empty_box_stop_a_public_edition(demo_store: Store, tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        gather(demo_store, replace(demo_spec(), intro=None))
    message = str(caught.value)
    assert "voorbeeldtekst" in message and "--intro" in message and "--concept" in message
    placeholder = tmp_path / "inleiding.md"
    placeholder.write_text("Pas deze tekst aan in een eigen Markdown-bestand.\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="Pas deze tekst aan"):
        gather(demo_store, replace(demo_spec(), intro=str(placeholder)))


def test_missing_meaning_names_the_theme_and_the_command(sqlite_store: Store, tmp_path: Path) -> None:
    from trendbeeld import trends

    for name, text, publisher in (
        ("a", "Het wapenbezit onder jongeren neemt toe, vooral het dragen van messen op straat.\n", "Halt"),
        ("b", "Ook volgens de politie neemt het wapenbezit onder jongeren toe, vooral van messen.\n", "NP"),
    ):  # two publishers: sources without one are one unknown voice, no candidate
        save_text(
            sqlite_store,
            f"{name}.txt",
            text,
            SourceMeta(type=SourceType.PUBLICATION, title=f"Rapport {name}", publisher=publisher),
        )
    taxonomy = load_taxonomy("regionaal")
    staged(sqlite_store, "regionaal")
    trends.recluster(sqlite_store, taxonomy, access=AccessLevel.CONFIDENTIAL)
    found = trends.list_trends(sqlite_store, access=AccessLevel.PUBLIC)
    assert found, "the two statements make a candidate trend"
    for trend in found:
        trends.accept(sqlite_store, trend.id, actor="test")
    spec = EditionSpec("open", taxonomy="regionaal", intro=str(DEMO_INTRO), audience="Gemeente Delft")
    with pytest.raises(ConfigError) as caught:
        gather(sqlite_store, spec)
    message = str(caught.value)
    assert "Betekenis voor Gemeente Delft" in message
    assert "trendbeeld trends boxes --taxonomy regionaal --thema" in message and "--laag betekenis" in message
    result = build(sqlite_store, spec, tmp_path / "concept", concept=True)
    assert result.pdf is not None
    for page in html_files(result.site):
        assert "Concept" in page.read_text(encoding="utf-8"), page
    assert "CONCEPT" in pdf_text(result.pdf)


def test_empty_store_is_an_error_not_an_empty_pdf(tmp_path: Path) -> None:
    db = tmp_path / "leeg.db"
    open_store(str(db)).close()
    result = CliRunner().invoke(
        cli, ["publish", "--edition", "leeg", "--db", str(db), "--out", str(tmp_path / "out"), "--concept"]
    )
    assert result.exit_code == 1
    assert "geen bronnen" in result.output and "trendbeeld add" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out" / "leeg" / "leeg.pdf").exists()


def test_no_stored_assignment_says_to_run_themes_assign(sqlite_store: Store) -> None:
    save_text(
        sqlite_store,
        "a.txt",
        "Het aantal woninginbraken neemt af in de hele regio.\n",
        SourceMeta(type=SourceType.PUBLICATION, title="Rapport a"),
    )
    with pytest.raises(ConfigError, match=r"trendbeeld themes assign --taxonomy regionaal"):
        gather(sqlite_store, EditionSpec("x", taxonomy="regionaal"), concept=True)


def test_key_figures_belong_to_their_theme_and_name_the_table(
    demo_store: Store, shared: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "demo.db"
    original = demo_store.url.removeprefix("sqlite:///")
    with sqlite3.connect(original) as source, sqlite3.connect(copy) as target:
        source.backup(target)  # the store is in WAL mode: copy it through SQLite, not the file
    store = open_store(str(copy))
    path = shared / "corpus" / "real" / "statistics" / STATISTICS
    report = indicators.import_file(store, path)
    assert (report.publisher, report.table_id) == ("CBS", "83648NED")
    try:
        view = gather(store, demo_spec())
        for theme in view.themes:
            assert len([f for f in theme.key_figures if f.link is None]) <= MAX_PER_THEME
            for figure in theme.key_figures:
                assert figure.theme == theme.key
                assert ".csv" not in figure.source_label and "count" not in figure.value
                if figure.chart is not None:
                    assert "(count)" not in " ".join(figure.chart.header)
        real = [f for t in view.themes for f in t.key_figures if "83648NED" in f.source_label]
        assert real, "the CBS table's Rotterdam figures reach the Criminaliteit page"
        assert all(
            f.source_label.startswith(
                "CBS, tabel 83648NED Geregistreerde criminaliteit; soort misdrijf, regio ("
            )
            for f in real
        )
        order = {"Rotterdam": 0, "Zuid-Holland": 1, "Rotterdam-Rijnmond": 1, "Nederland": 2}
        for theme in view.themes:
            ranks = [order.get(f.region or "", 1) for f in theme.key_figures if f.link is None]
            assert ranks == sorted(ranks), "Rotterdam's own series first, then its regions, then Nederland"
        assert "Rotterdam" in {f.region for f in real}
        overrides = tmp_path / "kerncijfers.yaml"
        overrides.write_text(
            'thema:\n  "Misdrijven, totaal — Registraties van verdachten": jeugd\n'
            'uitsluiten:\n  - "Bestaat niet"\n',
            encoding="utf-8",
        )
        with pytest.raises(ConfigError) as caught:
            gather(store, demo_spec(), key_figures=overrides)
        assert f"{overrides}" in str(caught.value) and "regel 4" in str(caught.value)
        overrides.write_text(
            'thema:\n  "Misdrijven, totaal — Registraties van verdachten": jeugd\n', encoding="utf-8"
        )
        moved = gather(store, demo_spec(), key_figures=overrides, concept=True)
        youth = next(t for t in moved.themes if t.key == "jeugd")
        assert any(f.label.endswith("Registraties van verdachten") for f in youth.key_figures)
    finally:
        store.close()


def test_news_is_summarised_and_listed_on_the_site_only(demo_edition: publish.EditionResult) -> None:
    site = demo_edition.site
    months = sorted((site / "nieuws").glob("*.html"))
    assert site / "nieuws" / "index.html" in months and len(months) >= 2
    listed = [
        line
        for page in months
        if page.name != "index.html"
        for line in page.read_text(encoding="utf-8").splitlines()
        if 'class="tb-news__item"' in line
    ]
    overview = (site / "nieuws" / "index.html").read_text(encoding="utf-8")
    assert "Aantal berichten per maand en medium" in overview
    assert "nieuws/zoekindex.js" in overview, "the news list is searchable"
    index = (site / "nieuws" / "zoekindex.js").read_text(encoding="utf-8")
    assert index.count('"t":') == len(listed), "every listed item is in the search index"
    sources = (site / "bronnen" / "index.html").read_text(encoding="utf-8")
    assert "nieuwsoverzicht" in sources
    assert not any(
        "tb-news__item" in (site / "bronnen" / p.name).read_text(encoding="utf-8")
        for p in (site / "bronnen").glob("*.html")
    )
    assert demo_edition.pdf is not None
    text = pdf_text(demo_edition.pdf)
    assert "Nieuws in cijfers" in text and "Nieuwsberichten per maand en medium" in text
