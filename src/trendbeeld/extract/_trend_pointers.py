"""Pointers and measures in trend statements resolved to what they point at, for ``trends``.

* "Hetzelfde geldt voor X": the change just said, now of X (``same_for``);
* a pointer ("deze ontwikkeling", "die trend", "dit is 12% hoger") is resolved to the statement or
  the figure just before within ``ANAPHOR_REACH`` characters, else the statement is dropped
  (``resolved``, ``anaphor``); a pointer of the body never takes a statement of the title above it
  ("Meer zedenmisdrijven in Apeldoorn" / "Het is opnieuw veiliger geworden in Apeldoorn"), nor one
  before a section heading ("… neemt toe.\n\nCorona\n\nDe crisis versterkt deze tendensen");
* a pointed measure ("dat aantal loopt op naar zeker 60 volwassenen") takes the noun it changes
  to, or the subject counted before it (``pointed_measure``);
* an impersonal "het" points at nothing: "Het wordt steeds moeilijker |om goed personeel te
  vinden|", "Het is veel drukker geworden |op de ringweg|": what becomes harder or busier is the
  infinitive clause or the place after the comparative (``impersonal``), also in an inverted clause
  ("Nu is het drukker geworden |in de stad|", "Sinds 2015 wordt het steeds moeilijker |een huis te
  kopen|"); without one ("Het wordt steeds erger") "het" stays a pointer.
"""

from __future__ import annotations

import dataclasses
import re

from trendbeeld.extract import _phrases, _text, lexicon
from trendbeeld.extract._cues import Cue
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_numbers import _previous_subject
from trendbeeld.extract._trend_phenomena import (
    _DEMONSTRATIVES,
    _PRONOUNS,
    ANAPHOR,
    POINTED_MEASURES,
)
from trendbeeld.extract._trend_relative import counted_before
from trendbeeld.extract._trend_subjects import _clause_core
from trendbeeld.model import TrendStatement

# "dat aantal loopt op |naar zeker 60 volwassenen|": the noun the pointed measure counts
_COUNTED_AFTER = re.compile(
    r"\b(?:naar|tot)\s+(?:(?:zeker|ruim|bijna|ongeveer|circa|zo'n|meer\s+dan|minder\s+dan)\s+)?"
    r"\d[\d.,]*\s+([a-zà-ÿ]{3,}(?:en|s))\b"
)
POINTER_CHARS = 30  # characters read at a measure pointer's position
COUNTED_AFTER_REACH = 120  # characters after a pointed measure read for the noun it changes to
_NOT_COUNTED = frozenset(
    ["procent", "euro", "jaren", "maanden", "weken", "dagen", "uren", "miljoen", "miljard"]
)
# A pointer ("deze ontwikkeling", "die trend") is resolved to the statement before it within this
# many characters, else dropped.
ANAPHOR_REACH = 400
TITLE_REACH = 160  # characters of the longest title read
# "Hetzelfde geldt voor X": the change just said, of X ("dat geldt ook voor" often repeats a claim).
_SAME_FOR = re.compile(
    r"\W*(?:hetzelfde|datzelfde|ditzelfde)\s+(?:geldt|gold)\s+(?:ook\s+|eveneens\s+)?voor\s+",
    re.IGNORECASE,
)
SAME_MARK = "zelfde"  # every match of _SAME_FOR holds it (in lower case): a sentence without it is passed by


def _same_for(
    doc: Document, start: int, end: int, earlier: list[TrendStatement]
) -> TrendStatement | None:
    """"Hetzelfde geldt voor agressie bij aanhoudingen": the change said just before, of
    another phenomenon."""
    m = _SAME_FOR.match(doc.text, start, end)
    if m is None or not earlier:
        return None
    phrase = _phrases.noun_phrase(doc.text, m.end(), end)
    if phrase is None:
        return None
    span, evidence, page = doc.span(start, phrase.end)
    if span.start - earlier[-1].span.end > ANAPHOR_REACH:
        return None
    name, direction = _phrases.tidy(doc.text[phrase.start : phrase.end]), earlier[-1].direction
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def is_measure_pointer_at(text: str, pos: int) -> bool:
    """A measure pointer's phenomenon (``ANAPHOR`` and a position) starts at clean ``pos``."""
    words = text[pos : pos + POINTER_CHARS].lower().split()
    if len(words) > 1 and words[0] in _DEMONSTRATIVES:
        return words[1] in POINTED_MEASURES  # "dat aantal"
    before = text[max(0, pos - POINTER_CHARS) : pos].lower().split()
    return bool(words) and words[0] in POINTED_MEASURES and bool(before) and before[-1] in _DEMONSTRATIVES


def _counted_after(doc: Document, pos: int) -> str | None:
    """The plural noun a pointed measure changes to in its own sentence ("dat aantal oploopt
    |naar zeker 60 volwassenen|"), or None."""
    sentence = doc.sentence_at(pos)
    m = _COUNTED_AFTER.search(doc.text, pos, min(sentence.end, pos + COUNTED_AFTER_REACH))
    if m is None:
        return None
    noun = m.group(1)
    lex = lexicon.load()
    low = noun.lower()
    if low in lex.function_words or low in lex.measure_units or low in _NOT_COUNTED:
        return None
    return noun


def _pointed_measure(
    doc: Document, pos: int, statement: TrendStatement, earlier: list[TrendStatement]
) -> str:
    """"dat aantal loopt op naar 60 volwassenen" → "aantal volwassenen"; "Er waren 400 inbraken.
    Dat aantal stijgt" → "aantal inbraken"; else the phenomenon of the statement just before,
    else the measure alone (a participle after a figure, "53 procent gevuld", counts nothing)."""
    measure = next(w for w in doc.text[pos : pos + POINTER_CHARS].lower().split() if w in POINTED_MEASURES)
    name = _counted_after(doc, pos) or counted_before(doc, pos)
    if name and " " not in name and _text.is_verb_form(name.lower()):
        name = None
    if not name and earlier and 0 <= statement.span.start - earlier[-1].span.end <= ANAPHOR_REACH:
        name = None if _across_heading(doc, earlier[-1], statement) else earlier[-1].phenomenon
    if not name:
        return measure
    return name if name.split()[0].lower() in POINTED_MEASURES else f"{measure} {name}"


# An impersonal "het" that opens the clause before a comparative of change ("Het wordt steeds
# moeilijker", "Het is de laatste jaren drukker geworden"), also after the finite verb of an inverted
# clause ("Nu is het drukker geworden", "Sinds de opening van de brug is het drukker geworden",
# "Voor starters wordt het door al deze import moeilijker …"; not after a pronoun: "Voor hem wordt
# het lastiger …" is what one person meets).
_IMPERSONAL_OPENING = re.compile(
    r"\W*(?:(?:maar|en|want|ook|toch|dus)\s+)?"
    r"(?:het\s+(?:is|wordt|werd|was)"
    r"|(?:(?:nu|daardoor|hierdoor|inmiddels|sindsdien|tegenwoordig|intussen|ondertussen|zo"
    r"|(?:voor|in|op|bij|sinds|na|binnen|rond)\s+(?!(?:hem|haar|hen|hun|mij|ons|jou|u|jullie)\b)[^,;:]{1,60}?)"
    r"\s+)?(?:is|wordt|werd|was)\s+het)"
    r"(?:\s+(?:onder\s+meer|veel|nog|steeds|alsmaar|almaar|opnieuw|weer|wel|ook|een\s+stuk|iets|flink|fors"
    r"|daardoor|dus|echter|bovendien|inmiddels|nu|alleen\s+maar"
    r"|volgens\s+(?:de\s+|het\s+)?[\w-]+|door\s+(?:al\s+)?(?:deze|dit|die|de|het)\s+[\w-]+"
    r"|(?:de|het)\s+(?:laatste|afgelopen)\s+(?:\w+\s+)?(?:jaren|jaar|maanden|weken|tijd)|(?:in|sinds)\s+(?:19|20)\d\d))*"
    r"\s*\Z",
    re.IGNORECASE,
)
_BECOME = re.compile(r"\s+(?:(?:is\s+)?geworden|aan\s+het\s+worden)(?![\w-])", re.IGNORECASE)
# What becomes harder: an infinitive clause ("om |goed personeel in vaste dienst te nemen|") ...
_INFINITIVE_CLAUSE = re.compile(
    r"\s+(?:om\s+)?((?:[^\s,.;:!?()]+\s+){0,8}?te\s+[a-zà-ÿ]+(?:en|n))(?![\w-])", re.IGNORECASE
)
# ... or a place ("|op de Heyendaalseweg|", "|in Apeldoorn|").
_PLACE = re.compile(r"\s+(?:op|in|bij|rond|rondom|langs|binnen)\s+(?=\S)", re.IGNORECASE)
# A comparison that may follow the place: no part of it ("in Apeldoorn |ten opzichte van …|").
_PLACE_END = re.compile(
    r"\s+(?:ten\s+opzichte\s+van|vergeleken\s+(?:met|bij)|dan|sinds|tegenover)(?![\w-])", re.IGNORECASE
)


def impersonal(doc: Document, at: int) -> tuple[str, int] | None:
    """What an impersonal "het" before the comparative cue at clean ``at`` is about, and where it
    ends: "Het wordt steeds moeilijker om |goed personeel in vaste dienst te nemen|" -> "goed
    personeel in vaste dienst te nemen (moeilijker)", "Het is veel drukker geworden op |de
    Heyendaalseweg|" -> "Heyendaalseweg (drukker)"; None when the clause names neither."""
    text = doc.text
    clause = next((c for c in doc.clauses(*_sentence_bounds(doc, at)) if c.start <= at < c.end), None)
    cue = next((c for c in doc.cues_in(at, at + 1)), None)
    if clause is None or cue is None or not _IMPERSONAL_OPENING.match(text, clause.start, at):
        return None
    comparative = next((w for w in cue.text.lower().split() if w.endswith("er")), None)
    if comparative is None:
        return None
    after = cue.end
    become = _BECOME.match(text, after, clause.end)
    after = become.end() if become else after
    infinitive = _INFINITIVE_CLAUSE.match(text, after, clause.end)
    if infinitive is not None:
        return f"{_phrases.tidy(infinitive.group(1))} ({comparative})", infinitive.end()
    place = _PLACE.match(text, after, clause.end)
    if place is None:
        return None
    comparison = _PLACE_END.search(text, place.end(), clause.end)
    phrase = _phrases.noun_phrase(text, place.end(), comparison.start() if comparison else clause.end)
    if phrase is None:
        return None
    name = _phrases.tidy(text[phrase.start : phrase.end])
    words = name.split()
    if words and words[0].lower() in ("de", "het", "een"):
        name = " ".join(words[1:])
    return (f"{name} ({comparative})", phrase.end) if name else None


def _sentence_bounds(doc: Document, pos: int) -> tuple[int, int]:
    sentence = doc.sentence_at(pos)
    return sentence.start, sentence.end


def _in_title(doc: Document, earlier: TrendStatement, statement: TrendStatement) -> bool:
    """True when ``earlier`` is said in the text's title (its first line) and ``statement`` below
    it: a pointer of the body ("Het is opnieuw veiliger geworden") refers to the body, not to the
    title above it ("Meer zedenmisdrijven in Apeldoorn")."""
    line_end = doc.source.text.find("\n", 0, TITLE_REACH)  # source offsets, like spans
    return 0 <= earlier.span.end <= line_end < statement.span.start


# A section heading: a short line without a sentence end after a blank line ("\n\nCorona\n"), perhaps
# after its number ("\n\n2. Jeugdreclassering\n").
_HEADING_LINE = re.compile(r"\n[ \t]*\n[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?[^\n.!?:;]{1,80}[ \t]*\n")


def _across_heading(doc: Document, earlier: TrendStatement, statement: TrendStatement) -> bool:
    """True when a section heading stands between ``earlier`` and ``statement``: a pointer
    ("De coronacrisis versterkt deze tendensen") refers within its own section."""
    return _HEADING_LINE.search(doc.source.text, earlier.span.end, statement.span.start) is not None


def _resolved(
    doc: Document, statement: TrendStatement, earlier: list[TrendStatement]
) -> TrendStatement | None:
    """"versterkt deze ontwikkeling", "dit is hoger dan in 2017": the phenomenon of the statement
    just before, when it is near, else what the figure of the sentence before counts, else its
    subject; otherwise the
    statement is dropped (its phenomenon is unknown)."""
    at = statement.phenomenon.removeprefix(ANAPHOR)
    dummy = impersonal(doc, int(at)) if at.isdigit() else None
    if dummy is not None:  # "Het wordt steeds moeilijker om …": "het" points at nothing
        name, end = dummy
        span, evidence, page = doc.span(doc.clean.clean_offset(statement.span.start), end)
        return dataclasses.replace(statement, span=span, text=evidence, phenomenon=name, page=page)
    if at.isdigit() and is_measure_pointer_at(doc.text, int(at)):
        return dataclasses.replace(statement, phenomenon=_pointed_measure(doc, int(at), statement, earlier))
    near = earlier and 0 <= statement.span.start - earlier[-1].span.end <= ANAPHOR_REACH
    section = near and not _in_title(doc, earlier[-1], statement)
    if section and not _across_heading(doc, earlier[-1], statement):
        return dataclasses.replace(statement, phenomenon=earlier[-1].phenomenon)
    subject = (counted_before(doc, int(at)) or _previous_subject(doc, int(at))) if at.isdigit() else None
    return dataclasses.replace(statement, phenomenon=subject) if subject else None


def _anaphor(
    doc: Document, clause: _phrases.Span, cue: Cue, previous: _phrases.Span | None
) -> _phrases.Span | None:
    """What "dat is een toename" refers to: the previous clause of the sentence."""
    opening = doc.text[clause.start : cue.start].strip().lower().split()
    if previous is None or not opening or opening[0] not in _PRONOUNS:
        return None
    return _phrases.strip_edges(doc.text, _clause_core(doc.text, previous.start, previous.end), previous.end)
