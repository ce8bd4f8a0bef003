"""PDF text through pdfminer.six: its layout analysis (reading order across columns).

The fallback backend of :mod:`trendbeeld.sources.pdf`, kept to compare quality with. Only each
page's text is kept; pdfminer's layout objects are dropped after every page, so memory stays flat
on long documents.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFParser, PDFSyntaxError
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSException

from trendbeeld.errors import UnreadableFile
from trendbeeld.sources._pdflayout import FOOTNOTE_MARKS, SUPERSCRIPT_RISE, SUPERSCRIPT_SIZE

# pdfminer logs every oddity of a damaged file as a warning; real damage is raised as UnreadableFile.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

# Defaults of pdfminer, with boxes_flow giving column-aware reading order.
LAYOUT = LAParams(line_margin=0.5, char_margin=2.0, boxes_flow=0.5)


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
        for layout in extract_pages(path, laparams=LAYOUT):
            page += 1
            yield "\n".join(box_text(el) for el in layout if isinstance(el, LTTextContainer))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise UnreadableFile(
            "de PDF is versleuteld met een wachtwoord", path=path,
            hint="Sla een onbeveiligde versie op (bijvoorbeeld via 'Afdrukken als PDF') en voeg die toe",
        ) from exc
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AssertionError, IndexError,
            AttributeError, ZeroDivisionError, OverflowError, RecursionError, EOFError) as exc:
        # what pdfminer raises on damaged files (broken xref tables, streams, fonts, nesting)
        raise UnreadableFile(
            f"de PDF is beschadigd en niet te lezen ({type(exc).__name__})", path=path, page=page + 1,
            hint="Open en bewaar het bestand opnieuw of vraag de bron om een nieuwe versie",
        ) from exc


def pdf_title(path: Path) -> str | None:
    """The title in the document information, if any."""
    try:
        with path.open("rb") as handle:
            info = PDFDocument(PDFParser(handle)).info
    except Exception:
        return None
    for entry in info:
        raw = resolve1(entry.get("Title"))
        if isinstance(raw, bytes):
            utf16 = raw[:2] in (b"\xfe\xff", b"\xff\xfe")
            title = raw.decode("utf-16", errors="replace") if utf16 else raw.decode("latin-1")
            return title.strip() or None
    return None
