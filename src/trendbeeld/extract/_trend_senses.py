"""Words of change in another sense, or no statement of change (``_trend_filters`` asks them per cue).

* another sense: a wave of weather ("tijdens de hittegolf van vorig jaar": one event); one actor
  changing mind or sides ("het van gedachten veranderde CDA", "dat de VVD van standpunt
  veranderde") and a vague "iets" ("dat er wél iets verandert"); "constant" outside a predicate
  ("gooit constant met modder", "constante stress", "Constant Meijers"); the senses
  ``_trend_actual.other_sense`` knows ("een verhoogd trottoir"); one thing vanishing somewhere ("de
  winst die in haar zakken verdwijnt", "liet het wapen verdwijnen");
* no statement of change: an imperative or a first person, the bare stem of a verb of change
  ("versterk de veerkracht", "Vergroot emotioneel welzijn" opening a sentence); a transitive verb
  of change used as a noun ("het versnellen van hervormingen"), an activity (not after a noun of
  aim or a will: "Doel is het terugdringen van …" is a goal, a trend);
* another word: a capitalised verb form inside a sentence is a name ("uit Krimpen aan den
  IJssel"), a verb form after a determiner or a count a plural noun ("226 zakken met cocaïne"),
  "uitgebreid" before a noun "thorough" ("een uitgebreid onderzoek").
"""

from __future__ import annotations

import re

from trendbeeld.extract import _cues, _phrases, _trend_actual

# A wave of weather is one event, no surge of what it names: "tijdens de hittegolf van vorig jaar".
_WEATHER_WAVE = re.compile(r"(?:hitte|warmte|koude?|vorst|droogte)golf\w*")
# "constant" is stable only as a predicate ("is constant", "bleef constant", "constant gebleven");
# elsewhere it is "all the time" ("gooit constant met modder", "met constant druk verkeer"), an
# attribute of one person's life ("constante stress") or a first name ("Constant Meijers").
_CONSTANT_FORMS = frozenset(["constant", "constante"])
_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|zijn|was|waren|blijft|blijven|bleef|bleven|lijkt|bleek|blijkt|wordt|werd|houdt|hield|houden)"
    r"(?:\s+(?:vrijwel|nagenoeg|redelijk|vrij|min\s+of\s+meer|ongeveer|nog|al|steeds|ook|zo\s+goed\s+als))*\s+\Z",
    re.IGNORECASE,
)
# One actor changing sides or mind ("het van gedachten veranderde CDA", "dat de VVD van standpunt
# veranderde", "van geslacht verandert"), or a vague "iets" that changed ("dat er wél iets verandert",
# "merkten dat er iets veranderd was"): no change of a phenomenon.
_CHANGE_LEMMAS = frozenset(["veranderen", "wijzigen"])
_ACTOR_CHANGE_BEFORE = re.compile(
    r"\b(?:van\s+(?:gedachten|standpunt|standpunten|geslacht|baan|werkgever|club|ploeg|partij)"
    r"|iets)(?:\s+(?:is|was|zijn|waren|zal|zullen|wil|willen|doen|laten))?\s+\Z",
    re.IGNORECASE,
)
# "zich verdiepen in": studying something, no deepening ("zijn dochter zich verdiept in de insectenwereld").
_DELVE_FORMS = ("verdiep", "verdiept")
_SELF = re.compile(r"\bzich\b", re.IGNORECASE)
_SELF_END = re.compile(r"\bzich\s+(?:\w+\s+)?\Z", re.IGNORECASE)
_INTO = re.compile(r"\bin\s+(?!heel\b|(?-i:[A-Z]))", re.IGNORECASE)  # not a place: "in heel Europa"
_CLAUSE_END = re.compile(r"[.;:!?,\n]")
DELVE_REACH = 50  # characters after "verdiepen" read for "zich" and "in"
# "verdwijnen" into a place named right before it (verb-final: "in haar zakken verdwijnt") or made to
# vanish ("liet het wapen verdwijnen"): one thing out of sight (_vanishes_somewhere).
_VANISH_FORMS = ("verdw",)
# "in" is a direction only before a possessive ("in haar zakken"; "dat de vlinders in de provincie
# verdwenen" is where they vanished).
_POSSESSIVES = frozenset(["haar", "zijn", "hun", "mijn", "jouw", "onze", "uw"])
_INTO_PLACE = re.compile(
    rf"(?<![\w-])(?:(?:over|achter|tussen)\s+|in\s+(?=(?:{'|'.join(sorted(_POSSESSIVES))})\s))"
    r"(?P<words>(?!het\s+\Z)(?:[\w'-]+\s+){1,3})\Z",
    re.IGNORECASE,
)
_MADE_TO = re.compile(r"(?<![\w-])(?:liet|lieten|laat|laten)\s+(?:[\w'-]+\s+){1,4}\Z", re.IGNORECASE)
VANISH_REACH = 40  # characters before "verdwijnen" read for the place or "laten"
# A subordinate clause, whose verb comes last after the place ("die direct in haar zakken verdwijnt").
_SUBORDINATE = re.compile(
    r"(?<![\w-])(?:die|dat|toen|waardoor|waarna|omdat|nadat|terwijl|zodat|wanneer)\s", re.IGNORECASE
)
_STAYED_AFTER = re.compile(r"\s+(?:gebleven|blijven|blijft|bleef|bleven|gehouden)\b", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+aan\s+(?:de|den|het)\s+\w", re.IGNORECASE)  # "Krimpen aan den IJssel"
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD_BEFORE = re.compile(r"([\w']+)\s+\Z")
WORD_BEFORE_REACH = 24  # characters before a cue read for its determiner
# Words before an infinitive form that make it a plural noun ("de zakken", "226 zakken").
_NOUN_DETERMINERS = frozenset([
    "de", "deze", "zijn", "haar", "hun", "mijn", "onze", "jouw", "uw", "vele", "veel", "enkele",
    "twee", "drie", "vier", "vijf", "tien", "honderd", "honderden", "tientallen", "duizenden",
    "driehonderd", "met", "volle", "lege",
])
# "uitgebreid" before a noun or a participle is "thorough": "een uitgebreid onderzoek".
_ADJECTIVE_USE = re.compile(r"e?\s+(?!met\b|tot\b|naar\b|en\b|of\b|door\b|in\b)[^\W\d_]{3,}", re.IGNORECASE)
_NOMINAL_BEFORE = re.compile(r"(?:^|\W)(?:het|dit|dat)\s+\Z|^\W*\Z", re.IGNORECASE)
_VAN_AFTER = re.compile(r"\s+van\b", re.IGNORECASE)
# A noun of aim or a will before a nominalised verb of change: "Doel is het terugdringen van",
# "met als doel het vergroten van", "wil … besteden aan het terugdringen van".
_AIM_BEFORE = re.compile(
    r"\b(?:doel(?:stelling)?|bedoeld|stre(?:eft|ven|efde|efden)|wil|willen|wilde|wilden)\b", re.IGNORECASE
)
# Verbs of change that also take an object ("de Commissie versnelt de hervormingen"): as a noun
# ("het versnellen van") they name an aim or an activity.
_TRANSITIVE = frozenset([
    "versnellen", "verbeteren", "verergeren", "verharden", "verdubbelen", "verslechteren",
    "veranderen", "verminderen", "verlagen", "verhogen", "verkleinen", "vergroten", "versterken",
    "verzwakken", "verscherpen", "intensiveren", "uitbreiden", "beperken", "terugdringen",
    "verbreden", "verdiepen", "wijzigen", "aanscherpen", "opvoeren", "opschalen",
])


def _other_sense(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """A word of change in another sense: a wave of weather ("de hittegolf van vorig jaar": one
    event), one actor changing sides ("van standpunt veranderde") or a vague "iets" that changed,
    "constant" as "all the time" or a name ("gooit constant met modder", "Constant
    Meijers"); stable only as a predicate ("het aantal bleef constant", "is constant gebleven")."""
    if _WEATHER_WAVE.fullmatch(low) or _trend_actual.other_sense(text, cue, low):
        return True  # "tijdens de hittegolf", "een verhoogd trottoir", "als bewijs opgevoerd"
    if low.startswith(_DELVE_FORMS):
        return _studies(text, cue, opening)
    if " " not in low and _cues.lemma(low) in _CHANGE_LEMMAS:
        before_start = max(opening, cue.start - WORD_BEFORE_REACH * 2)
        return bool(_ACTOR_CHANGE_BEFORE.search(text, before_start, cue.start))
    if low not in _CONSTANT_FORMS:
        return False
    if text[cue.start].isupper() and text[max(opening, cue.start - 2) : cue.start].strip():
        return True  # a name inside a sentence
    before = _PREDICATE_BEFORE.search(text, max(opening, cue.start - WORD_BEFORE_REACH * 2), cue.start)
    return low == "constante" or not (before or _STAYED_AFTER.match(text, cue.end))


def _vanishes_somewhere(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"verdwijnen" as one thing moving out of sight: into a place named just before the verb of a
    subordinate clause ("de winst die direct |in haar zakken| verdwijnt", "toen haar hond |over de
    rand| verdween"), or made to vanish by someone ("liet het wapen verdwijnen"); not the place of a
    main clause's subject ("Het bos in de Amazone verdwijnt"), a name ("in Europa") or the noun
    ("over het verdwijnen van")."""
    if not low.startswith(_VANISH_FORMS) or _cues.lemma(low) != "verdwijnen":
        return False
    before = text[max(opening, cue.start - VANISH_REACH) : cue.start]
    if _MADE_TO.search(before):
        return True
    into = _INTO_PLACE.search(before)
    if into is None or _SUBORDINATE.search(text, opening, cue.start - len(before) + into.start()) is None:
        return False  # "Het bos in de Amazone verdwijnt": a main clause, the place is the subject's
    words = into.group("words").split()
    verbs = [w for w in words if w.lower() in _phrases.FINITE_VERBS and w.lower() not in _POSSESSIVES]
    return not (words[0][0].isupper() or verbs)  # not "in Europa", "onder beleggers |is| aan het"


def _studies(text: str, cue: _cues.Cue, opening: int) -> bool:
    """"zich verdiepen in" is studying something ("ziet dat zijn dochter zich verdiept in de
    insectenwereld", "verdiept Wilson Boldewijn zich in een aantal grote mysteries"), not a
    deepening ("de crisis verdiept zich")."""
    stop = _CLAUSE_END.search(text, cue.end, cue.end + DELVE_REACH)
    end = stop.start() if stop else min(len(text), cue.end + DELVE_REACH)
    before = text[max(opening, cue.start - WORD_BEFORE_REACH) : cue.start]
    reflexive = _SELF_END.search(before) is not None or _SELF.search(text, cue.end, end) is not None
    return reflexive and _INTO.search(text, cue.end, end) is not None


def _not_a_verb(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """A word of change that is another word here: a name inside a sentence ("uit |Krimpen| aan den
    IJssel"), a plural noun after a determiner or a number ("226 |zakken| met cocaïne", "zijn
    |zakken|"), "uitgebreid" as "thorough" before a noun or a participle ("een |uitgebreid|
    onderzoek", "werd |uitgebreid| geverifieerd")."""
    if " " in low:
        return False
    word = text[cue.start : cue.end]
    previous = text[max(opening, cue.start - WORD_BEFORE_REACH) : cue.start].rstrip()[-1:]
    inside = previous.isalpha() or previous == ","  # not after a quote mark, a dash or a colon
    named = word[:1].isupper() and word[1:].islower() and cue.kind in ("verb", "cause")
    if named and not low.endswith(("end", "ende")) and (inside or _PLACE_AFTER.match(text, cue.end)):
        return True
    # an infinitive, or a form whose lemma is a noun ("zakken" -> "zak"); not a participle
    verb_form = cue.kind in ("verb", "cause") and low.endswith("en")
    lemma = _cues.lemma(low) if verb_form else ""
    infinitive = verb_form and (lemma == low or not lemma.endswith("en"))
    before = _WORD_BEFORE.search(text, max(opening, cue.start - WORD_BEFORE_REACH), cue.start) if (
        infinitive) else None  # the word before is read only for an infinitive
    if before is not None:
        previous_word = before.group(1)
        count = previous_word.isdigit() and not _YEAR.fullmatch(previous_word)
        if count or previous_word.lower() in _NOUN_DETERMINERS:
            return True
    return low.startswith("uitgebreid") and bool(_ADJECTIVE_USE.match(text, cue.end))


def _stems(lemma: str) -> frozenset[str]:
    """The spellings the stem of an infinitive may take: "versterken" -> "versterk", "vergroten"
    -> "vergroot" (open syllable), "versnellen" -> "versnel", "verhogen" -> "verhoog"."""
    base = lemma.removesuffix("en")
    out = {base}
    if len(base) > 2 and base[-2] in "aeou" and base[-3] not in "aeiou":
        out.add(base[:-1] + base[-2] + base[-1])
    if len(base) > 1 and base[-1] == base[-2]:
        out.add(base[:-1])
    return frozenset(w[:-1] + {"v": "f", "z": "s"}[w[-1]] if w[-1:] in ("v", "z") else w for w in out)


def _imperative(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"versterk de veerkracht", "Vergroot emotioneel welzijn": the bare stem of a verb of change
    (an imperative or "ik"), or a stem ending in t/d that opens its sentence or list item."""
    if cue.kind not in ("verb", "cause") or " " in low or not low.isalpha():
        return False
    lemma = _cues.lemma(low)
    if lemma == low or low not in _stems(lemma):
        return False
    before = text[opening : cue.start]
    first = not before.strip(" \t\n•-–*·()\"'“‘0123456789.")
    after_comma = before.rstrip().endswith(",")
    if low.endswith(("t", "d")):  # also a third person ("vergroot het risico"): only as a capital opening
        return first and text[cue.start].isupper()
    return first or after_comma


def _goal(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"(het) versnellen van hervormingen": a transitive verb of change used as a noun; not
    after a noun of aim or a will ("Doel is het terugdringen van …", "wil … besteden aan het
    terugdringen van ondermijning"): a goal, which the conventions count as a trend."""
    if low not in _TRANSITIVE or not _VAN_AFTER.match(text, cue.end):
        return False
    if _AIM_BEFORE.search(text, opening, cue.start):
        return False
    return bool(_NOMINAL_BEFORE.search(text, max(0, cue.start - 8), cue.start)) or _after_preposition(
        text, cue.start
    )


def _after_preposition(text: str, pos: int) -> bool:
    words = text[max(0, pos - 20) : pos].split()
    return bool(words) and words[-1].lower() in _phrases.NP_PREPOSITIONS | {"over", "voor", "om", "het"}
