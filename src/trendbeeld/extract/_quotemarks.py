"""Finding quoted words: pairs of quotation marks around a stretch of text (no speakers here).

Every Dutch quotation-mark style is read: “…”, „…”, „…“, "…", «…», »…«, ‘…’, ‚…‘, '…' and the
mixed pairs that word processors make ('…’, ‘…'). A quote may run over line breaks. Single
marks also mark terms and elisions (auto's, 's avonds), so a single-quoted span is kept only
when it is long enough, and marked ``speech`` when it reads like a spoken sentence. Titles of
reports and terms after words such as "rapport" or "zogenaamde" are skipped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from trendbeeld.extract import _scan, lexicon

MAX_QUOTE_CHARS = 3000
MAX_SINGLE_QUOTE_CHARS = 1200
MIN_QUOTE_WORDS = 2
MIN_PULL_WORDS = 5  # a single-quoted pull quote right after a quotation
MIN_SPEECH_WORDS = 6  # an unattributed quote must look like speech to inherit a speaker
MAX_HEADING_CHARS = 200  # a title or subhead line holding a quote is shorter than this
UNCLOSED_CHARS = 1200  # a quote without a closing mark ends at its paragraph, this close

# The opening mark is one character class (a straight quote not after a letter), so the regex
# engine skips quickly from mark to mark. Which closing mark fits which opening one is checked
# afterwards (see _paired).
# Two commas (,,) stand for the low-9 mark in plain text; a reversed ” opens a quote only at the
# start of a line and before a capital (a paragraph of a news text); two apostrophes ('') open one
# after a space or a line start and before a capital, and close it.
_DOUBLE = re.compile(
    rf"(?P<open>[“„«»\"](?<!\w\")|,(?<![\w,],),(?=\S)|”(?<=\n”)(?=[A-ZÀ-Ý])|(?<![^\s])''(?=[A-ZÀ-Ý]))"
    rf"(?P<body>[^“”„«»\"]{{3,{MAX_QUOTE_CHARS}}}?)(?P<close>’’|''(?!\w)|[”»“«]|\"(?![\w]))"
)
_DOUBLE_CLOSES: dict[str, tuple[str, ...]] = {
    "“": ("”", "’’", '"'), "„": ("”", "“", '"', "’’"), "«": ("»",), "»": ("«",), '"': ('"', "”"),
    ",,": ("”", "“", '"', "’’", "''"), "”": ("”", '"', "“"), "''": ("''",),
}
# A single mark opens after a non-letter and not as an elision ('s, 't, '80); inside the quote an
# apostrophe is followed by a letter (thema’s); one blank line may occur (a pull quote's layout).
_SINGLE = re.compile(
    r"(?P<open>[‘‚'’](?<!\w[‘‚'’]))(?![’'\s]|(?:s|t|n|k|m|r)\b|\d)"
    rf"(?P<body>(?:[^‘’'‚\n]|[’'](?=\w)|\n(?!\s*\n\s*\n)){{8,{MAX_SINGLE_QUOTE_CHARS}}}?)"
    r"(?P<close>[’‘'])(?!\w)"
)
_SINGLE_CLOSES: dict[str, tuple[str, ...]] = {
    "‘": ("’", "'"), "‚": ("‘", "’"), "'": ("'", "’"), "’": ("’", "'"),
}
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"\S+")
_ARTICLES = frozenset({"de", "het", "een"})
# Cue words that name what follows even after a colon ("de slogan: ‘doeslief’", "heet: ‘…’").
_NAMING_CUES = frozenset({"slogan", "leus", "motto", "term", "begrip", "hashtag", "titel", "getiteld",
                          "genaamd",
                          "heet", "heette", "zogeheten", "zogenaamde", "zogenoemde", "thema"})
_MARK_AT = re.compile(r",,|''|[“„‘'\"«]")
_SPEECH_END = re.compile(r"[.!?…][’'”\"]?\s*\Z")
_UNCLOSED = re.compile(rf"(?:[^‘’'“”«»\"\n]|[’'](?=\w)){{20,{UNCLOSED_CHARS}}}?(?=[ \t]*\n|\Z)")


@dataclass(frozen=True, slots=True)
class Candidate:
    """Quoted words: ``start:end`` without the marks, ``open`` the opening mark, ``close_end``
    just after the closing mark."""

    start: int
    end: int
    open: int
    close_end: int
    single: bool
    pull: bool = False  # a single-quoted sentence on its own line
    speech: bool = False  # reads as a spoken sentence: capital, sentence end, enough words
    unclosed: bool = False  # the closing mark is missing; the quote ends at its paragraph
    continued: bool = False  # unclosed, and the next paragraph opens the same quotation again


@_scan.last_text
def document_candidates(text: str) -> tuple[Candidate, ...]:
    """:func:`candidates` of a whole document, kept for the last one: the quotes and the timeline of
    a report (``_periods.timeline``, its quoted spans) both read them."""
    return tuple(candidates(text))


def candidates(text: str) -> list[Candidate]:
    """Every quoted span of ``text``, in text order, without overlaps."""
    found = [
        Candidate(m.start("body"), m.end("body"), m.start(), m.end(), False,
                  speech=is_speech(text, m.start("body"), m.end("body")))
        for m in _paired(_DOUBLE, _DOUBLE_CLOSES, text)
        if _enough_words(text, m) and not is_title(text, m.start(), m.end("body"))
    ]
    taken_starts = [c.start for c in found]  # sorted and non-overlapping: finditer order
    marks = sorted(
        p for mark in _SINGLE_CLOSES for p in _scan.marks(text, mark) if not _inside(found, taken_starts, p)
    )
    singles = []
    for m in _paired(_SINGLE, _SINGLE_CLOSES, text, marks):
        start, end = m.start("body"), m.end("body")
        if not _enough_words(text, m) or _overlaps(found, taken_starts, start, end):
            continue
        pull = _own_line(text, m.start(), m.end()) or _set_apart(text, m.start(), start, end)
        if not pull and (_BLANK_LINE.search(text, start, end) or is_title(text, m.start(), end)):
            continue
        singles.append(Candidate(start, end, m.start(), m.end(), True, pull, is_speech(text, start, end)))
    out = sorted(found + singles, key=lambda c: c.start)
    return _with_unclosed(text, out)


def is_speech(text: str, start: int, end: int) -> bool:
    """A spoken sentence: it starts with a capital, has enough words and ends a sentence
    (inside the marks or just after them)."""
    first = _WORD.search(text, start, end)
    if first is None or not text[first.start()].isupper():
        return False
    if not _has_words(text, start, end, MIN_SPEECH_WORDS):
        return False
    return bool(_SPEECH_END.search(text[max(start, end - 8) : end])) or text[end + 1 : end + 2] in (
        ".", "!", "?", ",")


def _with_unclosed(text: str, found: list[Candidate]) -> list[Candidate]:
    """Add quotes without a closing mark that run to the end of their paragraph: opened right
    after a colon (the closing mark lost at a PDF column break), or followed by a paragraph that
    opens with a quotation mark again (a quotation over several paragraphs closes only once)."""
    out = list(found)
    starts = [c.start for c in found]
    opens = {c.open for c in found}
    for mark in ("‘", "“", "„", "«", '"', ",,"):
        for pos in _scan.marks(text, mark):
            if pos in opens or _inside(found, starts, pos) or (mark == '"' and not _opens(text, pos)):
                continue
            m = _UNCLOSED.match(text, pos + len(mark))
            if m is None or len(m.group(0).split()) < MIN_SPEECH_WORDS or not m.group(0)[:1].isupper():
                continue
            colon = text[max(pos - 3, 0) : pos].rstrip().endswith(":")
            if not colon and not text[m.end() : m.end() + 40].lstrip().startswith(mark):
                continue
            end = m.end()
            while end > m.start() and text[end - 1].isspace():
                end -= 1
            out.append(Candidate(pos + len(mark), end, pos, end, mark == "‘", speech=True, unclosed=True,
                                 continued=not colon))
    return sorted(out, key=lambda c: c.start)


def _opens(text: str, pos: int) -> bool:
    """A straight double quote at ``pos`` opens a quote: it starts a line or follows a space."""
    return pos == 0 or text[pos - 1] in " \t\n"


def _paired(
    pattern: re.Pattern[str], closes: dict[str, tuple[str, ...]], text: str, starts: list[int] | None = None
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` whose closing mark fits the opening one; after a misfit the search
    goes on at the closing mark, which may open the next quote. With ``starts`` (sorted offsets
    of opening marks) the pattern is tried only there."""
    pos = 0
    found: Iterator[re.Match[str] | None]
    if starts is None:
        opens = _double_opens(text)
        found = iter(lambda: _search_at(pattern, text, opens, pos), None)
    else:
        found = (pattern.match(text, s) for s in starts)
    for m in found:
        if m is None or m.start() < pos:
            continue
        inner = text.find(",,", m.start("body"), m.end("body"))
        if inner >= 0 and starts is None and not text[inner - 1].isalnum():
            pos = inner  # two commas open the next quotation: this one has no closing mark
            continue
        if m.group("close") in closes[m.group("open")]:
            yield m
            pos = m.end()
        else:
            pos = m.start("close")


def _double_opens(text: str) -> list[int]:
    """Sorted offsets where a double opening mark of ``_DOUBLE`` may stand (literal searches:
    the pattern's alternation of openings would be tried at every offset of a long text)."""
    found = {p for mark in "“„«»\"" for p in _scan.marks(text, mark)}
    found.update(_scan.marks(text, ",,"))
    found.update(_scan.marks(text, "''"))
    found.update(p + 1 for p in _scan.marks(text, "\n”"))
    return sorted(found)


def _search_at(pattern: re.Pattern[str], text: str, opens: list[int], pos: int) -> re.Match[str] | None:
    """``pattern.search(text, pos)``, tried only at the offsets ``opens`` (every match starts at one)."""
    for start in opens[bisect.bisect_left(opens, pos) :]:
        m = pattern.match(text, start)
        if m is not None:
            return m
    return None


def _inside(taken: list[Candidate], starts: list[int], pos: int) -> bool:
    before = bisect.bisect_right(starts, pos) - 1
    return before >= 0 and taken[before].end > pos


def _enough_words(text: str, m: re.Match[str]) -> bool:
    return _has_words(text, m.start("body"), m.end("body"), MIN_QUOTE_WORDS)


def _has_words(text: str, start: int, end: int, n: int) -> bool:
    """At least ``n`` words in ``text[start:end]``, without splitting a long quote into all of
    its words (``str.split`` stops after ``n``)."""
    return len(text[start:end].split(None, n)) >= n


def _own_line(text: str, open_pos: int, close_end: int) -> bool:
    """Only spaces before the opening mark on its line, and nothing but spaces after the close."""
    line_start = text.rfind("\n", 0, open_pos) + 1
    if text[line_start:open_pos].strip(" "):
        return False
    following = text[close_end : close_end + 2].strip(" ")
    return not following or following[0] == "\n"


def _set_apart(text: str, open_pos: int, start: int, end: int) -> bool:
    """A single-quoted sentence right after the closing mark of a quotation, with no sentence end
    of its own: a pull quote whose own line was lost ("…toe.” ‘We moeten … houden’ Volgende")."""
    if not text[max(open_pos - 3, 0) : open_pos].rstrip().endswith(("”", "»")):
        return False
    first = _WORD.search(text, start, end)
    if first is None or not text[first.start()].isupper():
        return False
    if _SPEECH_END.search(text[max(start, end - 8) : end]):
        return False
    return _has_words(text, start, end, MIN_PULL_WORDS)


def is_title(text: str, open_pos: int, body_end: int | None = None) -> bool:
    """The marks follow a word such as "rapport" or "zogenaamde": a title or a term. Not a spoken
    sentence after a colon that follows a noun of a text or study ("riep op tot onderzoek: "We
    kunnen dit niet negeren."", "de auteur van het artikel: "Waar is …?!""; ``body_end``: where the
    quoted words end); after a word of naming it is one still ("met de slogan: ‘doeslief’")."""
    words = text[max(open_pos - 30, 0) : open_pos].lower().split()
    while words and words[-1] in _ARTICLES:
        words.pop()
    if not words or words[-1].strip("(,:") not in lexicon.load().quote_title_cues:
        return False
    if body_end is None or not words[-1].endswith(":") or words[-1].rstrip(":") in _NAMING_CUES:
        return True
    mark = _MARK_AT.match(text, open_pos)
    return mark is None or not is_speech(text, mark.end(), body_end)


def in_heading(text: str, cand: Candidate) -> bool:
    """The quote stands in a title or subhead line: a short line with a blank line (or the start of
    the text) above it and a blank line below it ("‘Overlast is kort, maar hevig’. A35\n\n…")."""
    start = text.rfind("\n", 0, cand.open) + 1
    end = text.find("\n", cand.close_end)
    if end < 0 or end - start > MAX_HEADING_CHARS or not text.startswith("\n", end + 1):
        return False
    return start == 0 or text[max(start - 2, 0) : start] == "\n\n"


def _overlaps(taken: list[Candidate], starts: list[int], start: int, end: int) -> bool:
    """True when ``start:end`` overlaps one of ``taken`` (sorted, non-overlapping; ``starts`` their
    starts): a bisection instead of a scan, so many quotes stay linear."""
    before = bisect.bisect_right(starts, start) - 1
    if before >= 0 and taken[before].end > start:
        return True
    after = bisect.bisect_left(starts, start)
    return after < len(starts) and starts[after] < end
