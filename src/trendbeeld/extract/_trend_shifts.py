"""Shifts worded with "in plaats van": what is chosen now instead of what was chosen before.

Two word orders: the old choice first ("In plaats van handhaving werd ingezet op |preventie|") or
the new one first ("Jongeren betalen steeds vaker met |cryptomunten| in plaats van met contant
geld"). A sentence that says no change ("De rechtbank staat dichtbij in plaats van ver weg") is
no shift: the sentence must carry a mark of change (``_CHANGE_MARK``).
"""

from __future__ import annotations

import re

from trendbeeld.extract import _phrases

SHIFT_REACH = 300  # characters read on either side of "in plaats van"
# A sentence with one of these words says that a choice changed.
_CHANGE_MARK = re.compile(
    r"\b(?:steeds|vaker|nu|tegenwoordig|inmiddels|ingezet|inzetten|zet|zetten|kiest|kiezen|koos|kozen"
    r"|gekozen|overgestapt|overstappen|stapt|stappen|overgeschakeld|verschuift|verschoof|verschoven"
    r"|gaat|gaan|ging|gingen|gegaan)\b",
    re.IGNORECASE,
)
# Prepositions that introduce what is chosen ("ingezet op", "gekozen voor", "betalen met").
_CHOICE = re.compile(r"\b(?:op|voor|met|naar|aan|via|in)\s+", re.IGNORECASE)
_PREPOSITIONS = re.compile(r"\s*(?:(?:op|voor|met|naar|aan|via|in|bij|de|het|een)\s+)*", re.IGNORECASE)


def choices(
    text: str, sentence: _phrases.Span, clause: _phrases.Span, start: int, end: int
) -> tuple[_phrases.Span, _phrases.Span] | None:
    """(old, new) for "in plaats van" at clean ``start:end``, or None. Only ``SHIFT_REACH``
    characters on either side are read, so a sentence without punctuation stays linear."""
    first, last = max(sentence.start, start - SHIFT_REACH), min(sentence.end, end + SHIFT_REACH)
    if not _CHANGE_MARK.search(text, first, last):
        return None
    skipped = _PREPOSITIONS.match(text, end, last)
    old = _phrases.noun_phrase(text, skipped.end() if skipped else end, last)
    if old is None:
        return None
    if not text[max(clause.start, first) : start].strip(" ,"):
        # the old choice opens the sentence: the new one follows the last preposition after it
        found = list(_CHOICE.finditer(text, old.end, last))
        new = _phrases.noun_phrase(text, found[-1].end(), last) if found else None
    else:
        found = list(_CHOICE.finditer(text, max(clause.start, first), start))
        new = _phrases.noun_phrase(text, found[-1].end(), start) if found else None
    return (old, new) if new is not None else None
