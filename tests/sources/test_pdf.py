"""PDF reading on generated documents: pages, reading order, repair, footnotes, encryption."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.sources import pdfs
from trendbeeld import sources
from trendbeeld.errors import UnreadableFile
from trendbeeld.model import Source, SourceMeta

PAGES = 6


def _read_one(path: Path) -> Source:
    [source] = sources.read(str(path), meta=SourceMeta())
    return source


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Source:
    path = pdfs.two_column_pdf(tmp_path_factory.mktemp("pdf") / "rapport.pdf", PAGES)
    return _read_one(path)


def test_every_page_has_a_range_that_fits_the_text(report: Source) -> None:
    assert [p.number for p in report.pages] == list(range(1, PAGES + 1))
    for previous, page in zip(report.pages, report.pages[1:], strict=False):
        assert previous.end <= page.start
    assert report.pages[-1].end == len(report.text)
    for page in report.pages:
        on_page = report.text[page.start : page.end]
        assert on_page.startswith(f"Op pagina {page.number} staat")
        assert on_page.endswith("in de kleine kernen.")


def test_offsets_of_page_content_map_to_their_page(report: Source) -> None:
    for n in range(1, PAGES + 1):
        for needle in (f"Op pagina {n} staat", f"woninginbraken daalde met {n} procent"):
            assert report.page_at(report.text.index(needle)) == n


def test_left_column_is_read_before_the_right_one(report: Source) -> None:
    for page in report.pages:
        on_page = report.text[page.start : page.end]
        assert on_page.index("binnenstad.") < on_page.index("Rechts op pagina")


def test_running_header_and_page_numbers_are_gone(report: Source) -> None:
    assert pdfs.HEADER not in report.text
    assert not [line for line in report.text.split("\n") if re.fullmatch(r"\d+", line.strip())]


def test_words_cut_at_line_ends_are_joined(report: Source) -> None:
    assert report.text.count("De ontwikkelingen\n") == PAGES
    assert report.text.count("De maatschappelijke\nonrust") == PAGES
    assert "ont-" not in report.text and "maatschap\n" not in report.text


def test_columns_and_boxes_become_paragraphs(report: Source) -> None:
    first = report.text[report.pages[0].start : report.pages[0].end]
    assert first.split("\n\n")[1].startswith("Rechts op pagina 1")


def test_raised_footnote_marker_is_dropped(tmp_path: Path) -> None:
    source = _read_one(pdfs.footnote_pdf(tmp_path / "voetnoot.pdf"))
    assert source.text == "Het aandeel bleef stabiel op 18% tussen 2014 en 2019."


def test_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    source = _read_one(pdfs.encrypted_pdf(tmp_path / "beperkt.pdf", user_password=""))
    assert source.text == "Vertrouwelijk: het aantal fraudezaken steeg met 9 procent."


def test_pdf_without_text_asks_for_ocr(tmp_path: Path) -> None:
    path = pdfs.drawing_only_pdf(tmp_path / "scan.pdf")
    with pytest.raises(UnreadableFile) as caught:
        _read_one(path)
    assert str(caught.value) == (
        f"{path}: de PDF bevat geen leesbare tekst. "
        "Controleer het bestand; een gescande PDF heeft eerst tekstherkenning (OCR) nodig"
    )


def test_title_columns_and_source_line_come_in_reading_order(tmp_path: Path) -> None:
    source = _read_one(pdfs.title_columns_footnote_pdf(tmp_path / "opmaak.pdf"))
    order = ["Veiligheidsbeeld Midden-Nederland 2024", "Links een", "Links twee", "Rechts een",
             "Rechts twee", "Rechts drie", "Bron: Politie"]
    positions = [source.text.index(marker) for marker in order]
    assert positions == sorted(positions)
    assert "waar drugslabs\n" in source.text and "fraude met betaalverzoeken\n" in source.text
    assert source.meta.title == "Veiligheidsbeeld Midden-Nederland 2024: de belangrijkste trends"
