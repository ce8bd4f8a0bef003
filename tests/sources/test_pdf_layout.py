"""PDF layout: reading order, paragraphs, headings and footnote markers, on both backends.

Generated PDFs pin the rules; the real reports in ``../shared`` check that PDFium with our layout
analysis loses no word that pdfminer finds and keeps its paragraphs.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from tests.conftest import require
from tests.sources import pdfs
from trendbeeld.errors import UnreadableFile
from trendbeeld.sources import pdf
from trendbeeld.sources._pdflayout import Word, page_text

REPORTS = "corpus/real/reports"
BACKENDS = [pdf.PDFIUM, pdf.PDFMINER]
CORRUPT_HINT = "Open en bewaar het bestand opnieuw of vraag de bron om een nieuwe versie"
# Shares of pdfminer's words and paragraphs that PDFium with our layout must find in a real report.
# The words PDFium reads differently are footnote numbers of two digits, which pdfminer cuts to one
# ("1" for the raised "10"). A heading that pdfminer leaves in its paragraph counts as found when
# our layout gives it as a paragraph of its own right before the text. The paragraphs still missed
# are mostly pdfminer's own fragments: a widely spaced line cut into single words, "12." apart
# from "Agendapunt:", a bullet apart from its item.
MIN_WORD_RECALL = 0.995
MIN_PARAGRAPH_RECALL = 0.85


def _pages(path: Path, backend: pdf.Backend = pdf.PDFIUM) -> list[str]:
    return list(pdf.page_texts(path, backend))


def _paragraphs(text: str) -> list[str]:
    return [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]


def _paragraphs_and_pairs(text: str) -> list[str]:
    """Paragraphs, and each two in a row joined: a heading split from its text matches both."""
    paragraphs = _paragraphs(text)
    return paragraphs + [f"{a} {b}" for a, b in pairwise(paragraphs)]


def _words(text: str) -> Counter[str]:
    return Counter(text.split())


# Generated PDFs, both backends


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_columns_are_read_one_after_the_other(tmp_path: Path, backend: pdf.Backend) -> None:
    [page] = _pages(pdfs.two_column_pdf(tmp_path / "kolommen.pdf", 1), backend)
    left, right = "\n".join(pdfs.left_column(1)), "\n".join(pdfs.right_column(1))
    assert f"{left}\n\n{right}\n" in page


@pytest.mark.parametrize("backend", BACKENDS)
def test_title_columns_and_source_line_are_paragraphs_in_order(tmp_path: Path, backend: pdf.Backend) -> None:
    [page] = _pages(pdfs.title_columns_footnote_pdf(tmp_path / "opmaak.pdf"), backend)
    paragraphs = _paragraphs(page)
    assert [p.split(":")[0] for p in paragraphs] == [
        "Veiligheidsbeeld Midden-Nederland 2024", "Links een", "Links twee", "Rechts een", "Bron",
    ]
    assert paragraphs[3].endswith("Rechts drie: het vertrouwen blijft stabiel.")


@pytest.mark.parametrize("backend", BACKENDS)
def test_raised_smaller_footnote_marker_is_dropped(tmp_path: Path, backend: pdf.Backend) -> None:
    assert _pages(pdfs.footnote_pdf(tmp_path / "voetnoot.pdf"), backend) == [
        "Het aandeel bleef stabiel op 18% tussen 2014 en 2019.\n"
    ]


@pytest.mark.parametrize("backend", BACKENDS)
def test_text_in_a_chart_is_left_out(tmp_path: Path, backend: pdf.Backend) -> None:
    [page] = _pages(pdfs.chart_pdf(tmp_path / "grafiek.pdf"), backend)
    assert page == "\n".join(pdfs.right_column(2)) + "\n"


@pytest.mark.parametrize("backend", BACKENDS)
def test_damage_and_encryption_give_the_same_message(tmp_path: Path, backend: pdf.Backend) -> None:
    garbage = tmp_path / "rommel.pdf"
    garbage.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    with pytest.raises(UnreadableFile) as caught:
        _pages(garbage, backend)
    assert str(caught.value) == (
        f"{garbage}, pagina 1: de PDF is beschadigd en niet te lezen (PDFSyntaxError). {CORRUPT_HINT}"
    )
    locked = pdfs.encrypted_pdf(tmp_path / "versleuteld.pdf", user_password="geheim")
    with pytest.raises(UnreadableFile) as caught:
        _pages(locked, backend)
    assert str(caught.value) == (
        f"{locked}: de PDF is versleuteld met een wachtwoord. "
        "Sla een onbeveiligde versie op (bijvoorbeeld via 'Afdrukken als PDF') en voeg die toe"
    )


# Generated PDFs, PDFium: what our layout does better than pdfminer


def test_heading_is_a_paragraph_of_its_own(tmp_path: Path) -> None:
    [page] = _pages(pdfs.heading_pdf(tmp_path / "kopjes.pdf"))
    paragraphs = page.split("\n\n")
    assert paragraphs[0] == "Meer meldingen van overlast"
    assert paragraphs[1].startswith("criminaliteit in de regio")
    assert paragraphs[2] == "Aanpak in de wijken"
    assert paragraphs[3].startswith("Rechts op pagina 1")


def test_labels_are_read_beside_their_values(tmp_path: Path) -> None:
    [page] = _pages(pdfs.labels_pdf(tmp_path / "besluiten.pdf"))
    assert [p.split()[0] for p in _paragraphs(page)] == [
        "Zaak:", "Brief", "Besluit:", "Betrekken", "Zaak:", "Brief", "Besluit:", "Voor",
    ]


def test_a_page_imported_whole_as_a_form_keeps_its_text(tmp_path: Path) -> None:
    [page] = _pages(pdfs.imported_page_pdf(tmp_path / "ingevoegd.pdf"))
    assert page == "\n".join(pdfs.left_column(3)) + "\n\n3\n"


def test_default_backend_is_pdfium_and_pdfminer_can_be_chosen(tmp_path: Path) -> None:
    path = pdfs.heading_pdf(tmp_path / "kopjes.pdf")
    assert pdf.DEFAULT_BACKEND == pdf.PDFIUM
    assert list(pdf.page_texts(path)) == _pages(path, pdf.PDFIUM)
    assert _pages(path, pdf.PDFMINER)[0].startswith("Meer meldingen van overlast\ncriminaliteit")


# The layout rules on words placed by hand


def _word(text: str, x0: float, baseline: float, order: int, *, size: float = 10, bold: bool = False) -> Word:
    """A word of ``text`` on ``baseline``, half the font size wide per character, after a space."""
    x1, bottom, top = x0 + 0.5 * size * len(text), baseline - 0.2 * size, baseline + 0.9 * size
    return Word(text, x0, x1, bottom, top, baseline, size, bold, order, True, True)


def _line_of(text: str, x0: float, baseline: float, start: int, *, size: float = 10.0) -> list[Word]:
    words, x = [], x0
    for i, token in enumerate(text.split()):
        words.append(_word(token, x, baseline, start + i, size=size))
        x = words[-1].x1 + 0.3 * size
    return words


def test_page_number_beside_the_columns_comes_last() -> None:
    words = [
        *_line_of("links een", 50, 700, 0), *_line_of("links twee", 50, 686, 10),
        *_line_of("rechts een", 300, 700, 20), *_line_of("rechts twee", 300, 686, 30),
        *_line_of("7", 540, 30, 40),
    ]
    assert page_text(words) == "links een\nlinks twee\n\nrechts een\nrechts twee\n\n7\n"


def test_columns_with_a_narrow_gutter_are_not_run_together() -> None:
    left = [_line_of("de ondermijning groeit", 50, 700, 0), _line_of("in het buitengebied", 50, 688, 10)]
    x = max(line[-1].x1 for line in left) + 12  # a gutter of 1.2 times the font size
    right = [_line_of("online fraude neemt", x, 700, 20), _line_of("sterk toe bij ouderen", x, 688, 30)]
    words = [word for line in left + right for word in line]
    assert page_text(words) == (
        "de ondermijning groeit\nin het buitengebied\n\nonline fraude neemt\nsterk toe bij ouderen\n"
    )


def test_full_width_heading_between_column_sections_stays_in_place() -> None:
    words = [
        *_line_of("boven links", 50, 700, 0), *_line_of("boven rechts", 300, 700, 10),
        *_line_of("Een kop over de volle breedte van de pagina", 50, 650, 20, size=14),
        *_line_of("onder links", 50, 600, 40), *_line_of("onder rechts", 300, 600, 50),
    ]
    assert _paragraphs(page_text(words)) == [
        "boven links", "boven rechts", "Een kop over de volle breedte van de pagina",
        "onder links", "onder rechts",
    ]


def test_raised_marker_set_as_a_word_of_its_own_is_dropped() -> None:
    words = _line_of("stabiel op 18%", 50, 700, 0, size=11)
    marker = Word("3", words[-1].x1, words[-1].x1 + 4, 703, 711, 705, 7, False, 3, False, False)
    after = _line_of("tussen 2014 en 2019.", marker.x1 + 3, 700, 4, size=11)
    assert page_text([*words, marker, *after]) == "stabiel op 18% tussen 2014 en 2019.\n"


def test_bold_line_above_regular_text_is_a_heading() -> None:
    heading = [_word("Aanpak", 50, 700, 0, bold=True), _word("jeugd", 85, 700, 1, bold=True)]
    body = _line_of("De aanpak van jeugdcriminaliteit werkt.", 50, 688, 2)
    assert page_text([*heading, *body]) == "Aanpak jeugd\n\nDe aanpak van jeugdcriminaliteit werkt.\n"


# Real reports


def _real_reports(shared: Path) -> list[Path]:
    reports = sorted((shared / REPORTS).glob("*.pdf"))
    require(bool(reports), f"geen PDF's in {shared / REPORTS}")
    return reports


def test_real_reports_lose_no_words_and_keep_paragraphs(shared: Path) -> None:
    for path in _real_reports(shared):
        ours, theirs = _pages(path), _pages(path, pdf.PDFMINER)
        assert len(ours) == len(theirs), path.name
        our_words, their_words = _words("".join(ours)), _words("".join(theirs))
        total = sum(their_words.values())
        assert sum((their_words & our_words).values()) >= MIN_WORD_RECALL * total, path.name
        assert sum((our_words - their_words).values()) <= (1 - MIN_WORD_RECALL) * total, path.name
        our_paragraphs = Counter(p for page in ours for p in _paragraphs_and_pairs(page))
        their_paragraphs = Counter(p for page in theirs for p in _paragraphs(page))
        found = sum((our_paragraphs & their_paragraphs).values())
        assert found >= MIN_PARAGRAPH_RECALL * sum(their_paragraphs.values()), path.name


def test_real_report_heading_and_footnote_marker(shared: Path) -> None:
    path = shared / REPORTS / "vng_burgerpeiling_mantelzorg_2023.pdf"
    require(path.is_file(), f"{path.name} ontbreekt in {shared}")
    pages = _pages(path)
    assert "\n\nLangdurige emotionele betrokkenheid\n\nNaastenzorg, ook wel bekend als" in pages[0]
    assert "complexe\n\nzorgbehoefte thuis wonen. Vanaf de leeftijd" in pages[2]
    assert "\n10 Toekomstverkenning mantelzorg aan ouderen in 2040" in pages[3]


def test_real_report_chart_labels_are_left_out(shared: Path) -> None:
    path = shared / REPORTS / "student_report_crime_and_wealth_municipalities_2026_en.pdf"
    require(path.is_file(), f"{path.name} ontbreekt in {shared}")
    page = _pages(path)[6]
    assert "Crimes\n" not in page and "\nhouseholds\n" not in page
    assert "This plot is relevant to our social problem" in page
