"""Dutch numerals: digits (``1.227``, ``2,4``), words (``elf``, ``tweeënveertig``), fractions
(``een derde``), ratios (``twee op de drie``) and magnitudes (``2,4 miljoen``).

:data:`AMOUNT` is the one regular expression that finds an amount in cleaned text;
:func:`read_amount` turns its match into an :class:`Amount`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from trendbeeld.extract import lexicon

MAX_WORD_NUMBER = 999_999_999
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL_DOT = re.compile(r"\d+\.\d{1,2}|\d+\.\d{4,}")


def parse_digits(text: str) -> float:
    """Dutch digits: ``1.227`` is 1227, ``2,4`` is 2.4, ``1.227,5`` is 1227.5, ``2.5`` is 2.5."""
    s = text.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if _THOUSANDS.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    if _DECIMAL_DOT.fullmatch(s):
        return float(s)
    return float(s.replace(",", "."))


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _small_words() -> dict[str, int]:
    """Number words below 100 that stand alone (``een`` … ``negentig``), accents folded."""
    return {_fold(k): v for k, v in lexicon.load().number_words.items() if v < 100}


# Number words that are more often an article or no amount at all than the start of a figure.
_NOT_TRIGGERS = frozenset(("een", "nul"))
_SCALE_WORDS = ("honderd", "duizend")  # the parser's multipliers inside a compound word
_LARGE_SCALES = ("miljoen", "miljard")
_COMPOUND_FRACTION_HEADS = ("een",)  # "eenderde"; "tweederde", "driekwart" start with a trigger


@cache
def trigger_words() -> frozenset[str]:
    """Words at which a written amount may start: the cardinals of ``number_words.tsv`` (not
    ``een`` and ``nul``), ``honderd`` and ``duizend``, the fraction words of ``fractions.tsv``
    (``helft``, ``derde``, ``kwart``), ``eenderde``, ``anderhalf``/``anderhalve`` and ``miljoen``/
    ``miljard`` (reached from "een" before them). A word that
    starts with a trigger ("tweeënveertig", "vijfde") is reached through it."""
    lex = lexicon.load()
    cardinals = {w for w in lex.number_words if w not in _NOT_TRIGGERS}
    compounds = {head + f for head in _COMPOUND_FRACTION_HEADS for f in _FRACTION_WORDS.split("|")}
    large = set(_LARGE_SCALES)  # "een miljoen demonstranten": the amount starts at the article before it
    words = cardinals | set(_SCALE_WORDS) | set(lex.fractions) | compounds | set(_HALF_WORDS) | {"half"}
    return frozenset(words | large)


def _below_hundred(word: str) -> int | None:
    small = _small_words()
    if word in small:
        return small[word]
    for tens in _spelling()[2][2:]:
        if word.endswith("en" + tens) and len(word) > len(tens) + 2:
            unit = small.get(word[: -len(tens) - 2])
            if unit is not None and 1 <= unit <= 9:
                return unit + small[tens]
    return None


def _below_thousand(word: str) -> int | None:
    if not word:
        return 0
    head, sep, tail = word.partition("honderd")
    if not sep:
        return _below_hundred(word)
    hundreds = _below_hundred(head) if head else 1
    rest = _below_hundred(tail) if tail else 0
    if hundreds is None or rest is None or not 1 <= hundreds <= 9:
        return None
    return hundreds * 100 + rest


def parse_words(text: str) -> int | None:
    """Value of a Dutch number word (``tweeënveertig`` → 42), or None when it is not one.

    ``een`` alone is the article, not a number; ``één`` is one.
    """
    raw = text.strip().lower()
    if raw == "een" or not raw:
        return None
    word = _fold(raw).replace(" ", "")
    total = 0
    for scale_word, scale in (("miljard", 10**9), ("miljoen", 10**6), ("duizend", 1000)):
        head, sep, tail = word.partition(scale_word)
        if sep:
            count = _below_thousand(head) if head else 1
            if count is None or count == 0:
                return None
            total += count * scale
            word = tail
    rest = _below_thousand(word)
    if rest is None:
        return None
    return total + rest


@cache
def _spelling() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Units (index 1–9), teens (10–19) and tens (index 2–9) as ``number_words.tsv`` spells them,
    without accents ("een", not "één")."""
    by_value: dict[int, str] = {}
    for word, value in lexicon.load().number_words.items():
        if _fold(word) == word:
            by_value.setdefault(value, word)
    units = ("", *(by_value[v] for v in range(1, 10)))
    teens = tuple(by_value[v] for v in range(10, 20))
    tens = ("", "", *(by_value[10 * v] for v in range(2, 10)))
    return units, teens, tens


def _spell_below_hundred(n: int) -> str:
    units, teens, tens_words = _spelling()
    if n < 10:
        return units[n]
    if n < 20:
        return teens[n - 10]
    unit, tens = n % 10, tens_words[n // 10]
    if not unit:
        return tens
    link = "ën" if units[unit].endswith("e") else "en"
    return units[unit] + link + tens


def _spell_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    units = _spelling()[0]
    head = "" if hundreds == 0 else ("honderd" if hundreds == 1 else units[hundreds] + "honderd")
    return head + _spell_below_hundred(rest)


def to_words(n: int) -> str:
    """Spell ``n`` (0 … 999 999 999) the Dutch way: 42 → ``tweeënveertig``."""
    if not 0 <= n <= MAX_WORD_NUMBER:
        raise ValueError(f"{n} valt buiten 0 … {MAX_WORD_NUMBER}")
    if n == 0:
        return "nul"
    parts = []
    millions, rest = divmod(n, 10**6)
    thousands, rest = divmod(rest, 1000)
    if millions:
        parts.append(_spell_below_thousand(millions) + " miljoen ")
    if thousands:
        parts.append(("" if thousands == 1 else _spell_below_thousand(thousands)) + "duizend")
    parts.append(_spell_below_thousand(rest))
    word = "".join(parts).strip()
    return "één" if word == "een" else word


# --------------------------------------------------------------------------- the amount pattern

_DIGITS = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)(?![^\W\d_])"
# The parts of a written number: the words of ``number_words.tsv``, the scale words and the
# linking "en"/"ën" ("tweeënveertig", "driehonderdvijftig").
_MORPHEMES = "|".join((*lexicon.load().number_words, *_SCALE_WORDS, "en", "ën"))
_WORDNUM = rf"(?:{_MORPHEMES})+(?!\w)"
# 1.5; "een half miljoen" is 0.5 million, "een half jaar" 0.5 years (a duration only in context)
# ("tweeënhalf jaar", "vierenhalf miljoen": so many and a half)
_HALVES = (
    "anderhalve|anderhalf|(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)(?:ën|en))?half"
    "(?=\\s+(?:miljoen|miljard|jaar)\\b)"
)
_NUM = rf"(?:{_DIGITS}|(?:{_HALVES})(?!\w)|{_WORDNUM})"
_FRACTION_WORDS = "derde|derden|kwart|vijfde|vijfden|zesde|tiende|tienden|achtste|vierde"
_MAGNITUDE = r"miljoen|miljard|duizend|mln\.?|mld\.?|dzd\.?"
_UNIT = (
    r"%|procent(?:punt(?:en)?)?|pct\.?|euro|eurocent|dollar|keer|maal|x(?![\w])"
    r"|per\s+(?:1\.000|1000|duizend)(?:\s+inwoners)?|‰|promille"
)
# A qualifier of several words may be broken across lines: any white space between its words.
_QUALIFIERS = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in lexicon.load().qualifiers)

AMOUNT = re.compile(
    rf"(?<![\w.,\-–/])(?P<qual>(?:{_QUALIFIERS})\s+)?"
    r"(?:"
    # "een op de vijf", "drie van de tien"; "een van de 342 gemeenten", "een van de acht" is one of
    # a set, no ratio ("Eén" is "één" capitalised)
    rf"(?P<ratio>(?!(?:een|één|eén)\s+van\s)(?P<ra>{_NUM})\s+(?:op|van(?!\s+(?:de|elke|iedere)\s+\d{{3}}))\s+(?:de|elke|iedere)\s+"
    rf"(?P<rb>{_NUM})(?![\w%]))"
    rf"|(?P<frac>(?P<fn>{_NUM})[^\S\n]*(?P<fd>{_FRACTION_WORDS})(?!\w))"
    rf"|(?P<cfrac>(?P<cn>een|één|twee|drie|vier)(?P<cd>{_FRACTION_WORDS}))(?!\w)"
    # "de tweede helft van 2018" is half a year, not a share
    rf"|(?P<half>de\s+helft|(?<!eerste )(?<!tweede )(?<!laatste )(?<!andere )helft(?=\s+van\b))(?!\w)"
    rf"|(?P<sign>[+−-](?=\d))?(?P<cur>€|EUR\b|US\$|\$)?\s?(?P<n1>{_NUM})"
    rf"(?:\s?(?P<dash>[-–]|tot(?:\s+en\s+met)?|à)\s?(?P<n2>{_NUM})(?=\s?(?:%|procent|{_MAGNITUDE}|euro|keer)))?"
    rf"(?:\s+(?P<mag>{_MAGNITUDE})(?!\w))?"
    r")"
    rf"(?:\s?(?P<unit>{_UNIT})(?![^\W\d_]))?",
    re.IGNORECASE,
)
# The same pattern, case-sensitive, for the lower-case copy of a text (``_scan.lowered``): it finds
# the same spans twice as fast. Its only capitals outside escapes and group names are these.
AMOUNT_LOWER = re.compile(AMOUNT.pattern.replace(r"EUR\b", r"eur\b").replace(r"US\$", r"us\$"))

# The runs of letters an AMOUNT match can open with (lower case), one alternative for each way
# it opens: the first word of a qualifier ("ruim", "zo" of "zo'n"), a written number or half
# ("twintig", "tweeënhalf"), a fraction in one word ("driekwart"), the half ("de helft", "helft")
# and a currency ("eur", "us$"). An amount that opens with a digit, a sign or "€" opens with no letter.
# Keep it in step with AMOUNT: a start whose letters are none of these is tried no more.
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_QUALIFIER_OPENINGS = "|".join(
    sorted({re.escape(m.group(0)) for q in lexicon.load().qualifiers if (m := _LETTER_RUN.match(q.lower()))})
)
_AMOUNT_OPENING = re.compile(
    rf"(?:{_QUALIFIER_OPENINGS})|(?:anderhalve|anderhalf|(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen"
    rf"|tien)(?:ën|en))?half)|(?:{_MORPHEMES})+|(?:een|één|twee|drie|vier)(?:{_FRACTION_WORDS})"
    r"|de|helft|eur|us"
)


@cache
def opens_amount(letters: str) -> bool:
    """Whether the run of letters ``letters`` (lower case) is one an AMOUNT match can open with."""
    return _AMOUNT_OPENING.fullmatch(letters) is not None


def may_open_amount(lower: str, start: int) -> bool:
    """False when :data:`AMOUNT_LOWER` cannot match at ``start`` of the lower-case text ``lower``:
    the letters there open no amount ("het", "van"); a failed match costs more than this check."""
    run = _LETTER_RUN.match(lower, start)
    return run is None or run.start() != start or opens_amount(run.group(0))


@dataclass(frozen=True, slots=True)
class Amount:
    """A parsed amount: ``value`` (and ``high`` for a range) in ``unit`` (scorer names)."""

    value: float
    high: float | None
    unit: str | None
    written: bool
    sign: int = 0


_HALF_WORDS = ("anderhalf", "anderhalve")


def word_value(text: str) -> float | None:
    """A digit string or a Dutch number word as a number."""
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit():
        try:
            return parse_digits(text)
        except ValueError:
            return None
    if text.lower() in _HALF_WORDS:
        return 1.5
    if text.lower().endswith("half"):  # "half", "tweeënhalf"
        ones = parse_words(text[: -len("half")].lower().removesuffix("en").removesuffix("ën")) or 0
        return ones + 0.5
    value = parse_words(text)
    return float(value) if value is not None else None


def _fraction(numerator: str, denominator: str) -> float | None:
    count = word_value(numerator) if numerator.lower() != "een" else 1.0
    share = lexicon.load().fractions.get(denominator.lower().removesuffix("n"))
    if count is None or share is None:
        return None
    return count * share


_UNIT_NAMES = (
    (("%", "procent", "pct"), "percent"),
    (("euro",), "euro"),
    (("dollar",), "dollar"),
    (("keer", "maal", "x"), "factor"),
)


def _unit_name(unit: str | None, currency: str | None) -> str | None:
    if currency:
        return "dollar" if "$" in currency else "euro"
    if not unit:
        return None
    u = unit.lower()
    return next((name for prefixes, name in _UNIT_NAMES if u.startswith(prefixes)), "per_1000")


def _share(m: re.Match[str]) -> Amount | None:
    """A ratio, a fraction or a half, as a percentage."""
    if m.group("ratio"):
        a = 1.0 if m.group("ra").lower() == "een" else word_value(m.group("ra"))
        b = word_value(m.group("rb"))
        share = None if a is None or b is None or b == 0 or a > b else a / b
        written = not m.group("ra")[0].isdigit()
    elif m.group("half"):
        share, written = 0.5, True
    else:
        prefix = "f" if m.group("frac") else "c"
        share, written = _fraction(m.group(f"{prefix}n"), m.group(f"{prefix}d")), True
    return None if share is None else Amount(round(100 * share, 1), None, "percent", written)


def read_amount(m: re.Match[str]) -> Amount | None:
    """The amount of an :data:`AMOUNT` match, or None when the words are not a number."""
    if m.group("ratio") or m.group("frac") or m.group("cfrac") or m.group("half"):
        return _share(m)
    n1 = m.group("n1")
    magnitude = m.group("mag")
    # "een miljoen Britten", "ruim een miljard euro": the article before a magnitude is one
    value = 1.0 if magnitude and n1.lower() == "een" else word_value(n1)
    if value is None:
        return None
    high = word_value(m.group("n2")) if m.group("n2") else None
    if magnitude:
        scale = lexicon.load().magnitudes.get(magnitude.lower().rstrip("."), 1.0)
        value *= scale
        high = high * scale if high is not None else None
    sign = {"+": 1, "-": -1, "−": -1}.get(m.group("sign") or "", 0)
    return Amount(value, high, _unit_name(m.group("unit"), m.group("cur")), not n1[0].isdigit(), sign)
