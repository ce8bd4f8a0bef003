"""Where an offset into the stored text of a file lies in the file's own text.

A reader makes a file's text plain before it is stored (``sources.base.plain_text``: line ends,
invisible characters, soft hyphens inside lines, accents written apart, ligatures;
``sources.text.plain_layout``: padding, spaced lines, tab indents, hard-wrapped paragraphs) and
repairs text converted from a PDF (``sources.repair``: words cut at line ends, page numbers).
Extracted items point into that stored text; a gold annotation points into the file as its
annotator saw it. :class:`OffsetMap` aligns the two texts once, in linear time, and moves offsets
from the one into the other:

- the texts are compared on their marks: every character but white space, invisible characters
  and soft hyphens, with ligatures and accented letters taken apart and their accents left out
  (compatibility decomposition without combining marks), so "\\ufb01" is "fi" and "e\\u0301" "e";
- where the marks differ (a repair left out a hyphen, a page number or a line of chart debris,
  front matter precedes the body), the next ``RESYNC_KEY`` marks of one text are looked for a
  little further on in the other, the nearest first (fewer marks where two differences lie close);
- the map is a list of runs (stored offset, file offset minus stored offset), one where that
  difference changes; an offset between two marks (white space, or a mark only the stored text
  has) takes the run before it, but never passes the next mark.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterator

# Zero-width space, non-joiner, joiner, word joiner, byte order mark, soft hyphen: no marks.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\xad")
RESYNC_KEY = 12  # marks that must agree where the texts meet again after a difference
RESYNC_NEAR = 3  # a few marks replaced on either side (a bullet, a dash)
RESYNC_REACH = 5000  # marks left out of one text at most (chart debris, a page header, front matter)
_CHUNK = 1024  # marks compared at once while the texts agree


def _marks_of(char: str) -> str:
    if char.isspace() or char in _INVISIBLE:
        return ""
    if char.isascii():
        return char
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))


def marks(text: str) -> tuple[str, list[int]]:
    """The marks of ``text`` (see the module), each with the offset of the character it comes from."""
    table: dict[str, str] = {}
    kept: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        found = table.get(char)
        if found is None:
            found = table[char] = _marks_of(char)
        if found:
            kept.append(found)
            where.extend([index] * len(found))
    return "".join(kept), where


def _common(a: str, i: int, b: str, j: int) -> int:
    """How many marks agree from ``a[i]`` and ``b[j]`` on."""
    n, step = 0, _CHUNK
    while step:
        chunk = a[i + n : i + n + step]
        if chunk and chunk == b[j + n : j + n + step]:
            n += len(chunk)
            if len(chunk) < step:
                break  # one text ends here
        else:
            step //= 2
    return n


def _resync(a: str, i: int, b: str, j: int) -> tuple[int, int] | None:
    """How far to step in ``a`` and ``b`` after ``a[i] != b[j]`` to where they agree again: a few
    marks on or further on, on ``RESYNC_KEY`` marks, else (two differences close together) fewer;
    on few marks a near place first, as few marks agree by chance further on."""
    for look, size in RESYNC_ORDER:
        step = look(a, i, b, j, min(size, len(a) - i, len(b) - j))
        if step is not None:
            return step
    return None


def _near(a: str, i: int, b: str, j: int, size: int) -> tuple[int, int] | None:
    near = [
        (di + dj, di, dj)
        for di in range(RESYNC_NEAR + 1)
        for dj in range(RESYNC_NEAR + 1)
        if (di or dj) and len(key := a[i + di : i + di + size]) == size and key == b[j + dj : j + dj + size]
    ]
    return min(near)[1:] if near else None


def _far(a: str, i: int, b: str, j: int, size: int) -> tuple[int, int] | None:
    left_out = b.find(a[i : i + size], j + 1, j + RESYNC_REACH + size)  # marks only in the file
    added = a.find(b[j : j + size], i + 1, i + RESYNC_REACH + size)  # marks only in the stored text
    steps = [(left_out - j, 0, left_out - j)] if left_out >= 0 else []
    steps += [(added - i, added - i, 0)] if added >= 0 else []
    return min(steps)[1:] if steps else None


# Where to look, on how many marks (fewer where two differences lie closer together).
RESYNC_ORDER = ((_near, RESYNC_KEY), (_near, 6), (_far, RESYNC_KEY), (_far, 6), (_near, 3))


def _runs(a: str, b: str) -> Iterator[tuple[int, int, int]]:
    """Stretches (start in ``a``, start in ``b``, length) where the two mark strings agree."""
    i = j = 0
    while i < len(a) and j < len(b):
        n = _common(a, i, b, j)
        if n:
            yield i, j, n
            i, j = i + n, j + n
            if i >= len(a) or j >= len(b):
                return
        step = _resync(a, i, b, j)
        if step is None:
            return  # nothing further agrees nearby: later offsets keep the last difference
        i, j = i + step[0], j + step[1]


class OffsetMap:
    """Offsets into ``stored`` (the text a reader stored) moved into ``original`` (the file's text)."""

    def __init__(self, original: str, stored: str) -> None:
        self.original = original
        self.starts: list[int] = []  # stored offset where a run starts
        self.deltas: list[int] = []  # original offset minus stored offset in that run
        if original == stored:
            return
        a, stored_at = marks(stored)
        b, original_at = marks(original)
        for i, j, n in _runs(a, b):
            for k in range(n):
                s = stored_at[i + k]
                delta = original_at[j + k] - s
                if not self.deltas or delta != self.deltas[-1]:
                    if self.starts and self.starts[-1] == s:  # one character, several marks ("\ufb01")
                        self.deltas[-1] = min(self.deltas[-1], delta)
                        continue
                    self.starts.append(s)
                    self.deltas.append(delta)

    def __call__(self, offset: int) -> int:
        """Where the character at stored ``offset`` lies in the original."""
        if not self.starts:
            return offset
        run = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        moved = offset + self.deltas[run]
        if run + 1 < len(self.starts):  # a mark only the stored text has: not past the next one
            moved = min(moved, self.starts[run + 1] + self.deltas[run + 1])
        return min(max(moved, 0), max(len(self.original) - 1, 0))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The stored ``start``/``end`` in the original: from the first character to just after the
        last one, with the accents written after it."""
        first = self(start)
        if end <= start:
            return first, first
        last = self(end - 1) + 1
        while last < len(self.original) and unicodedata.combining(self.original[last]):
            last += 1
        return first, max(first, last)
