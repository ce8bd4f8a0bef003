"""Amounts and their units: where a number may stand, and which amount there is a figure.

A figure candidate is a currency sign, a digit run or a Dutch number word; :data:`numbers.AMOUNT`
reads the amount there, starting up to a few words before it ("meer dan 100", "een derde"). An
amount is a figure when it has a unit ("12%", "ruim zestien procent", "3,4 miljard euro", "500
kilo", "per 1.000"), compares ("twee keer zo groot", "vier keer de toegestane hoeveelheid"; "drie
keer" alone is an adverb, "500.000 keer bekeken" a count), or when the words around a bare number
give it one: a measure (:mod:`_figure_measures`), a count of the noun after it (:mod:`_counts`: "44
meldingen"), "er" before a clause end ("Nu zijn het er ongeveer drieduizend."), a large amount
without a noun ("groeide met 195 duizend", in euro after "euro"), or the start of a change ("van
negen naar vier zetels"). Ranges keep their lower bound ("1.200 tot 1.500 demonstranten",
"tussen tien en twintig panden"); "vier van de vijf agenten" counts 4 (so many of a known set),
"drie van de tien" is a ratio. What is no figure is filtered by :mod:`_figure_filters`.
"""

from __future__ import annotations

import re
from functools import cache

from trendbeeld import months
from trendbeeld.extract import (
    _counts,
    _figure_filters,
    _figure_measures,
    _phrases,
    _scan,
    _text,
    lexicon,
    numbers,
)
from trendbeeld.extract._context import Found
from trendbeeld.extract._cues import lemma, trie
from trendbeeld.extract._document import Document
from trendbeeld.model import Unit

THOUSAND = 1_000  # "groeide met 195 duizend": an amount with a magnitude is a figure without a noun
_EURO_BEFORE = re.compile(r"(?:€|\beuro\b)[^.;!?\n]*\Z", re.IGNORECASE)
EURO_CHARS = 40
# A price before a large amount without a noun: "kost (Shell) 2,5 miljoen", "betaalde 80 miljoen",
# "een villa 'van 1 miljoen'", "voor een vraagprijs van 2 miljoen"; or "waard" after it.
_PRICE_BEFORE = re.compile(
    r"(?<![\w-])(?:kost(?:en|te|ten|t)?|betaal(?:t|de|den)|betaald|(?:vraag|koop|verkoop|transfer)?prijs\s+van"
    r"|(?:koop)?som\s+van|(?:villa|woning|huis|pand|appartement|boerderij|landhuis|kasteel|jacht)\s+['‘\"“]?van)"
    r"\s+(?:[A-Z]\w+\s+|(?:de|het)\s+\w+\s+|al\s+|ruim\s+|bijna\s+|zo['’]n\s+|maar\s+|liefst\s+|wel\s+)?['‘\"“]?\Z"
)
PRICE_CHARS = 40
_WORTH_AFTER = re.compile(r"['’\"”]?\s+waard\b")
MIN_WRITTEN_TIMES = 10  # "drie keer" is an adverb ("three times"), "twintig keer" a count
# Words back from a trigger where an amount may start ("meer dan | 100", "een | derde").
LOOK_BACK_WORDS = 4
# A line that opens with "% " and a capital is a table row's label ("% Bekladding: veel overlast
# [%] 4.7 2.9"), so the "%" is no unit of the number at the end of the line before ("5.8\n%").
_ROW_LABEL_AFTER = re.compile(r"[ ]+[A-ZÀ-Ý]")
# (a run of letters is read whole, group 1: the same starts, and the word to check an amount opens with)
_WORD_START = re.compile(r"(?<![\w’'])(?:([^\W\d_]+)|[\w€$+−-])")
# "1.200 tot 1.500 demonstranten", "tussen 20 en 30 meldingen": a range of a count.
# (also written: "vijftien tot twintig panden", "vier of vijf kolencentrales", "tussen tien en twintig …")
_COUNT_RANGE_BEFORE = re.compile(
    r"(?:\btussen\s+(?:de\s+)?(?P<low>\d{1,3}(?:\.\d{3})+|\d+)\s+en|(?<![\w.,/])(?P<low2>\d{1,3}(?:\.\d{3})+|\d+)"
    r"\s*(?:tot(?:\s+(?:wel|zelfs))?|à|-|–|\s+of)"
    rf"|\btussen\s+(?:de\s+)?(?P<low3>{numbers._WORDNUM})\s+en|(?<![\w-])(?P<low4>{numbers._WORDNUM})\s+(?:tot|à|of))\s*\Z",
    re.IGNORECASE,
)
_RANGE_UNITS = frozenset(("count", "other", "euro", "percent"))
# The words _COUNT_RANGE_BEFORE ends with (white space aside): where the text before a number ends
# otherwise in ASCII, the pattern is not searched (a search tries it at every position; non-ASCII,
# "à" and "–" among it, is left to its case folding, which goes beyond str.lower).
_RANGE_WORD_ENDS = ("en", "tot", "wel", "zelfs", "of", "-")
_ER_BEFORE = re.compile(r"(?<![\w-])er\s+(?:(?:nog|maar|slechts|al)\s+)?\Z", re.IGNORECASE)
ER_CHARS = 16
_TIME_UNIT_BEFORE = re.compile(
    r"\b(?:jaar|jaren|maanden|maand|weken|week|dagen|dag|uur|uren|keer)\b", re.IGNORECASE
)
ELIDED_TIME_CHARS = 80
# A word before a year-like number that makes it a year ("in 2000", "sinds 2015", "eind 2018 …",
# "juni 2024 aanslagen").
_YEAR_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?:in|sinds|sedert|vanaf|tot|voor|na|uit|over|begin|eind|medio|ultimo|rond|jaar|jaren|tussen"
    rf"|en|of|t/m|van|per|het|dit|dat|zomer|winter|voorjaar|najaar|kwartaal|{months.alternation()})\s*\Z"
    r"|[-–/(]\s*\Z",
    re.IGNORECASE,
)
YEAR_WORD_CHARS = 12  # "september " and the space after it
COUNT_BEFORE_CHARS = 24  # the verb (and a short subject) before a year-like count
COUNT_BEFORE_WORDS = 3  # "telde de politie 2019 inbraken": the verb and a short subject
# A name in running text before it: the year of a title ("de Miljoenennota 2018 lagen", "het EK 2016").
_TITLE_BEFORE = re.compile(r"(?<![\w-])[a-zà-ÿ][\w-]*,?[ ]+[A-Z][\w-]*[ ]+\Z")
TITLE_CHARS = 40
_CLAUSE_END = re.compile(r"\s*(?:[,.;)!?\"”’']|\Z)")
_AND_A_HALF_BEFORE = re.compile(rf"(?<![\w.,])(?P<n>\d+|{numbers._WORDNUM})\s+en\s+een\s+\Z", re.IGNORECASE)
_ENGLISH_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
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
_OF_SET = re.compile(r"\s+van\s", re.IGNORECASE)
_ROUND_BASES = frozenset((10.0, 100.0, 1000.0))  # "drie van de tien": a ratio
MEMBER_NOUN_CHARS = 60
_TO_AMOUNT = re.compile(r"\s+naar\s+(?=\w)", re.IGNORECASE)
_CHANGE_UNITS = frozenset((Unit.COUNT, Unit.PERCENT, Unit.OTHER, Unit.EURO))
_CURRENCY_SIGNS = "€$"
# "Een op | zeven werknemers": the part of a ratio without "de" before its base.
_RATIO_BEFORE = re.compile(rf"(?<![\w,.-])(?P<ra>{numbers._NUM})\s+op\s+\Z", re.IGNORECASE)
RATIO_CHARS = 30
_ONE = ("een", "één", "eén")
MAX_RATIO_BASE = 1000  # "een op duizend"; "2017 op 530 miljoen" is no ratio


@cache
def _trigger_words(*, lower: bool) -> re.Pattern[str]:
    """Number words at a word start (case-sensitive on a lower-case copy of the text)."""
    return re.compile(rf"(?<![\w-]){trie(set(numbers.trigger_words()))}", 0 if lower else re.IGNORECASE)


@cache
def _trigger_words_after() -> re.Pattern[str]:
    """:func:`_trigger_words` on a lower-case copy with the character before the word consumed
    instead of looked behind (group 1 is the word): a pattern that starts with a character class
    lets the regex engine skip ahead. A word ends inside its run of letters, so the character
    before the next word is never part of a match."""
    return re.compile(rf"[^\w-]({trie(set(numbers.trigger_words()))})")


def triggers(doc: Document) -> list[int]:
    """Where an amount may be: currency signs, digit runs and number words, in text order."""
    if doc.lower is not None:
        hits = [0] if _trigger_words(lower=True).match(doc.lower) else []
        found = _scan.number_hits(doc.lower)  # found with the cues (_cues.find), else scanned here
        if found is None:
            found = [m.start(1) for m in _trigger_words_after().finditer(doc.lower)]
        hits.extend(found)
    else:
        hits = [m.start() for m in _trigger_words(lower=False).finditer(doc.text)]
    hits.extend(doc.digits)
    for sign in _CURRENCY_SIGNS:
        hits.extend(_scan.marks(doc.text, sign))
    return sorted(hits)


def with_units(text: str, positions: list[int], lower: str | None = None) -> list[Found]:
    """The amounts at ``positions`` (see :func:`triggers`) that are figures, in text order
    (``lower``: ``text`` in lower case, same offsets, where the amounts are looked for)."""
    out: list[Found] = []
    covered = 0
    for hit in positions:
        if hit < covered:
            continue
        m = _match_at(text, hit, lower)
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


def _match_at(text: str, pos: int, lower: str | None = None) -> re.Match[str] | None:
    """The longest amount that covers ``pos`` and starts at most a few words before it.

    With ``lower`` the starts are tried there with :data:`numbers.AMOUNT_LOWER` (the same spans,
    faster) and only the longest is matched again in ``text``, for its groups."""
    low = max(0, pos - 40)
    window = text[low:pos]
    # the word starts before ``pos`` (in order, all before it), the last few of them, and ``pos``;
    # with ``lower``, a start whose letters open no amount ("het", "van") is not tried
    starts = [
        low + w.start() for w in list(_WORD_START.finditer(window))[-LOOK_BACK_WORDS:]
        if lower is None or _may_open(lower, low, w, len(window))
    ]
    starts.append(pos)
    scanned, pattern = (text, numbers.AMOUNT) if lower is None else (lower, numbers.AMOUNT_LOWER)
    best: re.Match[str] | None = None
    for start in starts:
        m = pattern.match(scanned, start)
        longer = best is None or (m is not None and m.end() - m.start() > best.end() - best.start())
        if m is not None and m.end() > pos and longer:
            best = m
    if best is not None and lower is not None:
        best = numbers.AMOUNT.match(text, best.start())
    if (best is not None and best.group("unit") == "%" and text[best.start("unit") - 1] == "\n"
            and _ROW_LABEL_AFTER.match(text, best.end())):  # "5.8\n% Bekladding: …": the next row's label
        return numbers.AMOUNT.match(text, best.start(), best.start("unit") - 1)
    return best


def _may_open(lower: str, offset: int, word: re.Match[str], window: int) -> bool:
    """May an amount open at the start of ``word``, a match of _WORD_START in the window of
    ``window`` characters at ``offset`` of ``lower``? Its run of letters, when whole, is looked up."""
    if word.group(1) is None:
        return True  # a digit, a sign or a currency
    if word.end() == window:
        return numbers.may_open_amount(lower, offset + word.start())  # the run may go on after the window
    return numbers.opens_amount(lower[offset + word.start() : offset + word.end()])


def _classify(text: str, m: re.Match[str]) -> Found | None:
    """The figure of an amount match ("vier van de vijf agenten" is the count 4, "Een op zeven
    werknemers" 14.3 percent), or None."""
    if _is_of_a_set(text, m):
        return _member_count(text, m)
    return _ratio_without_article(text, m) or _classify_amount(text, m)


def _ratio_without_article(text: str, m: re.Match[str]) -> Found | None:
    """"Een op zeven werknemers", "de kans is een op zes.": a ratio written without "de" (as "een op
    de zeven") is a share in percent; the amount after "op" is its base, no count."""
    if m.group("n1") is None or m.group("unit") or m.group("mag") or m.group("qual") or m.group("n2"):
        return None
    if text[max(0, m.start() - len(" op ")) : m.start()].lower() != " op ":
        return None  # most amounts: no "op" right before them
    ratio = _RATIO_BEFORE.search(text, max(0, m.start() - RATIO_CHARS), m.start())
    if ratio is None or _figure_filters.is_date_after(text, m.end("n1")):
        return None  # "de twee op 23 maart": a day
    ra = ratio.group("ra").lower()
    if ra[0].isdigit():
        return None  # "won met 3 op 5": a score as often as a share
    part = 1.0 if ra in _ONE else numbers.word_value(ra)
    whole = numbers.word_value(m.group("n1"))
    if part is None or whole is None or not 0 < part < whole <= MAX_RATIO_BASE or "," in m.group("n1"):
        return None
    return Found(ratio.start(), m.end("n1"), round(100 * part / whole, 1), None, Unit.PERCENT, 0)


def _classify_amount(text: str, m: re.Match[str]) -> Found | None:
    amount = numbers.read_amount(m)
    if amount is None or _figure_filters.is_ordinal(text, m):
        return None
    core = m.start("n1") if m.group("n1") else m.start()
    before = text[max(0, core - 20) : core]
    if _figure_filters.is_label_or_code(m.group("n1"), before) or _figure_filters.is_scale_label(
        m.group("n1"), before, text[m.end() : m.end() + 1]
    ):
        return None  # "pagina 12"; "(1.000 euro)": the scale of a table's column
    if amount.unit is None and _figure_filters.is_clock_time(text, m, before):
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
    if unit in _RANGE_UNITS and high is None:
        low = _count_range(text, m.start("n1") if m.group("n1") else start, value)
        if low is not None:  # "1.200 tot 1.500 demonstranten", "tussen de 15 en 28 procent"
            scale = lexicon.load().magnitudes.get((m.group("mag") or "").lower().rstrip("."), 1.0)
            start, value, high = low[0], low[1] * scale, value  # "6 of 7 miljoen": six million
    idiom = _figure_filters.is_idiom(text, start, end, value, unit)  # "botsten twee werelden"
    return None if idiom else _in_money(text, Found(start, end, value, high, Unit(unit), amount.sign))


def _in_money(text: str, found: Found) -> Found:
    """"ruim 2,5 ton wel betaalde": a measure in "ton" in a sentence about money is 250.000 euro."""
    if found.unit is not Unit.OTHER or not _figure_measures.is_money_in_tons(
        text, found.start, found.end, found.high or found.value
    ):
        return found
    tons = _figure_measures.HUNDRED_THOUSAND
    high = found.high * tons if found.high is not None else None
    return Found(found.start, found.end, found.value * tons, high, Unit.EURO, found.sign)


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
    floor = max(0, start - 40)
    tail = text[floor:start].rstrip()[-len("zelfs") :]
    if tail.isascii() and not tail.lower().endswith(_RANGE_WORD_ENDS):
        return None  # "15 of", "tussen 20 en", "1.200 tot": a range's words end the text before it
    m = _COUNT_RANGE_BEFORE.search(text, floor, start)
    if m is None:
        return None
    raw = m.group("low") or m.group("low2") or m.group("low3") or m.group("low4")
    low = numbers.word_value(raw)
    if low is None or low >= value or _figure_filters.is_year(raw, low):
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


def _unit_without_sign(text: str, m: re.Match[str], amount: numbers.Amount) -> tuple[str | None, int]:
    """Unit of a bare number from its context: grade, years, count, or none (not a figure)."""
    n1 = m.group("n1") or ""
    end = m.end()
    is_year = _figure_filters.is_year(n1, amount.value) and not m.group("mag") and not _counts_plural(text, m)
    if not n1 or is_year or _figure_filters.is_date_after(text, end):
        return None, end
    scored = "grade" if _figure_measures.is_grade(text, m, amount) else (
        "other" if _figure_measures.is_index(text, m, n1, amount) else None
    )
    if scored is not None:  # "een 7,2"; "de Gini-coëfficiënt bedroeg 0.38"
        return scored, end
    nxt = _counts.NEXT_WORD.match(text, end)
    bare = nxt is None or not _phrases.is_content(nxt.group(1))
    rate = _figure_measures.bare_rate(text, m, end) if bare and not amount.written else None
    if amount.written and bare and _written_after_er(text, m):
        rate = ("count", end)  # "Inmiddels zijn het er vijf.", "waren het er nog ruim honderd."
    if rate is not None:
        return rate
    large = bool(m.group("mag")) and amount.value >= THOUSAND  # "van 4,9 miljoen naar 3,8 miljoen"
    # "een miljard gevonden", "3,4 miljard (2022: …)": a large amount without a noun
    worth = nxt is not None and nxt.group(1).lower() == "waard"  # "is 2 miljoen waard"
    if nxt is None or (large and (bare or worth or _text.is_verb_form(nxt.group(1).lower()))):
        return (_elided_unit(text, m.start(), end) if large else None), end
    changed = _change_start_unit(text, m, amount)  # "van negen naar vier zetels"
    duration = (changed, end) if changed is not None else _figure_measures.duration(text, m, nxt)
    if duration is not None:
        return duration
    return _counts.count_unit(text, m, amount, nxt)


def _counts_plural(text: str, m: re.Match[str]) -> bool:
    """"werden 2000 aanhoudingen verricht", "ruim 1950 woningen": a number like a year counts the
    plural noun right after it (a noun by its lemma, no verb: "In 2018 werden", "voor 2020 maken"),
    unless a word of time or a preposition makes it a year ("in 2000", "sinds 2015 meldingen") or a
    name in running text does ("de Miljoenennota 2018 lagen dicht bij …")."""
    nxt = _counts.NEXT_WORD.match(text, m.end())
    if nxt is None:
        return False
    word = nxt.group(1)
    low = word.lower()
    if not word.islower() or not _counts.PLURAL.search(low) or not _phrases.is_content(word):
        return False
    start = m.start()
    year = _YEAR_WORD_BEFORE.search(text, max(0, start - YEAR_WORD_CHARS), start) or _TITLE_BEFORE.search(
        text, max(0, start - TITLE_CHARS), start
    )
    if year is not None or not (m.group("qual") or _count_before(text, start)):
        return False  # "Dreigingsbeeld 2024 ontwikkelingen": only a qualifier or a verb says count
    base = lemma(low)
    if base == low or low in lexicon.load().time_units:
        return False
    if low in (base + "s", base + "en", base + base[-1] + "en"):
        return True  # "aanhoudingen", "jongens", "mannen": the noun and a plural ending
    # a past tense has a verb for its lemma ("spraken" → spreken, "gingen" → gaan)
    return not base.endswith("n") and not _text.is_verb_form(low)


def _count_before(text: str, start: int) -> bool:
    """A verb right before a year-like number, or a verb and its subject ("werden 2000 aanhoudingen",
    "telde de politie 2019 inbraken"): what follows is counted. (A qualifier, "ongeveer 2000", is
    part of the number's match.)"""
    window = text[max(0, start - COUNT_BEFORE_CHARS) : start].lower()
    words = [w for w in window.split() if w.isalpha()][-COUNT_BEFORE_WORDS:]
    return any(_text.is_verb_form(w) for w in words)


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
    change takes the unit of the amount it changes to (digits do so in
    :func:`_figure_bare.bare_in_context`)."""
    if not amount.written or not _figure_measures.FROM.search(text, max(0, m.start() - 12), m.start()):
        return None
    to = _TO_AMOUNT.match(text, m.end())
    target = numbers.AMOUNT.match(text, to.end()) if to is not None else None
    found = _classify(text, target) if target is not None else None
    return str(found.unit) if found is not None and found.unit in _CHANGE_UNITS else None


def _elided_unit(text: str, start: int, end: int) -> str:
    """"3,4 miljard euro (2022: 3,1 miljard)": a large amount without a noun is in euro when
    euros were named just before it, or when it is a price ("kost Shell 2,5 miljoen", "betaalt 80
    miljoen voor een verdediger", "een villa 'van 1 miljoen'", "is 2 miljoen waard"), else a count."""
    euro = _EURO_BEFORE.search(text, max(0, start - EURO_CHARS), start) or _PRICE_BEFORE.search(
        text, max(0, start - PRICE_CHARS), start
    )
    return "euro" if euro is not None or _WORTH_AFTER.match(text, end) else "count"
