"""PDF text through PDFium (pypdfium2): words and their boxes, laid out by :mod:`._pdflayout`.

PDFium gives a page's characters in content-stream order with the spaces and line breaks it
infers, in one call. Boxes are fetched per word, not per character: the first character's box,
origin and font size and the last character's box. Characters are only visited one by one where a
word does not lie on one line (rotated text) and for digits and other footnote marks inside a word,
to drop raised, smaller footnote markers ("18%³" → "18%").

Pages are opened, read and closed one at a time, so memory stays flat on long documents. PDFium
is not thread-safe; every call into it holds :data:`_LOCK`.
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from trendbeeld.errors import UnreadableFile
from trendbeeld.sources._pdflayout import FOOTNOTE_MARKS, SUPERSCRIPT_RISE, SUPERSCRIPT_SIZE, Word, page_text

_LOCK = threading.Lock()

# PDFium writes a hyphen that ends a line as U+FFFE (U+0002 per character) and joins the next
# line's word to it; we split there and give the hyphen back, so repair decides about joining.
LINE_END_HYPHENS = "\ufffe\x02"
WORD = re.compile(rf"[^\s{LINE_END_HYPHENS}]*[{LINE_END_HYPHENS}]|[^\s{LINE_END_HYPHENS}]+")
HYPHEN_BACK = str.maketrans(dict.fromkeys(LINE_END_HYPHENS, "-"))
MARK_CHARS = re.compile("[" + re.escape("".join(sorted(FOOTNOTE_MARKS))) + "]")
# The kind of damage the message names: a file that is no valid PDF (PDFium's FPDF_ERR_FORMAT) is
# named as pdfminer named it, so messages stay the same across backends; anything else by PDFium.
SYNTAX_ERROR = "PDFSyntaxError"
OTHER_ERROR = "PdfiumError"
# Text inside form XObjects (charts, figures) is left out, as pdfminer does, unless the page's own
# text is less than this share of its words (a page imported whole as one form).
FIGURE_TEXT_MAX_SHARE = 0.5
# A font is bold when its name says so (PDFs often give no weight for the standard fonts), when
# its flags force bold, or when its weight is at least this.
BOLD_NAMES = (b"bold", b"black", b"heavy")
BOLD_WEIGHT = 600
FORCE_BOLD = 1 << 18  # FXFONT_FORCE_BOLD in the font descriptor's flags
FONT_NAME_BYTES = 128
PASSWORD_ERRORS = frozenset({pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY})


# FPDFText_GetTextObject returning the object's address as an int, to compare and look up cheaply.
_text_object_address = ctypes.cast(
    pdfium_c.FPDFText_GetTextObject, ctypes.CFUNCTYPE(ctypes.c_void_p, pdfium_c.FPDF_TEXTPAGE, ctypes.c_int)
)


class _Boxes:
    """What a text page says about its characters, through reusable ctypes out-parameters."""

    def __init__(self, textpage: pdfium_c.FPDF_TEXTPAGE) -> None:
        self.textpage = textpage
        self.rect = pdfium_c.FS_RECTF()
        self.x = ctypes.c_double()
        self.y = ctypes.c_double()
        self.font = ctypes.create_string_buffer(FONT_NAME_BYTES)
        self.flags = ctypes.c_int()
        self.bold_objects: dict[int, bool] = {}  # text object address → set in a bold font

    def written(self, index: int) -> bool:
        """Whether the character is in the PDF's text, not one PDFium added (a space, a line break)."""
        return not pdfium_c.FPDFText_IsGenerated(self.textpage, index)

    def text_object(self, index: int) -> int:
        """The address of the text object that draws the character."""
        return _text_object_address(self.textpage, index) or 0

    def box(self, index: int) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) of a character, from its font's ascent, descent and advance."""
        rect = self.rect
        pdfium_c.FPDFText_GetLooseCharBox(self.textpage, index, rect)
        return rect.left, rect.bottom, rect.right, rect.top

    def baseline(self, index: int) -> float:
        pdfium_c.FPDFText_GetCharOrigin(self.textpage, index, self.x, self.y)
        return float(self.y.value)

    def size(self, index: int) -> float:
        return float(pdfium_c.FPDFText_GetFontSize(self.textpage, index))

    def bold(self, index: int) -> bool:
        """Whether the character's font is bold, looked up once per text object (a run in one font)."""
        key = self.text_object(index)
        found = self.bold_objects.get(key)
        if found is None:
            found = self.bold_objects[key] = self._font_is_bold(index)
        return found

    def _font_is_bold(self, index: int) -> bool:
        """By the font's name, its flags or its weight."""
        pdfium_c.FPDFText_GetFontInfo(self.textpage, index, self.font, FONT_NAME_BYTES, self.flags)
        name = self.font.value.lower()
        return (
            any(part in name for part in BOLD_NAMES)
            or bool(self.flags.value & FORCE_BOLD)
            or pdfium_c.FPDFText_GetFontWeight(self.textpage, index) >= BOLD_WEIGHT
        )


def _chars(textpage: pdfium.PdfTextPage) -> str:
    """The page's characters, one per character index (PDFium's own spaces and line breaks included)."""
    count = textpage.count_chars()
    text: str = textpage.get_text_range()
    if len(text) == count:
        return text
    # Rare: the text view skips or adds characters; read them one by one instead.
    return "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i)) for i in range(count))


def _without_marks(boxes: _Boxes, text: str, start: int, size: float, baseline: float) -> str:
    """``text`` (starting at character ``start``) without raised, smaller footnote markers."""
    drop = [
        m.start() for m in MARK_CHARS.finditer(text, 1)
        if boxes.size(start + m.start()) <= SUPERSCRIPT_SIZE * size
        and boxes.baseline(start + m.start()) - baseline >= SUPERSCRIPT_RISE * size
    ]
    for offset in reversed(drop):
        text = text[:offset] + text[offset + 1 :]
    return text


def _split_by_line(boxes: _Boxes, text: str, start: int, order: int, space: bool) -> list[Word]:
    """A run that does not lie on one line (rotated or stacked text), cut wherever it moves up or down."""
    words: list[Word] = []
    piece = 0
    for offset in range(1, len(text) + 1):
        if offset < len(text):
            _, bottom, _, top = boxes.box(start + offset)
            _, prev_bottom, _, prev_top = boxes.box(start + offset - 1)
            if min(top, prev_top) > max(bottom, prev_bottom):
                continue
        words.append(_word(boxes, text[piece:offset], start + piece, order, space and piece == 0))
        piece = offset
    return words


def _word(boxes: _Boxes, text: str, start: int, order: int, space: bool) -> Word:
    x0, bottom, _, top = boxes.box(start)
    _, _, x1, _ = boxes.box(start + len(text) - 1)
    baseline, size, bold = boxes.baseline(start), boxes.size(start), boxes.bold(start)
    return Word(text, x0, x1, bottom, top, baseline, size, bold, order, space, False)


def _words_of_run(
    boxes: _Boxes, text: str, start: int, order: int, space: bool, same_run: bool
) -> list[Word]:
    """The word a run of characters is (more than one if it does not lie on one line)."""
    end = start + len(text) - 1
    x0, bottom, _, top = boxes.box(start)
    _, last_bottom, x1, last_top = boxes.box(end)
    if x1 < x0 or min(top, last_top) <= max(bottom, last_bottom):
        return _split_by_line(boxes, text, start, order, space)
    size, baseline = boxes.size(start), boxes.baseline(start)
    if len(text) > 1 and MARK_CHARS.search(text, 1):
        text = _without_marks(boxes, text, start, size, baseline)
    return [Word(text, x0, x1, bottom, top, baseline, size, boxes.bold(start), order, space, same_run)]


def _address(handle: pdfium_c.FPDF_PAGEOBJECT) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def _page_level_text(page: pdfium.PdfPage) -> set[int] | None:
    """The page's own text objects (their addresses) when the page also draws form XObjects
    (figures, charts); ``None`` when it draws none, so all its text is the page's own."""
    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    objects = [pdfium_c.FPDFPage_GetObject(page.raw, i) for i in range(count)]
    kinds = [pdfium_c.FPDFPageObj_GetType(obj) for obj in objects]
    if pdfium_c.FPDF_PAGEOBJ_FORM not in kinds:
        return None
    text = pdfium_c.FPDF_PAGEOBJ_TEXT
    return {_address(obj) for obj, kind in zip(objects, kinds, strict=True) if kind == text}


def _without_figures(boxes: _Boxes, words: list[Word], starts: list[int], own: set[int]) -> list[Word]:
    """``words`` without those drawn inside form XObjects (chart labels, axes, legends), unless
    those hold most of the page's words (a page imported whole as one form)."""
    kept = [word for word, start in zip(words, starts, strict=True) if boxes.text_object(start) in own]
    return kept if len(kept) >= FIGURE_TEXT_MAX_SHARE * len(words) else words


def page_words(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> list[Word]:
    """The words of a page in content-stream order, with their boxes; text in figures is left out."""
    chars = _chars(textpage)
    boxes = _Boxes(textpage.raw)
    words: list[Word] = []
    starts: list[int] = []  # index of each word's first character
    end = 0
    for match in WORD.finditer(chars):
        start, text, between = match.start(), match.group(), chars[end : match.start()]
        end = match.end()
        if text[-1] in LINE_END_HYPHENS:
            text = text.translate(HYPHEN_BACK)
        space = " " in between and "\n" not in between
        same_run = space and boxes.written(start - 1)
        found = _words_of_run(boxes, text, start, len(words), space, same_run)
        words.extend(found)
        starts.extend([start] * len(found))
    own = _page_level_text(page)
    return words if own is None else _without_figures(boxes, words, starts, own)


def _damaged(path: Path, page: int, error: pdfium.PdfiumError) -> UnreadableFile:
    return UnreadableFile(
        f"de PDF is beschadigd en niet te lezen "
        f"({SYNTAX_ERROR if error.err_code == pdfium_c.FPDF_ERR_FORMAT else OTHER_ERROR})",
        path=path, page=page,
        hint="Open en bewaar het bestand opnieuw of vraag de bron om een nieuwe versie",
    )


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        with _LOCK:
            return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        if exc.err_code in PASSWORD_ERRORS:
            raise UnreadableFile(
                "de PDF is versleuteld met een wachtwoord", path=path,
                hint="Sla een onbeveiligde versie op (bijvoorbeeld via 'Afdrukken als PDF') en voeg die toe",
            ) from exc
        raise _damaged(path, 1, exc) from exc


def _page_text(document: pdfium.PdfDocument, index: int) -> str:
    with _LOCK:
        page = document[index]
        try:
            textpage = page.get_textpage()
            try:
                words = page_words(page, textpage)
            finally:
                textpage.close()
        finally:
            page.close()
    return page_text(words)


def page_texts(path: Path) -> Iterator[str]:
    """The text of each page in reading order, one page at a time."""
    document = _open(path)
    try:
        with _LOCK:
            count = len(document)
        for index in range(count):
            try:
                text = _page_text(document, index)
            except pdfium.PdfiumError as exc:
                raise _damaged(path, index + 1, exc) from exc
            yield text
    finally:
        with _LOCK:
            document.close()


def pdf_title(path: Path) -> str | None:
    """The title in the document information, if any."""
    try:
        with _LOCK:
            document = pdfium.PdfDocument(path)
            try:
                title = document.get_metadata_value("Title")
            finally:
                document.close()
    except (pdfium.PdfiumError, UnicodeDecodeError):  # pypdfium2 decodes the title strictly (lone surrogates)
        return None
    return str(title).strip() or None
