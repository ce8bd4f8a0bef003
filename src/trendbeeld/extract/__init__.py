"""Evidence extraction from Dutch text: figures, trend statements, quotes and headlines.

``extract(source)`` runs every extractor registered through the ``register_extractors`` hook (see
``docs/hooks.md``): trendbeeld's own rule-based ones (``plugin.py``) and those of installed plugins, in
the order they were registered. The text is prepared once (a clean copy with an offset map,
sentences, wording of change) for all rule-based extractors. Every item points back into
``source.text`` by exact character offsets: ``source.text[item.span.start:item.span.end] ==
item.text``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from trendbeeld import plugins
from trendbeeld.extract import _document

if TYPE_CHECKING:
    from trendbeeld.model import Evidence, Source

__all__ = ["Extractor", "extract"]


class Extractor(Protocol):
    """One kind of evidence from one source (registered by name, see ``plugin.py``)."""

    name: str

    def extract(self, source: Source) -> Iterable[Evidence]: ...


@cache
def _registered() -> Mapping[str, Any]:
    """The extractors of this process's plugins, found once (like ``sources.readers``)."""
    return plugins.registry("register_extractors")


def extract(source: Source, *, extractors: Mapping[str, Extractor] | None = None) -> list[Evidence]:
    """The evidence every extractor finds in ``source``, extractor by extractor, each in text order.

    ``extractors`` (name → extractor) replaces the registered ones, e.g. ``registry("register_extractors",
    pm)`` for a plugin manager of your own.
    """
    chosen: Mapping[str, Any] = _registered() if extractors is None else extractors
    doc: _document.Document | None = None
    items: list[Evidence] = []
    # The extractors make many short-lived objects and next to no reference cycles: the cyclic
    # garbage collector waits until they are done (about 1 % of the time on long texts).
    with _document.paused_gc():
        for extractor in chosen.values():
            # A prepared-document extractor (plugin.DocumentExtractor), told by its method: a runtime
            # Protocol check per source costs 2 % of the time on short news articles.
            from_document = getattr(extractor, "from_document", None)
            if callable(from_document):
                doc = doc or _document.analyse(source)
                items.extend(from_document(doc))
            else:
                items.extend(extractor.extract(source))
    return items
