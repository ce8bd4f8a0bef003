"""Trend statements of "more" or "less" without a verb of change: the existential "er" with
"meer"/"minder" before a noun phrase, in a clause that says when or against what.

Called by ``trends.statements`` for every sentence; a statement is made only where no statement
of the sentence already covers the word "meer"/"minder". Wording handled:

* a time of the past or a comparison with one: "Er zijn vorig jaar |meer alleenstaanden|
  bijgekomen", "Vorig jaar zijn er opnieuw |minder rechtszaken| gevoerd", "Vorig jaar kwamen er
  bijna 50 procent |meer acute meldingen| binnen dan het jaar ervoor", "Langzamerhand komen er
  |meer klachten|";
* a cause: "dat er door de toegenomen werkdruk |minder niet-verplichte opleidingen| worden gevolgd".

Not: what may, must or will happen ("er zal meer creativiteit nodig zijn", "er mag meer worden
gecontroleerd"; expectations are ``_trend_risks``), a condition ("Als er meer …", "Zonder …"), a
question, a horizon of days ("De afgelopen dagen waren er meer bedreigingen": one case), "niet
meer", "geen … meer", "onder meer", "meer dan" with a number, and "meer"/"minder" before a verb
("er is … meer teruggegeven").

The phenomenon is the noun phrase after "meer"/"minder", up to a new determiner and without the
particle or verb forms that close the clause ("meer |klachten| binnen").
"""

from __future__ import annotations

import bisect
import re

from trendbeeld.extract import _cues, _phrases, _text, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import ANAPHOR, _is_preposition, _phenomenon
from trendbeeld.model import Change, TrendStatement

_MORE_LESS = re.compile(r"(?<![\w-])(meer|minder)\s+(?=[a-zà-ÿ])")
# Words before "meer"/"minder" that make it no more or less of something.
_NOT_BEFORE = re.compile(
    r"(?<![\w-])(?:niet|geen|nooit|nog|onder|steeds|alsmaar|almaar|des\s+te|te|of|en|iets|wat|zo|veel\s+te)\s+\Z"
)
_NOT_AFTER = re.compile(r"(?:dan|en|of|over|te|nodig|dus|ook|niet|als|dat|zijn|worden|maar)(?![\w-])")
# The existential "er" in the clause before "meer"/"minder".
_THERE = re.compile(r"(?<![\w-])er(?![\w-])")
# A time of the past, a comparison with one, a recurrence or a cause.
_WHEN_OR_WHY = re.compile(
    r"(?<![\w-])(?:vorig\s+jaar|vorige\s+(?:maand|week|zomer|winter)|(?:de|het)\s+(?:afgelopen|voorbije|laatste)\s+"
    r"(?:\w+\s+)?(?:jaren|jaar|maanden|decennia|decennium)|(?:in|sinds|vanaf)\s+(?:19|20)\d\d|sinds|opnieuw"
    r"|langzamerhand|geleidelijk|elk\s+jaar|ieder\s+jaar|jaarlijks|dan\s+(?:vorig\s+jaar|voorheen|vroeger|eerder"
    r"|in\s+(?:19|20)\d\d|(?:het|een)\s+jaar\s+(?:ervoor|eerder|daarvoor)|(?:de|in\s+de)\s+(?:jaren|periode)"
    r"\s+(?:ervoor|daarvoor))|door|doordat|vanwege|dankzij|als\s+gevolg\s+van)(?![\w-])"
)
# What only may, must or will happen; a need; a horizon of days (one case); a wish.
_NOT_ACTUAL = re.compile(
    r"(?<![\w-])(?:kan|kunnen|kon|konden|zal|zullen|zou|zouden|moet|moeten|mag|mogen|hoeft|hoeven|nodig"
    r"|noodzakelijk|willen|wil|hopen|hoopt|(?:de\s+)?(?:afgelopen|komende|laatste)\s+(?:\w+\s+)?(?:dagen|uren|weken)"
    r"|vandaag|gisteren|vannacht)(?![\w-])"
)
_CONDITION = frozenset(["als", "wanneer", "indien", "zonder", "mits", "zodra", "tenzij", "of"])
_NEW_PHRASE = frozenset(["de", "het", "een", "hun", "zijn", "haar", "dan", "die", "dat", "naar"])
_PARTICLES = frozenset(
    ["aan", "af", "binnen", "bij", "door", "in", "langs", "mee", "na", "om", "op", "over", "terug", "toe",
     "uit", "voor", "weg"]
)
_WORD = _phrases.WORD
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+\Z")
# A past participle: a particle, "ge", then the stem of the lemma ("teruggegeven" → teruggeven).
_PARTICIPLE = re.compile(r"((?:terug|toe|af|op|uit|aan|in|mee|over|door|bij|weg)?)ge([a-zà-ÿ]{3,})")
BEFORE_REACH = 12  # characters before "meer"/"minder" read for a word that makes it no count
THERE_REACH = 80  # characters before "meer"/"minder" read for "er"
# Where "meer"/"minder" occur, found once per document (the text last seen and its marks).
_MARKS = (" meer ", " minder ")
_LAST_TEXT: list[str] = []
_LAST_MARKS: list[list[int]] = []


def statements(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> list[TrendStatement]:
    """Statements of more or less in the sentence at ``start:end`` (``low``: the document's text in
    lower case, same offsets) that ``made`` (the sentence's statements so far) do not cover."""
    marks = positions(low)
    i = bisect.bisect_left(marks, start)
    if i == len(marks) or marks[i] >= end:
        return []  # no "meer"/"minder": the common case, one bisection
    if low.find("?", start, end) >= 0 or _THERE.search(low, start, end) is None:
        return []
    if _WHEN_OR_WHY.search(low, start, end) is None:
        return []
    out: list[TrendStatement] = []
    for clause in doc.clauses(start, end):
        for m in _MORE_LESS.finditer(low, clause.start, clause.end):
            found = _more_or_less(doc, low, clause, m, made + out)
            if found is not None:
                out.append(found)
    return out


def positions(low: str) -> list[int]:
    """Where "meer"/"minder" occur in ``low``, in order: a sentence without them has no statement
    here (trends reads this once per document to pass such sentences by)."""
    if not _LAST_TEXT or _LAST_TEXT[0] is not low:
        _LAST_TEXT[:] = [low]
        _LAST_MARKS[:] = [_found(low)]
    return _LAST_MARKS[0]


def _found(low: str) -> list[int]:
    """Where " meer " and " minder " occur in ``low``, in order (a plain substring search)."""
    found: list[int] = []
    for word in _MARKS:
        at = low.find(word)
        while at >= 0:
            found.append(at + 1)
            at = low.find(word, at + 1)
    found.sort()
    return found


def _more_or_less(
    doc: Document, low: str, clause: _phrases.Span, m: re.Match[str], made: list[TrendStatement]
) -> TrendStatement | None:
    if not _says_more_or_less(low, clause, m):
        return None
    source_start = doc.span(m.start(), m.end())[0].start
    if any(s.span.start <= source_start < s.span.end for s in made):
        return None  # the statement of a cue already says it
    phrase = _counted(doc.text, _phrases.noun_phrase(doc.text, m.end(), clause.end))
    if phrase is None or phrase.start != m.end():
        return None
    words = low[phrase.start : phrase.end].split()
    verb = len(words) == 1 and _is_verb(words[0])  # "meer |teruggegeven|": a verb, no count
    name = None if verb else _phenomenon(doc, phrase)
    if not name or name.startswith(ANAPHOR) or name.lower() in lexicon.load().function_words:
        return None
    direction = Change.UP if m.group(1) == "meer" else Change.DOWN
    span, evidence, page = doc.span(m.start(), phrase.end)
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def _says_more_or_less(low: str, clause: _phrases.Span, m: re.Match[str]) -> bool:
    """True when "meer"/"minder" at ``m`` states more or less of something in an existential
    clause with a time or a cause, not what only may happen, nor under a condition."""
    before = max(clause.start, m.start() - BEFORE_REACH)
    if _NOT_AFTER.match(low, m.end()) or _NOT_BEFORE.search(low, before, m.start()):
        return False
    previous = _WORD_BEFORE.search(low, max(clause.start, m.start() - 16), m.start())
    if previous is not None and _is_preposition(previous.group(1)):
        return False  # "een dienstregeling |met| minder treinen": part of another noun phrase
    if _THERE.search(low, max(clause.start, m.start() - THERE_REACH), m.start()) is None:
        return False
    if _WHEN_OR_WHY.search(low, clause.start, clause.end) is None:
        return False
    first = _WORD.search(low, clause.start, clause.end)
    actual = _NOT_ACTUAL.search(low, clause.start, clause.end) is None
    return actual and first is not None and first.group(0) not in _CONDITION


def _counted(text: str, phrase: _phrases.Span | None) -> _phrases.Span | None:
    """What "meer"/"minder" counts: the phrase up to a new determiner and without the particle or
    verb forms that close the clause ("meer |klachten| binnen", "minder |opleidingen| worden gevolgd")."""
    if phrase is None:
        return None
    words = list(_WORD.finditer(text, phrase.start, phrase.end))
    for i, word in enumerate(words[1:], 1):
        if word.group(0).lower() in _NEW_PHRASE and not _is_preposition(words[i - 1].group(0)):
            words = words[:i]
            break
    while len(words) > 1 and (
        words[-1].group(0).lower() in _PARTICLES or _is_verb(words[-1].group(0).lower())
    ):
        words.pop()
    return _phrases.Span(words[0].start(), words[-1].end()) if words else None


def _is_verb(word: str) -> bool:
    """A verb form, also a participle simplemma knows only by its lemma ("teruggegeven" →
    teruggeven); "gevangenen" (lemma "vangen") is a noun."""
    if _text.is_verb_form(word):
        return True
    m = _PARTICIPLE.fullmatch(word)
    if m is None:
        return False
    stem = m.group(1) + m.group(2)
    base = _cues.lemma(word)
    return base in (stem, stem[:-1] + "en")
