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

This module assembles the Figure records; the scans live beside it, one concern each:

- :mod:`_figure_amounts`: candidate positions, amounts with a unit, and the unit of a bare
  number from the words after it (counts, "er", large amounts, ranges, "vier van de vijf");
- :mod:`_figure_measures`: durations, grades, indices and rates ("negen maanden celstraf", "een
  7,2", "per 1.000 inwoners");
- :mod:`_figure_filters`: what is no figure (years, dates, clock times, labels, codes, ordinals);
- :mod:`_figure_bare`: bare numbers in context ("van 1.227 naar 1.080", "bedreiging (285)");
- :mod:`_figure_tables`: rows and cells of tables in plain text, and their column years;
- :mod:`_figure_words`: vague amounts and verbs that multiply ("honderden", "verdubbelde");
- :mod:`_figure_ages`: ages of named people ("Kuipers (54)");
- :mod:`_figure_regions`: the region of a figure.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable

from trendbeeld.extract import (
    _context,
    _figure_ages,
    _figure_amounts,
    _figure_bare,
    _figure_measures,
    _figure_regions,
    _figure_tables,
    _figure_words,
    _headings,
    _period_words,
    _periods,
    _phrases,
)
from trendbeeld.extract._context import Found
from trendbeeld.extract._document import Document
from trendbeeld.model import Figure, Unit

_SPAN_OF_YEARS = re.compile(r"((?:19|20)\d\d)-(?:19|20)\d\d")
_TO = re.compile(r"\s*(?:[a-zà-ÿ]+\s+){0,2}naar\b", re.IGNORECASE)
# "Dat blijkt uit de criminaliteitscijfers over 2018 van …": the source and year of the figures before.
_SOURCE_AFTER = re.compile(
    r"(?:Dat|Dit|Die|Deze)\s+(?:\w+\s+)?(?:blijkt|blijken|bleek|bleken)\s+uit\s+[^.;:!?]*?"
    r"\b(?:over|in|van|uit)\s+(?:het\s+jaar\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"
)
SOURCE_AFTER_CHARS = 200  # the year stands this close to the start of that sentence
_START = operator.attrgetter("start")  # the sort key of figures found (no Python call per item)


def from_document(doc: Document) -> list[Figure]:
    """Figures of a prepared document, in text order."""
    found = _amounts(doc)
    everything = _context.AllFound.of(found)
    times = _periods.timeline(doc) if found else None
    columns = _figure_tables.column_years(doc.text, found)
    columns.update(_figure_tables.row_years(doc.text, found))  # "Gemelde incidenten 45 50" under "2021 2022"
    try:
        return [_figure(doc, f, everything, times, columns.get(f.start)) for f in found]
    finally:  # the per-sentence caches hold the text: a long-running process keeps none of it
        _context.forget()
        _figure_regions.forget()
        _period_words.forget()
        _headings.headings.cache_clear()


def _amounts(doc: Document) -> list[Found]:
    """The amounts that are figures, in text order: first those with a unit, then each scan in turn
    adds the numbers it reads that the ones before left (a number is taken once)."""
    text, digits = doc.text, doc.digits
    low = doc.lower if doc.lower is not None else text.lower()
    scans: tuple[Callable[[list[Found]], list[Found]], ...] = (
        lambda found: _figure_bare.shared_units(text, found),  # "van 100 en 200 euro"
        lambda found: _figure_bare.bare_in_context(text, digits, found),  # "van 1.227 naar 1.080"
        lambda found: _figure_bare.elided_measures(text, digits, found),  # "partijen van 5000"
        lambda found: _figure_bare.differences(text, digits, found),  # "25 meer dan bij de start"
        lambda found: _figure_tables.table_cells(text, digits, found),  # "Woninginbraken   76.357"
        lambda found: _figure_tables.cells_on_own_lines(text, found),  # "1,48\n\n1,65"
        lambda found: _figure_words.vague_amounts(doc, found),  # "honderden meldingen"
        lambda found: _figure_words.multiplied(doc, found),  # "verdubbelde"
        lambda found: _figure_words.money_in_tons(doc, found),  # "een ton betalen"
        lambda found: _figure_ages.ages(text, digits, found),  # "Kuipers (54)"
        lambda found: _figure_measures.one_sentence(low, text, found),  # "veroordeeld tot een jaar cel"
    )
    found = sorted(_figure_amounts.with_units(text, _figure_amounts.triggers(doc), doc.lower), key=_START)
    for scan in scans:
        added = scan(found)
        if added:  # most scans add nothing: the list stays as it is, sorted (a stable sort keeps it)
            found = sorted(found + added, key=_START)
    return _figure_measures.mixed_durations(text, found)  # "vijf jaar en negen maanden": one figure


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
    elif period is not None and _is_year_of_change_end(text, found, sentence, period):
        period = None  # "van 15% naar 21% in 2021": 2021 is the year of 21%, not of 15%
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
    after_van = _figure_measures.FROM.search(text, max(0, found.start - 12), found.start)
    return bool(after_van and _TO.match(text, found.end))


def _is_year_of_change_end(text: str, found: Found, sentence: _phrases.Span, period: str) -> bool:
    """Is ``period`` a year the sentence names only after ``found``, the first figure of "van …
    naar …" ("van 15% naar 21% in 2021")?"""
    return (
        period.isdigit()
        and text.find(period, found.end, sentence.end) >= 0
        and text.find(period, sentence.start, found.start) < 0
        and _is_change_start(text, found)
    )


def _indicator(text: str, found: Found, segment: _phrases.Span) -> str | None:
    after = _phrases.strip_edges(text, found.end, segment.end, leading_topic=False)
    if after is not None:
        return _phrases.tidy(text[found.start : after.end]) if found.unit is Unit.COUNT else _phrases.tidy(
            text[after.start : after.end]
        )
    before = _phrases.strip_edges(text, segment.start, found.start)
    return _phrases.tidy(text[before.start : before.end]) if before else None


# The bare-number scan's parts under their former names (tests/extract/test_speed_figures.py
# compares the scan with a slower reading of the same patterns).
_BARE_AFTER_WORDS = _figure_bare.BARE_AFTER_WORDS
_BRACKETED = _figure_bare.BRACKETED
_bare_matches = _figure_bare.bare_matches
_lead_starts = _figure_bare.lead_starts
_sign_start = _figure_bare.sign_start
