"""Word classes a phenomenon is cut at or is not (``_trend_phenomena`` reads them); a plural that
is also a verb form is what a measure counts ("het totaal aantal |vragen|").

* numbers and counts: "206", "veertig" (not "een"), "procent", "keer"; a word that only counts
  alone ("630 |gevallen|", "zo'n") is no phenomenon;
* times: units and parts of time ("jaar", "schooljaar", "kwartaal", "de tweede helft"), an adverbial of
  time ("de komende jaren", "het afgelopen jaar", "in de loop van"), days and months ("donderdag",
  "gisteravond", "juli"), ordinals ("eerste", "laatste");
* verbs: a finite verb or a participle ("gevoed", "voorkwamen"), a weak past tense with its object
  ("bereikte |het| hoogste niveau", "realiseerden een"), a phenomenon that is only a verb ("klinkt",
  "zouden"); a plural noun ("machtigingen") is none;
* superlatives of degree ("meest", "minst", "sterkst") and prepositions, of a noun phrase or of an
  adverbial ("tijdens", "sinds", "volgens");
* adjectives, known by their comparative ("hoog" of "hoger", "stabiel" of "stabieler"), and adverbs
  of degree ("nog", "heel", "vrij"): after a noun they are a predicate ("de rente |nog heel lang
  laag| blijft", "de incidentie |hoog| blijft").
"""

from __future__ import annotations

import functools
import re

from trendbeeld import months
from trendbeeld.extract import _cues, _phrases, _text, lexicon

OBJECT_LOOKAHEAD = 12  # characters read after a phrase for the determiner of an object
_OBJECT_DETERMINERS = frozenset(["de", "het", "haar", "zijn", "hun", "onze", "ons", "hun", "deze", "dit"])
_OBJECT_WORDS = _OBJECT_DETERMINERS | {"een"}  # what opens the object after a verb
_WORD = re.compile(r"\S+")
# Words that only count ("in 630 gevallen", "drie keer"); alone, like a time ("toekomst") or "zo'n": none.
_COUNTING_WORDS = frozenset(["gevallen", "geval", "keer", "maal", "stuks", "exemplaren"])
_NOT_ALONE = _COUNTING_WORDS | frozenset(["toekomst", "verleden", "heden", "zo'n", "circa", "pakweg"])
# Parts of a period: "in de tweede helft van het jaar", "in het laatste kwartaal", "eind 2018".
_PARTS_OF_TIME = frozenset(
    ["helft", "kwartaal", "kwartalen", "periode", "jaarhelft", "begin", "eind", "einde"]
)
_ORDINALS = frozenset(["eerste", "tweede", "derde", "vierde", "laatste"])
# Finite forms outside the closed list of ``_phrases.FINITE_VERBS``, and the endings of a finite
# verb or a weak participle ("klinkt", "verkochten", "waarschuwde", "hersteld")
_FINITE_FORMS = frozenset(["zou", "zouden", "kunt", "heb", "word", "wil", "wilt", "mag", "mogen"])
_VERB_ENDINGS = ("t", "d", "de", "te", "den", "ten")
_DAY_PARTS = ("", "avond", "ochtend", "middag", "nacht", "morgen")
_DEICTIC_DAYS = frozenset([
    "vandaag", "gisteren", "eergisteren", "morgen", "overmorgen", "vannacht", "vanavond", "vanochtend",
    "vanmorgen", "vanmiddag", "gisteravond", "gisterochtend", "gistermiddag", "gisternacht",
])
_TIME_ADJECTIVES = frozenset([
    "voorgaande", "afgelopen", "vorige", "laatste", "komende", "eerdere", "volgende",
])
_PAST_SUFFIXES = ("de", "te", "den", "ten")
_NUMBER_UNITS = frozenset(["procent", "procentpunt", "procentpunten", "%", "keer", "maal"])
_SUBJECT_DETERMINERS = frozenset(["de", "het", "een", "dit", "deze", "dat", "die"])
# Prepositions that open an adverbial (of time, cause, source) rather than a noun phrase.
_ADVERBIAL_PREPOSITIONS = frozenset([
    "tijdens", "sinds", "na", "door", "volgens", "vanwege", "dankzij", "ondanks", "tot", "vanaf",
    "gedurende", "sedert", "vóór", "rond", "omstreeks"
])
_WEAK_PARTICIPLE = re.compile(r"(?:toe|af|op|terug|uit|aan|in|mee|over|door|voor|om)?ge[a-zà-ÿ]{2,}[dt]")
_SUPERLATIVES = frozenset(["meest", "minst"])  # "de waardering |het meest|"
# Adverbs of degree and assertion before a predicate adjective: "de rente |nog heel lang| laag".
DEGREE_ADVERBS = frozenset([
    "nog", "heel", "zeer", "erg", "vrij", "redelijk", "best", "tamelijk", "altijd", "inderdaad",
    "daadwerkelijk", "werkelijk", "echt", "voorheen", "doelbewust",
])
_DOUBLED_VOWEL = re.compile(r"(.*)([aeou])\2([^aeiou])")  # "hoog" -> "hoger", "groot" -> "groter"
_SHORT_VOWEL_END = re.compile(r"(?<![aeiou])[aeiou][^aeiouwjy]")  # "snel" -> "sneller"


def _is_preposition(word: str) -> bool:
    low = word.lower()
    return low in _phrases.NP_PREPOSITIONS or low in _ADVERBIAL_PREPOSITIONS


def _is_verb(word: str) -> bool:
    """A finite verb or a participle ("gevoed", "opgelicht", "voorkwamen", "overbleef"); a plural
    noun ("machtigingen" -> machtiging, "wapens" -> wapen) is none."""
    if not word:
        return False
    if word in _phrases.FINITE_VERBS or _text.is_verb_form(word) or _WEAK_PARTICIPLE.fullmatch(word):
        return True
    base = _cues.lemma(word)
    return base != word and base.endswith("en") and word != base + "s"


def _only_a_verb(name: str) -> bool:
    """A phenomenon that is one finite verb or participle ("klinkt", "verkochten", "zouden",
    "gehandhaafd", "vastgesteld"): the subject was not found. A stem or a strong participle can
    be a noun ("twijfel", "stress", "gewassen") and stays."""
    word = name.lower()
    if " " in word:
        return False
    if word in _phrases.FINITE_VERBS or word in _FINITE_FORMS:
        return True
    return word.endswith(_VERB_ENDINGS) and _text.is_verb_form(word)


def _opens_time(words: list[re.Match[str]], i: int) -> bool:
    """Word ``i`` opens an adverbial of time: "de komende jaren", "het afgelopen jaar", "dit jaar",
    "de tweede helft (van het jaar)", "de loop van (het voorjaar)"."""
    low = words[i].group(0).lower()
    if low not in _SUBJECT_DETERMINERS or i + 1 >= len(words):
        return False
    following = [w.group(0).lower() for w in words[i + 1 : i + 3]]
    units = lexicon.load().time_units
    part = following[0] == "loop" or following[0] in _PARTS_OF_TIME
    if part and following[1:] == ["van"]:
        return True  # "in de loop van het jaar", "aan het begin van het jaar"
    parts = units | _PARTS_OF_TIME
    before_unit = following[0] in _TIME_ADJECTIVES or _is_ordinal(following[0])
    # "de komende (jaren)" where the phrase ended, "de komende tijd", "de komende dertig (jaar)"
    last = following[-1]
    return following[0] in units or (before_unit and (
        len(following) == 1 or last in parts or last == "tijd" or _is_number(last)))


def _is_time_unit(word: str) -> bool:
    """A unit of time, also as the head of a compound ("maand", "schooljaar", "kalenderjaar")."""
    return word in lexicon.load().time_units or word.endswith(("jaar", "maand", "week"))


def _is_superlative(word: str) -> bool:
    """"meest", "minst", "sterkst" (of "sterker"), "hardst": the degree of a change, no noun."""
    return word in _SUPERLATIVES or (word.endswith("st") and _cues.is_comparative(word[:-2] + "er"))


@functools.lru_cache(maxsize=1 << 12)
def is_adjective(word: str) -> bool:
    """An adjective in its plain form, known by a comparative whose lemma it is ("hoog" of "hoger",
    "duur" of "duurder", "snel" of "sneller", "desastreus" of "desastreuzer"); a noun has none
    ("rente", "werk": "werker" is "werkster")."""
    if len(word) < 3 or not word.isalpha() or word.endswith(("e", "en")):
        return False
    forms = [word + "er"]
    if word.endswith("r"):
        forms.append(word + "der")
    if word.endswith(("s", "f")):
        forms.append(word[:-1] + ("zer" if word.endswith("s") else "ver"))  # "negatief" -> "negatiever"
    doubled = _DOUBLED_VOWEL.fullmatch(word)
    if doubled:
        forms.append(doubled.group(1) + doubled.group(2) + doubled.group(3) + "er")
    elif _SHORT_VOWEL_END.search(word[-2:]) and not _SHORT_VOWEL_END.search(word[-3:-1]):
        forms.append(word + word[-1] + "er")
    return any(_cues.lemma(form) == word for form in forms)


def _verb_with_object(words: list[re.Match[str]], i: int, low: str) -> bool:
    """Word ``i`` (``low`` in lower case) is a past tense with its object after it ("bereikte
    |het| hoogste niveau"); a noun of that shape ("de boete") has no determiner after it."""
    if not low.endswith(_PAST_SUFFIXES):
        return False  # most words: no past tense, nothing more to read
    word = words[i]
    if i + 1 < len(words):
        following = words[i + 1].group(0).lower()
    else:  # the phrase ends at the verb: read the word after it in the text
        after = _WORD.search(word.string, word.end(), word.end() + OBJECT_LOOKAHEAD)
        following = after.group(0).lower() if after else ""
    return following in _OBJECT_WORDS and _past_tense(low)


def _past_tense(word: str) -> bool:
    """A weak past tense ("realiseerden", "werkte"), not a participle used as an adjective
    ("georganiseerde") nor a verb of change; a noun of that shape ("boete") is told by the
    determiner that follows a verb."""
    if not word.endswith(_PAST_SUFFIXES) or word.startswith("ge") or _cues.is_change_word(word):
        return False
    base = _cues.lemma(word)
    return base != word and base.endswith("en")


def _no_phenomenon(name: str) -> bool:
    """A comparative alone ("sneller"), a word that only counts ("630 |gevallen|") or a time ("de
    voorgaande jaren") is no phenomenon."""
    words = name.lower().split()
    if len(words) == 1 and (_cues.is_comparative(words[0]) or words[0] in _NOT_ALONE):
        return True
    function_words = lexicon.load().function_words
    content = [w for w in words[:3] if w not in function_words]
    if content and content[0] in _day_words():
        return True  # "dinsdag opnieuw iemand aangehouden", "donderdag (verergerde)": a date
    times = _time_words()
    return bool(content) and any(w in times for w in content[:2]) and (
        content[0] in times or content[0] in _TIME_ADJECTIVES or _is_ordinal(content[0]))


@functools.cache
def _time_words() -> frozenset[str]:
    """Units and parts of time ("jaar", "kwartaal", "helft", "begin")."""
    return lexicon.load().time_units | _PARTS_OF_TIME


@functools.cache
def _day_words() -> frozenset[str]:
    """Days and months ("donderdag", "zaterdagavond", "gisteren", "juli"): a date, no phenomenon."""
    days = {day + part for day in months.WEEKDAYS for part in _DAY_PARTS}
    return frozenset(days | set(months.names()) | _DEICTIC_DAYS)


def _is_ordinal(word: str) -> bool:
    """"eerste", "tweede", "derde", "laatste": the part of a period ("de tweede helft")."""
    return word in _ORDINALS or (word.endswith(("de", "ste")) and word[:-2] in lexicon.load().number_words)


def _is_number(word: str) -> bool:
    """A number in digits or words ("40", "veertig"); not the article "een"."""
    low = word.lower()
    return word[:1].isdigit() or (low != "een" and low in lexicon.load().number_words)


# Singular measures (also in a compound: "totaalaantal") that may count a plural which is also a verb
# form ("het totaal aantal |vragen|"); a plural measure has its own verb ("de aantallen |liggen| hoger").
_COUNTING_MEASURES = ("aantal", "totaal", "percentage", "aandeel", "hoeveelheid")
# Plural auxiliaries and modals after a measure are verbs all the same ("het aantal |zal| …").
_AUXILIARY_PLURALS = frozenset([
    "hebben", "worden", "zijn", "waren", "blijven", "bleven", "werden", "zullen", "zouden", "kunnen",
    "konden", "moeten", "gaan", "gingen", "blijken", "lijken", "dreigen", "mogen",
])
_NEXT_WORD = re.compile(r"\s+([a-zà-ÿ]+)(?![\w-])")


def _with_counted_plural(text: str, span: _phrases.Span) -> _phrases.Span:
    """A measure whose phrase was cut before a plural that is also a verb form ("het totaal aantal
    |vragen| is gedaald", "het aantal |zorgen| groeit") takes that plural."""
    after = _NEXT_WORD.match(text, span.end)
    if after is None or after.group(1) not in lexicon.load().common_verbs:
        return span
    low = after.group(1)
    if not low.endswith("en") or low in _AUXILIARY_PLURALS:
        return span
    return _phrases.Span(span.start, after.end())


def _counted_plural(words: list[re.Match[str]], last: str) -> bool:
    """``last`` is a plural noun a measure counts ("aantal |vragen|"), not a verb after a measure
    used as subject ("het aantal |blijft|"): a form in -en of a lexical verb, right after the measure."""
    if not last.endswith("en") or last in _AUXILIARY_PLURALS:
        return False
    measure = words[-2].group(0).lower()
    return measure.endswith(_COUNTING_MEASURES) and last not in lexicon.load().function_words
