"""PDF: text in reading order across columns, streamed page by page, then repaired.

Two backends read the pages; both give each page's text with every block (paragraph, heading,
caption) as lines ending in ``"\\n"``, blocks separated by a blank line:

- ``"pdfium"`` (the default): PDFium (pypdfium2, C++) finds the characters and their boxes, and
  our own layout analysis (:mod:`._pdflayout`) groups them into lines, blocks and columns. About
  ten times faster than pdfminer.
- ``"pdfminer"``: pdfminer.six's layout analysis, pure Python. Kept to compare quality with.

Only each page's text is kept, so memory stays flat on long documents. Repair runs once all page
texts are in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Literal

from trendbeeld.errors import UnreadableFile
from trendbeeld.model import Source, SourceMeta
from trendbeeld.sources import _pdfium, _pdfminer, repair
from trendbeeld.sources.base import check_file, paged_source, require_text

Backend = Literal["pdfium", "pdfminer"]
PDFIUM: Backend = "pdfium"
PDFMINER: Backend = "pdfminer"
BACKENDS: tuple[Backend, ...] = (PDFIUM, PDFMINER)
DEFAULT_BACKEND: Backend = PDFIUM
_PAGE_TEXTS: dict[Backend, Callable[[Path], Iterator[str]]] = {
    PDFIUM: _pdfium.page_texts,
    PDFMINER: _pdfminer.page_texts,
}
_TITLES: dict[Backend, Callable[[Path], str | None]] = {
    PDFIUM: _pdfium.pdf_title,
    PDFMINER: _pdfminer.pdf_title,
}
PDF_MAGIC = b"%PDF-"
MIN_TITLE_CHARS = 4
FILE_NAME_SUFFIXES = (".doc", ".docx", ".pdf")
SURROGATES = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def _require_pdf(path: Path) -> None:
    with path.open("rb") as handle:
        if handle.read(len(PDF_MAGIC)) != PDF_MAGIC:
            raise UnreadableFile(
                "dit is geen PDF (de kop '%PDF-' ontbreekt)", path=path,
                hint="Controleer of het bestand volledig is gedownload",
            )


def without_surrogates(text: str) -> str:
    """``text`` with lone surrogates (a broken font's ToUnicode map) replaced by U+FFFD.

    A surrogate cannot be encoded as UTF-8, so it could never be stored or exported.
    """
    return SURROGATES.sub(REPLACEMENT, text)


def page_texts(path: Path, backend: Backend = DEFAULT_BACKEND) -> Iterator[str]:
    """The text of each page in reading order, read by ``backend``."""
    _require_pdf(path)
    for text in _PAGE_TEXTS[backend](path):
        yield without_surrogates(text)


def pdf_title(path: Path, backend: Backend = DEFAULT_BACKEND) -> str | None:
    """The document title from the PDF metadata, when it looks like a real title."""
    title = _TITLES[backend](path)
    title = without_surrogates(title) if title else title
    if title and len(title) >= MIN_TITLE_CHARS and not title.lower().endswith(FILE_NAME_SUFFIXES):
        return title
    return None


def _title(path: Path, first_page: str, backend: Backend) -> str:
    """The metadata title when the first page bears it out, else the first line of text."""
    from trendbeeld.sources.text import title_from_text

    found = pdf_title(path, backend)
    if found and " ".join(found.split()).lower() in " ".join(first_page.split()).lower():
        return found
    return title_from_text(first_page, path.stem.replace("_", " "))


class PdfReader:
    name = "pdf"
    suffixes = (".pdf",)

    def __init__(self, backend: Backend = DEFAULT_BACKEND) -> None:
        self.backend = backend

    def read(self, path: Path, meta: SourceMeta, *, encoding: str | None = None) -> Iterator[Source]:
        check_file(path)
        pages = repair.repair_pages(list(page_texts(path, self.backend)))
        require_text("".join(pages), path, "de PDF")
        if not meta.title:
            meta = replace(meta, title=_title(path, pages[0] if pages else "", self.backend))
        yield paged_source(str(path.resolve()), pages, meta)
