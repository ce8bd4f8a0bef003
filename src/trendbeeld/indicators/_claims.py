"""What a claim speaks about, for ``compare.check_claims``: its years, its measure, its place.

* :func:`claimed_years`: the years of the claim's clause or sentence ("tussen 2010 en 2022",
  "2010-2021", "sinds 2018", "in 2022 … dan in 2010"); "sinds dat jaar" or "in dezelfde periode" take
  the last years named before them (in the sentence, then in the paragraph before it); without years
  the source's date ends a window of ``RECENT_YEARS``.
* :func:`claimed_measure` / :func:`series_measure`: a count ("aantal"), a rate per 1,000 inhabitants
  or a percentage ("van 27,6% naar 27,4%"); a series says it by its unit, else by its name.
* :func:`constant_by_construction`: a share or index that never moves (the total row's share of the
  total is 100 % every year) says nothing about change.
* :func:`named_place`: "in Amersfoort" makes a claim about Amersfoort, not about the country.
* :func:`everyday`: a statement that shares only an everyday word with a crime type ("water", "weg")
  and names no measure is not about that crime type.
* :func:`series_label`: the publisher's table and the region's name, never a file name or a code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from wordfreq import zipf_frequency

from trendbeeld.model import Series
from trendbeeld.stemming import stem

RECENT_YEARS = 5  # a text without years speaks about the years before its date
_YEAR = r"(?:19|20)\d\d"
_BETWEEN = re.compile(
    rf"\b(?:tussen|van)\s+({_YEAR})\s*(?:en|tot(?: en met)?|naar|-|–)\s*({_YEAR})\b", re.IGNORECASE
)
_RANGE = re.compile(rf"(?<![\d.,])\b({_YEAR})\s*[-–]\s*({_YEAR})\b")
# "sinds 2018", and "sinds het dieptepunt van 742.992 misdrijven in 2021": the first year in the clause.
_SINCE = re.compile(rf"\bsinds\b(?:[^.;:!?]|(?<=\d)[.,](?=\d)){{0,80}}?\b({_YEAR})\b", re.IGNORECASE)
_BACK = re.compile(
    r"\bsinds\s+(?:dit|dat|die|deze)\s+jaar\b|\bsindsdien\b"
    r"|\b(?:in|over)\s+(?:deze|die|dezelfde)\s+periode\b(?!\s+(?:van\s+)?(?:vorig|verleden|een)\s+jaar)",
    re.IGNORECASE,
)
# "vorig jaar", "dit jaar", "in zeven jaar", "de afgelopen vier jaar": years counted back from the
# source's date.
_THIS_YEAR = re.compile(r"\b(?:dit|vorig|verleden|afgelopen)\s+jaar\b", re.IGNORECASE)
_LAST_YEARS = re.compile(
    r"\b(?:in|afgelopen|laatste|voorbije)\s+(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})\s+jaar\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien")
_COUNTS = {word: n for n, word in enumerate(_NUMBER_WORDS, start=2)}
_ONE_YEAR = re.compile(rf"(?<![\d.,])\b({_YEAR})\b(?![.,]\d)")
_CLAUSE = re.compile(r"[;:]\s|,\s+(?=\D)")
_PARAGRAPH = re.compile(r"\n\s*\n")
LOOK_BACK = 600  # characters of the paragraph before a claim searched for "dat jaar"

_RATE = re.compile(r"per\s*(?:1[.\s]?000|duizend|100[.\s]?000)\b", re.IGNORECASE)
_PERCENT_LEVEL = re.compile(
    r"\bvan\s+\d+(?:[.,]\d+)?\s*(?:%|procent)\s+(?:naar|tot)\b|\b(?:aandeel|percentage)\b", re.IGNORECASE
)
_COUNT = re.compile(r"\b(?:aantal(?:len)?|hoeveelheid)\b", re.IGNORECASE)
_SHARE_NAME = re.compile(r"%|procent|percentage|relatief|aandeel", re.IGNORECASE)
_INDEX_NAME = re.compile(r"\bindex", re.IGNORECASE)
_PLACE = re.compile(
    r"\b(?:in|uit)\s+(?:de\s+(?:gemeente|regio|provincie|stad)\s+)?"
    r"([A-Z][\w'’-]*(?:\s+(?:aan|den|de|der|op|an|[A-Z][\w'’-]*))*)"
)

COUNT, RATE, PERCENT, OTHER = "count", "rate", "percent", "other"
# A word this common in Dutch (wordfreq Zipf: "water" 5.5, "weg" 5.8, "natuur" 4.9, "brand" 5.0) is weak
# evidence, on its own, that a statement speaks of the crime type it names; "overval" (4.2) is not.
EVERYDAY_ZIPF = 4.8
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Years:
    """The years a claim speaks about; ``last`` None: up to now. ``known`` False: "sinds dat jaar"
    with no year before it to say which."""

    first: int | None = None
    last: int | None = None
    known: bool = True
    dated: bool = False  # from the source's date, not from the text

    def label(self) -> str:
        if self.first is None:
            return ""
        if self.last is None:
            return f"sinds {self.first}"
        if self.last == self.first:
            return str(self.first)
        return f"{self.first}–{self.last}"


def clause(sentence: str, text: str) -> str:
    """The clause of ``sentence`` that holds ``text`` (commas, semicolons), or the sentence."""
    at = sentence.find(text)
    if at < 0:
        return sentence
    starts = [0, *(m.end() for m in _CLAUSE.finditer(sentence))]
    ends = [m.start() for m in _CLAUSE.finditer(sentence)] + [len(sentence)]
    first = max(s for s in starts if s <= at)
    last = min((e for e in ends if e >= at + len(text)), default=len(sentence))
    return sentence[first:last]


def _between(first: str, last: str) -> Years:
    low, high = sorted((int(first), int(last)))
    return Years(low, high)


def _last_time(text: str) -> Years | None:
    """The last years named in ``text``: a range, "sinds" a year, or one year (as a start)."""
    found: list[tuple[int, Years]] = []
    for pattern in (_BETWEEN, _RANGE):
        found += [(m.end(), _between(m.group(1), m.group(2))) for m in pattern.finditer(text)]
    found += [(m.end(), Years(int(m.group(1)))) for m in _ONE_YEAR.finditer(text)]
    if not found:
        return None
    return max(found, key=lambda item: (item[0], item[1].last is not None))[1]


def _stated(text: str, before: str) -> Years | None:
    """The years ``text`` names, or None; ``before`` resolves "sinds dat jaar"."""
    if back := _BACK.search(text):
        return _last_time(text[: back.start()]) or _last_time(before) or Years(known=False)
    for pattern in (_BETWEEN, _RANGE):
        if m := pattern.search(text):
            return _between(m.group(1), m.group(2))
    if m := _SINCE.search(text):
        return Years(int(m.group(1)))
    years = sorted({int(y) for y in _ONE_YEAR.findall(text)})
    if len(years) > 1:
        return Years(years[0], years[-1])
    if years:  # a change in one year is a change against the year before
        return Years(years[0] - 1, years[0])
    return None


def _counted_back(text: str, published: int | None) -> Years | None:
    """"vorig jaar" (one change, a year before the source), "in zeven jaar" (seven years up to it)."""
    if m := _LAST_YEARS.search(text):
        if published is None:
            return Years(known=False)
        word = m.group(1).lower()
        return Years(published - (_COUNTS[word] if word in _COUNTS else int(word)), published)
    if m := _THIS_YEAR.search(text):
        if published is None:
            return Years(known=False)
        year = published if m.group(0).lower().startswith("dit") else published - 1
        return Years(year - 1, year)
    return None


def claimed_years(sentence: str, text: str, *, before: str = "", published: int | None = None) -> Years:
    """The years the claim ``text`` in ``sentence`` speaks about: its clause's, else its sentence's,
    else the ``RECENT_YEARS`` up to ``published`` (the source's year), else all years."""
    part = clause(sentence, text)
    for words in dict.fromkeys((part, sentence)):
        if (years := _stated(words, before)) is not None:
            return years
        if (years := _counted_back(words, published)) is not None:
            return years
    if published is not None:
        return Years(published - RECENT_YEARS, published, dated=True)
    return Years()


def before_claim(text: str, start: int) -> str:
    """The paragraph before offset ``start`` (at most ``LOOK_BACK`` characters)."""
    window = text[max(0, start - LOOK_BACK) : start]
    breaks = list(_PARAGRAPH.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``start:end`` (to the full stops before and after it)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return text[left + 1 : right + 1].strip()


def claimed_measure(said: str) -> str | None:
    """What the claim measures: a rate per 1,000, a percentage level, a count, or None (not said)."""
    if _RATE.search(said):
        return RATE
    if _PERCENT_LEVEL.search(said):
        return PERCENT
    if _COUNT.search(said):
        return COUNT
    return None


def series_measure(series: Series) -> str:
    """A series' measure from its unit, else from its name."""
    by_unit = {"count": COUNT, "per_1000": RATE, "percent": PERCENT}
    if series.unit:
        return by_unit.get(series.unit, OTHER)
    name = series.indicator
    if _RATE.search(name):
        return RATE
    if _SHARE_NAME.search(name):
        return PERCENT
    return OTHER if _INDEX_NAME.search(name) else COUNT


def measure_fit(claimed: str | None, measure: str) -> int:
    """2: the measure the claim speaks of; 1: a count or rate for a claim that names none; else 0."""
    if claimed is None:
        return int(measure in (COUNT, RATE))
    return 2 if claimed == measure else 0


def constant_by_construction(series: Series) -> bool:
    """A share, rate or index whose every value is the same: a measure that cannot change."""
    values = {o.value for o in series.observations}
    return len(series.observations) > 1 and len(values) == 1 and series_measure(series) != COUNT


def year_of(period: str) -> int:
    return int(period[:4])


def coverage(series: Series, years: Years) -> int:
    """How many of the claimed years the series has (all its years when the claim names none)."""
    have = {year_of(o.period) for o in series.observations}
    if years.first is None:
        return len(have)
    last = years.last if years.last is not None else max(have, default=years.first)
    return sum(years.first <= y <= last for y in have)


def named_place(words: str, resolve: Callable[[str], str | None], keywords: Collection[str]) -> str | None:
    """The region code of the place the words name after "in"/"uit" ("in Alphen aan den Rijn"), ""
    for a place without a code ("in Duitsland"), None when no place is named or it is Nederland.

    ``resolve`` maps a name to a code or None; ``keywords`` are stems of indicator names, which are
    not places ("in Vuurwapenmisdrijven")."""
    for m in _PLACE.finditer(words):
        parts = m.group(1).split()
        while parts and parts[-1][0].islower():
            parts.pop()
        for size in range(len(parts), 0, -1):
            code = resolve(" ".join(parts[:size]))
            if code:
                return None if code == "NL01" else code
        if parts and stem(parts[0]) not in keywords:
            return ""
    return None


def series_label(series: Series, tables: Mapping[str, tuple[str | None, str | None, str | None]],
                 region_name: str) -> str:
    """"CBS 83648NED; Nederland": the publisher's table (from the import) and the region by name."""
    name = Path(series.source).name if series.source else ""
    publisher, table_id, title = tables.get(name, (None, None, None))
    if publisher is None and series.source and not Path(series.source).suffix:
        publisher = series.source  # a manifest's publisher, not a file
    table = " ".join(p for p in (publisher, table_id) if p)
    if publisher and not table_id and title:
        table = f"{publisher}, {title}"
    return "; ".join(p for p in (table, region_name) if p)


def everyday(text: str, shared: Collection[str]) -> bool:
    """True when the words of ``text`` whose stems are ``shared`` are everyday Dutch words."""
    forms = [w.lower() for w in _WORD.findall(text) if stem(w) in shared]
    return bool(forms) and all(zipf_frequency(w, "nl") >= EVERYDAY_ZIPF for w in forms)
