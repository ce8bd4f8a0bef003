"""The phenomenon of a trend statement: the noun phrase a change is about.

Never a number phrase ("206 letselgevallen" -> letselgevallen), a time ("de voorgaande jaren"), a
comparative alone or a bare pointer: a demonstrative with a general noun ("deze ontwikkeling",
"die trend") or a pronoun is ``ANAPHOR``, which ``trends`` resolves to the statement before it or
drops. A bare measure ("het aantal") takes the scope its sentence opens with. Sentence adverbs
do not open it ("Voorlopig", "Waarschijnlijk"), adverbs of manner do not end it ("de druk |stevig|"),
and it ends before a finite modal it ran on into ("opbrengst |zal waarschijnlijk|") or starts after
one that only a topic precedes ("Waarschijnlijk zullen |de prijzen|"). What changes, not who sees or
has it ("ziet |de leerprestaties| niet verbeteren", "heeft steeds meer |last van agressie|"), nor the
noun of change ("de opmars van |smartphones|"); a bare head noun is the compound said just before
("het tekort" -> woningtekort); times, "voor het eerst" and superlatives end it ("reizigers |vorig
jaar|", "waardering |het meest|").

The word classes it cuts at (numbers, times, verbs) are in ``_trend_phenomenon_words``; pointers
and the completion of a bare noun in ``_trend_phenomenon_reference``.
"""

from __future__ import annotations

import functools
import re

from trendbeeld.extract import _cues, _phrases, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomenon_reference import (
    _DEMONSTRATIVES,
    _PRONOMINAL_ADVERBS,
    _PRONOUNS,
    ANAPHOR,
    MEASURE_RELATIVE_REACH,
    POINTED_MEASURES,
    _completed,
    _is_measure_pointer,
    _is_pronoun,
    _points_back,
    measure_relative,
)
from trendbeeld.extract._trend_phenomenon_words import (
    _ADVERBIAL_PREPOSITIONS,
    _COUNTING_MEASURES,
    _NUMBER_UNITS,
    _OBJECT_DETERMINERS,
    _OBJECT_WORDS,
    _PAST_SUFFIXES,
    _SUBJECT_DETERMINERS,
    _WORD,
    DEGREE_ADVERBS,
    _counted_plural,
    _is_number,
    _is_preposition,
    _is_superlative,
    _is_time_unit,
    _is_verb,
    _no_phenomenon,
    _only_a_verb,
    _opens_time,
    _past_tense,
    _verb_with_object,
    _with_counted_plural,
    is_adjective,
)

__all__ = [  # the names other modules import from here
    "ANAPHOR", "POINTED_MEASURES", "_ADVERBIAL_PREPOSITIONS", "_DEMONSTRATIVES", "_NUMBER_UNITS",
    "_OBJECT_DETERMINERS", "_PRONOUNS", "_SUBJECT_DETERMINERS", "_WORD", "_edge_words", "_is_number",
    "_is_preposition", "_is_pronoun", "_no_phenomenon", "_phenomenon",
]

TOPIC_LOOKBEHIND = 20  # characters read before a phenomenon for the preposition of a topic
# Pronominal adverbs and "(met) name" before a subject open no phenomenon: "waarvan |het aantal
# leerlingen|", "neemt hiermee |de genderkloof| af", "Met name |het aantal fraudegevallen|".
_OPENING_ADVERBS = _PRONOMINAL_ADVERBS | {"hiermee", "daarmee", "hierdoor", "daarbij", "hierbij", "name"}
MAX_PHENOMENON_WORDS = 30  # a phenomenon longer than this is cut
_NOTHING = frozenset(["niets", "niks", "weinig"])
# Adverbs that may stand between a verb and its subject ("daalde |wederom| het aantal").
_ADVERBS = frozenset(["wederom", "eveneens", "tevens", "nogmaals", "andermaal", "alweer", "verder"])
# Sentence adverbs that open no phenomenon ("|Voorlopig| blijft", "|Waarschijnlijk| zullen de prijzen").
_SENTENCE_ADVERBS = frozenset([
    "voorlopig", "vooralsnog", "bijvoorbeeld", "eindelijk", "zelden", "misschien", "waarschijnlijk",
    "wellicht", "inderdaad", "allang", "vervolgens", "traditioneel", "uiteindelijk", "intussen",
    "tegenwoordig", "momenteel", "langzaam", "langzamerhand", "geleidelijk",
    "zowel",  # the correlative before coordinated subjects: "|Zowel| het aantal gestarte als beëindigde X"
])
# Adverbs of manner and degree that end no phenomenon ("druk op de bondgenoten |stevig|", "bos
# |razendsnel|").
_MANNER_ADVERBS = frozenset([
    "stevig", "hard", "snel", "razendsnel", "overal", "drastisch", "fors", "flink", "sterk", "enorm",
    "explosief", "gestaag", "geleidelijk", "langzaam", "aanzienlijk", "behoorlijk", "duidelijk",
    "opvallend", "danig", "eerder", "waarschijnlijk", "daarom", "weer", "opnieuw", "alweer", "zelfs",
    "namelijk", "immers", "juist", "genoeg", "paradoxaal", "spectaculair", "relatief",
])
# Finite auxiliaries and modals a phenomenon ran on into: "opbrengst |zal waarschijnlijk|",
# "percentage |gaat de komende winter|"; after only adverbs they open it: "Waarschijnlijk |zullen|
# de prijzen".
_AUXILIARIES = frozenset([
    "zal", "zullen", "zou", "zouden", "kan", "kunnen", "kon", "konden", "moet", "moeten", "gaat", "gaan",
    "ging", "gingen", "blijkt", "lijkt", "dreigt", "dreigen",
])
# Finite forms of "zijn", "worden", "blijken" that end a subject or follow a fronted topic
_COPULAS = frozenset(["is", "was", "waren", "wordt", "worden", "werd", "werden", "bleek", "bleken"])
_DEFINITE = frozenset(["de", "het", "deze", "dit", "haar", "hun"])
# Verbs that link a subject to a predicate (and a reflexive): "steeds meer" after them is a degree
# ("raakt steeds meer verweven", "Jongeren zijn steeds minder vaak tevreden"), no object.
_LINKING = frozenset([
    "raakt", "raken", "raakte", "raakten", "wordt", "worden", "lijkt", "lijken", "blijft", "blijven",
    "zijn", "ben", "bent", "zich",
])
_CONJUNCTIONS = frozenset(["en", "maar", "of", "als", "wanneer", "omdat", "terwijl", "nu"])
_ABOUT = (["het", "om"], ["het", "over"])  # "(in 193 gevallen) ging het om": what it concerned
_RELATIVE_WORDS = frozenset(["die", "dat", "wat", "welke", "waar", "wie", "waarin", "waarbij", "waarvan"])
_TIME_ADVERBS = frozenset(["sindsdien", "inmiddels", "intussen", "daarna", "toen", "nu", "destijds"])
# Perception and causative verbs whose object is what changes: "ziet |de leerprestaties| niet verbeteren".
_OBJECT_VERBS = frozenset(["zie", "ziet", "zag", "zagen", "zien", "laat", "liet", "lieten"])
_INVERTED_PRONOUNS = frozenset(["je", "jij", "we", "wij", "ze", "zij", "men", "ik", "u", "hij"])
# "steeds meer" before a noun: the noun is what changes ("geven steeds minder |machtigingen| af").
_GRADUAL = frozenset(["steeds", "alsmaar", "almaar"])
_MORE_LESS = frozenset(["meer", "minder", "vaker"])
_OBJECT_CLAUSE_WORDS = _OBJECT_VERBS | _GRADUAL
# Separable particles and idiom nouns, no object: "ebt steeds meer weg", "vindt steeds vaker plaats".
_PARTICLES = frozenset([
    "weg", "af", "op", "toe", "uit", "aan", "in", "mee", "door", "terug", "over", "bij", "voort", "binnen",
    "ten", "plaats", "terrein",
])
# A noun compound that opens with a number is no number: "het aantal |60-plussers|".
_NUMBER_COMPOUND = re.compile(r"\d+-[a-zà-ÿ]{3,}")
# Nouns of change that open a phenomenon: what changes follows ("de opmars van |smartphones|").
_OF = frozenset(["van", "in"])
# A time without determiner ends a phenomenon: "Aantal reizigers |afgelopen maand|".
_BARE_TIME_ADJECTIVES = frozenset([
    "vorig", "vorige", "volgend", "volgende", "afgelopen", "komend", "komende", "voorbije",
])
_TIME_OPENERS = _BARE_TIME_ADJECTIVES | {"voor"}
_INNER_CAPITAL = re.compile(r"\s[A-Z]")  # a capital after white space: perhaps a sentence opening
SENTENCE_CUE_GAP = 20  # characters before a phenomenon read for the wording of change next to it
# "voor het eerst (sinds jaren)" ends a phenomenon: "daalt |het ziekteverzuim| voor het eerst"
_FIRST_TIME = ["voor", "het", "eerst"]
# An auxiliary that opens a phenomenon, and the words that open the clause after it ("lijkt alsof").
_OPENING_AUXILIARIES = frozenset(["zou", "zouden", "lijkt", "leek", "kan", "kon", "zal"])
_CLAUSE_OPENERS = frozenset(["of", "alsof", "dat"])
# Wording of change that opens a sentence and puts the finite verb before its subject ("Al jaren",
# "Steeds vaker", "Nooit eerder").
_FRONTED_CUE_KINDS = frozenset(["state", "comp"])
_PARTICIPLE = re.compile(r"(?:op|af|aan|uit|in|mee|door|terug|over|toe|weg|bij|vast|los)?ge\w+[dtn]$")
# A comparison ends a phenomenon: "mannen |ten opzichte| van", "|vergeleken met|", "|in vergelijking| met".
_COMPARING = {"ten": "opzichte", "vergeleken": "met", "in": "vergelijking"}
_OPENING_MARKS = " \t'\"‘’“”„,.-–—"
# A clause joined by "en" whose subject is the phenomenon: "eet en is |de energierekening|".
_CLAUSE_JOINERS = frozenset(["en", "maar"])
_SUBJECT_OPENERS = frozenset(["de", "het", "deze", "dit", "die", "dat", "zijn", "haar", "hun", "onze"])
_NEXT_CLAUSE_OPENERS = _SUBJECT_OPENERS | {"nu"}
_NOUN_SUFFIXES = ("ing", "ingen", "heid", "heden", "tie", "ties", "schap", "s")
# A relative clause cut before its verbs: "groep |die de aanpak te ver| (vindt gaan)".
_RELATIVE_PRONOUNS = frozenset(["die", "dat"])
RELATIVE_CLAUSE_WORDS = 8  # words read after the cut for the verbs that end the relative clause
RELATIVE_CLAUSE_REACH = 80  # characters read after the cut


# A subject found inside a relative clause without a comma: "Het |aantal jongeren| dat een baan zoekt
# is gestegen" gave "baan zoekt"; the antecedent opens the sentence after a determiner.
_ANTECEDENT = re.compile(
    r"[\W\d]*(?:de|het|een)\s+((?:[a-zà-ÿ][\w-]*\s+){0,4}?[a-zà-ÿ][\w-]*)\s+(?:die|dat)\s+"
    r"(?:(?:een|de|het|zijn|haar|hun|geen)\s+)?(?:[a-zà-ÿ][\w-]*\s+){0,2}",
    re.IGNORECASE,
)
RELATIVE_LOOKBEHIND = 60  # characters before a phenomenon read for " die "/" dat " of a relative clause


def _relative_antecedent(doc: Document, phrase: _phrases.Span) -> _phrases.Span:
    """A phenomenon that holds the finite verb of a relative clause the sentence opens with, without
    a comma ("Het aantal jongeren dat een |baan zoekt| is gestegen", "dat |slachtoffer wordt van
    cybercrime| neemt toe") is the clause's antecedent with the clause ("aantal jongeren dat een baan
    zoekt"); no verb may stand before "die"/"dat" ("De politie meldt dat …": a complementiser)."""
    text = doc.text
    window = text[max(0, phrase.start - RELATIVE_LOOKBEHIND) : phrase.start]
    if " dat " not in window and " die " not in window:  # most phrases: no relative pronoun before
        return phrase
    inner = text[phrase.start : phrase.end].lower().split()[1:]
    if not any(w in _phrases.FINITE_VERBS or _finite(w) for w in inner):
        return phrase  # the clause's verb is not in the phrase: perhaps the change itself ("dat X stijgt")
    sentence = doc.sentence_at(phrase.start)
    m = _ANTECEDENT.fullmatch(text, sentence.start, phrase.start)
    if m is None or any(_is_verb(w.lower()) for w in m.group(1).split()):
        return phrase
    return _phrases.Span(m.start(1), phrase.end)


def _phenomenon(doc: Document, phrase: _phrases.Span) -> str | None:
    """The noun phrase a change is about, never a number phrase or a bare pointer: leading
    numbers go ("206 letselgevallen"), the phrase ends at a number ("aantal |met 40 procent|");
    a demonstrative with a general noun
    ("deze ontwikkeling") is ``ANAPHOR``; a bare measure takes the scope the sentence opens with.
    None when nothing is left."""
    text = doc.text
    window = text[max(0, phrase.start - MEASURE_RELATIVE_REACH) : phrase.start]
    if " dat " in window or " die " in window:  # most phrases: no relative pronoun before
        measured = measure_relative(doc, phrase)
        if measured is not None:
            return measured
    phrase = _relative_antecedent(doc, phrase)
    words = [t for t in _phrases.tokens(text, phrase.start, phrase.end) if t.group(0)[0].isalnum()]
    words = words[:MAX_PHENOMENON_WORDS]
    lows = [w.group(0).lower() for w in words]
    while lows and (_is_number(lows[0]) or lows[0] in _NUMBER_UNITS):
        del words[0], lows[0]
    words = _one_sentence(doc, _before_number_or_time(words, lows))
    if not _OBJECT_CLAUSE_WORDS.isdisjoint(lows):
        words = _what_changes(words)
    leading, trailing = _edge_words()
    words = _clause_repaired(doc, _after_nothing(_without_leading(words, leading), leading), leading)
    low = [w.group(0).lower() for w in words]
    if not (_AUXILIARIES.isdisjoint(low) and _COPULAS.isdisjoint(low)):  # most phrases have neither
        words = _without_copula(_without_auxiliary(words, leading), leading)
    words = _without_trailing(words, trailing)
    if len(words) > 2 and not _RELATIVE_PRONOUNS.isdisjoint(low):  # most phrases have none
        words = _relative_clause_completed(doc, words, leading)
    if len(words) > 1 and _past_tense(words[0].group(0).lower()) and (
        words[1].group(0).lower() in _OBJECT_WORDS
    ):
        return None  # "(we) realiseerden een nieuwe infrastructuur": a verb and its object
    span = _phrases.Span(words[0].start(), words[-1].end()) if words else None
    if span is None or _is_pronoun(text, span):
        return ANAPHOR if _points_back(text, phrase.start, span) else None
    if _points_back(text, span.start, span):
        # "dat aantal", "dit percentage": the position goes along, to find what the figure before counts
        return f"{ANAPHOR}{span.start}" if _is_measure_pointer(text, span) else ANAPHOR
    if words[-1].group(0).lower().endswith(_COUNTING_MEASURES):
        span = _with_counted_plural(text, span)  # "het totaal aantal |vragen| is gedaald"
    name = _phrases.tidy(text[span.start : span.end])
    if _no_phenomenon(name) or _only_a_verb(name):
        return None
    return _completed(doc, span.start, name)


def _clause_repaired(
    doc: Document, words: list[re.Match[str]], leading: frozenset[str]
) -> list[re.Match[str]]:
    """The words of a phenomenon where its clause begins: after an opening auxiliary ("lijkt alsof
    |mensen|"; none left when only an adverbial follows a pointer: "Deze zou met name …"), a
    pronominal adverb ("waarvan |het aantal leerlingen|"), an inverted finite verb ("Al jaren kampt
    |de politie|"), a noun of change ("opmars van |smartphones|") or a whole clause and "en"."""
    if len(words) > 2 and words[0].group(0).lower() in _OPENING_AUXILIARIES:
        words = _after_opening_auxiliary(words, leading)
    if len(words) > 1 and words[0].group(0).lower() in _OPENING_ADVERBS:
        words = _without_leading(words[1:], leading)  # "waarvan |het aantal leerlingen|"
    if len(words) > 2 and words[0].group(0)[0].islower() and _inverted_verb(doc, words[0]):
        words = _after_inverted_verb(words, leading)
    if len(words) > 2 and words[1].group(0).lower() in _OF and _opens_with_change(doc, words[0]):
        words = _without_leading(words[2:], leading) or words  # "opmars van |smartphones|"
    if len(words) > 3 and not _CLAUSE_JOINERS.isdisjoint(w.group(0).lower() for w in words):
        words = _after_coordinated_clause(words, leading)
    return words


def _after_opening_auxiliary(words: list[re.Match[str]], leading: frozenset[str]) -> list[re.Match[str]]:
    """A phenomenon that opens with an auxiliary lost its subject before it: "(Het) lijkt (wel)
    alsof |mensen| (een steeds korter lontje krijgen)" takes the clause after "of"/"alsof"; "(Deze)
    zou met name door publiciteit …" has a pointer as subject (nothing left: ``ANAPHOR`` when the
    word before points back)."""
    lows = [w.group(0).lower() for w in words[:4]]
    at = next((i for i, w in enumerate(lows) if w in _CLAUSE_OPENERS), None)
    if at is not None:
        return _without_leading(words[at + 1 :], leading) or words
    if _is_preposition(lows[1]) or lows[1] in _OPENING_ADVERBS or lows[1] in _ADVERBS:
        return []  # "zou met name door publiciteit …": only an adverbial follows
    return words


def _inverted_verb(doc: Document, word: re.Match[str]) -> bool:
    """A finite verb that opens a phenomenon right after the wording of change that opens its
    sentence ("Al jaren |kampt| de politie met", "Nooit eerder |besloot| een burgemeester", "Steeds
    vaker |ontstaan| ongelukken"): no participle or adjective ("toenemende trek", "gedwongen
    opgenomen")."""
    low = word.group(0).lower()
    if low not in _phrases.FINITE_VERBS and (
        _PARTICIPLE.match(low) or low.endswith("e") or not _finite(low)
    ):
        return False
    sentence = doc.sentence_at(word.start())
    cues = doc.cues_in(sentence.start, word.start())
    if not cues or cues[-1].kind not in _FRONTED_CUE_KINDS or word.start() - cues[-1].end > 2:
        return False
    return not doc.text[sentence.start : cues[-1].start].strip(_OPENING_MARKS)


def _after_inverted_verb(words: list[re.Match[str]], leading: frozenset[str]) -> list[re.Match[str]]:
    """The subject after an inverted finite verb that a phenomenon opened with: "(Al jaren) kampt |de
    politie met een torenhoog ziekteverzuim|", "(Steeds vaker) ontstaan |ongelukken in het verkeer|",
    "(Steeds minder) klinkt |het Amsterdamse lied|". A pronoun after the verb is no subject to name
    ("werkt het door naar …") and the words stay."""
    if _is_preposition(words[1].group(0).lower()):
        return words  # "stonden |in Nederland| mensen terecht": an adverbial, the subject is further on
    rest = _without_leading(words[1:], leading)
    lows = [w.group(0).lower() for w in rest]
    if not lows or lows[0] in _INVERTED_PRONOUNS or lows[0] in _PRONOUNS or _is_number(lows[0]):
        return words
    if _is_verb(lows[0]):
        return words
    return rest


def _after_coordinated_clause(words: list[re.Match[str]], leading: frozenset[str]) -> list[re.Match[str]]:
    """A phenomenon that ran over a whole clause and "en" into the next one is that clause's
    subject: "(moet je) nadenken over wat je eet en is |de energierekening| (omhooggegaan)", "De
    economie bloeit en |de veiligheidssituatie| (is nog nooit zo goed)". Only when a finite verb
    stands before "en" and a determiner, a finite verb or "nu" after it; noun phrases joined by
    "en" ("de havens op het centrum en de Havendijk", "de Nederlandse en Duitse politie") have no
    finite verb before it and stay."""
    lows = [w.group(0).lower() for w in words]
    at = next((i for i in range(len(lows) - 2, 0, -1) if lows[i] in _CLAUSE_JOINERS), None)
    if at is None or not (lows[at + 1] in _NEXT_CLAUSE_OPENERS or lows[at + 1] in _phrases.FINITE_VERBS):
        return words
    if "tussen" in lows[:at] or not any(
        w in _phrases.FINITE_VERBS or (i and words[i].group(0)[0].islower() and _finite(w))
        for i, w in enumerate(lows[:at])
    ):
        return words  # "geweld tussen Israël en de Palestijnen": no verb before "en"
    rest = words[at + 1 :]
    if lows[at + 1] in _phrases.FINITE_VERBS or lows[at + 1] == "nu":
        rest = rest[1:]  # "en is |de energierekening|", "en nu zijn |de spanningen|"
        if rest and rest[0].group(0).lower() in _phrases.FINITE_VERBS:
            rest = rest[1:]
    if not rest or rest[0].group(0).lower() not in _SUBJECT_OPENERS:
        return words  # "en tijdens het onderzoek (groeiden …)": no subject follows
    return _without_leading(rest, leading) or words


def _finite(word: str) -> bool:
    """A finite verb form ("bloeit", "eet", "verloor"), not a nominalisation ("aansluiting") nor a
    plural in -s ("havens")."""
    return not word.endswith(_NOUN_SUFFIXES) and _is_verb(word) and not _is_infinitive(word)


def _relative_clause_completed(
    doc: Document, words: list[re.Match[str]], leading: frozenset[str]
) -> list[re.Match[str]]:
    """A phenomenon cut inside its relative clause, before the clause's verbs, takes them ("groeit |de
    groep die de aanpak te ver| vindt gaan" -> "groep die de aanpak te ver vindt gaan", "daalt |het
    aantal leerlingen dat binnen de gewenste tijd een diploma| haalt"); without a verb before the
    clause ends (a comma, a bracket, the sentence end or a few words on) the clause goes ("groep |die
    volgens|"). A complementiser after a verb ("meemaken dat", "betekent dat") opens no relative
    clause and stays."""
    lows = [w.group(0).lower() for w in words]
    at = next((i for i in range(len(lows) - 2, 0, -1) if lows[i] in _RELATIVE_PRONOUNS), None)
    if at is None or lows[at - 1] in leading or _is_verb(lows[at - 1]) or _is_number(lows[at - 1]):
        return words
    if lows[at] == "dat" and _is_infinitive(lows[at - 1]):
        return words  # "meemaken dat …": a complementiser
    if any(_is_verb(w) for w in lows[at + 1 :]) or _is_infinitive(lows[-1]):
        return words  # the clause has its verb ("spelers die hun contract |verlengen|")
    text = doc.text
    end = min(doc.sentence_at(words[-1].start()).end, words[-1].end() + RELATIVE_CLAUSE_REACH)
    added: list[re.Match[str]] = []
    verb_seen = False
    for tok in _phrases.tokens(text, words[-1].end(), end)[:RELATIVE_CLAUSE_WORDS]:
        word = tok.group(0)
        if not word[0].isalnum():
            break
        low = word.lower()
        verb = _is_verb(low) or _is_infinitive(low)  # "wil weren", "die … zoeken"
        if verb_seen and not verb:
            break
        verb_seen = verb_seen or verb
        added.append(tok)
    if verb_seen:
        return words + added
    return words[:at]


def _is_infinitive(word: str) -> bool:
    """An infinitive ("weren", "meemaken"), not a plural noun ("gemeenten" -> gemeente)."""
    return len(word) > 4 and word.endswith("en") and _cues.lemma(word) == word


def _before_number_or_time(words: list[re.Match[str]], lows: list[str]) -> list[re.Match[str]]:
    """``words`` up to a number, a time, a past tense with its object, "voor het eerst", a
    superlative or a comparison: "aantal |met 40 procent|", "werk |de komende jaren|", "aantal
    |bereikte het| hoogste", "reizigers |afgelopen maand|", "waardering |het meest|", "percentage
    mannen |ten opzichte van| 2021"."""
    numbers = lexicon.load().number_words
    for i in range(1, len(words)):
        low = lows[i]  # the tests are those of _is_number, _opens_time and _verb_with_object, inlined
        if (
            (low[:1].isdigit() and not _NUMBER_COMPOUND.match(low)) or (low != "een" and low in numbers)
            or (low in _SUBJECT_DETERMINERS and (
                _opens_time(words, i) or (i + 2 == len(lows) and _is_superlative(lows[i + 1]))))
            or (low.endswith(_PAST_SUFFIXES) and _verb_with_object(words, i, low))
            or (low in _TIME_OPENERS and (lows[i + 1 : i + 3] == _FIRST_TIME[1:] or (
                i + 1 < len(lows) and low != "voor" and _is_time_unit(lows[i + 1]))))
            or (low in _COMPARING and lows[i + 1 : i + 2] == [_COMPARING[low]])
        ):
            return words[:i]
    return words


def _without_trailing(words: list[re.Match[str]], trailing: frozenset[str]) -> list[re.Match[str]]:
    """Without function words, common verbs, times, adverbs of manner and comparatives at the end
    ("uitdagingen |sindsdien|", "druk |stevig|"); a plural that is also a verb form stays after a
    measure: it is what the measure counts ("het totaal aantal |vragen|", "het aantal |zorgen|")."""
    while len(words) > 1:
        last = words[-1].group(0).lower()
        if not (last in trailing or last in _TIME_ADVERBS or last in _MANNER_ADVERBS
                or _cues.is_comparative(last) or _predicate_word(words, trailing)):
            break
        if _counted_plural(words, last):
            return words
        words.pop()
    if words and words[-1].group(0).lower() in trailing:
        words.pop()
    return words


def _predicate_word(words: list[re.Match[str]], trailing: frozenset[str]) -> bool:
    """The last word is a predicate adjective or an adverb of degree after a noun or another such
    word ("de rente nog heel lang |laag| (blijft)", "elke inhaalactie |kritisch| (wordt
    bestudeerd)"), not an adjective used as a noun after a determiner, an inflected adjective or a
    preposition ("de |politiek|", "Britse |politiek|", "mentale |druk|")."""
    word = words[-1].group(0)
    if not word.islower() or not (word in DEGREE_ADVERBS or is_adjective(word)):
        return False
    if words[0].group(0).lower() in POINTED_MEASURES:
        return False  # "aandeel Nederlanders |negatief|": the adjective names whom the share counts
    before = words[-2].group(0).lower()
    if before in DEGREE_ADVERBS:
        return True
    return not (before in trailing or before.endswith("e") or _is_preposition(before))


def _one_sentence(doc: Document, words: list[re.Match[str]]) -> list[re.Match[str]]:
    """A heading or a dateline run on into the sentence without a full stop ends at the capital that
    opens the sentence: "|Kamerzetels| En de populariteit van FvD groeit" keeps what is next to the
    wording of change ("de populariteit van FvD"), as does "Dalende |leerlingenaantallen| Het
    bestuur"; "BREDA - Het aantal woninginbraken" drops the dateline. A name ("minister De
    Jonge") is no sentence opening."""
    if len(words) < 3 or not _INNER_CAPITAL.search(doc.text, words[1].start() - 1, words[-2].end()):
        return words  # most phrases: no capital inside
    lex = lexicon.load()
    at = next((i for i in range(1, len(words) - 1) if words[i].group(0)[0].isupper()
               and words[i].group(0).lower() in lex.function_words and words[i + 1].group(0)[0].islower()),
              None)
    if at is None or (words[at + 1].group(0) in lex.name_particles  # "archeoloog Van den Brenk"
                      and at + 2 < len(words) and words[at + 2].group(0)[0].isupper()):
        return words
    start = words[0].start()
    if any(c.end >= start - 1 for c in doc.cues_in(start - SENTENCE_CUE_GAP, start)):
        return words[:at]  # "Dalende |leerlingenaantallen|"
    return words[at:]


def _opens_with_change(doc: Document, word: re.Match[str]) -> bool:
    """``word`` is a noun of change ("opmars", "toename", "daling"), not a compound whose first part
    is what changes ("overlastgolf in Hatert")."""
    return any(c.kind == "noun" and c.end == word.end() for c in doc.cues_in(word.start(), word.end())) and (
        not _cues.is_compound_of_change(word.group(0).lower()))


def _what_changes(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The object of a perception or causative verb ("zagen huishoudens |de waarde van hun huizen|
    dalen") and the noun after "steeds meer" ("ziet steeds meer |mannen|") rather than the subject
    that sees, causes, has or gives it; "steeds meer" before a verb or in an adverbial ("op steeds
    meer manieren") changes nothing."""
    lows = [w.group(0).lower() for w in words]
    at = next((i for i, w in enumerate(lows) if w in _OBJECT_VERBS and words[i].group(0)[0].islower()), None)
    if at is not None and at + 1 < len(words) and _RELATIVE_WORDS.isdisjoint(lows[:at]):
        rest = words[at + 1 :]
        if lows[at + 1] in _INVERTED_PRONOUNS:
            rest = rest[1:]  # "zie je |een verplaatsing|"
        if rest and _GRADUAL.isdisjoint(lows[at + 1 :]):
            rest = _object_after_subject(rest)
        words = rest or words
        lows = [w.group(0).lower() for w in words]
    gradual = next((i for i, w in enumerate(lows[:-1]) if w in _GRADUAL and lows[i + 1] in _MORE_LESS), None)
    if gradual is None or (gradual and _is_preposition(lows[gradual - 1])):
        return words  # "(worden) op steeds meer verschillende manieren (ingezet)": an adverbial
    after = gradual + 2 + (lows[gradual + 2 : gradual + 3] == ["vaak"])  # "steeds minder vaak"
    while after < len(lows) and lows[after] in _OBJECT_DETERMINERS:
        after += 1
    if gradual and (lows[gradual - 1] in _COPULAS or lows[gradual - 1] in _LINKING):
        return words  # "Vertrouwen is steeds meer verweven": a predicate, no object
    if after < len(lows) and not _is_verb(lows[after]) and lows[after] not in _PARTICLES:
        return words[after:]  # "kinderrechters (geven) steeds minder |machtigingen|"
    return words  # "het wantrouwen (wordt) steeds meer gevoed": the verb names the change


def _object_after_subject(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """After an inverted verb, the object that follows its subject ("(zagen) huishoudens in de VS |de
    waarde van hun huizen|"); after a fronted adverbial, what follows it ("(lieten) in het lab
    |vaatcellen|")."""
    lows = [w.group(0).lower() for w in words]
    if _is_preposition(lows[0]):
        noun = next((i for i, w in enumerate(lows) if i and w not in _SUBJECT_DETERMINERS), len(lows))
        return words[noun + 1 :] or words
    at = next((i for i in range(1, len(lows)) if lows[i] in _DEFINITE
               and not _is_preposition(lows[i - 1]) and lows[i - 1] not in _CONJUNCTIONS), None)
    return words[at:] if at is not None else words


def _without_leading(words: list[re.Match[str]], leading: frozenset[str]) -> list[re.Match[str]]:
    for i, w in enumerate(words):
        if w.group(0).lower() not in leading:
            return words[i:]
    return []


def _without_auxiliary(words: list[re.Match[str]], leading: frozenset[str]) -> list[re.Match[str]]:
    """A phenomenon that ran on into a finite auxiliary or modal ends before it ("opbrengst |zal
    waarschijnlijk|"); one that only adverbs precede starts after it ("Waarschijnlijk zullen |de
    prijzen|"); after a conjunction the new clause's subject is the phenomenon ("gehaald en |het
    aantal| zal", "opgelucht en kan |de hoge opkomst|"). A relative clause keeps its verb ("groep die
    de aanpak te ver vindt")."""
    low = [w.group(0).lower() for w in words]
    if _AUXILIARIES.isdisjoint(low):
        return words  # most phrases: no auxiliary to read
    at = next((i for i, w in enumerate(low)
               if i and w in _AUXILIARIES and low[i + 1 : i + 3] not in _ABOUT), None)
    if at is None or _RELATIVE_WORDS & set(low[:at]):
        return words
    conjunction = max((i for i, w in enumerate(low[:at]) if w in _CONJUNCTIONS), default=None)
    if conjunction is not None and conjunction < at - 1:
        subject = _without_leading(words[conjunction + 1 : at], leading)  # "gehaald en |het aantal| zal"
        return subject or words
    new_clause = conjunction is not None  # "opgelucht en kan |de hoge opkomst|"
    if new_clause or all(w in leading for w in low[:at]) or _after_preposition(words[0]):
        return _without_leading(words[at + 1 :], leading)  # "(Met) het nieuwe systeem kunnen |pensioenen|"
    return words[:at]


def _without_copula(words: list[re.Match[str]], leading: frozenset[str]) -> list[re.Match[str]]:
    """A phenomenon that ran on into a finite form of "zijn", "worden" or "blijken" with a definite
    noun phrase after it: the clause opened with a topic and the subject follows ("door
    herindeling is |het aantal|", "Na jaren bleken |de problemen|"). Otherwise a subject before it
    ends there ("|het dodental van de aanslagen| is zondag (opgelopen)", "|de groei| wordt hooguit");
    after a preposition the words stay: what follows may be a predicate that names the phenomenon
    ("van de Nederlanders is slachtoffer van …"). A relative clause keeps its verb ("groep die veel
    vertrouwen heeft"); "zijn" may be a possessive and stays."""
    low = [w.group(0).lower() for w in words]
    if _COPULAS.isdisjoint(low):
        return words  # most phrases: no copula to read
    at = next((i for i, w in enumerate(low) if i and w in _COPULAS), None)
    if at is None or _RELATIVE_WORDS & set(low[:at]) or at + 1 >= len(low):
        return words
    if low[at + 1] in _DEFINITE and not _opens_time(words, at + 1):
        return _without_leading(words[at + 1 :], leading) or words
    if _after_preposition(words[0]) or _is_preposition(low[0]) or not _CONJUNCTIONS.isdisjoint(low[:at]):
        return words  # "van de Nederlanders is slachtoffer van …", "bereid … en in de praktijk wordt …"
    if any(_phrases.is_content(w.group(0)) for w in words[:at]) and not any(
        w.group(0)[0].islower() and _is_verb(w.group(0).lower()) for w in words[:at]
    ):
        return words[:at]  # "dodental van de aanslagen |is zondag|", "groei |wordt hooguit|"
    return words  # "Gemiddeld gezien worden (mantelzorgers)": a topic, the subject follows


def _after_preposition(word: re.Match[str]) -> bool:
    """``word`` follows a preposition: the words from it up to a verb are an adverbial topic."""
    before = word.string[max(0, word.start() - TOPIC_LOOKBEHIND) : word.start()].split()[-3:]
    while before and before[-1].lower() in _SUBJECT_DETERMINERS:
        before.pop()  # "Met |het| nieuwe systeem"
    return bool(before) and _is_preposition(before[-1])


def _after_nothing(words: list[re.Match[str]], leading: frozenset[str]) -> list[re.Match[str]]:
    """"(verandert er) niets wezenlijks aan |de dreiging|": what does not change follows."""
    if not words or words[0].group(0).lower() not in _NOTHING:
        return words
    at = next((i for i, w in enumerate(words[:4]) if _is_preposition(w.group(0))), None)
    return _without_leading(words[at + 1 :], leading) if at is not None else words


@functools.cache
def _edge_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words cut from the start and the end of a phenomenon."""
    lex = lexicon.load()
    return (
        lex.function_words | lex.topic_words | _ADVERBS | _SENTENCE_ADVERBS,
        lex.function_words | lex.common_verbs,
    )
