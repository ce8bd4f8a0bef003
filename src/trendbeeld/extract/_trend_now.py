"""A new situation marked by "voortaan" or "tegenwoordig": a shift of the clause's subject.

"Bijzondere bromfietsen moeten |voortaan| een extra rem hebben", "Sponsoren willen zich
|tegenwoordig| niet inlaten met …", "|Voortaan| valt de bevoegdheid onder de AVG": from now on, or
nowadays, a rule or a practice differs from what it was. A comparative in the clause gives the
direction ("zijn tegenwoordig veel meer op een gelijk niveau": up); else it is a shift. The
phenomenon is the subject: the noun phrase before the finite verb, or, when the clause opens with
a topic (the marker itself, "Daarnaast"), the one after it. A person ("hij", "ik", a name without
a determiner) is no phenomenon: what one person does nowadays is no trend; "de jeugd van
tegenwoordig" is a noun phrase, no marker.
"""

from __future__ import annotations

import itertools
import re

from trendbeeld.extract import _cues, _phrases, _text, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import ANAPHOR, _is_number, _is_preposition, _phenomenon
from trendbeeld.model import Change, TrendStatement

_WORD = _phrases.WORD
_OF_BEFORE = re.compile(r"\bvan\s+\Z", re.IGNORECASE)
_PERSONS = frozenset([
    "ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "men", "het", "er", "dat", "dit", "alles",
    "iedereen", "niemand", "niets", "iets",
])
_RELATIVES = frozenset(["die", "dat", "wat", "welke"])
# A relative pronoun and the subject of its clause inside a phenomenon: "bevoegdheid |die de| korpschef".
_RELATIVE_CUT = re.compile(r"\s+(?:die|dat)\s+(?:de|het|een|zijn|haar|hun)\s+\S.*\Z")
_INFINITIVE_OPENERS = frozenset(["om"])
# Words that open no subject: a conjunction or a preposition ("En achter de term zal voortaan …").
_OPENERS = frozenset(["en", "maar", "of", "want", "achter", "in", "op", "bij", "voor", "na", "met", "door"])
# Adverbs and particles between the finite verb and the subject of an inverted clause.
_SKIPPED = frozenset(
    ["nog", "ook", "al", "wel", "niet", "zich", "er", "dan", "nu", "vaak", "steeds", "zelfs"]
)
_BOUNDS = frozenset(
    ["maximaal", "minimaal", "hooguit", "slechts", "alleen", "pas", "ruim", "bijna", "dat", "met", "elk"]
)
# Plural pronouns: a group does this nowadays; what it does names the shift.
_GROUPS = frozenset(["ze", "zij", "we", "wij", "men"])
SUBJECT_WORDS = 8  # words read after the marker for the subject
CLAUSE_REACH = 300  # characters of the clause read before the marker
CLAUSE_WORDS = 40
# Punctuation that closes an aside or a clause before the marker's own clause.
_BOUNDARY = re.compile(r"[,;:]|\s[-–—]\s")


def statement(doc: Document, clause: _phrases.Span, start: int, end: int) -> TrendStatement | None:
    """The shift that the marker at clean ``start:end`` states in ``clause``, or None."""
    text = doc.text
    if _OF_BEFORE.search(text, max(clause.start, start - 6), start):
        return None  # "de jeugd van tegenwoordig"
    subject = subject_of(text, clause, start, end)
    if subject is None:
        return None
    name = without_relative(_phenomenon(doc, subject))
    if not name or name.startswith(ANAPHOR) or (" " not in name and _is_verb(name.lower())):
        return None  # "Tegenwoordig wordt er veel |gevochten|": no noun
    span, evidence, page = doc.span(min(subject.start, start), max(subject.end, end))
    direction = _compared(text, clause.start, clause.end)
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def without_relative(name: str | None) -> str | None:
    """The phenomenon without a relative clause cut short: "bevoegdheid |die de korpschef|" →
    "bevoegdheid" (the clause's verb lies beyond the noun phrase)."""
    if not name:
        return name
    cut = _RELATIVE_CUT.search(name)
    return name[: cut.start()] if cut else name


def subject_of(
    text: str, clause: _phrases.Span, start: int, end: int, *, groups: bool = True
) -> _phrases.Span | None:
    """The subject of the clause in which an adverb stands at clean ``start:end``: the noun phrase
    before the finite verb ("|Bijzondere bromfietsen| moeten voortaan"), or after it when a topic
    opens the clause ("Voortaan valt |de bevoegdheid| onder"); None for a person ("Hij staat
    tegenwoordig"), a purpose clause or a clause cut inside brackets. With ``groups``, a plural
    pronoun ("eisen ze tegenwoordig dat …") gives the first noun phrase after the adverb."""
    if ")" in text[clause.start : start] and "(" not in text[clause.start : start]:
        return None  # "(dat eigenaar is van YouTube) overtreden voortaan": the clause is cut inside
    opening = max(clause.start, start - CLAUSE_REACH)
    cut = list(_BOUNDARY.finditer(text, opening, start))
    opening = cut[-1].end() if cut else opening  # "…, hij laat zich tegenwoordig": after the comma
    words = list(itertools.islice(_WORD.finditer(text, opening, start), CLAUSE_WORDS))
    if any(w.group(0).lower() in _INFINITIVE_OPENERS for w in words):
        return None  # "het initiatief |om| automobilisten de kans te geven voortaan …": a purpose
    if not words or _phrases.starts_with_topic(text, words[0].start(), start):
        subject = _after_verb(text, words[1:] if words else [], end, clause.end)
    else:
        subject = _before_verb(words)
    if groups and subject is None and words and words[-1].group(0).lower() in _GROUPS:
        subject = _first_noun(text, end, clause.end)  # "eisen ze tegenwoordig |dat er … extra kilo's …|"
    return subject


def _compared(text: str, start: int, end: int) -> Change:
    """A comparative in the clause says which way ("zijn |veel meer| op een gelijk niveau komen te
    staan": up); else the situation shifted."""
    lex = lexicon.load()
    words = [w.group(0).lower() for w in _WORD.finditer(text, start, end)]
    for low, after in zip(words, [*words[1:], ""], strict=True):
        if after and not _is_preposition(after) and after not in ("dan", "geworden"):
            continue  # "meer vrijheden": more of something, not more so
        if low in lex.down_comparatives:
            return Change.DOWN
        if low in lex.up_comparatives or (low.endswith("er") and _cues.is_comparative(low)):
            return Change.UP
    return Change.SHIFT


def _before_verb(words: list[re.Match[str]]) -> _phrases.Span | None:
    """"|Bijzondere bromfietsen| moeten voortaan": the words before the first verb form."""
    verb = next((i for i, w in enumerate(words) if i and _is_verb(w.group(0).lower())), None)
    if verb is None:
        return None
    subject = words[:verb]
    first = subject[0].group(0)
    low = first.lower()
    named = first[0].isupper() and len(subject) == 1 and _cues.lemma(low) == low
    inner = {w.group(0).lower() for w in subject}
    if low in _PERSONS | _OPENERS or named or inner & _RELATIVES or subject[-1].group(0).lower() in _PERSONS:
        return None  # "Hij staat tegenwoordig …", "Vardanyan staat tegenwoordig …": a person
    return _phrases.Span(subject[0].start(), subject[-1].end())


def _is_verb(word: str) -> bool:
    """A finite verb: an inflected form, or a plural that is its own lemma ("betalen")."""
    plural = word.endswith("en") and _cues.lemma(word) == word
    return word in _phrases.FINITE_VERBS or _text.is_verb_form(word) or plural


def _after_verb(text: str, before: list[re.Match[str]], start: int, end: int) -> _phrases.Span | None:
    """"Voortaan valt |de bevoegdheid| onder …", "Daarnaast krijgen |gedetineerden| voortaan …":
    the noun phrase after the finite verb of a clause that opens with a topic."""
    words = list(_WORD.finditer(text, start, end))
    if before:  # the marker stands after the subject: "Daarnaast krijgen |gedetineerden| voortaan"
        if not _is_verb(before[0].group(0).lower()):
            return None  # "En achter de bestaande term zal voortaan …": no subject after a verb
        rest = [w for w in before[1:] if w.group(0).lower() not in _SKIPPED]
        if not rest or rest[0].group(0).lower() in _PERSONS:
            return None
        return _phrases.noun_phrase(text, rest[0].start(), before[-1].end())
    rest = [w for w in words[1:] if w.group(0).lower() not in _SKIPPED]  # after the finite verb
    if not rest or rest[0].group(0).lower() in _PERSONS:
        return None
    return _first_noun(text, rest[0].start(), end)


def _first_noun(text: str, start: int, end: int) -> _phrases.Span | None:
    """The noun phrase that opens at the first word of ``start:end`` that is no adverb, bound or
    number ("nog maximaal acht |passagiers|")."""
    for word in itertools.islice(_WORD.finditer(text, start, end), SUBJECT_WORDS):
        low = word.group(0).lower()
        if low in _SKIPPED or low in _BOUNDS or _is_number(low) or low in _PERSONS:
            continue
        phrase = _phrases.noun_phrase(text, word.start(), end)
        if phrase is not None:
            return phrase
    return None
