"""Cached text embeddings of the models whose vector of a text does not depend on the batch.

Table (created by migration 0006): ``embedding`` — one row per (embedder, text hash) with the
vector as little-endian float32 bytes. Re-clustering after adding a source then embeds only the
new texts. TF-IDF + SVD vectors depend on the whole batch and are never cached.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import sqlalchemy as sa
from numpy.typing import NDArray

from trendbeeld.store.engine import Store
from trendbeeld.store.schema import metadata

LOOKUP_CHUNK = 500  # text hashes per SELECT … IN (…)
FLOAT = np.dtype("<f4")

embedding = sa.Table(
    "embedding",
    metadata,
    sa.Column("embedder", sa.String(50), primary_key=True),
    sa.Column("text_hash", sa.String(32), primary_key=True),
    sa.Column("vector", sa.LargeBinary, nullable=False),
)


def load(store: Store, embedder: str, hashes: Iterable[str]) -> dict[str, NDArray[np.float32]]:
    """The cached vectors of ``embedder`` for those of ``hashes`` it has, by hash."""
    wanted = sorted(set(hashes))
    found: dict[str, NDArray[np.float32]] = {}
    with store.read() as conn:
        for i in range(0, len(wanted), LOOKUP_CHUNK):
            query = sa.select(embedding.c.text_hash, embedding.c.vector).where(
                embedding.c.embedder == embedder, embedding.c.text_hash.in_(wanted[i : i + LOOKUP_CHUNK])
            )
            for text_hash, blob in conn.execute(query):
                found[text_hash] = np.frombuffer(blob, dtype=FLOAT).astype(np.float32)
    return found


def save(store: Store, embedder: str, vectors: Mapping[str, NDArray[np.float32]]) -> None:
    """Store new vectors of ``embedder`` (hashes already cached are left as they are)."""
    if not vectors:
        return
    hashes = sorted(vectors)
    with store.begin() as conn:
        known: set[str] = set()
        for i in range(0, len(hashes), LOOKUP_CHUNK):
            known.update(conn.execute(
                sa.select(embedding.c.text_hash).where(
                    embedding.c.embedder == embedder, embedding.c.text_hash.in_(hashes[i : i + LOOKUP_CHUNK])
                )
            ).scalars())
        rows = [
            {"embedder": embedder, "text_hash": h, "vector": np.asarray(v, dtype=FLOAT).tobytes()}
            for h, v in vectors.items()
            if h not in known
        ]
        if rows:
            conn.execute(sa.insert(embedding), rows)
