"""One source count for a trend in the CLI, the site and the PDF; a mixed trend reads "wisselend" (issue 11).

A small real set goes through the real pipeline on a SQLite file: the CBS crime dashboard, a VNG
poll and the news items of the RSS safety feed that name crime, plus two invented reports that
disagree about house burglaries (one wording class: "neemt toe" against "daalt").
"""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.publish._helpers import pdf_text
from trendbeeld.cli import cli

REPORTS = "corpus/real/reports"
FEED = "corpus/real/news/nl_news_rss_veiligheid_2016_2019.csv"
CRIME_WORDS = ("misdrijven", "criminaliteit")
RISING = "Het aantal woninginbraken neemt toe. In 2023 steeg het aantal woninginbraken met 12 procent."
FALLING = "Het aantal woninginbraken daalt al jaren. In 2023 daalde het aantal woninginbraken met 9 procent."
# A line of ``trends list``: id, status, title, direction, then (theme; support; items; …).
_LINE = re.compile(r"^(?P<id>[0-9a-f]{16})  \[[^]]+\] (?P<title>.+?)(?: — (?P<direction>[^(]+?))?  "
                   r"\((?P<theme>[^;]+); (?P<support>\d+ bronn?e?n?[^;]*); ")  # fmt: skip


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _flat(text: str) -> str:
    return " ".join(text.split())


def _feed_items(shared: Path, target: Path) -> Path:
    """The feed's items that name crime, as their own CSV file."""
    with (shared / FEED).open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    picked = [r for r in rows if any(w in f"{r['title']} {r['lead']}".casefold() for w in CRIME_WORDS)]
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(picked)
    return target


@pytest.fixture(scope="module")
def edition(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, Path]:
    """``trends list`` of the store, and the site and PDF of its internal concept edition."""
    work = tmp_path_factory.mktemp("support")
    (work / "inbraakmonitor.txt").write_text(f"Inbraakmonitor\n\n{RISING}\n", encoding="utf-8")
    (work / "wijkbericht.txt").write_text(f"Wijkbericht\n\n{FALLING}\n", encoding="utf-8")
    db = ("--db", str(work / "trendbeeld.db"))
    _run(
        "add",
        str(shared / REPORTS / "dashboard_crime_nl_analyse_83648NED_2010_2022.txt"),
        str(shared / REPORTS / "vng_burgerpeiling_eenzaamheid_en_sociale_veerkracht_2023.pdf"),
        str(_feed_items(shared, work / "nieuws-criminaliteit.csv")),
        *db,
    )
    # Two publishers: a source without one is of an unknown voice, one for all such sources.
    _run("add", str(work / "inbraakmonitor.txt"), "--publisher", "Inbraakmonitor", *db)
    _run("add", str(work / "wijkbericht.txt"), "--publisher", "Wijkblad Oost", *db)
    _run("themes", "assign", "--taxonomy", "regionaal", *db)
    _run("trends", "cluster", "--taxonomy", "regionaal", *db)
    listed = _run("trends", "list", "--access", "intern", *db)
    _run("publish", "--edition", "steun", "--taxonomy", "regionaal", "--access", "intern", "--concept",
         "--out", str(work / "out"), *db)  # fmt: skip
    return listed, work / "out" / "steun" / "site", work / "out" / "steun" / "steun.pdf"


def _lines(listed: str) -> list[re.Match[str]]:
    found = [m for line in listed.splitlines() if (m := _LINE.match(line))]
    assert len(found) == len(listed.splitlines()) - 1, listed  # every line but the total
    return found


def _site_entry(site: Path, trend_id: str) -> str:
    """The flattened text of the trend's entry on its theme page."""
    for page in sorted((site / "thema").glob("*.html")):
        text = page.read_text(encoding="utf-8")
        start = text.find(f'id="trend-{trend_id}"')
        if start >= 0:
            entry = text[start : text.index("</li>", start)]
            return _flat(html.unescape(re.sub(r"<[^>]+>", " ", entry.split(">", 1)[1])))
    raise AssertionError(f"trend {trend_id} is on no theme page")


def _pdf_entry(pdf: str, title: str) -> str:
    """The flattened text of the (candidate) trend in the PDF, up to the next trend or heading."""
    start = pdf.find(f"Kandidaat: {title}")
    assert start >= 0, title
    end = min(i for i in (pdf.find(" Kandidaat: ", start + 1), pdf.find(" Kerncijfers ", start)) if i > 0)
    return pdf[start:end]


def test_the_cli_the_site_and_the_pdf_count_the_same_sources(edition: tuple[str, Path, Path]) -> None:
    listed, site, pdf_file = edition
    pdf = _flat(pdf_text(pdf_file))
    lines = _lines(listed)
    assert len(lines) >= 2
    # The count is of independent voices: reports and polls apart from news outlets and their items.
    assert any("nieuwsmedi" in m["support"] and "bericht" in m["support"] for m in lines), listed
    assert any("rapport" in m["support"] for m in lines), listed
    for m in lines:
        whole = re.compile(rf"· {re.escape(m['support'])}(?!,)")  # the whole count, not the start of one
        assert whole.search(_site_entry(site, m["id"])), (m["support"], _site_entry(site, m["id"]))
        assert whole.search(_pdf_entry(pdf, m["title"])), (m["support"], _pdf_entry(pdf, m["title"]))


def test_a_trend_whose_sources_disagree_reads_mixed_everywhere(edition: tuple[str, Path, Path]) -> None:
    listed, site, pdf_file = edition
    pdf = _flat(pdf_text(pdf_file))
    burglaries = [m for m in _lines(listed) if "woninginbraken" in m["title"].casefold()]
    assert len(burglaries) == 1, listed
    mixed = burglaries[0]
    # the CLI line says it once: by the title's lead, or after a title that does not say it
    assert (mixed["title"].startswith("Wisselend beeld:") and mixed["direction"] is None) or (
        mixed["direction"] == "wisselend"
    )
    assert "niet eenduidig]" not in listed  # no direction with a flag that takes it back
    site_text = _site_entry(site, mixed["id"])
    assert site_text.startswith(f"Kandidaat: {mixed['title']} Richting: ⇅ wisselend")
    assert "neemt toe" not in site_text and "neemt af" not in site_text
    pages = [p.read_text(encoding="utf-8") for p in (site / "thema").glob("*.html")]
    page = next(text for text in pages if f'id="trend-{mixed["id"]}"' in text)
    assert '"tb-mark tb-mark--mixed" aria-hidden="true">⇅</span> <span class="tb-change">wisselend' in page
    pdf_entry = _pdf_entry(pdf, mixed["title"])
    assert "Richting: wisselend" in pdf_entry
    assert "neemt toe" not in pdf_entry and "neemt af" not in pdf_entry
    assert f"⇅ Kandidaat: {mixed['title']}" in pdf

