"""trendbeeld's own readers, registered through the ``register_readers`` hook."""

from __future__ import annotations

from typing import Any

from trendbeeld.hookspecs import hookimpl
from trendbeeld.sources.docx import DocxReader
from trendbeeld.sources.html import HtmlReader
from trendbeeld.sources.interview import MarkdownReader
from trendbeeld.sources.news import FeedReader, NewsCsvReader
from trendbeeld.sources.pdf import PdfReader


@hookimpl
def register_readers(registry: dict[str, Any]) -> None:
    for reader in (PdfReader(), HtmlReader(), DocxReader(), MarkdownReader(), FeedReader(), NewsCsvReader()):
        registry[reader.name] = reader
