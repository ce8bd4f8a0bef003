"""A worrying development named as such: "X is een zorgwekkende ontwikkeling" implies that X grows.

Called by ``_trend_implied`` for the sentences of its document, beside the statements the other
rules made (a clause they already read is left to them). The visible gold counts "het hoge aantal
diefstallen … is een zorgwekkende ontwikkeling" as a rise, ``hard`` ("'zorgwekkende ontwikkeling'
implies a rise without saying so"), like other changes implied without a word of change. Wording
handled (``up``):

* the development as the predicate of its subject: "|Het aantal woninginbraken in Oss| is een
  zorgelijke ontwikkeling", "… maar |het hoge aantal autodiefstallen| verbaast ons en is een
  verontrustende ontwikkeling";
* a development that a speaker finds in a "dat" clause: "De burgemeester vindt het een
  zorgwekkende ontwikkeling |dat snelle auto's 's nachts over de dijk racen|" (the subject of the
  clause).

Not: a pointer ("dit is een zorgelijke ontwikkeling": what it points at is said before and read
there), a person's own development ("de zorgwekkende ontwikkeling van de vrouw"), a question, a
condition.
"""

from __future__ import annotations

import re

from trendbeeld.extract import _cues, _phrases, _scan, _text, _trend_speech
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import ANAPHOR, _phenomenon
from trendbeeld.model import Change, TrendStatement

_WORDS = ("zorgwekkende ", "zorgelijke ", "verontrustende ", "alarmerende ", "onrustbarende ")
_DEVELOPMENT = re.compile(
    r"(?:zorgwekkende|zorgelijke|verontrustende|alarmerende|onrustbarende)\s+(?:ontwikkeling|trend|tendens)"
    r"(?![\w-])"
)
# "is een zorgwekkende …", "en is een …", "was een …": the development as predicate.
_PREDICATE = re.compile(
    r"(?<![\w-])(?:is|was|blijft|wordt|vormt|noemt\s+\w+)\s+(?:een\s+)?(?:erg\s+|zeer\s+|heel\s+)?[‘'\"“„]?\Z"
)
# "vindt het een zorgwekkende ontwikkeling dat …", "noemt het een …": the "dat" clause after it.
_FINDS_IT = re.compile(
    r"(?<![\w-])(?:vind\w*|vond\w*|noem\w*|is)\s+het\s+(?:een\s+)?(?:erg\s+|zeer\s+)?[‘'\"“„]?\Z"
)
_THAT = re.compile(r"[\s,'‘’\"”]*dat\s+")
# Words that open the clause but are no part of its subject ("maar", "en", "want", a quotation mark).
_OPENERS = frozenset(["maar", "en", "want", "dus", "ook", "toch", "dat"])
_POINTERS = frozenset(["dit", "dat", "het", "deze", "die"])
_PERSONS = frozenset(["ik", "je", "jij", "hij", "zij", "ze", "we", "wij", "u", "men", "iemand", "niemand"])
_WORD = _phrases.WORD
READ_BEFORE = 30  # characters before the development read for the predicate


@_scan.last_text
def positions(low: str) -> list[int]:
    """Where the adjectives of worry occur in ``low`` (found once per document)."""
    return _scan.occurrences(low, _WORDS, word_start=True)


def statements(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> list[TrendStatement]:
    """The developments of worry in the sentence at ``start:end`` that ``made`` does not cover."""
    out: list[TrendStatement] = []
    for at in _trend_speech.marks_in_statement(positions(low), low, start, end):
        development = _DEVELOPMENT.match(low, at, end)
        statement = _statement(doc, low, at, development.end(), (start, end)) if development else None
        if statement is not None and _trend_speech.uncovered(statement, made):
            out.append(statement)
    return out


def _statement(
    doc: Document, low: str, at: int, after: int, sentence: tuple[int, int]
) -> TrendStatement | None:
    """The rise the development at ``at:after`` implies, about the subject it is said of."""
    clause = next((c for c in _trend_speech.clauses(doc, *sentence) if c.start <= at < c.end), None)
    if clause is None:
        return None
    before = max(clause.start, at - READ_BEFORE)
    if _FINDS_IT.search(low, before, at):
        that = _THAT.match(low, after, clause.end) or _THAT.match(low, after, sentence[1])
        phrase = _opening_phrase(doc, low, that.end(), sentence[1]) if that else None
    elif _PREDICATE.search(low, before, at):
        phrase = _opening_phrase(doc, low, clause.start, at)
    else:
        return None
    first = _WORD.search(low, phrase.start, phrase.end) if phrase is not None else None
    if phrase is None or first is None or first.group(0) in _PERSONS:
        return None  # "dat hij …": one person's doing
    name = _phenomenon(doc, phrase)
    if not name or name.startswith(ANAPHOR):
        return None
    span, evidence, page = doc.span(min(phrase.start, at), max(phrase.end, after))
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=Change.UP, page=page)


def _opening_phrase(doc: Document, low: str, start: int, end: int) -> _phrases.Span | None:
    """The noun phrase that opens ``start:end`` past conjunctions; None for a pointer ("dit is …")."""
    for word in _WORD.finditer(low, start, end):
        if word.group(0) in _OPENERS:
            continue
        if word.group(0) in _POINTERS and not _phrases.noun_phrase(doc.text, word.end(), end):
            return None
        return _without_final_verb(low, _phrases.noun_phrase(doc.text, word.start(), end))
    return None


def _without_final_verb(low: str, phrase: _phrases.Span | None) -> _phrases.Span | None:
    """The phrase without the verb that closes a "dat" clause ("snelle auto's … over de dijk |racen|")."""
    words = list(_WORD.finditer(low, phrase.start, phrase.end)) if phrase is not None else []
    last = words[-1].group(0) if len(words) > 2 else ""
    verb = last.endswith("en") and (_text.is_verb_form(last) or _cues.lemma(last) == last)
    if phrase is None or not verb:
        return phrase
    return _phrases.Span(phrase.start, words[-2].end())
