"""Dutch lexicons of the extractor, loaded once from the data files in ``lexicon/``.

Every list is a plain text file (one entry a line, ``#`` starts a comment) or a TSV file, so
a linguist can extend the extractor without touching code.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from trendbeeld.model import Change

PACKAGE = "trendbeeld.extract"
FOLDER = "lexicon"
# wordfreq's Dutch list; looked up only to decide whether two fragments form one word.
WORDFREQ_LANGUAGE = "nl"


@dataclass(frozen=True, slots=True)
class ChangeCue:
    """One line of ``change.tsv``: a pattern of Dutch wording of change."""

    direction: Change
    kind: str
    pattern: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All word lists of the extractor."""

    number_words: dict[str, int]
    fractions: dict[str, float]
    ordinal_fractions: frozenset[str]
    magnitudes: dict[str, float]
    qualifiers: tuple[str, ...]
    time_units: frozenset[str]
    measure_units: frozenset[str]
    vague_amounts: dict[str, float]
    scope_words: dict[str, str]
    change: tuple[ChangeCue, ...]
    change_verbs: dict[str, ChangeCue]  # lemma -> direction and kind (``pattern`` is the lemma)
    change_heads: dict[str, Change]  # head of a compound noun of change ("golf") -> direction
    down_comparatives: frozenset[str]
    up_comparatives: frozenset[str]
    not_comparatives: frozenset[str]
    function_words: frozenset[str]
    compound_free_words: frozenset[str]
    abbreviations: frozenset[str]
    speech_verbs: tuple[str, ...]
    roles: tuple[str, ...]
    name_particles: frozenset[str]
    name_stopwords: frozenset[str]
    organisation_words: tuple[str, ...]
    place_roles: frozenset[str]
    quote_title_cues: frozenset[str]
    outlets: tuple[str, ...]
    clause_openers: tuple[str, ...]
    topic_words: frozenset[str]
    common_verbs: frozenset[str]


def _lines(name: str) -> list[str]:
    text = resources.files(PACKAGE).joinpath(FOLDER).joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _pairs(name: str) -> list[tuple[str, str]]:
    out = []
    for line in _lines(name):
        key, _, value = line.partition("\t")
        out.append((key.strip(), value.strip()))
    return out


def _change_cues() -> tuple[ChangeCue, ...]:
    cues = []
    for line in _lines("change.tsv"):
        direction, kind, pattern = line.split("\t", 2)
        cues.append(ChangeCue(Change(direction), kind, pattern.strip()))
    return tuple(cues)


def _change_verbs() -> dict[str, ChangeCue]:
    verbs = {}
    for line in _lines("change_verbs.tsv"):
        direction, kind, lemma = line.split("\t", 2)
        verbs[lemma.strip()] = ChangeCue(Change(direction), kind, lemma.strip())
    return verbs


@cache
def load() -> Lexicon:
    """The lexicons, read once per process (they are static package data)."""
    return Lexicon(
        number_words={k: int(v) for k, v in _pairs("number_words.tsv")},
        fractions={k: float(v) for k, v in _pairs("fractions.tsv")},
        ordinal_fractions=frozenset(_lines("ordinal_fractions.txt")),
        magnitudes={k: float(v) for k, v in _pairs("magnitudes.tsv")},
        qualifiers=tuple(sorted(_lines("qualifiers.txt"), key=len, reverse=True)),
        time_units=frozenset(_lines("time_units.txt")),
        measure_units=frozenset(_lines("measure_units.txt")),
        vague_amounts={k: float(v) for k, v in _pairs("vague_amounts.tsv")},
        scope_words=dict(_pairs("scope_words.tsv")),
        change=_change_cues(),
        change_verbs=_change_verbs(),
        change_heads={head: Change(direction) for direction, head in _pairs("change_heads.tsv")},
        down_comparatives=frozenset(_lines("down_comparatives.txt")),
        up_comparatives=frozenset(_lines("up_comparatives.txt")),
        not_comparatives=frozenset(_lines("not_comparatives.txt")),
        function_words=frozenset(_lines("function_words.txt")),
        compound_free_words=frozenset(_lines("compound_free_words.txt")),
        abbreviations=frozenset(_lines("abbreviations.txt")),
        speech_verbs=tuple(_lines("speech_verbs.txt")),
        roles=tuple(sorted(_lines("roles.txt"), key=len, reverse=True)),
        name_particles=frozenset(_lines("name_particles.txt")),
        name_stopwords=frozenset(_lines("name_stopwords.txt")),
        organisation_words=tuple(sorted(_lines("organisation_words.txt"), key=len, reverse=True)),
        place_roles=frozenset(_lines("place_roles.txt")),
        quote_title_cues=frozenset(_lines("quote_title_cues.txt")),
        outlets=tuple(sorted(_lines("outlets.txt"), key=len, reverse=True)),
        clause_openers=tuple(_lines("clause_openers.txt")),
        topic_words=frozenset(_lines("topic_words.txt")),
        common_verbs=frozenset(_lines("common_verbs.txt")),
    )


@cache
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return dict(get_frequency_dict(WORDFREQ_LANGUAGE, wordlist="best"))


def zipf(word: str) -> float:
    """Zipf frequency of a lower-case Dutch word (0 when unknown)."""
    freq = _frequencies().get(word, 0.0)
    return math.log10(freq * 1e9) if freq > 0 else 0.0
