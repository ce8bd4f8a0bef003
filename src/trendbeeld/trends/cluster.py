"""Clustering trend statements and figures within a theme into candidate trends.

embed → cluster (average-linkage on cosine distance, per theme; large themes are first split
into parts with k-means) → label (a Dutch title from the most central trend statement) →
direction (majority of the stated changes, conflicts flagged). Everything here is pure over a
batch: items and vectors in, candidates out.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from trendbeeld.model import Change, Evidence, Figure, TrendStatement, hash_id
from trendbeeld.trends._items import Item, direction_of, gazetteer, lexicon
from trendbeeld.trends.embed import Embedder, Vectors, normalise

MIN_CLUSTER_SIZE = 2
FOCUS_WEIGHT = 0.6  # share of the phenomenon/indicator in an item's vector; the rest is its sentence
AGGLOMERATIVE_MAX = 2500
PARTITION_SIZE = 1200
CONFLICT_SHARE = 0.25
TITLE_MAX_WORDS = 9
TITLE_MIN_CHARS = 4
TITLE_PREFIX = {
    Change.UP: "Toename van {}",
    Change.DOWN: "Afname van {}",
    Change.STABLE: "Geen verandering in {}",
    Change.SHIFT: "Verschuiving in {}",
}
KEYWORD_MIN_CHARS = 6
ARTICLE_NOUNS = frozenset({"aantal", "aandeel", "percentage", "gebruik", "risico"})
CONFLICT_TITLE = "Wisselend beeld: {}"
FALLBACK_TITLE = "Ontwikkeling: {}"
_WORD = re.compile(r"[\w'-]+", re.UNICODE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\d")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A cluster of evidence within one theme; ``members`` are (evidence id, rank), best first."""

    theme: str | None
    members: tuple[tuple[str, float], ...]
    centroid: Vectors

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(eid for eid, _ in self.members)

    @property
    def key(self) -> str:
        """A content id for a new candidate: the hash of its sorted evidence ids."""
        return hash_id("trend", *sorted(self.ids))


# --------------------------------------------------------------------------- clustering


def cluster_vectors(vectors: Vectors, distance: float) -> list[list[int]]:
    """Groups of row indices whose average cosine distance stays under ``distance``."""
    n = len(vectors)
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    if n > AGGLOMERATIVE_MAX:
        return _partitioned(vectors, distance)
    from sklearn.cluster import AgglomerativeClustering

    model = AgglomerativeClustering(
        n_clusters=None, distance_threshold=distance, metric="cosine", linkage="average"
    )
    labels = model.fit_predict(np.asarray(vectors, dtype=np.float64))
    return _groups(labels)


def _partitioned(vectors: Vectors, distance: float) -> list[list[int]]:
    from sklearn.cluster import MiniBatchKMeans

    parts = math.ceil(len(vectors) / PARTITION_SIZE)
    labels = MiniBatchKMeans(n_clusters=parts, random_state=0, n_init=3, batch_size=2048).fit_predict(vectors)
    groups: list[list[int]] = []
    for part in _groups(labels):
        for group in cluster_vectors(vectors[part], distance):
            groups.append([part[i] for i in group])
    return sorted(groups, key=lambda g: g[0])


def _groups(labels: np.ndarray) -> list[list[int]]:
    found: dict[int, list[int]] = {}
    for index, label in enumerate(labels.tolist()):
        found.setdefault(int(label), []).append(index)
    return sorted(found.values(), key=lambda g: g[0])


def centroid(vectors: Vectors) -> Vectors:
    mean = vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    scaled: Vectors = (mean / norm if norm else mean).astype(np.float32)
    return scaled


def cluster_items(
    items: Sequence[Item],
    vectors: Vectors,
    *,
    distance: float,
    min_size: int = MIN_CLUSTER_SIZE,
) -> tuple[list[Candidate], list[int]]:
    """Candidates per theme, and the indices of items left over (noise).

    A candidate needs ``min_size`` items and at least one trend statement (figures alone do
    not make a development); members are ranked by closeness to the candidate's centre.
    """
    by_theme: dict[str | None, list[int]] = {}
    for index, item in enumerate(items):
        by_theme.setdefault(item.theme, []).append(index)
    candidates: list[Candidate] = []
    leftover: list[int] = []
    for theme in sorted(by_theme, key=lambda t: (t is None, t or "")):
        indices = by_theme[theme]
        for group in cluster_vectors(vectors[indices], distance):
            chosen = [indices[i] for i in group]
            has_statement = any(isinstance(items[i].evidence, TrendStatement) for i in chosen)
            if len(chosen) < min_size or not has_statement:
                leftover.extend(chosen)
                continue
            centre = centroid(vectors[chosen])
            ranks = vectors[chosen] @ centre
            members = sorted(
                ((items[i].id, round(float(r), 6)) for i, r in zip(chosen, ranks, strict=True)),
                key=lambda m: (-m[1], m[0]),
            )
            candidates.append(Candidate(theme, tuple(members), centre))
    return candidates, sorted(leftover)


def embed_items(items: Sequence[Item], embedder: Embedder) -> Vectors:
    """Each item as a blend of its focus (what it is about) and its sentence, in one embedding call."""
    if not items:
        return embedder.embed([])
    both = embedder.embed([item.focus for item in items] + [item.context for item in items])
    focus, context = both[: len(items)], both[len(items) :]
    return normalise(FOCUS_WEIGHT * focus + (1 - FOCUS_WEIGHT) * context)


# --------------------------------------------------------------------------- direction


def direction(evidence: Sequence[Evidence]) -> tuple[Change | None, bool]:
    """The majority stated change, and whether up and down conflict.

    Trend statements count fully, figures half. Up and down conflict when the smaller side has
    at least ``CONFLICT_SHARE`` of the two together; a tie between them gives no direction.
    """
    votes: Counter[Change] = Counter()
    for item in evidence:
        change = direction_of(item)
        if change is not None:
            votes[change] += 1.0 if isinstance(item, TrendStatement) else 0.5  # type: ignore[assignment]
    if not votes:
        return None, False
    up, down = votes[Change.UP], votes[Change.DOWN]
    conflicting = min(up, down) > 0 and min(up, down) / (up + down) >= CONFLICT_SHARE
    if up and up == down and up >= max(votes.values()):
        return None, True
    best = min(votes, key=lambda c: (-votes[c], list(Change).index(c)))
    return best, conflicting


# --------------------------------------------------------------------------- titles


@cache
def _lexicon_set(name: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in lexicon(name))


@cache
def _place_names() -> frozenset[str]:
    return frozenset(name.casefold() for name, _ in gazetteer())


def clean_phenomenon(phrase: str) -> str:
    """``phrase`` without a trailing time phrase ("sinds 2022", "in tien jaar") and surplus words."""
    words = phrase.split("(", 1)[0].split()
    openers = _lexicon_set("time_openers.txt")
    times = _lexicon_set("time_words.txt")
    for cut in range(1, len(words)):
        if words[cut].casefold() not in openers:
            continue
        rest = words[cut:]
        if any(_YEAR.search(w) or w.casefold().strip(",.") in times for w in rest):
            words = words[:cut]
            break
    while words and words[-1].casefold().strip(",.") in openers:
        words.pop()
    fillers = _lexicon_set("leading_fillers.txt")
    while len(words) > 1 and words[0].casefold() in fillers:
        words.pop(0)
    if len(words) > 1 and words[0].casefold() in ARTICLE_NOUNS:
        words[0] = words[0].lower()
        words.insert(0, "het")
    return " ".join(words[:TITLE_MAX_WORDS]).strip(" ,.;:()")


def _usable(phrase: str) -> bool:
    """Long enough, not a number, not generic, and naming something beyond time and comparison."""
    weak = _lexicon_set("time_words.txt") | _lexicon_set("time_openers.txt") | _lexicon_set("weak_words.txt")
    return (
        len(phrase) >= TITLE_MIN_CHARS
        and not phrase[:1].isdigit()
        and phrase.casefold() not in _lexicon_set("generic_phenomena.txt")
        and any(len(w) >= TITLE_MIN_CHARS and w.casefold() not in weak for w in _WORD.findall(phrase))
    )


def _lower_first(phrase: str) -> str:
    """Lower-case the first word unless it is a name, an abbreviation or a place."""
    first = phrase.split(" ", 1)[0]
    if not first[:1].isupper() or not first[1:].islower() or first.casefold() in _place_names():
        return phrase
    return first[:1].lower() + phrase[1:]


def _keyword(evidence: Sequence[Evidence]) -> str:
    """The most frequent telling word of the items (first seen wins a tie)."""
    weak = _lexicon_set("time_words.txt") | _lexicon_set("weak_words.txt") | _lexicon_set("leading_fillers.txt")
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for item in evidence:
        for word in _WORD.findall(item.text):
            if len(word) >= KEYWORD_MIN_CHARS and word.isalpha() and word.casefold() not in weak:
                counts[word.casefold()] += 1
                first.setdefault(word.casefold(), len(first))
    return min(counts, key=lambda w: (-counts[w], first[w])) if counts else ""


def title(evidence: Sequence[Evidence], change: Change | None, conflicting: bool) -> str:
    """A Dutch title from the best-ranked usable phenomenon (evidence comes best first)."""
    phrase = ""
    for item in evidence:
        if isinstance(item, TrendStatement) and _usable(cleaned := clean_phenomenon(item.phenomenon)):
            phrase = cleaned
            break
    if not phrase:
        for item in evidence:
            if (
                isinstance(item, Figure)
                and item.indicator
                and _usable(cleaned := clean_phenomenon(item.indicator))
            ):
                phrase = cleaned
                break
    if not phrase:
        phrase = _keyword(evidence)
    if not phrase:
        return FALLBACK_TITLE.format(" ".join(_WORD.findall(evidence[0].text)[:TITLE_MAX_WORDS]) or "zonder tekst")
    if conflicting:
        return CONFLICT_TITLE.format(phrase[:1].upper() + phrase[1:])
    if change is None:
        return phrase[:1].upper() + phrase[1:]
    return TITLE_PREFIX[change].format(_lower_first(phrase))
