"""Theme profiles: each theme as a TF-IDF vector over Dutch stems, to score texts against.

A profile holds the theme's name (twice), description and key terms, the text of its sub-themes,
and the passages analysts corrected to it. A key term found in a text adds ``TERM_WEIGHT`` to the
cosine similarity (for at most ``MAX_TERMS`` terms).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from trendbeeld.model import Taxonomy, Theme
from trendbeeld.stemming import stem

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import TfidfVectorizer

TERM_WEIGHT = 0.15
MAX_TERMS = 3
# Dutch writes compounds as one word ("woninginbraken", "cocaïnesmokkel", "geweldsdelicten"): a word
# the profiles do not know also counts as the key-term words it starts or ends with, when those are at
# least MIN_PART letters long. The linking s ("gewelds-") is dropped from the first part.
MIN_PART = 5
LINKING = "s"
_WORD = re.compile(r"\w+", re.UNICODE)
# Dutch function words carry no theme; left in, they make every text look a little like every profile.
STOP_WORDS = frozenset(
    [
        "aan",
        "al",
        "alle",
        "als",
        "bij",
        "dan",
        "dat",
        "de",
        "deze",
        "die",
        "dit",
        "door",
        "een",
        "en",
        "er",
        "gaat",
        "geen",
        "hebben",
        "heeft",
        "het",
        "hier",
        "hij",
        "hoe",
        "hun",
        "ik",
        "in",
        "is",
        "je",
        "kan",
        "kunnen",
        "maar",
        "meer",
        "met",
        "na",
        "naar",
        "niet",
        "nog",
        "nu",
        "of",
        "ok",
        "om",
        "omdat",
        "ons",
        "ook",
        "op",
        "over",
        "per",
        "te",
        "tegen",
        "tot",
        "uit",
        "van",
        "veel",
        "voor",
        "wat",
        "we",
        "wel",
        "werd",
        "wie",
        "wij",
        "worden",
        "wordt",
        "zal",
        "ze",
        "zich",
        "zij",
        "zijn",
        "zo",
        "zoals",
        "zonder",
        "zou",
        "zullen",
        "steeds",
        "vaker",
        "minder",
        "waar",
        "wanneer",
        "welke",
        "binnen",
        "tussen",
        "onder",
        "andere",
        "eigen",
    ]
)


def _key_words(themes: Sequence[Theme]) -> frozenset[str]:
    """The stems of the words of every theme's name and key terms: the parts compounds are split into."""
    words = {w for t in themes for w in _WORD.findall(" ".join([t.name, *t.key_terms]).lower())}
    return frozenset(stem(w) for w in words if len(w) >= MIN_PART)


def _compound_parts(word: str, parts: frozenset[str]) -> list[str]:
    """The key-term stems ``word`` is compounded of: its longest known first part and last part."""
    first = last = None
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        for candidate in (head, head.removesuffix(LINKING)):
            if len(candidate) >= MIN_PART and stem(candidate) in parts:
                first = stem(candidate)
        if last is None and stem(tail) in parts:
            last = stem(tail)
    return [p for p in (first, last) if p]


@dataclass(frozen=True)
class _CompoundAnalyzer:
    """Stems of a text, each unknown compound followed by the key-term stems it is made of."""

    parts: frozenset[str]

    def __call__(self, text: str) -> list[str]:
        out: list[str] = []
        for word, stemmed in _words(text):
            out.append(stemmed)
            if stemmed not in self.parts and len(word) >= 2 * MIN_PART:
                out += _compound_parts(word, self.parts)
        return out


def _words(text: str) -> list[tuple[str, str]]:
    """The content words of ``text`` (lower case) with their stems: no function words or numbers."""
    pairs = [(w, stem(w)) for w in _WORD.findall(text.lower()) if w not in STOP_WORDS]
    return [(w, s) for w, s in pairs if len(s) > 2 and not s.isdigit()]


def _term(term: str) -> tuple[str, ...]:
    """A key term as the stems a text is matched on."""
    return tuple(s for _, s in _words(term))


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
        """The profiles of ``taxonomy``; without examples they are built once per taxonomy and reused."""
        if not examples:
            return _plain_profiles(taxonomy)
        return cls._build(taxonomy, examples)

    @classmethod
    def _build(cls, taxonomy: Taxonomy, examples: Mapping[str, Sequence[str]] | None = None) -> Profiles:
        examples = examples or {}
        themes = list(taxonomy.themes)
        children: dict[str, list[Theme]] = defaultdict(list)
        for theme in themes:
            if theme.parent:
                children[theme.parent].append(theme)
        docs = []
        for theme in themes:
            parts = [theme.name, theme.name, theme.description, *theme.key_terms, *theme.key_terms]
            for child in children[theme.key]:
                parts += [child.name, child.description, " ".join(child.key_terms)]
            parts += list(examples.get(theme.key, ()))
            docs.append(" ".join(parts))
        from sklearn.feature_extraction.text import TfidfVectorizer  # loads in about a second

        vectorizer = TfidfVectorizer(analyzer=_CompoundAnalyzer(_key_words(themes)), sublinear_tf=True)
        matrix = vectorizer.fit_transform(docs).toarray()
        terms = [[_term(term) for term in theme.key_terms if _term(term)] for theme in themes]
        return cls(taxonomy, themes, vectorizer, matrix, terms)

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, one column per theme: similarity plus key-term bonus.

        Each text is analysed once; its TF-IDF row is built as the vectorizer would (sublinear tf,
        idf, l2 norm), and the key terms are looked up in its set of stems.
        """
        if not texts:
            return np.zeros((0, len(self.themes)))
        from scipy.sparse import csr_matrix

        analyzer = self.vectorizer.build_analyzer()
        vocabulary = self.vectorizer.vocabulary_
        idf = self.vectorizer.idf_
        singles, multiples = self._term_index()
        indptr: list[int] = [0]
        indices: list[int] = []
        data: list[float] = []
        bonus = np.zeros((len(texts), len(self.themes)))
        for row, text in enumerate(texts):
            tokens = analyzer(text)
            counts: dict[int, int] = {}
            for token in tokens:
                column = vocabulary.get(token)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            values = [(1.0 + np.log(n)) * idf[c] for c, n in counts.items()]
            norm = float(np.sqrt(sum(v * v for v in values))) or 1.0
            indices.extend(counts)
            data.extend(v / norm for v in values)
            indptr.append(len(indices))
            present = set(tokens)
            joined = " " + " ".join(tokens) + " "
            for col in range(len(self.themes)):
                hits = _term_hits(present, joined, singles[col], multiples[col])
                bonus[row, col] = TERM_WEIGHT * min(hits, MAX_TERMS)
        matrix = csr_matrix((data, indices, indptr), shape=(len(texts), len(vocabulary)))
        result: np.ndarray = np.asarray(matrix @ self.matrix.T) + bonus
        return result

    def _term_index(self) -> tuple[list[list[str]], list[list[str]]]:
        """Per theme: its one-stem key terms, and its longer ones as `` stem stem `` strings."""
        singles = [[t[0] for t in terms if len(t) == 1] for terms in self.terms]
        multiples = [[f" {' '.join(t)} " for t in terms if len(t) > 1] for terms in self.terms]
        return singles, multiples

    def names_key_terms(self, texts: Sequence[str], columns: Sequence[int]) -> list[bool]:
        """Per text: whether it names a key term of one of the themes at ``columns`` ("steekpartij",
        also inside a compound stem, "verwarde man" as two stems)."""
        analyzer = self.vectorizer.build_analyzer()
        singles, multiples = self._term_index()
        own_singles = [t for c in columns for t in singles[c]]
        own_multiples = [m for c in columns for m in multiples[c]]
        named = []
        for text in texts:
            tokens = analyzer(text)
            joined = " " + " ".join(tokens) + " "
            named.append(_term_hits(set(tokens), joined, own_singles, own_multiples) > 0)
        return named

    def top_totals(self, row: Sequence[float]) -> dict[str, float]:
        """Per top-level theme key: the best score in ``row`` (one per theme) of the theme or one
        of its sub-themes."""
        totals: dict[str, float] = defaultdict(float)
        for theme, score in zip(self.themes, row, strict=True):
            totals[theme.parent or theme.key] = max(totals[theme.parent or theme.key], float(score))
        return totals

    def top_columns(self) -> list[int]:
        return [i for i, t in enumerate(self.themes) if not t.parent]

    def best_top(self, heading: str, body: str = "", *, heading_weight: float = 1.0) -> str | None:
        """The top-level theme key that fits a heading and its body text best.

        The heading's scores count for ``heading_weight``, the body's for the rest; sub-theme scores
        count for their parent.
        """
        rows = self.scores([heading, body] if body else [heading])
        row = heading_weight * rows[0] + (1 - heading_weight) * rows[1] if body else rows[0]
        totals = self.top_totals(row)
        if not totals or max(totals.values()) <= 0:
            return None
        return max(totals, key=lambda k: (totals[k], k))


@lru_cache(maxsize=8)
def _plain_profiles(taxonomy: Taxonomy) -> Profiles:
    """Profiles without analysts' examples, cached: `sections` builds them for every source."""
    return Profiles._build(taxonomy)


def _term_hits(present: set[str], joined: str, singles: Sequence[str], multiples: Sequence[str]) -> int:
    """How many key terms a text names: one-stem terms among its stems ``present``, longer ones as
    `` stem stem `` inside its ``joined`` stems."""
    return sum(1 for t in singles if t in present) + sum(1 for m in multiples if m in joined)
