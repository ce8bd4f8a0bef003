"""trendbeeld's own extractors, registered through the ``register_extractors`` hook.

Each is a :class:`RuleExtractor`: it works on the prepared document (``_document.analyse``), which
``extract()`` prepares once per source for all of them. An extractor from a plugin needs only
``name`` and ``extract(source)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from trendbeeld.extract import figures, headlines, quotes, trends
from trendbeeld.extract._document import Document, analyse
from trendbeeld.hookspecs import hookimpl
from trendbeeld.model import Evidence, Source


@runtime_checkable
class DocumentExtractor(Protocol):
    """An extractor that can also work on a document ``extract()`` has prepared already."""

    name: str

    def extract(self, source: Source) -> Sequence[Evidence]: ...

    def from_document(self, doc: Document) -> Sequence[Evidence]: ...


@dataclass(frozen=True, slots=True)
class RuleExtractor:
    """One kind of evidence by rules, over the prepared document."""

    name: str
    rules: Callable[[Document], Sequence[Evidence]]

    def extract(self, source: Source) -> Sequence[Evidence]:
        return self.rules(analyse(source))

    def from_document(self, doc: Document) -> Sequence[Evidence]:
        return self.rules(doc)


DEFAULTS = (
    RuleExtractor("figures.rules", figures.from_document),
    RuleExtractor("trends.rules", trends.from_document),
    RuleExtractor("quotes.rules", quotes.from_document),
    RuleExtractor("headlines.rules", headlines.from_document),
)


@hookimpl
def register_extractors(registry: dict[str, Any]) -> None:
    """Add the rule-based extractor of each kind under ``<kind>.rules``, in this order."""
    for extractor in DEFAULTS:
        registry[extractor.name] = extractor
