"""Regions named in Dutch text, looked up in the gazetteer (``data/gazetteer.csv``).

The gazetteer lists municipalities, police units, safety regions and provinces with their CBS
and police codes (public facts, built by ``scripts/build_gazetteer.py``). Demonyms and scope
words ("Nederlanders", "landelijk", "wereldwijd") come from ``lexicon/scope_words.tsv``.
Villages, towns and districts below the municipality (``data/woonplaatsen.csv``: "Gaanderen",
"Zaandam", "Rosmalen") name a figure's region as printed, but only after "in", "te", "rond" or
"nabij" ("een inbraak in Haamstede", "een ongeval te Koekange"): many are also words or surnames
("Veen", "Broek", "Made"). ``lexicon/place_forms.tsv`` adds parts of the country without a code
("in de Achterhoek"), inhabitants of provinces ("Zes op tien Gelderlanders") and places abroad
("de genocide in Rwanda", "in de VS", "in Istanbul"). A place on the way ("via Jordanië"), a
destination ("naar de VS") and a person's title ("de kroonprins van Jordanië") are not where a
figure was counted.

This module finds the names in a stretch of text and picks the one nearest a figure: a list of
regions names the whole list ("Groningen, Friesland en Drenthe", "Breda, Bergen op Zoom en
Roosendaal"), "de rest van Nederland", a district ("Amsterdam-Zuid"), a place after a neuter
adjective ("het Gelderse Gaanderen"), a place apposed to a noun of place that the gazetteer does
not know ("in de Nieuw-Zeelandse stad Christchurch", "op het Turkse schiereiland Gallipoli"), the
region of an average ("het landelijk gemiddelde"), the place that adjectives of places qualify ("de
Groningse en Drentse Veenkoloniën": the Veenkoloniën), not a place of the next clause ("… en in
Limburg"). The lists are read in :mod:`_gazetteer`; whether a name is a place of the text itself is
decided in :mod:`_place_filters`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from trendbeeld.extract import lexicon
from trendbeeld.extract._gazetteer import (
    NAME_END,
    PHRASES,
    Gazetteer,
    abroad,
    adjectives,
    canonical,
    cities_abroad,
    gazetteer,
    is_village,
    known,
    known_start,
    lookup,
)
from trendbeeld.extract._place_filters import adjective_without_noun, forget, is_place_here, written_at
from trendbeeld.model import RegionLevel

__all__ = [
    "NAME_END", "PHRASES", "Apposition", "Gazetteer", "Names", "abroad", "adjectives", "canonical",
    "cities_abroad", "find", "forget", "gazetteer", "is_place_here", "is_village", "lookup", "named_in_title",
    "names", "title_name",
]

# Words before a village's name that make it a place ("in Gaanderen", "te Koekange", "het dorp Heeze",
# "de wijk Kanaleneiland"); not "uit", which says where one person or firm comes from ("de
# neppatholoog uit Bennekom", "bestaat uit Zaandam, Krommenie, …"). The villages are looked up after
# these words only (a set look-up, cheaper than a pattern of 3000 more names); the pattern starts at
# the space before a capital and looks back for the word (four times faster than an alternation).
_PLACE_WORDS = ("[Ii]n", "[Tt]e", "[Rr]ond", "[Nn]abij", "dorp", "dorpje", "plaatsje", "kern", "buurtschap",
                "woonplaats", "wijk", "woonwijk", "stadsdeel")
_AFTER_PLACE_WORD = re.compile(
    "[ ](?=['’A-ZÀ-Ý])(?:" + "|".join(rf"(?<=(?<![\w-]){w}[ ])" for w in _PLACE_WORDS) + ")"
)
_WORD_END = re.compile(r"[\w'’]+")
VILLAGE_CHARS = 40  # the longest village name ("Ouderkerk aan den IJssel") fits
VILLAGE_WORDS = 6
# The match object of a village's name (matched up to its end): its whole text, and no adjective.
_VILLAGE = re.compile(r"(?s:.+)(?P<adj>(?!))?")
# "het landelijk gemiddelde (van 0,57)": a scope word before an average is the region of that average.
_AVERAGE_AFTER = re.compile(r"\s+(?:gemiddelde|gemiddeld|niveau|cijfer|percentage)\b", re.IGNORECASE)
AVERAGE_CHARS = 30
# A conjunction and a preposition start the next clause ("en in Limburg", "maar op Texel").
# A part of the count named after it ("ruim 4.000 werknemers, van wie 2.900 in Nederland", "zeven
# bakkerijen in het land, waaronder in Amsterdam en Almere") has its own place, or gives examples.
_NEW_CLAUSE = re.compile(
    r"\s(?:en|maar|terwijl|of)\s+(?:in|op|bij|voor)\s|\s(?:van\s+wie|waarvan|waaronder|onder\s+wie|onder\s+meer)\s",
    re.IGNORECASE,
)
_NAME = r"[A-ZÀ-Ý][\w'-]*(?:[ ][A-ZÀ-Ý][\w'-]*)?"
LIST_CHARS = 40
LIST_ITEMS = 50  # a list of regions is followed this many names each way (all provinces fit)
_LIST_BEFORE = re.compile(rf"(?P<name>{_NAME})(?:,[ ]|[ ](?:en|of)[ ])\Z")
# "Europa en de Verenigde Staten"
_LIST_AFTER = re.compile(rf"(?:,[ ]|[ ](?:en|of)[ ])(?:de[ ])?(?P<name>{_NAME})")
# The separators of a list, for names of several words ("Bergen op Zoom", "'s-Hertogenbosch").
_LIST_SEP_BEFORE = re.compile(r"(?:,[ ]|[ ](?:en|of)[ ])\Z")
_LIST_SEP_AFTER = re.compile(r"(?:,[ ]|[ ](?:en|of)[ ])(?:de[ ])?")
# What comes before a village in a list: another item's separator or a word of place.
_OPENS_LIST_ITEM = re.compile(r"(?:,[ ]|[ ](?:en|of)[ ]|(?<![\w-])(?:[Ii]n|[Tt]e|[Rr]ond|[Nn]abij)[ ])\Z")
# A place is neuter: "het Gelderse Gaanderen", "het Brabantse dorp Heeze", "het Amsterdamse
# Zuidoost" name a place the gazetteer need not know (a village, a district) after the adjective of
# a province or city. Not a name of several capitalised words ("het Rotterdamse Openbaar Ministerie").
_NEUTER_PLACE = re.compile(
    r"\b[Hh]et[ ]+(?P<adj>[A-ZÀ-Ý][\w-]*se)[ ]+"
    r"(?:(?:dorp|dorpje|stadje|stad|plaatsje|gehucht|stadsdeel|wijk)[ ]+)?"
    r"(?P<place>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ]+)?)(?![\w-])(?![ ]+[A-ZÀ-Ý])"
)
# A place named after a noun of place, the apposition of a city, region or island abroad the
# gazetteer need not know ("in de Nieuw-Zeelandse stad Christchurch", "op het Turkse schiereiland
# Gallipoli", "in de havenstad Çannakale", "in de Chinese regio Xinjiang"): the noun is found first
# (a literal scan), the article and a capitalised adjective before it are looked back for. Not a
# name of several capitalised words ("de stad New York" is in the gazetteer, "de regio Den Haag
# Zuid" is no apposition), nor a lower-case adjective ("op de eerste plaats").
_PLACE_NOUN = re.compile(
    r"(?<=[ ])(?:(?P<scene>[a-z]*(?:eiland|regio|streek)|deelstaat|provincie)|[a-z]*(?:stad|dorp)(?:je)?"
    r"|(?:bad|woon|geboorte)?plaats(?:je)?)"
    r"[ ]+(?P<place>[A-ZÀ-ÝÇ][a-zà-ÿçğış]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ]+)?)(?![\w-])(?![ ]+[A-ZÀ-Ý])"
)
# The literal words one of which every match of _PLACE_NOUN holds: a scan without its look-behind and
# letter runs before the pattern, three times as fast.
_PLACE_NOUN_WORD = re.compile("stad|dorp|plaats|regio|provincie|eiland|streek|deelstaat")
# "de", "het" or a possessive ("bij haar geboortestad Pezinok"), and a capitalised adjective.
_APPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:[Dd]e|[Hh]et|[Hh]aar|[Zz]ijn|[Hh]un)[ ]+(?:(?P<adj>[A-ZÀ-Ý][\w-]*e)[ ]+)?\Z"
)
APPOSITION_CHARS = 40
# "de rest van Nederland": the country without the places just named.
_REST_OF = re.compile(r"(?<![\w-])rest\s+van\s+\Z", re.IGNORECASE)
REST_OF_CHARS = 12
# A district of a town: "Amsterdam-Zuid", "Rotterdam-Noord", "Den Haag-Centrum".
_DISTRICT_PART = re.compile(
    r"-(?:Zuidoost|Zuidwest|Noordoost|Noordwest|Zuid|Noord|Oost|West|Centrum|Nieuw-West)(?![\w-])"
)
_TOWN_BEFORE = re.compile(r"(?<![\w-])(?P<town>[A-ZÀ-Ý][\w'’]*(?:[ ][A-ZÀ-Ý][\w'’]*)?)\Z")
TOWN_CHARS = 30


@dataclass(frozen=True, slots=True)
class Apposition:
    """A place apposed to a noun of place ("de Nieuw-Zeelandse stad Christchurch"): where it starts
    (its article) and ends, the place, and whether the noun names a region that sets the scene of
    the next sentences ("het Turkse schiereiland Gallipoli"), not a town or city."""

    start: int
    end: int
    place: str
    scene: bool


@dataclass(frozen=True, slots=True)
class Names:
    """The gazetteer's names in one stretch of text, in text order (found once, asked often)."""

    matches: list[re.Match[str]]
    starts: list[int]
    apposed: list[Apposition]  # places apposed to a noun of place (see ``_appositions``)


def names(text: str, start: int, end: int) -> Names:
    """Every name of the gazetteer in ``text[start:end]``."""
    matches = list(gazetteer().pattern.finditer(text, start, end))
    villages = _villages(text, start, end)
    if villages:  # of two names at one place the longer ("in Beek en Donk" is not Beek)
        merged = sorted(matches + villages, key=lambda m: (m.start(), -m.end()))
        matches = []
        for m in merged:
            if not matches or m.start() >= matches[-1].end():
                matches.append(m)
    return Names(matches, [m.start() for m in matches], _appositions(text, start, end))


_names_of = names


def _villages(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The villages named after a word of place in ``text[start:end]`` ("in Gaanderen", "te Burgh-
    Haamstede", "in Tull en 't Waal"): the longest run of words after the word that is a village."""
    places = gazetteer().places
    found = []
    for context in _AFTER_PLACE_WORD.finditer(text, start, end):
        pos = context.end()
        ends = [w.end() for w in _WORD_END.finditer(text, pos, min(end, pos + VILLAGE_CHARS))][:VILLAGE_WORDS]
        for word_end in reversed(ends):
            if text[pos:word_end] in places and not text.startswith("-", word_end):
                village = _VILLAGE.match(text, pos, word_end)
                if village is not None:
                    found.append(village)
                break
    return found


def find(
    text: str, start: int, end: int, *, near: int | None = None, names: Names | None = None
) -> str | None:
    """The region named in ``text[start:end]`` nearest to ``near`` (default: the first).

    ``names`` are the names found in a stretch around ``start:end`` (see :func:`names`): a
    sentence's names are found once for all its figures.
    """
    gaz = gazetteer()
    scope = lexicon.load().scope_words
    best: tuple[int, str] | None = None
    apposed = _appositions_in(text, start, end, names)
    for m in _candidates(text, start, end, names):
        name = m.group(0)
        if m.group("adj"):
            name = name[: -len(m.group("adj"))]
            if name in scope or name not in gaz.regions:
                continue  # "Nederlandse" is said of many things; a place's adjective of that place
        if not is_place_here(text, m) or _apposed_adjective(apposed, m.start()):
            continue  # "de Nieuw-Zeelandse stad Christchurch": the city, not its country's adjective
        if _qualifies_name(text, m, gaz):
            continue  # "in de Groningse en Drentse Veenkoloniën": the region the adjectives qualify
        region = canonical(name)
        if _REST_OF.search(text, max(0, m.start() - REST_OF_CHARS), m.start()):
            region = f"rest van {region}"  # "In de rest van Nederland heeft slechts 39 procent …"
        average = _AVERAGE_AFTER.match(text, m.end())
        if near is not None and average and not 0 <= near - m.end() <= AVERAGE_CHARS:
            continue  # "blijven we het landelijke gemiddelde voor": the region of that average only
        if near is not None and m.start() > near and _NEW_CLAUSE.search(text, near, m.start()):
            continue  # "… van 0,57 en in Limburg geldt …": the region of the next clause
        distance = 0 if near is None else min(abs(m.start() - near), abs(m.end() - near))
        if best is None or distance < best[0]:
            best = (distance, _listed(text, m, region, gaz))
        if near is None:
            break
    for distance, place in _places_not_listed(text, start, end, near, apposed):
        if best is None or distance < best[0]:
            best = (distance, place)
    return best[1] if best else None


# "de Groningse en Drentse Veenkoloniën", "de Gelderse Achterhoek": adjectives of places (a list of
# them) before a capitalised name of a place.
_ADJECTIVES_BEFORE_NAME = re.compile(r"(?:(?:,[ ]|[ ]en[ ])[A-ZÀ-Ý][\w-]*s(?:ch)?e)*[ ](?=[A-ZÀ-Ý])")


def _qualifies_name(text: str, m: re.Match[str], gaz: Gazetteer) -> bool:
    """Whether the place adjective at ``m`` ("Drentse") qualifies the name of a place that follows
    it, alone or in a list of adjectives ("de Groningse en Drentse Veenkoloniën"): that place is the
    region, not the adjective's."""
    form = m.group(0)
    if not form.endswith(("se", "sche")) or canonical(form) == form:
        return False
    after = _ADJECTIVES_BEFORE_NAME.match(text, m.end())
    if after is None:
        return False
    name = gaz.pattern.match(text, after.end())
    return name is not None and not name.group("adj") and canonical(name.group(0)) == name.group(0)


def _appositions_in(text: str, start: int, end: int, names: Names | None) -> list[Apposition]:
    """The appositions of ``text[start:end]``: from ``names`` when they were found already."""
    if names is None:
        return _appositions(text, start, end)
    return [a for a in names.apposed if start <= a.start and a.end <= end]


def _apposed_adjective(apposed: list[Apposition], pos: int) -> bool:
    return any(a.start <= pos < a.end for a in apposed)


def _appositions(text: str, start: int, end: int) -> list[Apposition]:
    """The places named after a noun of place in ``text[start:end]`` that the gazetteer does not
    know ("de Nieuw-Zeelandse stad Christchurch", "bij haar geboortestad Pezinok")."""
    found: list[Apposition] = []
    if _PLACE_NOUN_WORD.search(text, start, end) is None:
        return found  # most spans name no noun of place: no scan of every position for the look-behind
    for m in _PLACE_NOUN.finditer(text, start, end):
        place = m.group("place")
        if place in gazetteer().regions or is_village(place) or place in lexicon.load().scope_words:
            continue  # "de stad Utrecht", "het dorp Heeze": the gazetteer's own names
        article = _APPOSITION_BEFORE.search(text, max(start, m.start() - APPOSITION_CHARS), m.start())
        if article is not None:
            found.append(Apposition(article.start(), m.end(), place, m.group("scene") is not None))
    return found


def _places_not_listed(
    text: str, start: int, end: int, near: int | None, apposed: list[Apposition]
) -> Iterator[tuple[int, str]]:
    """Places the gazetteer need not know, with their distance to ``near``: a district of a town
    ("Amsterdam-Zuid"), a place after the adjective of a province or city ("het Gelderse
    Gaanderen") and the places ``apposed`` to a noun of place ("de Nieuw-Zeelandse stad
    Christchurch")."""
    for a in apposed:
        yield (0 if near is None else min(abs(a.start - near), abs(a.end - near))), a.place
    scope = lexicon.load().scope_words
    for part in _DISTRICT_PART.finditer(text, start, end):  # a literal "-" first: a fast scan
        town = _TOWN_BEFORE.search(text, max(start, part.start() - TOWN_CHARS), part.start())
        if town is None:
            continue
        town_start = town.start()
        if not _is_town(town.group("town")) and " " in town.group("town"):
            town_start = town.start() + town.group("town").index(" ") + 1  # "In Rotterdam-Zuid"
        if _is_town(text[town_start : part.start()]):
            distance = 0 if near is None else min(abs(town_start - near), abs(part.end() - near))
            yield distance, text[town_start : part.end()]
    for m in _NEUTER_PLACE.finditer(text, start, end):
        if m.group("adj") in scope or m.group("place") in scope:
            continue  # "het Nederlandse Rode Kruis", "het Europese Parlement"
        distance = 0 if near is None else min(abs(m.start("place") - near), abs(m.end() - near))
        yield distance, m.group("place")


def _is_town(name: str) -> bool:
    return any(r.level is RegionLevel.MUNICIPALITY for r in lookup(name))


def _candidates(text: str, start: int, end: int, names: Names | None) -> Iterator[re.Match[str]]:
    """Names in ``start:end``: from ``names`` when they were found already, else by a scan."""
    if names is None:
        yield from _names_of(text, start, end).matches
        return
    first = bisect.bisect_left(names.starts, start)
    for m in names.matches[first:]:
        if m.start() >= end:
            return
        if m.end() <= end:
            yield m


def named_in_title(text: str, start: int, end: int) -> str | None:
    """The region a title names, by name or by its adjective ("De Nederlandse economie")."""
    named = title_name(text, start, end)
    return named[1] if named else None


def title_name(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The first place a title names: the words as printed ("Amsterdamse", "Britten") and the
    region they stand for."""
    gaz = gazetteer()
    for m in gaz.pattern.finditer(text, start, end):
        name = m.group(0)[: -len(m.group("adj"))] if m.group("adj") else m.group(0)
        if name in gaz.ambiguous or adjective_without_noun(text, m, name):
            continue  # "Best", "Zuid": a title gives no context that makes them places
        if written_at(text, m):
            continue  # "Gevangeniswezen, 's-Gravenhage 12 mei 1989": where a letter was written
        return m.group(0), canonical(name)
    return None


def _listed(text: str, m: re.Match[str], region: str, gaz: Gazetteer) -> str:
    """"Groningen, Friesland en Drenthe": a region in a list of regions names the whole list."""
    first, last = m.start(), m.end()
    # the list may reach beyond the searched span (a comma ends the segment a figure is read in)
    for _ in range(LIST_ITEMS):
        before = _LIST_BEFORE.search(text, max(0, first - LIST_CHARS), first)
        name_start = None if before is None else known_start(before["name"], gaz)
        if before is not None and name_start is None:
            name_start = _village_in_list(text, before, gaz)  # "in Arnhem, Ermelo, Velp en Middelburg"
        if before is not None and name_start is not None:
            first = before.start() + name_start
            continue
        longer = _name_before(text, first, gaz)  # "Bergen op Zoom, Roosendaal en Breda"
        if longer is None:
            break
        first = longer
    for _ in range(LIST_ITEMS):
        longer_end = _name_after(text, last, gaz)  # "Breda, Bergen op Zoom en Roosendaal"
        if longer_end is not None:
            last = longer_end
            continue
        after = _LIST_AFTER.match(text, last, last + LIST_CHARS)
        if after is None or not (known(after["name"], gaz) or after["name"] in gaz.places):
            break
        last = after.end()
    return region if (first, last) == (m.start(), m.end()) else text[first:last]


def _village_in_list(text: str, before: re.Match[str], gaz: Gazetteer) -> int | None:
    """Where a village starts in the name ``before`` a list separator (at 0, or at its last word
    after a capitalised word: "In Velp, Arnhem en Ede"), when it stands inside a list of places,
    after another item or a word of place; not a village that opens a title's list of datelines
    ("Driebergen, Laren - …": the seat of the national police unit and the scene)."""
    name = before["name"]
    space = name.rfind(" ")
    for offset in (0, space + 1) if space > 0 else (0,):
        start = before.start() + offset
        if name[offset:] in gaz.places and _OPENS_LIST_ITEM.search(text, max(0, start - 6), start):
            return offset
    return None


def _name_before(text: str, first: int, gaz: Gazetteer) -> int | None:
    """Where the gazetteer name before the list separator ending at ``first`` starts."""
    sep = _LIST_SEP_BEFORE.search(text, max(0, first - 5), first)
    if sep is None:
        return None
    end = sep.start()
    for name in gaz.pattern.finditer(text, max(0, end - LIST_CHARS), end):
        if name.end() == end and not name.group("adj") and known(name.group(0), gaz):
            return name.start()
    return None


def _name_after(text: str, last: int, gaz: Gazetteer) -> int | None:
    """Where the gazetteer name after the list separator at ``last`` ends."""
    sep = _LIST_SEP_AFTER.match(text, last)
    if sep is None:
        return None
    name = gaz.pattern.match(text, sep.end())
    if name is None or name.group("adj") or not known(name.group(0), gaz):
        return None
    return name.end()
