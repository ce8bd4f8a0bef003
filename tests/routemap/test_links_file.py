"""Route-map links an analyst keeps in YAML: imported whole, or not at all with the line named."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from trendbeeld import routemap
from trendbeeld.cli import cli
from trendbeeld.demo import DEMO_LINKS
from trendbeeld.errors import ConfigError
from trendbeeld.model import LinkType
from trendbeeld.store import Store

GOOD = """\
verbanden:
  - van: online
    naar: criminaliteit
    soort: hangt samen met
    toelichting: Criminaliteit verschuift naar internet.
    lezen: Notitie online fraude
  - van: ondermijning
    naar: jeugd
    soort: leidt tot
    toelichting: Netwerken ronselen jongeren.
"""


def test_the_demo_links_file_is_read() -> None:
    entries = routemap.read_links(DEMO_LINKS)
    assert [(e.source, e.target, e.type) for e in entries] == [
        ("ondermijning", "jeugd", LinkType.LEADS_TO),
        ("online", "criminaliteit", LinkType.RELATED),
        ("jeugd", "criminaliteit", LinkType.REINFORCES),
    ]
    assert all(e.reading for e in entries)


def test_links_are_added_confirmed_and_recorded(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "verbanden.yaml"
    path.write_text(GOOD, encoding="utf-8")
    added = routemap.import_links(store, path, actor="anna")
    loaded = routemap.load(store, confirmed_only=True)
    assert {link.id for link in loaded.links} == {link.id for link in added}
    [first] = [link for link in loaded.links if link.source == "online"]
    assert first.reading == ("Notitie online fraude",)
    assert first.rationale == "Criminaliteit verschuift naar internet."


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("soort: leidt tot", "soort: botst met", "regel 7: onbekend soort verband 'botst met'"),
        ("toelichting: Netwerken ronselen jongeren.", "toelichting: ''",
         "regel 7: verband mist 'toelichting'"),
        ("naar: jeugd", "naar: ondermijning", "regel 7: verband van 'ondermijning' naar zichzelf"),
        ("    naar: jeugd\n", "    naar: jeugd\n    kleur: rood\n", "regel 7: onbekend veld 'kleur'"),
    ],
)
def test_one_bad_entry_adds_nothing_and_names_its_line(
    store: Store, tmp_path: Path, old: str, new: str, message: str
) -> None:
    path = tmp_path / "verbanden.yaml"
    path.write_text(GOOD.replace(old, new), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        routemap.import_links(store, path, actor="anna")
    assert str(caught.value).startswith(f"{path}, {message}")
    assert routemap.load(store, confirmed_only=False).links == ()


def test_the_cli_imports_a_file(tmp_path: Path) -> None:
    path = tmp_path / "verbanden.yaml"
    path.write_text(GOOD, encoding="utf-8")
    db = str(tmp_path / "t.db")
    result = CliRunner().invoke(cli, ["routekaart", "import", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    assert result.output == f"2 verbanden toegevoegd uit {path}.\n"
    broken = tmp_path / "kapot.yaml"
    broken.write_text("verbanden: [", encoding="utf-8")
    failed = CliRunner().invoke(cli, ["routekaart", "import", str(broken), "--db", db])
    assert failed.exit_code == 1
    assert f"fout: {broken}, regel 1: het verbandenbestand is geen geldige YAML" in failed.output
