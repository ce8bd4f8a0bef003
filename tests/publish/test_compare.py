"""Comparing editions: what is new, stronger, weaker, continuing or dropped, through the API and the CLI."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.publish._helpers import parse, save_text, staged
from trendbeeld.cli import cli
from trendbeeld.errors import ConfigError
from trendbeeld.model import EditionSpec, SourceMeta, SourceType
from trendbeeld.publish import DEMO_INTRO, EditionResult, build, compare
from trendbeeld.publish.compare import compare_manifests
from trendbeeld.publish.edition import check_name
from trendbeeld.store import Store, open_store

BURGLARY = (
    "Het aantal woninginbraken neemt af in de hele regio, zo blijkt uit de registraties van de politie.\n"
)
FRAUD = "De online fraude onder ouderen neemt toe, blijkt uit het onderzoek onder slachtoffers in 2023.\n"
FRAUD_AGAIN = "Ook de bank ziet het: de online fraude onder ouderen neemt toe, met vooral meer phishing.\n"
KNIVES = (
    "Het wapenbezit onder jongeren neemt toe, vooral het dragen van messen op straat en in het uitgaan.\n"
)


def _source(store: Store, name: str, text: str, kind: SourceType = SourceType.PUBLICATION) -> None:
    # Each its own publisher: sources without one are one unknown voice (`trends.events.voice`).
    meta = SourceMeta(type=kind, title=f"Rapport {name}", publisher=f"Uitgever {name}", date=date(2024, 2, 1))
    save_text(store, f"{name}.txt", text, meta)


def test_second_edition_shows_new_stronger_continuing_and_dropped_trends(
    sqlite_store: Store, tmp_path: Path
) -> None:
    _source(sqlite_store, "inbraak", BURGLARY)
    _source(sqlite_store, "fraude", FRAUD)
    _source(sqlite_store, "messen-oud", KNIVES)
    first = build(
        staged(sqlite_store), EditionSpec("voorjaar"), tmp_path / "voorjaar", with_pdf=False, concept=True
    )
    _source(sqlite_store, "fraude-bank", FRAUD_AGAIN)  # a report: a news item is an event, not a statement
    _source(sqlite_store, "messen-oud", "Over wapens zegt deze versie van het rapport niets meer.\n")
    _source(
        sqlite_store, "drugs", "De handel in cocaïne via de haven neemt toe, meldt de douane over 2023.\n"
    )
    second = build(
        staged(sqlite_store),
        EditionSpec("najaar"),
        tmp_path / "najaar",
        with_pdf=False,
        previous=first.directory,
        concept=True,
    )
    result = compare(first.directory, second.directory)
    titles = {
        name: [t.title.lower() for t in group]
        for name, group in [
            ("new", result.new),
            ("strengthening", result.strengthening),
            ("continuing", result.continuing),
            ("dropped", result.dropped),
            ("weakening", result.weakening),
        ]
    }
    assert any("cocaïne" in t for t in titles["new"])
    assert any("online fraude" in t for t in titles["strengthening"])
    assert any("woninginbraken" in t for t in titles["continuing"])
    assert any("wapenbezit" in t for t in titles["dropped"])
    assert [s.title for s in result.new_sources] == ["Rapport drugs", "Rapport fraude-bank"]
    assert result.dropped_sources == (), "a source with a new text is an update, not new and dropped"
    page = parse(second.site / "veranderd.html")
    text = " ".join(page.text)
    assert "Trends die sterker worden (1)" in text
    assert "Rapport drugs" in text


def test_changed_key_figures_and_dropped_sources_are_reported() -> None:
    def manifest(value: str, period: str, sources: list[str]) -> dict[str, object]:
        return {
            "name": period,
            "trends": [],
            "sources": [{"id": s, "title": f"Bron {s}"} for s in sources],
            "key_figures": [{"key": "k", "label": "Woninginbraken", "value": value, "period": period}],
        }

    result = compare_manifests(manifest("12.000", "2022", ["a", "b"]), manifest("11.400", "2023", ["b", "c"]))
    assert [(f.label, f.before, f.after) for f in result.figures] == [
        ("Woninginbraken", "12.000 (2022)", "11.400 (2023)")
    ]
    assert [s.title for s in result.dropped_sources] == ["Bron a"]
    assert [s.title for s in result.new_sources] == ["Bron c"]


def test_cli_publishes_and_compares(
    demo_store: Store, previous_edition: EditionResult, tmp_path: Path
) -> None:
    runner = CliRunner()
    db = demo_store.url.removeprefix("sqlite:///")
    published = runner.invoke(
        cli,
        [
            "publish",
            "--edition",
            "najaar",
            "--audience",
            "Gemeente Rotterdam",
            "--region",
            "Rotterdam",
            "--db",
            db,
            "--out",
            str(tmp_path),
            "--no-pdf",
            "--intro",
            str(DEMO_INTRO),
            "--taxonomy",
            "regionaal",
        ],
    )
    assert published.exit_code == 0, published.output
    lines = published.output.splitlines()
    assert lines[0].startswith(f"Website: {tmp_path / 'najaar' / 'site' / 'index.html'} (")
    assert lines[-1].startswith("Editie-hash: ")
    compared = runner.invoke(
        cli,
        ["compare", str(previous_edition.directory), "najaar", "--out", str(tmp_path), "--format", "json"],
    )
    assert compared.exit_code == 0, compared.output
    data = json.loads(compared.output)
    assert data["before"] == "vorige" and data["after"] == "najaar"
    assert data["before"] != data["after"]
    assert (tmp_path / "najaar" / "site" / "nieuws" / "index.html").is_file(), "the news overview is new"
    missing = runner.invoke(cli, ["compare", "bestaat-niet", "najaar", "--out", str(tmp_path)])
    assert missing.exit_code == 1
    assert missing.output == (
        f"fout: {tmp_path / 'bestaat-niet'}: geen editie gevonden (editie.json ontbreekt). "
        "Geef de map van een gebouwde editie, bijvoorbeeld out/NAAM\n"
    )


BAD_NAMES = {
    "../weg": "../weg",
    "naam\n": "naam\\n",
    ".verborgen": ".verborgen",
    "editie.2024": "editie.2024",
    "met spatie": "met spatie",
    "a/b": "a/b",
    "kleur\x1b[31m": "kleur\\x1b[31m",
    "": "",
}


def test_cli_refuses_a_bad_edition_name(tmp_path: Path) -> None:
    for name, shown in BAD_NAMES.items():
        result = CliRunner().invoke(
            cli, ["publish", "--edition", name, "--db", str(tmp_path / "t.db"), "--out", str(tmp_path)]
        )
        assert result.exit_code == 1, name
        assert result.output == (
            f"fout: editienaam '{shown}' is niet bruikbaar als mapnaam. Gebruik alleen letters, cijfers, "
            "streepje (-) en liggend streepje (_), beginnend met een letter of cijfer, zonder spaties, "
            "punten of schuine strepen (hoogstens 100 tekens)\n"
        ), name
    assert list(tmp_path.iterdir()) == [], "nothing is opened or written for a bad name"


def test_plain_names_are_accepted() -> None:
    for name in ("najaar", "Editie_2024-2", "9", "x" * 100):
        assert check_name(name) == name
    with pytest.raises(ConfigError):
        check_name("x" * 101)


def test_cli_refuses_a_fifo_or_a_device_as_introduction(tmp_path: Path) -> None:
    """A FIFO or /dev/zero as --intro is refused at once instead of blocking the build."""
    pipe = tmp_path / "inleiding.md"
    os.mkfifo(pipe)
    db = tmp_path / "t.db"
    _source(open_store(str(db)), "inbraak", BURGLARY)
    refused = {pipe: "dit is een FIFO (pipe)", Path("/dev/zero"): "dit is een apparaat of socket"}
    for intro, problem in refused.items():
        result = CliRunner().invoke(
            cli,
            ["publish", "--edition", "pijp", "--intro", str(intro), "--concept", "--no-pdf", "--db", str(db),
             "--out", str(tmp_path / "out")],
        )  # fmt: skip
        assert result.exit_code == 1, result.output
        assert result.output.startswith(f"fout: {intro}: {problem}, geen gewoon bestand"), result.output
