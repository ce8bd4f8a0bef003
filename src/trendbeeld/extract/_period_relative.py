"""Relative periods, resolved against a text's current year: "vorig jaar", "het vorige jaar" and
"het afgelopen jaar" are the year before, "dit jaar" the year itself, "volgend jaar" the year
after, "de afgelopen vijf jaar" and "in vijf jaar tijd" the five years up to the year before,
"tien jaar geleden" one year; "het jaar ervoor" and "in dat jaar" count from the year named
before them in the sentence; "het eerste halfjaar" and "in het tweede kwartaal" are of the year
named before them in the sentence, else of the current year. In an annual report "dit jaar" and
"het afgelopen jaar" are the report's year, and so are "het boekjaar" and "het verslagjaar"
("vorig boekjaar": the year before it).

Used by :mod:`trendbeeld.extract._periods`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from trendbeeld.extract import _period_now, numbers
from trendbeeld.extract._document import Document
from trendbeeld.extract._period_mentions import YEAR, Mention, latest, mention

# "tegenover 1200 een jaar daarvoor": the comparison's own figure right before a relative year.
_AGAINST_BEFORE = re.compile(r"\b(?:tegenover|tegen)\s+(?:[^,;:.()\s]|[.,](?=\d))+(?:\s+\w+)?\s+\Z",
                             re.IGNORECASE)
AGAINST_CHARS = 40
MAX_SPAN_YEARS = 50
RELATIVE_AFTER = 16  # a relative period ends at most this far after its "jaar" ("jaar daarvoor")
SENTENCE_BEFORE_CHARS = 200  # "het jaar ervoor" looks this far back for the year it follows

# A year after "sinds" is the start of a time up to now, not the year that "dit jaar" names.
_SINCE = re.compile(r"\b(?:sinds|sedert|vanaf)\b", re.IGNORECASE)

# Relative periods. Groups: last (the year before), this, next, back (N years up to the year
# before), within ("in N jaar tijd", "in één jaar"), ago ("tien jaar geleden": one year).
_RELATIVE = re.compile(
    r"\b(?:"
    r"(?P<last>afgelopen|voorbije)\s+jaar|(?P<previous>vorige?|verleden)\s+jaar"
    r"|(?P<this>dit|het\s+lopende|lopend)\s+jaar"
    r"|(?P<next>volgend|komend)e?\s+jaar"
    r"|(?:de\s+)?(?:afgelopen|laatste|voorbije|voorgaande)\s+(?P<back>\w+)\s+jaar"
    r"|(?:de\s+)?(?:komende|volgende)\s+(?P<ahead>\w+)\s+jaar"
    r"|(?P<before>(?:in\s+)?(?:het|een)\s+jaar\s+(?:ervoor|daarvoor|eerder))"
    r"|(?P<that>(?:in\s+)?(?:dat|datzelfde|hetzelfde)\s+jaar)"
    r"|in\s+(?P<within>\w+)\s+jaar(?:\s+tijd)?"
    # an annual report's own year and the one before it: "het verslagjaar", "vorig boekjaar"
    r"|(?P<book>(?:het|dit|afgelopen|huidige|lopende)\s+(?:boek|verslag)jaar)"
    r"|(?P<bookprev>(?:vorig|voorgaand)e?\s+(?:boek|verslag)jaar)"
    r"|(?P<ago>\w+)\s+jaar\s+geleden"
    r")(?![\w-])",
    re.IGNORECASE,
)

# A part of the current year without its year: "in het eerste kwartaal", "het eerste halfjaar", "de
# tweede helft" (not "de tweede helft van de wedstrijd", nor one whose year follows).
_PART_WORDS = ("halfjaar", "kwartaal", "helft")
PART_BEFORE_CHARS = 24  # "deze laatste " before the word
PART_AFTER_CHARS = 12  # room for what may not follow (" van", " 2019")
_PART_OF_YEAR = re.compile(
    r"\b(?:het|de|dit|deze)\s+(?:eerste|tweede|derde|vierde|laatste)\s+(?:halfjaar|kwartaal|helft)(?![\w-])"
    r"(?!\s+(?:van|in|over)\b|\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)


def relative(
    doc: Document, now: int | None, report: int | None, dated: int | None,
    unresolved: list[int] | None = None, written: Sequence[Mention] = (),
    undated: Sequence[tuple[int, int]] = (), datelines: Sequence[tuple[int, int]] = (),
) -> list[Mention]:
    """Relative periods; without a current year only those relative to a year in the text. The
    starts of those that count from the current year but find none ("Vorig jaar kreeg de bank een
    boete" in a text without a date) are added to ``unresolved``: their sentence names a time of
    its own, so no year named before is its period. In a text without a date "dit jaar" is the
    year of the periods ``written`` out just before it, if any. Inside the ``undated`` spans (the
    articles of a compilation that name no year and no date) the current year, read from another
    article, is none of theirs: "vorig jaar" there finds none. After a letter's own date (its
    ``datelines``: start, year) the current year is that date's year: a file of letters written
    in 1987 and 1990 reads "vorig jaar" in the second as 1989."""
    text = doc.text
    undated_starts = [a for a, _ in undated]
    dateline_starts = [a for a, _ in datelines]
    low = doc.lower if doc.lower is not None else text.lower()
    out: list[Mention] = []
    pos = low.find("jaar")
    while pos >= 0:
        start = max(0, pos - 40)
        for m in _RELATIVE.finditer(text, start, min(len(text), pos + RELATIVE_AFTER)):
            if not m.start() <= pos < m.end():
                continue
            here = _now_at(m.start(), now, undated, undated_starts, datelines, dateline_starts)
            if m.group("before") or m.group("that"):  # relative to the year named before it
                back = 1 if m.group("before") else 0
                period = (_year_before(text, m.start(), back=back)
                          or _relative_before(text, out, m.start(), back))
            else:
                period = _resolve(m, here, report) if here is not None else None
                if m.group("ago") and dated is None:
                    period = None  # "tien jaar geleden" counts back from a date, not from a guessed year
                if m.group("this") and here is None:
                    # "In 2019 is er inmiddels … Bovendien zijn dit jaar …": the year named just before
                    # (with a current year, "De cijfers over 2018 … Dit jaar …" is the year after it)
                    period = _named_just_before(doc, written, m.start())
            if period is not None:
                out.append(_earlier_of_figure(text, m, period) or mention(text, m.start(), m.end(), period))
            elif here is None and unresolved is not None and _counts_from_now(m):
                unresolved.append(m.start())
            break
        pos = low.find("jaar", pos + 4)
    year = report if report is not None else now
    for m in _parts_of_year(low):  # the year named before it in the sentence, else the current one
        own = year if report is not None else _now_at(
            m.start(), year, undated, undated_starts, datelines, dateline_starts)
        named = _year_before(text, m.start(), back=0) or (str(own) if own is not None else None)
        if named is not None:
            out.append(mention(text, m.start(), m.end(), named))
    return out


def _now_at(
    pos: int, now: int | None, undated: Sequence[tuple[int, int]], undated_starts: list[int],
    datelines: Sequence[tuple[int, int]], dateline_starts: list[int],
) -> int | None:
    """The current year at ``pos``: none in an undated article, else the year of the last letter's
    date before it, else ``now``."""
    if _inside(undated, undated_starts, pos):
        return None
    i = bisect.bisect_right(dateline_starts, pos) - 1
    return datelines[i][1] if i >= 0 else now


def _inside(spans: Sequence[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether ``pos`` lies in one of the sorted, disjoint ``spans`` (their ``starts`` given)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]


def _named_just_before(doc: Document, written: Sequence[Mention], pos: int) -> str | None:
    """The year of the last period written out before ``pos`` in its sentence or the sentence
    before, outside comparisons ("In 2019 … . Bovendien zijn dit jaar …"); None if none."""
    k = bisect.bisect_right(doc.sentence_starts, pos) - 1
    start = doc.sentence_starts[max(k - 1, 0)] if k >= 0 else 0
    i = bisect.bisect_left([m.start for m in written], pos)  # written is in text order
    for m in reversed(written[:i]):
        if m.start < start:
            return None
        if not m.base and m.end <= pos:
            # "wil de school in augustus 2020 laten beginnen", "Sinds … in 2003": not the year of now
            since = _SINCE.search(doc.text, doc.sentence_at(m.start).start, m.start)
            if since is not None or _period_now.of_future(doc, m):
                return None
            return str(latest(m.period))
    return None


def _counts_from_now(m: re.Match[str]) -> bool:
    """"vorig jaar", "dit jaar", "de afgelopen vijf jaar", "volgend jaar": a time counted from the
    text's own date (not "in vijf jaar tijd", a length, nor "het jaar ervoor", counted from a year)."""
    return any(m.group(name) for name in ("last", "previous", "this", "next", "back", "ahead"))


def _parts_of_year(low: str) -> Iterator[re.Match[str]]:
    """:data:`_PART_OF_YEAR` matches, looked for only around the literal words that end them."""
    for word in _PART_WORDS:
        pos = low.find(word)
        while pos >= 0:
            m = _PART_OF_YEAR.search(low, max(0, pos - PART_BEFORE_CHARS), pos + len(word) + PART_AFTER_CHARS)
            if m is not None and m.end() == pos + len(word):
                yield m
            pos = low.find(word, pos + len(word))


def _earlier_of_figure(text: str, m: re.Match[str], period: str) -> Mention | None:
    """"tegenover 1200 een jaar daarvoor": the year of the figure between "tegen(over)" and it,
    the base of the others (not carried to later sentences)."""
    if not m.group("before"):
        return None
    against = _AGAINST_BEFORE.search(text, max(0, m.start() - AGAINST_CHARS), m.start())
    if against is None:
        return None
    return Mention(m.start(), m.end(), period, True, against.start(), m.start())


def _relative_before(text: str, found: list[Mention], pos: int, back: int) -> str | None:
    """"vorig jaar al 1700 protesten, tegenover 1200 een jaar daarvoor": relative to a relative
    year (one year) named earlier in the sentence."""
    start = max(0, pos - SENTENCE_BEFORE_CHARS)
    end_of_sentence = max(text.rfind(". ", start, pos), text.rfind("\n", start, pos))
    earlier = [m for m in found if end_of_sentence < m.start and m.end <= pos and m.period.isdigit()]
    return str(int(earlier[-1].period) - back) if earlier else None


def _year_before(text: str, pos: int, *, back: int) -> str | None:
    """"in 2018 169 keer, tegen 25 in het jaar ervoor" (``back`` 1: the year before), "ten
    opzichte van 2017 gedaald; in dat jaar waren het er 579" (``back`` 0): relative to the last
    year named earlier in the sentence."""
    start = max(0, pos - SENTENCE_BEFORE_CHARS)
    end_of_sentence = max(text.rfind(". ", start, pos), text.rfind("\n", start, pos))
    years = YEAR.findall(text, max(start, end_of_sentence + 1), pos)
    return str(int(years[-1]) - back) if years else None


def _resolve(m: re.Match[str], now: int, report: int | None) -> str | None:
    """A relative period as years. In an annual report "dit jaar" and "het afgelopen jaar" are
    the report's year and "vorig jaar" the one before it; elsewhere they count from now."""
    if m.group("book") or m.group("bookprev"):  # "het verslagjaar": only an annual report has one
        return None if report is None else str(report - (1 if m.group("bookprev") else 0))
    single = _single_year(m, now, report)
    if single is not None:
        return str(single)
    if m.group("ago"):  # "tien jaar geleden" in a text of 2019: 2009
        ago = _count_of_years(m.group("ago"))
        return str(now - ago) if ago is not None else None
    count = _count_of_years(m.group("back") or m.group("within") or m.group("ahead"))
    if count is None:
        return None
    if m.group("ahead"):  # "in de komende vijf jaar" in a report on 2018: 2019-2023
        first = (report if report is not None else now - 1) + 1
        return f"{first}-{first + count - 1}" if count > 1 else None
    end = now - 1
    return f"{end - count}-{end}"


def _single_year(m: re.Match[str], now: int, report: int | None) -> int | None:
    """The year of "het afgelopen jaar", "vorig jaar", "dit jaar", "volgend jaar"; None for spans."""
    if m.group("last"):
        return now - 1
    if m.group("previous"):
        return report - 1 if report is not None else now - 1
    if m.group("this"):
        return report if report is not None else now
    return now + 1 if m.group("next") else None


def _count_of_years(word: str) -> int | None:
    """"vijf" in "de afgelopen vijf jaar": a whole number of years (at most MAX_SPAN_YEARS)."""
    count = 1.0 if word.lower() in ("één", "eén", "een") else numbers.word_value(word)
    if count is None or not 1 <= count <= MAX_SPAN_YEARS or not float(count).is_integer():
        return None
    return int(count)
