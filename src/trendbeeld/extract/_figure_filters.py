"""What is no figure, though it is a number: the filters every figure scan of :mod:`figures` applies.

- Years ("in 2019"), dates ("12 maart"), clock times ("om 8 uur", "om 22.30"; "het ging om 45.000
  meldingen" is a count).
- Labels, references and codes: a number after "pagina", "hoofdstuk", "artikel", "kamerstuk", "fase", "bus",
  "niveau" or a month ("pagina 12", "artikel 3", "mei 2019"); after "per" ("per 100.000", the base of
  a rate, not its value); with a leading zero ("007") or in a URL ("?ts=1780489389758").
- The emergency number: "belde 112", "meldingen naar 112", "via 112", "werd 112 gebeld".
- Ordinals written as fractions: "een derde nota", "een derde jongen", "voor de vijfde maal" (not
  "een derde van de inwoners", a share).
- The words before a number in brackets that make it a reference ("zie bijlage (3)", "tabel (2)") or
  an age of an unnamed person ("een jongen (15)"), and capitalised particles that make a place a
  surname ("Van Montfoort (62)").
- A number inside a figure already found.
- Idioms with number words: "in de rechtszaal botsten twee werelden", "meten met twee maten", "snijdt
  aan twee kanten", "drie vliegen in één klap slaan", "van twee walletjes eten"; and a hundred percent
  of certainty or devotion ("niet honderd procent garanderen", "100 procent zeker", "Ik heb 100
  procent gelijk", "honderd procent fit"; not "100 procent schone energie", a share).
"""

from __future__ import annotations

import bisect
import re

from trendbeeld import months
from trendbeeld.extract import _counts, _phrases, lexicon
from trendbeeld.extract._cues import lemma

YEAR_RANGE = (1900, 2100)
_LABELS = (
    "pagina", "pag.", "p.", "blz.", "hoofdstuk", "paragraaf", "figuur", "tabel", "bijlage", "artikel",
    "nummer", "nr.", "versie", "fase", "stap", "punt", "code", "route", "lijn", "editie", "jaargang", "bus",
    "covid", "prioriteit", "categorie", "klasse", "kamerstuk", "kamerstukken", "dossier", "zaaknummer",
)
_NOT_BEFORE = re.compile(
    rf"\b(?:{'|'.join(re.escape(label) for label in _LABELS)}|\w*niveau|{months.alternation()})\s*\Z",
    re.IGNORECASE,
)
# The last two characters of every word _NOT_BEFORE and _PER_BEFORE end with: text before a number
# that ends otherwise is not searched (a search tries the patterns at every one of its positions).
_LABEL_ENDINGS = frozenset(word[-2:] for word in (*_LABELS, "niveau", *months.names(), "per"))
_AT_BEFORE = re.compile(r"\bom\s*\Z", re.IGNORECASE)
# After "om": a clock time ("om 8 uur", "om 22.30", "om half negen"); "het ging om 45.000 meldingen"
# is a count.
_CLOCK_AFTER = re.compile(r"\s*(?:uur|u\.?)(?!\w)|[.:]\d\d(?!\d)", re.IGNORECASE)
_DATE_AFTER = re.compile(
    rf"\s*(?:{months.alternation(abbreviations=True)})\b\.?",
    re.IGNORECASE,
)
_LEADING_ZERO = re.compile(r"0\d+")
_QUERY_MARKS = ("=", "?", "&", "#")  # a number right after one of these is part of a URL
# A word after "een derde" that ends like this is a verb ("een derde heeft", "een kwart vindt").
_VERB_ENDINGS = ("t", "d")
_PER_BEFORE = re.compile(r"\bper\s*\Z", re.IGNORECASE)
WORD_BEFORE_BRACKET = re.compile(r"(?P<name>[^\W\d_][\w’'-]*|(?:19|20)\d\d)[ ]*\Z")
# "een jongen (15)": a number in brackets after a person is an age, not a figure.
_PERSON_WORDS = frozenset((
    "jongen", "meisje", "man", "vrouw", "jongere", "kind", "tiener", "puber", "scholier", "student", "dader",
    "verdachte", "slachtoffer", "bestuurder", "automobilist", "fietser", "voetganger", "moeder", "vader",
    "zoon", "dochter", "inwoner", "bewoner", "agent",
))
# Words before a bracketed number that make it a reference, not a figure.
REFERENCE_WORDS = frozenset((
    "zie", "p", "pag", "blz", "nr", "nummer", "art", "artikel", "lid", "bijlage", "figuur", "tabel", "noot",
    "voetnoot", "hoofdstuk", "paragraaf", "bron", "versie", "editie", "kamerstuk", "kamerstukken", "dossier",
))
# "Van Montfoort (62)", "Van der Heijden (45)": a capitalised particle makes a place a surname.
_SURNAME_PARTICLE = re.compile(r"(?<![\w.])(?:Van(?:[ ]+(?:der|den|de))?|Ter|Ten|Op[ ]+de[n]?)[ ]+\Z")
_PARTICLE_CHARS = 12
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")  # "22.30", "8:15"
# Idioms that count with a written number ("twee werelden", "met twee maten meten").
_IDIOM = re.compile(
    r"twee\s+(?:werelden|walletjes|gedachten|linkerhanden|kwaden|maten\s+(?:\w+\s+){0,2}?(?:meet|meten|gemeten)\b"
    r"|kanten\s+(?:op|snij\w*|van\s+de\s+medaille)"
    r"|handen\s+op\s+één\s+buik)\b|(?:twee|drie)\s+vliegen\s+in\s+één\s+klap",
    re.IGNORECASE,
)
_MEASURE_BEFORE = re.compile(r"\bme(?:et|ten|tten|tte)\b[^.!?,;]*\bmet\s+\Z", re.IGNORECASE)
IDIOM_CHARS = 40
_IDIOM_BEFORE = re.compile(r"(?:\bsnij\w*\s+aan|\btussen)\s+\Z", re.IGNORECASE)
# A hundred percent of certainty or devotion: "100 procent zeker", "honderd procent fit", "100% te
# bevestigen", "100 procent achter het plan", "niet honderd procent garanderen".
_CERTAIN_AFTER = re.compile(
    r"\s+(?:(?:echt|wel|niet|ook)\s+)?(?:zeker\w*|gelijk|fit|ja|nee|achter|eens|overtuigd|garander\w*"
    r"|bevestig\w*|te\s+\w+en\b|betrouwbaar|waterdicht|gerust|tevreden|hersteld|veilig\w*|geslaagd|zijn)\b",
    re.IGNORECASE,
)
_NOT_BEFORE_CERTAIN = re.compile(r"\b(?:niet|nooit|nooit\s+voor|niet\s+voor)\s+\Z", re.IGNORECASE)
# The emergency number after a word of calling: "belde (meteen) 112", "(valse) meldingen naar 112",
# "via 112", "het alarmnummer 112"; or before one: "112 bellen", "werd 112 gebeld".
EMERGENCY_NUMBER = "112"
_CALL_BEFORE = re.compile(
    r"(?:\bbel(?:t|de|den|len)?|\bgebeld|alarmnummer|noodnummer|\bmelding(?:en)?\s+(?:naar|via|bij|op)"
    r"|\bvia|\bnaar\s+het)\s+(?:\w+\s+){0,2}\Z",
    re.IGNORECASE,
)
_CALL_AFTER = re.compile(r"\s+(?:te\s+)?(?:bel(?:t|de|den|len)|gebeld)\b|-", re.IGNORECASE)
CALL_CHARS = 40
HUNDRED_PERCENT = 100.0
MAX_IDIOM_COUNT = 3  # "drie vliegen in één klap": the largest number of an idiom


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """True when ``offset`` lies in one of the sorted, non-overlapping ``spans``."""
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return any(a <= offset < b for a, b in spans[max(index - 2, 0) : index + 1])


def is_year(raw: str, value: float) -> bool:
    """"2019" (digits only, 1900–2100): a year, no amount."""
    return raw.isdigit() and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]


def is_clock(amount: str) -> bool:
    """"22.30", "8:15": an hour and minutes."""
    return bool(_CLOCK.fullmatch(amount.strip()))


def is_reference_or_person(word: str) -> bool:
    """"tabel", "bijlage", "jongen", "verdachte": before a bracketed number, a reference or a person."""
    low = word.lower()
    return low in REFERENCE_WORDS or low in _PERSON_WORDS


def after_surname_particle(text: str, pos: int) -> bool:
    """"Van Montfoort", "Van der Heijden": a capitalised particle right before ``pos`` (a surname)."""
    return _SURNAME_PARTICLE.search(text, max(0, pos - _PARTICLE_CHARS), pos) is not None


# The scale of a table's numbers in brackets, as CBS heads its columns: "(x 1 000)", "(x 1.000 euro)",
# "(in 1.000 euro)": the unit of the cells, no amount ("een boete (1.000 euro)" is one).
_SCALE_LABEL_BEFORE = re.compile(r"\((?:in[ ]+|[x×][ ]?)\Z", re.IGNORECASE)
_SCALES = frozenset(("1.000", "1000", "1.000.000", "1"))


def is_scale_label(number: str | None, before: str, after: str) -> bool:
    """``number`` is the scale of a column in brackets ("(x 1.000)", "(in 1.000 euro)"); ``before`` and
    ``after`` are the text just before and after the amount."""
    return (number in _SCALES and after.startswith(")") and _SCALE_LABEL_BEFORE.search(before) is not None)


def is_label_or_code(number: str | None, before: str) -> bool:
    """A number after a label ("pagina 12", "fase 2", "mei 2019"), the base of a rate ("per 100"), or
    a code (:func:`is_code`); ``before`` is the text just before the number."""
    labelled = _may_end_with_label(before) and (_NOT_BEFORE.search(before) or _PER_BEFORE.search(before))
    return bool(labelled or is_code(number, before))


def _may_end_with_label(before: str) -> bool:
    """False when ``before`` (white space at its end aside) cannot end with a label or "per": its
    last two characters are ASCII and end no label (others are left to the case-insensitive
    patterns, whose case folding goes beyond ``str.lower``)."""
    tail = before.rstrip()[-2:]
    return not tail.isascii() or tail.lower() in _LABEL_ENDINGS


def is_clock_time(text: str, m: re.Match[str], before: str) -> bool:
    """"om 8 uur", "om 22.30": a time of day after "om" (``before``); "om 45.000 meldingen" is none."""
    tail = before.rstrip()[-2:]  # "om" (ASCII text that ends otherwise is not searched)
    if tail.isascii() and tail.lower() != "om":
        return False
    return bool(_AT_BEFORE.search(before) and (_CLOCK_AFTER.match(text, m.end()) or is_clock(m.group(0))))


def is_date_after(text: str, end: int) -> bool:
    """"12 maart", "3 okt.": a month after the number at ``end`` makes it a day."""
    return _DATE_AFTER.match(text, end) is not None


def is_code(number: str | None, before: str) -> bool:
    """"000", "007" (a leading zero), or a number in a URL ("table?ts=1780489389758"): not a figure."""
    return bool(number and _LEADING_ZERO.fullmatch(number)) or before.rstrip().endswith(_QUERY_MARKS)


def is_emergency_number(text: str, start: int, end: int) -> bool:
    """"belde 112", "valse meldingen naar 112", "werd 112 gebeld": the emergency number, no figure
    ("steeg van 98 naar 112", "112 meldingen" are figures)."""
    if text[start:end] != EMERGENCY_NUMBER:
        return False
    return (
        _CALL_AFTER.match(text, end) is not None
        or _CALL_BEFORE.search(text, max(0, start - CALL_CHARS), start) is not None
    )


def is_ordinal(text: str, m: re.Match[str]) -> bool:
    """"een derde nota", "een vijfde begrotingswijziging": an ordinal, not a fraction.

    "een derde van de inwoners", "een derde Nederlanders" and "een derde heeft" are fractions:
    after the ordinal comes a singular common noun (lower case, not a verb, not a plural: "een
    derde jongen" is the third boy, its lemma is the word itself).
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
        and not (_counts.PLURAL.search(low) and not _is_singular(low))
        and not low.endswith(_VERB_ENDINGS)
        and low not in _phrases.FINITE_VERBS
    )


def _is_singular(low: str) -> bool:
    """"jongen", "seizoen": a noun that ends like a plural but is singular: a plural of it ("jongens",
    "seizoenen") has it as its lemma. An infinitive ("een derde wonen", "groeien") and an unknown
    compound ("kankerdoden") have no such plural and stay plurals (a share)."""
    return lemma(low + "s") == low or lemma(low + "en") == low


def is_idiom(text: str, start: int, end: int, value: float, unit: str) -> bool:
    """"botsten twee werelden", "snijdt aan twee kanten", "niet honderd procent garanderen": an idiom
    with a number word, or a hundred percent of certainty, is no figure."""
    if unit == "percent":
        return value == HUNDRED_PERCENT and (
            _CERTAIN_AFTER.match(text, end) is not None
            or _NOT_BEFORE_CERTAIN.search(text, max(0, start - 14), start) is not None
        )
    if unit != "count" or value > MAX_IDIOM_COUNT:
        return False
    if _IDIOM.match(text, start) is not None:
        return True
    if text.startswith("twee maten", start):  # "meten ze met twee maten", not "met twee maten van plan"
        return _MEASURE_BEFORE.search(text, max(0, start - IDIOM_CHARS), start) is not None
    return text.startswith(("twee kanten", "twee stoelen"), start) and (
        _IDIOM_BEFORE.search(text, max(0, start - 16), start) is not None
    )
