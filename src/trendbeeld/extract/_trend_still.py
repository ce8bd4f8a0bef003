"""Persistence without a verb: a problem that lasts ("nog steeds" or "nog altijd" before too much,
too little or a shortage) and an adjective of lasting before a noun ("de aanhoudend lage rente").

Called by ``trends.statements`` for every sentence, beside the statements the other rules made
(wording they cover, such as "Vervoerders zien nog steeds" of ``_trend_policy``, is left to them).
Wording handled (``stable``; the conventions count persistence such as "al jaren" and "nog
steeds" as a trend):

* too much or too little of something: "Dieren ondervinden |nog altijd te veel hittestress|",
  "Er is |nog steeds veel te weinig sanitair|", "Nederlanders trekken |nog altijd veel te veel
  dingen| door de wc";
* a shortage or a surplus of something: "Wij zien |nog steeds een schreeuwend tekort aan bewaakte
  parkeerplaatsen|", "Er is |nog altijd een groot gebrek aan huisartsen|".

* an adjective of lasting before the noun phrase, after an article or opening the clause: "de
  |aanhoudend lage rente|", "het |aanhoudend hoge aantal illegale immigranten|", "een |hardnekkig
  dreigingsbeeld|", "|Voortdurende onzekerheid over de brexit|"; not after a possessive or a
  preposition alone ("zijn aanhoudende bereidheid", "reageert op aanhoudende vragen": one person,
  one case), nor with a general noun ("een hardnekkig probleem": what the problem is comes
  from elsewhere).

The phenomenon is the noun phrase counted ("hittestress"), or the shortage with what it lacks
("tekort aan bewaakte parkeerplaatsen"). Not: a question, a condition ("Als er nog steeds te
weinig …"), "te" before a verb or an adjective ("nog steeds te weinig te eten", "nog altijd te
veel bezig"), a pronoun.
"""

from __future__ import annotations

import bisect
import re

from trendbeeld.extract import _cues, _phrases, _scan, _text, _trend_speech, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import ANAPHOR, _phenomenon
from trendbeeld.extract._trend_policy import is_person
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
_WORD = _phrases.WORD
# Adjectives of lasting (a plain substring search finds them; the inflected form adds "e").
_LASTING = ("aanhoudend", "voortdurend", "hardnekkig")
_LAST_LASTING: list[list[int]] = []
# What may stand before the adjective: an article or a demonstrative (else the clause opens there).
_ARTICLES = frozenset(["de", "het", "een", "deze", "dit", "die", "dat"])
# Nouns that only name that there is a problem, not which ("een hardnekkig probleem").
_GENERAL = frozenset(
    ["probleem", "problemen", "kwestie", "kwesties", "zaak", "zaken", "situatie", "ontwikkeling", "fenomeen"]
)
# Endings of nouns of persons ("een hardnekkige recidivist", "aanhoudende betogers" are people).
_PERSON_ENDINGS = ("ist", "isten", "aar", "aars", "eur", "eurs", "ker", "kers", "ger", "gers")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\W*\Z")
# Words that open a condition or a question (the clause then states no persisting problem).
_CONDITION = frozenset(["als", "wanneer", "indien", "mits", "zodra", "tenzij", "of", "zonder"])


def statements(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> list[TrendStatement]:
    """Statements of persistence without a verb in the sentence at ``start:end`` (``low``: the
    document's text in lower case, same offsets) whose wording ``made`` (the sentence's
    statements so far) does not cover."""
    if _LAST_TEXT and _LAST_TEXT[0] is low:
        marks, adjectives = _LAST_MARKS[0], _LAST_LASTING[0]
    else:
        marks, adjectives = _marks(low)
    if not marks and not adjectives:
        return []  # most documents have neither
    i, j = bisect.bisect_left(marks, start), bisect.bisect_left(adjectives, start)
    if (i == len(marks) or marks[i] >= end) and (j == len(adjectives) or adjectives[j] >= end):
        return []  # neither a mark nor an adjective in the sentence: two bisections
    if low.find("?", start, end) >= 0:
        return []
    out: list[TrendStatement] = []
    found = [(at, _persisting) for at in marks[i:] if at < end]
    found += [(at, _lasting) for at in adjectives[j:] if at < end]
    for at, rule in sorted(found, key=lambda pair: pair[0]):
        source_at = doc.span(at, at + 1)[0].start
        if not any(s.span.start <= source_at < s.span.end for s in made + out):
            statement = rule(doc, low, at, (start, end))
            out += [statement] if statement is not None else []
    return out


def positions(low: str) -> list[int]:
    """Where the marks and the adjectives occur in ``low``, in order: a sentence without any of
    them has no statement here (trends reads this once per document to pass such sentences by)."""
    marks, adjectives = _marks(low)
    return sorted(marks + adjectives)


def _marks(low: str) -> tuple[list[int], list[int]]:
    """Where the marks and the adjectives of lasting occur in ``low`` (found once per document)."""
    if not _LAST_TEXT or _LAST_TEXT[0] is not low:
        _LAST_TEXT[:] = [low]
        _LAST_MARKS[:] = [_found(low, _MARKS)]
        _LAST_LASTING[:] = [_found(low, _LASTING)]
    return _LAST_MARKS[0], _LAST_LASTING[0]


def _found(low: str, words: tuple[str, ...]) -> list[int]:
    """Where ``words`` start in ``low`` after a non-letter, in order."""
    return _scan.occurrences(low, words, word_start=True)


def _lasting(doc: Document, low: str, at: int, sentence: tuple[int, int]) -> TrendStatement | None:
    """"de |aanhoudend lage rente|", "een |hardnekkig dreigingsbeeld|": stable, about the noun
    phrase after the adjective, which an article or the clause's opening precedes."""
    adjective = _WORD.match(low, at)
    if adjective is None or adjective.group(0).rstrip("e") not in _LASTING:
        return None  # "voortdurendheid", "hardnekkigheid"
    clause = next((c for c in _trend_speech.clauses(doc, *sentence) if c.start <= at < c.end), None)
    if clause is None or not _opens_phrase(low, clause, at):
        return None
    opening = adjective.end() + 1
    phrase = _without_last_verb(doc.text, _phrases.noun_phrase(doc.text, opening, clause.end))
    if phrase is None or phrase.start != opening or is_person(doc.text, phrase):
        return None
    words = _WORD.findall(low, phrase.start, phrase.end)
    if not words or words[0].rstrip("'’").endswith(_PERSON_ENDINGS) or words[0] in _GENERAL:
        return None  # "een hardnekkige stalker": one person; "een hardnekkig probleem"
    name = _phenomenon(doc, phrase)
    if not name or name.startswith(ANAPHOR) or name.lower() in lexicon.load().function_words:
        return None
    span, evidence, page = doc.span(at, phrase.end)
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=Change.STABLE, page=page)


def _opens_phrase(low: str, clause: _phrases.Span, at: int) -> bool:
    """True when an article stands before the adjective at ``at`` or the clause opens with it;
    not a possessive, a preposition or a verb ("zijn aanhoudende bereidheid", "op aanhoudende
    vragen", "refereert voortdurend aan")."""
    before = _WORD_BEFORE.search(low, max(clause.start, at - 20), at)
    if before is not None:
        return before.group(1) in _ARTICLES
    return not low[clause.start : at].strip(" \t\n'\"„“”‘’,:;(-")


def _persisting(doc: Document, low: str, at: int, sentence: tuple[int, int]) -> TrendStatement | None:
    """The statement of the mark at ``at`` in the sentence at ``sentence`` (start, end), or None."""
    clause = next((c for c in _trend_speech.clauses(doc, *sentence) if c.start <= at < c.end), None)
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


def _without_last_verb(text: str, phrase: _phrases.Span | None) -> _phrases.Span | None:
    """The phrase without a verb form that closes it ("de aanhoudende drugsoverlast en
    criminaliteit |terugdringen|")."""
    if phrase is None:
        return None
    words = list(_WORD.finditer(text, phrase.start, phrase.end))
    if len(words) > 1 and _text.is_verb_form(words[-1].group(0).lower()):
        return _phrases.Span(phrase.start, words[-2].end())
    return phrase
