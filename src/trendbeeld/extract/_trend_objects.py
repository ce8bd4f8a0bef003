"""The object of a verb of change used transitively: what changes, not who changes it (``_trend_subjects``).

"De partij verdubbelt |het zetelaantal|", "Het bedrijf halveert |het aantal banen|", "De regering
verandert |de regels voor asielzoekers|"; after a topic the subject follows the finite verb and the
object the subject ("Daarmee verdubbelt de gemeente |het budget|"); in a clause with its verb last
the object follows the subject ("waardoor de school |de resultaten| verbeterde"). A time after the
verb is no object ("De economie verbetert de komende jaren", "verslechtert het afgelopen jaar"),
nor a superlative ("De wereld verandert het snelst"). Only the verbs of change that are also
intransitive are read here ("verbeteren", "veranderen", "verdubbelen"); causative verbs
("vergroten", "verhogen") have a statement of their own.
"""

from __future__ import annotations

import re

from trendbeeld.extract import _cues, _phrases
from trendbeeld.extract._cues import Cue
from trendbeeld.extract._trend_phenomenon_words import (
    _OBJECT_DETERMINERS,
    _SUBJECT_DETERMINERS,
    _is_preposition,
    _is_superlative,
    _is_time_unit,
)

# Verbs of change (lemmas) that also take an object: "verdubbelt het zetelaantal", "verbeterde de
# resultaten", "wijzigde de regels".
_TRANSITIVE_LEMMAS = frozenset([
    "verdubbelen", "verdrievoudigen", "verviervoudigen", "vervijfvoudigen", "vertienvoudigen",
    "verveelvoudigen", "halveren", "verbeteren", "verslechteren", "verminderen", "verzwakken",
    "afzwakken", "verharden", "versnellen", "verergeren", "veranderen", "wijzigen", "verschuiven",
    "verplaatsen",
])
# Adverbs and bare times between the finite verb and what follows it: "verdubbelde |vorig jaar|
# haar ledental", "verandert |nu| de regels".
_BETWEEN = re.compile(
    r"(?:\s+(?:ook|al|nog|nu|fors|sterk|flink|opnieuw|weer|zelfs|daarmee|daardoor|hiermee|tegelijkertijd"
    r"|bijna|ruim|ongeveer|binnenkort|straks|(?:vorig|volgend|dit|komend|afgelopen)\s+(?:jaar|kwartaal)"
    r"|(?:vorige|volgende|deze|komende|afgelopen)\s+(?:week|maand|zomer|winter|eeuw)))*\s+",
    re.IGNORECASE,
)
_CONJUNCTIONS = frozenset(["en", "maar", "of", "want", "dus", "terwijl", "omdat", "als", "dan"])
TIME_WORDS = 3  # words after a determiner read for a time or a superlative ("de komende jaren")
SUBJECT_WORDS = 6  # words after the verb read for the object that follows an inverted subject


def object_after_verb(text: str, cue: Cue, limit: int, *, inverted: bool) -> _phrases.Span | None:
    """The object after a finite verb of change used transitively ("verdubbelt |het zetelaantal|"),
    after the subject when that follows the verb ("verdubbelt de gemeente |het budget|"); None when
    the verb has no object (a time, a superlative, a preposition or nothing follows it)."""
    if not _transitive(cue):
        return None
    between = _BETWEEN.match(text, cue.end, limit)
    start = between.end() if between else cue.end
    words = _clause_words(text, start, limit)
    if not words:
        return None
    if inverted:
        at = _second_phrase(words, opening=True)
        if at is None:
            return None
        words = words[at:]
    if words[0].group(0).lower() not in _OBJECT_DETERMINERS or _no_object(words):
        return None
    return _phrases.noun_phrase(text, words[0].start(), limit)


def object_before_verb(text: str, cue: Cue, before: _phrases.Span) -> _phrases.Span | None:
    """The object between the subject and a verb of change that ends its clause ("waardoor de
    school |de resultaten| verbeterde"); None when ``before`` holds one noun phrase only."""
    if not _transitive(cue):
        return None
    words = _clause_words(text, before.start, before.end)
    at = _second_phrase(words)
    if at is None or _no_object(words[at:]):
        return None
    return _phrases.Span(words[at].start(), before.end)


def _transitive(cue: Cue) -> bool:
    """A single finite verb (no participle: "heeft … veranderd" has its object before it) of a
    verb of change that may take an object."""
    word = cue.text.strip().lower()
    if cue.kind != "verb" or " " in word or word.endswith("d"):
        return False
    return _cues.lemma(word) in _TRANSITIVE_LEMMAS


def _clause_words(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The first words from ``start``, up to a mark or a conjunction that ends the clause ("verandert
    |en| de regeringspartijen …")."""
    words: list[re.Match[str]] = []
    for token in _phrases.tokens(text, start, end)[: SUBJECT_WORDS + 1]:
        word = token.group(0)
        if not word[0].isalnum() or word.lower() in _CONJUNCTIONS:
            break
        words.append(token)
    return words


def _second_phrase(words: list[re.Match[str]], *, opening: bool = False) -> int | None:
    """Where a second noun phrase opens right after a first one (a determiner after a content word,
    no preposition between): "de gemeente |het| budget"; with ``opening`` the first must open with a
    determiner or a name."""
    first = words[0].group(0) if words else ""
    if opening and not (first.lower() in _SUBJECT_DETERMINERS or first[:1].isupper()):
        return None  # "(verandert) en de regeringspartijen": no subject right after the verb
    for i in range(1, len(words)):
        low = words[i].group(0).lower()
        previous = words[i - 1].group(0)
        if low in _OBJECT_DETERMINERS and _phrases.is_content(previous) and not _is_preposition(previous):
            return i
    return None


def _no_object(words: list[re.Match[str]]) -> bool:
    """The words after a determiner are a time ("de komende jaren", "het afgelopen jaar") or a
    superlative ("het snelst"), not an object."""
    following = [w.group(0).lower() for w in words[1 : 1 + TIME_WORDS]]
    if not following or (words[0].group(0).lower() == "het" and following[0].endswith("st")):
        return True  # "het snelst", "het hardst": a superlative after "het"
    return any(_is_time_unit(w) or _is_superlative(w) for w in following)
