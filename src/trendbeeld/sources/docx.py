"""Word documents (DOCX) via python-docx: paragraphs and tables in document order.

A DOCX is a zip of XML parts. Before python-docx opens it, the package is checked: a zip it can
read, no member larger than the file or unpacking to more than 512 MB (a zip bomb), and every XML part
well-formed under a strict parser (no entity expansion, no network, no huge-tree mode, so nesting
deeper than libxml2's 256 levels is refused). python-docx itself parses with
``resolve_entities=False``. Any damage becomes an ``UnreadableFile`` naming the part and line.
"""

from __future__ import annotations

import datetime as dt
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from trendbeeld.errors import UnreadableFile
from trendbeeld.model import Source, SourceMeta
from trendbeeld.sources import repair
from trendbeeld.sources.base import check_file, require_text
from trendbeeld.userfiles import zip_problem

_HINT = "Open het in Word of LibreOffice en sla het opnieuw op als .docx"
# Entities are never expanded, nothing is fetched, and libxml2's default depth limit holds.
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
# What a damaged package raises inside zipfile, zlib, lxml and python-docx.
_DAMAGE = (PackageNotFoundError, zipfile.BadZipFile, zlib.error, etree.LxmlError, KeyError, ValueError,
           TypeError, AttributeError, IndexError, EOFError, OSError, NotImplementedError)


def _damaged(path: Path, detail: str | None = None) -> UnreadableFile:
    why = f" ({detail})" if detail else ""
    return UnreadableFile(f"het Word-bestand is beschadigd of geen DOCX{why}", path=path, hint=_HINT)


def check_package(path: Path) -> None:
    """Refuse a DOCX whose zip or XML is broken, that unpacks to too much, or that nests too deep."""
    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
            problem = zip_problem(path, infos)
            if problem:
                raise UnreadableFile(f"het Word-bestand: {problem}", path=path, hint=_HINT)
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    _check_xml(path, info.filename, package.read(info))
    except UnreadableFile:
        raise
    except zipfile.BadZipFile as exc:
        raise _damaged(path, "geen geldig zip-archief") from exc
    except (zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise _damaged(path, "het zip-archief is beschadigd") from exc


def _check_xml(path: Path, part: str, data: bytes) -> None:
    try:
        etree.fromstring(data, _SAFE_XML)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if isinstance(exc.lineno, int) and exc.lineno > 0 else None
        problem = "te diep genest" if "depth" in str(exc).lower() else "ongeldige XML"
        raise UnreadableFile(f"het Word-bestand is beschadigd: onderdeel {part} is {problem}",
                             path=path, line=line, hint=_HINT) from exc


def _blocks(document: docx.document.Document) -> Iterator[str]:
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            style = (block.style.name if block.style is not None else "") or ""
            text = block.text.strip()
            if not text:
                continue
            if style.lower().startswith(("heading", "kop")):
                level = "".join(ch for ch in style if ch.isdigit())[:1] or "1"
                yield "#" * int(level) + " " + text
            else:
                yield text
        elif isinstance(block, Table):
            for row in block.rows:
                yield " | ".join(cell.text.strip() for cell in row.cells)


def _meta(document: docx.document.Document, meta: SourceMeta, path: Path) -> SourceMeta:
    """Title, author and date from the document properties, where ``meta`` leaves them open."""
    try:
        props = document.core_properties
        title, author, created = props.title, props.author, props.created
    except _DAMAGE:  # damaged or out-of-range properties (a year 0) are ignored, the text is not
        title, author, created = None, None, None
    if not meta.title:
        meta = replace(meta, title=(title or "").strip() or path.stem)
    if meta.author is None and author:
        meta = replace(meta, author=author)
    if meta.date is None and isinstance(created, dt.datetime):
        meta = replace(meta, date=created.date())
    return meta


class DocxReader:
    name = "docx"
    suffixes = (".docx",)

    def read(self, path: Path, meta: SourceMeta, *, encoding: str | None = None) -> Iterator[Source]:
        check_file(path)
        check_package(path)
        try:
            document = docx.Document(str(path))
            text = "\n\n".join(_blocks(document))
        except _DAMAGE as exc:
            raise _damaged(path) from exc
        text = require_text(text, path, "het Word-bestand")
        yield Source.create(str(path.resolve()), repair.repair_text(text), _meta(document, meta, path))
