"""A problem that persists: "nog steeds" or "nog altijd" before too much, too little or a shortage.

Called by ``trends.statements`` for a sentence where the general rules and ``_trend_risks`` found
nothing, before ``_trend_policy`` (whose persistence would name the clause's subject instead). Wording handled
(``stable``; the conventions count persistence such as "al jaren" and "nog steeds" as a trend):

* too much or too little of something: "Dieren ondervinden |nog altijd te veel hittestress|",
  "Er is |nog steeds veel te weinig sanitair|", "Nederlanders trekken |nog altijd veel te veel
  dingen| door de wc";
* a shortage or a surplus of something: "Wij zien |nog steeds een schreeuwend tekort aan bewaakte
  parkeerplaatsen|", "Er is |nog altijd een groot gebrek aan| huisartsen".

The phenomenon is the noun phrase counted ("hittestress"), or the shortage with what it lacks
("tekort aan bewaakte parkeerplaatsen"). Not: a question, a condition ("Als er nog steeds te
weinig …"), "te" before a verb or an adjective ("nog steeds te weinig te eten", "nog altijd te
veel bezig"), a pronoun.
"""

from __future__ import annotations

import bisect
import re

from trendbeeld.extract import _cues, _phrases, _text, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import ANAPHOR, _phenomenon
from trendbeeld.model import Change, TrendStatement

# Where "nog steeds"/"nog altijd" occur, found once per document by a plain substring search.
_MARKS = ("nog steeds ", "nog altijd ")
_LAST_TEXT: list[str] = []
_LAST_MARKS: list[list[int]] = []
# After the mark: too much or too little ("(veel) te veel", "te weinig") ...
_TOO = re.compile(r"(?:(?:veel|veruit|ruim|fors|nog)\s+)?te\s+(?:veel|weinig)\s+")
# ... or a shortage, a lack or a surplus of something ("een (schreeuwend) tekort aan").
_SHORTAGE = re.compile(
    r"(?:(?:een|het|de)\s+)?(?:[a-zà-ÿ-]+\s+){0,2}?(tekort|tekorten|gebrek|overschot|overschotten)\s+(aan|van)\s+"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Words that open a condition or a question (the clause then states no persisting problem).
_CONDITION = frozenset(["als", "wanneer", "indien", "mits", "zodra", "tenzij", "of", "zonder"])


def statements(doc: Document, low: str, start: int, end: int) -> list[TrendStatement]:
    """Statements of a persisting problem in the sentence at ``start:end`` (``low``: the
    document's text in lower case, same offsets)."""
    if not _LAST_TEXT or _LAST_TEXT[0] is not low:
        _LAST_TEXT[:] = [low]
        _LAST_MARKS[:] = [_found(low)]
    marks = _LAST_MARKS[0]
    i = bisect.bisect_left(marks, start)
    if i == len(marks) or marks[i] >= end:
        return []  # no "nog steeds"/"nog altijd": the common case, one bisection
    if low.find("?", start, end) >= 0:
        return []
    out: list[TrendStatement] = []
    while i < len(marks) and marks[i] < end:
        found = _persisting(doc, low, marks[i], (start, end))
        if found is not None:
            out.append(found)
        i += 1
    return out


def _found(low: str) -> list[int]:
    """Where "nog steeds " and "nog altijd " start in ``low`` as words, in order."""
    found: list[int] = []
    for word in _MARKS:
        at = low.find(word)
        while at >= 0:
            if at == 0 or not low[at - 1].isalnum():
                found.append(at)
            at = low.find(word, at + 1)
    found.sort()
    return found


def _persisting(doc: Document, low: str, at: int, sentence: tuple[int, int]) -> TrendStatement | None:
    """The statement of the mark at ``at`` in the sentence at ``sentence`` (start, end), or None."""
    clause = next((c for c in doc.clauses(*sentence) if c.start <= at < c.end), None)
    if clause is None:
        return None
    first = _WORD.search(low, clause.start, clause.end)
    if first is None or first.group(0) in _CONDITION:
        return None  # "Als er nog steeds te weinig …"
    after = at + len(_MARKS[0])
    too = _TOO.match(low, after, clause.end)
    shortage = None if too is not None else _SHORTAGE.match(low, after, clause.end)
    amount = too or shortage
    phrase = None if amount is None else _counted(doc, low, amount.end(), clause.end)
    name = None if phrase is None else _phenomenon(doc, phrase)
    if phrase is None or not name or name.startswith(ANAPHOR):
        return None
    if name.lower() in lexicon.load().function_words:
        return None
    if shortage is not None:
        name = f"{_cues.lemma(shortage.group(1))} {shortage.group(2)} {name}"
    span, evidence, page = doc.span(at, phrase.end)
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=Change.STABLE, page=page)


def _counted(doc: Document, low: str, opening: int, end: int) -> _phrases.Span | None:
    """The noun phrase at ``opening`` that there is too much, too little or a shortage of; not
    "te" or "om" before a verb ("te weinig |te| eten") nor a verb alone ("te veel |gedronken|")."""
    word = _WORD.match(low, opening)
    if word is None or word.group(0) in ("te", "om"):
        return None
    phrase = _phrases.noun_phrase(doc.text, opening, end)
    if phrase is None or phrase.start != opening:
        return None
    if phrase.end == word.end() and _text.is_verb_form(word.group(0)):
        return None
    return phrase
