"""Words around a figure that decide whether a period applies to it at all: a person's age, a
length of time, an amount that looks like a year ("1960 euro"), a small count in words that gives
the size of one case ("vier van de vijf agenten", "zes slaapkamers"), words of now and then, and
the years of furniture (a session, "vergaderjaar 1989–1990"; a reference, "Kamerstukken II 1989/90").

Also the headings above a section ("Jeugdbescherming en jeugdreclassering 1e halfjaar 2023" over "1.
Jeugdbescherming"): a publication's title names the period of the figures of its sections.

Used by :mod:`trendbeeld.extract._periods`.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from trendbeeld.extract import _articles, _headings, lexicon
from trendbeeld.extract._context import Found
from trendbeeld.extract._document import Document
from trendbeeld.model import Unit

# Capitalised words before a year that open a sentence, not a name: a news subhead glued to the
# sentence after it ("Geweld In 2018 werden ruim 10.000 zaken geregistreerd").
YEAR_PREPOSITIONS = frozenset(
    ("in", "sinds", "sedert", "vanaf", "tot", "tussen", "na", "over", "voor", "eind", "begin", "medio",
     "rond")
)
# A parliamentary session year in a running head or document line ("Tweede Kamer, vergaderjaar
# 2018–2019", "Zitting 1969-1970"): furniture that names no period of the figures under it.
SESSION_BEFORE = re.compile(r"\b(?:vergaderjaar|zitting)[^\S\n]\Z", re.IGNORECASE)
SESSION_BEFORE_CHARS = 14
# A reference to a parliamentary paper or a gazette before its year: the year is the paper's, no period
# of the figures around it ("(Kamerstukken II 1989/90, 21 427, nr. 3)", "Stb. 1990, 123").
_REFERENCE_BEFORE = re.compile(
    r"\b(?:kamerstuk(?:ken)?|handelingen|aanhangsel(?:[^\S\n]+handelingen)?)[^\S\n]+(?:i{1,2}|[12])[^\S\n]+\Z"
    r"|\b(?:stb|stcrt|staatsblad|staatscourant|trb|tractatenblad)\.?[^\S\n]+\Z",
    re.IGNORECASE,
)
REFERENCE_BEFORE_CHARS = 26
_REFERENCE_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")
# Always two years: a single year after "zitting" is a reference ("Tweede Kamer, zitting 1963, blz. 73").
_SESSION = re.compile(r"(?:19|20)\d\d[^\S\n]*[-–—/][^\S\n]*(?:19|20)?\d\d(?!\d)")


OPENING_CHARS = 25  # an opening year starts this close to its sentence ("Acht jaar geleden, in 2011")
# Before an opening year: a comparison or another event's time, not the sentence's own year.
_OPENING_NOT = re.compile(r"\b(?:sinds|sedert|vanaf)\b|\bgeleden\b(?!,)", re.IGNORECASE)
_QUOTE_END = re.compile(r"[\"”]|''")
# Words after a number that make it an amount ("een stel met twee kinderen 1960 euro").
AMOUNT_AFTER = re.compile(
    r"\s*(?:%|(?:euro|procent|dollar|kilo(?:gram|meter)?|gram|ton|meter|mensen|personen|stemmen"
    r"|stemmers|leden|inwoners|woningen|huizen|deelnemers|bezoekers|leerlingen|banen|doden)(?![\w-]))",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_AGE_SUFFIX = re.compile(r"\d-?jarigen?\b", re.IGNORECASE)
AGE_SUFFIX_CHARS = 9  # "-jarigen" right after the figure's digits
# Words that date a clause at the time of writing: a year named before does not hold ("Op dit
# moment heeft de partij nog twaalf zetels").
NOW = re.compile(
    r"\b(?:(?<!tot\s)nu(?!\s+(?:eenmaal|eens|toe|en\s+dan))|inmiddels|tegenwoordig|momenteel|thans"
    r"|op\s+dit\s+(?:moment|ogenblik))\b",  # not "op het moment dat": a time, not now
    re.IGNORECASE,
)
NOW_BEFORE_CHARS = 60  # "nu" stands this close before a figure it dates
# A year this close before "inmiddels" dates the count so far ("In 2019 is er inmiddels"), unless a
# clause break stands between them.
YEAR_NOW_CHARS = 30
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:en|maar|terwijl|toen|waar|want|of)\b", re.IGNORECASE)
# "Waren de producten toen twee keer zo duur, nu …", "die chauffeurs destijds moesten afstaan": a then.
THEN = re.compile(r"\b(?:toen|destijds|vroeger)\b", re.IGNORECASE)


# A small count written as a number word describes one case or one measure ("Twee van hen werden
# vervolgd", "een project met zeven partners"): no year named before it is its period. Not a count
# of occurrences ("twee keer") nor an election's seats ("vier zetels"): those are statistics.
CASE_COUNT_MAX = 10
_STATISTIC_AFTER = re.compile(
    r"[^\S\n]+(?:keer|maal|zetels?|senaatszetels?|kamerzetels?)(?![\w-])", re.IGNORECASE
)
# The dead and injured of an attack or act of violence: a word of death or injury right after the
# count or after its noun ("vier doden", "twee gewonden", "drie mensen dood", "vier mensen om het leven").
_TOLL_AFTER = re.compile(
    r"(?:[^\S\n]+[^\W\d_]+)?[^\S\n]+(?:dood|doden|gedood|(?:zwaar|licht)?gewond(?:en|e)?|omgekomen"
    r"|om[^\S\n]+het[^\S\n]+leven|vermoord)(?![\w-])",
    re.IGNORECASE,
)
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_NEXT_WORD = re.compile(r"(?<=[^\S\n])[^\W\d_]+")  # the word after one space: "slechts |twee| buurten"


def is_case_count(text: str, found: Found) -> bool:
    """A count of at most CASE_COUNT_MAX written in words ("twee agenten", "Vier van de vijf",
    after one word such as "slechts twee buurten"), not of occurrences or seats, nor the dead and
    injured of an attack ("Hij steekt er vier mensen dood", "vielen vier doden"): those are of the
    year of the attack."""
    if found.unit is not Unit.COUNT or found.high is not None or found.value > CASE_COUNT_MAX:
        return False
    numbers = lexicon.load().number_words
    word = _FIRST_WORD.match(text, found.start)
    if word is not None and word.group(0).lower() not in numbers:  # "slechts twee buurten"
        word = _NEXT_WORD.match(text, word.end() + 1)
    if word is None or word.group(0).lower() not in numbers:
        return False
    end = word.end() if word.end() >= found.end else found.end
    if _TOLL_AFTER.match(text, word.end()) or _TOLL_AFTER.match(text, end):
        return False
    return not _STATISTIC_AFTER.match(text, word.end()) and not _STATISTIC_AFTER.match(text, end)


def is_age(text: str, found: Found) -> bool:
    """A person's age: "(26)" right after a name, or "61-jarige"."""
    if found.unit is not Unit.YEARS:
        return False
    if _AGE_SUFFIX.search(text, found.start, found.end + AGE_SUFFIX_CHARS):
        return True
    return text.startswith("(", found.start - 1) and text.startswith(")", found.end)


def is_duration(text: str, found: Found) -> bool:
    """A length of time: a figure in years, or one whose next word is a unit of time ("zes
    maanden", "drie weken"). Not the length of one event as its adjective ("de acht maanden durende
    veldslag" after "landden in 1915": dated like the event)."""
    if _LASTING.match(text, found.end):
        return False
    if found.unit is Unit.YEARS:
        return True
    units = lexicon.load().time_units
    last = text[found.start:found.end].rsplit(None, 1)[-1].lower()  # «bijna achttien maanden»
    m = _WORD_AFTER.match(text, found.end)
    return last in units or (m is not None and m.group(1).lower() in units)


_LASTING = re.compile(r"\s+(?:lang\s+)?(?:durende|lange)(?![\w-])", re.IGNORECASE)


def session_end(text: str, pos: int) -> int | None:
    """The end of a session's years at ``pos`` ("vergaderjaar 2018–2019"), or of the year of a
    reference to a parliamentary paper or an official gazette ("Kamerstukken II 1989/90, 21 427, nr.
    3", "Handelingen II 1988/89, blz. 1234", "Stb. 1990, 123"); None if none is named."""
    if SESSION_BEFORE.search(text, max(0, pos - SESSION_BEFORE_CHARS), pos):
        m = _SESSION.match(text, pos)
        return m.end() if m is not None else None
    if _REFERENCE_BEFORE.search(text, max(0, pos - REFERENCE_BEFORE_CHARS), pos):
        m = _SESSION.match(text, pos) or _REFERENCE_YEAR.match(text, pos)
        return m.end() if m is not None else None
    return None


def opening_year(
    text: str, named: list[tuple[int, int, str]], found: Found, sentence_start: int
) -> str | None:
    """Of the periods ``named`` (start, end, period) in the figure's sentence, one that opens it
    outside the figure's clause ("Eind 2018 publiceerde Unicef een rapport, waarin 41 rijke landen
    …", "In 2015, bij de vorige verkiezingen, lag dat percentage met 3,4 procent …"): nearer than
    a year carried from a sentence before. Not "sinds 2016" (a base), "zeven jaar geleden
    opgericht" (the time of another event), a date in brackets ("(Ontvangen 2 februari 1987)") nor
    a year inside a quotation that ends before the figure."""
    opening = [
        period for start, end, period in named
        if end <= found.start and start - sentence_start <= OPENING_CHARS
        and not _OPENING_NOT.search(text, sentence_start, end)
        and text.rfind("(", sentence_start, start) <= text.rfind(")", sentence_start, start)
        and not _QUOTE_END.search(text, end, found.start)  # '"In 2017 verkocht ik …", zegt een van de drie'
    ]
    return opening[-1] if opening else None


def now_just_before(text: str, named: list[int], found: Found, since_comma: int, segment: int = -1) -> bool:
    """Does "nu", "inmiddels" or "op dit moment" stand before the figure since the last comma,
    with none of the periods ``named`` (their starts) between it and the figure ("…, en inmiddels
    zijn 45 organisaties", "(nu slechts vier zetels)")? Not when one of them opens the figure's
    segment (from ``segment``) before the word: "In 2019 is er inmiddels voor 1,4 miljoen euro …"
    is a count so far in 2019."""
    start = max(since_comma, found.start - NOW_BEFORE_CHARS)
    said = list(NOW.finditer(text, start, found.start))
    if not said or THEN.search(text, start, found.start):
        return False
    now_at = said[-1]
    if any(max(segment, now_at.start() - YEAR_NOW_CHARS) <= pos < now_at.start()
           and not _CLAUSE_BREAK.search(text, pos, now_at.start()) for pos in named):
        return False  # "In 2019 is er inmiddels …" (not "In 2015 … 734 leerlingen en inmiddels …")
    return not any(now_at.end() <= pos < found.start for pos in named)


# The number of a numbered heading ("1.", "1.1", "2.0.1"), its components.
_HEADING_NUMBER = re.compile(r"[^\S\n]*(\d{1,2}(?:\.\d{1,2}){0,3})\.?[^\S\n]")
ANCESTOR_HEADINGS = 12  # the headings read back above a section


def _heading_number(text: str, heading: _headings.Heading) -> tuple[str, ...]:
    m = _HEADING_NUMBER.match(text, heading.start, heading.end)
    return tuple(m.group(1).split(".")) if m else ()


def headings_above(doc: Document, pos: int) -> list[_headings.Heading]:
    """The headings above the section at clean ``pos`` when its heading is numbered, nearest first,
    in clean offsets (the level of a heading without a number is not known: "Jeugd" after
    "Criminaliteit in 2020" may be its sibling). Above a numbered section: a heading whose number
    opens the section's ("1." over "1.1"), not a numbered sibling ("1.1 …" is not above "1.2 …" nor
    "2. …"); a heading without a number when the first numbered heading after it is above the section
    too or opens a numbering ("1.", "1.1": "Jeugdbescherming en jeugdreclassering 2022" is the title of
    its "1. …" and "2. …"; a subhead of a sibling, "Bronnen" under "2.1 …", is not above "3.1 …").
    Within the article at ``pos`` (a compilation's articles follow two blank lines), at most
    ANCESTOR_HEADINGS back."""
    source = doc.clean.source
    at = doc.clean.source_offset(pos)
    starts, found = _headings.headings(source)
    i = bisect.bisect_right(starts, at) - 1
    while i >= 0 and found[i].end > at:
        i -= 1
    if i < 0:
        return []
    articles = doc.source_articles
    if articles.index(at) != articles.index(found[i].start):
        return []  # the section's heading stands in an article before
    clean = doc.clean
    return [_headings.Heading(clean.clean_offset(h.start), clean.clean_offset(h.end), h.region)
            for h in (found[k] for k in _above(source, i))]


def forget() -> None:
    """Drop the headings read above sections (the cache holds the text)."""
    _above.cache_clear()


@lru_cache(maxsize=256)
def _above(source: str, i: int) -> tuple[int, ...]:
    """The indices of the headings above heading ``i`` of ``source`` (see :func:`headings_above`)."""
    _, found = _headings.headings(source)
    number = _heading_number(source, found[i])
    if not number:
        return ()
    articles = _articles.of(source)
    j = articles.index(found[i].start)
    article = articles.starts[j] if j >= 0 else -1
    out: list[int] = []
    next_numbered = (number, True)  # the first numbered heading after the one looked at, and if above
    for k in range(i - 1, max(-1, i - ANCESTOR_HEADINGS), -1):
        if found[k].start < article:
            break
        above = _heading_number(source, found[k])
        if above:
            is_above = len(above) < len(number) and number[: len(above)] == above
            if is_above:
                out.append(k)
                number = above
            next_numbered = (above, is_above)
        elif next_numbered[1] or all(c in ("0", "1") for c in next_numbered[0]):
            out.append(k)
    return tuple(out)
