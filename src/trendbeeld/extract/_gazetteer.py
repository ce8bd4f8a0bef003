"""The gazetteer of Dutch regions and the forms that name them.

The gazetteer (``data/gazetteer.csv``, parsed by :mod:`trendbeeld.regiondata`) lists municipalities,
police units, safety regions and provinces with their CBS and police codes (public facts, built by
``scripts/build_gazetteer.py``).
Demonyms and scope words ("Nederlanders", "landelijk", "wereldwijd") come from
``lexicon/scope_words.tsv``; ``lexicon/place_forms.tsv`` adds irregular adjectives ("Brabantse",
"Twentse"), parts of the country without a code ("de Achterhoek"), inhabitants of provinces ("Zes op
tien Gelderlanders") and places abroad ("Rwanda", "de VS", "Istanbul"); ``data/woonplaatsen.csv``
adds villages, towns and districts below the municipality ("Gaanderen", "Zaandam"). Phrases such as
"ons land" and "de gemiddelde Nederlander" stand for Nederland. This module reads these lists once
and says which region a found name stands for; :mod:`regions` finds the names in text.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from trendbeeld import regiondata
from trendbeeld.extract import _cues, lexicon
from trendbeeld.model import Region, RegionLevel

_LEVELS = {level.value: level for level in RegionLevel}
# Phrases that name a region in any Dutch text: "in ons land" is the Netherlands.
PHRASES = {"ons land": "Nederland", "Ons land": "Nederland", "heel het land": "Nederland",
            "het hele land": "Nederland",
            # "De gemiddelde Nederlander scoort 1000 punten": the one Dutch person that stands for all
            "gemiddelde Nederlander": "Nederland", "doorsnee Nederlander": "Nederland",
            "iedere Nederlander": "Nederland", "elke Nederlander": "Nederland",
            "per Nederlander": "Nederland"}


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Regions by name, and one pattern that finds any of their names."""

    regions: dict[str, tuple[Region, ...]]
    ambiguous: frozenset[str]
    pattern: re.Pattern[str]
    places: frozenset[str]  # villages, towns and districts below the municipality (no Region)


def _read_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("trendbeeld").joinpath("data").joinpath(name).read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, read once per process (static package data)."""
    regions: dict[str, list[Region]] = {}
    ambiguous: set[str] = set()
    for entry in regiondata.gazetteer():
        level = _LEVELS.get(entry.level)
        if level is None:
            continue
        regions.setdefault(entry.name, []).append(Region(entry.code, entry.name, level, entry.parents))
        if entry.ambiguous:
            ambiguous.add(entry.name)
    scope = lexicon.load().scope_words
    # "landelijk" also at the start of a sentence: "Landelijk daalde …"
    names = set(regions) | set(scope) | {w[0].upper() + w[1:] for w in scope if w[0].islower()}
    names |= set(PHRASES) | set(adjectives())
    places = frozenset(row["name"] for row in _read_rows("woonplaatsen.csv")) - names
    # "Katwijkse buurten", "Utrechtse wijken": the adjective of a place names the place (NAME_END).
    # The names are written as a trie ("Am(?:sterdam|ersfoort)"): the engine follows one branch per
    # character instead of trying every name at every position (eight times faster on news).
    pattern = re.compile(rf"(?<![\w-])(?:{_cues.trie(names)}){NAME_END}")
    return Gazetteer({k: tuple(v) for k, v in regions.items()}, frozenset(ambiguous), pattern, places)


NAME_END = r"(?:(?P<adj>se)(?=\s+[a-zà-ÿ]))?(?![\w-])"


@cache
def adjectives() -> dict[str, str]:
    """Irregular adjectives, short names and inhabitants of places ("Brabantse", "Twentse",
    "Hagenaars"), parts of the country and places abroad, and the region each stands for
    (``lexicon/place_forms.tsv``)."""
    return {form: value.partition("\t")[0] for form, value in lexicon._pairs("place_forms.tsv")}


@cache
def abroad() -> frozenset[str]:
    """The places abroad of ``lexicon/place_forms.tsv`` ("Rwanda", "Madrid"): scenes like the
    countries of the scope words."""
    return frozenset(place for place, kind in _kinds() if kind == "abroad")


@cache
def cities_abroad() -> frozenset[str]:
    """The cities abroad of ``lexicon/place_forms.tsv`` ("Madrid", "New York")."""
    return frozenset(place for place, kind in _kinds() if kind == "city")


def _kinds() -> list[tuple[str, str]]:
    """(region, kind) of each row of ``lexicon/place_forms.tsv`` (kind "abroad", "city" or "")."""
    return [(region, kind.strip()) for region, _, kind in
            (value.partition("\t") for _, value in lexicon._pairs("place_forms.tsv"))]


def canonical(name: str) -> str:
    """The region a found name stands for: "ons land" and "Nederlanders" are Nederland,
    "Brabantse" is Noord-Brabant, a gazetteer name is itself."""
    scope = lexicon.load().scope_words
    return (PHRASES.get(name) or scope.get(name) or scope.get(name[0].lower() + name[1:])
            or adjectives().get(name) or name)


def lookup(name: str) -> tuple[Region, ...]:
    """Regions called ``name`` (a municipality and a province can share a name; "Friesland" is the
    province Fryslân: a name the gazetteer lists in another form, ``regiondata.ALIASES``)."""
    regions = gazetteer().regions
    return regions.get(name) or regions.get(regiondata.ALIASES.get(name, name), ())


def is_village(name: str) -> bool:
    """Whether ``name`` is a village, town or district below the municipality ("Gaanderen")."""
    return name in gazetteer().places


def known(name: str, gaz: Gazetteer) -> bool:
    return name in gaz.regions or name in lexicon.load().scope_words or name in adjectives()


def known_start(name: str, gaz: Gazetteer) -> int | None:
    """Where a known region starts in ``name``: at 0, or at its last word when the first is a
    capitalised word before it ("In Nederland en België": a sentence starts with a preposition)."""
    if known(name, gaz):
        return 0
    space = name.rfind(" ")
    return space + 1 if space > 0 and known(name[space + 1 :], gaz) else None
