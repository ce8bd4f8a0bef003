"""Word documents (DOCX) via python-docx: paragraphs and tables in document order."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from trendbeeld.errors import UnreadableFile
from trendbeeld.model import Source, SourceMeta
from trendbeeld.sources import repair
from trendbeeld.sources.base import check_file, require_text


def _blocks(document: docx.document.Document) -> Iterator[str]:
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            style = (block.style.name if block.style is not None else "") or ""
            text = block.text.strip()
            if not text:
                continue
            if style.lower().startswith(("heading", "kop")):
                level = "".join(ch for ch in style if ch.isdigit()) or "1"
                yield "#" * int(level) + " " + text
            else:
                yield text
        elif isinstance(block, Table):
            for row in block.rows:
                yield " | ".join(cell.text.strip() for cell in row.cells)


class DocxReader:
    name = "docx"
    suffixes = (".docx",)

    def read(self, path: Path, meta: SourceMeta, *, encoding: str | None = None) -> Iterator[Source]:
        check_file(path)
        try:
            document = docx.Document(str(path))
        except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise UnreadableFile(
                "het Word-bestand is beschadigd of geen DOCX", path=path,
                hint="Open het in Word of LibreOffice en sla het opnieuw op als .docx",
            ) from exc
        text = require_text("\n\n".join(_blocks(document)), path, "het Word-bestand")
        props = document.core_properties
        if not meta.title:
            meta = replace(meta, title=(props.title or "").strip() or path.stem)
        if meta.author is None and props.author:
            meta = replace(meta, author=props.author)
        if meta.date is None and isinstance(props.created, dt.datetime):
            meta = replace(meta, date=props.created.date())
        yield Source.create(str(path.resolve()), repair.repair_text(text), meta)
