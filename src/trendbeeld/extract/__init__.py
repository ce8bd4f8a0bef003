"""Evidence extraction from Dutch text: figures, trend statements, quotes and headlines.

``extract(source)`` prepares the text once (a clean copy with an offset map, sentences, wording
of change) and runs the four rule-based extractors over it. Every item points back into
``source.text`` by exact character offsets: ``source.text[item.span.start:item.span.end] ==
item.text``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from trendbeeld.extract import figures, headlines, quotes, trends
from trendbeeld.extract._document import analyse
from trendbeeld.model import Evidence, Source

__all__ = ["Extractor", "extract"]


class Extractor(Protocol):
    """One kind of evidence from one source (registered by name, see ``plugin.py``)."""

    name: str

    def extract(self, source: Source) -> Iterable[Evidence]: ...


def extract(source: Source) -> list[Evidence]:
    """Figures, trend statements, quotes and headlines of ``source``, each kind in text order."""
    doc = analyse(source)
    items: list[Evidence] = []
    items.extend(figures.from_document(doc))
    items.extend(trends.from_document(doc))
    items.extend(quotes.from_document(doc))
    items.extend(headlines.from_document(doc))
    return items
