"""PDF: pdfminer.six layout analysis (reading order across columns), streamed page by page.

Only each page's text is kept; pdfminer's layout objects are dropped after every page, so
memory stays flat on long documents. Repair runs once all page texts are in.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException

from trendbeeld.errors import UnreadableFile
from trendbeeld.model import Source, SourceMeta
from trendbeeld.sources import repair
from trendbeeld.sources.base import check_file, paged_source, require_text

# pdfminer logs every oddity of a damaged file as a warning; real damage is raised as UnreadableFile.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

# Defaults of pdfminer, with boxes_flow giving column-aware reading order.
LAYOUT = LAParams(line_margin=0.5, char_margin=2.0, boxes_flow=0.5)
# A footnote marker is set smaller than its line and raised above the line's baseline.
SUPERSCRIPT_SIZE = 0.8
SUPERSCRIPT_RISE = 0.2
FOOTNOTE_MARKS = frozenset("0123456789*†‡")


def _is_footnote_mark(char: LTChar, size: float, baseline: float, previous: str) -> bool:
    return (
        char.get_text() in FOOTNOTE_MARKS
        and char.size <= SUPERSCRIPT_SIZE * size
        and char.y0 - baseline >= SUPERSCRIPT_RISE * size
        and bool(previous.strip())
    )


def line_text(line: LTTextLine) -> str:
    """A line's text without raised footnote markers ("18%³" → "18%")."""
    chars = [obj for obj in line if isinstance(obj, LTChar)]
    if not chars:
        return line.get_text()
    size = max(chars, key=lambda c: c.size).size
    baseline = min(c.y0 for c in chars if c.size == size)
    if all(c.size == size for c in chars):
        return line.get_text()
    out: list[str] = []
    for obj in line:
        text = obj.get_text() if hasattr(obj, "get_text") else ""
        if isinstance(obj, LTChar) and _is_footnote_mark(obj, size, baseline, out[-1] if out else ""):
            continue
        out.append(text)
    return "".join(out)


def box_text(box: LTTextContainer) -> str:  # type: ignore[type-arg]
    """A text box's lines; each box is a paragraph, heading or footnote of its own."""
    return "".join(line_text(obj) if isinstance(obj, LTTextLine) else obj.get_text() for obj in box)


def page_texts(path: Path) -> Iterator[str]:
    """The text of each page in reading order."""
    page = 0
    try:
        with path.open("rb") as handle:
            if handle.read(5) != b"%PDF-":
                raise UnreadableFile(
                    "dit is geen PDF (de kop '%PDF-' ontbreekt)", path=path,
                    hint="Controleer of het bestand volledig is gedownload",
                )
        for layout in extract_pages(path, laparams=LAYOUT):
            page += 1
            yield "\n".join(box_text(el) for el in layout if isinstance(el, LTTextContainer))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise UnreadableFile(
            "de PDF is versleuteld met een wachtwoord", path=path,
            hint="Sla een onbeveiligde versie op (bijvoorbeeld via 'Afdrukken als PDF') en voeg die toe",
        ) from exc
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AssertionError) as exc:
        raise UnreadableFile(
            f"de PDF is beschadigd en niet te lezen ({type(exc).__name__})", path=path, page=page + 1,
            hint="Open en bewaar het bestand opnieuw of vraag de bron om een nieuwe versie",
        ) from exc


def pdf_title(path: Path) -> str | None:
    """The document title from the PDF metadata, when it looks like a real title."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    try:
        with path.open("rb") as handle:
            info = PDFDocument(PDFParser(handle)).info
    except Exception:
        return None
    for entry in info:
        raw = resolve1(entry.get("Title"))
        if isinstance(raw, bytes):
            title = raw.decode("utf-16") if raw[:2] in (b"\xfe\xff", b"\xff\xfe") else raw.decode("latin-1")
            title = title.strip()
            if len(title) > 3 and not title.lower().endswith((".doc", ".docx", ".pdf")):
                return title
    return None


def _title(path: Path, first_page: str) -> str:
    """The metadata title when the first page bears it out, else the first line of text."""
    from trendbeeld.sources.text import title_from_text

    found = pdf_title(path)
    if found and " ".join(found.split()).lower() in " ".join(first_page.split()).lower():
        return found
    return title_from_text(first_page, path.stem.replace("_", " "))


class PdfReader:
    name = "pdf"
    suffixes = (".pdf",)

    def read(self, path: Path, meta: SourceMeta, *, encoding: str | None = None) -> Iterator[Source]:
        check_file(path)
        pages = repair.repair_pages(list(page_texts(path)))
        require_text("".join(pages), path, "de PDF")
        if not meta.title:
            meta = replace(meta, title=_title(path, pages[0] if pages else ""))
        yield paged_source(str(path.resolve()), pages, meta)
