"""The words of a title phrase: which count as content, their stems, and what an item names.

A phrase names a phenomenon by its content words ("geregistreerde misdrijven"), not by time, weak,
generic or clause words ("sinds", "aantal", "vaak"); stems let "overvallen" meet "woningovervallen".
The word lists are the trend lexicons (`_items.lexicon`); places and peoples come from the gazetteer.
"""

from __future__ import annotations

import re
from functools import cache

from trendbeeld.model import Evidence, Figure, TrendStatement
from trendbeeld.stemming import stem
from trendbeeld.trends._items import gazetteer, lexicon

TITLE_MIN_CHARS = 4
PROPER_MIN_CHARS = 4
COMPOUND_MIN = 5  # a phenomenon's form this long also names it at the end of a compound
_WORD = re.compile(r"[\w'-]+", re.UNICODE)


@cache
def lexicon_set(name: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in lexicon(name))


@cache
def place_names() -> frozenset[str]:
    return frozenset(name.casefold() for name, _ in gazetteer())


@cache
def proper_prefixes() -> tuple[str, ...]:
    """Country, body and demonym stems that keep their capital ("Nederlanders", "Europese")."""
    words = lexicon_set("national.txt") | lexicon_set("international.txt")
    return tuple(sorted(w for w in words if len(w) >= PROPER_MIN_CHARS))


@cache
def _not_content() -> frozenset[str]:
    """Words that do not make a phrase about something: time, weak, generic, filler and clause words."""
    names = (
        "time_words.txt", "time_openers.txt", "weak_words.txt", "leading_fillers.txt",
        "dangling_words.txt", "clause_verbs.txt", "generic_phenomena.txt",
    )  # fmt: skip
    return frozenset().union(*(lexicon_set(name) for name in names))


def content_stems(text: str) -> frozenset[str]:
    """Stems of the words of ``text`` that can name a phenomenon."""
    skip = _not_content()
    return frozenset(
        stem(word)
        for word in _WORD.findall(text)
        if len(word) >= TITLE_MIN_CHARS and word.isalpha() and word.casefold() not in skip
    )


QUANTITY_NOUNS = frozenset({"aantal", "aandeel", "hoeveelheid", "mate", "niveau", "omvang", "percentage"})


def phenomenon_stems(phrase: str) -> frozenset[str]:
    """The content stems of a title phrase without its measure ("hoeveelheid criminaliteit" and
    "criminaliteit" name one phenomenon)."""
    return content_stems(" ".join(w for w in _WORD.findall(phrase) if w.casefold() not in QUANTITY_NOUNS))


def names_phrase(text: str, phrase: str) -> bool:
    """Whether ``text`` (an item's phenomenon or indicator and its sentence) names most of the content
    words of ``phrase`` (more than half), also as the end of a compound ("overvallen" in
    "woningovervallen"): a news item about "een inwoner van Made" does not name "het aandeel
    kritische inwoners", so it does not support that trend."""
    wanted = {undoubled(w) for w in content_stems(phrase)}
    found = {undoubled(f) for f in content_stems(text)}
    named = [
        w
        for w in wanted
        if w in found
        or any(
            (len(w) >= COMPOUND_MIN and f.endswith(w)) or (len(f) >= COMPOUND_MIN and w.endswith(f))
            for f in found
        )
    ]
    return bool(wanted) and 2 * len(named) > len(wanted)


def undoubled(stem: str) -> str:
    """A stem without a doubled final consonant: the stem of "overvallen" ("overvall") meets the one of
    "overval"."""
    return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou" else stem


def item_phrase(item: Evidence) -> str | None:
    if isinstance(item, TrendStatement):
        return item.phenomenon
    if isinstance(item, Figure):
        return item.indicator
    return None
