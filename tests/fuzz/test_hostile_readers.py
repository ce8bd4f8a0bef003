"""What the fuzz run found in the readers, pinned: each hostile input gets a Dutch error naming the file.

Inputs are built from real material in ../shared/corpus (a report text, a news export) and then
broken the way the fuzz run broke them.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from pathlib import Path

import pytest

from tests.fuzz._inputs import make_docx, make_feed, make_pdf, make_xlsx
from trendbeeld import sources
from trendbeeld.errors import BadTable, ConfigError, TrendbeeldError, UnreadableFile
from trendbeeld.indicators.reading import read_with_report
from trendbeeld.model import SourceMeta
from trendbeeld.sources.pdf import without_surrogates


@pytest.fixture(scope="module")
def paragraphs(shared: Path) -> list[str]:
    text = (shared / "corpus" / "dev" / "politie-2017.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if len(p.strip()) > 80][:3]


def _read(path: Path) -> list[str]:
    return [source.text for source in sources.read(str(path), meta=SourceMeta())]


def _error(path: Path) -> TrendbeeldError:
    with pytest.raises(TrendbeeldError) as caught:
        _read(path)
    assert caught.value.path == str(path)
    return caught.value


def _replace_part(data: bytes, part: str, change: bytes) -> bytes:
    """The package with ``part`` replaced by ``change(old)``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, change if info.filename == part else source.read(info.filename))
    return out.getvalue()


def _docx_with(paragraphs: list[str], document_xml: bytes | None = None) -> bytes:
    data = make_docx(paragraphs)
    return data if document_xml is None else _replace_part(data, "word/document.xml", document_xml)


def _body(paragraphs: list[str], inner: bytes) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + inner + b"</w:body></w:document>")


# ----------------------------------------------------------------------------- DOCX


def test_a_docx_with_broken_xml_names_the_part_and_line(paragraphs: list[str], tmp_path: Path) -> None:
    path = tmp_path / "notitie.docx"
    path.write_bytes(_docx_with(paragraphs, _body(paragraphs, b"<w:p><w:r><w:t>tekst</w:r></w:p>")))
    error = _error(path)
    assert isinstance(error, UnreadableFile)
    assert "onderdeel word/document.xml is ongeldige XML" in error.message
    assert error.line == 1


def test_a_docx_nested_too_deep_is_refused(paragraphs: list[str], tmp_path: Path) -> None:
    path = tmp_path / "diep.docx"
    path.write_bytes(_docx_with(paragraphs, _body(paragraphs, b"<x>" * 5000 + b"</x>" * 5000)))
    assert "te diep genest" in _error(path).message


def test_a_docx_with_a_billion_laughs_is_not_expanded(paragraphs: list[str], tmp_path: Path) -> None:
    entities = b"".join(b'<!ENTITY l%d "%s">' % (i, b"&l%d;" % (i - 1) * 10) for i in range(1, 9))
    document = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "lol">' + entities + b"]>"
                + _body(paragraphs, b"<w:p><w:r><w:t>&l8;</w:t></w:r></w:p>").split(b"?>", 1)[1])
    path = tmp_path / "lach.docx"
    path.write_bytes(_docx_with(paragraphs, document))
    try:
        texts = _read(path)
    except TrendbeeldError:
        return  # refused is as good as not expanded
    assert all(len(text) < 100_000 for text in texts)


def test_a_truncated_docx_is_unreadable(paragraphs: list[str], tmp_path: Path) -> None:
    data = _docx_with(paragraphs)
    path = tmp_path / "half.docx"
    path.write_bytes(data[: len(data) // 2])
    assert isinstance(_error(path), UnreadableFile)


def _claiming_more_than_the_file(data: bytes) -> bytes:
    """A zip whose first central-directory entry claims 2 GB of compressed bytes (one flipped field)."""
    out = bytearray(data)
    entry = out.find(b"PK\x01\x02")
    out[entry + 20 : entry + 24] = (0x7FFFFFF0).to_bytes(4, "little")
    return bytes(out)


def test_a_docx_member_claiming_more_than_the_file_is_refused(paragraphs: list[str], tmp_path: Path) -> None:
    path = tmp_path / "groot.docx"
    path.write_bytes(_claiming_more_than_the_file(_docx_with(paragraphs)))
    error = _error(path)
    assert isinstance(error, UnreadableFile) and "groter dan het bestand" in error.message


# ----------------------------------------------------------------------------- feeds


def _feed_items(shared: Path, date: str) -> list[tuple[str, str, str, str]]:
    lines = (shared / "corpus/real/news/nl_news_rss_alle_koppen_2019-05.csv").read_text(encoding="utf-8")
    titles = [line.split(",")[4] for line in lines.splitlines()[1:4]]
    return [(title, f"https://example.nl/{i}", date, "") for i, title in enumerate(titles)]


@pytest.mark.parametrize("date", ["Mon, 01 Jan -001 00:00:00 +0000", "Fri, 01 Jan 10000 00:00:00 +0000",
                                  "Wed, 30 Feb 2023 10:00:00 +0000"])
def test_a_feed_date_out_of_range_is_ignored(date: str, shared: Path, tmp_path: Path) -> None:
    path = tmp_path / "nieuws.rss"
    path.write_text(make_feed(_feed_items(shared, date), atom=False), encoding="utf-8")
    found = list(sources.read(str(path), meta=SourceMeta()))
    assert len(found) == 3
    assert all(source.meta.date is None for source in found)


def test_a_feed_with_entities_is_refused(shared: Path, tmp_path: Path) -> None:
    feed = make_feed(_feed_items(shared, "2019-05-01T10:00:00Z"), atom=True)
    head, body = feed.split("?>", 1)
    path = tmp_path / "lach.atom"
    path.write_text(head + '?><!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                    + body.replace("</feed>", "&b;</feed>"), encoding="utf-8")
    assert "entiteiten" in _error(path).message


def test_a_feed_declaring_an_unknown_encoding_ends_cleanly(shared: Path, tmp_path: Path) -> None:
    feed = make_feed(_feed_items(shared, "2019-05-01T10:00:00Z"), atom=True)
    body = feed.split("?>", 1)[1]
    path = tmp_path / "vreemd.atom"
    path.write_text('<?xml version="1.0" encoding="utf-' + "a" * 200 + '"?>' + body, encoding="utf-8")
    with contextlib.suppress(TrendbeeldError):  # a clean error is as good as reading it
        _read(path)


def test_a_broken_feed_nested_without_end_is_refused(shared: Path, tmp_path: Path) -> None:
    feed = make_feed(_feed_items(shared, "2019-05-01T10:00:00Z"), atom=True)
    path = tmp_path / "diep.atom"
    path.write_text(feed.replace("<entry>", "<entry><x>" + "<y>" * 100_000, 1), encoding="utf-8")
    assert "te diep genest" in _error(path).message


# ----------------------------------------------------------------------------- HTML


def test_html_nested_deep_with_entities_is_read_without_expansion(
    paragraphs: list[str], tmp_path: Path
) -> None:
    """lxml's HTML parser (as trafilatura sets it up: no huge_tree) expands no declared entities and
    stops at libxml2's depth limit; the page is read or refused, never blown up."""
    from tests.fuzz._inputs import make_html

    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 9))
    page = make_html("Rapport", [*paragraphs, "<div>" * 100_000 + "&l8;" + "</div>" * 100_000])
    path = tmp_path / "pagina.html"
    path.write_text(f'<!DOCTYPE html [<!ENTITY l0 "lol">{entities}]>' + page, encoding="utf-8")
    try:
        texts = _read(path)
    except TrendbeeldError:
        return
    assert all("lollol" not in text and len(text) < 100_000 for text in texts)


# ----------------------------------------------------------------------------- CSV, front matter, PDF


def test_a_news_csv_cell_over_the_field_limit_names_the_line(shared: Path, tmp_path: Path) -> None:
    lines = (shared / "corpus/real/news/nl_news_rss_alle_koppen_2019-05.csv").read_text(encoding="utf-8")
    rows = lines.splitlines()[:6]
    rows[3] = rows[3] + ',"' + "x" * 200_000 + '"'
    path = tmp_path / "nieuws.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    error = _error(path)
    assert isinstance(error, BadTable)
    assert "langer dan 131.072 tekens" in error.message
    assert error.line is not None


@pytest.mark.parametrize("date", ["2023-02-30", "0000-01-01", "2023-13-01"])
def test_a_front_matter_date_that_does_not_exist_is_reported(date: str, paragraphs: list[str],
                                                              tmp_path: Path) -> None:
    path = tmp_path / "interview.md"
    path.write_text(f"---\nname: Fatima El Amrani\ndate: {date}\n---\n" + "\n\n".join(paragraphs),
                    encoding="utf-8")
    error = _error(path)
    assert isinstance(error, ConfigError)
    assert "front matter" in error.message


def test_front_matter_nested_too_deep_is_reported(paragraphs: list[str], tmp_path: Path) -> None:
    path = tmp_path / "interview.md"
    path.write_text("---\nname: " + "[" * 3000 + "]" * 3000 + "\n---\n" + paragraphs[0], encoding="utf-8")
    assert "te diep genest" in _error(path).message


def test_front_matter_that_is_a_list_is_reported(paragraphs: list[str], tmp_path: Path) -> None:
    path = tmp_path / "interview.md"
    path.write_text("---\n- name\n- role\n---\n" + paragraphs[0], encoding="utf-8")
    assert isinstance(_error(path), ConfigError)


def test_lone_surrogates_never_reach_the_text(paragraphs: list[str], tmp_path: Path) -> None:
    assert without_surrogates("a\ud800b\udfffc") == "a\ufffdb\ufffdc"
    path = tmp_path / "rapport.pdf"
    path.write_bytes(make_pdf(paragraphs[0].split(". ")))
    for text in _read(path):
        text.encode("utf-8")


@pytest.mark.parametrize("backend", ["pdfium", "pdfminer"])
def test_a_pdf_title_with_a_lone_surrogate_is_not_stored(backend: str, paragraphs: list[str],
                                                          tmp_path: Path) -> None:
    from trendbeeld.sources.pdf import PdfReader

    path = tmp_path / "rapport.pdf"
    path.write_bytes(make_pdf(paragraphs[0].split(". "), info=b"/Title <FEFFD800004100420043>"))
    [source] = PdfReader(backend).read(path, SourceMeta())  # type: ignore[arg-type]
    source.meta.title.encode("utf-8")
    source.text.encode("utf-8")


# ----------------------------------------------------------------------------- statistics


def _table(shared: Path) -> list[list[str]]:
    lines = (shared / "corpus/real/statistics/politie_nl_misdrijven_per_soort_2012_2023.csv").read_text(
        encoding="utf-8-sig").splitlines()[:8]
    delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    return [line.split(delimiter) for line in lines]


@pytest.mark.parametrize("damage", ["xml", "truncate", "deep", "claim"])
def test_a_broken_xlsx_is_a_bad_table(damage: str, shared: Path, tmp_path: Path) -> None:
    data = make_xlsx(_table(shared))
    if damage == "xml":
        data = _replace_part(data, "xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row>")
    elif damage == "deep":
        data = _replace_part(data, "xl/worksheets/sheet1.xml", b"<x>" * 50_000)
    elif damage == "claim":
        data = _claiming_more_than_the_file(data)
    else:
        data = data[: len(data) * 2 // 3]
    path = tmp_path / "cijfers.xlsx"
    path.write_bytes(data)
    with pytest.raises(TrendbeeldError) as caught:
        read_with_report(path)
    assert isinstance(caught.value, (BadTable, UnreadableFile))
    assert caught.value.path == str(path)


def test_a_statistics_csv_cell_over_the_field_limit_is_a_bad_table(shared: Path, tmp_path: Path) -> None:
    rows = _table(shared)
    rows[2][1] = '"' + "1" * 200_000
    path = tmp_path / "cijfers.csv"
    path.write_text("\n".join(",".join(row) for row in rows), encoding="utf-8")
    with pytest.raises(BadTable) as caught:
        read_with_report(path)
    assert "langer dan" in caught.value.message
