"""Where a quotation's own words begin and end in a sentence of news, for the trend rules.

A trend stated inside a quotation is read like one in body text: the attribution after the
quotation (",,Zuinigheid blijft geboden'', |zegt Jansen|", "…, |aldus de wijkagent|") is no part
of the clause it closes (``attribution_start``), and a speaker's label and the opening marks
before it ("|Jansen: ,,|Telde de school in 2015 nog 734 leerlingen, nu …", "|„|Stroomstoringen
komen regelmatig voor …") are no part of the clause they open (``opening``). The two commas that
print a low-9 mark in Dutch news (",,") count as an opening mark, two apostrophes ("''") as a
closing one.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TypeGuard

from trendbeeld.extract import _phrases, _scan, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.model import TrendStatement

# A closing quotation mark right after a word or a sentence mark, before a comma or a lower-case
# word: the quotation ends and its attribution follows ("…'', zegt", "…,\" aldus", "…', vertelt").
_CLOSING_MARK = r"(?<=[^\W_]|[.!?,…])(?:''|[”\"’'])(?=[^\S\n]*,?[^\S\n]+[a-zà-ÿ])"
# A speaker's label before a quotation ("Jansen: ,,", "Burgemeester Bruls: „") or opening marks
# alone; at most four capitalised or lower-case words before the colon, then a mark.
_OPENING = re.compile(
    r"[^\S\n]*(?:(?:[^\W\d_][\w.'’-]*[^\S\n]+){0,3}[^\W\d_][\w.'’-]*:[^\S\n]+(?=,,|[„“\"‘']))?"
    r"(?:,,|[„“\"‘'])[^\S\n]*"
)


_CLOSING_CHARS = ("'", '"', "”", "’")
_MARK_CHARS = frozenset(",„“\"‘'")
_CLOSING = re.compile(_CLOSING_MARK)
LABEL_REACH = 60  # characters of a clause read for a speaker's label ("Burgemeester Bruls:")


@functools.cache
def _speech_verb() -> re.Pattern[str]:
    """A comma before a speech verb ("…, zegt Jansen", "…, aldus de politie")."""
    heads = {v.split()[0] for v in lexicon.load().speech_verbs if v.split()[0] != "volgens"}
    verbs = "|".join(map(re.escape, sorted(heads, key=len, reverse=True)))
    return re.compile(rf",[^\S\n]+(?=(?:{verbs})\b)")


@_scan.last_text
def _attributions(text: str) -> list[int]:
    """Where an attribution begins anywhere in ``text``, in order (found once per document: a plain
    search for each closing mark, then the pattern at each; one scan for a comma before a verb)."""
    found = [m.start() for m in _speech_verb().finditer(text)]
    for mark in _CLOSING_CHARS:
        at = text.find(mark)
        while at >= 0:
            closing = _CLOSING.match(text, at)
            if closing is not None:
                found.append(at)
            at = text.find(mark, at + 1)
    return sorted(found)


def attribution_start(text: str, start: int, end: int) -> int:
    """Where the attribution of a quotation begins in ``start:end`` (``end`` when there is none):
    ",,Zuinigheid blijft geboden|'', zegt Jansen.", "Het takenpakket bleef hetzelfde|, zegt hij"."""
    found = _attributions(text)
    i = bisect.bisect_left(found, start)
    return found[i] if i < len(found) and found[i] < end else end


def opening(text: str, start: int, end: int) -> int:
    """Where the quoted words begin in a clause or sentence at ``start:end``: after a speaker's
    label and the opening marks ("Jansen: ,,|Telde", "„|Stroomstoringen"); ``start`` when the
    clause opens with neither."""
    first = start
    while first < end and text[first] in " \t":
        first += 1
    if first == end or (text[first] not in _MARK_CHARS and text.find(":", first, first + LABEL_REACH) < 0):
        return start
    found = _OPENING.match(text, start, end)
    return found.end() if found is not None else start


def clauses(doc: Document, start: int, end: int) -> list[_phrases.Span]:
    """The clauses of the sentence at ``start:end`` (``Document.clauses``), each without the
    speaker's label and opening marks before its words and without the attribution after them
    (",,|Telde de school in 2015 nog 734 leerlingen|, nu …", "|Zuinigheid blijft geboden|'', zegt
    Jansen"); a clause that is all label or attribution goes."""
    text = doc.text
    out: list[_phrases.Span] = []
    for clause in doc.clauses(start, end):
        first = opening(text, clause.start, clause.end)
        last = attribution_start(text, first, clause.end)
        if first == clause.start and last == clause.end:
            out.append(clause)
        elif first < last:
            out.append(_phrases.Span(first, last))
    return out


def marks_in_statement(marks: list[int], low: str, start: int, end: int) -> list[int]:
    """The sorted ``marks`` (words a class module looks for) in the sentence at ``start:end``; none
    in a question (a question asks whether a change exists: another class reads it)."""
    i = bisect.bisect_left(marks, start)
    if i == len(marks) or marks[i] >= end or low.find("?", start, end) >= 0:
        return []
    return marks[i : bisect.bisect_left(marks, end, i)]


def uncovered(statement: TrendStatement | None, made: list[TrendStatement]) -> TypeGuard[TrendStatement]:
    """``statement`` exists and overlaps none of the statements ``made`` before it."""
    return statement is not None and not any(
        s.span.start < statement.span.end and statement.span.start < s.span.end for s in made
    )
