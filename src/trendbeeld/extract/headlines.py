"""Media headlines (koppen) with outlet and date.

Reports quote news coverage as clippings: a headline in short lines with a caption naming the
outlet and the date ("NOS | 30 oktober 2020", "De Telegraaf 3 oktober 2020"). A caption takes
the headline just before it; a caption with nothing before it takes the headline after it.
Headline-like blocks next to captions without one of their own are kept without outlet; a short
title in quotation marks above a caption ("Politie: ‘…’") is a headline, not a quotation.
Reports also cite headlines inline: "De Telegraaf kopte op 10 september 2019 ‘…’", "Op 3 mei 2020
kopte De Telegraaf: ‘…’", "NOS: ‘…’ (12 januari 2024)", "‘…’ (NOS, 3 mei 2020)", "In de Volkskrant
verscheen op 5 juni 2022 het artikel ‘…’", and in reference lists "NOS. (2 april 2020). Titel.".
Those need a known outlet (or, with a full date in brackets, a name that reads as an outlet) and
quotation marks around the title. News items are found by their datelines ("AMSTERDAM - ",
"Eindhoven - ") and, in a compilation of articles, by the title that opens most articles (see
:mod:`trendbeeld.extract._news_titles`). A news item (a source of type ``nieuws``) is itself one
headline: title, outlet and date come from its metadata.

Text whose line breaks were lost (a dataset that stores an article as one string, a flattened PDF
page) keeps these forms: a clipping's title starts after the sentence or quotation before it and
ends where the next sentence starts, a news-list entry or reference may follow a sentence inside
a line, and a dateline ends the title before it (see :mod:`trendbeeld.extract._flatnews`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from trendbeeld.extract import _flatnews, _news_titles, _phrases, _scan, lexicon
from trendbeeld.extract._cues import trie
from trendbeeld.extract._document import Document, analyse
from trendbeeld.extract._headline_parts import (
    DATE,
    DATE_RE,
    MAX_TITLE_WORDS,
    MIN_TITLE_WORDS,
    MONTHS,
    date_of,
    outlet_before,
)
from trendbeeld.model import Headline, Source, SourceType, Span

OUTLET_WINDOW = 60  # an outlet name ends at most this far before its date
AFTER_CHARS = 600  # a headline after the last caption of a set starts within this distance
CLUSTER_GAP = 700  # captions closer than this belong to one set of clippings

_BLOCK_BREAK = re.compile(r"\n[ ]*\n")
_ATTRIBUTION_LINE = re.compile(r"[^\n]{0,60}:\s*\Z")
_SENTENCE_END = re.compile(r"[.;]\s*\Z")


# Inline citations. The title is between quotation marks; the outlet is a known one.
_OPEN_QUOTES = "“\"'‘„‚«"
_CLOSE_QUOTES = "”\"'’“‘»"
# An apostrophe before a letter stays inside the title (auto's, thema’s).
_TITLE = rf"[{_OPEN_QUOTES}](?P<title>(?:[^{_CLOSE_QUOTES}\n]|[’'](?=\w)){{10,200}}?)[{_CLOSE_QUOTES}](?!\w)"
_REPORT_VERBS = (
    r"kopte|kopt|koppen|kopten|schreef|schreven|meldde|meldden|berichtte|berichtten|titelde|opende(?:\s+met)?"
)
_ARTICLE = r"(?:het\s+|een\s+)?(?:artikel|bericht|stuk|nieuwsbericht|interview)"
# Words between a verb of reporting and the title: when, and what about ("kopte vorige week ‘…’",
# "schreef op 4 april 2019 over ‘…’", "opende gisteren met de kop ‘…’").
_VERB_FILLER = (
    r"(?:\s+(?:gisteren|eergisteren|vandaag|onlangs|recent|recentelijk|eerder|destijds|toen|ook|al|nog"
    r"|vorige\s+(?:week|maand)|deze\s+week|vorig\s+jaar|afgelopen\s+(?:week|maand|zomer|jaar)"
    r"|met\s+de\s+(?:kop|titel)|onder\s+de\s+(?:kop|titel)|over))"
    r"{0,3}"
)
MIN_INLINE_TITLE_WORDS = 3
INLINE_LEAD_CHARS = 90  # outlet, verb and date stand at most this far before the opening quote
INLINE_TITLE_CHARS = 260  # the title and a date after it end within this distance of the quote


@dataclass(frozen=True, slots=True)
class _Caption:
    start: int
    end: int
    outlet: str
    when: date | None


@dataclass(frozen=True, slots=True)
class _Block:
    start: int
    end: int


class HeadlineExtractor:
    """The rule-based headline extractor (registered as ``headlines.rules``)."""

    name = "headlines.rules"

    def extract(self, source: Source) -> list[Headline]:
        return from_document(analyse(source))


def from_document(doc: Document) -> list[Headline]:
    """Headlines of a prepared document, in text order."""
    if doc.source.meta.type is SourceType.NEWS and doc.source.meta.title:
        return [_news_headline(doc)]
    return _found(doc)


def source_spans(doc: Document) -> list[tuple[int, int]]:
    """Source ``start:end`` of every headline the rules find in running text and clippings."""
    return [(h.span.start, h.span.end) for h in _found(doc)]


_last: list[tuple[Document, list[Headline]]] = []  # the latest document's headlines (quotes asks too)


def _found(doc: Document) -> list[Headline]:
    if _last and _last[0][0] is doc:
        return _last[0][1]
    found = _find(doc)
    _last[:] = [(doc, found)]
    return found


def _find(doc: Document) -> list[Headline]:
    captions = _captions(doc.text, doc.digits)
    # A title in quotation marks cited with its outlet is read first: the clipping rules would
    # take the sentence around it as the headline.
    out: list[Headline] = _inline_citations(doc)
    clipped = [h for cluster in _clusters(captions) for h in _cluster_headlines(doc, cluster)]
    news = (_news_titles.article_titles(doc), _news_titles.story_titles(doc), _news_titles.flat_titles(doc))
    for extra in (clipped, _citation_lines(doc), *news):
        taken = [(h.span.start, h.span.end) for h in out]
        out.extend(h for h in extra if not any(s < h.span.end and h.span.start < e for s, e in taken))
    if not out and _news_titles.is_flat_news(doc.source.text):
        out = _news_titles.glued_titles(doc)
    return sorted(out, key=lambda h: h.span.start)


@cache
def _outlet_names() -> re.Pattern[str]:
    """Any known outlet name, as one trie-shaped pattern (fast to scan a long text with: it opens
    with the trie's alternatives, so the engine skips to their first letters; that no word goes
    before the name is checked by the caller)."""
    return re.compile(rf"{trie(set(lexicon.load().outlets))}(?![\w-])")


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


@lru_cache(maxsize=2)
def _outlet_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where known outlet names stand in ``text``, not after a word or hyphen: one scan serves both
    inline citations and news-list lines. As ``finditer`` with a lookbehind for a word or hyphen: a name
    after a word is skipped and the search goes on from its next character."""
    search = _outlet_names().search
    out: list[tuple[int, int]] = []
    m = search(text)
    while m is not None:
        start = m.start()
        if start and _WORD_OR_HYPHEN.match(text, start - 1):
            m = search(text, start + 1)
            continue
        out.append(m.span())
        m = search(text, m.end())
    return tuple(out)


@cache
def _inline_patterns() -> tuple[re.Pattern[str], ...]:
    outlets = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in lexicon.load().outlets)
    outlet = rf"(?<![\w-])(?:[Hh]et\s+)?(?P<outlet>(?:[Dd]e\s+)?(?:{outlets}))(?![\w-])"
    when = rf"(?P<when>{DATE})"
    earlier = rf"(?P<earlier>{DATE.replace('(?P<', '(?P<e')})"
    return tuple(re.compile(p) for p in (
        # "De Telegraaf kopte op 10 september 2019 ‘…’", "het AD schreef: “…”"
        rf"{outlet}\s+(?:{_REPORT_VERBS}){_VERB_FILLER}(?:\s+op\s+{when})?{_VERB_FILLER}\s*:?\s*{_TITLE}",
        # "Op 3 mei 2020 kopte De Telegraaf: ‘…’", "Zo kopte de Volkskrant op 12 april 2020: ‘…’"
        rf"(?:\b[Oo]p\s+{earlier}\s+)?(?:{_REPORT_VERBS})\s+{outlet}{_VERB_FILLER}(?:\s+op\s+{when})?"
        rf"{_VERB_FILLER}\s*:?\s*{_TITLE}",
        # "Het Parool (2 april 2020) kopte: ‘…’"
        rf"{outlet}\s*\(\s*{when}\s*\)\s*(?:{_REPORT_VERBS})\s*:?\s*{_TITLE}",
        # "In de Volkskrant verscheen op 5 juni 2022 het artikel ‘…’", "In het AD van 4 april 2021 stond …"
        rf"\b(?:[Ii]n|[Oo]p)\s+{outlet}(?:\s+van\s+{earlier})?\s+(?:verscheen|stond)(?:\s+op\s+{when})?"
        rf"\s+{_ARTICLE}\s*:?\s*{_TITLE}",
        # "NOS: ‘…’ (12 januari 2024)", "NU.nl, ‘…’, 14-02-2024", "in Trouw (‘…’, 2 april 2020)"
        rf"{outlet}\s*[:,(]\s*{_TITLE}\s*[(,]\s*{when}",
        # "De Telegraaf kopte: ‘…’ (8 oktober 2019)"
        rf"{outlet}\s+(?:{_REPORT_VERBS})\s*:?\s*{_TITLE}\s*[(,]\s*{when}",
        # "NOS, 3 mei 2020: ‘…’", "NOS | 3 mei 2020 | ‘…’"
        rf"{outlet}\s*[,|–—-]\s*{when}\s*[:|,–—-]\s*{_TITLE}",
    ))


@cache
def _title_first_pattern() -> re.Pattern[str]:
    """"‘…’, meldt NOS (op 2 juni 2022)", "‘…’, kopte De Telegraaf"."""
    outlets = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in lexicon.load().outlets)
    outlet = rf"(?:[Hh]et\s+|[Dd]e\s+)?(?P<outlet>(?:[Dd]e\s+)?(?:{outlets}))(?![\w-])"
    verbs = rf"(?:{_REPORT_VERBS}|meldt|bericht|schrijft|kopt)"
    cited = outlet.replace("(?P<outlet>", "(?P<cited>")
    earlier = DATE.replace("(?P<", "(?P<e")
    return re.compile(
        rf"{_TITLE}\s*(?:,?\s*(?:{verbs})\s+{outlet}(?:\s+op\s+(?P<when>{DATE}))?"
        # "‘…’ (NOS, 3 mei 2020)", "‘…’, De Telegraaf, 2 april 2020", "‘…’ (AD, april 2020)"
        rf"|[,(]\s*{cited}\s*[,|–—]\s*(?:(?P<earlier>{earlier})|(?:(?:{MONTHS})\.?\s+)?(?:19|20)\d\d(?!\d)))"
    )


# A name that reads as a news outlet, not a person: "Omroep Zwolle", "Dagblad van het Oosten",
# "RTV Rijnmond", "Zwollenaar.nl", an acronym.
_OUTLET_LIKE = re.compile(
    r"(?i:omroep|dagblad|krant|courant|nieuws|rtv|radio|journaal|weekblad|magazine|gazet|times|post\b)"
    r"|\.(?:nl|be|com)\b|^[A-Z0-9]{2,}$"
)


@cache
def _title_generic_pattern() -> re.Pattern[str]:
    """"‘…’ (Omroep Zwolle, 3 mei 2020)": a title in quotation marks with a name and a full date
    in brackets after it, also for an outlet the lexicon does not know."""
    earlier = DATE.replace("(?P<", "(?P<e")
    name = r"[A-Z][\w.&'’-]*(?:[ ][A-Za-z0-9][\w.&'’-]*){0,3}"
    return re.compile(rf"{_TITLE}\s*\(\s*(?:[Bb]ron:\s*)?(?P<cited>{name})\s*,\s*(?P<earlier>{earlier})\s*\)")


def _inline_matches(text: str) -> list[re.Match[str]]:
    """Matches of the inline patterns, tried only in a window before each opening quotation mark
    (a literal search), so long texts are not scanned for outlet names at every position."""
    found: dict[int, re.Match[str]] = {}
    outlets = [end for _start, end in _outlet_spans(text)]
    quotes = sorted(q for mark in _OPEN_QUOTES for q in _scan.marks(text, mark))
    covered = 0
    for q in quotes:
        near = bisect.bisect_left(outlets, q - INLINE_LEAD_CHARS)
        if q < covered:
            continue
        matches = _known_outlet_matches(text, q, outlets[near] if near < len(outlets) else None)
        if not matches:
            generic = _title_generic_pattern().match(text, q) if _bracket_may_follow(text, q) else None
            matches = [generic] if generic is not None and _OUTLET_LIKE.search(generic.group("cited")) else []
        if matches:
            best = max(matches, key=lambda m: m.end())  # the reading that also takes the date
            found[best.start("title")] = best
            covered = max(covered, best.end())
    return [found[k] for k in sorted(found)]


_SPACE_THEN_BRACKET = re.compile(r"\s*\(")


def _bracket_may_follow(text: str, q: int) -> bool:
    """A literal pre-check for :func:`_title_generic_pattern` at the quotation mark ``q``: its
    title holds no line break and only white space stands between its closing mark and the
    bracket, so the bracket is on the line of ``q`` or the line break after ``q`` starts the
    white space before it (most quotation marks, apostrophes among them, have neither). Both
    literal searches stop at the first bracket after ``q``, not at the end of a long line (flattened
    news has one line of megabytes: a search to its end for every quotation mark is quadratic)."""
    bracket = text.find("(", q)
    if bracket < 0:
        return False
    line_end = text.find("\n", q, bracket)
    return line_end < 0 or _SPACE_THEN_BRACKET.match(text, line_end) is not None


def _known_outlet_matches(text: str, q: int, outlet_end: int | None) -> list[re.Match[str]]:
    """The inline patterns with a known outlet that end just after ``outlet_end``, around the
    quotation mark at ``q``."""
    matches: list[re.Match[str]] = []
    if outlet_end is None:
        return matches
    if outlet_end <= q:
        lo = max(0, q - INLINE_LEAD_CHARS)
        for pattern in _inline_patterns():
            m = pattern.search(text, lo, q + INLINE_TITLE_CHARS)
            if m is not None and m.start("title") - 1 <= q < m.end("title"):
                matches.append(m)
    if not matches and outlet_end <= q + INLINE_TITLE_CHARS:
        m = _title_first_pattern().match(text, q)
        if m is not None:
            matches.append(m)
    return matches


@cache
def _line_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    outlets = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in lexicon.load().outlets)
    outlet = rf"(?P<outlet>(?:{outlets}))(?![\w-])"
    # The title ends with its line, or with its sentence where the line goes on (line breaks lost).
    title = r"(?P<title>[^\n|]{10,200}?)(?:[ \t]*\.(?=[ \t]+[A-ZÀ-Ý0-9‘“\"'(])|[ \t.]*(?=\n|\Z))"
    return (
        # "14-02-2024 | NU.nl | Politie pakt …", "3 maart 2024 – NOS – Jongeren …"
        re.compile(rf"(?P<when>{DATE})[ \t]*[|–—-][ \t]*{outlet}[ \t]*[|–—:-][ \t]*{title}"),
        # a reference list: "NOS (12 januari 2024). Aantal explosies bij woningen verdubbeld.", also
        # "NOS. (12 januari 2024)." and "NOS (2024, 12 januari)."
        re.compile(
            rf"{outlet}\.?[ \t]*\([ \t]*(?:(?P<when>{DATE})"
            rf"|(?P<ayear>(?:19|20)\d\d),[ \t]*(?P<aday>\d{{1,2}})[ \t]+(?P<amonth>{MONTHS}))"
            rf"[ \t]*\)[ \t]*[.,:]?[ \t]*{title}"
        ),
    )


def _citation_lines(doc: Document) -> list[Headline]:
    """Lines of a list of news items: date, outlet and title, or outlet (date). title."""
    text = doc.text
    out: list[Headline] = []
    dated, referenced = _line_patterns()
    # A date or outlet opens the line, or follows a sentence in a line (line breaks lost).
    dates = _line_or_sentence_starts(text, doc.digits)
    outlets = _line_or_sentence_starts(text, [start for start, _end in _outlet_spans(text)])
    for pattern, positions in ((dated, dates), (referenced, outlets)):
        for m in _scan.matches_at(pattern, text, positions):
            start = m.start("title")
            end = start + len(m.group("title").rstrip(" ."))
            if not _LINE_END.match(text, end):  # the line goes on: a sentence may be glued to the title
                end = start + len(text[start : _flatnews.title_end(text, start, end)].rstrip(" ."))
            title = _phrases.tidy(text[start:end]).rstrip(".")
            if len(title.split()) < MIN_INLINE_TITLE_WORDS:
                continue
            span, evidence, page = doc.span(start, end)
            outlet = " ".join(m.group("outlet").split())
            groups = m.groupdict()
            when = date_of(groups, "a" if groups.get("ayear") else "")
            out.append(Headline(span=span, text=evidence, title=title, outlet=outlet, date=when, page=page))
    return out


_LINE_END = re.compile(r"[ \t.]*(?:\n|\Z)")
_AFTER_SENTENCE = re.compile(r"(?:[^\W\d_]{2}|\))\.[’”\"']?[ \t]+\Z")


def _line_or_sentence_starts(text: str, positions: list[int]) -> list[int]:
    """Those ``positions`` that open a line or follow a full stop in a line."""
    starts = set(_scan.line_starts(text, positions))
    starts.update(p for p in positions if _AFTER_SENTENCE.search(text, max(0, p - 8), p))
    return sorted(starts)


def _inline_citations(doc: Document) -> list[Headline]:
    """Headlines cited in running text with their outlet (and date, when given)."""
    out = []
    for m in _inline_matches(doc.text):
        title = _phrases.tidy(m.group("title"))
        if len(title.split()) < MIN_INLINE_TITLE_WORDS:
            continue
        span, evidence, page = doc.span(m.start("title"), m.end("title"))
        groups = m.groupdict()
        when = date_of(groups, "") if groups.get("when") else None
        if when is None and groups.get("earlier"):
            when = date_of(groups, "e")  # the date written before the outlet
        outlet = groups.get("outlet") or groups.get("cited") or ""
        out.append(Headline(span=span, text=evidence, title=title, outlet=" ".join(outlet.split()),
                            date=when, page=page))
    return out


MAX_QUOTED_TITLE_WORDS = 15
# An apostrophe before a letter stays inside the title (auto’s).
_QUOTED_TITLE = re.compile(
    r"(?:[^\s:.!?][^:.!?\n]{0,40}:\s*)?[‘'“\"„](?:[^‘’'“”\"\n]|[’'](?=[^\W\d_])){10,150}[’'”\"]\Z"
)


def _captions(text: str, digits: list[int]) -> list[_Caption]:
    """Outlet and date: the date is found first, then the outlet just before it.

    A date starts with a digit, so the date pattern is tried at the ``digits`` runs only.
    """
    out = []
    before = outlet_before()
    for m in _scan.matches_at(DATE_RE, text, digits):
        window_start = max(0, m.start() - OUTLET_WINDOW)
        found = before.search(text, window_start, m.start())
        if found is None:
            continue
        outlet = found.group("outlet") or found.group("generic")
        out.append(_Caption(found.start(), m.end(), " ".join(outlet.split()), date_of(m.groupdict(), "")))
    return out


def _clusters(captions: list[_Caption]) -> list[list[_Caption]]:
    clusters: list[list[_Caption]] = []
    for caption in captions:
        if clusters and caption.start - clusters[-1][-1].end <= CLUSTER_GAP:
            clusters[-1].append(caption)
        else:
            clusters.append([caption])
    return clusters


def _cluster_headlines(doc: Document, cluster: list[_Caption]) -> list[Headline]:
    text = doc.text
    before = [_block_before(text, cluster, i) for i in range(len(cluster))]
    after = [_block_after(text, cluster, i) for i in range(len(cluster))]
    assigned: list[tuple[_Block, _Caption | None]] = []
    spans: list[tuple[int, int]] = []  # the assigned blocks, sorted (they never overlap)
    captioned: set[int] = set()

    def free(block: _Block | None) -> bool:
        if block is None or not _is_title(text, block):
            return False
        i = bisect.bisect_left(spans, (block.start, block.end))
        return not ((i and spans[i - 1][1] > block.start) or (i < len(spans) and spans[i][0] < block.end))

    def assign(block: _Block, caption: _Caption | None) -> None:
        assigned.append((block, caption))
        bisect.insort(spans, (block.start, block.end))
        if caption is not None:
            captioned.add(id(caption))

    for i, caption in enumerate(cluster):
        if free(before[i]):
            assign(before[i], caption)  # type: ignore[arg-type]
    for i, caption in enumerate(cluster):
        if id(caption) not in captioned:
            block = next((b for b in after[i:] if free(b)), None)
            if block is not None:
                assign(block, caption)
    for i in range(len(cluster)):
        block = _block_after(text, cluster, i, extend=False)
        if free(block):
            assign(block, None)  # type: ignore[arg-type]
    return [_headline(doc, block, caption) for block, caption in assigned]


def _block_before(text: str, cluster: list[_Caption], i: int) -> _Block | None:
    end = cluster[i].start
    if i:
        start = cluster[i - 1].end
    else:
        breaks = list(_BLOCK_BREAK.finditer(text, max(0, end - 400), max(0, end - 1)))
        start = breaks[-1].end() if breaks else max(0, end - 400)
    if "\n" not in text[start:end]:  # line breaks lost: the title starts after a sentence or quotation
        start = max([start, *(m.end() for m in _flatnews.BOUNDARY.finditer(text, start, end))])
    return _trim(text, start, end, from_end=True)


def _block_after(text: str, cluster: list[_Caption], i: int, *, extend: bool = True) -> _Block | None:
    start = cluster[i].end
    limit = cluster[i + 1].start if i + 1 < len(cluster) else min(len(text), start + AFTER_CHARS)
    stops = [m.start() for m in _BLOCK_BREAK.finditer(text, start + 1, limit)] + [min(limit, start + 300)]
    if "\n" not in text[start : stops[0]]:  # line breaks lost: the title ends where a sentence starts
        stops = [_flatnews.title_end(text, start, stops[0])]
    block: _Block | None = None
    for stop in stops:
        block = _trim(text, start, stop, from_end=False)
        if block is None:
            continue
        words = text[block.start : block.end].split()
        unfinished = words[-1].lower() in lexicon.load().function_words or len(words) <= MIN_TITLE_WORDS
        if not extend or not unfinished or len(words) > MAX_TITLE_WORDS:
            break
    return block


def _trim(text: str, start: int, end: int, *, from_end: bool) -> _Block | None:
    """The headline part of ``text[start:end]``: without an attribution line or body text."""
    lines = list(re.finditer(r"[^\n]+", text[start:end]))
    if from_end:
        kept: list[re.Match[str]] = []
        for line in reversed(lines):
            quoted = _ends_quote(line.group(0)) and not _quoted_title(line.group(0))
            if _SENTENCE_END.search(line.group(0)) or quoted:
                break
            kept.insert(0, line)
            if _ATTRIBUTION_LINE.fullmatch(line.group(0)) and len(kept) > 1:
                kept.pop(0)
                break
    else:
        kept = []
        for line in lines:
            if _SENTENCE_END.search(line.group(0)):
                break
            kept.append(line)
    kept = [k for k in kept if k.group(0).strip()]
    if not kept:
        return None
    s = start + kept[0].start()
    e = start + kept[-1].end()
    while s < e and text[s] in " \t\n":
        s += 1
    while e > s and text[e - 1] in " \t\n":
        e -= 1
    return _Block(s, e) if e > s else None


def _quoted_title(line: str) -> bool:
    """A short line that is a title in quotation marks, perhaps after a label: "‘Meer jonge daders’",
    "Politie: ‘Meer jonge daders’" (a news headline, not a paragraph of a quotation)."""
    return len(line.split()) <= MAX_QUOTED_TITLE_WORDS and bool(_QUOTED_TITLE.match(line.strip()))


def _ends_quote(line: str) -> bool:
    return line.rstrip().endswith(("’", "”", '"', "»"))


def _is_title(text: str, block: _Block) -> bool:
    words = text[block.start : block.end].split()
    if not MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS:
        return False
    return sum(1 for w in words if w[:1].isalpha()) >= MIN_TITLE_WORDS


def _headline(doc: Document, block: _Block, caption: _Caption | None) -> Headline:
    span, evidence, page = doc.span(block.start, block.end)
    title = _phrases.tidy(doc.text[block.start : block.end])
    return Headline(
        span=span,
        text=evidence,
        title=title,
        outlet=caption.outlet if caption else None,
        date=caption.when if caption else None,
        page=page,
    )


def _news_headline(doc: Document) -> Headline:
    meta = doc.source.meta
    title = meta.title
    text = doc.source.text
    start = text.find(title)
    if start < 0:
        start, end = 0, len(text.split("\n", 1)[0].rstrip())
    else:
        end = start + len(title)
    span = Span(doc.source.id, start, end)
    return Headline(span=span, text=text[start:end], title=title, outlet=meta.publisher, date=meta.date,
                    url=meta.url, page=doc.source.page_at(start))
