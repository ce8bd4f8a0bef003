"""Counts (aantallen): what an amount without a sign counts, read from the words after it.

"44 meldingen", "100 recente publicaties" and "vier grote Twentse organisaties" count the plural
noun after the amount; "500 kilo" measures (unit other); "7,1 inbraken per 1.000 woningen" is a
rate. In news the people and things of one case count too: "de twee agenten" (a definite article
before a written count, when it counts people; "de vier grote steden" names a known set), "Twee
van hen", "zeven van zijn medeverdachten", "met twintig man", "De drie hadden …" (a written number
standing for the people it counts) and "alle vier de partijen". A capitalised noun counts in
running text ("kiezen 570 Statenleden"); a number that opens its line before one is a list or
footnote number. Used by :mod:`figures` for amounts that have no unit of their own.
"""

from __future__ import annotations

import re

from trendbeeld import months
from trendbeeld.extract import _phrases, _text, lexicon, numbers

MIN_WRITTEN_COUNT = 2  # "vijf mobiele teams" counts; "één partij" is an article's job
# The word after an amount (a soft hyphen at a line end joins its parts).
NEXT_WORD = re.compile(r"[ \n]{1,3}([^\W\d_](?:[\w-]|[’'](?=\w)|\xad[ \n]?)*)")
# "9.456 Nederlandse jongeren": an adjective of a country or place keeps its capital.
_DEMONYM = re.compile(r"(?:se|sche)\Z")
# "drie van dit soort berovingen", "twaalf van deze zaken": a count of things of a kind.
_OF_THIS_KIND = re.compile(
    r"[ ]+van[ ]+(?:dit|dat|deze|die)[ ]+(?:soort[ ]+|type[ ]+)?(?P<noun>[^\W\d_]{3,})"
)
# "Twee van hen", "zeven van zijn medeverdachten", "drie van de mensen": a count of a group.
_OF_GROUP = re.compile(
    r"[ ]+van[ ]+(?:hen(?![\w-])|(?:hun|haar|zijn|onze|mijn|deze|die|de)"
    r"(?P<words>(?:[ ]+[^\W\d_][\w’'-]*){1,3}))"
)
_DEFINITE_BEFORE = re.compile(
    r"\b(?:de|het|die|deze|dat|dit|alle|beide|hun|onze)\s+\Z", re.IGNORECASE
)
# Plural nouns of people ("agenten", "verdachten", "scholieren", "eigenaren", "handlangers").
_PEOPLE = frozenset((
    "mannen", "vrouwen", "kinderen", "jongeren", "ouderen", "leden", "mensen", "personen", "verdachten",
    "broers", "zussen", "zonen", "dochters", "ouders", "tieners", "jongens", "meisjes", "agenten",
    "studenten", "patiënten", "cliënten", "klanten", "docenten", "slachtoffers", "daders", "doden",
    "gewonden", "leraren", "eigenaren", "kunstenaars", "scholieren", "officieren", "rechters",
    "getuigen", "collega's",
))
_PEOPLE_SUFFIXES = ("ers", "aars", "eurs", "isten", "ieren", "ianen", "anen")
_NOT_PEOPLE = frozenset((
    "cijfers", "nummers", "kamers", "computers", "meters", "kilometers", "letters", "papers", "pijlers",
    "dossiers", "registers", "containers", "clusters", "filters", "parameters", "scooters", "posters",
    "vouchers", "banners", "centers", "monsters", "markers", "trailers", "lockers", "folders", "liters",
))
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_DECADE_BEFORE = re.compile(r"\bjaren\s+\Z", re.IGNORECASE)
_PEOPLE_COUNT = frozenset(("man", "koppen"))  # "met twintig man": a count of people in a singular noun
# Adjectives the phrase lexicon lists as function words: "twee andere pijnpunten".
_ADJECTIVES = frozenset(("andere", "eigen", "overige", "laatste"))
MAX_ADJECTIVES = 2
_SUPERLATIVE = "ste"  # "beste", "grootste" (not "vaste", "juiste", "robuuste")
_NOT_SUPERLATIVE = ("aste", "uste")
MAX_PRONOUN_COUNT = 20  # "de twee", "de twaalf": a group of people named before
_PRONOUN_BEFORE = re.compile(r"(?<![\w-])(?:de|die|deze)\s+\Z", re.IGNORECASE)
_ALL_BEFORE = re.compile(r"(?<![\w-])alle\s+\Z", re.IGNORECASE)
# A lower-case word (or a comma after one) right before an amount: it stands in running text.
_RUNNING_BEFORE = re.compile(r"(?<![\w’'])[a-zà-ÿ][a-zà-ÿ’']*,?[ ]+\Z")
RUNNING_CHARS = 30
MIN_PERSON_NOUN = 5  # "ters" is no noun of people
PLURAL = re.compile(r"(?:en|ën|s|’s|'s|es)\d*\Z")  # "moskeeën"
PER_THOUSAND_WORDS = r"per\s+(?:1\.000|1000|duizend)\b"
PER_THOUSAND = re.compile(
    rf"\s+{PER_THOUSAND_WORDS}(?:\s+(?:inwoners|bewoners|woningen|huishoudens))?", re.IGNORECASE
)
PER_OTHER_BASE = re.compile(
    r"\s+per\s+(?:100\.000|100000|10\.000|10000|100|honderdduizend|tienduizend|honderd)(?![\w.])"
    r"(?:\s+[^\W\d_]+)?",
    re.IGNORECASE,
)


def _of_this_kind(text: str, m: re.Match[str], amount: numbers.Amount) -> int | None:
    """The end of "van dit soort berovingen" after an amount (a plural noun, no participle)."""
    kind = _OF_THIS_KIND.match(text, m.end())
    if kind is None or (amount.written and amount.value < MIN_WRITTEN_COUNT):
        return None
    noun = kind.group("noun").lower()
    return kind.end() if PLURAL.search(noun) and not _text.is_verb_form(noun) else None


def _is_person_noun(word: str) -> bool:
    """Is ``word`` a plural noun of people ("agenten", "handlangers", "scholieren")?"""
    if word in _PEOPLE:
        return True
    return word.endswith(_PEOPLE_SUFFIXES) and len(word) > MIN_PERSON_NOUN and word not in _NOT_PEOPLE


def _of_group(text: str, m: re.Match[str], amount: numbers.Amount) -> int | None:
    """The end of "van hen", "van zijn medeverdachten", "van de overvallers" after a count of two
    or more ("Twee van hen", "Zo'n 90 van hen"); "één van de broers" is "one of them", no count."""
    if amount.value < MIN_WRITTEN_COUNT or m.group("mag"):
        return None
    if _DECADE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "eind jaren zestig van de vorige eeuw"
    group = _OF_GROUP.match(text, m.end())
    if group is None or not group.group("words"):
        return group.end() if group is not None else None
    return plural_noun_end(text, group.start("words"), group.end())


def _in_running_text(text: str, m: re.Match[str]) -> bool:
    """Does a lower-case word or a comma stand just before the amount on its line ("kiezen 570
    Statenleden", "nog 37.000 Nederlanders")? A list or footnote number opens its line."""
    before = _RUNNING_BEFORE.search(text, max(0, m.start() - RUNNING_CHARS), m.start())
    return before is not None


def _pronoun_count(text: str, m: re.Match[str], amount: numbers.Amount, nxt: re.Match[str]) -> int | None:
    """"omdat de twee niet inzien", "De drie hadden een proces aangespannen": a written number
    after "de", "die" or "deze" that stands for the people it counts (a verb or function word
    follows); "alle vier de partijen": a count before its article."""
    if not amount.written or not MIN_WRITTEN_COUNT <= amount.value <= MAX_PRONOUN_COUNT or m.group("qual"):
        return None
    word = nxt.group(1).lower()
    if _ALL_BEFORE.search(text, max(0, m.start() - 6), m.start()) and word == "de":
        return plural_noun_end(text, nxt.end(), min(len(text), nxt.end() + 60))  # "alle vier de partijen"
    if not _PRONOUN_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return None
    # (not an adjective from a participle: "de drie biedende partijen")
    verb = word in _phrases.FINITE_VERBS or (_text.is_verb_form(word) and not word.endswith("e"))
    function = not _phrases.is_content(word) and word not in _ADJECTIVES and word != "van"
    return m.end() if (verb or function) and word not in lexicon.load().time_units else None


def _people_count(m: re.Match[str], amount: numbers.Amount, nxt: re.Match[str]) -> int | None:
    """The end of "twintig man" ("met twintig man", "150 man personeel"): people in a singular noun."""
    enough = amount.value >= MIN_WRITTEN_COUNT or m.group("mag")
    return nxt.end() if enough and nxt.group(1).lower() in _PEOPLE_COUNT else None


def plural_noun_end(text: str, start: int, end: int) -> int | None:
    """The end of a plural noun after at most two adjectives in ``text[start:end]``, or None."""
    for word in _WORD.finditer(text, start, end):
        low = word.group(0).lower()
        if PLURAL.search(low) and _phrases.is_content(low) and not _text.is_verb_form(low):
            return word.end()
        if not low.endswith("e") or not _phrases.is_content(low):
            return None
    return None


def count_unit(
    text: str, m: re.Match[str], amount: numbers.Amount, nxt: re.Match[str]
) -> tuple[str | None, int]:
    """The unit and end of an amount that counts the noun after it ("44 meldingen", "100 recente
    publicaties", "de twee agenten", "Twee van hen"), measures ("500 kilo cocaïne": other) or is a
    rate ("7,1 inbraken per 1.000 woningen"), or (None, the amount's end)."""
    lex = lexicon.load()
    word = nxt.group(1).lower()
    if word in lex.measure_units:  # "500 kilo cocaïne", "2,5 ton", "40 kilometer"
        return "other", nxt.end()
    # "drie van dit soort berovingen", "Twee van hen", "met twintig man", "de twee hadden"
    group = _of_this_kind(text, m, amount) or _of_group(text, m, amount) or _people_count(m, amount, nxt)
    group = group or _pronoun_count(text, m, amount, nxt)
    if group is not None:
        return "count", group
    content = _phrases.is_content(word) or word in _ADJECTIVES
    if word in lex.time_units or months.number(word) or not content:
        return None, m.end()
    # "2 Grafische presentaties …", "19 Gewenste deelnemers": a digit before a capital is a
    # footnote, list or agenda number (the capital is read before skipping an adjective).
    capital = nxt.group(1)[0].isupper() and not _DEMONYM.search(nxt.group(1))
    # ("kiezen 570 Statenleden": a plural noun in running text; not "bedreigd 1 BEST GELEZEN")
    running = PLURAL.search(word) and not nxt.group(1).isupper() and _in_running_text(text, m)
    capital = capital and not running
    ranked = False  # "de vijf beste spelers", "de twaalf grootste steden": a set named by its rank
    for _ in range(MAX_ADJECTIVES):  # "100 recente publicaties", "vier grote Twentse organisaties"
        if not word.endswith("e") or PLURAL.search(word):
            break
        ranked = ranked or (word.endswith(_SUPERLATIVE) and not word.endswith(_NOT_SUPERLATIVE))
        noun = NEXT_WORD.match(text, nxt.end())
        if noun is None or not _phrases.is_content(noun.group(1)):
            break
        nxt, word = noun, noun.group(1).lower()
    # "7,1 inbraken per 1.000 woningen"; "12 slachtoffers per 100.000 inwoners": a rate, not a count
    for rate, unit in ((PER_THOUSAND, "per_1000"), (PER_OTHER_BASE, "other")):
        per = rate.match(text, nxt.end())
        if per is not None:
            return unit, per.end()
    plural = len(word) >= 3 and bool(PLURAL.search(word) or amount.value == 1 or m.group("mag"))
    # "de twee agenten", "de zeven verdachten": the people of one case count too (gold: hard);
    # "de vier grote steden", "de twee pijlers" name a known set of things, no figure
    definite = _DEFINITE_BEFORE.search(text, max(0, m.start() - 10), m.start())
    written_ok = not amount.written or (
        (amount.value >= MIN_WRITTEN_COUNT or m.group("qual"))
        and ((_is_person_noun(word) and not ranked) or not definite)
    )
    # "300 duizend Nederlanders", "1 miljoen Oeigoeren": a magnitude counts a capitalised noun
    proper_noun = capital and not amount.written and not m.group("qual") and not m.group("mag")
    if not plural or not written_ok or proper_noun:
        return None, m.end()
    return "count", nxt.end()
