"""Figures (cijfers): a number with its unit, indicator, period, region, direction and comparison.

Amounts are found by :data:`numbers.AMOUNT` at candidate positions (digits, currency signs and
Dutch number words). An amount counts as a figure when it has a unit (``%``, ``procent``,
``euro``, ``keer`` that compares, ``per 1.000``), is a grade ("een 7,2"), an index ("de
Gini-coëfficiënt bedroeg 0.38"), a measured duration ("gemiddeld 23 jaar oud", "negen maanden
celstraf"), a measure ("500 kilo", "12 GWh", "per 100.000 inwoners"), or counts something ("44
meldingen", "vijf mobiele teams", "de twee agenten", "Twee van hen", "500.000 keer bekeken"; what
an amount counts is read in :mod:`_counts`). Bare numbers count in context: "van 80
naar 31,2", "tegenover ruim 9.500 in 2017", in brackets after a word ("bedreiging (285)",
"(2017: 183)") and in the rows of a table in plain text. Vague amounts ("honderden meldingen")
keep their order of magnitude. The age of a named person in news is a figure ("Kuipers (54)",
"Onno R. (24)", "de 61-jarige Fred W."). Years, dates, page numbers, footnote markers, references,
enumerations, ages of unnamed people ("een man (64)", "Tilburger (35)"), scale levels and labels
are not figures.

The period comes from :mod:`_periods` (the sentence, the paragraph, the section heading, the
document's year), the region from the segment, clause or sentence, the sentence before ("in de
stad" is the town the article is about), the numbered or plain section heading, the place a news
article's title names and the article names most often, else the source's;
the direction from :mod:`_context`.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from trendbeeld import months
from trendbeeld.extract import (
    _context,
    _counts,
    _figure_regions,
    _headings,
    _periods,
    _phrases,
    _scan,
    _text,
    lexicon,
    numbers,
    regions,
)
from trendbeeld.extract._context import Found
from trendbeeld.extract._cues import trie
from trendbeeld.extract._document import Document
from trendbeeld.model import Figure, Unit

MAX_GRADE = 10.0
MILLION = 1_000_000
THOUSAND = 1_000  # "groeide met 195 duizend": an amount with a magnitude is a figure without a noun
_EURO_BEFORE = re.compile(r"(?:€|\beuro\b)[^.;!?\n]*\Z", re.IGNORECASE)
EURO_CHARS = 40
# A dimensionless index ("Gini-coëfficiënt", "prijsindex") this far before a decimal is its measure.
_INDEX_CONTEXT = re.compile(r"(?i:co[eë]ffici[eë]nt|index\b|indexcijfer|ratio\b)[^.;:!?\n]*\Z")
_DECIMAL = re.compile(r"\d+[.,]\d+")
INDEX_CHARS = 150
MIN_WRITTEN_COUNT = _counts.MIN_WRITTEN_COUNT
MIN_NOUN = 3  # a counted noun has at least this many letters
MIN_WRITTEN_TIMES = 10  # "drie keer" is an adverb ("three times"), "twintig keer" a count
YEAR_RANGE = (1900, 2100)
# Words back from a trigger where an amount may start ("meer dan | 100", "een | derde").
LOOK_BACK_WORDS = 4

_WORD_START = re.compile(r"(?<![\w’'])[\w€$+−-]")
_NOT_BEFORE = re.compile(
    r"\b(?:pagina|pag\.|p\.|blz\.|hoofdstuk|paragraaf|figuur|tabel|bijlage|artikel|nummer|nr\.|versie"
    r"|fase|stap|punt|code|route|lijn|editie|jaargang|bus|covid|\w*niveau|prioriteit|categorie|klasse"
    rf"|{months.alternation()})\s*\Z",
    re.IGNORECASE,
)
# A verb that multiplies: "verdubbeld", "verdrievoudigde", "vertienvoudigen" (not the noun
# "verdubbeling", nor "meervoudig").
_MULTIPLIED = re.compile(
    r"(?<![\w-])(?P<verb>ver(?:dubbel|(?P<times>twee|drie|vier|vijf|zes|zeven|acht|negen|tien|honderd)voudig))"
    r"(?:d|de|den|t|en)?(?![\w-])"
)
_MULTIPLIER_CHARS = 10  # "verdrievoudig": the multiplier stands this far before "voudig"
_VERB_ENDING_CHARS = 3
_VAGUE = re.compile(r"(?:tientall|honderd|duizend|miljoen|miljard)en")
_VAGUE_PREFIX_CHARS = 12  # "honderd" in "tienduizenden", "honderdduizenden" (longer: no vague amount)
_AT_BEFORE = re.compile(r"\bom\s*\Z", re.IGNORECASE)
# After "om": a clock time ("om 8 uur", "om 22.30", "om half negen"); "het ging om 45.000 meldingen"
# is a count.
_CLOCK_AFTER = re.compile(r"\s*(?:uur|u\.?)(?!\w)|[.:]\d\d(?!\d)", re.IGNORECASE)
_DATE_AFTER = re.compile(
    rf"\s*(?:{months.alternation(abbreviations=True)})\b\.?",
    re.IGNORECASE,
)
# "1.200 tot 1.500 demonstranten", "tussen 20 en 30 meldingen": a range of a count.
# (also written: "vijftien tot twintig panden", "vier of vijf kolencentrales", "tussen tien en twintig …")
_COUNT_RANGE_BEFORE = re.compile(
    r"(?:\btussen\s+(?P<low>\d{1,3}(?:\.\d{3})+|\d+)\s+en|(?<![\w.,/])(?P<low2>\d{1,3}(?:\.\d{3})+|\d+)"
    r"\s*(?:tot(?:\s+(?:wel|zelfs))?|à|-|–|\s+of)"
    rf"|\btussen\s+(?P<low3>{numbers._WORDNUM})\s+en|(?<![\w-])(?P<low4>{numbers._WORDNUM})\s+(?:tot|à|of))\s*\Z",
    re.IGNORECASE,
)
_ER_BEFORE = re.compile(r"(?<![\w-])er\s+(?:(?:nog|maar|slechts|al)\s+)?\Z", re.IGNORECASE)
ER_CHARS = 16
_TIME_UNIT_BEFORE = re.compile(
    r"\b(?:jaar|jaren|maanden|maand|weken|week|dagen|dag|uur|uren|keer)\b", re.IGNORECASE
)
ELIDED_TIME_CHARS = 80
_CLAUSE_END = re.compile(r"\s*(?:[,.;)!?\"”’']|\Z)")
_AND_A_HALF_BEFORE = re.compile(rf"(?<![\w.,])(?P<n>\d+|{numbers._WORDNUM})\s+en\s+een\s+\Z", re.IGNORECASE)
_ENGLISH_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_LEADING_ZERO = re.compile(r"0\d+")
_QUERY_MARKS = ("=", "?", "&", "#")  # a number right after one of these is part of a URL
# After "keer" these make it a factor: "twee keer zo groot", "drie keer zoveel", "vier keer meer".
_FACTOR_AFTER = re.compile(
    r"\s+(?:zo(?:veel)?|meer|minder|groter|kleiner|hoger|lager|vaker|zoveel|sneller|langer|duurder)\b"
    r"|\s+(?:als|dan)\s",
    re.IGNORECASE,
)
# "vier keer de toegestane hoeveelheid", "twee keer de marktconforme waarde", "twee keer het aantal
# zetels": so many times a measure, a factor (not "twee keer de mist in", "drie keer het slachtoffer").
_FACTOR_OF = re.compile(
    r"\s+(?:de|het)\s+(?:[a-zà-ÿ]+e\s+){0,2}(?:hoeveelheid|waarde|maximum|aantal|prijs|bedrag|omvang"
    r"|grootte|snelheid|norm|limiet|gemiddelde)\b|\s+de\s+(?:toegestane|maximale|maximaal)\b",
    re.IGNORECASE,
)
_RATE_AFTER = re.compile(r"\s+per\s+(?:jaar|maand|week|dag|etmaal|nacht)(?![\w-])", re.IGNORECASE)
_SO_FAR_BEFORE = re.compile(r"(?<![\w-])al\s+\Z", re.IGNORECASE)
_COMPARATIVE_WORD = re.compile(r"[a-zà-ÿ]{2,}[^aeiou\s]er")
# A word after "een derde" that ends like this is a verb ("een derde heeft", "een kwart vindt").
_VERB_ENDINGS = ("t", "d")
_SOFT_HYPHEN = re.compile(r"\xad[ \n]?")
_PER_BEFORE = re.compile(r"\bper\s*\Z", re.IGNORECASE)
_AGE_BOUND = re.compile(r"\s+(?:jaar|jaren)\s+(?:en|of)\s+(?:ouder|jonger)", re.IGNORECASE)
_YEARS_CONTEXT = re.compile(
    r"\b(?:gemiddeld\w*|mediaan|oud|oude|\w*straf(?:fen)?|cel|\w*duur|\w+tijd|levensverwachting"
    # a sentence or measure imposed: "veroordeeld tot zes maanden voorwaardelijk", "een beroepsverbod
    # gedurende een periode van twee jaar", "drie maanden jeugddetentie"
    r"|veroordeeld|(?:on)?voorwaardelijk\w*|hechtenis|\w*detentie|beroepsverbod|gedurende\s+een\s+periode\s+van)\b",
    re.IGNORECASE,
)
# "OM eist drie jaar", "Eis: 18 maanden" (in its sentence), "Drie jaar geëist".
_DEMAND_BEFORE = re.compile(
    r"(?:\beis:|\beist\b|\beiste\b|\bgeëist\b)[^.;!?\n]*\Z|\beisen\s+\Z", re.IGNORECASE
)
_DEMANDED_AFTER = re.compile(r"\s+(?:jaar|maanden|weken|dagen)(?:\s+\w+){0,2}\s+geëist\b", re.IGNORECASE)
_TIME_REFERENCE_AFTER = re.compile(
    r"\s+(?:jaar|jaren|maanden|maand|weken|week|dagen|dag)\s+(?:geleden|later|eerder|daarna|daarvoor|terug)\b",
    re.IGNORECASE,
)
_AGE_RANGE = re.compile(r"(?:\d\s*(?:tot(?:\s+en\s+met)?|t/m|-|–)\s*\Z)|\b(?:van|tussen)\s+\Z", re.IGNORECASE)
# A noun whose "van N jaar" is its length, not an age: "celstraf van", "een periode van".
_MEASURE_OF_VAN = re.compile(
    r"(?:straf(?:fen)?|cel|duur|tijd|periode|termijn|verbod|ontzetting)\s+\Z", re.IGNORECASE
)
_GRADE_CONTEXT = re.compile(r"\b(?:rapportcijfer|cijfer|waardering|beoordeeld|beoordelen|score)\b", re.I)
_GRADE_BEFORE = re.compile(r"\b(?:een|gemiddeld)\s+\Z", re.IGNORECASE)
WHOLE_COUNT = 100  # a bare whole number from this size up in "van … naar …" is a count
TABLE_LINE_CHARS = 80  # a table row is a line at most this long
# A row: a label of words (no sentence punctuation), then numbers and percentages only.
_CELL = r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?%?"
# (a row whose line break the text cleaner took for a wrapped line holds several label–number groups)
_TABLE_ROW = re.compile(
    rf"(?:[ ]*(?P<label>[^\W\d_][^\d\n.!?;:]*?)[ ]+(?P<cells>{_CELL}(?:[ ]+{_CELL})*))+[ ]*"
)
_TABLE_CELL = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?![%\d]|[.,]\d)")
INHERIT_CHARS = 400  # a bare number takes the unit of a figure at most this far before it
_SPAN_OF_YEARS = re.compile(r"((?:19|20)\d\d)-(?:19|20)\d\d")
_FROM = re.compile(r"\bvan\s+\Z", re.IGNORECASE)
_OF_SET = re.compile(r"\s+van\s", re.IGNORECASE)
_ROUND_BASES = frozenset((10.0, 100.0, 1000.0))  # "drie van de tien": a ratio
MEMBER_NOUN_CHARS = 60
_TO_AMOUNT = re.compile(r"\s+naar\s+(?=\w)", re.IGNORECASE)
_CHANGE_UNITS = frozenset((Unit.COUNT, Unit.PERCENT, Unit.OTHER, Unit.EURO))
_SHORT_DURATIONS = frozenset((
    "maand", "maanden", "week", "weken", "dag", "dagen", "uur", "uren", "minuut", "minuten", "seconde",
    "seconden",
))
_TO_DURATION = re.compile(
    rf"\s+(?:naar|tot)\s+{numbers._NUM}\s+(?P<unit>jaar|jaren|maand|maanden|week|weken)\b", re.IGNORECASE
)
DURATION_BEFORE, DURATION_AFTER = 60, 50  # a word of measure ("straf", "wachttijd") this close
_TO = re.compile(r"\s*(?:[a-zà-ÿ]+\s+){0,2}naar\b", re.IGNORECASE)
PER_THOUSAND_CHARS = 60  # "per 1.000 inwoners" this close before a bare number, in its clause, is its unit
_PER_THOUSAND_BEFORE = re.compile(
    rf"\b{_counts.PER_THOUSAND_WORDS}\s+(?:inwoners|woningen|huishoudens|jongeren|leerlingen)\b[^.;:\n]*\Z",
    re.IGNORECASE,
)
_SIGNS = "+−-"
_BARE = (
    r"(?P<sign>[+−-])?(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)"
    r"(?![\w%]|[,.]\d|\s*(?:%|procent))"
)
_ABOUT_WORDS = ("ruim", "bijna", "circa", "ca.", "ongeveer", "zo'n", "zo’n", "nog", "slechts", "maar")
_CLAUSE_END_ABOUT = ("ruim", "bijna", "circa", "ca.", "ongeveer", "zo'n", "zo’n", "slechts")
_ABOUT_END = "(?:" + "|".join(re.escape(w) for w in _CLAUSE_END_ABOUT) + ")"
_ABOUT = "(?:" + "|".join(re.escape(w) for w in _ABOUT_WORDS) + ")"
# A bare number after words that give its context, with those words (each a choice of words,
# left to right), so the pattern is only tried where they stand before a digit run.
_BARE_AFTER_WORDS: tuple[tuple[tuple[tuple[str, ...], ...], re.Pattern[str]], ...] = (
    # "van 1.227 naar", "van 162.500 in 2010 naar"
    ((("van",),), re.compile(rf"\bvan\s+{_BARE}(?=(?:\s+in\s+(?:19|20)\d\d)?,?\s+naar\b)", re.IGNORECASE)),
    # "naar 1.454.", "naar 111.770 in 2020", "naar 30,0 (CBS …)"; "steeg met 14 procent tot 3.412."
    ((("naar", "tot"),), re.compile(
        rf"\b(?:naar|tot)\s+{_BARE}(?=\s*(?:[,.;)]|\Z|\s+(?:in|en)\b|\s+\())", re.IGNORECASE
    )),
    # "1.250 woninginbraken, tegen 1.480 een jaar eerder", "tegenover ruim 9.500 in 2017"
    *(
        (lead, re.compile(
            rf"\btegen(?:over)?\s+(?:{_ABOUT}\s+)?{_BARE}(?=\s+(?:een\s+jaar\s+(?:eerder|daarvoor)|vorig\s+jaar"
            rf"|(?:in\s+)?het\s+jaar\s+(?:ervoor|daarvoor)|in\s+(?:heel\s+)?(?:19|20)\d\d)\b|\s*[,.;)])",
            re.IGNORECASE,
        ))
        for lead in ((("tegen", "tegenover"),), (("tegen", "tegenover"), _ABOUT_WORDS))
    ),
    # "volgens TAPA namelijk 579.", "met de meeste berovingen, namelijk 132"
    ((("namelijk",),), re.compile(rf"\bnamelijk\s+{_BARE}(?=\s*(?:[,.;)]|\Z))", re.IGNORECASE)),
    # "lag in 2018 op 360 en in 2017 op 390.": a level a measure stood at
    # (not a list of days: "op 5, 6 en 7 oktober")
    ((("op",),), re.compile(rf"\bop\s+{_BARE}(?=\s*(?:[.;)]|\Z)|,\s+(?!\d)|\s+en\s+(?!\d))", re.IGNORECASE)),
    # "Nu zitten er 73.041,", "In 2017 waren er nog 388,", "In 2017 waren dat er 214.": the count of
    # what is there, or of what the sentence before counted
    *(
        (lead, re.compile(rf"\ber\s+(?:{_ABOUT}\s+)?{_BARE}(?=\s*(?:[,.;)]|\Z))", re.IGNORECASE))
        for lead in ((("er",),), (("er",), _ABOUT_WORDS))
    ),
    # "In Nederland zijn dat er zo'n 600.000.", "het nee-kamp slechts 133.000.": an approximate
    # amount that ends its clause
    ((_CLAUSE_END_ABOUT,), re.compile(
        # (after "tegen ruim" and "er ruim" the patterns above find it)
        rf"(?<![\w’'])(?<!tegen )(?<!tegenover )(?<![^\w]er ){_ABOUT_END}\s+(?!0\b){_BARE}"
        r"(?=\s*(?:[,.;)]|\Z))",
        re.IGNORECASE,
    )),
    (
        (("daling", "stijging", "toename", "afname", "verschil"), ("van",)),
        re.compile(
            rf"\b(?:daling|stijging|toename|afname|verschil)\s+van\s+{_BARE}(?=\s*(?:[,.;)]|\Z))",
            re.IGNORECASE,
        ),
    ),
)


def _by_last_letter(leads: tuple[tuple[tuple[str, ...], ...], ...]) -> dict[str, list[tuple[int, str]]]:
    """The last words of ``leads`` by their last letter, each with the index of its lead."""
    out: dict[str, list[tuple[int, str]]] = {}
    for index, lead in enumerate(leads):
        for word in lead[-1]:
            out.setdefault(word[-1], []).append((index, word))
    return out


# The letter before the white space before a number picks the few last words to compare there.
_LAST_WORDS = _by_last_letter(tuple(lead for lead, _ in _BARE_AFTER_WORDS))
# "partijen van 5000": a bare number after "van" that ends its clause.
_ELIDED_MEASURE = re.compile(r"(?<![\w-])van\s+(?P<num>\d{1,3}(?:\.\d{3})+|\d+)(?=\s*(?:[.;,\"”’']|\Z))")
# A bare number in brackets after a word: "Maastricht (-58,3)", "vormen van bedreiging (285)",
# "medewerkers (2017: 183)" (the same measure in an earlier year), "bij aanhouding (2.600 keer)".
_BRACKETED = re.compile(
    rf"\((?:(?P<label>(?:19|20)\d\d)\s*:\s*)?{_BARE}(?:\s+(?:keer|maal))?\)"
)
_WORD_BEFORE_BRACKET = re.compile(r"(?P<name>[^\W\d_][\w’'-]*|(?:19|20)\d\d)[ ]*\Z")
# "een jongen (15)": a number in brackets after a person is an age, not a figure.
_PERSON_WORDS = frozenset((
    "jongen", "meisje", "man", "vrouw", "jongere", "kind", "tiener", "puber", "scholier", "student", "dader",
    "verdachte", "slachtoffer", "bestuurder", "automobilist", "fietser", "voetganger", "moeder", "vader",
    "zoon", "dochter", "inwoner", "bewoner", "agent",
))
# Words before a bracketed number that make it a reference, not a figure.
_REFERENCE_WORDS = frozenset((
    "zie", "p", "pag", "blz", "nr", "nummer", "art", "artikel", "lid", "bijlage", "figuur", "tabel", "noot",
    "voetnoot", "hoofdstuk", "paragraaf", "bron", "versie", "editie",
))
# "de 61-jarige Fred W." (not "18-jarigen", a group); "Kuipers (54)", "Truus(81)".
_AGED = re.compile(r"(?P<age>\d{1,3})-jarige(?![\w-])")
_AGE_IN_BRACKETS = re.compile(r"(?P<age>\d{1,3})\)")
_NAME_BEFORE_BRACKET = re.compile(r"(?<![\w.])(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ ]?\Z")
# "Onno R. (24)", "Sarinda van E. (23)": a first name and the initial of a suspect's surname.
_INITIAL_BEFORE_BRACKET = re.compile(
    r"(?<![\w.])(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+)(?:[ ]+(?:van|de|der|den|el|al|ten|ter))*[ ]+[A-ZÀ-Ý]\.[ ]?\Z"
)
# "Cleo Vermeulen (9)": a first name before the surname makes a child's age a person's age.
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w.])(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+)[ ]+\Z")
# "Van Montfoort (62)", "Van der Heijden (45)": a capitalised particle makes a place a surname.
_SURNAME_PARTICLE = re.compile(r"(?<![\w.])(?:Van(?:[ ]+(?:der|den|de))?|Ter|Ten|Op[ ]+de[n]?)[ ]+\Z")
PARTICLE_CHARS = 12
_INHABITANT_SUFFIXES = ("enaar", "naar", "aar", "er")
MIN_PLACE_CHARS = 3
MIN_NAMED_AGE = 1  # after a full name or in "de 11-jarige Nicky", any age is an age
AGE_NAME_CHARS = 30
MIN_AGE, MAX_AGE = 12, 110  # a bracketed number in this range after a name is an age
ENUMERATION_MAX = 10  # bracketed item numbers of an enumeration are below this
ENUMERATION_CHARS = 300  # "(1) … (2) …": a small bracketed number with a neighbour this close counts items


_CURRENCY_SIGNS = "€$"


@cache
def _trigger_words(*, lower: bool) -> re.Pattern[str]:
    """Number words at a word start (case-sensitive on a lower-case copy of the text)."""
    return re.compile(rf"(?<![\w-]){trie(set(numbers.trigger_words()))}", 0 if lower else re.IGNORECASE)


def _triggers(doc: Document) -> list[int]:
    """Where an amount may be: currency signs, digit runs and number words, in text order."""
    words = _trigger_words(lower=True).finditer(doc.lower) if doc.lower is not None else (
        _trigger_words(lower=False).finditer(doc.text)
    )
    hits = [m.start() for m in words]
    hits.extend(doc.digits)
    for sign in _CURRENCY_SIGNS:
        hits.extend(_scan.marks(doc.text, sign))
    return sorted(hits)


def from_document(doc: Document) -> list[Figure]:
    """Figures of a prepared document, in text order."""
    found = _amounts(doc)
    everything = _context.AllFound.of(found)
    times = _periods.timeline(doc) if found else None
    columns = _column_years(doc.text, found)
    try:
        return [_figure(doc, f, everything, times, columns.get(f.start)) for f in found]
    finally:  # the per-sentence caches hold the text: a long-running process keeps none of it
        _context.forget()
        _figure_regions.forget()
        for cached in (_headings.headings, _headings.article_breaks):
            cached.cache_clear()


def _amounts(doc: Document) -> list[Found]:
    found = _with_units(doc.text, _triggers(doc))
    found = sorted(found + _bare_in_context(doc.text, doc.digits, found), key=lambda f: f.start)
    found = sorted(found + _elided_measures(doc.text, doc.digits, found), key=lambda f: f.start)
    found = sorted(found + _table_cells(doc.text, doc.digits, found), key=lambda f: f.start)
    found = sorted(found + _cells_on_own_lines(doc.text, found), key=lambda f: f.start)
    found = sorted(found + _vague_amounts(doc, found), key=lambda f: f.start)
    found = sorted(found + _multiplied(doc, found), key=lambda f: f.start)
    return sorted(found + _ages(doc.text, doc.digits, found), key=lambda f: f.start)


def _is_clock(amount: str) -> bool:
    """"22.30", "8:15": an hour and minutes."""
    return bool(re.fullmatch(r"(?:[01]?\d|2[0-3])[.:][0-5]\d", amount.strip()))


def _ages(text: str, digits: list[int], found: list[Found]) -> list[Found]:
    """The age of a named person in news: "de 61-jarige Fred W.", "Kuipers (54)" (unit years).
    A group bound ("16- tot 18-jarigen", "jongeren (12-18)") and an unnamed person ("een jongen
    (15)") give none."""
    taken = sorted((f.start, f.end) for f in found)
    out: list[Found] = []
    for d in digits:
        if _inside(taken, d):
            continue
        m = _AGED.match(text, d)
        youngest = MIN_NAMED_AGE
        if m is None and text.startswith("(", d - 1):
            m = _AGE_IN_BRACKETS.match(text, d)
            youngest, name = _name_before_bracket(text, d - 1)
            if m is None or name is None or not _is_person_name(text, name):
                continue
        if m is not None and youngest <= int(m.group("age")) <= MAX_AGE:
            end = m.end() if m.re is _AGED else m.end("age")
            out.append(Found(m.start("age"), end, float(m.group("age")), None, Unit.YEARS, 0))
    return out


def _name_before_bracket(text: str, bracket: int) -> tuple[int, re.Match[str] | None]:
    """The name before the bracket at ``bracket`` and the youngest age it takes: any age after a
    full name ("Cleo Vermeulen (9)") or a first name and initial ("Onno R. (24)"), from MIN_AGE
    after one capitalised word ("Kuipers (54)"; "Parkeervergunning (1)" is an item number)."""
    window = max(0, bracket - AGE_NAME_CHARS)
    initial = _INITIAL_BEFORE_BRACKET.search(text, window, bracket)
    if initial is not None:
        return MIN_NAMED_AGE, initial
    name = _NAME_BEFORE_BRACKET.search(text, window, bracket)
    if name is None:
        return MIN_AGE, None
    first = _FIRST_NAME_BEFORE.search(text, max(0, name.start() - AGE_NAME_CHARS), name.start())
    # a surname is never written in lower case ("Parkeervergunning (1)" beside "parkeervergunningen")
    common = text.find(name.group("name").lower()) >= 0
    full = first is not None and not common and _phrases.is_content(first.group("name"))
    full = full and first is not None and _is_person_name(text, first)
    return (MIN_NAMED_AGE if full else MIN_AGE), name


def _is_person_name(text: str, name: re.Match[str]) -> bool:
    """A capitalised name that is no place, inhabitant, reference word or word of a person
    ("Kuipers"); a place after a capitalised particle is a surname ("Van Montfoort (62)")."""
    word = name.group("name")
    low = word.lower()
    if low in _REFERENCE_WORDS or low in _PERSON_WORDS:
        return False
    if _SURNAME_PARTICLE.search(text, max(0, name.start("name") - PARTICLE_CHARS), name.start("name")):
        return True
    if _is_inhabitant(word) or regions.lookup(word):
        return False
    return regions.find(text, name.start("name"), name.end("name")) is None


def _is_inhabitant(word: str) -> bool:
    """"Rotterdammer", "Eindhovenaar", "Vughtenaar", "Bodegraver": someone from a place, no name
    ("De Eindhovenaar (51)" is an unnamed person)."""
    for suffix in _INHABITANT_SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < MIN_PLACE_CHARS:
            continue
        stem = word[: -len(suffix)]
        doubled = stem[:-1] if len(stem) > 1 and stem[-1] == stem[-2] else stem  # "Rotterdamm-er"
        if any(regions.lookup(place) for place in {stem, doubled, stem + "en"}):
            return True
    return False


def _cells_on_own_lines(text: str, found: list[Found]) -> list[Found]:
    """A table converted from a PDF with one cell per paragraph ("1,48\n\n1,65\n\n0,85"): a
    number with decimals alone on its line, apart from the lines around it by a blank line, is a
    measured value. It is a percentage when its row label says so ("in procenten"), else a
    measure of its own (unit other). Whole numbers alone on a line are page numbers, footnote
    numbers, years or axis labels as often as cells, and are left alone."""
    taken = sorted((f.start, f.end) for f in found)
    out: list[Found] = []
    for m in _scan.matches_at(_CELL_LINE, text, _scan.starts_of_lines(text, _scan.DIGIT_LINE)):
        start, end = m.start("num"), m.end("num")
        apart = text.startswith("\n\n", max(0, m.start() - 2)) or text.startswith("\n\n", m.end())
        if not apart or _inside(taken, start):
            continue
        percent = bool(m.group("pct")) or bool(_PERCENT_LABEL.search(_row_label(text, m.start())))
        unit = Unit.PERCENT if percent else Unit.OTHER
        out.append(Found(start, m.end("pct") if m.group("pct") else end,
                         numbers.parse_digits(m.group("num")), None, unit, 0))
    return out


def _column_years(text: str, found: list[Found]) -> dict[int, str]:
    """The years of the table cells on lines of their own: the i-th cell of a run of cells takes
    the i-th year of the column heads above the table ("2018\n\n2017\n\n2016"; a run holds
    several rows), else the year of the table's title ("Tabel 1.1 … 2018"). Keyed by the start
    of the cell."""
    cells = [f for f in found if _is_cell(text, f)]
    if not cells:
        return {}
    index = _run_index(text)
    out: dict[int, str] = {}
    for f in cells:
        line_start = text.rfind("\n", 0, f.start) + 1
        years = _column_heads(text, line_start)
        if years:
            out[f.start] = years[index[line_start] % len(years)]
            continue
        title = _TABLE_TITLE.search(text, max(0, line_start - COLUMN_HEAD_CHARS), line_start)
        if title is not None:
            out[f.start] = _periods_in(title.group(0))[-1]
    return out


def _is_cell(text: str, found: Found) -> bool:
    """Is ``found`` alone on its line (a cell line is short: only its ends are looked for)?"""
    line_start = text.rfind("\n", max(0, found.start - CELL_LINE_CHARS), found.start) + 1
    if line_start == 0 and found.start > CELL_LINE_CHARS:
        return False  # a long line
    line_end = text.find("\n", found.end, found.end + CELL_LINE_CHARS)
    if line_end < 0:
        if len(text) - found.end > CELL_LINE_CHARS:
            return False
        line_end = len(text)
    return _CELL_LINE.fullmatch(text, line_start, line_end) is not None


def _run_index(text: str) -> dict[int, int]:
    """For the start of each line that is a cell ("1,48", "24", "-"): how many cells come before
    it since the last line of text (one pass over the lines)."""
    out: dict[int, int] = {}
    count = 0
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if _YEAR_HEAD.fullmatch(stripped):
            count = 0  # a column head
        elif _CELLISH.fullmatch(stripped):
            out[pos] = count
            count += 1
        elif stripped:
            count = 0
        pos += len(line) + 1
    return out


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _column_heads(text: str, pos: int) -> list[str]:
    """Years on lines of their own above ``pos`` ("2018\n\n2017\n\n2016"), with only short
    lines (labels, cells) between them and ``pos``; [] when there are none."""
    window = text[max(0, pos - COLUMN_HEAD_CHARS) : pos]
    heads = list(_YEAR_LINES.finditer(window))
    if not heads:
        return []
    last = heads[-1]
    if any(len(line) > TABLE_LINE_CHARS for line in window[last.end() :].split("\n")):
        return []  # running text between the heads and the cell: another table's heads
    return _periods_in(last.group(0))


def _periods_in(text: str) -> list[str]:
    return re.findall(r"(?:19|20)\d\d", text)


def _row_label(text: str, pos: int) -> str:
    """The nearest line before ``pos`` (at most LABEL_LINES_BACK lines) that is not a cell."""
    for _ in range(LABEL_LINES_BACK):
        line_end = text.rfind("\n", max(0, pos - ROW_LABEL_CHARS), pos)
        if line_end < 0:
            return ""
        line_start = text.rfind("\n", max(0, line_end - ROW_LABEL_CHARS), line_end) + 1
        line = text[line_start:line_end].strip()
        if line and not _CELL_LINE.fullmatch(text, line_start, line_end):
            return line
        pos = line_start
    return ""


def _vague_amounts(doc: Document, found: list[Found]) -> list[Found]:
    """"honderden meldingen", "tienduizenden euro's", "de miljoenen die ermee te verdienen zijn":
    a vague amount keeps its order of magnitude (100, 10.000, 1.000.000); it counts the plural
    noun after it, is in euro before "euro", and is unit other on its own."""
    text = doc.text
    low = doc.lower if doc.lower is not None else text.lower()
    vague = lexicon.load().vague_amounts
    taken = sorted((f.start, f.end) for f in found)
    out: list[Found] = []
    for m in _VAGUE.finditer(low):
        start = m.start()
        floor = max(0, start - _VAGUE_PREFIX_CHARS)  # bounded: a run of letters is no rescan
        while start > floor and low[start - 1].isalpha():
            start -= 1
        end = m.end()
        value = vague.get(low[start:end])
        glued = end < len(low) and (low[end].isalnum() or low[end] == "-")
        if value is None or glued or _inside(taken, start) or (out and start < out[-1].end):
            continue
        unit = Unit.OTHER
        nxt = _counts.NEXT_WORD.match(text, end)
        times = vague.get(nxt.group(1).lower()) if nxt is not None else None
        if nxt is not None and times is not None:  # "tientallen miljoenen euro": ten times a million
            value, end = value * times, nxt.end()
            nxt = _counts.NEXT_WORD.match(text, end)
        if nxt is not None:
            word = nxt.group(1).lower()
            if word.startswith("euro"):
                unit, end = Unit.EURO, nxt.end()
            elif _phrases.is_content(nxt.group(1)) and _counts.PLURAL.search(word) and len(word) >= MIN_NOUN:
                unit, end = Unit.COUNT, nxt.end()
        out.append(Found(start, end, value, None, unit, 0))
    return out


def _multiplied(doc: Document, found: list[Found]) -> list[Found]:
    """"is vorig jaar verdrievoudigd", "verdubbelde": a verb that multiplies is a factor (2, 3, 10),
    a rise (the wording of change gives the direction)."""
    low = doc.lower if doc.lower is not None else doc.text.lower()
    taken = sorted((f.start, f.end) for f in found)
    out: list[Found] = []
    for stem in ("verdubbel", "voudig"):
        pos = low.find(stem)
        while pos >= 0:
            window = (max(0, pos - _MULTIPLIER_CHARS), pos + len(stem) + _VERB_ENDING_CHARS)
            m = _MULTIPLIED.search(low, *window)
            if m is not None and m.start() <= pos < m.end() and not _inside(taken, m.start()):
                times = 2.0 if m.group("times") is None else numbers.word_value(m.group("times"))
                if times is not None:
                    out.append(Found(m.start(), m.end(), times, None, Unit.FACTOR, 1))  # a rise
            pos = low.find(stem, pos + len(stem))
    return out


def _table_cells(text: str, digits: list[int], found: list[Found]) -> list[Found]:
    """Counts in the rows of a table as plain text: a short line with a label and then only
    numbers ("Woninginbraken   76.357", "Gerealiseerd 2017 49.124 1.103 3.576"). A cell is a
    count when it has a thousands separator or its row has more than one number; a page number
    ("37") or a table of contents line ("Inleiding   5") is not."""
    taken = sorted((f.start, f.end) for f in found)
    out: list[Found] = []
    seen_lines: set[int] = set()
    for d in digits:
        line_start = text.rfind("\n", max(0, d - TABLE_LINE_CHARS), d) + 1
        if (line_start == 0 and d > TABLE_LINE_CHARS) or line_start in seen_lines:
            continue
        line_end = text.find("\n", d, d + TABLE_LINE_CHARS)
        if line_end < 0:
            line_end = len(text) if len(text) - d <= TABLE_LINE_CHARS else -1
        if line_end < 0:
            continue
        seen_lines.add(line_start)
        row = _TABLE_ROW.fullmatch(text, line_start, line_end)
        if row is None:
            continue
        cells = [c for c in _TABLE_CELL.finditer(text, line_start, line_end)
                 if not _is_year(c.group(0), numbers.parse_digits(c.group(0)))]
        for cell in cells:
            raw = cell.group(0)
            if _inside(taken, cell.start()) or not ("." in raw or len(cells) > 1) or "," in raw:
                continue
            label = _WORD_BEFORE_BRACKET.search(text, max(line_start, cell.start() - 40), cell.start())
            if label is not None and label.group("name").lower() in _REFERENCE_WORDS:
                continue  # "Hoofdstuk 3   Trends   12": a table of contents
            out.append(Found(cell.start(), cell.end(), numbers.parse_digits(raw), None, Unit.COUNT, 0))
    return out


def _bare_in_context(text: str, digits: list[int], found: list[Found]) -> list[Found]:
    """Bare numbers whose unit the context gives: "van 80 naar 31,2", "een daling van 58,3",
    "Maastricht (-58,3)". They take the unit of the figure just before them (else count)."""
    out: list[Found] = []
    # Both lookups below use sorted offsets, so long documents stay linear (not found × matches).
    found = sorted(found, key=lambda f: f.start)
    starts = [f.start for f in found]
    taken = sorted((f.start, f.end) for f in found)
    matches = _bare_matches(text, digits)
    for m in matches:
        raw = m.group("num")
        value = numbers.word_value(raw)
        start, end = m.start("num"), m.end("num")
        if value is None or _inside(taken, start) or _is_year(raw, value):
            continue
        bracketed = "label" in m.groupdict()
        if bracketed and not _figure_in_brackets(text, m, value):
            continue
        window = found[bisect.bisect_left(starts, start - INHERIT_CHARS - _LONGEST) :
                       bisect.bisect_right(starts, end + INHERIT_CHARS)]
        whole = raw.isdigit() or bool(re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw))
        # a number with decimals is no count: it does not take the unit of one
        near = [f for f in window if min(abs(f.start - end), abs(start - f.end)) <= INHERIT_CHARS
                and (whole or f.unit is not Unit.COUNT)]
        nearest = min(near, key=lambda f: min(abs(f.start - end), abs(start - f.end)), default=None)
        nearest = nearest or _earlier_in_paragraph(text, found, starts, start)
        if _counts.PER_OTHER_BASE.match(text, end):
            unit = Unit.OTHER  # "4,2 per 1.000 en 35 per 100.000 inwoners": its own base says its unit
        elif _counts.PER_THOUSAND.match(text, end):
            unit = Unit.PER_1000
        elif _PER_THOUSAND_BEFORE.search(text, max(0, start - PER_THOUSAND_CHARS), start):
            unit = Unit.PER_1000  # "per 1.000 inwoners is dat een daling van 46,3 naar 30,0"
        elif bracketed and (m.group("label") or whole):
            # "vormen van bedreiging (285)"; "(2017: 183)" has the unit of the figure it compares with
            before = _earlier_in_paragraph(text, found, starts, start) if m.group("label") else None
            unit = before.unit if before is not None else Unit.COUNT
        elif nearest is None or (whole and value >= WHOLE_COUNT and not bracketed):
            unit = Unit.COUNT  # "van 1.227 naar 1.080": counts, whatever the change is given in
        else:
            unit = nearest.unit
        sign = -1 if m.group("sign") in ("-", "−") else (1 if m.group("sign") == "+" else 0)
        out.append(Found(start - (1 if m.group("sign") else 0), end, value, None, unit, sign))
        bisect.insort(taken, (start, end))
    return out


def _elided_measures(text: str, digits: list[int], found: list[Found]) -> list[Found]:
    """"Vroeger keken we op van 500 kilo. Nu onderscheppen we partijen van 5000": a bare number
    after "van" at the end of its clause, whose unit of measure the figure just before it names
    (in the same paragraph, at most INHERIT_CHARS back), is in that unit."""
    starts = [f.start for f in found]
    taken = sorted((f.start, f.end) for f in found)
    units = lexicon.load().measure_units
    out: list[Found] = []
    for m in _scan.matches_at(_ELIDED_MEASURE, text, [d - len("van ") for d in digits if d >= len("van ")]):
        raw, start = m.group("num"), m.start("num")
        value = numbers.word_value(raw)
        if value is None or _inside(taken, start) or _is_year(raw, value):
            continue
        before = _earlier_in_paragraph(text, found, starts, start)
        if before is None or before.unit is not Unit.OTHER or start - before.end > INHERIT_CHARS:
            continue
        last_word = text[before.start : before.end].rsplit(None, 1)[-1].lower()
        if last_word in units:
            out.append(Found(start, m.end("num"), value, None, Unit.OTHER, 0))
    return out


def _earlier_in_paragraph(text: str, found: list[Found], starts: list[int], pos: int) -> Found | None:
    """The last figure before ``pos`` in the same paragraph (no line break between them)."""
    index = bisect.bisect_left(starts, pos) - 1
    if index < 0 or found[index].end > pos or text.find("\n", found[index].end, pos) >= 0:
        return None
    return found[index]


def _bare_matches(text: str, digits: list[int]) -> list[re.Match[str]]:
    """Matches of the bare-number patterns, ordered by the number's start.

    The words before a number are found by stepping back from each digit run, so a pattern is
    tried at a handful of places instead of at every position of the text.
    """
    signed = [_sign_start(text, d) for d in digits]
    # where the white space before a number (and its sign) starts: a word of context ends there
    spaced = sorted({space for pos in signed if (space := _scan.space_before(text, pos)) < pos})
    starts: list[set[int]] = [set() for _ in _BARE_AFTER_WORDS]
    for end in spaced:
        for index, word in _LAST_WORDS.get(text[end - 1 : end].lower(), ()):  # most ends have none
            begin = end - len(word)
            if begin >= 0 and text[begin:end].lower() == word:
                starts[index] |= _lead_starts(text, begin, _BARE_AFTER_WORDS[index][0][:-1])
    found: list[re.Match[str]] = []
    for (_, pattern), at in zip(_BARE_AFTER_WORDS, starts, strict=True):
        found.extend(_scan.matches_at(pattern, text, sorted(at)))
    years = {d - 1 for d in digits if text.startswith(("19", "20"), d)}
    brackets = sorted({pos - 1 for pos in signed} | years)
    found.extend(_scan.matches_at(_BRACKETED, text, [b for b in brackets if b >= 0 and text[b] == "("]))
    return sorted(found, key=lambda m: m.start("num"))


def _figure_in_brackets(text: str, m: re.Match[str], value: float) -> bool:
    """A bracketed number is a figure after a word that is no reference word; after a name
    only when the name is a region or the number has a sign or decimals ("Maastricht (-58,3)");
    and it is no item number of an enumeration ("(1) … (2) …")."""
    word = _WORD_BEFORE_BRACKET.search(text, max(0, m.start() - 40), m.start())
    if word is None or word.group("name").lower() in _REFERENCE_WORDS | _PERSON_WORDS:
        return False
    raw = m.group("num")
    name = word.group("name")
    if _SURNAME_PARTICLE.search(text, max(0, word.start("name") - PARTICLE_CHARS), word.start("name")):
        return False  # "Van Montfoort (62)": a surname, whose age :func:`_ages` reads
    region = regions.find(text, word.start("name"), word.end("name"))
    plain = not (region or "," in raw or "." in raw or m.group("sign"))
    if name[0].isupper() and not m.group("label") and plain:
        return False
    if raw.isdigit() and value < ENUMERATION_MAX:
        window = text[max(0, m.start() - ENUMERATION_CHARS) : m.end() + ENUMERATION_CHARS]
        if f"({int(value) + 1})" in window or (value > 1 and f"({int(value) - 1})" in window):
            return False
    return True


def _sign_start(text: str, digit: int) -> int:
    return digit - 1 if digit > 0 and text[digit - 1] in _SIGNS else digit


def _lead_starts(text: str, pos: int, lead: tuple[tuple[str, ...], ...]) -> set[int]:
    """Where ``lead`` (choices of words, each followed by white space) would start to end at ``pos``."""
    ends = {pos}
    for choices in reversed(lead):
        spaced = {start for end in ends if (start := _scan.space_before(text, end)) < end}
        # only where the word stands (the pattern checks it again; most digits have none)
        ends = {end - len(word) for end in spaced for word in choices
                if end >= len(word) and text[end - len(word) : end].lower() == word}
        if not ends:
            break
    return ends


# A table cell on a line of its own: "1,48", "26,3", "5,6%".
_CELL_LINE = re.compile(r"^[ ]*(?P<num>[-+]?\d{1,3}(?:\.\d{3})*,\d+)(?P<pct>[ ]?%)?[ ]*$", re.MULTILINE)
# Column heads: at least two years, each alone on its line, apart by blank lines.
_YEAR_LINES = re.compile(r"(?:^[ ]*(?:19|20)\d\d(?:\d\))?[ ]*\n(?:[ ]*\n)*){2,}", re.MULTILINE)  # "20162)"
_YEAR_HEAD = re.compile(r"(?:19|20)\d\d(?:\d\))?")
_CELLISH = re.compile(r"[-+]?\d[\d.,]*%?|[-–]")  # a cell: a number, or a dash for none
_TABLE_TITLE = re.compile(r"^[ ]*Tabel\b[^\n]*(?:19|20)\d\d[^\n]*$", re.MULTILINE)
COLUMN_HEAD_CHARS = 1500  # the heads of a table stand at most this far above a cell
_PERCENT_LABEL = re.compile(r"procent|%", re.IGNORECASE)
CELL_LINE_CHARS = 20  # a line with a cell is at most this much longer than the cell
LABEL_LINES_BACK = 8  # a row label stands at most this many lines above its cells
ROW_LABEL_CHARS = 200  # and a line is read back at most this far
# "Dat blijkt uit de criminaliteitscijfers over 2018 van …": the source and year of the figures before.
_SOURCE_AFTER = re.compile(
    r"(?:Dat|Dit|Die|Deze)\s+(?:\w+\s+)?(?:blijkt|blijken|bleek|bleken)\s+uit\s+[^.;:!?]*?"
    r"\b(?:over|in|van|uit)\s+(?:het\s+jaar\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"
)
SOURCE_AFTER_CHARS = 200  # the year stands this close to the start of that sentence
# No figure span is longer than this; it bounds the search window for nearby figures.
_LONGEST = 400


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """True when ``offset`` lies in one of the sorted, non-overlapping ``spans``."""
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return any(a <= offset < b for a, b in spans[max(index - 2, 0) : index + 1])


def _is_year(raw: str, value: float) -> bool:
    return raw.isdigit() and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]


def _with_units(text: str, triggers: list[int]) -> list[Found]:
    out: list[Found] = []
    covered = 0
    for hit in triggers:
        if hit < covered:
            continue
        m = _match_at(text, hit)
        if m is None or m.end() <= hit:
            continue
        found = _classify(text, m)
        if found is not None and found.end <= hit:  # "Vier van de vijf agenten": 4 before, then the base
            m = numbers.AMOUNT.match(text, hit) or m
            found = _classify(text, m) if m.start() == hit else None
        if found is not None:
            out.append(found)
            covered = found.end
        else:
            covered = m.end()
    return out


def _match_at(text: str, pos: int) -> re.Match[str] | None:
    """The longest amount that covers ``pos`` and starts at most a few words before it."""
    starts = [pos]
    window = text[max(0, pos - 40) : pos]
    for w in _WORD_START.finditer(window):
        starts.append(pos - len(window) + w.start())
    best: re.Match[str] | None = None
    for start in sorted(set(starts))[-LOOK_BACK_WORDS - 1 :]:
        m = numbers.AMOUNT.match(text, start)
        longer = best is None or (m is not None and m.end() - m.start() > best.end() - best.start())
        if m is not None and m.end() > pos and longer:
            best = m
    return best


def _classify(text: str, m: re.Match[str]) -> Found | None:
    """The figure of an amount match ("vier van de vijf agenten" is the count 4), or None."""
    return _member_count(text, m) if _is_of_a_set(text, m) else _classify_amount(text, m)


def _classify_amount(text: str, m: re.Match[str]) -> Found | None:
    amount = numbers.read_amount(m)
    if amount is None or _is_ordinal(text, m):
        return None
    core = m.start("n1") if m.group("n1") else m.start()
    before = text[max(0, core - 20) : core]
    if _NOT_BEFORE.search(before) or _PER_BEFORE.search(before) or _is_code(m.group("n1"), before):
        return None
    if amount.unit is None and _AT_BEFORE.search(before) and (
        _CLOCK_AFTER.match(text, m.end()) or _is_clock(m.group(0))
    ):
        return None  # "om 8 uur", "om 22.30"; "om zeventig procent van de zaken" is a share
    end = m.end()
    unit = amount.unit
    if unit == "factor" and m.group("unit").lower() in ("keer", "maal"):
        unit = _times(text, m, amount)
        if unit is None:
            return None
    if unit is None:
        unit, end = _unit_without_sign(text, m, amount)
        if unit is None:
            return None
    start = m.start("qual") if m.group("qual") else m.start()
    value = amount.value
    high = amount.high
    whole = _AND_A_HALF_BEFORE.search(text, max(0, start - 30), start) if m.group("n1") == "half" else None
    if whole is not None and (ones := numbers.word_value(whole.group("n"))) is not None:
        start, value = whole.start(), ones + value  # "4 en een half jaar"
    if unit == "count" and _ENGLISH_THOUSANDS.fullmatch(m.group("n1") or ""):
        value = float((m.group("n1") or "").replace(",", ""))  # "625,202 misdrijven": no fraction of a crime
    if unit in ("count", "other") and high is None:
        low = _count_range(text, m.start("n1") if m.group("n1") else start, value)
        if low is not None:  # "1.200 tot 1.500 demonstranten", "5000 tot wel 11.000 kilo"
            scale = lexicon.load().magnitudes.get((m.group("mag") or "").lower().rstrip("."), 1.0)
            start, value, high = low[0], low[1] * scale, value  # "6 of 7 miljoen": six million
    return Found(start, end, value, high, Unit(unit), amount.sign)


def _is_of_a_set(text: str, m: re.Match[str]) -> bool:
    """"vier van de vijf agenten", "zeven van de twaalf grootste steden": so many of a known set,
    whose base is no round number; "drie van de tien Nederlanders" and "zeven op de tien" are
    ratios (percent)."""
    if not m.group("ratio") or not _OF_SET.match(text, m.end("ra")):
        return False
    base = numbers.word_value(m.group("rb"))
    return base is not None and base not in _ROUND_BASES


def _member_count(text: str, m: re.Match[str]) -> Found | None:
    """The count of "vier van de vijf agenten" (4; the base is a count of its own, found after it),
    when a plural noun follows the base ("twee van de drie jaar" is no count)."""
    value = numbers.word_value(m.group("ra"))
    noun = _counts.plural_noun_end(text, m.end("rb"), min(len(text), m.end("rb") + MEMBER_NOUN_CHARS))
    if value is None or noun is None:
        return None
    return Found(m.start(), m.end("ra"), value, None, Unit.COUNT, 0)


def _count_range(text: str, start: int, value: float) -> tuple[int, float] | None:
    """Start and value of the lower bound before a counted amount ("1.200 tot 1.500 …")."""
    m = _COUNT_RANGE_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    raw = m.group("low") or m.group("low2") or m.group("low3") or m.group("low4")
    low = numbers.word_value(raw)
    if low is None or low >= value or _is_year(raw, low):
        return None
    return m.start(), low


def _times(text: str, m: re.Match[str], amount: numbers.Amount) -> str | None:
    """"twee keer zo groot", "3 keer meer": a factor; "500.000 keer bekeken", "(2.600 keer)": a
    count of occurrences; "één keer", "drie keer" without a comparison: an ordinary adverb."""
    if _FACTOR_AFTER.match(text, m.end()) or _FACTOR_OF.match(text, m.end()):
        return "factor"
    nxt = _counts.NEXT_WORD.match(text, m.end())
    if nxt is not None and _COMPARATIVE_WORD.fullmatch(nxt.group(1).lower()):
        return "factor"
    if _RATE_AFTER.match(text, m.end()):
        return "count"  # "vier keer per jaar": a rate, like a count per day
    so_far = amount.value >= 2 and _SO_FAR_BEFORE.search(text, max(0, m.start() - 4), m.start())
    if amount.written and amount.value < MIN_WRITTEN_TIMES and not m.group("qual") and not so_far:
        return None  # "drie keer" is an adverb; "al twee keer" counts what happened so far
    return "count" if amount.value >= 2 else None


def _is_code(number: str | None, before: str) -> bool:
    """"000", "007" (a leading zero), or a number in a URL ("table?ts=1780489389758"): not a figure."""
    return bool(number and _LEADING_ZERO.fullmatch(number)) or before.rstrip().endswith(_QUERY_MARKS)


def _is_ordinal(text: str, m: re.Match[str]) -> bool:
    """"een derde nota", "een vijfde begrotingswijziging": an ordinal, not a fraction.

    "een derde van de inwoners", "een derde Nederlanders" and "een derde heeft" are fractions:
    after the ordinal comes a singular common noun (lower case, not a verb, not a plural).
    """
    if m.group("frac") and (m.group("unit") or "").lower() in ("keer", "maal"):
        return True  # "een derde keer", "voor de vijfde maal": how many times, no share
    if not m.group("frac") or m.group("fn").lower() != "een" or m.group("qual") or m.group("unit"):
        return False  # "twee derde", "ruim een derde": a share
    if m.group("fd").lower() not in lexicon.load().ordinal_fractions:
        return False
    nxt = _counts.NEXT_WORD.match(text, m.end("frac"))
    if nxt is None:
        return False
    word = nxt.group(1)
    low = word.lower()
    return (
        word[0].islower()
        and _phrases.is_content(word)
        and not _counts.PLURAL.search(low)
        and not low.endswith(_VERB_ENDINGS)
        and low not in _phrases.FINITE_VERBS
    )


def _bare_rate(text: str, m: re.Match[str], end: int) -> tuple[str, int] | None:
    """A bare number that is a rate: on its own base after it ("… en 35 per 100.000 inwoners",
    unit other), or under a rate per 1.000 named before it ("het aantal misdrijven per 1.000
    inwoners bedroeg 5,1")."""
    other = _counts.PER_OTHER_BASE.match(text, end)
    if other is not None:
        return "other", other.end()
    if _PER_THOUSAND_BEFORE.search(text, max(0, m.start() - PER_THOUSAND_CHARS), m.start()):
        return "per_1000", end
    return None


def _unit_without_sign(text: str, m: re.Match[str], amount: numbers.Amount) -> tuple[str | None, int]:
    """Unit of a bare number from its context: grade, years, count, or none (not a figure)."""
    n1 = m.group("n1") or ""
    end = m.end()
    is_year = n1.isdigit() and YEAR_RANGE[0] <= amount.value <= YEAR_RANGE[1] and not m.group("mag")
    if not n1 or is_year or _DATE_AFTER.match(text, end):
        return None, end
    scored = "grade" if _is_grade(text, m, amount) else ("other" if _is_index(text, m, n1, amount) else None)
    if scored is not None:  # "een 7,2"; "de Gini-coëfficiënt bedroeg 0.38"
        return scored, end
    nxt = _counts.NEXT_WORD.match(text, end)
    bare = nxt is None or not _phrases.is_content(nxt.group(1))
    rate = _bare_rate(text, m, end) if bare and not amount.written else None
    if amount.written and bare and _written_after_er(text, m):
        rate = ("count", end)  # "Inmiddels zijn het er vijf.", "waren het er nog ruim honderd."
    if rate is not None:
        return rate
    large = bool(m.group("mag")) and amount.value >= THOUSAND  # "van 4,9 miljoen naar 3,8 miljoen"
    # "een miljard gevonden", "3,4 miljard (2022: …)": a large amount without a noun
    if nxt is None or (large and (bare or _text.is_verb_form(nxt.group(1).lower()))):
        return (_elided_unit(text, m.start()) if large else None), end
    changed = _change_start_unit(text, m, amount)  # "van negen naar vier zetels"
    duration = (changed, end) if changed is not None else _duration(text, m, nxt)
    if duration is not None:
        return duration
    return _counts.count_unit(text, m, amount, nxt)


def _written_after_er(text: str, m: re.Match[str]) -> bool:
    """A written number after "er" that ends its clause counts what the sentence is about ("Nu
    zijn het er ongeveer drieduizend.", "In mijn straat zijn er twee,"), as digits do."""
    after_er = _ER_BEFORE.search(text, max(0, m.start() - ER_CHARS), m.start())
    if after_er is None or not _CLAUSE_END.match(text, m.end()):
        return False
    # "Ik dacht hier twee jaar te werken. Voor ik het wist waren het er tien.": years, no count
    return _TIME_UNIT_BEFORE.search(text, max(0, m.start() - ELIDED_TIME_CHARS), m.start()) is None


def _change_start_unit(text: str, m: re.Match[str], amount: numbers.Amount) -> str | None:
    """"van negen naar vier zetels", "van vier naar acht procent": a written number that starts a
    change takes the unit of the amount it changes to (digits do so in :func:`_bare_in_context`)."""
    if not amount.written or not _FROM.search(text, max(0, m.start() - 12), m.start()):
        return None
    to = _TO_AMOUNT.match(text, m.end())
    target = numbers.AMOUNT.match(text, to.end()) if to is not None else None
    found = _classify(text, target) if target is not None else None
    return str(found.unit) if found is not None and found.unit in _CHANGE_UNITS else None


def _elided_unit(text: str, start: int) -> str:
    """"3,4 miljard euro (2022: 3,1 miljard)": a large amount without a noun is in euro when
    euros were named just before it, else a count."""
    return "euro" if _EURO_BEFORE.search(text, max(0, start - EURO_CHARS), start) else "count"


def _duration(text: str, m: re.Match[str], nxt: re.Match[str]) -> tuple[str | None, int] | None:
    """"gemiddeld 23 jaar oud" (years), "negen maanden celstraf" (other), "van zes naar tien jaar
    gevangenisstraf" (years); "18 jaar en ouder" and "in vijf jaar tijd" are no figures."""
    word = nxt.group(1).lower()
    if word in ("jaar", "jaren"):
        return ("years", nxt.end()) if _measures_years(text, m) else (None, m.end())
    if word in _SHORT_DURATIONS:
        return ("other", nxt.end()) if _measures_duration(text, m) else (None, m.end())
    changed = _duration_from(text, m)
    return (changed, m.end()) if changed is not None else None


def _measures_duration(text: str, m: re.Match[str]) -> bool:
    if _demanded(text, m):
        return True
    return bool(_YEARS_CONTEXT.search(text, max(0, m.start() - DURATION_BEFORE), m.end() + DURATION_AFTER))


def _demanded(text: str, m: re.Match[str]) -> bool:
    """"OM eist drie jaar", "Eis: 18 maanden", "Drie jaar geëist": the length of a demanded sentence
    (not "twee jaar geleden", "twee maanden later")."""
    if _TIME_REFERENCE_AFTER.match(text, m.end()):
        return False
    return bool(_DEMAND_BEFORE.search(text, max(0, m.start() - DURATION_BEFORE), m.start())
                or _DEMANDED_AFTER.match(text, m.end()))


def _duration_from(text: str, m: re.Match[str]) -> str | None:
    """"van zes naar tien jaar gevangenisstraf" (years), "van één naar drie maanden" (other): the
    first number of a change of a duration."""
    to = _TO_DURATION.match(text, m.end())
    if to is None or not _FROM.search(text, max(0, m.start() - 12), m.start()):
        return None
    if not _measures_duration(text, m):
        return None
    return "years" if to.group("unit").lower().startswith("jaar") else "other"


def _is_index(text: str, m: re.Match[str], n1: str, amount: numbers.Amount) -> bool:
    """"De Gini-coëfficiënt bedroeg 0.38": a decimal below ten in a sentence about an index."""
    if not _DECIMAL.fullmatch(n1) or amount.value >= MAX_GRADE or m.group("mag"):
        return False
    return bool(_INDEX_CONTEXT.search(text, max(0, m.start() - INDEX_CHARS), m.start()))


def _is_grade(text: str, m: re.Match[str], amount: numbers.Amount) -> bool:
    """"een 7,2", "rapportcijfer 6,4": a mark out of ten."""
    if "," not in (m.group("n1") or "") or amount.value > MAX_GRADE:
        return False
    sentence = text[max(0, m.start() - 150) : m.end() + 150]
    before = _GRADE_BEFORE.search(text, max(0, m.start() - 12), m.start())
    return bool(_GRADE_CONTEXT.search(sentence) or before)


def _measures_years(text: str, m: re.Match[str]) -> bool:
    """"gemiddeld 23 jaar oud" measures years; "18 jaar en ouder" and "18 tot 25 jaar" bound a group."""
    bound = _AGE_RANGE.search(text, max(0, m.start() - 12), m.start())
    if bound is not None and _MEASURE_OF_VAN.search(text, max(0, bound.start() - 30), bound.start()):
        bound = None  # "een celstraf van vier jaar", "een periode van twee jaar": a duration
    return not (
        _AGE_BOUND.match(text, m.end())
        or bound
        or not (_YEARS_CONTEXT.search(text, max(0, m.start() - 60), m.end() + 30) or _demanded(text, m))
    )


def _figure(
    doc: Document,
    found: Found,
    everything: _context.AllFound,
    times: _periods.Timeline | None,
    column_year: str | None = None,
) -> Figure:
    text = doc.text
    sentence = _context.sentence_context(doc, found.start)
    clause = _context.clause_of(doc, sentence, found.start)
    segment = _context.segment_of(text, clause, found.start)
    whole = _phrases.Span(sentence.start, sentence.end)
    # the words since the last comma, across a clause break ("…, in 2021 nog maar 14%")
    comma = text.rfind(", ", sentence.start, found.start)
    since_comma = _phrases.Span(max(sentence.start, comma + 1), found.start)
    period = times.period(doc, found, [segment, clause, since_comma], whole) if times is not None else None
    period = column_year or period or _period_of_source_after(doc, sentence)
    years = _SPAN_OF_YEARS.fullmatch(period) if period is not None else None
    if years is not None and _is_change_start(text, found):
        period = years.group(1)  # "tussen 2012 en 2017 …, van 4,9 miljoen naar 3,8 miljoen": 4,9 is 2012's
    region = _figure_regions.region_of(doc, sentence, clause, segment, found.start)
    direction, comparison = _context.direction_of(doc, found, clause, whole, everything)
    span, evidence, page = doc.span(found.start, found.end)
    return Figure(
        span=span,
        text=evidence,
        value=found.value,
        unit=found.unit,
        value_high=found.high,
        indicator=_indicator(text, found, segment),
        period=period,
        region=region,
        direction=direction,
        comparison=comparison,
        page=page,
    )


def _period_of_source_after(doc: Document, sentence: _phrases.Span) -> str | None:
    """"Met 437 incidenten voert ons land de ranglijst aan. Dat blijkt uit de cijfers over 2018
    van TAPA.": the sentence after that names the source of the figures names their year."""
    i = bisect.bisect_right(doc.sentence_starts, sentence.end)
    if i >= len(doc.sentences):
        return None
    nxt = doc.sentences[i]
    m = _SOURCE_AFTER.match(doc.text, nxt.start, min(nxt.end, nxt.start + SOURCE_AFTER_CHARS))
    return m.group("year") if m is not None else None


def _is_change_start(text: str, found: Found) -> bool:
    """Is ``found`` the first figure of "van … naar …"?"""
    return bool(_FROM.search(text, max(0, found.start - 12), found.start) and _TO.match(text, found.end))


def _indicator(text: str, found: Found, segment: _phrases.Span) -> str | None:
    after = _phrases.strip_edges(text, found.end, segment.end, leading_topic=False)
    if after is not None:
        return _phrases.tidy(text[found.start : after.end]) if found.unit is Unit.COUNT else _phrases.tidy(
            text[after.start : after.end]
        )
    before = _phrases.strip_edges(text, segment.start, found.start)
    return _phrases.tidy(text[before.start : before.end]) if before else None
