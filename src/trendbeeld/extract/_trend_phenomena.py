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
"""

from __future__ import annotations

import functools
import re

from trendbeeld import months
from trendbeeld.extract import _cues, _phrases, _text, lexicon
from trendbeeld.extract._document import Document

OBJECT_LOOKAHEAD = 12  # characters read after a phrase for the determiner of an object
TOPIC_LOOKBEHIND = 20  # characters read before a phenomenon for the preposition of a topic
_OBJECT_DETERMINERS = frozenset(["de", "het", "haar", "zijn", "hun", "onze", "ons", "hun", "deze", "dit"])
_OBJECT_WORDS = _OBJECT_DETERMINERS | {"een"}  # what opens the object after a verb
_PRONOUNS = frozenset([
    "het", "dit", "dat", "deze", "die", "ze", "zij", "hij", "we", "wij", "je", "jij", "men", "er",
    "wat", "alles",
])
# Pronominal adverbs: never a phenomenon ("waarvan 76% opgelopen").
_PRONOMINAL_ADVERBS = frozenset(["waarvan", "waarbij", "waarin", "waardoor", "waarmee", "hiervan", "daarvan"])
_POINTING_WORDS = _PRONOUNS | _PRONOMINAL_ADVERBS
# Pronominal adverbs and "(met) name" before a subject open no phenomenon: "waarvan |het aantal
# leerlingen|", "neemt hiermee |de genderkloof| af", "Met name |het aantal fraudegevallen|".
_OPENING_ADVERBS = _PRONOMINAL_ADVERBS | {"hiermee", "daarmee", "hierdoor", "daarbij", "hierbij", "name"}
_WORD = re.compile(r"\S+")
# A phenomenon that only points back ("deze ontwikkeling", "die trend", "dit"): ``trends`` resolves
# it to the statement just before, or drops the statement.
ANAPHOR = "\x00anaphor"
MAX_PHENOMENON_WORDS = 30  # a phenomenon longer than this is cut
_DEMONSTRATIVES = frozenset(["deze", "die", "dit", "dat", "zo'n", "zulke", "dergelijke", "soortgelijke"])
_GENERAL_NOUNS = frozenset([
    "trend", "trends", "ontwikkeling", "ontwikkelingen", "tendens", "tendensen", "tendenzen", "beweging",
    "bewegingen", "verschijnsel", "verschijnselen", "fenomeen", "fenomenen", "situatie", "patroon",
    "patronen", "verandering", "veranderingen", "stijging", "daling", "toename", "afname", "groei", "cijfers",
    "cijfer", "aantallen", "effect", "effecten", "proces", "processen",
    # a measure after a demonstrative ("dat aantal", "dit percentage") is what the figure before counts
    "aantal", "percentage", "percentages", "aandeel",
])
# Measures that a demonstrative points back with ("dat aantal", "dit percentage").
POINTED_MEASURES = frozenset(["aantal", "aantallen", "percentage", "percentages", "aandeel"])
# A measure without what it measures ("het aantal", "de cijfers") takes the scope the sentence
# opens with: "In het uitgaansleven nam |het aantal| toe" -> "aantal in het uitgaansleven".
_BARE_MEASURES = frozenset([
    "aantal", "aantallen", "cijfers", "aandeel", "percentage", "niveau", "omvang", "totaal", "score",
])
_FRONTED_SCOPE = re.compile(
    r"\W*(?:(?:ook|zelfs|vooral|juist|daarnaast|eveneens)\s+)?(in|bij|onder|op|binnen)\s+", re.IGNORECASE
)
# Words that only count ("in 630 gevallen", "drie keer"); alone, like a time ("toekomst") or "zo'n": none.
_COUNTING_WORDS = frozenset(["gevallen", "geval", "keer", "maal", "stuks", "exemplaren"])
_NOTHING = frozenset(["niets", "niks", "weinig"])
_NOT_ALONE = _COUNTING_WORDS | frozenset(["toekomst", "verleden", "heden", "zo'n", "circa", "pakweg"])
# Parts of a period: "in de tweede helft van het jaar", "in het laatste kwartaal", "eind 2018".
_PARTS_OF_TIME = frozenset(
    ["helft", "kwartaal", "kwartalen", "periode", "jaarhelft", "begin", "eind", "einde"]
)
_ORDINALS = frozenset(["eerste", "tweede", "derde", "vierde", "laatste"])
# Adverbs that may stand between a verb and its subject ("daalde |wederom| het aantal").
_ADVERBS = frozenset(["wederom", "eveneens", "tevens", "nogmaals", "andermaal", "alweer", "verder"])
# Sentence adverbs that open no phenomenon ("|Voorlopig| blijft", "|Waarschijnlijk| zullen de prijzen").
_SENTENCE_ADVERBS = frozenset([
    "voorlopig", "vooralsnog", "bijvoorbeeld", "eindelijk", "zelden", "misschien", "waarschijnlijk",
    "wellicht", "inderdaad", "allang", "vervolgens", "traditioneel", "uiteindelijk", "intussen",
    "tegenwoordig", "momenteel", "langzaam", "langzamerhand", "geleidelijk",
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
# Finite forms outside the closed list of ``_phrases.FINITE_VERBS``, and the endings of a finite
# verb or a weak participle ("klinkt", "verkochten", "waarschuwde", "hersteld")
_FINITE_FORMS = frozenset(["zou", "zouden", "kunt", "heb", "word", "wil", "wilt", "mag", "mogen"])
_VERB_ENDINGS = ("t", "d", "de", "te", "den", "ten")
_DAY_PARTS = ("", "avond", "ochtend", "middag", "nacht", "morgen")
_DEICTIC_DAYS = frozenset([
    "vandaag", "gisteren", "eergisteren", "morgen", "overmorgen", "vannacht", "vanavond", "vanochtend",
    "vanmorgen", "vanmiddag", "gisteravond", "gisterochtend", "gistermiddag", "gisternacht",
])
_CONJUNCTIONS = frozenset(["en", "maar", "of", "als", "wanneer", "omdat", "terwijl", "nu"])
_ABOUT = (["het", "om"], ["het", "over"])  # "(in 193 gevallen) ging het om": what it concerned
_RELATIVE_WORDS = frozenset(["die", "dat", "wat", "welke", "waar", "wie", "waarin", "waarbij", "waarvan"])
_TIME_ADJECTIVES = frozenset([
    "voorgaande", "afgelopen", "vorige", "laatste", "komende", "eerdere", "volgende",
])
_PAST_SUFFIXES = ("de", "te", "den", "ten")
_TIME_ADVERBS = frozenset(["sindsdien", "inmiddels", "intussen", "daarna", "toen", "nu", "destijds"])
_NUMBER_UNITS = frozenset(["procent", "procentpunt", "procentpunten", "%", "keer", "maal"])
_SUBJECT_DETERMINERS = frozenset(["de", "het", "een", "dit", "deze", "dat", "die"])
# Prepositions that open an adverbial (of time, cause, source) rather than a noun phrase.
_ADVERBIAL_PREPOSITIONS = frozenset([
    "tijdens", "sinds", "na", "door", "volgens", "vanwege", "dankzij", "ondanks", "tot", "vanaf",
    "gedurende", "sedert", "vóór", "rond", "omstreeks"
])
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
_WEAK_PARTICIPLE = re.compile(r"(?:toe|af|op|terug|uit|aan|in|mee|over|door|voor|om)?ge[a-zà-ÿ]{2,}[dt]")
# A noun compound that opens with a number is no number: "het aantal |60-plussers|".
_NUMBER_COMPOUND = re.compile(r"\d+-[a-zà-ÿ]{3,}")
# What a bare measure counts after a participle or adjective: "het aantal |opgehelderde misdrijven|".
_COUNTED_NOUN = re.compile(r"\s+((?:[a-zà-ÿ]+e\s+){1,2}([a-zà-ÿ][a-zà-ÿ-]{2,}(?:en|s|'s)))\b")
_COUNTING_MEASURES = frozenset(["aantal", "aantallen", "percentage", "aandeel"])
# Nouns of change that open a phenomenon: what changes follows ("de opmars van |smartphones|").
_OF = frozenset(["van", "in"])
# A bare head noun names the compound said just before: "woningtekort. (...) loopt |het tekort| op".
COMPOUND_REACH = 600  # characters read before a bare head noun for its compound (a paragraph)
MIN_HEAD_LETTERS = 4  # a shorter head ("wet", "tol") is often a compound part by chance
MIN_MODIFIER_LETTERS = 3  # "zoogdieren", not "odieren"
_POINTING_DETERMINERS = frozenset(["de", "het", "die", "deze", "dit", "dat"])
_SENTENCE_END = frozenset(".!?:\n")
# A time without determiner ends a phenomenon: "Aantal reizigers |afgelopen maand|".
_BARE_TIME_ADJECTIVES = frozenset([
    "vorig", "vorige", "volgend", "volgende", "afgelopen", "komend", "komende", "voorbije",
])
_TIME_OPENERS = _BARE_TIME_ADJECTIVES | {"voor"}
_SUPERLATIVES = frozenset(["meest", "minst"])  # "de waardering |het meest|"
_INNER_CAPITAL = re.compile(r"\s[A-Z]")  # a capital after white space: perhaps a sentence opening
SENTENCE_CUE_GAP = 20  # characters before a phenomenon read for the wording of change next to it
# "voor het eerst (sinds jaren)" ends a phenomenon: "daalt |het ziekteverzuim| voor het eerst"
_FIRST_TIME = ["voor", "het", "eerst"]


def _is_pronoun(text: str, span: _phrases.Span) -> bool:
    return all(w.lower() in _POINTING_WORDS for w in text[span.start : span.end].split())


def _is_preposition(word: str) -> bool:
    low = word.lower()
    return low in _phrases.NP_PREPOSITIONS or low in _ADVERBIAL_PREPOSITIONS


def _phenomenon(doc: Document, phrase: _phrases.Span) -> str | None:
    """The noun phrase a change is about, never a number phrase or a bare pointer: leading
    numbers go ("206 letselgevallen"), the phrase ends at a number ("aantal |met 40 procent|");
    a demonstrative with a general noun
    ("deze ontwikkeling") is ``ANAPHOR``; a bare measure takes the scope the sentence opens with.
    None when nothing is left."""
    text = doc.text
    words = [t for t in _phrases.tokens(text, phrase.start, phrase.end) if t.group(0)[0].isalnum()]
    words = words[:MAX_PHENOMENON_WORDS]
    lows = [w.group(0).lower() for w in words]
    while lows and (_is_number(lows[0]) or lows[0] in _NUMBER_UNITS):
        del words[0], lows[0]
    words = _one_sentence(doc, _before_number_or_time(words, lows))
    if not _OBJECT_CLAUSE_WORDS.isdisjoint(lows):
        words = _what_changes(words)
    leading, trailing = _edge_words()
    words = _after_nothing(_without_leading(words, leading), leading)
    if len(words) > 1 and words[0].group(0).lower() in _OPENING_ADVERBS:
        words = _without_leading(words[1:], leading)  # "waarvan |het aantal leerlingen|"
    if len(words) > 2 and words[1].group(0).lower() in _OF and _opens_with_change(doc, words[0]):
        words = _without_leading(words[2:], leading) or words  # "opmars van |smartphones|"
    words = _without_trailing(_without_copula(_without_auxiliary(words, leading), leading), trailing)
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
    name = _phrases.tidy(text[span.start : span.end])
    if _no_phenomenon(name) or _only_a_verb(name):
        return None
    return _completed(doc, span.start, name)


def _before_number_or_time(words: list[re.Match[str]], lows: list[str]) -> list[re.Match[str]]:
    """``words`` up to a number, a time, a past tense with its object, "voor het eerst" or a
    superlative: "aantal |met 40 procent|", "werk |de komende jaren|", "aantal |bereikte het|
    hoogste", "reizigers |afgelopen maand|", "waardering |het meest|"."""
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
        ):
            return words[:i]
    return words


def _without_trailing(words: list[re.Match[str]], trailing: frozenset[str]) -> list[re.Match[str]]:
    """Without function words, common verbs, times, adverbs of manner and comparatives at the end
    ("uitdagingen |sindsdien|", "druk |stevig|")."""
    while len(words) > 1:
        last = words[-1].group(0).lower()
        if not (last in trailing or last in _TIME_ADVERBS or last in _MANNER_ADVERBS
                or _cues.is_comparative(last)):
            break
        words.pop()
    if words and words[-1].group(0).lower() in trailing:
        words.pop()
    return words


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


def _completed(doc: Document, start: int, name: str) -> str:
    """A bare measure with the scope its sentence opens with ("aantal in het uitgaansleven"), a bare
    head noun as the compound said before it ("het tekort" -> woningtekort), else ``name``."""
    if name.lower() in _BARE_MEASURES:
        scope = _fronted_scope(doc, start) or _counted_noun(doc.text, start + len(name), name)
        return f"{name} {scope}" if scope else name
    if name.isalpha() and name.islower() and len(name) >= MIN_HEAD_LETTERS:
        return _compound_before(doc, start, name) or name
    return name


def _counted_noun(text: str, end: int, measure: str) -> str | None:
    """What a bare measure ending at ``end`` counts when the phrase was cut at a participle or an
    adjective ("aantal |opgehelderde misdrijven|"); a verb of change after the measure ("het aantal
    daalde tien procent") or a verb form as the noun is none."""
    if measure.lower() not in _COUNTING_MEASURES:
        return None
    m = _COUNTED_NOUN.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    if any(_cues.is_change_word(w) for w in words[:-1]) or _is_verb(m.group(2)) or _is_number(m.group(2)):
        return None
    return " ".join(words)


def _compound_before(doc: Document, start: int, head: str) -> str | None:
    """The one compound with head noun ``head`` said before ``start`` ("woningtekort" for "het
    tekort", "AOW-leeftijd" for "die leeftijd") when a definite determiner opens the head; None
    when there is none, or more than one ("rugklachten" and "vermoeidheidsklachten"), or it is a
    name ("Zaanstad" for "de stad")."""
    text, lower = doc.text, doc.lower
    before = text[max(0, start - 5) : start].split()
    if lower is None or not before or before[-1].lower() not in _POINTING_DETERMINERS:
        return None
    found: set[str] = set()
    compound = ""
    floor = max(0, start - COMPOUND_REACH)
    at = lower.rfind(head, floor, start)
    while at > floor:
        end = at + len(head)
        in_compound = lower[at - 1].isalpha() or lower[at - 1] == "-"
        if in_compound and (end >= len(text) or not text[end].isalpha()):
            opening = at - 1
            while opening > 0 and (text[opening - 1].isalpha() or text[opening - 1] == "-"):
                opening -= 1
            word = text[opening:end]
            if at - opening >= MIN_MODIFIER_LETTERS and not _is_name(text, opening, word):
                found.add(word.lower())
                if not compound:  # "Woningtekort" opening a sentence -> woningtekort
                    compound = word if word.split("-", 1)[0].isupper() else word[0].lower() + word[1:]
        at = lower.rfind(head, floor, at)
    return compound if len(found) == 1 else None


def _is_name(text: str, opening: int, word: str) -> bool:
    """A capitalised word inside a sentence ("Zaanstad", "Fath-moskee"), not one that opens a
    sentence or a title, nor an acronym before a hyphen ("AOW-leeftijd")."""
    if not word[0].isupper():
        return False
    prefix = word.split("-", 1)[0]
    if "-" in word and prefix.isupper():
        return False
    previous = text[:opening].rstrip()[-1:]
    return bool(previous) and previous not in _SENTENCE_END


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


def _without_leading(words: list[re.Match[str]], leading: frozenset[str]) -> list[re.Match[str]]:
    at = next((i for i, w in enumerate(words) if w.group(0).lower() not in leading), len(words))
    return words[at:]


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
    herindeling is |het aantal|", "Na jaren bleken |de problemen|"). Otherwise the words stay: what
    follows may be a predicate that names the phenomenon ("van de Nederlanders is slachtoffer van
    …"). A relative clause keeps its verb ("groep die veel vertrouwen heeft"); "zijn" may be a
    possessive and stays."""
    low = [w.group(0).lower() for w in words]
    if _COPULAS.isdisjoint(low):
        return words  # most phrases: no copula to read
    at = next((i for i, w in enumerate(low) if i and w in _COPULAS), None)
    if at is None or _RELATIVE_WORDS & set(low[:at]) or at + 1 >= len(low):
        return words
    if low[at + 1] in _DEFINITE and not _opens_time(words, at + 1):
        return _without_leading(words[at + 1 :], leading) or words
    return words


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
    content = [w for w in words[:3] if w not in lexicon.load().function_words]
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


def _points_back(text: str, start: int, span: _phrases.Span | None) -> bool:
    """"deze ontwikkeling", "die trend", "dit": a pointer to something said before."""
    before = text[max(0, start - 14) : start].lower().split()
    head = text[span.start : span.end].lower().split() if span is not None else []
    if span is None or (len(head) == 1 and head[0] in _PRONOUNS):
        return bool(before) and (before[-1] in _DEMONSTRATIVES or before[-1] in _PRONOUNS)
    demonstrative = (bool(before) and before[-1] in _DEMONSTRATIVES) or head[0] in _DEMONSTRATIVES
    nouns = [w for w in head if w not in _DEMONSTRATIVES]
    return demonstrative and len(nouns) == 1 and nouns[0] in _GENERAL_NOUNS


def _is_measure_pointer(text: str, span: _phrases.Span) -> bool:
    """"dat aantal", "dit percentage": a demonstrative and a bare measure."""
    return text[span.start : span.end].lower().split()[-1] in POINTED_MEASURES


def _fronted_scope(doc: Document, pos: int) -> str | None:
    """"in het uitgaansleven" when the sentence of ``pos`` opens with that phrase."""
    text = doc.text
    sentence = doc.sentence_at(pos)
    m = _FRONTED_SCOPE.match(text, sentence.start, pos)
    if m is None:
        return None
    end = pos
    for tok in _phrases.tokens(text, m.end(), pos):
        word = tok.group(0)
        if word in ",;:(" or word.lower() in _phrases.FINITE_VERBS or doc.cues_in(tok.start(), tok.end()):
            end = tok.start()
            break
    phrase = _phrases.strip_edges(text, m.end(), end, leading_topic=False)
    if phrase is None:
        return None
    return f"{m.group(1).lower()} {_phrases.tidy(text[m.end() : phrase.end])}"
