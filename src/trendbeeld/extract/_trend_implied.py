"""Change implied without a verb or noun of change: a comparative that grows before a noun,
damage done to a public good, and what "rains", springs up like mushrooms or gets out of hand.

Called by ``trends.statements`` for the sentences that hold one of the marker words below
(``positions`` finds them once per document by a plain substring search); a statement is made only
where no statement of the sentence already covers the marker. Wording handled:

* "steeds", "alsmaar" or "almaar" before an inflected comparative and a noun (up, or down for a
  comparative of less): "Cybercriminelen gebruiken |steeds geavanceerdere middelen|", "in |steeds
  grotere groepen|", "de |steeds strengere veiligheidsmaatregelen|"; the phenomenon is the noun
  phrase with the comparative's base form in brackets ("middelen (geavanceerder)"), as for "de
  daders worden steeds jonger". Not "nog steeds" ("nog steeds hogere kosten": a level that
  lasts), "steeds andere" (no comparative), a plea ("bepleiten … steeds strengere normering").
* a public good that is damaged (down; the conventions: "an effect on a public phenomenon
  attributed to one case (`Het vertrouwen in de politie is door deze zaak aangetast`) is a trend,
  `hard`"): "|Het vertrouwen in de politie is door deze zaak aangetast|", "|imago OM is
  beschadigd|", "wordt |het vertrouwen in de professionele autonomie van docenten volledig
  ondermijnd|", "|Het vertrouwen in SIZ Twente liep| in de zomer van 2018 |een stevige deuk op|",
  "|Deuk in imago van scouting|". The good is a noun of ``lexicon/public_goods.txt`` (or a
  compound ending in one: "consumentenvertrouwen"). Only the participle or the dent states that
  the damage happened: the active present ("landen die de rechtsstaat ondermijnen") is a general
  mechanism, no trend. Not: one person's own good ("zijn goede reputatie was aangetast",
  "zelfvertrouwen"), what may or would happen ("zou worden aangetast", "kan … ondermijnen"), a
  negation ("zijn niet geschaad"), a condition, a question, damage to things ("auto's
  beschadigd", "bomen aangetast door de letterzetter": no good of the list).
* "het regent" with what rains (up; the conventions: "`regende het aangiftes` [is] `up`, `hard`,
  like nouns naming a surge"): "|Het regent gebiedsverboden in de binnenstad|", "Uit linkse hoek
  |regent het protesten|", "|Het regent de laatste weken integriteitsproblemen bij de politie|".
  Not the weather: a word of weather or frequency after it ("het regende flink", "het regent
  geregeld"), a place ("regende het in Alchen"), a condition ("Als het regent").
* what springs up "als paddenstoelen uit de grond" (up, about the subject): "|Trampolineparken
  schieten als paddenstoelen uit de grond|", "In gemeenten rondom Amsterdam schieten |hotels als
  paddenstoelen uit de grond|", "Circa 800 |wietwinkels in Italië| die … als paddenstoelen uit de
  grond waren geschoten"; likewise what "loopt de spuigaten uit" (up): "|De handel in nepgoederen
  loopt de spuigaten uit|", "Het loopt |de spuigaten uit met de sabotage van de klappalen|".

Persistence by an adverb of frequency or lasting ("Er gebeuren |regelmatig| ongelukken", "Oss wordt
|al maanden| geteisterd door autobranden", "een |structureel tekort|") is ``_trend_frequency``'s,
called from here for the same sentences, like a worrying development named as such ("is een
zorgwekkende ontwikkeling", ``_trend_concern``).
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from importlib import resources

from trendbeeld.extract import (
    _cues,
    _phrases,
    _scan,
    _text,
    _trend_concern,
    _trend_frequency,
    _trend_speech,
    lexicon,
)
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import ANAPHOR, _phenomenon
from trendbeeld.model import Change, TrendStatement

# Adverbs of steady change before an inflected comparative: "steeds grotere", "almaar hogere".
_STEADILY_WORDS = ("steeds ", "alsmaar ", "almaar ")
_STEADILY = re.compile(
    r"(?:steeds|alsmaar|almaar)\s+(?:(?:veel|nog)\s+)?([a-zà-ÿ]{2,}[^aeiou\s]ere)(?![\w'’-])"
)
# Participles of damage and the dent (found as words: no letter before them).
_DAMAGE_WORDS = ("aangetast", "geschaad", "ondermijnd", "beschadigd", "deuk")
_DAMAGE = re.compile(
    r"(aangetast|geschaad|ondermijnd|beschadigd)e?(?![\w'’-])"
    r"|(deuk)(?![\w'’-])(?:\s+(in|op)(?![\w'’-]))?"
)
# Nouns that only carry the comparative: the subject is what grows ("Cybercrime speelt een steeds
# grotere rol", "Afleiding vormt een steeds grotere bedreiging").
_LIGHT_NOUNS = frozenset(
    ["rol", "probleem", "gevaar", "bedreiging", "dreiging", "risico", "uitdaging", "zorg", "plaag", "factor",
     "bron", "doelwit", "last"]
)
# "het regent aanvragen", "Uit linkse hoek regent het protesten": a surge of what rains (up).
_RAIN_WORD = "regen"  # one search for "regent" and "regende"
_RAIN_FORM = re.compile(r"regen(?:t|de)\s")
_RAINING = re.compile(r"(?:regent|regende)\s+het\s+")
_IT_BEFORE = re.compile(r"(?<![\w-])het\s+\Z")
# What may stand between the rain and what rains: a time ("de laatste weken", "afgelopen zaterdag").
_RAIN_TIME = re.compile(
    r"(?:(?:de|het)\s+)?(?:afgelopen|laatste|voorbije|voorbij)\s+(?:[a-zà-ÿ]+\s+)?(?:dagen|weken|maanden|jaren|tijd"
    r"|weekend|week|maand|jaar|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+"
    r"|(?:vandaag|gisteren|nu|al|opnieuw|weer|inmiddels|sindsdien)\s+"
)
# Words of the weather after "het regent" ("het regent flink", "regende het pijpenstelen").
_WEATHER = frozenset(
    ["flink", "hard", "zacht", "pijpenstelen", "oude", "wijven", "weer", "nog", "al", "even", "ook", "af",
     "aan", "veel", "weinig", "niet", "constant", "volop", "hevig", "steeds", "de", "hele", "dag", "nacht",
     "geregeld", "regelmatig", "vaak", "soms", "zelden", "nauwelijks", "amper", "dagelijks", "overal", "hier",
     "daar", "buiten", "morgen", "straks", "bijna", "echt", "enorm", "zo", "te", "minder", "meer", "vaker"]
)
# "Trampolineparken schieten als paddenstoelen uit de grond": what springs up rises (up).
_MUSHROOMS = "als paddenstoelen uit de grond"
# "De handel in nepgoederen loopt de spuigaten uit", "Het loopt de spuigaten uit met de sabotage":
# what gets out of hand rises (up), the subject or what follows "met" after "het".
_SCUPPERS = "de spuigaten uit"
_WITH = re.compile(r"\s+met\s+")
_SHOOT = frozenset(
    ["schiet", "schieten", "schoot", "schoten", "geschoten", "loopt", "lopen", "liep", "liepen", "gelopen"]
)
# A number before the subject ("Circa 800 wietwinkels"): the things counted are the subject.
_AMOUNT = re.compile(r"(?:(?:circa|ruim|bijna|ongeveer|zo'n|zeker|minstens)\s+)*\d[\d.,]*\s+")
MAX_ANTECEDENT = 120  # characters before a relative clause read for its antecedent
# Adverbs between the verb and an inverted subject ("schieten |ook| de kampen |weer| als …").
_BETWEEN = frozenset(
    ["ook", "weer", "er", "nu", "overal", "momenteel", "tegenwoordig", "inmiddels", "opnieuw"]
)
_WORD = _phrases.WORD
# Words of a clause that make the damage or the growth not actual: what may, would or must
# happen, a negation, a plea.
_NOT_ACTUAL = frozenset(
    [
        "kan", "kunnen", "kon", "konden", "zal", "zullen", "zou", "zouden", "mag", "mogen", "dreigt",
        "dreigen", "dreigde", "niet", "geen", "nooit", "nauwelijks", "voorkomen", "pleit", "pleiten",
        "bepleit", "bepleiten", "wil", "willen",
    ]
)
_CONDITION = frozenset(["als", "wanneer", "indien", "mits", "zodra", "tenzij", "of", "zonder"])
# Possessives of one person: "zijn goede naam", "haar reputatie".
_PERSONAL = frozenset(["zijn", "z'n", "haar", "mijn", "m'n", "jouw", "je", "uw"])
_ARTICLES = frozenset(["de", "het", "een"])
# Endings of adjectives that may stand before the good ("het maatschappelijk vertrouwen").
_ADJECTIVE_ENDINGS = ("e", "isch", "ijk", "eel", "aal", "ig", "ief")
MAX_ADJECTIVES = 2
# Adverbs of degree or manner between the good and the participle ("flink", "ernstig").
_DEGREE = frozenset(
    ["flink", "zwaar", "fors", "sterk", "erg", "zeer", "danig", "verder", "ook", "al", "nu", "weer",
     "opnieuw",
     "daardoor", "daarmee", "hierdoor", "zo", "zodanig", "behoorlijk", "enorm", "stevig", "diep"]
)
_ADVERB_ENDINGS = ("ig", "lijk", "isch")
_PERSONAL_COMPOUND = ("zelf",)  # "zelfvertrouwen" is one person's own
MIN_COMPOUND_PART = 3  # letters before the good in a compound ("persvrijheid")


def statements(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> list[TrendStatement]:
    """Statements of the sentence at ``start:end`` (``low``: the document's text in lower case,
    same offsets) whose wording ``made`` (the sentence's statements so far) does not cover."""
    steadily, damage, raining = _marks(low)
    found = [(at, _growing) for at in steadily[bisect.bisect_left(steadily, start) :] if at < end]
    found += [(at, _damaged) for at in damage[bisect.bisect_left(damage, start) :] if at < end]
    found += [
        (at, _raining if low.startswith(_RAIN_WORD, at) else _mushrooming)
        for at in raining[bisect.bisect_left(raining, start) :]
        if at < end
    ]
    if not found or low.find("?", start, end) >= 0:
        return _others(doc, low, start, end, made)
    out: list[TrendStatement] = []
    for at, rule in sorted(found, key=lambda pair: pair[0]):
        source_at = doc.span(at, at + 1)[0].start
        if any(_covers(s, source_at, rule) for s in made + out):
            continue
        clause = next((c for c in _trend_speech.clauses(doc, start, end) if c.start <= at < c.end), None)
        if clause is None or not _actual(low, clause):
            continue
        statement = rule(doc, low, at, clause)
        out += [statement] if statement is not None else []
    return out + _others(doc, low, start, end, made + out)


def _others(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> list[TrendStatement]:
    """The statements of the modules called from here: "Er gebeuren |regelmatig| …"
    (``_trend_frequency``), "is een |zorgwekkende ontwikkeling|" (``_trend_concern``)."""
    out = _trend_frequency.statements(doc, low, start, end, made)
    return out + _trend_concern.statements(doc, low, start, end, made + out)


def _covers(statement: TrendStatement, source_at: int, rule: object) -> bool:
    """True when ``statement`` covers the marker at ``source_at``; for damage only a decline
    does: "liep een deuk op", "heeft een deuk opgelopen" is incurring a dent, not a rise."""
    if not statement.span.start <= source_at < statement.span.end:
        return False
    return rule is not _damaged or statement.direction is Change.DOWN


def positions(low: str) -> list[int]:
    """Where this module's marker words occur in ``low``, in order (a sentence without any is
    passed by)."""
    steadily, damage, raining = _marks(low)
    others = _trend_frequency.positions(low) + _trend_concern.positions(low)
    return sorted(steadily + damage + raining + others)


@_scan.last_text
def _marks(low: str) -> tuple[list[int], list[int], list[int]]:
    """Where an adverb of steady change before an inflected comparative, where a word of damage,
    and where "het regent" occur in ``low`` (found once per document)."""
    steadily: list[int] = []
    for word in _STEADILY_WORDS:
        at = low.find(word)
        while at >= 0:
            if (at == 0 or not low[at - 1].isalnum()) and _STEADILY.match(low, at):
                steadily.append(at)
            at = low.find(word, at + 1)
    damage = _scan.occurrences(low, _DAMAGE_WORDS, word_start=True)
    raining: list[int] = []
    at = low.find(_RAIN_WORD)
    while at >= 0:
        if _RAIN_FORM.match(low, at) and (
            _RAINING.match(low, at) or _IT_BEFORE.search(low, max(0, at - 5), at)
        ):
            raining.append(at)
        at = low.find(_RAIN_WORD, at + 1)
    # "als paddenstoelen uit de grond", "de spuigaten uit"
    raining += _scan.occurrences(low, (_MUSHROOMS, _SCUPPERS))
    return sorted(steadily), sorted(damage), sorted(raining)


def _actual(low: str, clause: _phrases.Span) -> bool:
    """False for a clause that opens with a condition or holds a word of what may, would or must
    happen, a negation or a plea."""
    words = _WORD.findall(low, clause.start, clause.end)
    if not words or words[0] in _CONDITION:
        return False
    return not any(w in _NOT_ACTUAL for w in words)


def _growing(doc: Document, low: str, at: int, clause: _phrases.Span) -> TrendStatement | None:
    """"|steeds grotere groepen|": up (down for a comparative of less), about the noun phrase
    after the comparative."""
    m = _STEADILY.match(low, at)
    if m is None or low[max(clause.start, at - 4) : at] == "nog ":
        return None  # "nog steeds hogere kosten"
    lex = lexicon.load()
    comparative = m.group(1)[:-1]  # "grotere" → "groter"
    if comparative in lex.not_comparatives or not _cues.is_comparative(comparative):
        return None  # "steeds andere", "steeds verdere"
    phrase = _without_last_verb(doc.text, _phrases.noun_phrase(doc.text, m.end(), clause.end))
    if phrase is None or low[m.end() : phrase.start].strip():
        return None
    first = _WORD.match(low, phrase.start)
    subject = _subject(doc, low, clause, at) if first is not None and first.group(0) in _LIGHT_NOUNS else None
    name = _phenomenon(doc, subject or phrase)
    if not name or name.startswith(ANAPHOR) or name.lower() in lex.function_words:
        return None
    direction = Change.DOWN if comparative in lex.down_comparatives else Change.UP
    span, evidence, page = doc.span(subject.start if subject else at, phrase.end)
    return TrendStatement(
        span=span, text=evidence, phenomenon=f"{name} ({comparative})", direction=direction, page=page
    )


def _raining(doc: Document, low: str, at: int, clause: _phrases.Span) -> TrendStatement | None:
    """"In Veenendaal |regent het aanvragen|", "|Het regent kogelgeweld in Oost-Brabant|": up, about
    what rains; not the weather ("het regende flink", "regende het in Alchen")."""
    word = _WORD.match(low, at)
    if word is None:
        return None
    inverted = _RAINING.match(low, at)
    after = inverted.end() if inverted is not None else word.end() + 1
    time = _RAIN_TIME.match(low, after)
    opening = time.end() if time is not None else after
    first = _WORD.match(low, opening)
    if first is None or first.group(0) in _WEATHER:
        return None
    phrase = _without_last_verb(doc.text, _phrases.noun_phrase(doc.text, opening, clause.end))
    if phrase is None or phrase.start != opening:
        return None  # "regende het |in| Alchen": a place, the weather
    name = _phenomenon(doc, phrase)
    if not name or name.startswith(ANAPHOR) or name.lower() in lexicon.load().function_words:
        return None
    before = _IT_BEFORE.search(low, max(0, at - 5), at)
    first_at = before.start() if before is not None and inverted is None else at
    span, evidence, page = doc.span(first_at, phrase.end)
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=Change.UP, page=page)


def _mushrooming(doc: Document, low: str, at: int, clause: _phrases.Span) -> TrendStatement | None:
    """"|Trampolineparken schieten als paddenstoelen uit de grond|", "Met de zomer schieten |de
    voetbalkampen| weer |als paddenstoelen uit de grond|": up, about the subject (after the verb
    when the clause opens with something else, before "die" in a relative clause)."""
    words = list(_WORD.finditer(low, clause.start, at))
    verb = next((w for w in words if w.group(0) in _SHOOT), None)
    bound = verb.start() if verb is not None else at
    # the part after a comma or a dateline's dash ("HENGELO - Trampolineparken schieten …")
    comma = max(low.rfind(mark, clause.start, bound) for mark in (",", " - ", " – "))
    opening = next((w for w in words if w.start() > comma), None)
    if opening is None:
        return None
    subject = None
    if verb is not None and opening.start() < verb.start() and _opens_otherwise(opening.group(0)):
        after = next((w for w in words if w.start() > verb.start() and w.group(0) not in _BETWEEN), None)
        subject = None if after is None else _phrases.noun_phrase(doc.text, after.start(), at)
    elif opening.group(0) in ("die", "dat") and opening.start() == words[0].start():
        subject = _antecedent(doc, low, clause.start)  # "wietwinkels |die| … waren geschoten"
    else:
        relative = re.search(r"\sdie\s", low[opening.start() : bound])
        end = opening.start() + relative.start() if relative is not None else bound
        amount = _AMOUNT.match(low, opening.start())  # "Circa 800 wietwinkels": the things counted
        subject = _phrases.noun_phrase(doc.text, amount.end() if amount else opening.start(), end)
    idiom = _MUSHROOMS if low.startswith(_MUSHROOMS, at) else _SCUPPERS
    with_ = _WITH.match(low, at + len(idiom))
    if with_ is not None and (subject is None or low[subject.start : subject.end] in ("het", "dit", "dat")):
        subject = _phrases.noun_phrase(doc.text, with_.end(), clause.end)  # "Het loopt … uit met |X|"
    name = None if subject is None else _phenomenon(doc, subject)
    if subject is None or not name or name.startswith(ANAPHOR):
        return None
    if name.lower() in lexicon.load().function_words:
        return None
    first, last = min(subject.start, at), max(subject.end, at + len(idiom))
    span, evidence, page = doc.span(first, last)
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=Change.UP, page=page)


def _antecedent(doc: Document, low: str, start: int) -> _phrases.Span | None:
    """The noun phrase just before a relative clause that opens at ``start`` ("|Circa 800
    wietwinkels in Italië| die …"), within its sentence part."""
    floor = max(0, start - MAX_ANTECEDENT)
    cut = max(low.rfind(mark, floor, start) for mark in ".,;:!?\n")
    opening = max(floor, cut + 1)
    word = _WORD.search(low, opening, start)
    return None if word is None else _phrases.noun_phrase(doc.text, word.start(), start)


def _opens_otherwise(word: str) -> bool:
    """True for a first word that is no part of a subject: a preposition, an adverb, a conjunction
    ("|Met| de start … schieten de kampen", "|Nu| schieten …")."""
    if word in _phrases.NP_PREPOSITIONS:
        return True
    return word in lexicon.load().function_words and word not in _ARTICLES


def _subject(doc: Document, low: str, clause: _phrases.Span, at: int) -> _phrases.Span | None:
    """The noun phrase that opens the clause before its finite verb ("|Cybercrime| speelt een
    steeds grotere rol"), or None."""
    phrase = _phrases.noun_phrase(doc.text, clause.start, at)
    verb = None if phrase is None else _WORD.search(low, phrase.end, at)
    if phrase is None or verb is None or low[clause.start : phrase.start].strip(" \t\n,'\"„“”‘’(-").split():
        return None  # the clause opens with something else: "Daarom speelt …"
    if low[phrase.end : verb.start()].strip() or not _text.is_verb_form(verb.group(0)):
        return None
    return phrase


def _damaged(doc: Document, low: str, at: int, clause: _phrases.Span) -> TrendStatement | None:
    """"|Het vertrouwen in de politie is door deze zaak aangetast|", "|Deuk in imago van
    scouting|": down, about the public good damaged."""
    m = _DAMAGE.match(low, at)
    if m is None:
        return None
    good = None
    if m.group(3):  # "deuk in het imago": the good follows
        good = _good(low, m.end(), clause.end)
    if good is None:
        good = _good(low, clause.start, at)
    if good is None:
        return None
    opening = _opening(low, clause.start, good.start())
    if opening is None:
        return None  # "zijn goede reputatie"
    phrase = _phrases.noun_phrase(doc.text, opening, at if good.start() < at else clause.end)
    if phrase is None or phrase.start > good.start():
        return None
    phrase = _without_degree(low, phrase)
    name = _phenomenon(doc, phrase)
    if not name or name.startswith(ANAPHOR):
        return None
    first, last = min(opening, at), max(phrase.end, m.end())
    span, evidence, page = doc.span(first, last)
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=Change.DOWN, page=page)


def _good(low: str, start: int, end: int) -> re.Match[str] | None:
    """The first noun of a public good in ``low[start:end]``, or None."""
    goods = _goods()
    for word in _WORD.finditer(low, start, end):
        text = word.group(0)
        if text in goods:
            return word
        for good in goods:
            if (
                text.endswith(good)
                and len(text) >= len(good) + MIN_COMPOUND_PART
                and not text.startswith(_PERSONAL_COMPOUND)
            ):
                return word
    return None


def _opening(low: str, floor: int, head: int) -> int | None:
    """Where the noun phrase of the good at ``head`` opens: before up to two adjectives ("het
    |maatschappelijk vertrouwen|"); None after a possessive of one person ("zijn goede naam")."""
    opening = head
    words = list(_WORD.finditer(low, max(floor, head - 60), head))
    for word in reversed(words[-MAX_ADJECTIVES - 1 :]):
        text = word.group(0)
        if text in _PERSONAL:
            return None
        if text in _ARTICLES or not text.endswith(_ADJECTIVE_ENDINGS):
            break
        if text in lexicon.load().function_words or _text.is_verb_form(text):
            break
        opening = word.start()
    return opening


def _without_degree(low: str, phrase: _phrases.Span) -> _phrases.Span:
    """The phrase without the adverbs of degree or manner that close it before the participle
    ("het vertrouwen in … docenten |volledig| ondermijnd")."""
    words = list(_WORD.finditer(low, phrase.start, phrase.end))
    while len(words) > 1 and (words[-1].group(0) in _DEGREE or words[-1].group(0).endswith(_ADVERB_ENDINGS)):
        words.pop()
    return _phrases.Span(phrase.start, words[-1].end()) if words else phrase


@cache
def _goods() -> frozenset[str]:
    """The nouns of ``lexicon/public_goods.txt``."""
    folder = resources.files(lexicon.PACKAGE).joinpath(lexicon.FOLDER)
    text = folder.joinpath("public_goods.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _without_last_verb(text: str, phrase: _phrases.Span | None) -> _phrases.Span | None:
    """The phrase without a verb form that closes it ("steeds grotere groepen |geven|")."""
    if phrase is None:
        return None
    words = list(_WORD.finditer(text, phrase.start, phrase.end))
    if len(words) > 1 and _text.is_verb_form(words[-1].group(0).lower()):
        return _phrases.Span(phrase.start, words[-2].end())
    return phrase
