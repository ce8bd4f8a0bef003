"""A source that names no publisher or date says so where the edition lists it (real edition): the
CBS crime analysis of the real corpus is a course project without author, publisher or date, and
the candidate "Afname van misdrijven" rests on it; its line in the source list read like any other.
Real parts: that report and a VNG report, added, assigned and published through the CLI."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from trendbeeld.cli import cli

CRIME = "dashboard_crime_nl_analyse_83648NED_2010_2022.txt"
VNG = "vng_burgerpeiling_verbondenheid_door_burenhulp_2023.pdf"


def _run(*args: str) -> None:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output


def test_the_source_list_says_what_a_source_does_not_name(shared: Path, tmp_path: Path) -> None:
    reports = shared / "corpus" / "real" / "reports"
    db = str(tmp_path / "trendbeeld.db")
    _run("add", str(reports / CRIME), str(reports / VNG), "--db", db)
    _run("themes", "assign", "--taxonomy", "regionaal", "--db", db)
    out = tmp_path / "editie"
    _run(
        "publish",
        "--edition",
        "proef",
        "--taxonomy",
        "regionaal",
        "--access",
        "intern",
        "--concept",
        "--no-pdf",
        "--out",
        str(out),
        "--db",
        db,
    )
    listing = (out / "proef" / "site" / "bronnen" / "index.html").read_text(encoding="utf-8")
    text = " ".join(re.sub(r"<[^>]+>", " ", listing).split())
    crime = text[text.index("Misdrijven en Populatie") :][:200]
    assert "uitgever onbekend" in crime and "datum onbekend" in crime
    pages = [p.read_text(encoding="utf-8") for p in (out / "proef" / "site" / "bronnen").glob("*.html")]
    assert any("onbekend: de bron noemt geen uitgever" in p for p in pages)
