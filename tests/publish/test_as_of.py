"""The edition says how recent its sources are: the texts' newest date and the figures' last period.

The real edition read "Stand van de bronnen: 30 oktober 2019" over statistics that run to 2024. Real
parts: the safety feed's items of October 2019 and the police's crime series 2012–2023, through the
CLI into SQLite and published as an internal concept edition.
"""

from __future__ import annotations

import csv
import html
import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.publish._helpers import pdf_text
from trendbeeld.cli import cli
from trendbeeld.publish import _overview

FEED = "corpus/real/news/nl_news_rss_veiligheid_2016_2019.csv"
SERIES = "corpus/real/statistics/politie_nl_misdrijven_per_soort_2012_2023.csv"


def _run(*args: str) -> None:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def edition(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("stand")
    with (shared / FEED).open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["published"].startswith("2019-10")]
    with (work / "nieuws.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows[:60])
    db = ("--db", str(work / "trendbeeld.db"))
    _run("add", str(work / "nieuws.csv"), *db)
    _run("indicators", "import", str(shared / SERIES), *db)
    _run("themes", "assign", "--taxonomy", "regionaal", *db)
    _run("publish", "--edition", "stand", "--taxonomy", "regionaal", "--access", "intern", "--concept",
         "--out", str(work / "out"), *db)  # fmt: skip
    return work / "out" / "stand" / "site", work / "out" / "stand" / "stand.pdf"


def test_the_front_page_names_the_texts_date_and_the_figures_period(edition: tuple[Path, Path]) -> None:
    site, pdf = edition
    front = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", (site / "index.html").read_text("utf-8"))).split())
    wording = r"Stand van de bronnen (nieuws en rapporten tot \d+ \w+ 2019, cijfers tot (\d+))"
    shown = re.search(wording, front)
    assert shown, front[:2000]
    assert shown[2] == "2023"
    assert shown[1] in " ".join(pdf_text(pdf).split())


def test_periods_of_every_kind_are_read_to_their_end() -> None:
    texts = [date(2019, 10, 30)]
    assert _overview.as_of(texts, ["2023", "2024-02"], news=True) == (
        "nieuws en rapporten tot 30 oktober 2019, cijfers tot februari 2024"
    )
    assert _overview.as_of(texts, ["2024Q1", "2023-12"], news=False) == (
        "rapporten tot 30 oktober 2019, cijfers tot 1e kwartaal 2024"
    )
    assert _overview.as_of([], ["2022", "onbekend"], news=False) == "cijfers tot 2022"
    assert _overview.as_of([], [], news=True) is None
