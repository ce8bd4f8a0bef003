"""Titles of news items in text whose line breaks were lost (issue 10).

A news dataset stores an article as one string, and a PDF or HTML conversion can join a page into
one line: a title then runs straight into the text around it. Two kinds of wording still show
where a title ends and where it starts:

- a **dateline** after the title opens the article's body: "… de vorige zin. Brand in
  woonwijk ROTTERDAM - Bij een brand …", "… Schietpartij in Zuidoost (ANP) - …";
- at the start of an article stored as one string, a **sentence that starts without a full stop
  before it**: a capitalised article, pronoun or preposition ("De", "Het", "In") or a word the text
  also writes in lower case or that is common in Dutch, straight after a word, where running Dutch
  only capitalises names: "Gemeente wil minder inbraken in binnenstad De gemeente wil …".
  (Further on such a run may as well be a subhead, which is no headline.)

The title starts after the sentence, quotation or label before it. These functions only find
candidate spans; the headline rules decide whether a span reads as a title.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterator
from functools import lru_cache

from trendbeeld.extract import _speakers, lexicon, regions

TITLE_WINDOW = 300  # a title starts at most this far before its end
# Where a title starts: after a full stop (not of an initial), a closing quotation mark, or a colon
# before a capital (a label: "Hoogleraar Jan Smit: De …"). Not after a question mark: a title may
# ask a question and go on ("Bromt de vijverpomp of de buurman? De Haagse Wijkrechter …").
BOUNDARY = re.compile(
    r"(?:(?:(?<=[^\W\d_]{2})|(?<=[)\d]))\.[’”\"']?|[’”])[ \t]+(?=[A-ZÀ-Ý0-9‘“\"'])|:[ \t]+(?=[A-ZÀ-Ý])"
)
# A dateline in running text, straight after the last word of a title: "… halen AMSTERDAM - De …",
# "… Zuidoost DEN HAAG (ANP) - …", "… Zuidoost (ANP) - …". A news agency in brackets, not any
# acronym: "(WODC) - " closes an entry of a list of sources.
AGENCIES = r"\((?:ANP|AP|AFP|Reuters|Belga|DPA|Novum|GPD)\)"
DATELINE = re.compile(
    rf"(?<=[a-zà-ÿ0-9][ \t])(?:[A-Z]{{3,}}(?:[ /-][A-Z]{{2,}}){{0,2}}(?:[ \t]*{AGENCIES})?|{AGENCIES})"
    r"[ \t]*[-–—] (?=[A-Z“‘\"'](?![A-Z]))"
)
# A title in quotation marks that opens the text, a sentence after it: an apostrophe before a letter
# stays inside (auto's).
_QUOTED_OPENING = re.compile(r"[‘'“\"„](?:[^‘’'“”\"\n]|['’](?=[^\W\d_])){10,150}[’'”\"](?=[ \t]+[A-ZÀ-Ý„“‘])")
_DASH = re.compile(r"[ \t][-–—] ")
# The dash and the space of ``_DASH``: scanning for the rarer dash first is several times as fast.
_DASH_SPACE = re.compile(r"[-–—] ")
_DATELINE_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ)")  # the last letter of a dateline's place or agency
DATELINE_CHARS = 40  # a dateline's place and agency stand at most this far before its dash
# A capitalised word (perhaps opening a quotation) straight after a word or a closing quotation
# mark, with a lower-case word after it.
_CAPITAL_AFTER_WORD = re.compile(
    r"(?<=[\w’'”\"])[ \t]+(?:(?P<quote>[„“])?(?P<word>[A-ZÀ-Ý][a-zà-ÿ]+)(?=[ \t,]+[a-zà-ÿ0-9])"
    r"|(?P<label>[A-Z]{3,}(?=[ \t/]+(?:[A-Z]{2,}|\d))))"  # a label or dateline: "UPDATE 10.45 UUR"
)
NAME_ADJECTIVE_ENDINGS = ("se", "sche")
_PREVIOUS_WORD = re.compile(r"(?P<word>\S+)[ \t]*\Z")
COMMON_ZIPF = 3.8  # a capitalised word this common in Dutch (no place, no first name) starts a sentence
_LOWER_WORD = re.compile(r"[a-zà-ÿ]+")  # a word written in lower case, with no [\w-] on either side
_WORD_CHAR = re.compile(r"[\w-]")


def title_start(text: str, end: int) -> int:
    """Where a title ending at ``end`` starts: after the last sentence, quotation or label before
    it, within TITLE_WINDOW characters and on the same line."""
    floor = max(0, end - TITLE_WINDOW)
    lo = max(floor, text.rfind("\n", floor, end) + 1)  # the line break read back no further than the window
    starts = [m.end() for m in BOUNDARY.finditer(text, lo, end)]
    return starts[-1] if starts else lo


def dateline_titles(text: str) -> list[tuple[int, int]]:
    """``start:end`` of the words before each dateline inside a line."""
    out: list[tuple[int, int]] = []
    for start, end in _dashes(text):  # a literal scan first: datelines are rare, dashes few
        before = text[max(0, start - DATELINE_CHARS) : start].rstrip(" \t")
        if before[-1:] not in _DATELINE_LAST:
            continue  # a dateline ends with a capital or an agency's bracket before its dash
        m = DATELINE.search(text, max(0, start - DATELINE_CHARS), end + 2)  # + its lookahead
        if m is not None and m.end() == end and (not out or out[-1][1] < m.start()):
            out.append((title_start(text, m.start()), m.start()))
    return out


def _dashes(text: str) -> Iterator[tuple[int, int]]:
    """``start:end`` of the matches of ``_DASH`` in ``text``, in order (as its ``finditer``)."""
    last = 0
    for m in _DASH_SPACE.finditer(text, 1):
        start = m.start() - 1
        if start >= last and text[start] in " \t":
            last = m.end()
            yield start, last


def opening_title(text: str) -> tuple[int, int] | None:
    """``start:end`` of the words that open ``text`` before its first sentence starts without a
    stop before it: the title of an article stored as one string with its title."""
    start = len(text) - len(text.lstrip())
    quoted = _QUOTED_OPENING.match(text, start)
    if quoted is not None:
        return start, quoted.end()  # "'Nederland is draaischijf' De hoeveelheid …"
    glued = next(_glued_sentences(text, start, start + TITLE_WINDOW), None)
    if glued is None or title_start(text, glued) != start:
        return None
    return start, glued


class _WrittenLower:
    """Whether ``text`` writes a word in lower case somewhere (as a word of its own), asked word by
    word: a text is asked about a few words, and collecting every lower-case word of a long text
    costs more than the rest of the title search."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word not in self._known:
            self._known[word] = _LOWER_WORD.fullmatch(word) is not None and self._written(word)
        return self._known[word]

    def _written(self, word: str) -> bool:
        text = self._text
        pos = text.find(word)
        while pos >= 0:
            end = pos + len(word)
            if not (pos and _WORD_CHAR.match(text, pos - 1)) and not _WORD_CHAR.match(text, end):
                return True
            pos = text.find(word, pos + 1)
        return False


@lru_cache(maxsize=2)
def _written_lower(text: str) -> _WrittenLower:
    """The words ``text`` writes in lower case somewhere."""
    return _WrittenLower(text)


_FIRST_WORD = re.compile(r"\s*\S+")
_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{2})[.!?][’”\"']?(?=[ \t])|[ \t](?=\d+[ \t]+[A-Z])")


def title_end(text: str, start: int, end: int) -> int:
    """Where a title starting at ``start`` ends, before ``end``: at a sentence end, or before the
    first sentence that starts without a stop before it or a bare number ("… bedreigd 1 BEST
    GELEZEN")."""
    stop = _SENTENCE_STOP.search(text, start, end)
    end = stop.start() + (1 if text[stop.start()] in ".!?" else 0) if stop is not None else end
    first = _FIRST_WORD.match(text, start, end)  # the title's own first word starts no sentence
    return next(_glued_sentences(text, first.end() if first else start, end), end)


def _glued_sentences(text: str, start: int, end: int) -> Iterator[int]:
    """Where a sentence starts between ``start`` and ``end`` without a stop before it."""
    function_words = lexicon.load().function_words
    written_lower = _written_lower(text)
    places = regions.gazetteer().regions
    for m in _CAPITAL_AFTER_WORD.finditer(text, start, end):
        if m.group("quote") or m.group("label"):
            yield m.start()  # a quotation opens the sentence ("… Afrika „Miljoenen …"), or a label
            continue
        before = _PREVIOUS_WORD.search(text, max(0, m.start() - 40), m.start())
        if before is not None and before.group("word")[:1].isupper():
            continue  # a name of more words: "Den Haag", "Joannes Zwijsenlaan"
        if _starts_sentence(m.group("word"), function_words, written_lower, places):
            yield m.start()


def _starts_sentence(
    word: str, function_words: frozenset[str], written_lower: Container[str], places: Collection[str]
) -> bool:
    """Whether a capitalised ``word`` after a word starts a sentence: a function word, a word the text
    also writes in lower case, or a word common in Dutch that is no place and no first name (names
    are rare words)."""
    lower = word.lower()
    if lower in function_words or lower in written_lower:
        return True
    if lower.endswith(NAME_ADJECTIVE_ENDINGS):
        return False  # an adjective of a name: "Utrechtse", "Braziliaanse", "Russische"
    return lexicon.zipf(lower) >= COMMON_ZIPF and word not in places and _speakers.gender(word) is None
