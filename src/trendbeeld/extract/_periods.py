"""The period of a figure: from its sentence, else carried from its paragraph, else the year its
section heading names ("Criminaliteit in 2020"), else an annual report's year.

A document has a *current year* (:class:`Timeline`): the year of its source date, else one read
from the text itself — a full date near its start ("Den Haag, 12 maart 2019"), the year in which
its weekdays with dates fall, a title year ("Omgevingsbeeld 2020"; "Jaarverslag 2018" is a report
on 2018, written in 2019), else the year after the year the text names most often (outside
comparisons such as "ten opzichte van 2017"). Relative periods are resolved against it:
"vorig jaar" and "het afgelopen jaar" are the year before, "dit jaar" the year itself,
"volgend jaar" the year after, "de afgelopen vijf jaar" and "in vijf jaar tijd" the five years
up to the year before, "het eerste halfjaar" and "in het tweede kwartaal" the year named before
them in the sentence, else the current year; "tien jaar geleden" counts back only from a date.

What is not carried: a future year (a forecast), and in a text without paragraph breaks (news
stored as one string) any year named before the sentence before, except the year the text names
most often. A person's age ("Marit (26)", "61-jarige") has no period, and a length of time ("zes
maanden", "veertig jaar oude") only one its own words name or the day of the news. "Nu",
"inmiddels" and "momenteel" date a figure at the news date, not at a year named before.

A year in a comparison ("ten opzichte van 2017", "dan in 2017", "(2017: 183)") is the base of
a change, not the period of the other figures of its sentence: a figure compared with base
year B in a text about year Y has period "B-Y" (in dated news Y is the news date's year:
"sinds 2014 achttien boetes" in news of 2019 is "2014-2019").
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from trendbeeld import months
from trendbeeld.extract import _headings, _period_words, _phrases, numbers
from trendbeeld.extract._context import PERIOD, Found
from trendbeeld.extract._document import Document
from trendbeeld.model import SourceType

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "tussen 2012 en 2017", "van 2015 tot en met 2019": one period.
# Words that make a year part of a longer period ("juni 2020", "eerste helft van 2019").
_PERIOD_WORD_BEFORE = re.compile(
    rf"(?i:{months.alternation()}|helft|kwartaal|maand|maanden|zomer|winter|voorjaar|najaar|herfst|lente)\s+(?:van\s+)?\Z"
)
PERIOD_WORD_CHARS = 30
_PLAIN_YEAR = re.compile(r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?(?!\d)")
_YEAR_SPAN = re.compile(
    r"(?:19|20)\d\d\s+(?:en|tot(?:\s+en\s+met)?|t/m)\s+(?:19|20)\d\d(?!\d)", re.IGNORECASE
)
# "hoger dan in 2017 (642)": the bracketed figure after a base year is that year's.
_BRACKET_AFTER = re.compile(r"\s*\(\s*(?=[\d€])")
# Words before a year that make it the base of a comparison ("tegen 2030" is a deadline).
_BASE_BEFORE = re.compile(
    r"(?:\b(?:in\s+vergelijking\s+met|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.|tegenover"
    r"|dan|als\s+in|sinds|sedert)\s+(?:in\s+|het\s+jaar\s+|eind\s+|begin\s+)?|\(\s*"
    # "net zo gespannen als op het vorige hoogtepunt in 2008", "hoger dan bij de meting in 2015"
    r"|\b(?:dan|als)\s+(?:op|bij|tijdens|na)\s+(?:het|de|een)\s+(?:[^\W\d_]+\s+){1,3}in\s+)\Z",
    re.IGNORECASE,
)
# A comparison whose own figure stands between its opening word and its year:
# "tegenover 88% in 2017", "tegen 39 in heel 2018".
_AGAINST_FIGURE = re.compile(
    r"\b(?:tegenover|tegen|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.)\s+(?:[^,;:.()]|[.,](?=\d)){1,40}?\s+in\s+(?:heel\s+)?\Z",
    re.IGNORECASE,
)
# "tegenover 1200 een jaar daarvoor": the comparison's own figure right before a relative year.
_AGAINST_BEFORE = re.compile(r"\b(?:tegenover|tegen)\s+(?:[^,;:.()\s]|[.,](?=\d))+(?:\s+\w+)?\s+\Z",
                             re.IGNORECASE)
AGAINST_CHARS = 40
# "(2017: 183)": the year labels the figure after it and is the base for the others.
_LABEL_AFTER = re.compile(r"\s*:")
# A year right after a capitalised word inside a line is part of a name ("Omgevingsbeeld 2020").
_NAME_BEFORE = re.compile(r"(?<=[^\s\n.!?:])[ ][A-ZÀ-Ý][\w-]+[ ]\Z")  # wider spaces: table columns
_MONTH_OR_SEASON = re.compile(
    rf"(?i:{months.alternation()}|voorjaar|najaar|zomer|winter|begin|eind|medio|halverwege)"
)
_REPORT_TITLE = re.compile(
    r"(?i:jaar(?:verslag|verantwoording|rapport|bericht|overzicht|plan)\w*|verslag)[ ]+\Z"
)
_DAY_BEFORE = re.compile(r"\b\d{1,2}\s+\Z")
_ANNUAL = r"jaar(?:verslag|verantwoording|rapport|bericht)(?:en)?"
_ANNUAL_REPORT_SELF = re.compile(
    rf"\b(?:voor\s+u\s+ligt\s+(?:het|de|ons|onze)|in\s+(?:dit|deze|ons|onze)|(?:dit|deze)\s+)\s*{_ANNUAL}\b",
    re.IGNORECASE,
)
_ANNUAL_REPORT_HEADER = re.compile(
    rf"[^\S\n]*(?:[^\W\d_][\w&.-]*[^\S\n]+){{0,3}}{_ANNUAL}[^\S\n]+(?:19|20)\d\d[^\S\n]*", re.IGNORECASE
)
HEADER_REPEATS = 2
HEADER_CHARS = 60
SELF_CHARS = 30
_ANNUAL_WORD = re.compile(r"jaar(?:verslag|verantwoording|rapport|bericht)")
_WEEKDAYS = months.WEEKDAYS
_WEEKDAY_DATE = re.compile(
    r"(?P<weekday>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+(?P<day>\d{1,2})\s+"
    rf"(?P<month>{months.alternation()})\b"
)
# A day of the news ("maandag", "gisteren", "vorige week"), not a weekday of a full date.
_NEWS_DAY = re.compile(
    r"\b(?<!\bop\s)(?<!\belke\s)(?<!\biedere\s)(?<!\bvan\s)(?<!\btot\s)(?<!\ben\s)(?<!\bof\s)"  # no habit
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:avond|ochtend|middag|nacht)?"
    rf"(?!\s+\d{{1,2}}\s+(?:{months.alternation()}))"  # not the weekday of a date ("dinsdag 12 februari")
    r"|gister(?:en|avond|ochtend)?|eergisteren|vandaag|vanochtend|vanmiddag|vanavond|vannacht"
    r"|(?:vorige|deze|afgelopen)\s+week)\b",
    re.IGNORECASE,
)
# Literal words one of which each match holds, and how far a match reaches around them.
_NEWS_DAY_WORDS = ("dag", "vandaag", "gister", "vanochtend", "vanmiddag", "vanavond", "vannacht", "week")
_SEASON_WORDS = ("zomer", "winter", "herfst", "lente", "voorjaar", "najaar", "maand")
_YEARLY_WORDS = ("jaarlijks", "per jaar", "elk jaar", "ieder jaar")
WORD_BACK, WORD_AHEAD = 16, 40
# A rate that recurs every year: no period of its own ("per jaar", "jaarlijks", "elk jaar"). Not "op
# jaarbasis", the annual figure of one year ("daalde op jaarbasis tot 3,8 procent").
_YEARLY = re.compile(r"\b(?:per\s+jaar|jaarlijks|elk\s+jaar|ieder\s+jaar)\b", re.IGNORECASE)
YEARLY_AFTER = 20  # "per jaar" right after the figure's segment still gives its rate
# A figure so far this year, compared with a whole year before it ("al", "inmiddels", "tot nu toe").
_YEAR_TO_DATE = re.compile(r"\b(?:al|inmiddels|tot\s+nu\s+toe|tot\s+dusver|dit\s+jaar)\b", re.IGNORECASE)
# A time after a year named before that names no year itself: the year named before no longer holds.
# (Not a month: "In 2018 … In april …" is April of that year.)
_YEARLESS = re.compile(
    r"\b(?:afgelopen|vorige|deze|komende|volgende)\s+(?:zomer|winter|herfst|lente|voorjaar|najaar|maand)\b"
    r"|" + _NEWS_DAY.pattern,
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d")
TITLE_CHARS = 600  # the title year is looked for this far into the text
CARRY_CHARS = 1500  # a period is carried from at most this far back in the paragraph
FLAT_LINE_CHARS = 700  # a line this long before a figure: a text stored without paragraph breaks
MAX_SPAN_YEARS = 50
RELATIVE_AFTER = 16  # a relative period ends at most this far after its "jaar" ("jaar daarvoor")
SENTENCE_BEFORE_CHARS = 200  # "het jaar ervoor" looks this far back for the year it follows
LABEL_CHARS = 12  # "(2017: 183)": the labelled figure starts this close after the year

# Relative periods. Groups: last (the year before), this, next, back (N years up to the year
# before), within ("in N jaar tijd", "in één jaar"), ago ("tien jaar geleden": one year).
_RELATIVE = re.compile(
    r"\b(?:"
    r"(?P<last>afgelopen|voorbije)\s+jaar|(?P<previous>vorig|verleden)\s+jaar"
    r"|(?P<this>dit|het\s+lopende|lopend)\s+jaar"
    r"|(?P<next>volgend|komend)e?\s+jaar"
    r"|(?:de\s+)?(?:afgelopen|laatste|voorbije|voorgaande)\s+(?P<back>\w+)\s+jaar"
    r"|(?:de\s+)?(?:komende|volgende)\s+(?P<ahead>\w+)\s+jaar"
    r"|(?P<before>(?:in\s+)?(?:het|een)\s+jaar\s+(?:ervoor|daarvoor|eerder))"
    r"|(?P<that>(?:in\s+)?(?:dat|datzelfde|hetzelfde)\s+jaar)"
    r"|in\s+(?P<within>\w+)\s+jaar(?:\s+tijd)?"
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


@dataclass(frozen=True, slots=True)
class Mention:
    """A period named in the text: clean ``start:end``, its normalised text, and whether it is
    the base year of a comparison (``base``), with the start of that comparison's own figure."""

    start: int
    end: int
    period: str
    base: bool
    # A base year still is the period of a figure that starts in ``owner_from:owner_to``.
    owner_from: int = -1
    owner_to: int = -1
    dated: bool = False  # a full date ("9 november 2020") dates a text; it is not carried
    whole: bool = False  # "tegen 39 in heel 2018": the base is a whole year, the others run after it


    def owns(self, found: Found) -> bool:
        return self.owner_from <= found.start < self.owner_to


@dataclass(frozen=True, slots=True)
class Timeline:
    """The periods named in a document, in text order, and its current year (None if unknown)."""

    now: int | None
    mentions: list[Mention]
    starts: list[int]
    report: int | None = None  # an annual report's year: the period of figures that name none
    dated: int | None = None  # the year of the source's date or of a full date near its start
    # Where the words stand that date a sentence without a year (found once, asked per figure):
    # days of the news, later times without a year, rates per year.
    days: tuple[int, ...] = ()
    yearless: tuple[int, ...] = ()
    yearly: tuple[int, ...] = ()
    main: int | None = None  # the year the text names most often (not as a base of comparison)
    news_date: bool = False  # a news source with its date: its figures are of that date

    def period(
        self, doc: Document, found: Found, near: list[_phrases.Span], sentence: _phrases.Span
    ) -> str | None:
        """The period of ``found``: the nearest period in the first span of ``near`` (segment,
        clause, sentence) that has one, else the period carried from earlier in the paragraph.
        "Nu" or "inmiddels" right before the figure dates it at the text's date instead."""
        if _period_words.is_age(doc.text, found):
            return None  # "Marit (26)", "de 61-jarige Duitser": a person's age, no period
        own = self._in(sentence.start, sentence.end)
        named = _named(own, found, near)
        if (named is not None and self.dated is not None
                and _period_words.now_just_before(
                    doc.text, [m.start for m in own if not m.base], found, near[-1].start)):
            # "Telde de school in 2015 nog 734 leerlingen, nu zijn het er 533": the news date, not 2015
            return self._since_base(own, found, str(self.dated))
        if named is not None:
            return named
        return self._unnamed(doc, found, near, sentence, own)

    def _unnamed(
        self, doc: Document, found: Found, near: list[_phrases.Span], sentence: _phrases.Span,
        own: list[Mention],
    ) -> str | None:
        """The period of a figure whose own words name none: a rate per year has none, a day of
        the news or "nu" dates it at the text's date, else one carried from before."""
        segment = near[0]
        reach = max(segment.end, min(segment.end + YEARLY_AFTER, sentence.end))
        if _any_in(self.yearly, segment.start, reach):
            return None  # "ongeveer 1,5 à 2 procent per jaar", "jaarlijks 3600 kilo": a rate, no period
        whole = [m for m in own if m.whole and not m.owns(found)]
        if whole and _YEAR_TO_DATE.search(doc.text, sentence.start, whole[0].owner_from):
            # "inmiddels 1,4 miljoen euro, tegen 800.000 euro in heel 2018": this year so far
            return str(_latest(whole[0].period) + 1)
        if _any_in(self.days, sentence.start, sentence.end):
            # "Het OM eiste maandag een celstraf van zes maanden": the news of the day, not a year
            # named before; its year is the article's date, else unknown
            return str(self.dated) if self.dated is not None else None
        text = doc.text
        if _period_words.is_duration(text, found):
            return None  # "een werkstraf van 40 uur", "veertig jaar oude": a length of time, not carried
        # the clause, and the words since the last comma ("…, nu is het verschil nog maar 63 procent")
        start, end = min(span.start for span in near), max(span.end for span in near)
        said_now = _period_words.NOW.search(text, start, end)
        if said_now and not _period_words.THEN.search(text, segment.start, segment.end):
            # "Van de Polen maakt nu minder dan 2 procent aanspraak": now, not a year named before
            now = str(self.dated) if self.news_date and self.dated is not None else None
            return self._since_base(own, found, now)
        carried = (
            _period_words.opening_year(
                doc.text, [(m.start, m.end, m.period) for m in own if not m.base], found, sentence.start
            )
            or self._carried(doc, sentence.start)
            or self._of_heading(doc, sentence.start)
            or (str(self.report) if self.report else None)
        )
        return self._since_base(own, found, carried)

    def _since_base(self, own: list[Mention], found: Found, carried: str | None) -> str | None:
        """A figure compared with base year B in a text about year Y has period "B-Y"."""
        base = max((_latest(m.period) for m in own if m.base and not m.owns(found)), default=None)
        if base is None:
            return carried
        if carried:
            end: int | None = _latest(carried)
        elif self.news_date:  # "sinds 2014 achttien boetes" in news of 2019: up to the news itself
            end = self.now
        else:  # a report's figures run up to the year before it was written
            end = self.now - 1 if self.now else None
        if end is None or end <= base or end - base > MAX_SPAN_YEARS:
            return carried
        return f"{base}-{end}"

    def _in(self, start: int, end: int) -> list[Mention]:
        i, j = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return self.mentions[i:j]

    def _carried(self, doc: Document, pos: int) -> str | None:
        """The period named last before ``pos`` in its paragraph. In a text without line breaks
        (news stored as one string: a line longer than FLAT_LINE_CHARS before ``pos``) a year
        named before the sentence before is carried only when it is the text's own year (see
        :meth:`_recent`): an older year named several sentences back no longer dates the figures
        after it."""
        text = doc.text
        reach = max(0, pos - CARRY_CHARS)
        paragraph = text.rfind("\n\n", reach, pos) + 1  # bounded: long texts stay linear
        before = [m for m in self._in(max(paragraph, reach), pos) if not m.base and not m.dated]
        if before and _any_in(self.yearless, before[-1].end, pos):
            return None  # "… in 2018. De raad sprak donderdag over afgelopen zomer. …": a later time, no year
        if not before:
            return None
        last = before[-1]
        if self.now is not None and _earliest(last.period) > self.now:
            return None  # "In 2050 moeten we 10 miljard mensen voeden. …": a forecast dates no later figure
        line = text.rfind("\n", reach, pos) + 1
        if pos - line > FLAT_LINE_CHARS and not self._recent(last.period):
            near = doc.sentence_at(max(0, pos - 2)).start  # flattened: the sentence before only
            if last.start < near:
                return None
        return last.period

    def _recent(self, period: str) -> bool:
        """Is ``period`` the text's own year: one year, the one the text names most often? (Not
        "vorig jaar" of an event, nor a span such as "de afgelopen tien jaar".)"""
        if "-" in period:
            return False
        latest = _latest(period)
        return latest == self.main

    def _of_heading(self, doc: Document, pos: int) -> str | None:
        """The period the heading of the section at ``pos`` names ("Criminaliteit in 2020")."""
        heading = _headings.heading_at(doc, pos)
        if heading is None:
            return None
        named = [m for m in self._in(heading.start, heading.end) if not m.base and not m.dated]
        return named[-1].period if named else None


def _named(own: list[Mention], found: Found, near: list[_phrases.Span]) -> str | None:
    """The period a comparison gives ``found`` itself, else the nearest one in the first span of
    ``near`` that names one."""
    owned = [m for m in own if m.owns(found)]
    if owned:
        return owned[0].period
    for span in near:
        inside = [m for m in own if not m.base and span.start <= m.start < span.end
                  and not m.start <= found.start < m.end]
        if inside:
            return min(inside, key=lambda m: _gap(m, found)).period
    return None


def _gap(m: Mention, found: Found) -> int:
    return found.start - m.end if m.end <= found.start else m.start - found.end


def _earliest(period: str) -> int:
    years = [int(y) for y in _YEAR.findall(period)]
    return min(years) if years else 0


def _latest(period: str) -> int:
    years = [int(y) for y in _YEAR.findall(period)]
    return max(years) if years else 0


def timeline(doc: Document) -> Timeline:
    """The periods of ``doc`` and its current year."""
    text = doc.text
    explicit = _explicit(doc)
    now = _current_year(doc, explicit)
    dated = _date_year(doc, explicit)
    mentions = list(explicit)
    report = now - 1 if now is not None and _is_annual_report(doc.lower or text.lower()) else None
    mentions.extend(_relative(doc, now, report, dated))
    mentions.sort(key=lambda m: m.start)
    return Timeline(
        now, mentions, [m.start for m in mentions], report, dated,
        days=_starts(_NEWS_DAY, doc, _NEWS_DAY_WORDS),
        yearless=_starts(_YEARLESS, doc, _NEWS_DAY_WORDS + _SEASON_WORDS),
        yearly=_starts(_YEARLY, doc, _YEARLY_WORDS),
        main=_most_named(explicit),
        news_date=doc.source.meta.date is not None and doc.source.meta.type is SourceType.NEWS,
    )


def _most_named(explicit: list[Mention]) -> int | None:
    """The year named most often in ``explicit`` as a whole year or span of years, outside
    comparisons (the latest of a tie); "januari 2024" is a date, not the year a text is about."""
    counts = Counter(_latest(m.period) for m in explicit if not m.base and m.period[:1].isdigit())
    return max(counts, key=lambda y: (counts[y], y)) if counts else None


def _starts(pattern: re.Pattern[str], doc: Document, words: tuple[str, ...]) -> tuple[int, ...]:
    """Starts of the matches of ``pattern`` in the document, in order: looked for only around the
    literal ``words`` one of which every match holds (a fast literal scan of the lower-case text)."""
    text, low = doc.text, doc.lower
    if low is None:
        return tuple(m.start() for m in pattern.finditer(text))
    found: set[int] = set()
    for word in words:
        pos = low.find(word)
        while pos >= 0:
            window = (max(0, pos - WORD_BACK), min(len(text), pos + len(word) + WORD_AHEAD))
            found.update(m.start() for m in pattern.finditer(text, *window) if m.start() <= pos < m.end())
            pos = low.find(word, pos + len(word))
    return tuple(sorted(found))


def _any_in(starts: tuple[int, ...], start: int, end: int) -> bool:
    """Whether one of the sorted ``starts`` lies in ``start:end``."""
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _is_annual_report(text: str) -> bool:
    """In lower-case ``text``: "voor u ligt het jaarverslag", "in dit jaarverslag", or a running
    header such as "NS jaarverslag 2018" on two lines of its own."""
    headers: Counter[str] = Counter()
    for word in _ANNUAL_WORD.finditer(text):  # a literal search: fast on long texts
        line_start = text.rfind("\n", max(0, word.start() - HEADER_CHARS), word.start()) + 1
        line_end = text.find("\n", word.end(), word.end() + HEADER_CHARS + 1)  # bounded: no rescans
        if line_end < 0:
            line_end = min(len(text), word.end() + HEADER_CHARS + 1)
        if _ANNUAL_REPORT_SELF.search(text, max(0, word.start() - SELF_CHARS), word.end()):
            return True
        short = line_end - line_start <= HEADER_CHARS
        if short and _ANNUAL_REPORT_HEADER.fullmatch(text, line_start, line_end):
            headers[text[line_start:line_end].strip()] += 1
    return any(n >= HEADER_REPEATS for n in headers.values())


def _explicit(doc: Document) -> list[Mention]:
    """Years and periods written out ("2018", "juni 2020", "2012-2017"), names left out."""
    text = doc.text
    out: list[Mention] = []
    covered = 0
    for d in doc.digits:
        if d < covered or not text.startswith(("19", "20"), d) or not _YEAR.match(text, d):
            continue
        session = _period_words.session_end(text, d)
        if session is not None:  # "Tweede Kamer, vergaderjaar 2018–2019": a running head, no period
            covered = session
            continue
        m = _YEAR_SPAN.match(text, d)
        if m is None and _PERIOD_WORD_BEFORE.search(text, max(covered, d - PERIOD_WORD_CHARS), d):
            # "eerste helft van 2020", "juni 2019"
            around = PERIOD.finditer(text, max(covered, d - 60), min(len(text), d + 40))
            m = next((p for p in around if p.start() <= d < p.end()), None)
        m = m or _PLAIN_YEAR.match(text, d)
        if m is None or _period_words.AMOUNT_AFTER.match(text, m.end()):
            continue  # "1960 euro", "2098 mensen": an amount, not a year
        covered = m.end()
        if _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()) and not _MONTH_OR_SEASON.match(
            text, m.start()
        ):
            word = text[text.rfind(" ", 0, m.start() - 1) + 1 : m.start()].strip()
            if not _MONTH_OR_SEASON.fullmatch(word) and word.lower() not in _period_words.YEAR_PREPOSITIONS:
                continue  # "Strategisch Omgevingsbeeld 2020": part of a name ("Geweld In 2018" is not)
        mention = _mention(text, m.start(), m.end(), _normalise(m.group(0)))
        if _DAY_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            mention = replace(mention, dated=True)
        out.append(mention)
    return out


def _mention(text: str, start: int, end: int, period: str) -> Mention:
    """A period with its role: the base of a comparison or not."""
    before = text[max(0, start - 60) : start]
    against = _AGAINST_FIGURE.search(before)
    if against is not None:  # "tegenover 88% in 2017": the year of the figure after the comparison word
        whole = before.rstrip().lower().endswith("heel")
        return Mention(start, end, period, True, start - len(before) + against.start(), start, whole=whole)
    if text.startswith("(", start - 1) and _LABEL_AFTER.match(text, end):  # "(2017: 183)"
        return Mention(start, end, period, True, end, end + LABEL_CHARS)
    if _BASE_BEFORE.search(before) and not text.startswith("(", start - 1):
        bracket = _BRACKET_AFTER.match(text, end)
        if bracket is not None:
            return Mention(start, end, period, True, bracket.end(), bracket.end() + 1)
        return Mention(start, end, period, True)
    return Mention(start, end, period, False)


def _normalise(raw: str) -> str:
    period = " ".join(raw.split())
    if re.search(r"\d{4}\s*(?:[–/-]|en|tot|t/m)", period):
        return re.sub(r"\s*[–/-]\s*|\s+(?:en|tot(?:\s+en\s+met)?|t/m)\s+", "-", period)
    return period


def _current_year(doc: Document, explicit: list[Mention]) -> int | None:
    """The source's year, else the year of a full date near the start of the text (a letter's or
    a news item's date), else the year a weekday with a date fits ("dinsdag 12 februari"), else a
    title year, else the year after the one named most often."""
    date = doc.source.meta.date
    if date is not None:
        return date.year
    text = doc.text
    dated = next((m for m in explicit if m.dated and m.start < TITLE_CHARS), None)
    if dated is not None:  # "Den Haag, 12 maart 2019", "Datum 3 april 2020": the text's own date
        return _latest(dated.period)
    counts = Counter(int(y) for m in explicit if not m.base for y in _YEAR.findall(m.period))
    weekday_year = _weekday_year(doc.lower if doc.lower is not None else text.lower(), counts)
    if weekday_year is not None:
        return weekday_year
    for m in _YEAR.finditer(text, 0, min(len(text), TITLE_CHARS)):
        if _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            report = _REPORT_TITLE.search(text, max(0, m.start() - 30), m.start())
            return int(m.group(0)) + (1 if report else 0)
    if not counts:
        return None
    year = max(counts, key=lambda y: (counts[y], y))
    return year + 1


def _date_year(doc: Document, explicit: list[Mention]) -> int | None:
    """The year of the source's date, else of a full date near the start of its text."""
    if doc.source.meta.date is not None:
        return doc.source.meta.date.year
    dated = next((m for m in explicit if m.dated and m.start < TITLE_CHARS), None)
    return _latest(dated.period) if dated is not None else None


def _weekday_year(low: str, counts: Counter[int]) -> int | None:
    """The year in which the weekdays of dates without a year fall ("op dinsdag 12 februari"),
    among the years around those the text names; None when no such date or no single fit."""
    if not counts:
        return None
    candidates = range(min(counts) - 1, max(counts) + 2)
    votes: Counter[int] = Counter()
    for m in _WEEKDAY_DATE.finditer(low):
        if _YEAR_AFTER.match(low, m.end()):
            continue  # a full date says its year itself
        weekday, day, month = _WEEKDAYS.index(m["weekday"]), int(m["day"]), months.number(m["month"])
        fits = [y for y in candidates if _weekday(y, month, day) == weekday]
        if len(fits) == 1:
            votes[fits[0]] += 1
    return max(votes, key=lambda y: (votes[y], y)) if votes else None


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return datetime.date(year, month, day).weekday()
    except ValueError:
        return None


def _relative(doc: Document, now: int | None, report: int | None, dated: int | None) -> list[Mention]:
    """Relative periods; without a current year only those relative to a year in the text."""
    text = doc.text
    low = doc.lower if doc.lower is not None else text.lower()
    out: list[Mention] = []
    pos = low.find("jaar")
    while pos >= 0:
        start = max(0, pos - 40)
        for m in _RELATIVE.finditer(text, start, min(len(text), pos + RELATIVE_AFTER)):
            if not m.start() <= pos < m.end():
                continue
            if m.group("before") or m.group("that"):  # relative to the year named before it
                back = 1 if m.group("before") else 0
                period = (_year_before(text, m.start(), back=back)
                          or _relative_before(text, out, m.start(), back))
            else:
                period = _resolve(m, now, report) if now is not None else None
                if m.group("ago") and dated is None:
                    period = None  # "tien jaar geleden" counts back from a date, not from a guessed year
            if period is not None:
                out.append(_earlier_of_figure(text, m, period) or _mention(text, m.start(), m.end(), period))
            break
        pos = low.find("jaar", pos + 4)
    year = report if report is not None else now
    for m in _parts_of_year(low):  # the year named before it in the sentence, else the current one
        named = _year_before(text, m.start(), back=0) or (str(year) if year is not None else None)
        if named is not None:
            out.append(_mention(text, m.start(), m.end(), named))
    return out


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
    years = _YEAR.findall(text, max(start, end_of_sentence + 1), pos)
    return str(int(years[-1]) - back) if years else None


def _resolve(m: re.Match[str], now: int, report: int | None) -> str | None:
    """A relative period as years. In an annual report "dit jaar" and "het afgelopen jaar" are
    the report's year and "vorig jaar" the one before it; elsewhere they count from now."""
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
