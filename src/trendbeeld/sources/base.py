"""What every reader shares: the ``Reader`` interface, size limits, decoding and paged sources.

Decoded text is made plain text as a reader sees it (:func:`plain_text`), once, before anything reads
it, so that the stored text, and every offset into it, is the same whichever way the file was saved:

- line ends: Windows ("\\r\\n", also a doubled "\\r\\r\\n") and old Mac ("\\r") line ends, and Unicode
  line and paragraph separators (Word, web pages), become "\\n";
- invisible characters go: zero-width spaces, (non-)joiners and word joiners (web pages), byte order
  marks (a UTF-8 file read with ``--encoding utf-8``, or files pasted together);
- accents written as a letter and a combining mark (macOS, some copies from PDF viewers:
  "e\\u0301") become the one accented letter (Unicode NFC), and ligatures copied from a PDF viewer
  ("\\ufb01") their letters ("fi");
- a soft hyphen inside a line goes ("woning\\xadinbraken"); at a line end it stays, where it marks a
  word cut in two, which the repairs and the extractor join ("misdaad\\xad" / "cijfers").

No-break spaces stay: they have the length of a space, and the extractor reads them as one.
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Protocol

from charset_normalizer import from_bytes

from trendbeeld.errors import EncodingError, UnreadableFile
from trendbeeld.model import PageRange, Source, SourceMeta
from trendbeeld.sources.repair import LIGATURES, continues

# Files above this size are refused; TRENDBEELD_MAX_MB overrides it.
DEFAULT_MAX_MB = 100
PAGE_SEPARATOR = "\n\n"
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LINE_END = re.compile(r"\r+\n|\r|\u2028")
_PARAGRAPH_END = "\u2029"
# Zero-width space, non-joiner, joiner, word joiner, byte order mark (zero-width no-break space).
_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
SOFT_HYPHEN = "\xad"
_SOFT_HYPHEN_IN_LINE = re.compile(r"\xad(?![ \t]*\n)")


class Reader(Protocol):
    """Turns one file (or fetched document) into one or more sources."""

    name: str
    suffixes: tuple[str, ...]

    def read(self, path: Path, meta: SourceMeta, *, encoding: str | None = None) -> Iterator[Source]: ...


def max_bytes() -> int:
    return int(float(os.environ.get("TRENDBEELD_MAX_MB", DEFAULT_MAX_MB)) * 1024 * 1024)


def check_file(path: Path) -> int:
    """Size of ``path``; refuses missing, empty and too large files with a Dutch message."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableFile("bestand niet gevonden", path=path, hint="Controleer het pad") from None
    except OSError as exc:
        raise UnreadableFile(f"kan het bestand niet openen ({exc.strerror})", path=path) from exc
    if size == 0:
        raise UnreadableFile("het bestand is leeg", path=path, hint="Voeg een bestand met inhoud toe")
    limit = max_bytes()
    if size > limit:
        raise UnreadableFile(
            f"het bestand is te groot ({size / 1024 / 1024:.0f} MB, grens {limit / 1024 / 1024:.0f} MB)",
            path=path,
            hint="Splits het bestand of verhoog de grens met TRENDBEELD_MAX_MB",
        )
    return size


def read_bytes(path: Path) -> bytes:
    check_file(path)
    return path.read_bytes()


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > len(sample) * 0.05


def plain_text(text: str) -> str:
    """``text`` with "\\n" for every line end and without invisible characters (see the module)."""
    if "\r" in text or "\u2028" in text:
        text = _LINE_END.sub("\n", text)
    if _PARAGRAPH_END in text:
        text = text.replace(_PARAGRAPH_END, "\n\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if any(chr(ligature) in text for ligature in LIGATURES):
        text = text.translate(LIGATURES)
    for invisible in _INVISIBLE:
        if invisible in text:
            text = text.replace(invisible, "")
    if SOFT_HYPHEN in text:
        text = _SOFT_HYPHEN_IN_LINE.sub("", text)
    return text


def decode(data: bytes, path: Path, *, encoding: str | None = None) -> str:
    """Text from bytes (the given encoding, else UTF-8, else Windows-1252, else a detected one), made
    plain text (:func:`plain_text`)."""
    return plain_text(decoded(data, path, encoding=encoding))


def decoded(data: bytes, path: Path, *, encoding: str | None = None) -> str:
    """Text from bytes as :func:`decode` reads it, before it is made plain text: the text an annotator
    of the file counts offsets in (``trendbeeld.evaluate`` moves offsets into the stored text there)."""
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise EncodingError(
                f"de tekst is niet in codering {encoding} ({exc})", path=path,
                hint="Geef de juiste codering op met --encoding, bijvoorbeeld utf-8 of cp1252",
            ) from exc
    for bom, name in BOMS:
        if data.startswith(bom):  # UTF-16/32 text is full of NUL bytes, yet it is text
            return data[len(bom):].decode(name, errors="replace")
    if _looks_binary(data):
        raise UnreadableFile(
            "dit is geen tekstbestand (binaire gegevens)", path=path,
            hint="Controleer of de bestandsnaam en -extensie kloppen",
        )
    for candidate in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    best = from_bytes(data).best()
    if best is None:
        raise EncodingError(
            "de tekencodering is niet te herkennen", path=path,
            hint="Sla het bestand op als UTF-8 of geef de codering op met --encoding",
        )
    return str(best)


def paged_source(origin: str, pages: Sequence[str], meta: SourceMeta) -> Source:
    """One source from page texts, with the range of every page in the joined text."""
    ranges: list[PageRange] = []
    parts: list[str] = []
    offset = 0
    previous = ""
    for number, page in enumerate(pages, start=1):
        if parts:
            # A sentence that runs on to the next page stays one paragraph.
            separator = "\n" if continues(previous, page) else PAGE_SEPARATOR
            parts.append(separator)
            offset += len(separator)
        previous = page or previous
        parts.append(page)
        ranges.append(PageRange(number=number, start=offset, end=offset + len(page)))
        offset += len(page)
    return Source.create(origin, "".join(parts), meta, tuple(ranges))


def require_text(text: str, path: Path, what: str = "het bestand") -> str:
    if not text.strip():
        raise UnreadableFile(
            f"{what} bevat geen leesbare tekst", path=path,
            hint="Controleer het bestand; een gescande PDF heeft eerst tekstherkenning (OCR) nodig",
        )
    return text
