"""Extension points. A plugin is a module with functions marked ``@hookimpl``.

Each hook receives a registry dict and adds components under a name; the configuration then
selects components by that name (``extract.figures = "rules"``). trendbeeld registers its own
defaults through the same hooks (see ``plugins.py``).
"""

from __future__ import annotations

from typing import Any

import pluggy

PROJECT = "trendbeeld"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_readers(registry: dict[str, Any]) -> None:
    """Add source readers (``Reader``) by name, e.g. ``registry["pdf"] = PdfReader()``."""


@hookspec
def register_extractors(registry: dict[str, Any]) -> None:
    """Add evidence extractors (``Extractor``) by name, e.g. ``registry["figures.rules"] = ...``."""


@hookspec
def register_embedders(registry: dict[str, Any]) -> None:
    """Add text embedders (``Embedder``) for clustering by name."""


@hookspec
def register_trend_tests(registry: dict[str, Any]) -> None:
    """Add time-series trend tests (``TrendTest``) by name."""
