"""A short extractive Dutch summary of a source: its most telling sentences, in their order.

Sentences are scored by the frequency of their content words in the whole text (function
words from ``data/stopwoorden.txt`` left out), with a bonus for figures and for an early
position. The summary takes the best sentences up to a character budget and keeps them in
document order. The same text always gives the same summary.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

MAX_SENTENCES = 3
MAX_CHARS = 420
MIN_WORDS = 6
MAX_WORDS = 60
NUMBER_BONUS = 0.25
# The first sentences of a text weigh more; the bonus fades over this many sentences.
POSITION_SPAN = 8
POSITION_BONUS = 0.35

_STOPWORDS_FILE = Path(__file__).parent / "data" / "stopwoorden.txt"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_DIGIT = re.compile(r"\d")
# A sentence ends at . ! ? (optionally followed by a closing quote) before a space and a capital,
# digit or opening quote.
_BOUNDARY = re.compile(r"(?<=[.!?])[”\"’']?\s+(?=[A-ZÀ-Ý0-9“\"‘'(])")
_ABBREVIATION = re.compile(
    r"\b(?:bijv|bv|o\.a|d\.w\.z|m\.b\.t|i\.v\.m|t\.o\.v|e\.d|enz|ca|nr|dhr|mevr|drs|dr|prof|mr|ir|jl|resp)\.$",
    re.IGNORECASE,
)


@cache
def stopwords() -> frozenset[str]:
    lines = _STOPWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, whitespace normalised; headings and fragments left out."""
    found: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        flat = " ".join(block.split())
        if not flat or flat.startswith(("#", "---")):
            continue
        found.extend(_split(flat))
    return [s for s in found if s[-1:] in ".!?”\"'’" and MIN_WORDS <= len(s.split()) <= MAX_WORDS]


def _split(flat: str) -> list[str]:
    parts: list[str] = []
    pending = ""
    position = 0
    for match in _BOUNDARY.finditer(flat):
        piece = flat[position : match.start()]
        position = match.end()
        if _ABBREVIATION.search(piece):
            pending += piece + " "
            continue
        parts.append((pending + piece).strip())
        pending = ""
    parts.append((pending + flat[position:]).strip())
    return [p for p in parts if p]


def summarize(text: str, *, max_sentences: int = MAX_SENTENCES, max_chars: int = MAX_CHARS) -> str:
    """The best sentences of ``text`` in document order, within ``max_chars``; "" if none."""
    candidates = sentences(text)
    if not candidates:
        return ""
    stop = stopwords()
    counts = Counter(w for s in candidates for w in _content_words(s, stop))
    top = max(counts.values(), default=1)
    scored = []
    for index, sentence in enumerate(candidates):
        words = _content_words(sentence, stop)
        if not words:
            continue
        score = sum(counts[w] / top for w in words) / len(words) ** 0.5
        score += NUMBER_BONUS if _DIGIT.search(sentence) else 0.0
        score += POSITION_BONUS * max(0.0, 1 - index / POSITION_SPAN)
        scored.append((-score, index, sentence))
    chosen: list[tuple[int, str]] = []
    used = 0
    for _, index, sentence in sorted(scored):
        if len(chosen) >= max_sentences:
            break
        if used + len(sentence) > max_chars and chosen:
            continue
        chosen.append((index, sentence))
        used += len(sentence) + 1
    return " ".join(s for _, s in sorted(chosen))


def _content_words(sentence: str, stop: frozenset[str]) -> list[str]:
    return [w for w in (m.lower() for m in _WORD.findall(sentence)) if len(w) > 2 and w not in stop]
