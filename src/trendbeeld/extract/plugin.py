"""trendbeeld's own extractors, registered through the ``register_extractors`` hook."""

from __future__ import annotations

from typing import Any

from trendbeeld.extract.figures import FigureExtractor
from trendbeeld.extract.headlines import HeadlineExtractor
from trendbeeld.extract.quotes import QuoteExtractor
from trendbeeld.extract.trends import TrendExtractor
from trendbeeld.hookspecs import hookimpl


@hookimpl
def register_extractors(registry: dict[str, Any]) -> None:
    """Add the rule-based extractor of each kind under ``<kind>.rules``."""
    for extractor in (FigureExtractor(), TrendExtractor(), QuoteExtractor(), HeadlineExtractor()):
        registry[extractor.name] = extractor
