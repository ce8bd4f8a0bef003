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
"""

from __future__ import annotations

import bisect
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from trendbeeld.extract import _cues, lexicon
from trendbeeld.model import Region, RegionLevel

# Words before an ambiguous name ("gemeente Best", "in Leiden") that make it a region.
_REGION_CONTEXT = re.compile(
    r"\b(?:in|gemeente|regio|provincie|eenheid|politie-eenheid|veiligheidsregio|uit|rond|te|van|voor|heel)\s+\Z",
    re.IGNORECASE,
)
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
# A capitalised word right before a name, itself after a word in the sentence: the name is the
# end of a longer proper name ("Safer Internet Centre Nederland", "Politie Academie Utrecht").
_IN_NAME = re.compile(r"[\w,)][ ]+[A-Z][\w-]*[ ]+\Z")
# A capitalised word inside a sentence and "van" before a name end a proper name ("de Universiteit
# van Amsterdam", "Giovanni van Bronckhorst"; not "de Staten van Gelderland", its parliament).
_NAME_OF = re.compile(r"(?<=[a-zà-ÿ,][ ])(?!Staten[ ])[A-ZÀ-Ý][a-zà-ÿ]+[ ]van[ ]\Z")
_TREATY_OF = re.compile(  # "het akkoord van Parijs": a treaty named after the city where it was made
    r"(?<![\w-])(?:klimaatakkoord|akkoord|verdrag|(?:klimaat)?doelen|(?:klimaat)?afspraken)[ ]van[ ]\Z", re.I
)
NAME_OF_CHARS = 30
# "zegt Van Oosterhout", "Van Vught: …": a capitalised "Van" before a name makes it a surname (not
# "Van Amsterdam tot Maastricht", a stretch from one place to another).
_SURNAME_PARTICLE = re.compile(r"(?<![\w-])Van[ ]\Z")
_STRETCH_AFTER = re.compile(r"[ ]+(?:naar|tot|tot en met)[ ]")
# A capitalised word right after a name, not a part of town: the name starts the name of an
# organisation ("Amsterdam Trade Bank", "Wageningen Marine Research", "Amsterdam Medisch Centrum").
_NAME_AFTER = re.compile(
    r"[ ](?!(?:Centraal|Centrum|Zuid|Noord|Oost|West|Zuidoost|Zuidwest|Noordoost|Noordwest|Nieuw-West)"
    r"(?![\w-]))[A-ZÀ-Ý][a-zà-ÿ]"
)
# "het landelijk gemiddelde (van 0,57)": a scope word before an average is the region of that average.
_AVERAGE_AFTER = re.compile(r"\s+(?:gemiddelde|gemiddeld|niveau|cijfer|percentage)\b", re.IGNORECASE)
AVERAGE_CHARS = 30
# A place after these words is where something goes, where someone comes from or where a court
# sits, not where a figure was counted: "naar Engeland uitvoeren", "richting Rotterdam",
# "afkomstig uit Aruba", "de rechtbank in Den Haag".
_ELSEWHERE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:naar|richting)(?:\s+de)?|afkomstig\s+(?:uit|van)|geboren\s+(?:in|te)"
    # the seat of a court: "door de rechtbank in Den Haag veroordeeld"
    r"|(?:rechtbank|gerechtshof|hof)(?:\s+(?:in|van|te))?"
    # where one person lives: "een 72-jarige man uit Amstelveen", "Nuraini Suliman (28) uit Eritrea",
    # "de 31-jarige uit Oudenbosch" (not a group counted: "leerlingen uit Almere")
    r"|(?:(?:man|vrouw|jongen|meisje|jongeman|inwoner|inwoonster|bewoner|bewoonster|\d{1,3}-jarige)"
    r"|\(\d{1,3}\)|(?<=\w[ ])(?-i:[A-ZÀ-Ý][\w'’-]+))\s+uit"
    # the title of a person: "de kroonprins van Jordanië", "premier van Italië"
    r"|(?:koning|koningin|kroonprins|kroonprinses|prins|prinses|keizer|president|premier|minister-president"
    r"|sjeik|emir|sultan|ambassadeur|consul)\s+van)\s+\Z",
    re.IGNORECASE,
)
# The scope of a ranking is not where a figure was counted ("de grootste jongerenclub van Europa").
_RANKING_BEFORE = re.compile(
    r"(?<![\w-])(?:groot|klein|oud|hoog|laag|duur|druk|rijk|arm|snel)ste[ ]+(?:[a-zà-ÿ-]+[ ]+){1,3}van[ ]+\Z"
)
RANKING_CHARS = 60
# "waarna dat geld via Jordanië weer naar Nederland kwam": a place by name after "via" is on the
# way, like a destination (not "via Nederlandse havens", which says where).
_CAPITAL_AFTER = re.compile(r"[ ][A-ZÀ-Ý]")
_ROUTE_BEFORE = re.compile(r"(?<![\w-])via[ ]+\Z")
ELSEWHERE_CHARS = 24
# "de verkoop aan China", "betalen aan Brussel", "een bezoek aan Frankrijk": a place named after
# "aan" receives or is visited, like a destination ("het bedrag aan wereldwijde boetes" is no name).
_RECEIVER_BEFORE = re.compile(r"(?<![\w-])aan[ ]+\Z")
RECEIVER_CHARS = 5
# "Hans Achterberg, Zeist.": the town after a person's name that ends a sentence is where a letter's
# writer lives (a signature), not where a figure was counted.
_SIGNED_BY = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ ]+(?:van|de|der|den|ter|ten|het)){0,2}"
    r"[ ]+[A-ZÀ-Ý][\w'’-]+),[ ]\Z"
)
_SIGNATURE_END = re.compile(r"\.(?:\s|\Z)")
SIGNATURE_CHARS = 40
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
_LEVELS = {level.value: level for level in RegionLevel}
# A place is neuter: "het Gelderse Gaanderen", "het Brabantse dorp Heeze", "het Amsterdamse
# Zuidoost" name a place the gazetteer need not know (a village, a district) after the adjective of
# a province or city. Not a name of several capitalised words ("het Rotterdamse Openbaar Ministerie").
_NEUTER_PLACE = re.compile(
    r"\b[Hh]et[ ]+(?P<adj>[A-ZÀ-Ý][\w-]*se)[ ]+"
    r"(?:(?:dorp|dorpje|stadje|stad|plaatsje|gehucht|stadsdeel|wijk)[ ]+)?"
    r"(?P<place>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ]+)?)(?![\w-])(?![ ]+[A-ZÀ-Ý])"
)
# "de rest van Nederland": the country without the places just named.
_REST_OF = re.compile(r"(?<![\w-])rest\s+van\s+\Z", re.IGNORECASE)
REST_OF_CHARS = 12
# "Vier gemeenten (Renswoude, …)": a plural noun of places before a bracket that lists them.
_PLACES_NOUN = re.compile(
    r"(?<![\w-])(?:gemeenten|provincies|steden|dorpen|landen|regio['’]s|eenheden|wijken)\s*\Z", re.IGNORECASE
)
_IN_PLACES = re.compile(
    r"(?<![\w-])(?:in|binnen|buiten|uit)\s+(?:de\s+|die\s+|deze\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:gemeenten|provincies|steden|dorpen|landen|regio['’]s|eenheden|wijken)\s*\Z",
    re.IGNORECASE,
)
ENUMERATION_CHARS = 120  # the names of the list stand this close after the bracket
ENUMERATION_NOUN_CHARS = 20
# A district of a town: "Amsterdam-Zuid", "Rotterdam-Noord", "Den Haag-Centrum".
_DISTRICT_PART = re.compile(
    r"-(?:Zuidoost|Zuidwest|Noordoost|Noordwest|Zuid|Noord|Oost|West|Centrum|Nieuw-West)(?![\w-])"
)
_TOWN_BEFORE = re.compile(r"(?<![\w-])(?P<town>[A-ZÀ-Ý][\w'’]*(?:[ ][A-ZÀ-Ý][\w'’]*)?)\Z")
TOWN_CHARS = 30
# An irregular adjective of a place names it only before a lower-case noun ("Brabantse
# gemeenten"), not before the words of national politics ("de Haagse politiek") nor before a
# village it places ("het Brabantse dorp Heeze" is Heeze).
_ADJECTIVE_ENDS = ("se", "sche", "er")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:politiek|politici|wandelgangen|kaasstolp)\b"
    r"|(?:dorp|dorpje|stadje|stad|plaatsje|gehucht|stadsdeel|wijk)\s+[A-ZÀ-Ý])[a-zà-ÿ]"
)
# Phrases that name a region in any Dutch text: "in ons land" is the Netherlands.
PHRASES = {"ons land": "Nederland", "Ons land": "Nederland", "heel het land": "Nederland",
            "het hele land": "Nederland",
            # "De gemiddelde Nederlander scoort 1000 punten": the one Dutch person that stands for all
            "gemiddelde Nederlander": "Nederland", "doorsnee Nederlander": "Nederland",
            "iedere Nederlander": "Nederland", "elke Nederlander": "Nederland",
            "per Nederlander": "Nederland"}
# Forms of address before a surname ("meneer De Bilt"); role titles come from ``roles.txt``.
_ADDRESS = ("meneer", "mevrouw", "dhr.", "mevr.", "mw.", "de heer")
ROLE_CHARS = 40  # a role title before a name ends this close to it
NUMBER_CHARS = 30  # a number before an adjective of nationality ends this close to it


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Regions by name, and one pattern that finds any of their names."""

    regions: dict[str, tuple[Region, ...]]
    ambiguous: frozenset[str]
    pattern: re.Pattern[str]
    places: frozenset[str]  # villages, towns and districts below the municipality (no Region)


def _read_rows(name: str = "gazetteer.csv") -> list[dict[str, str]]:
    text = resources.files("trendbeeld").joinpath("data").joinpath(name).read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, read once per process (static package data)."""
    regions: dict[str, list[Region]] = {}
    ambiguous: set[str] = set()
    for row in _read_rows():
        level = _LEVELS.get(row["level"])
        if level is None:
            continue
        parents = tuple(p for p in row["parents"].split(";") if p)
        regions.setdefault(row["name"], []).append(Region(row["code"], row["name"], level, parents))
        if row["ambiguous"] == "1":
            ambiguous.add(row["name"])
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


def _adjective_without_noun(text: str, m: re.Match[str], name: str) -> bool:
    """Whether ``name`` is an irregular adjective of a place that no lower-case noun follows."""
    if name not in adjectives() or not name.endswith(_ADJECTIVE_ENDS):
        return False
    return _NOUN_AFTER.match(text, m.end()) is None


def lookup(name: str) -> tuple[Region, ...]:
    """Regions called ``name`` (a municipality and a province can share a name)."""
    return gazetteer().regions.get(name, ())


@dataclass(frozen=True, slots=True)
class Names:
    """The gazetteer's names in one stretch of text, in text order (found once, asked often)."""

    matches: list[re.Match[str]]
    starts: list[int]


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
    return Names(matches, [m.start() for m in matches])


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
    for m in _candidates(text, start, end, names):
        name = m.group(0)
        if m.group("adj"):
            name = name[: -len(m.group("adj"))]
            if name in scope or name not in gaz.regions:
                continue  # "Nederlandse" is said of many things; a place's adjective of that place
        if not is_place_here(text, m):
            continue
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
    for distance, place in _places_not_listed(text, start, end, near):
        if best is None or distance < best[0]:
            best = (distance, place)
    return best[1] if best else None


def _places_not_listed(text: str, start: int, end: int, near: int | None) -> Iterator[tuple[int, str]]:
    """Places the gazetteer need not know, with their distance to ``near``: a district of a town
    ("Amsterdam-Zuid") and a place after the adjective of a province or city ("het Gelderse
    Gaanderen")."""
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


_place_here: dict[tuple[int, int, str | None], bool] = {}  # is_place_here of the text in _place_text
_place_text: list[str] = []


def is_place_here(text: str, m: re.Match[str]) -> bool:
    """Whether the gazetteer match ``m`` names a place of the text itself: not part of another
    name, not where something goes or someone comes from, not a place a count lists. Kept per
    text: the figures of a sentence ask for its names again (segment, clause and sentence)."""
    if not _place_text or _place_text[0] is not text:
        _place_text[:] = [text]
        _place_here.clear()
    key = (m.start(), m.end(), m.group("adj"))
    known = _place_here.get(key)
    if known is None:
        known = _place_here[key] = _is_place_here(text, m)
    return known


def forget() -> None:
    """Drop what :func:`is_place_here` kept of the last text."""
    _place_text.clear()
    _place_here.clear()


def _is_place_here(text: str, m: re.Match[str]) -> bool:
    gaz = gazetteer()
    name = m.group(0)[: -len(m.group("adj"))] if m.group("adj") else m.group(0)
    return not (
        _adjective_without_noun(text, m, name)
        or _nationality_of_a_count(text, m, name)
        or _part_of_other_name(text, m, name, gaz)
        or _capitalised_scope_word(text, m, name)  # "de Landelijke Eenheid": a name, not the country
        or _ELSEWHERE_BEFORE.search(text, max(0, m.start() - ELSEWHERE_CHARS), m.start())
        or _RANKING_BEFORE.search(text, max(0, m.start() - RANKING_CHARS), m.start())
        or _received(text, m, name)
        or _enumerated(text, m.start())
        or _signature(text, m, gaz)
    )


def _received(text: str, m: re.Match[str], name: str) -> bool:
    """"de verkoop aan China": a place by name after "aan" (not "aan wereldwijde boetes"); "via
    Jordanië": a place on the way (not "via Nederlandse havens")."""
    window = max(0, m.start() - RECEIVER_CHARS)
    if _ROUTE_BEFORE.search(text, window, m.start()):
        return not m.group("adj") and not name.endswith(("se", "sche"))
    before = _RECEIVER_BEFORE.search(text, window, m.start())
    return name[0].isupper() and before is not None


def _signature(text: str, m: re.Match[str], gaz: Gazetteer) -> bool:
    """"Rob Bolman, Brielle.": a town after a person's name at a sentence end (not a list of
    places, "Den Haag, Rotterdam.")."""
    if not _SIGNATURE_END.match(text, m.end()) or not text.startswith(", ", m.start() - 2):
        return False
    signed = _SIGNED_BY.search(text, max(0, m.start() - SIGNATURE_CHARS), m.start())
    return signed is not None and _known_start(signed.group("name"), gaz) is None


def _is_town(name: str) -> bool:
    return any(r.level is RegionLevel.MUNICIPALITY for r in lookup(name))


def _nationality_of_a_count(text: str, m: re.Match[str], name: str) -> bool:
    """Whether ``name`` is a foreign country's adjective right after a number: the nationality of
    what is counted ("AIVD ontmaskert twee Russische spionnen"), not where."""
    region = lexicon.load().scope_words.get(name)
    if region is None or region in ("Nederland", name) or not name.endswith("e"):
        return False
    return _number_before().search(text, max(0, m.start() - NUMBER_CHARS), m.start()) is not None


@cache
def _number_before() -> re.Pattern[str]:
    words = sorted(lexicon.load().number_words, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w-])(?:\d[\d.,]*|(?i:{alternation}))[ ]+\Z")


def _enumerated(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` is one of the places a count names in brackets after its noun
    ("Vier gemeenten (Renswoude, Rozendaal, …) laten we buiten beschouwing"): the places counted,
    not where the count was made."""
    bracket = text.rfind("(", max(0, pos - ENUMERATION_CHARS), pos)
    if bracket < 0 or ")" in text[bracket:pos]:
        return False
    window = max(0, bracket - ENUMERATION_NOUN_CHARS)
    if _PLACES_NOUN.search(text, window, bracket) is None:
        return False
    # "in de drie noordelijke provincies (Groningen, …) heeft 78 procent": where, not what is counted
    return _IN_PLACES.search(text, max(0, bracket - ENUMERATION_NOUN_CHARS - 30), bracket) is None


def _part_of_other_name(text: str, m: re.Match[str], name: str, gaz: Gazetteer) -> bool:
    """Whether the name at ``m`` is no place here: an ambiguous name without a word of place
    before it ("Best"), a person's name after a role title ("agent Breda", "meneer De Bilt"), or
    the start or the end of an organisation's name ("Amsterdam Trade Bank", "Safer Internet
    Centre Nederland")."""
    if name in gaz.places:
        return False  # found after a word of place only
    context = _REGION_CONTEXT.search(text, max(0, m.start() - 25), m.start()) is not None
    if name in gaz.ambiguous and not context:
        return True
    if not m.group("adj") and _role_before().search(text, max(0, m.start() - ROLE_CHARS), m.start()):
        return True
    window = max(0, m.start() - NAME_OF_CHARS)
    named_of = (
        _NAME_OF.search(text, window, m.start())
        or _TREATY_OF.search(text, window, m.start())
        or (_SURNAME_PARTICLE.search(text, window, m.start()) and not _STRETCH_AFTER.match(text, m.end()))
    )
    if not m.group("adj") and named_of:
        return True
    abroad_place = name in abroad() or name in cities_abroad()
    if not m.group("adj") and (name in gaz.regions or abroad_place) and _NAME_AFTER.match(text, m.end()):
        return True  # not a country of the scope words: "het Nederlandse Rode Kruis" works in Nederland
    return not context and _IN_NAME.search(text, max(0, m.start() - 40), m.start()) is not None


def _capitalised_scope_word(text: str, m: re.Match[str], name: str) -> bool:
    """"de Landelijke Eenheid", "het Nationaal Park", "het Nationale Volkscongres": a lower-case
    scope word written with a capital inside a sentence, before a capitalised word, starts a name."""
    if not name[:1].isupper() or (name[0].lower() + name[1:]) not in lexicon.load().scope_words:
        return False
    inside = m.start() >= 2 and (text[m.start() - 2].islower() or text[m.start() - 2] == ",")
    return inside and _CAPITAL_AFTER.match(text, m.end()) is not None


def is_village(name: str) -> bool:
    """Whether ``name`` is a village, town or district below the municipality ("Gaanderen")."""
    return name in gazetteer().places


@cache
def _role_before() -> re.Pattern[str]:
    """A role title or form of address right before a name ("wijkagent ", "burgemeester ")."""
    words = sorted({*lexicon.load().roles, *_ADDRESS}, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w-])(?i:{alternation})[ ]+\Z")


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
        if name in gaz.ambiguous or _adjective_without_noun(text, m, name):
            continue  # "Best", "Zuid": a title gives no context that makes them places
        return m.group(0), canonical(name)
    return None


def _known(name: str, gaz: Gazetteer) -> bool:
    return name in gaz.regions or name in lexicon.load().scope_words or name in adjectives()


def _known_start(name: str, gaz: Gazetteer) -> int | None:
    """Where a known region starts in ``name``: at 0, or at its last word when the first is a
    capitalised word before it ("In Nederland en België": a sentence starts with a preposition)."""
    if _known(name, gaz):
        return 0
    space = name.rfind(" ")
    return space + 1 if space > 0 and _known(name[space + 1 :], gaz) else None


def _listed(text: str, m: re.Match[str], region: str, gaz: Gazetteer) -> str:
    """"Groningen, Friesland en Drenthe": a region in a list of regions names the whole list."""
    first, last = m.start(), m.end()
    # the list may reach beyond the searched span (a comma ends the segment a figure is read in)
    for _ in range(LIST_ITEMS):
        before = _LIST_BEFORE.search(text, max(0, first - LIST_CHARS), first)
        name_start = None if before is None else _known_start(before["name"], gaz)
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
        if after is None or not (_known(after["name"], gaz) or after["name"] in gaz.places):
            break
        last = after.end()
    return region if (first, last) == (m.start(), m.end()) else text[first:last]


def _name_before(text: str, first: int, gaz: Gazetteer) -> int | None:
    """Where the gazetteer name before the list separator ending at ``first`` starts."""
    sep = _LIST_SEP_BEFORE.search(text, max(0, first - 5), first)
    if sep is None:
        return None
    end = sep.start()
    for name in gaz.pattern.finditer(text, max(0, end - LIST_CHARS), end):
        if name.end() == end and not name.group("adj") and _known(name.group(0), gaz):
            return name.start()
    return None


def _name_after(text: str, last: int, gaz: Gazetteer) -> int | None:
    """Where the gazetteer name after the list separator at ``last`` ends."""
    sep = _LIST_SEP_AFTER.match(text, last)
    if sep is None:
        return None
    name = gaz.pattern.match(text, sep.end())
    if name is None or name.group("adj") or not _known(name.group(0), gaz):
        return None
    return name.end()
