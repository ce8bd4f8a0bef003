"""Firsts of a public body: a city, a country or a province that does something "als eerste".

Called by ``_trend_recurrence`` for the sentences of its document, beside the statements the
other rules made (a clause they already read is left to them). The conventions count a first as a
``shift``, ``hard`` ("`Voor het eerst` → shift", dev CONVENTIONS; "Eerder al experimenteerde
Eindhoven als eerste Nederlandse stad met buurtrechters" is a shift about the buurtrechters).
Wording handled: "als eerste" with a public body, perhaps with an adjective and a place, then
what the body does first; the phenomenon is the noun phrase after it:

* "Enschede doet als eerste grote stad |lachgas| in de ban";
* "Taiwan staat als eerste land in Azië |homohuwelijk| toe";
* "Eindhoven experimenteerde als eerste Nederlandse stad met |buurtrechters|";
* "Kosovo heeft als eerste land in Europa |een grote groep IS-ers| teruggehaald".

Not: a club, a team or a rider ("wint als eerste Engelse club de Treble": one team's lot), a
person ("als eerste vrouw"), a negation or a wish ("wil als eerste …"), a question.
"""

from __future__ import annotations

import re

from trendbeeld.extract import _phrases, _scan, _trend_speech
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import ANAPHOR, _is_number, _phenomenon
from trendbeeld.model import Change, TrendStatement

_MARK = "als eerste "
# The body, perhaps after one or two adjectives ("grote", "Nederlandse"), and a place after it
# ("in Azië", "van Europa").
_BODY = re.compile(
    r"als\s+eerste\s+(?:[a-zà-ÿ-]+\s+){0,2}?"
    r"(?:stad|steden|stadsdeel|wijk|gemeente|gemeenten|land|landen|provincie|regio|lidstaat|staat|korps|politiekorps|basisteam"
    r"|ziekenhuis|universiteit|hogeschool|school|bank|bedrijf|organisatie|instelling|overheid|ministerie)"
    r"(?:\s+(?:in|van|ter|binnen)\s+(?:de\s+|het\s+)?[^\W\d_][\w-]*)?\s+"
)
# Words passed over before what the body does first: prepositions of the verb, articles and
# quantities ("met |buurtrechters|", "een |grote groep|").
_SKIPPED = frozenset([
    "met", "een", "op", "aan", "voor", "de", "het", "al", "ook", "nu", "zelfs", "wel", "miljoen", "miljard",
    "euro",
])
# A particle or an idiom of the verb that closes the phrase ("homohuwelijk |toe|", "lachgas |in de ban|").
_VERB_END = re.compile(r"\s+(?:in\s+de\s+ban|toe|af|op|uit|in|aan|mee|terug|weg)\Z", re.IGNORECASE)
_PURPOSE = frozenset(["om", "te", "dat", "die"])
_NOT_BEFORE = re.compile(r"(?<![\w-])(?:niet|wil|willen|wilde|wilden|moet|moeten|zou|zouden)\s+(?:\w+\s+)?\Z")
_WORD = _phrases.WORD
NOUN_WORDS = 6  # words after the body read for the noun phrase


@_scan.last_text
def positions(low: str) -> list[int]:
    """Where "als eerste" occurs in ``low`` (found once per document)."""
    return _scan.occurrences(low, (_MARK,), word_start=True)


def statements(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> list[TrendStatement]:
    """The firsts of public bodies in the sentence at ``start:end`` that ``made`` does not cover."""
    out: list[TrendStatement] = []
    for at in _trend_speech.marks_in_statement(positions(low), low, start, end):
        statement = _first(doc, low, at, end)
        if _trend_speech.uncovered(statement, made):
            out.append(statement)
    return out


def _first(doc: Document, low: str, at: int, end: int) -> TrendStatement | None:
    """The shift of the "als eerste" at ``at``: about the noun phrase after the body."""
    body = _BODY.match(low, at, end)
    if body is None or _NOT_BEFORE.search(low, max(0, at - 30), at):
        return None
    opening = doc.sentence_at(at).start
    clause = next((c for c in _trend_speech.clauses(doc, opening, end) if c.start <= at < c.end), None)
    if clause is None:
        return None
    phrase = None
    for word in _WORD.finditer(doc.text, body.end(), clause.end):
        low_word = word.group(0).lower()
        if low_word in _SKIPPED or _is_number(low_word):
            continue
        if low_word not in _PURPOSE:  # "10 miljoen euro |om| huizen …": no noun phrase
            phrase = _phrases.noun_phrase(doc.text, word.start(), clause.end)
        break
    if phrase is None:
        return None
    particle = _VERB_END.search(doc.text, phrase.start, phrase.end)
    if particle is not None:
        phrase = _phrases.Span(phrase.start, particle.start())
    name = _phenomenon(doc, phrase)
    if not name or name.startswith(ANAPHOR) or len(name.split()) > NOUN_WORDS:
        return None
    span, evidence, page = doc.span(at, phrase.end)
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=Change.SHIFT, page=page)
