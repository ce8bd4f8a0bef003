"""Theme profiles: each theme as a TF-IDF vector over Dutch stems, to score texts against.

A profile holds the theme's name (twice), description and key terms, the text of its sub-themes,
and the passages analysts corrected to it. A key term found in a text adds ``TERM_WEIGHT`` to the
cosine similarity (for at most ``MAX_TERMS`` terms).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from trendbeeld.model import Taxonomy, Theme
from trendbeeld.stemming import stems

TERM_WEIGHT = 0.15
MAX_TERMS = 3


def _analyzer(text: str) -> list[str]:
    return [s for s in stems(text) if len(s) > 2 and not s.isdigit()]


@dataclass
class Profiles:
    """Theme profiles of one taxonomy as TF-IDF vectors, ready to score texts."""

    taxonomy: Taxonomy
    themes: list[Theme]
    vectorizer: TfidfVectorizer
    matrix: np.ndarray
    terms: list[list[tuple[str, ...]]]

    @classmethod
    def build(cls, taxonomy: Taxonomy, examples: Mapping[str, Sequence[str]] | None = None) -> Profiles:
        examples = examples or {}
        themes = list(taxonomy.themes)
        children: dict[str, list[Theme]] = defaultdict(list)
        for theme in themes:
            if theme.parent:
                children[theme.parent].append(theme)
        docs = []
        for theme in themes:
            parts = [theme.name, theme.name, theme.description, " ".join(theme.key_terms) * 2]
            for child in children[theme.key]:
                parts += [child.name, child.description, " ".join(child.key_terms)]
            parts += list(examples.get(theme.key, ()))
            docs.append(" ".join(parts))
        vectorizer = TfidfVectorizer(analyzer=_analyzer, sublinear_tf=True)
        matrix = vectorizer.fit_transform(docs).toarray()
        terms = [[tuple(_analyzer(term)) for term in theme.key_terms if _analyzer(term)] for theme in themes]
        return cls(taxonomy, themes, vectorizer, matrix, terms)

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, one column per theme: similarity plus key-term bonus."""
        if not texts:
            return np.zeros((0, len(self.themes)))
        similarity = self.vectorizer.transform(texts).toarray() @ self.matrix.T
        bonus = np.zeros_like(similarity)
        for row, text in enumerate(texts):
            tokens = _analyzer(text)
            joined = " " + " ".join(tokens) + " "
            for col, terms in enumerate(self.terms):
                hits = sum(1 for term in terms if f" {' '.join(term)} " in joined)
                bonus[row, col] = TERM_WEIGHT * min(hits, MAX_TERMS)
        result: np.ndarray = similarity + bonus
        return result

    def top_columns(self) -> list[int]:
        return [i for i, t in enumerate(self.themes) if not t.parent]

    def best_top(self, text: str) -> str | None:
        """The top-level theme key that fits ``text`` best (sub-theme scores count for their parent)."""
        row = self.scores([text])[0]
        totals: dict[str, float] = defaultdict(float)
        for theme, score in zip(self.themes, row, strict=True):
            totals[theme.parent or theme.key] = max(totals[theme.parent or theme.key], float(score))
        if not totals or max(totals.values()) <= 0:
            return None
        return max(totals, key=lambda k: (totals[k], k))
