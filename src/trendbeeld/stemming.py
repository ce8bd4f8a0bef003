"""Dutch stemming (Snowball), shared by search and theme assignment."""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"\w+", re.UNICODE)
_STEMMER = snowballstemmer.stemmer("dutch")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return str(_STEMMER.stemWord(word.lower()))


def stems(text: str) -> list[str]:
    """The Snowball stems of the words of ``text``, in order."""
    return [stem(w) for w in _WORD.findall(text)]


def stemmed_text(text: str) -> str:
    return " ".join(stems(text))
