"""A trend titled by the count of its news items shows that test on its theme page and in the PDF.

"Meer berichten over mishandelingen" says the count rose; the reader sees, in Dutch, the counts per
period and the q the title follows (`trendbeeld.trends.signals.describe_test`), as the CLI's
trend list is chosen by. A year of invented news headlines (one news CSV, four outlets) goes
through the real pipeline on a SQLite file: many topics at a steady rate, and assaults that
become four times as frequent in the last three months.
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

OUTLETS = ("ad.nl", "nos.nl", "nu.nl", "telegraaf.nl")
PLACES = ("Zwolle", "Breda", "Tilburg", "Almere", "Leiden", "Enschede", "Delft", "Venlo", "Assen", "Gouda")
STEADY = (
    "Brand verwoest twee schuren in {}",
    "Twee fietsers gewond bij aanrijding in {}",
    "Gemeente {} opent zwembad van drie miljoen euro",
    "Wateroverlast in twintig straten van {}",
    "Drie kandidaten voor burgemeester van {}",
    "Storing legt treinverkeer rond {} twee uur stil",
)
ASSAULTS = (
    "Twee mannen mishandeld bij station {}",
    "Twee vrouwen mishandeld in uitgaansgebied van {}",
    "Drie jongens mishandeld op schoolplein in {}",
)
_COUNT_TEST = re.compile(
    r"Toets op aantallen berichten: \d+ dagen met berichten in de laatste 3 maanden, \d+ in de maanden "
    r"daarvoor, naar verhouding van al het nieuws \d+,\d keer zo vaak; q (?:= \d,\d{3}|< 0,001)\."
)


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _news(path: Path) -> None:
    """Twelve months of 2019: 24 steady items a month; assaults 2 a month, 8 a month from October."""
    rows = []
    for month in range(1, 13):
        assaults = 8 if month >= 10 else 2
        for i in range(24 + assaults):
            template = ASSAULTS[i % len(ASSAULTS)] if i < assaults else STEADY[i % len(STEADY)]
            place = PLACES[(i + month) % len(PLACES)]
            day = date(2019, month, 1 + i % 28)
            rows.append({
                "published": f"{day.isoformat()}T10:{i:02d}:00+01:00",
                "outlet": OUTLETS[i % len(OUTLETS)],
                "category": "binnenland",
                "tags": "",
                "title": template.format(place),
                "lead": f"{template.format(place)}. De melding kwam op {day:%d-%m-%Y} om {i}.05 uur.",
                "url": f"https://{OUTLETS[i % len(OUTLETS)]}/{month}-{i}",
            })  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, Path]:
    work = tmp_path_factory.mktemp("telling")
    _news(work / "nieuws.csv")
    db = ("--db", str(work / "trendbeeld.db"))
    _run("add", str(work / "nieuws.csv"), *db)
    _run("themes", "assign", "--taxonomy", "regionaal", *db)
    _run("trends", "cluster", "--taxonomy", "regionaal", *db)
    listed = _run("trends", "list", "--access", "intern", *db)
    _run("publish", "--edition", "telling", "--taxonomy", "regionaal", "--access", "intern", "--concept",
         "--out", str(work / "out"), *db)  # fmt: skip
    return listed, work / "out" / "telling" / "site", work / "out" / "telling" / "telling.pdf"


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_theme_page_and_the_pdf_show_the_count_test_of_a_news_only_trend(
    edition: tuple[str, Path, Path],
) -> None:
    listed, site, pdf_file = edition
    assert "Meer berichten over mishandelingen" in listed, listed
    pages = [p.read_text(encoding="utf-8") for p in sorted((site / "thema").glob("*.html"))]
    page = next(p for p in pages if "Meer berichten over mishandelingen" in p)
    entry = page[page.index("Meer berichten over mishandelingen") :]
    entry = _flat(html.unescape(re.sub(r"<[^>]+>", " ", entry[: entry.index("</li>")])))
    assert _COUNT_TEST.search(entry), entry
    pdf = _flat(pdf_text(pdf_file))
    start = pdf.index("Kandidaat: Meer berichten over mishandelingen")
    assert _COUNT_TEST.search(pdf[start : start + 600]), pdf[start : start + 600]
