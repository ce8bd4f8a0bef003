"""Fast scans over long texts, with the same results as ``re.finditer``.

Python's regex engine skips ahead quickly only when a pattern starts with a literal or a plain
character class; a pattern that starts with an assertion or a case-insensitive word is tried
at every position of a megabyte text. The helpers here find the few positions where a
match can start (digit runs, a quotation mark at the start of a line, the words before a
number) and try the pattern only there (:func:`matches_at`). A case-insensitive pattern is
also twice as slow as a case-sensitive one: :func:`lowered` gives a lower-case copy to scan.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import wraps
from typing import TypeVar

_T = TypeVar("_T")

_DIGIT_RUN = re.compile(r"\d+")
# Letters that ``re.IGNORECASE`` matches with a lower-case letter but ``str.lower`` does not map to
# it, with that letter: "İ" lowers to two characters, "ı" and "ſ" stay themselves. A text with one
# of them ("Yıldız") is lowered with these replaced, so its lower-case copy keeps the offsets and a
# lower-case pattern matches there as ``re.IGNORECASE`` does in the text.
_UNLIKE_LOWER = (("İ", "i"), ("ı", "i"), ("ſ", "s"))


def digit_runs(text: str) -> list[int]:
    """Start offsets of the maximal runs of digits in ``text``."""
    return [m.start() for m in _DIGIT_RUN.finditer(text)]


def lowered(text: str) -> str | None:
    """``text`` in lower case, for scanning with a lower-case pattern instead of ``re.IGNORECASE``
    (twice as fast, same matches and offsets), or None when lower case would change the offsets.

    Read positions and matches from it, never output text: "Yıldız" is "yildiz" there.
    """
    for letter, plain in _UNLIKE_LOWER:
        if letter in text:
            text = text.replace(letter, plain)
    low = text.lower()
    return low if len(low) == len(text) else None


def lower_per_letter(text: str) -> str:
    """``text`` lower-cased letter by letter, a letter whose lower case is longer ("İ") left as it is:
    a lower-case copy with the same offsets where ``lowered`` gives None."""
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def marks(text: str, mark: str) -> list[int]:
    """Offsets of the character ``mark`` in ``text`` (a literal search, fast)."""
    out: list[int] = []
    append, find = out.append, text.find
    pos = find(mark)
    while pos >= 0:
        append(pos)
        pos = find(mark, pos + 1)
    return out


def occurrences(
    low: str, words: Iterable[str], word_start: bool = False, start: int = 0, end: int | None = None
) -> list[int]:
    """Offsets where any of ``words`` occurs in ``low`` (within ``start:end``), in order (a plain
    substring search per word, many times faster than a pattern over the whole text); with
    ``word_start`` only where no letter or digit stands right before it."""
    found: list[int] = []
    append, find = found.append, low.find
    for word in words:
        at = find(word, start, end)
        if not word_start:
            while at >= 0:
                append(at)
                at = find(word, at + 1, end)
            continue
        while at >= 0:
            if at == 0 or not low[at - 1].isalnum():
                append(at)
            at = find(word, at + 1, end)
    found.sort()
    return found


_NUMBER_HITS: list[tuple[str, list[int]]] = []  # the number words of the last text scanned with them


def words_and_numbers(pattern: re.Pattern[str], low: str) -> list[tuple[int, str]]:
    """(offset, word) of the words of ``pattern``'s group "cue" (or "cue2") in ``low``, in order, as
    one scan finds them together with the offsets of its lookahead group "num" (number words), which
    are kept for :func:`number_hits` on the same text: one scan of a long text instead of two."""
    words: list[tuple[int, str]] = []
    numbers: list[int] = []
    for m in pattern.finditer(low):
        at = m.start("num")
        if at < 0:
            words.append((m.start("cue2"), m.group("cue2")))
            continue
        numbers.append(at)
        if m.group("cue") is not None:
            words.append((m.start("cue"), m.group("cue")))
    _NUMBER_HITS[:] = [(low, numbers)]
    return words


def number_hits(low: str) -> list[int] | None:
    """The number words :func:`words_and_numbers` found in ``low`` (the same object), once; else None."""
    kept = _NUMBER_HITS[0] if _NUMBER_HITS and _NUMBER_HITS[0][0] is low else None
    _NUMBER_HITS.clear()  # read once: the text is not kept
    return kept[1] if kept is not None else None


def line_starts(text: str, positions: Iterable[int]) -> list[int]:
    """Those ``positions`` that only spaces separate from the start of their line (or text)."""
    out = []
    for pos in positions:
        before = pos - 1
        while before >= 0 and text[before] == " ":  # only the spaces before it, never the whole line
            before -= 1
        if before < 0 or text[before] == "\n":
            out.append(pos)
    return out


def matches_at(
    pattern: re.Pattern[str], text: str, candidates: Iterable[int], end: int | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` (up to ``end``) when every match starts at one of the sorted ``candidates``.

    Like ``finditer``, a match never starts inside the match before it.
    """
    covered = 0
    stop = len(text) if end is None else end
    for pos in candidates:
        if pos < covered:
            continue
        m = pattern.match(text, pos, stop)
        if m is not None:
            yield m
            covered = max(m.end(), pos + 1)


def space_before(text: str, pos: int) -> int:
    """Start of the white space that ends at ``pos`` (``pos`` itself when there is none)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


DIGIT_LINE = re.compile(r"\n(?=[ ]*[-+]?\d)")  # a line break before a line that starts with a number


def starts_of_lines(text: str, pattern: re.Pattern[str]) -> list[int]:
    """Starts of the lines that ``pattern`` (a line break and what follows it) finds, and the
    text's start: a pattern anchored at line starts is tried only there (a fast literal scan)."""
    return [0, *(m.start() + 1 for m in pattern.finditer(text))]


def may_end_with(window: str, ends: tuple[str, ...], skippable: str) -> bool:
    """Whether a pattern that wants one of ``ends`` as the last word before a position may match at
    the end of ``window`` (a cheap test before the pattern): the window ends with white space after a
    word that ends like one of ``ends``, perhaps followed by the one word ``skippable``. A word that
    is not ASCII is left to the pattern (its case-insensitive letters fold beyond ``str.lower``)."""
    if not window[-1:].isspace():
        return False
    for word in window.split()[-1:-3:-1]:
        if not word.isascii():
            return True
        low = word.lower()
        if low.endswith(ends):
            return True
        if low != skippable:
            return False
    return False


def last_text(func: Callable[[str], _T]) -> Callable[[str], _T]:
    """Keep ``func``'s result for the last text object it was given, known by identity.

    The per-document scans are asked again for every sentence of one document. A
    ``functools.lru_cache`` would compare a new text with the kept one character by character on
    every call whenever the two are equal but not the same object (the same file read twice), which
    for a long text costs more than the scan itself.
    """
    kept: list[tuple[str, _T]] = []

    @wraps(func)
    def wrapper(text: str) -> _T:
        if not kept or kept[0][0] is not text:
            kept[:] = [(text, func(text))]
        return kept[0][1]

    return wrapper
