"""The period of a figure: from its sentence, else carried from its paragraph, else the year its
section heading names ("Criminaliteit in 2020"), else an annual report's year or an annual
plan's ("Jaarplan 2024": "We nemen 40 nieuwe medewerkers aan" is 2024).

A document has a *current year* (:class:`Timeline`; see :mod:`._period_now`): the year of its
source date, else one read from the text itself. The periods written out ("2018", "juni 2020",
"ten opzichte van 2017") are found by :mod:`._period_mentions`, relative ones ("vorig jaar", "in
vijf jaar tijd", "het eerste halfjaar") are resolved against the current year by
:mod:`._period_relative`.

What is not carried: a future year (a forecast), and in a text without paragraph breaks (news
stored as one string) any year named before the sentence before, except the year the text names
most often, and that only when it names it at least four times (a report on that year; a news
article that names an event's year once or twice is not about that year). A person's age
("Marit (26)", "61-jarige") has no period, and a length of time ("zes maanden", "veertig jaar
oude") only one its own words name or the day of the news. "Nu",
"inmiddels" and "momenteel" date a figure at the news date, not at a year named before (in a text
without a date: no period). Nor is a year carried past, or into the sentence of, a relative period
that finds no current year ("Vorig jaar kreeg de bank een boete" in an undated text), nor from a
table's column heads ("Stand einde boekjaar  2018  2017") into running text after the table.
An annual report's year is not given to a forecast ("verwacht een tekort aan 40.000") nor to a
figure inside a quotation.

In a file of letters each with its own date ("'s-Gravenhage, 2 november 1990", "(Ingezonden 14
december 1989)") the text after a letter's date is dated by it, also when the file's own date is
the first letter's: "thans", "op dit moment" and "gisteren" are of that letter's year, a year named
in a later letter is no forecast, "sinds 1987" runs to the letter's year.

A year in a comparison ("ten opzichte van 2017", "dan in 2017", "(2017: 183)") is the base of
a change, not the period of the other figures of its sentence: a figure compared with base
year B in a text about year Y has period "B-Y" (in dated news Y is the news date's year:
"sinds 2014 achttien boetes" in news of 2019 is "2014-2019").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from trendbeeld import months
from trendbeeld.extract import _headings, _period_now, _period_words, _phrases, _quotemarks
from trendbeeld.extract._context import Found
from trendbeeld.extract._document import Document
from trendbeeld.extract._period_mentions import Mention, earliest, explicit, latest
from trendbeeld.extract._period_relative import MAX_SPAN_YEARS, relative
from trendbeeld.model import SourceType

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
# The only words of _NEWS_DAY (and so of _YEARLESS) that hold "dag" are the weekdays and "middag"
# ("vandaag" is "daag"): a "dag" without one of their stems right before it ("dagen", "uitdaging",
# "dagelijks") is in no match, and its window need not be scanned.
_DAY_STEM_BEFORE = re.compile(r"(?:maan|dins|woens|donder|vrij|zater|zon|mid)\Z", re.IGNORECASE)
_DAY_STEMS = {"dag": (_DAY_STEM_BEFORE, len("donder"))}
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
# Words of a forecast: its figure is of a later year, not of the year an annual report is about.
_FORECAST = re.compile(r"\b(?:verwacht\w*|voorspel\w*|prognose\w*|raming\w*|zal|zullen)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")
_DIGIT = re.compile(r"\d")
PROSE_WORDS = 6  # a sentence of running text has this many words; a table row has fewer
CARRY_CHARS = 1500  # a period is carried from at most this far back in the paragraph
NARRATION = 3  # in flattened news a reference day dates the three sentences after its own
FLAT_LINE_CHARS = 700  # a line this long before a figure: a text stored without paragraph breaks
# A text's own year is named this often: a report on one year ("2018" 28 times in a budget memorandum),
# not a news article that names an event's year once or twice ("de dood van X in 2015").
MAIN_TIMES = 4
# A report on one year without a title that says so names that year this often and compares with the
# year before at least OVERVIEW_BASES times.
OVERVIEW_TIMES = 8
OVERVIEW_BASES = 3
# A text with a blank line between its paragraphs that cleaning read as double-spaced (news with
# "\n\n" after every paragraph): its paragraph breaks are read from the source. A break follows a
# sentence end; a blank line inside a sentence is a double-spaced line, no paragraph break.
MIN_BREAKS = 4
WRAPPED_SHARE = 0.2  # of the blank lines inside sentences: a text double-spaced line by line
# A weekday with a date dates the article it stands in ("Donderdagavond 14 februari").
_WEEKDAY_DATE = re.compile(
    rf"\b(?:{'|'.join(months.WEEKDAYS)})(?:avond|ochtend|middag|nacht)?\s+\d{{1,2}}\s+(?:{months.alternation()})\b",
    re.IGNORECASE,
)
WEEKDAY_BACK, WEEKDAY_AHEAD = 7, 30  # "donder" before a weekday's "dag", "avond 14 september" after it
ARTICLE_TIMES = 3  # an article names its own year this often (or twice, against an earlier year)
_AFTER_ANY_YEAR = 10_000  # sorts after every (start, year) of a letter at the same start
_SENTENCE_END = frozenset(".!?:\"”’'")


@dataclass(frozen=True, slots=True)
class Timeline:
    """The periods named in a document, in text order, and its current year (None if unknown)."""

    now: int | None
    mentions: list[Mention]
    starts: list[int]
    report: int | None = None  # an annual report's year: the period of figures that name none
    dated: int | None = None  # the year of the source's date or of a full date near its start
    plan: bool = False  # the text is a plan for the year ``report`` ("Jaarplan 2024"), written in it
    # Where the words stand that date a sentence without a year (found once, asked per figure):
    # days of the news, later times without a year, rates per year.
    days: tuple[int, ...] = ()
    yearless: tuple[int, ...] = ()
    yearly: tuple[int, ...] = ()
    main: int | None = None  # the year the text names most often (not as a base of comparison)
    # "vorig jaar", "dit jaar" in a text whose current year is unknown: a time without a year
    # (also among ``yearless``: no year named before them is carried past them)
    unresolved: tuple[int, ...] = ()
    quoted: tuple[tuple[int, int], ...] = ()  # quotations (start, end) of an annual report
    news_date: bool = False  # a news source with its date: its figures are of that date
    # In a text whose blank lines cleaning dropped: where its paragraphs and its articles (after
    # two blank lines) start, in clean offsets.
    breaks: tuple[int, ...] = ()
    articles: tuple[int, ...] = ()
    article_years: tuple[int | None, ...] = ()  # the year of each article (the first: up to articles[0])
    # The own dates of the letters in a file of letters, as (start, year): each dates the text after it.
    letters: tuple[tuple[int, int], ...] = ()

    def period(
        self, doc: Document, found: Found, near: list[_phrases.Span], sentence: _phrases.Span
    ) -> str | None:
        """The period of ``found``: the nearest period in the first span of ``near`` (segment,
        clause, sentence) that has one, else the period carried from earlier in the paragraph.
        "Nu" or "inmiddels" right before the figure dates it at the text's date instead."""
        if _period_words.is_age(doc.text, found):
            return None  # "Marit (26)", "de 61-jarige Duitser": a person's age, no period
        own = _this_paragraph(doc, self._in(sentence.start, sentence.end), found)
        named = _named(own, found, near)
        if named is not None and _period_words.now_just_before(
                doc.text, [m.start for m in own if not m.base], found, near[-1].start, near[0].start):
            # "Telde de school in 2015 nog 734 leerlingen, nu zijn het er 533": the news date, not
            # 2015; unknown in a text without a date
            dated = self._dated_at(found.start)
            return self._since_base(own, found, str(dated) if dated is not None else None)
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
            return str(latest(whole[0].period) + 1)
        if _any_in(self.days, sentence.start, sentence.end):
            # "Het OM eiste maandag een celstraf van zes maanden": the news of the day, not a year
            # named before; its year is the article's date, else unknown
            dated = self._dated_at(found.start)
            return str(dated) if dated is not None else None
        text = doc.text
        if _period_words.is_duration(text, found):
            return None  # "een werkstraf van 40 uur", "veertig jaar oude": a length of time, not carried
        # the clause, and the words since the last comma ("…, nu is het verschil nog maar 63 procent")
        start, end = min(span.start for span in near), max(span.end for span in near)
        said_now = _period_words.NOW.search(text, start, end)
        if said_now and not _period_words.THEN.search(text, segment.start, segment.end):
            # "Van de Polen maakt nu minder dan 2 procent aanspraak": now, not a year named before
            # (a letter's own date dates its "thans": "Thans zijn 2100 verzoeken in behandeling")
            dated = self._dated_at(found.start)
            dated_now = self.news_date or self._letter_year(found.start) is not None
            now = str(dated) if dated_now and dated is not None else None
            return self._since_base(own, found, now)
        # "Vorig jaar kreeg de bank een boete van …" without a date: no year named before holds
        carried = None if _any_in(self.unresolved, sentence.start, sentence.end) else (
            _period_words.opening_year(
                doc.text, [(m.start, m.end, m.period) for m in own if not m.base], found, sentence.start
            )
            or self._carried(doc, sentence.start, _is_prose(text, sentence))
            or self._of_heading(doc, sentence.start)
            or self._of_report(text, found, sentence)
            or self._of_title(doc, sentence.start)
        )
        if (self.plan and carried is not None and self.report is not None and latest(carried) < self.report
                and not own and _period_now.says_future(text, sentence.start, sentence.end)):
            # "In 2023 behandelden we 9 miljoen aangiften. We gaan 500 extra controles uitvoeren":
            # a plan's intention is of the year it plans, not of a past year named before it
            carried = str(self.report)
        if (carried is not None and self.report is None
                and _period_words.is_case_count(text, found)):
            # "Twee van hen werden vervolgd", "Vier gemeenten laten we buiten beschouwing": the size
            # of one case, not of a year named before it, even the year the text names most often
            # (an annual report's case counts still are of the year it is about)
            carried = None
        return self._since_base(own, found, carried)

    def _of_report(self, text: str, found: Found, sentence: _phrases.Span) -> str | None:
        """An annual report's year, for a figure that names no period. Not for a forecast ("verwacht
        een tekort aan circa 40.000 vakmensen") nor for a figure inside a quotation ("dat je 1000
        euro krijgt als je een collega aandraagt"): neither is a figure of the year reported on."""
        if self.report is None or (not self.plan and _FORECAST.search(text, sentence.start, sentence.end)):
            return None  # (a plan's expectations are of the year it plans: "verwachten we 90 procent")
        i = bisect.bisect_right(self.quoted, (found.start, len(text))) - 1
        if (i >= 0 and self.quoted[i][0] <= found.start < self.quoted[i][1]
                and text.find("\n\n", self.quoted[i][0], found.start) < 0):  # not marks paired across columns
            return None
        return str(self.report)

    def _since_base(self, own: list[Mention], found: Found, carried: str | None) -> str | None:
        """A figure compared with base year B in a text about year Y has period "B-Y" (a year
        carried from before that is B itself, "basisjaar 2018 … met 29,9% toegenomen sinds 2018",
        is no end: the text's year is)."""
        base = max((latest(m.period) for m in own if m.base and not m.owns(found)), default=None)
        if base is None:
            return carried
        if carried and latest(carried) > base:
            end: int | None = latest(carried)
        elif self.news_date:  # "sinds 2014 achttien boetes" in news of 2019: up to the news itself
            end = self.now
        elif (letter := self._letter_year(found.start)) is not None:  # up to the letter's own date
            end = letter
        else:  # a report's figures run up to the year before it was written
            end = self.now - 1 if self.now else None
        if end is None or end <= base or end - base > MAX_SPAN_YEARS:
            return carried
        return f"{base}-{end}"

    def _letter_year(self, pos: int) -> int | None:
        """The year of the own date of the letter at ``pos`` in a file of letters (None before the
        first date, or in any other text)."""
        i = bisect.bisect_right(self.letters, (pos, _AFTER_ANY_YEAR)) - 1
        return self.letters[i][1] if i >= 0 else None

    def _now_at(self, pos: int) -> int | None:
        """The current year at ``pos``: its letter's date ("'s-Gravenhage, 2 april 1990"), else the text's."""
        letter = self._letter_year(pos)
        return letter if letter is not None else self.now

    def _dated_at(self, pos: int) -> int | None:
        """The year of the date at ``pos``: its letter's own date, else the text's date."""
        letter = self._letter_year(pos)
        return letter if letter is not None else self.dated

    def _in(self, start: int, end: int) -> list[Mention]:
        i, j = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return self.mentions[i:j]

    def _carried(self, doc: Document, pos: int, prose: bool = True) -> str | None:
        """The period named last before ``pos`` in its paragraph (within CARRY_CHARS of ``pos``, or
        of the sentence before when that sentence holds a figure). In a text without line breaks
        (news stored as one string: a line longer than FLAT_LINE_CHARS before ``pos``) a year
        named before the sentence before is carried only when it is the text's own year (see
        :meth:`_recent`): an older year named several sentences back no longer dates the figures
        after it."""
        text = doc.text
        reach = max(0, pos - CARRY_CHARS)
        if self.breaks:  # paragraphs read from the source: the sentence before may carry a figure too
            before_start = doc.sentence_at(max(0, pos - 2)).start
            i = bisect.bisect_right(self.breaks, pos) - 1
            if (i < 0 or self.breaks[i] <= before_start) and _DIGIT.search(text, before_start, pos):
                # "… heeft 78 procent … en in Limburg 55 procent. In de rest van Nederland heeft
                # slechts 39 procent …": the year carried to the figures of the sentence before (in
                # the same paragraph) holds for this one, counted back from that sentence
                reach = max(0, before_start - CARRY_CHARS)
        paragraph = text.rfind("\n\n", reach, pos) + 1  # bounded: long texts stay linear
        before = [m for m in self._in(max(paragraph, reach), pos) if m.carries()]
        if before and _any_in(self.yearless, before[-1].end, pos):
            return None  # "… in 2018. De raad sprak donderdag over afgelopen zomer. …": a later time, no year
        if not before:
            return None
        last = before[-1]
        if last.column and prose:
            return None  # "Waarvan ingekocht  2018  2017": a table's column heads date its columns only
        if self._ends_before(doc, last, pos):
            return None
        line = text.rfind("\n", reach, pos) + 1
        end = text.find("\n", pos, line + FLAT_LINE_CHARS + 1)  # bounded: long texts stay linear
        end = min(len(text), line + FLAT_LINE_CHARS + 1) if end < 0 else end
        if end - line > FLAT_LINE_CHARS and not self._recent(last.period):
            starts = doc.sentence_starts  # flattened: the sentence before only; a reference day
            back = NARRATION if last.reference else 1  # dates a narration ("Op 14 juli 2016 rijdt …")
            if last.start < starts[max(0, bisect.bisect_right(starts, pos - 2) - back)]:
                return None
        return last.period

    def _ends_before(self, doc: Document, last: Mention, pos: int) -> bool:
        """Does the period ``last`` no longer date the figures at ``pos``? A forecast dates no later
        figure ("In 2050 moeten we 10 miljard mensen voeden. …"; without a current year: a deadline,
        "voor 2025", or the year of a sentence about the future), and a year of an earlier
        paragraph of a double-spaced text only when it holds on ("… in 2010 tbs te ontlopen. ¶ …
        Bij dertien gedetineerden": not 2010)."""
        now = self._now_at(pos)
        # (an annual report is written the year after the year it reports on: a later year in it,
        # "de komende vijf jaar" among them, is a plan or a forecast too)
        limit = self.report if self.report is not None and self._letter_year(pos) is None else now
        if (earliest(last.period) > limit) if limit is not None else _period_now.of_future(doc, last):
            return True
        # (in a plan the year of an earlier paragraph never holds on: its year is the plan's)
        return _any_in(self.breaks, last.end, pos + 1) and (self.plan or not self._holds_on(doc, last, pos))

    def _holds_on(self, doc: Document, last: Mention, pos: int) -> bool:
        """Does the year ``last``, named in a paragraph before the one at ``pos``, still date its
        figures? Only when it is the year of the article (see :func:`_article_year`), and not
        inside a quotation of that later paragraph: the quoted speaker speaks now ("„Het blijkt nog
        steeds dat 70 tot 80% …"), not in the year the story named before."""
        i = bisect.bisect_right(self.articles, pos)  # articles[i - 1] starts the article at pos
        if self.article_years[i] != latest(last.period):
            return False
        paragraph = self.breaks[bisect.bisect_right(self.breaks, pos) - 1]
        return not _inside_quotation(doc.text, paragraph, pos)

    def _recent(self, period: str) -> bool:
        """Is ``period`` the text's own year: one year, the one the text names most often? (Not
        "vorig jaar" of an event, nor a span such as "de afgelopen tien jaar".)"""
        if "-" in period:
            return False
        return latest(period) == self.main

    def _of_heading(self, doc: Document, pos: int) -> str | None:
        """The period the heading of the section at ``pos`` names ("Criminaliteit in 2020")."""
        heading = _headings.heading_at(doc, pos)
        if heading is None:
            return None
        named = [m for m in self._in(heading.start, heading.end) if not m.base and not m.dated]
        return named[-1].period if named else None

    def _of_title(self, doc: Document, pos: int) -> str | None:
        """The one year a heading above the section at ``pos`` names, not a span: a publication's title
        ("Jeugdbescherming en jeugdreclassering 1e halfjaar 2023" over "1. Jeugdbescherming")."""
        for heading in _period_words.headings_above(doc, pos):
            named = [m for m in self._in(heading.start, heading.end) if not m.base and not m.dated]
            if named:
                return named[-1].period if earliest(named[-1].period) == latest(named[-1].period) else None
        return None


def _this_paragraph(doc: Document, own: list[Mention], found: Found) -> list[Mention]:
    """The periods ``own`` of a sentence without those in a heading after the figure: a table row or
    line without a full stop runs on into the heading after it ("Vermogensmisdrijven 310.000 ¶ 3
    Ontwikkelingen in het eerste halfjaar van 2021"), whose year is not the row's."""
    if not own or own[-1].start < found.end:
        return own
    starts, headings = _headings.headings(doc.clean.source)
    at = doc.clean.source_offset(found.end)
    kept = []
    for m in own:
        if m.start >= found.end:
            where = doc.clean.source_offset(m.start)
            i = bisect.bisect_right(starts, where) - 1
            if i >= 0 and at <= headings[i].start and where < headings[i].end:
                break  # in a heading that starts after the figure
        kept.append(m)
    return kept


def _article_year(inside: list[Mention]) -> int | None:
    """The year an article is about, of the periods ``inside`` it: the year it names most often, at
    least twice, and three times or against an earlier year ("in 2018 toegenomen in vergelijking
    met 2017 … In 2018 werden …"); a year of one event named once or twice is not."""
    counts = Counter(latest(m.period) for m in inside if not m.base and not m.dated)
    if not counts:
        return None
    (year, times), *rest = counts.most_common(2)
    if times < 2 or (rest and rest[0][1] == times):
        return None
    if times >= ARTICLE_TIMES or any(m.base and latest(m.period) < year for m in inside):
        return year
    return None


def _inside_quotation(text: str, start: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation that opens in ``start:pos`` (its sentence runs on after it)?"""
    end = text.find("\n", pos)
    window = text[start : end if end >= 0 else len(text)]
    return any(q.open <= pos - start < q.close_end for q in _quotemarks.candidates(window))


def _undated_articles(doc: Document, written: list[Mention]) -> tuple[tuple[int, int], ...]:
    """The articles of a compilation (after two blank lines) that name no year and no weekday with
    a date ("donderdagavond 14 februari"), as clean ``(start, end)``: a current year read from
    another article is not theirs."""
    breaks = doc.source_articles.starts
    if not breaks:
        return ()
    text = doc.text
    bounds = [0, *(doc.clean.clean_offset(b) for b in breaks), len(text)]
    starts = [m.start for m in written]
    return tuple(
        (a, b) for a, b in itertools.pairwise(bounds)
        if bisect.bisect_left(starts, a) == bisect.bisect_left(starts, b)  # no year named in it
        and not _weekday_date_in(doc, a, b)
    )


def _weekday_date_in(doc: Document, start: int, end: int) -> bool:
    """Whether a weekday with a date stands in ``start:end``: looked for only at each "dag" (a
    literal search of the lower-case text), as every weekday holds one."""
    low = doc.lower if doc.lower is not None else doc.text.lower()
    pos = low.find("dag", start, end)
    while pos >= 0:
        if _WEEKDAY_DATE.search(doc.text, max(start, pos - WEEKDAY_BACK), min(end, pos + WEEKDAY_AHEAD)):
            return True
        pos = low.find("dag", pos + 3, end)
    return False


def _dropped_breaks(doc: Document) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the paragraphs and articles of a text start whose blank lines cleaning dropped (a text
    read as double-spaced): after each blank line that follows a sentence end, and after each two
    blank lines; clean offsets. Empty for any other text."""
    source = doc.clean.source
    blank = source.count("\n\n")
    if blank < MIN_BREAKS or doc.text.count("\n\n") * 2 >= blank:
        return (), ()
    paragraphs: list[int] = []
    wrapped = 0  # blank lines inside a sentence: the next line goes on in lower case
    pos = source.find("\n\n")
    while pos >= 0:
        end = pos
        while end > 0 and source[end - 1] in " \t":
            end -= 1
        after = pos + 2
        while source.startswith("\n", after):
            after += 1
        if end > 0 and source[end - 1] in _SENTENCE_END:
            paragraphs.append(doc.clean.clean_offset(after))
        elif source[after : after + 1].islower():
            wrapped += 1
        pos = source.find("\n\n", after)
    if wrapped > WRAPPED_SHARE * blank:
        return (), ()  # a blank line after every printed line (a PDF): its paragraphs are unknown
    return tuple(paragraphs), tuple(doc.clean.clean_offset(end) for end in doc.source_articles.ends)


def _is_prose(text: str, sentence: _phrases.Span) -> bool:
    """A sentence of running text, not a table row ("Omzet  2.346  2.291"): at least PROSE_WORDS words."""
    return len(_WORD.findall(text, sentence.start, sentence.end)) >= PROSE_WORDS


def _named(own: list[Mention], found: Found, near: list[_phrases.Span]) -> str | None:
    """The period a comparison gives ``found`` itself, else the nearest one in the first span of
    ``near`` that names one (not beyond the base year of the figure's own comparison)."""
    owned = [m for m in own if m.owns(found)]
    if owned:
        return owned[0].period
    # the figure's own comparison ends where its base year stands: a year after that base is of
    # another clause ("een daling van 40% ten opzichte van 2021 en heeft te maken met … in 2021")
    compared = next((m.start for m in own if m.base and m.start >= found.end), None)
    for span in near:
        inside = [m for m in own if not m.base and span.start <= m.start < span.end
                  and not m.start <= found.start < m.end and (compared is None or m.start < compared)]
        if inside:
            return min(inside, key=lambda m: _gap(m, found)).period
    return None


def _gap(m: Mention, found: Found) -> int:
    return found.start - m.end if m.end <= found.start else m.start - found.end


def timeline(doc: Document) -> Timeline:
    """The periods of ``doc`` and its current year."""
    text = doc.text
    written = explicit(doc)
    low = doc.lower or text.lower()
    # a plan's title outweighs its references to an annual report ("zoals in ons jaarverslag 2023")
    plan = _period_now.plan_year(low)
    annual = plan is None and _period_now.is_annual_report(low)
    monitor = None if annual or plan is not None else _period_now.monitor_year(low)
    now = _period_now.current_year(doc, written, annual) if plan is None else plan
    if monitor is not None:  # "Veiligheidsmonitor 2021" reports on 2021, like "Jaarverslag 2021"
        now = monitor + 1
    dated = _period_now.date_year(doc, written)
    mentions = list(written)
    report = now - 1 if now is not None and (annual or monitor is not None) else plan
    if report is None and doc.source.meta.type is not SourceType.NEWS:
        report = _overview_year(written)  # "In 2022 … 12.486 klachten, 31% minder dan in 2021"
        now = now if report is None or (now is not None and now > report) else report + 1
    unresolved: list[int] = []
    undated = _undated_articles(doc, written) if dated is None and report is None else ()
    letters = _period_now.datelines(doc, written) if report is None else []
    mentions.extend(relative(doc, now, report, dated, unresolved, written, undated, letters))
    mentions.sort(key=lambda m: m.start)
    seen: dict[str, list[int]] = {}  # where each word stands: the days' words are yearless words too
    breaks, articles = _dropped_breaks(doc)
    starts = [m.start for m in mentions]
    bounds = [0, *articles, len(text)] if breaks else []
    article_years = tuple(
        _article_year(mentions[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)])
        for a, b in itertools.pairwise(bounds)
    )
    return Timeline(
        now, mentions, starts, report, dated, plan=plan is not None,
        unresolved=tuple(unresolved),
        quoted=tuple((q.start, q.end) for q in _quotemarks.document_candidates(text) if not q.unclosed)
        if report is not None else (),
        days=_starts(_NEWS_DAY, doc, _NEWS_DAY_WORDS, _DAY_STEMS, seen),
        yearless=tuple(sorted({
            *_starts(_YEARLESS, doc, _NEWS_DAY_WORDS + _SEASON_WORDS, _DAY_STEMS, seen), *unresolved
        })),
        yearly=_starts(_YEARLY, doc, _YEARLY_WORDS),
        main=_most_named(written),
        news_date=doc.source.meta.date is not None and doc.source.meta.type is SourceType.NEWS,
        breaks=breaks,
        articles=articles,
        article_years=article_years,
        letters=tuple(letters),
    )


def _overview_year(written: list[Mention]) -> int | None:
    """The year a report without a title or header (a chapter of an annual report, a year
    overview) is about: the year it names most often, at least OVERVIEW_TIMES times, when it compares
    with the year before at least OVERVIEW_BASES times ("ten opzichte van 2021", "dan in 2021",
    "(2021: 66)"). Its figures that name no year are of that year, as an annual report's are."""
    counts = Counter(latest(m.period) for m in written if not m.base and m.period[:1].isdigit())
    if not counts:
        return None
    year = max(counts, key=lambda y: (counts[y], y))
    if counts[year] < OVERVIEW_TIMES:
        return None
    bases = sum(1 for m in written if m.base and m.period[:1].isdigit() and latest(m.period) == year - 1)
    return year if bases >= OVERVIEW_BASES else None


def _most_named(written: list[Mention]) -> int | None:
    """The year named most often in ``written`` as a whole year or span of years, outside
    comparisons (the latest of a tie), if named at least MAIN_TIMES times; "januari 2024" is a
    date, not the year a text is about."""
    counts = Counter(latest(m.period) for m in written if not m.base and m.period[:1].isdigit())
    if not counts:
        return None
    year = max(counts, key=lambda y: (counts[y], y))
    return year if counts[year] >= MAIN_TIMES else None


def _starts(
    pattern: re.Pattern[str], doc: Document, words: tuple[str, ...],
    stems: dict[str, tuple[re.Pattern[str], int]] | None = None, seen: dict[str, list[int]] | None = None,
) -> tuple[int, ...]:
    """Starts of the matches of ``pattern`` in the document, in order: looked for only around the
    literal ``words`` one of which every match holds (a fast literal scan of the lower-case text).
    ``stems`` gives for a word what every match that holds it has right before it (a pattern read
    up to the word, and how far back): an occurrence without it is in no match. ``seen`` keeps
    where each word stands for the next call on the same document."""
    text, low = doc.text, doc.lower
    if low is None:
        return tuple(m.start() for m in pattern.finditer(text))
    found: set[int] = set()
    seen = {} if seen is None else seen
    for word in words:
        if word not in seen:
            seen[word] = _occurrences(low, word)
        stem, back = (stems or {}).get(word, (None, 0))
        for pos in seen[word]:
            if stem is None or stem.search(text, max(0, pos - back), pos):
                window = (max(0, pos - WORD_BACK), min(len(text), pos + len(word) + WORD_AHEAD))
                found.update(m.start() for m in pattern.finditer(text, *window) if m.start() <= pos < m.end())
    return tuple(sorted(found))


def _occurrences(low: str, word: str) -> list[int]:
    """Where ``word`` stands in ``low``, one after the other (a literal search)."""
    out = []
    pos = low.find(word)
    while pos >= 0:
        out.append(pos)
        pos = low.find(word, pos + len(word))
    return out


def _any_in(starts: tuple[int, ...], start: int, end: int) -> bool:
    """Whether one of the sorted ``starts`` lies in ``start:end``."""
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end
