"""The context of a figure in its sentence: its segment, period, direction and comparison.

A figure found in the text (:class:`Found`) is read against its clause: the comma-separated
segment around it, the nearest period, and how it moved: "van 31% naar 27%", a sign, a
comparative after it ("9,3% vaker"), two dated figures of one unit, or wording of change.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from trendbeeld import months
from trendbeeld.extract import _cues, _phrases, _scan, lexicon, numbers
from trendbeeld.extract._document import Document
from trendbeeld.model import Change, Unit

YEAR_DIGITS = 4
_YEAR_PREFIXES = ("19", "20")  # the centuries :data:`PERIOD` reads

_ORDINALS = ("eerste", "tweede", "derde", "vierde", "laatste")  # "eerste helft van 2020"
_SEASONS = ("zomer", "winter", "voorjaar", "najaar", "herfst", "lente")  # "zomer van 2020"
PERIOD = re.compile(
    rf"(?:(?:{'|'.join(_ORDINALS)})\s+(?:helft|kwartaal|maanden?|\w+\s+maanden)\s+(?:van\s+)?)?"
    rf"(?:(?:{months.alternation()})\s+|(?:{'|'.join(_SEASONS)})\s+(?:van\s+)?)?"
    r"(?<!\d)(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?(?!\d)"
    r"|(?<!\d)(?:19|20)\d\d\s+(?:en|tot(?:\s+en\s+met)?)\s+(?:19|20)\d\d(?!\d)",
    re.IGNORECASE,
)
_PERIOD_OPENERS = (*_ORDINALS, *months.names(), *_SEASONS)  # the words a PERIOD match may open with
# "van 31% naar 27%", "van 4,9 miljoen naar 3,8 miljoen", "van 1,2 miljoen meldingen naar ruim 1,5 miljoen"
_SCALE = r"miljoen|miljard|duizend"
_CHANGE_FROM_TO = re.compile(
    rf"\bvan\s+(?P<a>{numbers._NUM})(?:\s*(?:%|procent)|\s+(?P<amag>{_SCALE}))?(?:\s+[^\W\d_]+)??"
    rf"\s+(?:naar|tot)\s+(?:(?:ruim|bijna|circa|ongeveer|zo'n|zo’n)\s+)?(?P<b>{numbers._NUM})(?:\s+(?P<bmag>{_SCALE}))?",
    re.IGNORECASE,
)
# "1.250 woninginbraken, tegen 1.480 een jaar eerder": the second amount is the earlier one.
_AGAINST_EARLIER = re.compile(
    rf"(?<![\w.,])(?!(?:19|20)\d\d(?![\d.,]))(?P<a>{numbers._NUM})(?:\s+(?P<am>duizend|miljoen|miljard))?"
    rf"(?:[^.;\n]|\.(?=\d)){{0,60}}?\b(?P<against>tegen(?:over)?\s+(?:(?:ruim|bijna|circa|ongeveer"
    rf"|nog|slechts|zo'n|zo’n)\s+)?(?P<b>{numbers._NUM})(?:\s+(?P<bm>duizend|miljoen|miljard))?"
    r"\s*(?:%|procent|euro)?\s+"
    r"(?:een\s+jaar\s+(?:eerder|daarvoor)|vorig\s+jaar|(?:in\s+)?het\s+jaar\s+(?:ervoor|daarvoor)"
    r"|in\s+(?:heel\s+)?(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
_AGAINST_WORD = re.compile(r"tegen", re.IGNORECASE)
# "206 letselgevallen (2017: 183)": the figure in brackets is the same measure in an earlier year.
_LABEL_BEFORE = re.compile(r"\(\s*(?:19|20)\d\d\s*:\s*\Z")
_COMPARISON = re.compile(
    r"\b(?:ten\s+opzichte\s+van|t\.o\.v\.|vergeleken\s+met|in\s+vergelijking\s+met|tegenover|dan\s+in|dan\s+vorig)"
    r"\s+[^,.;:\n]{1,60}",
    re.IGNORECASE,
)
# Letters every match of _COMPARISON holds, in lower case (none that case-insensitive matching folds
# beyond ``str.lower``: no "i", "k" or "s"), for a literal test first.
_COMPARISON_KEYS = ("dan", "opz", "vergel", "tegenover", "t.o.v.")
# A comparative right after a figure says how it moved: "9,3% vaker", "12% lager", "5% duurder".
_MORE_LESS_AFTER = re.compile(r"\s+([a-zà-ÿ]+)(?P<than>\s+dan\b)?", re.IGNORECASE)
_COMPARATIVE = re.compile(r"[a-zà-ÿ]{2,}[^aeiou\s]er")
# "62 procent jonger dan 25 jaar": a comparative that bounds a group, not a change.
_GROUP_BOUNDS = frozenset(("jonger", "ouder", "langer", "korter"))
_FROM_BEFORE = re.compile(r"\bvan\s+\Z", re.IGNORECASE)
FROM_WORD_CHARS = 12  # "van" is looked for this far before the first figure of a change
_TO_BETWEEN = re.compile(
    r"\s*(?:\(?(?:in\s+)?(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\)?\s*)?,?\s*(?:naar|tot(?:\s+aan)?)\s+",
    re.IGNORECASE,
)
_ANAPHORIC_NEXT = re.compile(r"\s*(?:dat\s+is|dit\s+is|wat|deze|dit|dat)\b", re.IGNORECASE)
_SEGMENT = re.compile(r",\s")
SEGMENT_BREAK = 2  # the length of a match of _SEGMENT
_COORDINATED = re.compile(r"\s*(?:,|en|of)\s*", re.IGNORECASE)
# Wording of change that can say how a figure moved (not "meer dan", not "versterkt").
_FIGURE_CUE_KINDS = frozenset({"verb", "noun", "attr", "comp", "state", "after"})
NOUN_CUE_GAP = 25
STAY_GAP = 12  # "bleef op 40%": a verb of persistence this close before a figure is its direction
# "…, met bijna de helft": a figure after "met" at the start of its segment is the amount of a
# change stated earlier in the clause.
# "…, met bijna de helft", "– afgelopen jaar met 11% –": a figure after "met" early in its segment
# is the amount of a change stated earlier in the clause (a verb, or "dalende cijfers").
_CHANGE_AMOUNT = re.compile(
    r".*(?:^|[,(–—]\s*)(?:\w+\s+){0,3}met\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE | re.DOTALL
)
CHANGE_AMOUNT_CHARS = 40
LABEL_CHARS = 12  # "(2017: 183)": the labelled figure starts this close after the bracket


# "In 2017 waren dat er 214", "vorig jaar was het er nog 12": the same measure restated
_RESTATES = re.compile(r"\b(?:waren|was|zijn|is)\s+(?:dat|dit|het)\s+er\s+(?:nog\s+|slechts\s+|maar\s+)?\Z",
                       re.IGNORECASE)
RESTATED_LEAD = 30  # the restating words stand this close before the figure
RESTATED_CHARS = 200  # the restated figure ends at most this far before the restating one
_UP_TO = re.compile(r"\btot\s+(?:\w+\s+)?\Z", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:kan|kunnen|kon|konden|mag|mogen)\b", re.IGNORECASE)
UP_TO_CHARS = 20
# "(ruim 100 keer meer dan in 2017)" right after a figure and its noun.
_BRACKET_COMPARISON = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}\s*\((?:[^()\n]{0,30}?\s)?(?P<word>[a-zà-ÿ]+)\s+dan\b[^()\n]{0,30}\)",
    re.IGNORECASE,
)
# "12.400 woninginbraken, 8% minder dan een jaar eerder": a change right after the figure's noun.
_APPOSITION_COMPARISON = re.compile(
    r"(?:\s+[^\W\d_]+){0,2},\s+(?:(?:ruim|bijna|circa|ongeveer)\s+)?\d[\d.,]*\s*(?:%|procent)?\s+"
    r"(?P<word>[a-zà-ÿ]+)\s+dan\b",
    re.IGNORECASE,
)
# "218 duizend huizen wisselden van eigenaar, een daling van 9,7 procent": a change in apposition.
_APPOSITION_CHANGE = re.compile(r"(?:\s+[^\W\d_]+){0,4},\s+een\s+(?P<noun>[^\W\d_]+)\s+van\b")
# ". Dit is 17% hoger dan in 2017": the next sentence compares the figure before it.
_NEXT_SAYS_SO = re.compile(
    r"[.!?]?\s+(?:dit|dat|het)\s+(?:is|was|zijn|waren|ligt|lag)\s+(?:[^\s.]+\s+){0,3}?(?P<word>[a-zà-ÿ]+)\s+dan\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Found:
    """A figure before its context is read: clean span, amount and unit."""

    start: int
    end: int
    value: float
    high: float | None
    unit: Unit
    sign: int


_Said = tuple[Change, str]


@dataclass(frozen=True, slots=True)
class AllFound:
    """Every figure of a document in text order, with their start offsets for bisection, and
    what was read once for all figures of a sentence (so a long sentence costs linear time)."""

    items: list[Found]
    starts: list[int]
    labelled: dict[tuple[int, int], dict[Found, _Said]] = field(default_factory=dict)
    paired: dict[tuple[int, int, Unit], _Said | None] = field(default_factory=dict)

    @classmethod
    def of(cls, items: list[Found]) -> AllFound:
        return cls(items, [f.start for f in items])


def forget() -> None:
    """Drop what was read once per sentence (the caches hold the document's text)."""
    for cached in (_segment_breaks, _comparison, _against_matches, _from_to_in, _blocks):
        cached.cache_clear()


def clause_of(doc: Document, sentence: _phrases.Span, pos: int) -> _phrases.Span:
    """The clause of ``sentence`` that holds ``pos`` (the sentence itself between clauses)."""
    low = doc.lower
    spans = _phrases.clause_spans(low if low is not None else doc.text, sentence.start, sentence.end,
                                  lowered=low is not None)
    i = bisect.bisect_right(spans, pos, key=_start) - 1
    return spans[i] if i >= 0 and pos < spans[i].end else sentence


def _start(span: _phrases.Span) -> int:
    return span.start


def segment_of(text: str, clause: _phrases.Span, pos: int) -> _phrases.Span:
    """The comma-separated part of ``clause`` that holds ``pos``."""
    breaks = _segment_breaks(text, clause.start, clause.end)
    i = bisect.bisect_left(breaks, pos)
    start = breaks[i - 1] + SEGMENT_BREAK if i else clause.start
    return _phrases.Span(start, breaks[i] if i < len(breaks) else clause.end)


@lru_cache(maxsize=256)
def _segment_breaks(text: str, start: int, end: int) -> tuple[int, ...]:
    """Where the comma breaks of ``text[start:end]`` start (found once per clause)."""
    return tuple(m.start() for m in _SEGMENT.finditer(text, start, end))


def nearest_period(doc: Document, span: _phrases.Span, found: Found) -> re.Match[str] | None:
    """The period in ``span`` nearest to ``found`` (every period names a year: skip spans without one)."""
    if not _has_year(doc, span):
        return None
    best: re.Match[str] | None = None
    for m in periods_in(doc, span.start, span.end):
        if found.start <= m.start() < found.end:
            continue
        if best is None or _gap(m, found) < _gap(best, found):
            best = m
    return best


def periods_in(doc: Document, start: int, end: int) -> Iterator[re.Match[str]]:
    """``PERIOD.finditer(doc.text, start, end)``, tried only where a match can start: at a year (at
    the start of a run of digits) or at a word a period opens with (in ``doc.lower``); the pattern
    alone, with its optional words before the year, is tried at every position of a clause."""
    text, low, digits = doc.text, doc.lower, doc.digits
    if low is None:
        yield from PERIOD.finditer(text, start, end)
        return
    starts = _scan.occurrences(low, _PERIOD_OPENERS, start=start, end=end)
    starts += [d for d in digits[bisect.bisect_left(digits, start) : bisect.bisect_left(digits, end)]
               if text.startswith(_YEAR_PREFIXES, d)]
    yield from _scan.matches_at(PERIOD, text, sorted(starts), end)


def _gap(m: re.Match[str], found: Found) -> int:
    """Characters between a period and a figure ("ruim driekwart in 2023": 4)."""
    return found.start - m.end() if m.end() <= found.start else m.start() - found.end


def _has_year(doc: Document, span: _phrases.Span) -> bool:
    """Does a run of digits that can be a year ("19xx", "20xx") start in ``span``?"""
    digits = doc.digits
    first = bisect.bisect_left(digits, span.start)
    last = bisect.bisect_left(digits, span.end - YEAR_DIGITS + 1)
    return any(doc.text.startswith(_YEAR_PREFIXES, d) for d in digits[first:last])


def direction_of(
    doc: Document, found: Found, clause: _phrases.Span, sentence: _phrases.Span, everything: AllFound
) -> tuple[Change | None, str | None]:
    """Stated direction and comparison: change words, "van X naar Y", or two periods compared."""
    text = doc.text
    comparison = _comparison(text, clause.start, clause.end)
    change = (_from_to(text, found, clause, everything) or _against_earlier(text, found, sentence)
              or _labelled(text, found, sentence, everything))
    if change is not None:
        return change
    if found.sign:
        return (Change.UP if found.sign > 0 else Change.DOWN), comparison
    more = _comparative_after(text, found.end)
    if more is not None:
        return more, comparison
    paired = (
        _paired(doc, found, sentence, everything)
        or _same_measure_earlier(doc, found, everything)
        or _then_and_now(doc, found, sentence, everything)
    )
    if paired is not None:
        return paired
    stated = _cue_direction(doc, found, clause, sentence)
    return (stated or _restated(doc, found, sentence, everything)), comparison


def _restated(
    doc: Document, found: Found, sentence: _phrases.Span, everything: AllFound
) -> Change | None:
    """A comparison said of the figure right after it: in brackets ("In 630 gevallen (ruim 100
    keer meer dan in 2017)") or, for the last figure of a sentence, at the start of the next one
    ("… 753 medewerkers betrokken. Dit is 17% hoger dan in 2017")."""
    text = doc.text
    bracket = _BRACKET_COMPARISON.match(text, found.end) or _APPOSITION_COMPARISON.match(text, found.end)
    if bracket is not None:
        return _comparative(bracket.group("word"))
    change = _APPOSITION_CHANGE.match(text, found.end)
    if change is not None:  # "218 duizend huizen wisselden van eigenaar, een daling van 9,7 procent"
        said = [c.direction for c in doc.cues_in(change.start("noun"), change.end("noun"))
                if c.kind == "noun" and c.direction in (Change.UP, Change.DOWN)]
        if said:
            return said[0]
    index = bisect.bisect_right(everything.starts, found.start)
    later = everything.items[index] if index < len(everything.items) else None
    if later is not None and later.start < sentence.end:
        return None
    nxt = _NEXT_SAYS_SO.match(text, sentence.end)
    return _comparative(nxt.group("word")) if nxt is not None else None


def _comparative(word: str) -> Change | None:
    lex = lexicon.load()
    low = word.lower()
    if low in lex.down_comparatives:
        return Change.DOWN
    return Change.UP if low in lex.up_comparatives else None


@lru_cache(maxsize=256)
def _comparison(text: str, start: int, end: int) -> str | None:
    """"ten opzichte van 2017", "vergeleken met vorig jaar": the comparison of a clause."""
    low = text[start:end].lower()
    if not any(key in low for key in _COMPARISON_KEYS):
        return None  # most clauses: a literal test instead of the pattern at every word
    m = _COMPARISON.search(text, start, end)
    return _phrases.tidy(m.group(0)) if m else None


def _against_earlier(text: str, found: Found, sentence: _phrases.Span) -> tuple[Change, str] | None:
    """"1.250 woninginbraken, tegen 1.480 een jaar eerder": both figures fell (or rose)."""
    for m in _against_matches(text, sentence.start, sentence.end):
        if not (m.start("a") <= found.start < m.end("a") or m.start("b") <= found.start < m.end("b")):
            continue
        newer, older = _scaled(m.group("a"), m.group("am")), _scaled(m.group("b"), m.group("bm"))
        if newer is None or older is None or newer == older:
            return None
        change = Change.UP if newer > older else Change.DOWN
        return change, _phrases.tidy(m.group("against"))
    return None


@lru_cache(maxsize=256)
def _against_matches(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """Matches of :data:`_AGAINST_EARLIER` in a sentence, found once for all its figures."""
    if _AGAINST_WORD.search(text, start, end) is None:
        return ()  # a literal search first: the pattern itself is slow where it cannot match
    return tuple(_AGAINST_EARLIER.finditer(text, start, end))


def _labelled(
    text: str, found: Found, sentence: _phrases.Span, everything: AllFound
) -> tuple[Change, str] | None:
    """"In 2018 waren er 206 letselgevallen (2017: 183)": the figure before the labelled one
    in its sentence (same unit) is the newer value; both take the direction of the change."""
    key = (sentence.start, sentence.end)
    pairs = everything.labelled.get(key)
    if pairs is None:
        pairs = everything.labelled[key] = _labelled_pairs(text, sentence, everything)
    return pairs.get(found)


def _labelled_pairs(text: str, sentence: _phrases.Span, everything: AllFound) -> dict[Found, _Said]:
    """Each figure of a labelled pair in ``sentence`` with the change of its first pair."""
    starts = everything.starts
    first, last = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
    window = everything.items[first:last]
    out: dict[Found, _Said] = {}
    latest: dict[Unit, Found] = {}  # the last figure of each unit before the one at hand
    for older in window:
        newer = latest.get(older.unit)
        latest[older.unit] = older
        if newer is None or newer.value == older.value:
            continue
        if not _LABEL_BEFORE.search(text, max(0, older.start - LABEL_CHARS), older.start):
            continue
        direction = Change.UP if newer.value > older.value else Change.DOWN
        said = (direction, f"van {_format(older.value)} naar {_format(newer.value)}")
        out.setdefault(older, said)
        out.setdefault(newer, said)
    return out


def _from_to(
    text: str, found: Found, clause: _phrases.Span, everything: AllFound
) -> tuple[Change, str] | None:
    """"van 31% naar 27%" in the clause, or two figures of a change around ``found``."""
    return _from_to_in(text, clause.start, clause.end) or _from_to_pair(text, found, everything)


@lru_cache(maxsize=256)
def _from_to_in(text: str, start: int, end: int) -> _Said | None:
    """"van 31% naar 27%" in a clause (read once for all its figures)."""
    low = text[start:end].lower()
    if "van" not in low or ("naar" not in low and "tot" not in low):
        return None  # most clauses: literal tests instead of the pattern at every word
    from_to = _CHANGE_FROM_TO.search(text, start, end)
    if from_to is not None:
        a = _scaled(from_to.group("a"), from_to.group("amag"))
        b = _scaled(from_to.group("b"), from_to.group("bmag"))
        if a is not None and b is not None and a != b and re.search(r"\bnaar\b", from_to.group(0)):
            return (Change.UP if b > a else Change.DOWN), _phrases.tidy(from_to.group(0))
    return None


def _scaled(number: str, scale: str | None) -> float | None:
    value = numbers.word_value(number)
    if value is None or not scale:
        return value
    return value * lexicon.load().magnitudes.get(scale.lower(), 1.0)


def _cue_direction(
    doc: Document, found: Found, clause: _phrases.Span, sentence: _phrases.Span
) -> Change | None:
    """The direction of the wording of change in the figure's segment (and an anaphoric next one)."""
    text = doc.text
    segment = segment_of(text, clause, found.start)
    if _UP_TO.search(text, max(segment.start, found.start - UP_TO_CHARS), found.start) and _MODAL.search(
        text, segment.start, found.start
    ):
        return None  # "de boete kan oplopen tot 8.000 euro": a maximum, not a change
    end = segment.end
    follow = _ANAPHORIC_NEXT.match(text, end + 1) if end < sentence.end else None
    if follow is not None:
        nxt = segment_of(text, _phrases.Span(end + 1, sentence.end), end + 2)
        end = nxt.end
    start = segment.start
    lead = max(0, found.start - CHANGE_AMOUNT_CHARS)
    amount = _CHANGE_AMOUNT.match(text, lead, found.start) is not None
    if amount:  # "daalden wel, met bijna de helft": the amount of the change just before
        before = [c for c in doc.cues_in(sentence.start, found.start)
                  if c.kind in _FIGURE_CUE_KINDS and _says_how_figure_moved(c, found)]
        if before:
            return before[-1].direction
    cues = [
        c for c in doc.cues_in(start, end)
        if c.kind in _FIGURE_CUE_KINDS and not found.start <= c.start < found.end
        and (c.kind not in ("noun", "attr") or c.start >= segment.end
             or 0 <= found.start - c.end <= NOUN_CUE_GAP)
        and _says_how_figure_moved(c, found)
    ]
    if not cues:
        return None
    kept = [
        c for i, c in enumerate(cues) if not i or not _COORDINATED.fullmatch(text, cues[i - 1].end, c.start)
    ]
    return next((c.direction for c in kept if c.direction is not Change.STABLE), Change.STABLE)


def _says_how_figure_moved(cue: _cues.Cue, found: Found) -> bool:
    """A figure rises, falls or stays: a shift is no figure's direction, and persistence alone
    ("blijven we ver voor", "blijft een aandachtspunt") is stable only right before the figure
    ("bleef 12%", "bleef op 40%")."""
    if cue.direction is Change.SHIFT:
        return False
    if cue.direction is Change.STABLE and cue.kind == "verb":
        return 0 <= found.start - cue.end <= STAY_GAP
    return True


def _from_to_pair(text: str, found: Found, everything: AllFound) -> tuple[Change, str] | None:
    """"van iets meer dan de helft in 2015 naar ruim driekwart in 2023": two figures of one unit
    after "van" and "naar", each perhaps with its year; both take the direction of the change."""
    starts = everything.starts
    index = bisect.bisect_left(starts, found.start)
    for i in (index - 1, index):
        if i < 0 or i + 1 >= len(everything.items):
            continue
        older, newer = everything.items[i], everything.items[i + 1]
        if found not in (older, newer) or older.unit is not newer.unit or older.value == newer.value:
            continue
        if _FROM_BEFORE.search(text, max(0, older.start - FROM_WORD_CHARS), older.start) and (
            _TO_BETWEEN.fullmatch(text, older.end, newer.start)
        ):
            direction = Change.UP if newer.value > older.value else Change.DOWN
            return direction, f"van {_format(older.value)} naar {_format(newer.value)}"
    return None


def _comparative_after(text: str, end: int) -> Change | None:
    """The direction of a comparative right after a figure: a known one ("vaker", "lager"), or
    any comparative before "dan" ("8% gevaarlijker dan")."""
    m = _MORE_LESS_AFTER.match(text, end)
    if m is None:
        return None
    lex = lexicon.load()
    word = m.group(1).lower()
    if word in lex.down_comparatives:
        return Change.DOWN
    if word in lex.up_comparatives:
        return Change.UP
    than = m.group("than") and _COMPARATIVE.fullmatch(word) and word not in lex.not_comparatives
    return Change.UP if than and word not in _GROUP_BOUNDS else None


def _paired(
    doc: Document, found: Found, sentence: _phrases.Span, everything: AllFound
) -> tuple[Change, str] | None:
    """Two figures of one unit in one sentence, each with its own year: compare them."""
    key = (sentence.start, sentence.end, found.unit)
    if key not in everything.paired:
        everything.paired[key] = _paired_in(doc, found.unit, sentence, everything)
    return everything.paired[key]


def _paired_in(doc: Document, unit: Unit, sentence: _phrases.Span, everything: AllFound) -> _Said | None:
    text = doc.text
    # ``everything`` is sorted by start: bisect to the sentence instead of scanning.
    starts = everything.starts
    first, last = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
    window = everything.items[first:last]
    peers = [f for f in window if f.unit is unit]
    if len(peers) != 2:
        return None
    dated = []
    for f in peers:
        clause = clause_of(doc, sentence, f.start)
        m = nearest_period(doc, segment_of(text, clause, f.start), f)
        if m is None:
            return None
        dated.append((_sort_key(m.group(0)), f))
    (first_key, older), (second_key, newer) = sorted(dated, key=lambda d: d[0])
    if first_key == second_key or older.value == newer.value:
        return None
    direction = Change.UP if newer.value > older.value else Change.DOWN
    return direction, f"van {_format(older.value)} naar {_format(newer.value)}"


# A sentence that opens with a word of the past or the present (after an opening quotation mark).
_QUOTE_OPEN = "[ „“‘\"',]*"
_THEN_OPENER = re.compile(
    rf"(?:\A|[.!?…][”’\"']*\s+|\n){_QUOTE_OPEN}(?:Vroeger|Destijds|Eerder|Jaren\s+geleden)\b"
    r"(?=(?:[^.!?…]|(?<=\d)[.](?=\d))*[.!?…]\W*\Z)"  # one sentence, up to the sentence of now
)
THEN_CHARS = 200  # the sentence of the past opens at most this far before the sentence of now
_NOW_OPENER = re.compile(rf"{_QUOTE_OPEN}(?:Nu|Tegenwoordig|Inmiddels|Vandaag\s+de\s+dag)\b")


def _same_measure_earlier(doc: Document, found: Found, everything: AllFound) -> _Said | None:
    """"… in 2018 208 gevallen registreerde. In 2017 waren dat er 214.": a figure after "waren dat
    er" restates the measure of the figure before it for another year; both take the change."""
    index = bisect.bisect_left(everything.starts, found.start)
    for i in (index, index + 1):  # ``found`` as the restating figure, or as the one restated
        if not 0 < i < len(everything.items):
            continue
        earlier, later = everything.items[i - 1], everything.items[i]
        if found not in (earlier, later) or earlier.unit is not later.unit or earlier.value == later.value:
            continue
        if later.start - earlier.end > RESTATED_CHARS or not _RESTATES.search(
            doc.text, max(0, later.start - RESTATED_LEAD), later.start
        ):
            continue
        dated = [_year_of(doc, f) for f in (earlier, later)]
        if dated[0] is None or dated[1] is None or dated[0] == dated[1]:
            continue
        older, newer = (earlier, later) if dated[0] < dated[1] else (later, earlier)
        direction = Change.UP if newer.value > older.value else Change.DOWN
        return direction, f"van {_format(older.value)} naar {_format(newer.value)}"
    return None


def _then_and_now(
    doc: Document, found: Found, sentence: _phrases.Span, everything: AllFound
) -> _Said | None:
    """"Vroeger keken we op van 500 kilo. Nu onderscheppen we partijen van 5000": a figure in a
    sentence that opens with "nu" or "tegenwoordig", right after one that opens with "vroeger"
    and has a figure of the same unit, is the newer value of that measure."""
    text = doc.text
    if _NOW_OPENER.match(text, sentence.start) is None:
        return None
    # the sentence before, read back from this one (a sentence split can miss a ",," quotation mark)
    opened = list(_THEN_OPENER.finditer(text, max(0, sentence.start - THEN_CHARS), sentence.start))
    then = opened[-1] if opened else None
    if then is None:
        return None
    i = bisect.bisect_left(everything.starts, then.end())
    older = next((f for f in everything.items[i:] if f.start < sentence.start and f.unit is found.unit), None)
    if older is None or older.start >= sentence.start or older.value == found.value:
        return None
    direction = Change.UP if found.value > older.value else Change.DOWN
    return direction, f"van {_format(older.value)} naar {_format(found.value)}"


def _year_of(doc: Document, found: Found) -> tuple[int, int] | None:
    """The year named in the clause of ``found`` nearest to it."""
    sentence = doc.sentence_at(found.start)
    span = _phrases.Span(sentence.start, sentence.end)
    clause = clause_of(doc, span, found.start)
    m = nearest_period(doc, segment_of(doc.text, clause, found.start), found)
    return _sort_key(m.group(0)) if m is not None else None


def _sort_key(period: str) -> tuple[int, int]:
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", period)]
    month = next((months.number(w) for w in re.findall(r"[^\W\d_]+", period) if months.number(w)), 0)
    return (max(years) if years else 0, month)


def _format(value: float) -> str:
    """Dutch notation as a report writes it: ``162.500``, ``46,3``."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:g}".replace(".", ",")


# A figure is read in at most this much of its sentence (real sentences are shorter).
MAX_CONTEXT_CHARS = 1000


def sentence_context(doc: Document, pos: int) -> _phrases.Span:
    """The sentence at ``pos``, or of an overlong one (a table on one line, a page without
    punctuation) the block of at most MAX_CONTEXT_CHARS around ``pos``: every figure is read in
    a bounded context, so a document's figures take time linear in its length."""
    sentence = doc.sentence_at(pos)
    if sentence.end - sentence.start <= MAX_CONTEXT_CHARS:
        return _phrases.Span(sentence.start, sentence.end)
    bounds = _blocks(doc.text, sentence.start, sentence.end)
    i = bisect.bisect_right(bounds, pos) - 1
    return _phrases.Span(bounds[i], bounds[i + 1])


@lru_cache(maxsize=64)
def _blocks(text: str, start: int, end: int) -> tuple[int, ...]:
    """Boundaries of blocks of at most MAX_CONTEXT_CHARS that cut ``start:end`` at spaces."""
    bounds = [start]
    while end - bounds[-1] > MAX_CONTEXT_CHARS:
        limit = bounds[-1] + MAX_CONTEXT_CHARS
        space = text.rfind(" ", limit - MAX_CONTEXT_CHARS // 2, limit)
        bounds.append(space + 1 if space >= 0 else limit)
    bounds.append(end)
    return tuple(bounds)
