"""An impersonal passive with a comparative adverb: an activity done more, less or better than before.

Called by ``_trend_more`` for the sentences that hold an impersonal "er wordt" / "wordt er" (found
once per document by a plain substring search, ``positions``), beside the statements made so far.
Wording handled: "er wordt beter samengewerkt" (up), "Er wordt minder gerookt" (down), "Er wordt
strenger en vaker gehandhaafd bij de voetbalkooi" (up), "Er wordt weer iets harder gejakkerd op de
wegen" (up), "er wordt vaker geklaagd" (up). The activity is the phenomenon, named by the
participle's infinitive ("samenwerken", "roken", "handhaven").

Not: "onder meer" ("Er wordt onder meer gesjoemeld met …": no adverb of comparison), a negation
("er wordt niet meer gerookt": an end, left to other rules), what may, must or would happen ("Er
kan sneller worden opgeschaald"), a condition or a question, a comparison between groups ("er wordt
meer gerookt dan in Duitsland"), and a personal passive ("Je wordt er minder gestrest van": "er" is
no subject there).
"""

from __future__ import annotations

import bisect
import re

from trendbeeld.extract import _cues, _scan
from trendbeeld.extract._document import Document
from trendbeeld.model import Change, TrendStatement

# The impersonal passive, found by a plain substring search (the pattern below then reads it).
_MARKS = ("er word", "er werd", "wordt er ", "werd er ")  # "er word" finds "er wordt" and "er worden"
_LAST_TEXT: list[str] = []
_LAST_MARKS: list[list[int]] = []
_PASSIVE = re.compile(
    r"(?<![\w-])(?:er\s+(?:wordt|werd|worden|werden)|(?:wordt|werd)\s+er)\s+"
    r"(?P<between>(?:(?:in|op|bij|binnen|onder)\s+(?:de|het)\s+[a-zà-ÿ-]+\s+)?"  # "in de provincie"
    r"(?:(?:weer|iets|steeds|nog|veel|ook|nu|tegenwoordig|inmiddels|daardoor|hierdoor|wel|"
    r"aanzienlijk|flink|fors|duidelijk|structureel)\s+){0,3})"
    r"(?P<adverb>beter|meer|vaker|minder(?:\s+vaak)?|sneller|strenger|harder|intensiever|actiever|scherper"
    r"|efficiënter|effectiever)"
    r"(?:\s+en\s+(?:beter|meer|vaker|sneller|strenger|harder|intensiever|scherper))?"
    r"\s+(?P<participle>[a-zà-ÿ]*ge[a-zà-ÿ]{2,}(?:[dt]|en))(?![\w-])"
)
# A participle the lemmatiser does not know ("gecontroleerd"): its stem in an open syllable + "en".
_WEAK_PARTICIPLE = re.compile(
    r"(?P<particle>[a-zà-ÿ]*?)ge(?P<stem>[a-zà-ÿ]{2,}?)(?P<vowel>[aeou])(?P=vowel)?(?P<end>[^aeiou])[dt]"
)
# A subject of its own before "wordt er" ("Je wordt er minder gestrest"): a personal passive.
_PERSONAL_BEFORE = re.compile(
    r"(?<![\w-])(?:je|jij|ik|hij|zij|ze|we|wij|u|men|het|dat|dit)\s+\Z"
)
_DOWN = ("minder",)
# What only may, must or would happen, a negation, a condition: read in the clause before the match.
_NOT_ACTUAL = re.compile(
    r"(?<![\w-])(?:kan|kunnen|kon|konden|zal|zullen|zou|zouden|moet|moeten|mag|mogen|niet|geen|nooit|als"
    r"|wanneer|indien|zodra|tenzij|of)(?![\w-])"
)
_CLAUSE_OPENING = re.compile(r"[.;:!?\n,]")
_BETWEEN_GROUPS = re.compile(
    r"\s+(?:[^\s.;:!?,]+\s+){0,3}?dan\s+(?!(?:vroeger|voorheen|eerder|vorig|in\s+(?:19|20)\d\d)\b)"
)
REACH = 60  # characters before the match read for a modal, a negation or a condition


def positions(low: str) -> list[int]:
    """Where an impersonal passive may occur in ``low``, in order (found once per document)."""
    if not _LAST_TEXT or _LAST_TEXT[0] is not low:
        _LAST_TEXT[:] = [low]
        _LAST_MARKS[:] = [_scan.occurrences(low, _MARKS, word_start=True)]
    return _LAST_MARKS[0]


def statements(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> list[TrendStatement]:
    """Statements of an activity done more or less in the sentence at ``start:end``, where no
    statement made so far covers the words (one named only by a comparative, "strenger", goes later
    and covers nothing)."""
    marks = positions(low)
    i = bisect.bisect_left(marks, start)
    if i == len(marks) or marks[i] >= end or low.find("?", start, end) >= 0:
        return []
    covering = [s for s in made if not _cues.is_comparative(s.phenomenon.lower())]
    out: list[TrendStatement] = []
    for m in _PASSIVE.finditer(low, start, end):
        found = _statement(doc, low, start, m)
        if found is not None and not any(
            s.span.start < found.span.end and found.span.start < s.span.end for s in covering + out
        ):
            out.append(found)
    return out


def _statement(doc: Document, low: str, start: int, m: re.Match[str]) -> TrendStatement | None:
    if _PERSONAL_BEFORE.search(low, max(start, m.start() - 8), m.start()):
        return None
    openings = list(_CLAUSE_OPENING.finditer(low, max(start, m.start() - REACH), m.start()))
    clause_start = openings[-1].end() if openings else max(start, m.start() - REACH)
    if _NOT_ACTUAL.search(low, clause_start, m.start()) or _NOT_ACTUAL.search(m.group("between")):
        return None
    if _BETWEEN_GROUPS.match(low, m.end()):
        return None  # "er wordt meer gerookt dan in Duitsland"
    activity = _activity(m.group("participle"))
    if activity is None:
        return None
    direction = Change.DOWN if m.group("adverb").startswith(_DOWN) else Change.UP
    span, evidence, page = doc.span(m.start(), m.end())
    return TrendStatement(span=span, text=evidence, phenomenon=activity, direction=direction, page=page)


def _activity(participle: str) -> str | None:
    """The infinitive of a participle ("samengewerkt" -> samenwerken, "gereden" -> rijden; a weak
    one the lemmatiser does not know: "gecontroleerd" -> controleren); None for no verb."""
    lemma = _cues.lemma(participle)
    if lemma != participle and lemma.endswith("en"):
        return lemma
    weak = _WEAK_PARTICIPLE.fullmatch(participle)
    if weak is None:
        return None
    return f"{weak.group('particle')}{weak.group('stem')}{weak.group('vowel')}{weak.group('end')}en"
