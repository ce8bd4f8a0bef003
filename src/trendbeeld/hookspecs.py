"""Extension points. A plugin is a module with functions marked ``@hookimpl``.

Each hook receives a registry dict and adds components under a name; ``plugins.registry`` calls
the hook and returns the filled registry. Readers are chosen by file suffix, every registered
extractor runs on every source, and an embedder is chosen by name (``--embedder``). trendbeeld
registers its own defaults through the same hooks (see ``plugins.py``).
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
