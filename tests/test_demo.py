"""`trendbeeld demo` (what `make demo` runs): the whole pipeline on the demo corpus, ending in an edition."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tests.publish._helpers import pdf_text
from trendbeeld.cli import cli
from trendbeeld.model import AccessLevel
from trendbeeld.store import indicators as indicator_store
from trendbeeld.store import open_store
from trendbeeld.trends import list_trends


def test_demo_builds_the_edition_and_says_where(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = CliRunner().invoke(cli, ["demo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = dict(line.split(": ", 1) for line in result.output.splitlines() if ": " in line)
    site, database = Path(lines["Website"]), Path(lines["Database"])
    assert site.is_file() and site.name == "index.html"
    route_page = (site.parent / "routekaart.html").read_text(encoding="utf-8")
    assert route_page.count('id="verband-') == 3, "the demo analyst's links from routekaart.yaml"
    assert list((site.parent / "thema").glob("*.html")), "one page per theme"
    assert "Rotterdam" in pdf_text(Path(lines["PDF"]))
    store = open_store(str(database))
    try:
        assert indicator_store.list_series(store), "the manifest's statistics are imported"
        assert list_trends(store, access=AccessLevel.PUBLIC), "candidate trends are clustered"
    finally:
        store.close()
    assert "kandidaat-trends" in result.output and "Indicatoren:" in result.output
