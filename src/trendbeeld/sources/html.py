"""HTML pages: the main text via trafilatura (no menus, footers, scripts or styles)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import trafilatura

from trendbeeld.errors import UnreadableFile
from trendbeeld.model import Source, SourceMeta
from trendbeeld.sources import repair
from trendbeeld.sources.base import decode, read_bytes


def html_source(origin: str, html: str, meta: SourceMeta, path: Path | str) -> Source:
    """One source from an HTML document's main text; metadata fills what ``meta`` leaves open."""
    found_text = trafilatura.extract(html, include_comments=False, include_tables=True, deduplicate=False)
    text = repair.repair_text(repair.tidy(found_text or ""))
    if not text.strip():
        raise UnreadableFile(
            "de HTML-pagina bevat geen leesbare hoofdtekst (alleen scripts, menu's of opmaak)", path=path,
            hint="Sla de pagina op nadat ze volledig geladen is, of kopieer de tekst naar een .txt-bestand",
        )
    found = trafilatura.extract_metadata(html)
    if found is not None:
        if not meta.title and found.title:
            meta = replace(meta, title=found.title.strip())
        if meta.date is None and found.date:
            with contextlib.suppress(ValueError):
                meta = replace(meta, date=dt.date.fromisoformat(found.date[:10]))
        if meta.publisher is None and found.sitename:
            meta = replace(meta, publisher=found.sitename)
        if meta.url is None and found.url:
            meta = replace(meta, url=found.url)
    if not meta.title:
        meta = replace(meta, title=Path(str(path)).stem)
    return Source.create(origin, text, meta)


class HtmlReader:
    name = "html"
    suffixes = (".html", ".htm", ".xhtml")

    def read(self, path: Path, meta: SourceMeta, *, encoding: str | None = None) -> Iterator[Source]:
        yield html_source(str(path.resolve()), decode(read_bytes(path), path, encoding=encoding), meta, path)
