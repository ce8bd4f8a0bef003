"""Plain text converted from a PDF is repaired like a PDF's own text layer; text written as plain text
(Markdown, Word) is stored as written."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import require
from trendbeeld import sources
from trendbeeld.model import SourceMeta
from trendbeeld.sources import repair

NATIONAL = "corpus/national-2020.txt"  # the text layer of a PDF report, lines wrapped at the column width
WRITTEN = ("corpus/dev/nscr-2024.txt", "corpus/dev/7days-2019.txt")  # from a Word file and from Markdown


def test_text_wrapped_at_the_page_width_is_recognised(shared: Path) -> None:
    require((shared / NATIONAL).is_file(), f"{NATIONAL} ontbreekt in {shared}")
    assert repair.is_converted_pdf((shared / NATIONAL).read_text(encoding="utf-8"))


def test_text_with_a_paragraph_per_line_is_not_taken_for_a_pdf(shared: Path) -> None:
    for name in WRITTEN:
        require((shared / name).is_file(), f"{name} ontbreekt in {shared}")
        assert not repair.is_converted_pdf((shared / name).read_text(encoding="utf-8")), name


def test_a_soft_hyphen_marks_converted_text() -> None:
    assert repair.is_converted_pdf("De criminali\u00adteit nam toe.")
    assert not repair.is_converted_pdf("De criminaliteit nam toe.")


def test_a_converted_text_is_read_with_its_words_joined(shared: Path) -> None:
    require((shared / NATIONAL).is_file(), f"{NATIONAL} ontbreekt in {shared}")
    raw = (shared / NATIONAL).read_text(encoding="utf-8")
    assert "demo\ncratisch" in raw
    (source,) = sources.read(str(shared / NATIONAL), meta=SourceMeta())
    assert "demo\ncratisch" not in source.text
    assert "beïnvloeding democratisch" in source.text
    assert source.pages and source.pages[-1].end == len(source.text)
