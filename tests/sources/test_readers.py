"""Every reader on real or generated documents: text, pages, metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import httpx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.conftest import require
from trendbeeld import sources
from trendbeeld.model import AccessLevel, SourceMeta, SourceType
from trendbeeld.sources.news import url_sources

FEEDS = Path(__file__).parents[1] / "fixtures" / "feeds"


def _read(path: Path | str, meta: SourceMeta | None = None) -> list[sources.Source]:  # type: ignore[name-defined]
    return [s for target, m in sources.discover([str(path)], meta=meta) for s in sources.read(target, meta=m)]


def test_real_pdf_keeps_pages_and_reading_order(shared: Path) -> None:
    pdf = shared / "corpus/real/reports/vng_burgerpeiling_mantelzorg_2023.pdf"
    require(pdf.is_file(), f"{pdf} ontbreekt")
    [source] = _read(pdf)
    assert len(source.pages) == 10
    assert [p.number for p in source.pages] == list(range(1, 11))
    assert all(p.start <= p.end for p in source.pages)
    assert source.pages[-1].end == len(source.text)
    start = source.text.index("Verborgen zorg")
    assert source.page_at(start) == 1
    assert "  " not in source.text.split("\n")[1]  # justified spacing repaired


def test_two_column_pdf_reads_left_column_before_right(tmp_path: Path) -> None:
    path = tmp_path / "kolommen.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    left = ["Linkerkolom regel een over veiligheid.", "Linkerkolom regel twee over jeugd."]
    right = ["Rechterkolom regel een over cybercrime.", "Rechterkolom regel twee over fraude."]
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        pdf.drawString(50, 780 - 14 * i, a)
        pdf.drawString(320, 780 - 14 * i, b)
    pdf.showPage()
    pdf.save()
    [source] = _read(path)
    assert source.text.index("Linkerkolom regel twee") < source.text.index("Rechterkolom regel een")


def test_html_main_text_without_scripts(tmp_path: Path) -> None:
    page = tmp_path / "bericht.html"
    body = "<p>De politie ziet een stijging van het aantal meldingen van online fraude in de regio.</p>" * 3
    page.write_text(
        "<html><head><title>Online fraude</title><script>var geheim='XYZ';</script></head>"
        f"<body><nav>Menu Home Contact</nav><article><h1>Online fraude neemt toe</h1>{body}</article>"
        "<footer>Cookiebeleid</footer><script>alert('x')</script></body></html>",
        encoding="utf-8",
    )
    [source] = _read(page)
    assert "stijging van het aantal meldingen" in source.text
    assert "geheim" not in source.text and "alert" not in source.text
    assert source.meta.title


def test_docx_paragraphs_headings_and_properties(tmp_path: Path) -> None:
    path = tmp_path / "notitie.docx"
    document = docx.Document()
    document.core_properties.title = "Notitie ondermijning"
    document.add_heading("Ondermijning in het buitengebied", level=1)
    document.add_paragraph("Het aantal drugslabs in leegstaande schuren neemt toe.")
    document.save(str(path))
    [source] = _read(path)
    assert source.meta.title == "Notitie ondermijning"
    assert "# Ondermijning in het buitengebied" in source.text
    assert "drugslabs in leegstaande schuren neemt toe" in source.text


def test_interview_note_front_matter(tmp_path: Path) -> None:
    note = tmp_path / "interview.md"
    note.write_text(
        "---\nname: Sanne de Vries\nrole: teamchef\norganisation: Politie eenheid Oost-Nederland\n"
        "date: 2024-02-12\n---\n\nVolgens De Vries verhardt de straatcultuur.\n",
        encoding="utf-8",
    )
    [source] = _read(note)
    assert source.meta.type is SourceType.INTERVIEW
    assert (source.meta.author, source.meta.role) == ("Sanne de Vries", "teamchef")
    assert source.meta.organisation == "Politie eenheid Oost-Nederland"
    assert source.meta.date == dt.date(2024, 2, 12)
    assert source.text.startswith("Volgens De Vries")


def test_rss_and_atom_items_become_news_sources() -> None:
    rss = _read(FEEDS / "politie-rss.xml")
    assert [s.meta.title for s in rss] == [
        "Aantal woninginbraken in de regio opnieuw gedaald",
        "Zorgen over jongeren en messen in de binnenstad",
    ]
    first = rss[0]
    assert first.meta.type is SourceType.NEWS
    assert first.meta.date == dt.date(2024, 2, 12)
    assert first.meta.publisher == "Voorbeeldfeed Veiligheid"
    assert first.origin == "https://nieuws.example.nl/artikel/1"
    assert "<b>" not in first.text and "alert" not in first.text
    [atom] = _read(FEEDS / "cyber-atom.xml")
    assert atom.meta.url == "https://cyber.example.nl/phishing-sms"


def test_feed_url_from_a_recorded_response() -> None:
    recorded = (FEEDS / "politie-rss.xml").read_bytes()

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url == "https://nieuws.example.nl/feed.rss"
        return httpx.Response(200, content=recorded, headers={"content-type": "application/rss+xml"})

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        items = list(url_sources("https://nieuws.example.nl/feed.rss", SourceMeta(), client))
    assert len(items) == 2


def test_real_news_csv_export(shared: Path, tmp_path: Path) -> None:
    full = shared / "corpus/real/news/politie_nl_nieuwsberichten_2012_2019.csv"
    require(full.is_file(), f"{full} ontbreekt")
    sample = tmp_path / "politie.csv"
    with full.open(encoding="utf-8") as handle:
        sample.write_text("".join(handle.readlines()[:6]), encoding="utf-8")
    items = _read(sample)
    assert len(items) == 5
    assert all(s.meta.type is SourceType.NEWS and s.meta.date for s in items)
    assert items[0].meta.publisher == "politie.nl"  # no outlet column: taken from the link
    assert items[0].text.startswith(items[0].meta.title)


def test_manifest_metadata_and_explicit_options(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Analyse\n\nDe overlast daalt.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Interne notitie over de inzet.\n", encoding="utf-8")
    (tmp_path / "cijfers.csv").write_text("indicator,region,period,value\nx,NL,2020,1\n", encoding="utf-8")
    (tmp_path / "trendbeeld.yaml").write_text(
        "defaults: {publisher: Gemeente Voorbeeld, regio: Voorbeeld}\n"
        "files:\n  b.txt: {toegang: intern, soort: signaal}\n"
        "indicators: [cijfers.csv]\n",
        encoding="utf-8",
    )
    found = dict(sources.discover([str(tmp_path)]))
    assert set(found) == {str(tmp_path / "a.md"), str(tmp_path / "b.txt")}
    b = found[str(tmp_path / "b.txt")]
    assert (b.access, b.type, b.publisher) == (AccessLevel.INTERNAL, SourceType.SIGNAL, "Gemeente Voorbeeld")
    explicit = dict(sources.discover([str(tmp_path)], meta=SourceMeta(region="Rotterdam")))
    assert explicit[str(tmp_path / "a.md")].region == "Rotterdam"
