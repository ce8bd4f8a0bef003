"""Dutch stemming (Snowball), shared by search and theme assignment.

Snowball 3 renamed the classic Dutch stemmer to ``dutch_porter`` and made ``dutch`` the
Kraaij–Pohlmann stemmer, which strips the prefix ``ge-`` ("gemeente" → "meen", "geweld" → "wel")
and so merges unrelated words. The classic one is what PostgreSQL's ``dutch`` text search uses,
so both stores stem alike; it is chosen whenever the installed snowballstemmer has it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"\w+", re.UNICODE)
ALGORITHM = "dutch_porter" if "dutch_porter" in snowballstemmer.algorithms() else "dutch"
_STEMMER = snowballstemmer.stemmer(ALGORITHM)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return str(_STEMMER.stemWord(word.lower()))


def stems(text: str) -> list[str]:
    """The Snowball stems of the words of ``text``, in order."""
    return [stem(w) for w in _WORD.findall(text)]


def stemmed_text(text: str) -> str:
    return " ".join(stems(text))
