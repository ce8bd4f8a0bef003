"""Contrasts between then and now spread over two sentences, and practices that stopped.

Called by ``trends.statements`` for the sentences that hold one of the marker words
(``positions``: a plain substring search), beside the statements the other rules made (a
sentence that already has a statement is left to them). Wording handled:

* a sentence that opens with "Nu", "Tegenwoordig" or "Inmiddels" after a sentence about the past
  ("vroeger", "voorheen", "jarenlang", "destijds", "tot voor kort"): with a number in each
  sentence the values give the direction ("Vroeger haalde de douane partijen van 200 kilo
  binnen. Nu gaat het om |partijen van 2000| kilo": up), else it is a shift of the subject of the
  second sentence ("Jarenlang deed de gemeente dat zelf. Nu voeren |particuliere bureaus| de
  controles uit"). A number that measures a noun ("partijen van 2000") makes the phenomenon its
  size ("omvang van partijen"), a number that counts one ("500 fietsen") its number ("aantal
  fietsen");
* then and now in one sentence: a clause that opens with its finite verb and holds "nog" or "toen", then
  ", nu" with the present ("Telde de school in 2015 nog 734 leerlingen, nu zijn het er 533":
  down; "Vond eind 2015 nog twee derde van de Nederlanders dat …, nu is dat nog maar 48 procent":
  down; "Waren de producten toen twee keer zo duur, nu is |het prijsverschil| nog maar 63
  procent": down; "…, nu is dat precies andersom": shift). Values in words ("twee derde", "een
  kwart", "de helft") are read as percentages; without two values "nog maar" gives down. The
  phenomenon is the subject after "nu" when it is a noun, else what the first value counts
  ("aantal leerlingen", "aandeel Nederlanders"). Not a clause that opens with an adverb ("Ooit
  waren ze president, nu staat …") nor "nu" as a conjunction ("Er is discussie, nu zijn ook …");
* "niet langer", "niet meer alleen" about a practice or a state (``shift``; the conventions count
  "niet langer" ``hard`` and "gebeurt niet meer alleen met …" core): "Werk is |niet langer| de
  remedie tegen armoede", "Plastic rietjes mogen |niet langer| worden gebruikt", "De handel in
  wapens gebeurt |niet meer alleen| via louche cafés". The phenomenon is the subject before the
  finite verb, or the noun phrase after the marker when "er" or a topic stands before the verb.
  Not "kan niet langer", "hoeft niet langer", "niet langer dan", "het kan zo niet langer" (an
  ability, a duty or a length), one actor's permission ("Nederland mag het schip niet langer
  vasthouden"), a subordinate clause, nor a person ("Hij is niet langer voorzitter", "durfde
  niet meer alleen over straat"). "niet meer" alone is left out: in news it mostly tells one
  event ("reanimatie mocht niet meer baten");
* "alleen nog" about a practice: ``down`` (the conventions: alt ``shift``, ``hard``), with the
  same subject and the same exclusions: "Veel |apotheken| accepteren |alleen nog| pinbetalingen",
  "De |slagboom| gaat |alleen nog| open voor hulpdiensten"; not "Hij accepteert alleen nog …".
"""

from __future__ import annotations

import bisect
import re

from trendbeeld.extract import _cues, _phrases, _scan, _text, _trend_speech, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_now import statement as now_statement
from trendbeeld.extract._trend_now import without_relative
from trendbeeld.extract._trend_phenomena import ANAPHOR, _phenomenon
from trendbeeld.extract._trend_policy import is_person
from trendbeeld.model import Change, Span, TrendStatement

# Words that place a sentence in the past against which "nu" opens the next one.
_THEN_WORDS = ("vroeger", "voorheen", "jarenlang", "decennialang", "destijds", "tot voor kort", "vanouds")
_THEN = re.compile(r"\b(?:" + "|".join(_THEN_WORDS) + r")\b")
THEN_REACH = 700  # characters after a word of the past where the next sentence's "nu" is looked for
_NOW_WORDS = ("nu", "tegenwoordig", "inmiddels")
# The opening of the second sentence: "Nu", "En nu", "Maar tegenwoordig", "'Inmiddels".
_NOW_OPENING = re.compile(
    r"[\W_]*(?:(?:en|maar|want)\s+)?(nu|tegenwoordig|inmiddels)\b(?!\s+eenmaal\b)(?!\s+al\b)[,\s]*"
)
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?![\d,])|(?<![\w.,])\d+(?:,\d+)?(?![\d.]\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
# A noun measured by the number after it: "partijen |van| 2000", "boetes van (ruim) 300 euro".
_MEASURED = re.compile(
    r"([^\W\d_][\w'’-]*)\s+van\s+(?:(?:ruim|bijna|zo'n|wel|circa|ongeveer|gemiddeld|meer\s+dan|minder\s+dan)\s+)?\Z"
)
# Units after a number: what they measure is named elsewhere, so no "aantal" of them.
_UNITS = frozenset([
    "procent", "euro", "kilo", "kilogram", "gram", "ton", "liter", "meter", "kilometer", "jaar", "jaren",
    "maanden", "weken", "dagen", "uur", "minuten", "keer", "miljoen", "miljard", "duizend", "honderd",
])
# A determiner right after the subject's noun, not after a preposition, opens the object
# ("particuliere bureaus |die taak|"; not "de rol |van de| overheid").
_OBJECT_DETERMINERS = frozenset(["de", "het", "een", "die", "dat", "deze", "dit", "hun", "zijn", "haar"])
# Then and now in one sentence: "Telde de school in 2015 nog 734 leerlingen, nu zijn het er 533".
_ONE_MARKS = (", nu ", "; nu ")
_ONE_SENTENCE = re.compile(r"[\W_]*([^\W\d_]+)\s")
_NU_CLAUSE = re.compile(r"[,;]\s+nu\s+([^\W\d_]+)\s+")
_STILL = re.compile(r"\b(?:nog|toen)\b")
_FRACTION = re.compile(
    r"(?<![\w-])(?:(een|twee|drie|vier)\s+(derde|kwart|vierde|vijfde)|(de)\s+(helft)|(drie)(kwart))(?![\w-])"
)
_FRACTION_VALUES = {"derde": 100 / 3, "kwart": 25.0, "vierde": 25.0, "vijfde": 20.0, "helft": 50.0}
_TIMES = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "de": 1}
_PERCENT = re.compile(r"(?<![\w.,])(\d+(?:,\d+)?)\s*(?:procent|%)")
_FRACTION_OF = re.compile(r"\s+van\s+(?:de|het|alle)\s+")
_ONLY_STILL = re.compile(r"\bnog\s+(?:maar|slechts)\b")
_REVERSED = re.compile(r"\b(?:andersom|omgekeerd)\b")
_POINTING = frozenset(["dat", "dit", "het", "er", "die", "deze", "ze", "zij", "hij", "het er"])

# Markers of a practice that stopped or narrowed, found by a plain substring search
# ("niet meer" alone is mostly one event in news: "reanimatie mocht niet meer baten", "is niet meer
# thuisgekomen"; 1 of 37 right on safety leads, so it is left out)
_STOPPED = ("niet langer ", "niet meer alleen ", "niet alleen meer ", "alleen nog ")
# Words before "niet langer" in its clause that make it an ability, a duty, a wish or one actor's
# permission, not a stopped practice ("kan niet langer", "hoeven niet langer", "wil het niet langer
# pikken", "Nederland mag het schip niet langer vasthouden"; a rule for a class, "Doppen mogen niet
# langer los van flessen komen", is a practice that stops).
_MODALITY = re.compile(
    r"\b(?:kan|kun|kunnen|kon|konden|hoeft|hoeven|hoefde|hoefden|moet|moeten|zal|zullen|zou|zouden"
    r"|wil|willen|wilde|wilden|durft|durven|durfde|houdt|houden|hield|hielden|mag|als|wanneer|indien"
    r"|zo|wacht|wachten|duurt|duurde)\b"
)
_AFTER_STOPPED = re.compile(
    r"niet\s+(?:langer|meer)\s+(?:dan|zo|meer|te\s+\w+|wachten|duren|vanuit|van\s+uit|nodig|mogelijk|los(?!\s+van))\b"
)
# An infinitive clause ("geadviseerd niet langer thuis |te| blijven"): an advice, no practice.
_INFINITIVE = re.compile(r"\bte\s+[^\W\d_]+en\b")
_WORD = _phrases.WORD
_BOUNDARY = re.compile(r"[,;:]|\s[-–—]\s")
CLAUSE_REACH = 200  # characters of the clause read before "niet langer"
_CONJUNCTIONS = frozenset(
    ["dat", "die", "als", "omdat", "wanneer", "waardoor", "waarin", "terwijl", "of", "wat"]
)
_ARTICLES = frozenset(["de", "het", "een", "geen"])
_QUANTIFIERS = frozenset(["veel", "alle", "sommige", "meeste", "vrijwel", "bijna", "steeds", "meer"])
_COORDINATORS = frozenset(["en", "maar", "want", "ook"])
# Pronominal adverbs: "waarop", "daaruit" open a subordinate clause or point back.
_ADVERB_PRONOUNS = ("waar", "daar", "hier")
# Adverbs between the finite verb and the marker.
_ADVERBS = frozenset(
    ["inmiddels", "dus", "echter", "ook", "nu", "al", "zelfs", "wel", "eigenlijk", "tegenwoordig",
     "sindsdien"]
)


def statements(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> list[TrendStatement]:
    """Statements of the sentence at ``start:end`` (``low``: the document's text in lower case,
    same offsets) whose wording ``made`` (the sentence's statements so far) does not cover."""
    if made or low.find("?", start, end) >= 0:
        return []  # the other rules spoke here, or a question
    start = _trend_speech.opening(doc.text, start, end)  # "Jansen: ,,|Telde de school …"
    found = _then_now(doc, low, start, end) or _one_sentence(doc, low, start, end)
    if found is not None:
        return [found]
    for marker in _STOPPED:
        at = low.find(marker, start, end)
        while at >= 0:
            stopped = _stopped(doc, low, (at, at + len(marker)), (start, end))
            if stopped is not None:
                return [stopped]
            at = low.find(marker, at + 1, end)
    return []


def positions(low: str) -> list[int]:
    """Where this module's marker words occur in ``low``, in order (a sentence without any is
    passed by): "nu", "tegenwoordig", "inmiddels" shortly after a word of the past, "niet
    langer", "niet meer alleen" and "alleen nog"."""
    out: list[int] = []
    for word in _THEN_WORDS:
        at = low.find(word)
        while at >= 0:
            for now in _NOW_WORDS:
                near = low.find(now, at, at + THEN_REACH)
                while near >= 0:
                    out.append(near)
                    near = low.find(now, near + 1, at + THEN_REACH)
            at = low.find(word, at + 1)
    out += _scan.occurrences(low, _STOPPED)
    out += _scan.occurrences(low, _ONE_MARKS)
    out.sort()
    return out


def _then_now(doc: Document, low: str, start: int, end: int) -> TrendStatement | None:
    """"Vroeger … . Nu …": the contrast of a sentence that opens with a word of now with the
    sentence before it, which names the past."""
    opening = _NOW_OPENING.match(low, start, end)
    k = bisect.bisect_right(doc.sentence_starts, start) - 1
    if opening is None or k <= 0:
        return None
    before = doc.sentences[k - 1]
    then = _THEN.search(low, before.start, before.end)
    if then is None:
        return None
    valued = _valued(doc, low, then.end(), before.end, opening.end(), end)
    if valued is not None:
        direction, name, phrase_end = valued
        span, evidence, page = doc.span(then.start(), phrase_end)
        return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)
    if opening.group(1) == "tegenwoordig":
        return None  # the rule of "tegenwoordig" (_trend_now) has spoken on this clause
    return _shifted(doc, then.start(), doc.clauses(start, end)[0], opening.start(1), opening.end(1))


def _one_sentence(doc: Document, low: str, start: int, end: int) -> TrendStatement | None:
    """"Telde de school in 2015 nog 734 leerlingen, nu zijn het er 533": a clause that opens with
    its finite verb and holds "nog", against the clause after ", nu" (see the module docstring)."""
    first = _ONE_SENTENCE.match(low, start, end)
    now = _NU_CLAUSE.search(low, start, end)
    if first is None or now is None or not _STILL.search(low, first.end(), now.start()):
        return None
    verb = first.group(1)
    if verb in _ADVERBS or verb in _CONJUNCTIONS or not _is_finite(verb) or not _is_finite(now.group(1)):
        return None  # "Ooit waren ze …, nu staat …"; "Er is …, nu zijn …"
    old = _percentage(low, first.end(), now.start()) or _first_value(low, first.end(), now.start())
    new = _percentage(low, now.end(), end) or _first_value(low, now.end(), end)
    if _REVERSED.search(low, now.end(), end):
        direction = Change.SHIFT  # "nu is dat precies andersom"
    elif old is not None and new is not None and old[0] != new[0]:
        direction = Change.UP if new[0] > old[0] else Change.DOWN
    elif _ONLY_STILL.search(low, now.end(), end):
        direction = Change.DOWN
    else:
        return None
    name = _now_subject(doc, low, now.end(), end) or _counted(doc, low, old, now.start())
    if not name:
        return None
    stop = len(doc.text[first.start(1) : end].rstrip(" .!\n")) + first.start(1)
    span, evidence, page = doc.span(first.start(1), stop)
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def _percentage(low: str, start: int, end: int) -> tuple[float, int, int] | None:
    """The first share at clean ``start:end`` in words or as a percentage ("twee derde" 66.7,
    "de helft" 50, "48 procent" 48), as (value, start, end)."""
    fraction = _FRACTION.search(low, start, end)
    percent = _PERCENT.search(low, start, end)
    if fraction is not None and (percent is None or fraction.start() < percent.start()):
        times, part = [g for g in fraction.groups() if g is not None]
        return _TIMES.get(times, 3) * _FRACTION_VALUES.get(part, 25.0), fraction.start(), fraction.end()
    if percent is not None:
        return float(percent.group(1).replace(",", ".")), percent.start(), percent.end()
    return None


def _now_subject(doc: Document, low: str, start: int, end: int) -> str | None:
    """The noun subject right after "nu" and its verb ("nu is |het prijsverschil| nog maar …"), not
    a pronoun ("nu is dat …", "nu zijn het er 533")."""
    phrase = _phrases.noun_phrase(doc.text, start, end)
    if phrase is None or not set(low[start : phrase.start].split()) <= _ARTICLES:
        return None
    if set(low[phrase.start : phrase.end].split()) <= _POINTING | _ARTICLES:
        return None
    name = _phenomenon(doc, phrase)
    return name if name and not name.startswith(ANAPHOR) and not _is_value_word(name) else None


def _is_value_word(name: str) -> bool:
    first = name.lower().split(maxsplit=1)[0]
    return first in _UNITS or first[:1].isdigit() or first in _TIMES


def _before_clause(name: str) -> str:
    """The noun phrase without the clause it runs into ("Nederlanders |dat het kabinet …|")."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _CONJUNCTIONS), len(words))
    return " ".join(words[:cut])


def _counted(doc: Document, low: str, old: tuple[float, int, int] | None, limit: int) -> str | None:
    """What the first value counts: the noun after a share ("twee derde |van de Nederlanders|" →
    "aandeel Nederlanders") or after a number ("734 leerlingen" → "aantal leerlingen")."""
    if old is None:
        return None
    of = _FRACTION_OF.match(low, old[2], limit)
    if of is not None:
        phrase = _phrases.noun_phrase(doc.text, of.end(), limit)
        if phrase is not None and phrase.start == of.end():
            name = _before_clause(_phenomenon(doc, phrase) or "")
            return f"aandeel {name}" if name and not name.startswith(ANAPHOR) else None
        return None
    measured = _measured(doc, low, old[1], old[2], limit)
    return measured[0] if measured is not None else None


def _shifted(doc: Document, then: int, clause: _phrases.Span, start: int, end: int) -> TrendStatement | None:
    """"Jarenlang … . Nu voeren |particuliere bureaus| de controles uit": the subject of the clause
    that opens with "nu" at clean ``start:end`` shifted; the evidence runs from ``then``."""
    shifted = now_statement(doc, clause, start, end)
    if shifted is None or shifted.direction is not Change.SHIFT:
        return None
    span, _, page = doc.span(then, then + 1)
    whole = Span(span.source_id, span.start, max(span.end, shifted.span.end))
    evidence = doc.source.text[whole.start : whole.end]
    name = _without_object(shifted.phenomenon)
    return TrendStatement(span=whole, text=evidence, phenomenon=name, direction=Change.SHIFT, page=page)


def _without_object(name: str) -> str:
    """The subject without the object that follows it in an inverted clause ("particuliere
    bureaus |die taak|" → "particuliere bureaus")."""
    words = name.split()
    for i in range(1, len(words) - 1):
        if words[i].lower() in _OBJECT_DETERMINERS and words[i - 1].lower() not in _phrases.NP_PREPOSITIONS:
            return " ".join(words[:i])
    return name


def _valued(
    doc: Document, low: str, then_start: int, then_end: int, now_start: int, now_end: int
) -> tuple[Change, str, int] | None:
    """(direction, phenomenon, end of the evidence) when both sentences hold a value that is no
    year: the second value against the first."""
    old = _first_value(low, then_start, then_end)
    new = _first_value(low, now_start, now_end)
    if old is None or new is None or old[0] == new[0]:
        return None
    named = _measured(doc, low, new[1], new[2], now_end)
    if named is None:  # "Nu zijn het er 500": what the first value measures
        named = _measured(doc, low, old[1], old[2], then_end)
        named = (named[0], new[2]) if named is not None else None
    if named is None:
        return None
    name, phrase_end = named
    return (Change.UP if new[0] > old[0] else Change.DOWN), name, max(phrase_end, new[2])


def _first_value(low: str, start: int, end: int) -> tuple[float, int, int] | None:
    """The first number at clean ``start:end`` that is no year (value, start, end)."""
    for number in _NUMBER.finditer(low, start, end):
        digits = number.group(0)
        unit = _WORD_AFTER.match(low, number.end(), end)
        if _YEAR.fullmatch(digits) and (unit is None or unit.group(1) not in _UNITS):
            continue  # "in 2015"; not "2000 kilo"
        return float(digits.replace(".", "").replace(",", ".")), number.start(), number.end()
    return None


def _measured(doc: Document, low: str, start: int, end: int, limit: int) -> tuple[str, int] | None:
    """What the number at ``start:end`` measures (phenomenon, end of its phrase): the size of a
    noun before "van" ("partijen van 2000" → "omvang van partijen"), or the number of the noun
    after it ("500 fietsen" → "aantal fietsen"); None for a unit alone or a pronoun."""
    measured = _MEASURED.search(low, max(0, start - 40), start)
    if measured is not None and measured.group(1) not in _UNITS and _phrases.is_content(measured.group(1)):
        return f"omvang van {doc.text[measured.start(1) : measured.end(1)]}", end
    phrase = _phrases.noun_phrase(doc.text, end, limit)
    if phrase is None or low[end : phrase.start].strip():
        return None
    first = low[phrase.start : phrase.end].split(maxsplit=1)[0]
    if first in _UNITS:
        return None
    name = _phenomenon(doc, phrase)
    if not name or name.startswith(ANAPHOR):
        return None
    return f"aantal {name}", phrase.end


def _stopped(
    doc: Document, low: str, marker: tuple[int, int], sentence: tuple[int, int]
) -> TrendStatement | None:
    """"Werk is |niet langer| de remedie tegen armoede": a practice or a state that stopped, about
    the subject of the clause (``shift``)."""
    at, after = marker
    if _AFTER_STOPPED.match(low, at):
        return None  # "niet langer dan een uur", "niet langer te negeren"
    clause = next((c for c in _trend_speech.clauses(doc, *sentence) if c.start <= at < c.end), None)
    if clause is None or _MODALITY.search(low, max(clause.start, at - CLAUSE_REACH), at):
        return None  # "kan niet langer", "Nederland mag … niet langer": one actor's permission
    if _INFINITIVE.search(low, at, clause.end):
        return None
    subject = _practice(doc, low, clause, at, after)
    if subject is None or is_person(doc.text, subject):
        return None
    name = without_relative(_phenomenon(doc, subject))
    if not name or name.startswith(ANAPHOR) or name.lower() in lexicon.load().function_words:
        return None
    span, evidence, page = doc.span(min(subject.start, at), max(subject.end, after - 1))
    direction = Change.DOWN if low.startswith("alleen", at) else Change.SHIFT  # "komen alleen nog …"
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def _practice(doc: Document, low: str, clause: _phrases.Span, at: int, after: int) -> _phrases.Span | None:
    """What stopped: the subject that opens the clause right before its finite verb ("|Doppen|
    mogen niet langer …"), or, after "er" or a topic with the verb ("er is niet langer |een vaste
    bezetting|"), the noun phrase after the marker (``after``: where it ends)."""
    cut = list(_BOUNDARY.finditer(low, max(clause.start, at - CLAUSE_REACH), at))
    words = list(_WORD.finditer(low, cut[-1].end() if cut else clause.start, at))
    if words and words[0].group(0) in _COORDINATORS:
        words = words[1:]  # "Maar de smokkel gebeurt …"
    subordinate = any(w.group(0) in _CONJUNCTIONS or w.group(0).startswith(_ADVERB_PRONOUNS) for w in words)
    if not words or subordinate:
        return None  # "… dat zij niet langer …": a subordinate clause; "Daaruit vloeide …"
    inverted = len(words) == 1 or words[-2].group(0) == "er" or _opens_topic(doc, words)
    if _is_finite(words[-1].group(0)) and inverted:
        return _after_marker(doc, low, after, clause.end)
    verb = len(words) - 1
    while verb > 1 and words[verb].group(0) in _ADVERBS:
        verb -= 1  # "gebeurt |inmiddels| niet meer alleen"
    if verb < 1 or not _is_finite(words[verb].group(0)):
        return None
    first = next((w for w in words[:verb] if w.group(0) not in _ARTICLES | _QUANTIFIERS), None)
    if first is None:
        return None
    phrase = _phrases.noun_phrase(doc.text, first.start(), words[verb].start())
    if phrase is None or phrase.start != first.start():
        return None  # the subject opens the clause ("Veel |apotheken| accepteren …")
    return phrase


def _after_marker(doc: Document, low: str, after: int, end: int) -> _phrases.Span | None:
    """The noun phrase right after the marker, an article between ("er is niet langer |een vaste
    bezetting|")."""
    phrase = _phrases.noun_phrase(doc.text, after, end)
    between = low[after : phrase.start].split() if phrase is not None else []
    return phrase if phrase is not None and set(between) <= _ARTICLES else None


def _opens_topic(doc: Document, words: list[re.Match[str]]) -> bool:
    """The clause opens with a topic (a time, a preposition) and its verb stands before the marker."""
    return len(words) > 1 and _phrases.starts_with_topic(doc.text, words[0].start(), words[-1].end())


def _is_finite(word: str) -> bool:
    """A finite verb form ("is", "werd", "sluit", "mogen"), or a plural that is its own lemma
    ("handelen")."""
    plural = word.endswith("en") and _cues.lemma(word) == word
    return word in _phrases.FINITE_VERBS or _text.is_verb_form(word) or plural
