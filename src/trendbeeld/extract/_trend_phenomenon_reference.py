"""What a phenomenon refers to: a pointer back, or a bare noun completed (``_trend_phenomena`` reads it).

* pointers: a pronoun ("dit", "het") or a demonstrative with a general noun ("deze ontwikkeling",
  "die trend") is ``ANAPHOR``; with a measure ("dat aantal", "dit percentage") it keeps its position
  to find what the figure before counts;
* a bare measure takes the scope its sentence opens with ("In het uitgaansleven nam |het aantal| toe"
  -> "aantal in het uitgaansleven") or the noun it counts ("het aantal |opgehelderde misdrijven|");
* a bare head noun is the one compound said just before it ("woningtekort. (...) loopt |het tekort|
  op" -> woningtekort), the one of its own paragraph first, also a plural counted by "meer", "minder"
  or "aantal" ("jeugdbeschermingsmaatregelen. (...) Er werden minder |maatregelen| gestart"); never a
  name ("Zaanstad" for "de stad");
* a phrase inside the relative clause of a measure is the measure with its clause ("Het aantal
  mensen dat |thuis| werkt, is gestegen" -> "aantal mensen dat thuis werkt").
"""

from __future__ import annotations

import re

from trendbeeld.extract import _cues, _phrases
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomenon_words import _NUMBER_UNITS, _is_number, _is_time_unit, _is_verb

_PRONOUNS = frozenset([
    "het", "dit", "dat", "deze", "die", "ze", "zij", "hij", "we", "wij", "je", "jij", "men", "er",
    "wat", "alles",
])
# Pronominal adverbs: never a phenomenon ("waarvan 76% opgelopen").
_PRONOMINAL_ADVERBS = frozenset(["waarvan", "waarbij", "waarin", "waardoor", "waarmee", "hiervan", "daarvan"])
_POINTING_WORDS = _PRONOUNS | _PRONOMINAL_ADVERBS
# A phenomenon that only points back ("deze ontwikkeling", "die trend", "dit"): ``trends`` resolves
# it to the statement just before, or drops the statement.
ANAPHOR = "\x00anaphor"
_DEMONSTRATIVES = frozenset(["deze", "die", "dit", "dat", "zo'n", "zulke", "dergelijke", "soortgelijke"])
_GENERAL_NOUNS = frozenset([
    "trend", "trends", "ontwikkeling", "ontwikkelingen", "tendens", "tendensen", "tendenzen", "beweging",
    "bewegingen", "verschijnsel", "verschijnselen", "fenomeen", "fenomenen", "situatie", "patroon",
    "patronen", "verandering", "veranderingen", "stijging", "daling", "toename", "afname", "groei", "cijfers",
    "cijfer", "aantallen", "effect", "effecten", "proces", "processen", "niveau", "peil",
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
# What a bare measure counts after a participle or adjective: "het aantal |opgehelderde misdrijven|".
_COUNTED_NOUN = re.compile(r"\s+((?:[a-zà-ÿ]+e\s+){1,2}([a-zà-ÿ][a-zà-ÿ-]{2,}(?:en|s|'s)))\b")
_COUNTING_MEASURES = frozenset(["aantal", "aantallen", "percentage", "aandeel"])
# What a bare "het aantal" counts, said just before it: "aantal |gemeenten|", "35 |lichamen|",
# "minder |automobilisten|" (a plural noun; an adjective may stand before it).
_COUNTED_BEFORE = re.compile(
    r"(?i:\baantal|\d[\d.,]*|\bmeer|\bminder|\bzoveel)\s+(?:[a-zà-ÿ]+e\s+)?([a-zà-ÿ][a-zà-ÿ-]{2,}(?:en|s))\b"
)
COUNTED_REACH = 400  # characters read before a bare "het aantal" for what it counts
# A bare head noun names the compound said just before: "woningtekort. (...) loopt |het tekort| op".
COMPOUND_REACH = 600  # characters read before a bare head noun for its compound (a paragraph)
MIN_HEAD_LETTERS = 4  # a shorter head ("wet", "tol") is often a compound part by chance
MIN_MODIFIER_LETTERS = 3  # "zoogdieren", not "odieren"
_POINTING_DETERMINERS = frozenset(["de", "het", "die", "deze", "dit", "dat"])
# A plural counted by "meer"/"minder" or a measure names the compound said before it too:
# "jeugdbeschermingsmaatregelen. (…) Er werden minder |maatregelen| gestart", "het aantal |trajecten|".
_HEAD_OPENINGS = _POINTING_DETERMINERS | {"meer", "minder", "aantal"}
HEAD_OPENING_REACH = 8  # characters before a head noun read for the word that opens it
# A measure with a relative clause that ``start`` lies in: "het aantal mensen dat |vanuit Libië …|",
# "de groep jongeren die |…|"; no comma, bracket or second "dat"/"die" between the pronoun and ``start``.
_MEASURE_RELATIVE = re.compile(
    r"\b(?:het|de|een)\s+((?:[a-zà-ÿ][\w-]*\s+){0,2}?(?:aantal|aantallen|percentage|aandeel|groep|hoeveelheid)"
    r"(?:\s+[\w'-]+){0,3}?)\s+(?:die|dat)\s+(?:(?!\b(?:die|dat)\b)[^,;:()\"“”„])*\Z",
    re.IGNORECASE,
)
MEASURE_RELATIVE_REACH = 120  # characters read before a phrase for the measure and its relative pronoun
# Finite verbs that open the main clause after a relative clause's verbs ("dat thuis werkt |is| gestegen"):
# singular, like the measure they agree with (a plural "zijn", "gaan" may end the relative clause).
_MAIN_VERBS = frozenset([
    "is", "was", "wordt", "werd", "zal", "blijft", "bleef", "lijkt", "gaat", "kan", "heeft",
])
RELATIVE_VERB_REACH = 40  # characters read after the phrase for the verbs that end the relative clause
_SENTENCE_END = frozenset(".!?:\n")


def measure_relative(doc: Document, span: _phrases.Span) -> str | None:
    """A phrase inside the relative clause of a measure, before the verb of change of the main
    clause ("Het aantal mensen dat |thuis| werkt, is gestegen", "het aantal keren dat we |een ander
    voor lieten gaan| nam af"), is the measure with its clause up to the clause's verbs ("aantal
    mensen dat thuis werkt"); None when no such clause holds it, or a change is said inside the
    clause ("het aantal klanten dat |steeds meer diensten| afneemt": the change is the clause's)."""
    text = doc.text
    floor = max(doc.sentence_at(span.start).start, span.start - MEASURE_RELATIVE_REACH)
    m = _MEASURE_RELATIVE.search(text, floor, span.start)
    if m is None or any(_is_verb(w.lower()) for w in m.group(1).split()[1:]):
        return None
    if doc.cues_in(m.end(1), span.end):
        return None
    end = span.start
    verb_seen = False
    sentence_end = doc.sentence_at(span.start).end
    for tok in _phrases.tokens(text, span.start, sentence_end):
        low = tok.group(0).lower()
        beyond = tok.start() >= span.end
        if not low[0].isalnum() or (beyond and doc.cues_in(tok.start(), tok.end())):
            break  # "raakt|, de afgelopen jaren …|", the wording of change
        verb = _is_infinitive(low) or _is_verb(low)
        if verb_seen and (low in _MAIN_VERBS or (beyond and not verb)):
            break  # the main clause's verb ("werkt |is| gestegen"), a word after the clause's verbs
        if beyond and tok.start() > span.end + RELATIVE_VERB_REACH:
            break
        verb_seen = verb_seen or verb
        end = tok.end()
    if end == span.start:
        return None
    return _phrases.tidy(text[m.start(1) : end])


def _is_infinitive(word: str) -> bool:
    """An infinitive ("kopen", "gaan", "doen"), not a plural noun ("gemeenten" -> gemeente)."""
    return len(word) > 3 and word.endswith("n") and _cues.lemma(word) == word


def _is_pronoun(text: str, span: _phrases.Span) -> bool:
    return _POINTING_WORDS.issuperset(text[span.start : span.end].lower().split())


def _completed(doc: Document, start: int, name: str) -> str:
    """A bare measure with the scope its sentence opens with ("aantal in het uitgaansleven"), a bare
    head noun as the compound said before it ("het tekort" -> woningtekort), else ``name``."""
    if name.lower() in _BARE_MEASURES:
        scope = _fronted_scope(doc, start) or _counted_noun(doc.text, start + len(name), name)
        if scope is None and name.lower() in _COUNTING_MEASURES:
            scope = _counted_before(doc, start)
        return f"{name} {scope}" if scope else name
    if name.isalpha() and name.islower() and len(name) >= MIN_HEAD_LETTERS:
        return _compound_before(doc, start, name) or name
    measure, _, head = name.partition(" ")
    if measure in _COUNTING_MEASURES and head.isalpha() and head.islower() and len(head) >= MIN_HEAD_LETTERS:
        at = doc.text.find(head, start + len(measure))  # "het aantal |maatregelen|"
        compound = _compound_before(doc, at, head) if at >= 0 else None
        return f"{measure} {compound}" if compound else name
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


def _counted_before(doc: Document, start: int) -> str | None:
    """What a bare "het aantal" counts, said in its sentence or the one before: the noun of the
    last "aantal X" ("Het aantal gemeenten nam af. (...) is |het aantal| verminderd" -> gemeenten) or
    after the last number or "meer"/"minder"/"zoveel" ("al 35 lichamen; |aantal| kan nog verder
    oplopen", "zijn minder automobilisten op de bon geslingerd. |Het aantal| daalde"); never a unit,
    a time or a number word ("4,5 miljoen", "procent", "jaar")."""
    text = doc.text
    sentence = doc.sentence_at(start)
    opening = doc.sentence_at(max(0, sentence.start - 1)).start if sentence.start else sentence.start
    opening = max(opening, start - COUNTED_REACH)
    found: str | None = None
    for m in _COUNTED_BEFORE.finditer(text, opening, start):
        noun = m.group(1).lower()
        if _is_number(noun) or noun in _NUMBER_UNITS or _is_time_unit(noun) or _is_verb(noun):
            continue
        found = m.group(1)
    return found


def _compound_before(doc: Document, start: int, head: str) -> str | None:
    """The one compound with head noun ``head`` said before ``start`` ("woningtekort" for "het
    tekort", "AOW-leeftijd" for "die leeftijd") when a definite determiner opens the head; None
    when there is none, or more than one ("rugklachten" and "vermoeidheidsklachten"), or it is a
    name ("Zaanstad" for "de stad")."""
    text, lower = doc.text, doc.lower
    before = text[max(0, start - HEAD_OPENING_REACH) : start].split()
    if lower is None or not before or before[-1].lower() not in _HEAD_OPENINGS:
        return None
    found: set[str] = set()
    compound = ""
    floor = max(0, start - COMPOUND_REACH)
    # a blank line ("\n\n", or "\n " where the text was double spaced): the head's own paragraph first
    paragraph = max(text.rfind("\n\n", floor, start), text.rfind("\n ", floor, start))
    own = False
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
                if at < paragraph and len(found) == 1:
                    own = True  # "jeugdreclasseringsmaatregelen" in the paragraph, others before it
                    break
                found.add(word.lower())
                if not compound:  # "Woningtekort" opening a sentence -> woningtekort
                    compound = word if word.split("-", 1)[0].isupper() else word[0].lower() + word[1:]
        at = lower.rfind(head, floor, at)
    return compound if own or len(found) == 1 else None


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


def _points_back(text: str, start: int, span: _phrases.Span | None) -> bool:
    """"deze ontwikkeling", "die trend", "dit": a pointer to something said before."""
    head = text[span.start : span.end].lower().split() if span is not None else []
    if span is None or (len(head) == 1 and head[0] in _PRONOUNS):
        before = text[max(0, start - 14) : start].lower().split()
        return bool(before) and (before[-1] in _DEMONSTRATIVES or before[-1] in _PRONOUNS)
    nouns = [w for w in head if w not in _DEMONSTRATIVES]
    if len(nouns) != 1 or nouns[0] not in _GENERAL_NOUNS:
        return False  # most phrases: no general noun alone, the words before need no reading
    if head[0] in _DEMONSTRATIVES:
        return True
    before = text[max(0, start - 14) : start].lower().split()
    return bool(before) and before[-1] in _DEMONSTRATIVES


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
