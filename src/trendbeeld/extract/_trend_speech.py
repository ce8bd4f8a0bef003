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

import functools
import re

from trendbeeld.extract import _phrases, lexicon
from trendbeeld.extract._document import Document

# A closing quotation mark right after a word or a sentence mark, before a comma or a lower-case
# word: the quotation ends and its attribution follows ("…'', zegt", "…,\" aldus", "…', vertelt").
_CLOSING_MARK = r"(?<=[^\W_]|[.!?,…])(?:''|[”\"’'])(?=[^\S\n]*,?[^\S\n]+[a-zà-ÿ])"
# A speaker's label before a quotation ("Jansen: ,,", "Burgemeester Bruls: „") or opening marks
# alone; at most four capitalised or lower-case words before the colon, then a mark.
_OPENING = re.compile(
    r"[^\S\n]*(?:(?:[^\W\d_][\w.'’-]*[^\S\n]+){0,3}[^\W\d_][\w.'’-]*:[^\S\n]+(?=,,|[„“\"‘']))?"
    r"(?:,,|[„“\"‘'])[^\S\n]*"
)


@functools.cache
def _attribution() -> re.Pattern[str]:
    """A closing quotation mark before its attribution, or a comma before a speech verb ("…, zegt
    Jansen", "…, aldus de politie")."""
    heads = {v.split()[0] for v in lexicon.load().speech_verbs if v.split()[0] != "volgens"}
    verbs = sorted(heads, key=len, reverse=True)
    return re.compile(rf"{_CLOSING_MARK}|,[^\S\n]+(?=(?:{'|'.join(map(re.escape, verbs))})\b)")


def attribution_start(text: str, start: int, end: int) -> int:
    """Where the attribution of a quotation begins in ``start:end`` (``end`` when there is none):
    ",,Zuinigheid blijft geboden|'', zegt Jansen.", "Het takenpakket bleef hetzelfde|, zegt hij"."""
    found = _attribution().search(text, start, end)
    return found.start() if found is not None else end


def opening(text: str, start: int, end: int) -> int:
    """Where the quoted words begin in a clause or sentence at ``start:end``: after a speaker's
    label and the opening marks ("Jansen: ,,|Telde", "„|Stroomstoringen"); ``start`` when the
    clause opens with neither."""
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
