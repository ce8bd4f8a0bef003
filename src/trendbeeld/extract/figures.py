"""Figures (cijfers): a number with its unit, indicator, period, region, direction and comparison.

Amounts are found by :data:`numbers.AMOUNT` at candidate positions (digits, currency signs and
Dutch number words). An amount counts as a figure when it has a unit (``%``, ``procent``,
``euro``, ``keer``, ``per 1.000``), is a grade ("een 7,2", "rapportcijfer"), an age or duration
that is measured ("gemiddeld 23 jaar oud"), or counts something ("44 meldingen"). Years, dates,
page numbers and footnote markers are not figures.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from trendbeeld.extract import _phrases, lexicon, numbers, regions
from trendbeeld.extract._cues import trie
from trendbeeld.extract._document import Document, analyse
from trendbeeld.model import Change, Figure, Source, Unit

MAX_GRADE = 10.0
MIN_WRITTEN_COUNT = 10  # written counts below this ("twee partijen") are ordinary words
YEAR_RANGE = (1900, 2100)
# Words back from a trigger where an amount may start ("meer dan | 100", "een | derde").
LOOK_BACK_WORDS = 4

_TRIGGER_WORDS = [
    "één", "eén", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
    "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
    "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig", "honderd",
    "duizend", "helft", "derde", "kwart", "vijfde", "tiende", "eenderde", "tweederde", "driekwart"
]
_WORD_START = re.compile(r"(?<![\w’'])[\w€$+−-]")
_NOT_BEFORE = re.compile(
    r"\b(?:pagina|pag\.|p\.|blz\.|hoofdstuk|paragraaf|figuur|tabel|bijlage|artikel|nummer|nr\.|versie"
    r"|fase|stap|punt|code|route|lijn|editie|jaargang|bus|covid|januari|februari|maart|april|mei|juni"
    r"|juli|augustus|september|oktober|november|december|om)\s*\Z",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(
    r"\s*(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    r"|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b\.?",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[ \n]{1,3}([^\W\d_][\w’'-]*)")
_PLURAL = re.compile(r"(?:en|s|’s|'s|es)\d*\Z")
_PER_THOUSAND = re.compile(
    r"\s+per\s+(?:1\.000|1000|duizend)\b(?:\s+(?:inwoners|bewoners|woningen|huishoudens))?", re.IGNORECASE
)
_PER_BEFORE = re.compile(r"\bper\s*\Z", re.IGNORECASE)
_AGE_BOUND = re.compile(r"\s+(?:jaar|jaren)\s+(?:en|of)\s+(?:ouder|jonger)", re.IGNORECASE)
_YEARS_CONTEXT = re.compile(
    r"\b(?:gemiddeld\w*|mediaan|oud|oude|straf|gevangenisstraf|cel|looptijd|duur|wachttijd"
    r"|levensverwachting)\b",
    re.IGNORECASE,
)
_AGE_RANGE = re.compile(r"(?:\d\s*(?:tot(?:\s+en\s+met)?|t/m|-|–)\s*\Z)|\b(?:van|tussen)\s+\Z", re.IGNORECASE)
_GRADE_CONTEXT = re.compile(r"\b(?:rapportcijfer|cijfer|waardering|beoordeeld|beoordelen|score)\b", re.I)
_GRADE_BEFORE = re.compile(r"\b(?:een|gemiddeld)\s+\Z", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:de|het|die|deze|dat|dit|alle|beide|hun|onze)\s+\Z", re.IGNORECASE)
_PERIOD = re.compile(
    r"(?:(?:eerste|tweede|derde|vierde|laatste)\s+(?:helft|kwartaal|maanden?|\w+\s+maanden)\s+(?:van\s+)?)?"
    r"(?:(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+)?"
    r"(?<!\d)(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?(?!\d)"
    r"|(?<!\d)(?:19|20)\d\d\s+(?:en|tot(?:\s+en\s+met)?)\s+(?:19|20)\d\d(?!\d)",
    re.IGNORECASE,
)
_CHANGE_FROM_TO = re.compile(
    rf"\bvan\s+(?P<a>{numbers._NUM})\s*(?:%|procent)?\s+(?:naar|tot)\s+(?P<b>{numbers._NUM})", re.IGNORECASE
)
_COMPARISON = re.compile(
    r"\b(?:ten\s+opzichte\s+van|t\.o\.v\.|vergeleken\s+met|in\s+vergelijking\s+met|tegenover|dan\s+in|dan\s+vorig)"
    r"\s+[^,.;:\n]{1,60}",
    re.IGNORECASE,
)
_MORE_LESS_AFTER = re.compile(r"\s+(meer|hoger|groter|minder|lager|kleiner)\b", re.IGNORECASE)
_ANAPHORIC_NEXT = re.compile(r"\s*(?:dat\s+is|dit\s+is|wat|deze|dit|dat)\b", re.IGNORECASE)
_SEGMENT = re.compile(r",\s")
_COORDINATED = re.compile(r"\s*(?:,|en|of)\s*", re.IGNORECASE)
# Wording of change that can say how a figure moved (not "meer dan", not "versterkt").
_FIGURE_CUE_KINDS = frozenset({"verb", "noun", "attr", "comp", "state", "after"})
NOUN_CUE_GAP = 25  # "een stijging van 12%": a noun of change this close before the figure is its change
WHOLE_COUNT = 100  # a bare whole number from this size up in "van … naar …" is a count
INHERIT_CHARS = 400  # a bare number takes the unit of a figure at most this far before it
_BARE = (
    r"(?P<sign>[+−-])?(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)"
    r"(?![\w%]|[,.]\d|\s*(?:%|procent))"
)
_BARE_IN_CONTEXT = (
    re.compile(rf"\bvan\s+{_BARE}(?=\s+naar\b)", re.IGNORECASE),
    re.compile(rf"\bnaar\s+{_BARE}(?=\s*(?:[,.;)]|\Z|\s+(?:in|en)\b))", re.IGNORECASE),
    re.compile(rf"\b(?:daling|stijging|toename|afname|verschil)\s+van\s+{_BARE}(?=\s*(?:[,.;)]|\Z))", re.I),
    re.compile(rf"(?P<name>[A-ZÀ-Ý][\w-]+)\s+\({_BARE}\)"),
)


@dataclass(frozen=True, slots=True)
class _Found:
    """A figure before its context is read: clean span, amount and unit."""

    start: int
    end: int
    value: float
    high: float | None
    unit: Unit
    sign: int


class FigureExtractor:
    """The rule-based figure extractor (registered as ``figures.rules``)."""

    name = "figures.rules"

    def extract(self, source: Source) -> list[Figure]:
        return from_document(analyse(source))


@cache
def _trigger() -> re.Pattern[str]:
    return re.compile(rf"[€$]|\d+|(?<![\w-]){trie(set(_TRIGGER_WORDS))}", re.IGNORECASE)


def from_document(doc: Document) -> list[Figure]:
    """Figures of a prepared document, in text order."""
    found = _amounts(doc.text)
    return [_figure(doc, f, found) for f in found]


def _amounts(text: str) -> list[_Found]:
    found = _with_units(text)
    return sorted(found + _bare_in_context(text, found), key=lambda f: f.start)


def _bare_in_context(text: str, found: list[_Found]) -> list[_Found]:
    """Bare numbers whose unit the context gives: "van 80 naar 31,2", "een daling van 58,3",
    "Maastricht (-58,3)". They take the unit of the figure just before them (else count)."""
    out: list[_Found] = []
    # Both lookups below use sorted offsets, so long documents stay linear (not found × matches).
    found = sorted(found, key=lambda f: f.start)
    starts = [f.start for f in found]
    taken = sorted((f.start, f.end) for f in found)
    matches = sorted((m for p in _BARE_IN_CONTEXT for m in p.finditer(text)), key=lambda m: m.start("num"))
    for m in matches:
        raw = m.group("num")
        value = numbers.word_value(raw)
        start, end = m.start("num"), m.end("num")
        if value is None or _inside(taken, start) or _is_year(raw, value):
            continue
        if "name" in m.groupdict() and not (regions.find(text, m.start("name"), m.end("name")) or "," in raw
                                    or "." in raw or m.group("sign")):
            continue
        window = found[bisect.bisect_left(starts, start - INHERIT_CHARS - _LONGEST) :
                       bisect.bisect_right(starts, end + INHERIT_CHARS)]
        near = [f for f in window if min(abs(f.start - end), abs(start - f.end)) <= INHERIT_CHARS]
        nearest = min(near, key=lambda f: min(abs(f.start - end), abs(start - f.end)), default=None)
        whole = raw.isdigit() or bool(re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw))
        if nearest is None or (whole and value >= WHOLE_COUNT and "name" not in m.groupdict()):
            unit = Unit.COUNT  # "van 1.227 naar 1.080": counts, whatever the change is given in
        else:
            unit = nearest.unit
        sign = -1 if m.group("sign") in ("-", "−") else (1 if m.group("sign") == "+" else 0)
        out.append(_Found(start - (1 if m.group("sign") else 0), end, value, None, unit, sign))
        bisect.insort(taken, (start, end))
    return out


# No figure span is longer than this; it bounds the search window for nearby figures.
_LONGEST = 400


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """True when ``offset`` lies in one of the sorted, non-overlapping ``spans``."""
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return any(a <= offset < b for a, b in spans[max(index - 2, 0) : index + 1])


def _is_year(raw: str, value: float) -> bool:
    return raw.isdigit() and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]


def _with_units(text: str) -> list[_Found]:
    out: list[_Found] = []
    covered = 0
    for hit in _trigger().finditer(text):
        if hit.start() < covered:
            continue
        m = _match_at(text, hit.start())
        if m is None or m.end() <= hit.start():
            continue
        found = _classify(text, m)
        if found is not None:
            out.append(found)
            covered = found.end
        else:
            covered = m.end()
    return out


def _match_at(text: str, pos: int) -> re.Match[str] | None:
    """The longest amount that covers ``pos`` and starts at most a few words before it."""
    starts = [pos]
    window = text[max(0, pos - 40) : pos]
    for w in _WORD_START.finditer(window):
        starts.append(pos - len(window) + w.start())
    best: re.Match[str] | None = None
    for start in sorted(set(starts))[-LOOK_BACK_WORDS - 1 :]:
        m = numbers.AMOUNT.match(text, start)
        longer = best is None or (m is not None and m.end() - m.start() > best.end() - best.start())
        if m is not None and m.end() > pos and longer:
            best = m
    return best


def _classify(text: str, m: re.Match[str]) -> _Found | None:
    amount = numbers.read_amount(m)
    if amount is None:
        return None
    core = m.start("n1") if m.group("n1") else m.start()
    before = text[max(0, core - 20) : core]
    if _NOT_BEFORE.search(before) or _PER_BEFORE.search(before):
        return None
    end = m.end()
    unit = amount.unit
    if unit is None:
        unit, end = _unit_without_sign(text, m, amount)
        if unit is None:
            return None
    start = m.start("qual") if m.group("qual") else m.start()
    return _Found(start, end, amount.value, amount.high, Unit(unit), amount.sign)


def _unit_without_sign(text: str, m: re.Match[str], amount: numbers.Amount) -> tuple[str | None, int]:
    """Unit of a bare number from its context: grade, years, count, or none (not a figure)."""
    n1 = m.group("n1") or ""
    end = m.end()
    is_year = n1.isdigit() and YEAR_RANGE[0] <= amount.value <= YEAR_RANGE[1] and not m.group("mag")
    if not n1 or is_year or _DATE_AFTER.match(text, end):
        return None, end
    if _is_grade(text, m, amount):
        return "grade", end
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return None, end
    if nxt.group(1).lower() in ("jaar", "jaren"):
        return ("years", nxt.end()) if _measures_years(text, m) else (None, end)
    return _count(text, m, amount, nxt)


def _is_grade(text: str, m: re.Match[str], amount: numbers.Amount) -> bool:
    """"een 7,2", "rapportcijfer 6,4": a mark out of ten."""
    if "," not in (m.group("n1") or "") or amount.value > MAX_GRADE:
        return False
    sentence = text[max(0, m.start() - 150) : m.end() + 150]
    before = _GRADE_BEFORE.search(text, max(0, m.start() - 12), m.start())
    return bool(_GRADE_CONTEXT.search(sentence) or before)


def _measures_years(text: str, m: re.Match[str]) -> bool:
    """"gemiddeld 23 jaar oud" measures years; "18 jaar en ouder" and "18 tot 25 jaar" bound a group."""
    return not (
        _AGE_BOUND.match(text, m.end())
        or _AGE_RANGE.search(text, max(0, m.start() - 12), m.start())
        or not _YEARS_CONTEXT.search(text, max(0, m.start() - 60), m.end() + 30)
    )


def _count(
    text: str, m: re.Match[str], amount: numbers.Amount, nxt: re.Match[str]
) -> tuple[str | None, int]:
    """"44 meldingen", "100 recente publicaties", "7,1 inbraken per 1.000 woningen"."""
    lex = lexicon.load()
    word = nxt.group(1).lower()
    if word in lex.time_units or word in lex.months or not _phrases.is_content(nxt.group(1)):
        return None, m.end()
    if word.endswith("e") and not _PLURAL.search(word):  # an adjective: "100 recente publicaties"
        noun = _NEXT_WORD.match(text, nxt.end())
        if noun is not None and _phrases.is_content(noun.group(1)):
            nxt, word = noun, noun.group(1).lower()
    per = _PER_THOUSAND.match(text, nxt.end())
    if per is not None:
        return "per_1000", per.end()
    plural = len(word) >= 3 and bool(_PLURAL.search(word) or amount.value == 1 or m.group("mag"))
    written_ok = not amount.written or (
        (amount.value >= MIN_WRITTEN_COUNT or m.group("qual"))
        and not _DEFINITE_BEFORE.search(text, max(0, m.start() - 10), m.start())
    )
    proper_noun = nxt.group(1)[0].isupper() and not amount.written and not m.group("qual")
    if not plural or not written_ok or proper_noun:
        return None, m.end()
    return "count", nxt.end()


def _figure(doc: Document, found: _Found, everything: list[_Found]) -> Figure:
    text = doc.text
    sentence = doc.sentence_at(found.start)
    clause = next(
        (c for c in _phrases.clauses(text, sentence.start, sentence.end) if c.start <= found.start < c.end),
        _phrases.Span(sentence.start, sentence.end),
    )
    segment = _segment(text, clause, found.start)
    period_m = _nearest(_PERIOD, text, segment, found) or _nearest(_PERIOD, text, clause, found)
    period = _period_text(period_m.group(0)) if period_m else None
    region = regions.find(text, segment.start, segment.end, near=found.start) or regions.find(
        text, clause.start, clause.end, near=found.start
    )
    whole = _phrases.Span(sentence.start, sentence.end)
    direction, comparison = _direction(doc, found, clause, whole, everything)
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


def _segment(text: str, clause: _phrases.Span, pos: int) -> _phrases.Span:
    """The comma-separated part of ``clause`` that holds ``pos``."""
    start = clause.start
    for m in _SEGMENT.finditer(text, clause.start, clause.end):
        if m.start() >= pos:
            return _phrases.Span(start, m.start())
        start = m.end()
    return _phrases.Span(start, clause.end)


def _nearest(pattern: re.Pattern[str], text: str, span: _phrases.Span, found: _Found) -> re.Match[str] | None:
    best: re.Match[str] | None = None
    for m in pattern.finditer(text, span.start, span.end):
        if found.start <= m.start() < found.end:
            continue
        if best is None or abs(m.start() - found.start) < abs(best.start() - found.start):
            best = m
    return best


def _period_text(raw: str) -> str:
    period = " ".join(raw.split())
    return re.sub(r"\s*[–/-]\s*|\s+(?:en|tot(?:\s+en\s+met)?)\s+", "-", period) if re.search(
        r"\d{4}\s*(?:[–/-]|en|tot)", period
    ) else period


def _indicator(text: str, found: _Found, segment: _phrases.Span) -> str | None:
    after = _phrases.strip_edges(text, found.end, segment.end, leading_topic=False)
    if after is not None:
        return _phrases.tidy(text[found.start : after.end]) if found.unit is Unit.COUNT else _phrases.tidy(
            text[after.start : after.end]
        )
    before = _phrases.strip_edges(text, segment.start, found.start)
    return _phrases.tidy(text[before.start : before.end]) if before else None


def _direction(
    doc: Document, found: _Found, clause: _phrases.Span, sentence: _phrases.Span, everything: list[_Found]
) -> tuple[Change | None, str | None]:
    """Stated direction and comparison: change words, "van X naar Y", or two periods compared."""
    text = doc.text
    comparison_m = _COMPARISON.search(text, clause.start, clause.end)
    comparison = _phrases.tidy(comparison_m.group(0)) if comparison_m else None
    from_to = _CHANGE_FROM_TO.search(text, clause.start, clause.end)
    if from_to is not None:
        a, b = numbers.word_value(from_to.group("a")), numbers.word_value(from_to.group("b"))
        if a is not None and b is not None and a != b and re.search(r"\bnaar\b", from_to.group(0)):
            return (Change.UP if b > a else Change.DOWN), _phrases.tidy(from_to.group(0))
    if found.sign:
        return (Change.UP if found.sign > 0 else Change.DOWN), comparison
    more = _MORE_LESS_AFTER.match(text, found.end)
    if more is not None:
        down = more.group(1).lower() in lexicon.load().down_comparatives
        return (Change.DOWN if down else Change.UP), comparison
    paired = _paired(doc, found, sentence, everything)
    if paired is not None:
        return paired
    segment = _segment(text, clause, found.start)
    end = segment.end
    follow = _ANAPHORIC_NEXT.match(text, end + 1) if end < sentence.end else None
    if follow is not None:
        nxt = _segment(text, _phrases.Span(end + 1, sentence.end), end + 2)
        end = nxt.end
    cues = [
        c for c in doc.cues_in(segment.start, end)
        if c.kind in _FIGURE_CUE_KINDS and not found.start <= c.start < found.end
        and (c.kind not in ("noun", "attr") or c.start >= segment.end
             or 0 <= found.start - c.end <= NOUN_CUE_GAP)
    ]
    if not cues:
        return None, comparison
    kept = [
        c for i, c in enumerate(cues) if not i or not _COORDINATED.fullmatch(text, cues[i - 1].end, c.start)
    ]
    direction = next((c.direction for c in kept if c.direction is not Change.STABLE), Change.STABLE)
    return direction, comparison


def _paired(
    doc: Document, found: _Found, sentence: _phrases.Span, everything: list[_Found]
) -> tuple[Change, str] | None:
    """Two figures of one unit in one sentence, each with its own year: compare them."""
    text = doc.text
    # ``everything`` is sorted by start (see _amounts): bisect to the sentence instead of scanning.
    starts = _starts(everything)
    window = everything[bisect.bisect_left(starts, sentence.start) : bisect.bisect_left(starts, sentence.end)]
    peers = [f for f in window if f.unit is found.unit]
    if len(peers) != 2:
        return None
    dated = []
    for f in peers:
        clause = next(
            (c for c in _phrases.clauses(text, sentence.start, sentence.end) if c.start <= f.start < c.end),
            _phrases.Span(sentence.start, sentence.end),
        )
        m = _nearest(_PERIOD, text, _segment(text, clause, f.start), f)
        if m is None:
            return None
        dated.append((_sort_key(m.group(0)), f))
    (first_key, older), (second_key, newer) = sorted(dated, key=lambda d: d[0])
    if first_key == second_key or older.value == newer.value:
        return None
    direction = Change.UP if newer.value > older.value else Change.DOWN
    return direction, f"van {_format(older.value)} naar {_format(newer.value)}"


_STARTS_CACHE: dict[int, tuple[list[_Found], list[int]]] = {}


def _starts(everything: list[_Found]) -> list[int]:
    """Start offsets of ``everything``, computed once per list (one list per document)."""
    cached = _STARTS_CACHE.get(id(everything))
    if cached is None or cached[0] is not everything:
        _STARTS_CACHE.clear()
        cached = (everything, [f.start for f in everything])
        _STARTS_CACHE[id(everything)] = cached
    return cached[1]


def _sort_key(period: str) -> tuple[int, int]:
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", period)]
    month = next((v for k, v in lexicon.load().months.items() if re.search(rf"\b{k}\b", period.lower())), 0)
    return (max(years) if years else 0, month)


def _format(value: float) -> str:
    return f"{value:g}".replace(".", ",")
