"""The subject a predicate of change is about (``trends``), in Dutch word order.

* the subject before the finite verb, up to an adverbial after a form of "zijn" ("Het aantal
  misdrijven |is tussen 2010 en 2021| licht gedaald");
* after the finite verb when the clause opens with a topic, a time or a fronted clause ("Sinds de
  pandemie is |het aandeel| gestegen", "Toen …, schoten |de aanvragen| omhoog"), or between the
  parts of a separable verb ("neemt |cybercrime| een vlucht");
* with its relative clause ("In vijf jaar is |het percentage mensen dat hulp biedt| gestegen"),
  before a relative clause or an insertion ("|Het aantal verklaringen|, dat …, is gestegen", "Het
  aantal gevallen – hacking – steeg"), before an apposition of examples ("|Soft-skills|, zoals …,
  worden belangrijker");
* the antecedent of a relative pronoun ("kritiek, en |die| groeit"), also across an adverbial
  ("de bodemvruchtbaarheid die |in Zeeland| al jaren afneemt");
* the object of a verb of change used transitively ("De partij verdubbelt |het zetelaantal|",
  in ``_trend_objects``);
* shared by a predicate coordinated without a subject of its own ("De schulden daalden, maar |blijven| hoog").
* without a label, attribution, bracketed relative clause or comparison after it (``_trend_subject_edges``).
"""

from __future__ import annotations

import itertools
import re

from trendbeeld.extract import _cues, _phrases, _text, lexicon
from trendbeeld.extract._cues import Cue
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_objects import object_after_verb, object_before_verb
from trendbeeld.extract._trend_phenomena import (
    _ADVERBIAL_PREPOSITIONS,
    _SUBJECT_DETERMINERS,
    _WORD,
    _edge_words,
    _is_preposition,
    _is_pronoun,
    _phenomenon,
)
from trendbeeld.extract._trend_subject_edges import (
    CLOSING_PARTICLES,
    _is_insertion,
    apposition_count,
    bare_conjunction,
    before_brackets,
    in_adverbial,
    in_brackets,
    spoken_words,
    that_clause,
    words_after,
)
from trendbeeld.extract._trend_topics import opens_with_time
from trendbeeld.model import Change

_SUBORDINATORS = re.compile(
    r"\b(?:dat|die|waardoor|omdat|doordat|hoewel|terwijl|zodat|wanneer|waarbij|waarin|waarmee"
    r"|waarop|nadat|zodra|indien|tenzij|mits)\b",
    re.IGNORECASE,
)
# A relative pronoun that ends the text before a clause core: "…heid |die|", "incident, |dat|"
_RELATIVE_BEFORE = re.compile(r"(?:\b(?:die|welke)|,\s*dat)\s*\Z", re.IGNORECASE)
RELATIVE_LOOKBEHIND = 12  # characters read before a clause core for its relative pronoun
# A focus particle before the subject is no topic: "Ook de investeringen namen toe", "Zelfs het
# aantal pogingen daalde".
_FOCUS_SUBJECT = re.compile(
    r"\W*(?:ook|zelfs|vooral|juist|alleen|met\s+name|eveneens)\s+(?:de|het|een|deze|dit|hun|zijn|haar)\s",
    re.IGNORECASE,
)
# Examples after the subject: "Soft-skills, zoals plannen en samenwerken, worden belangrijker".
_APPOSITION = re.compile(r",\s*(?:zoals|waaronder|bijvoorbeeld|onder\s+andere|met\s+name)\s", re.IGNORECASE)
_INSERTION_END = re.compile(r"\s*[,–—-]?\s*\Z")  # the comma or dash before an inserted clause
APPOSITION_REACH = 300  # characters from the opening of the sentence to its finite verb
_RELATIVE_START = re.compile(r"\s(?:die|dat|wat|welke|waar|waarvan|waarin|waarbij|waarop|waarmee)\s", re.I)
_WORD_RE = re.compile(r"[^\W\d_]+")
RELATIVE_NEAR_START = 12  # a relative pronoun this close to the clause start refers back
_QUANTITY_WORDS = frozenset(["steeds", "meer", "vaker", "minder"])
# A past participle, perhaps after a separable particle ("gestegen", "toegenomen", "afgenomen").
_PARTICIPLE = re.compile(r"(?:toe|af|op|terug|uit|aan|in|mee|over|door)?ge[a-zà-ÿ]{3,}")
# Finite auxiliaries after which an adverbial opens before a participle or infinitive of change.
_BE_FORMS = frozenset([
    "is", "zijn", "was", "waren", "zal", "zullen", "zou", "zouden", "kan", "kunnen", "wordt", "worden",
    "werd", "werden", "heeft", "hebben", "had", "hadden",
])
_TIME_PREPOSITIONS = frozenset(["in", "tussen", "sinds", "vanaf", "na", "tot"])
_RELATIVE_PRONOUNS = frozenset(["die", "dat", "wat", "wie", "welke", "waar"])
# Words that open an adverbial right after "is/zijn" before a participle of change: "De criminaliteit
# is |de afgelopen vijf jaar| gedaald", "is |opnieuw| afgenomen", "is |fors| gestegen".
_ADVERBIAL_OPENERS = frozenset([
    "eind", "begin", "medio", "halverwege",
    "afgelopen", "opnieuw", "weer", "fors", "sterk", "flink", "licht", "iets", "enigszins", "verder",
    "aanzienlijk", "duidelijk", "nauwelijks", "nog", "steeds", "al", "ook", "vooral", "dit", "vorig",
    "vorige", "jaarlijks", "sindsdien", "inmiddels", "daarna", "recent", "recentelijk", "laatste",
    "voorbije", "komende",
])
_TIME_ARTICLES = frozenset(["de", "het"])
_ADVERBIAL_AFTER_BE = _ADVERBIAL_PREPOSITIONS | _TIME_PREPOSITIONS | _ADVERBIAL_OPENERS
# A preposition that opens a name: "Van de Beek", "Ter Horst", "Naar Amsterdam".
_NAME_OPENING = re.compile(r"[^\W\d_]+\s+(?:(?i:de|der|den|het|'t)\s+)?[A-ZÀ-Ý]")
# Adverbials of time and degree at the end of a subject after the finite verb.
_TRAILING_ADVERBIALS = re.compile(
    r"(?:\s+(?:(?:vorig|vorige|dit|deze|afgelopen|komend|komende)\s+(?:jaar|maand|week|kwartaal|zomer|winter)"
    r"|tegenwoordig|voorlopig|inmiddels|opnieuw|weer|fors|sterk|flink|licht|steeds|nog|ook|al))+\s*\Z",
    re.IGNORECASE,
)
# Separable particles that may close a clause after its subject: "komen er meer klachten |binnen|".
MAX_BULLET_GAP = 3  # characters before a clause's first word (a list mark, a quote)
# A time between the finite verb and the subject after it: "is |de afgelopen jaren| het aantal …",
# "nam |vorig jaar| de vraag toe".
_TIME_AFTER_VERB = re.compile(
    r"(?:(?:de|het|dit|deze|vorig|vorige|afgelopen|komend|komende)\s+)(?:(?:laatste|afgelopen|voorbije|"
    r"komende|vorige|afgelopen)\s+)?(?:\w+\s+)?(?:jaren|jaar|decennia|decennium|maanden|maand|weken|week"
    r"|periode|eeuw|kwartaal|halfjaar|zomer|winter)\s+(?=(?:de|het|een|dit|deze|hun|zijn|haar)\s)",
    re.IGNORECASE,
)


# A fronted adverbial clause before the finite verb of change: "Maar toen Wiebes … stopzette, |groeide|
# het onbehagen", "Sinds de plannen bekend zijn, |groeit| de groep".
_FRONTED_SUBCLAUSE = re.compile(
    r"\W*(?:(?:maar|en|want|ook)\s+)?(?:toen|sinds|nu|als|zodra|nadat|wanneer|voordat|zolang|naarmate"
    r"|omdat|doordat|terwijl|hoewel)\s[^,]+,\s*",
    re.IGNORECASE,
)
# A dummy "het" after the finite verb of a clause that opens with a topic: "Volgens kwekers |wordt
# het| steeds erger", "Voor Castricummers |wordt het| door al deze import steeds moeilijker".
_DUMMY_IT = re.compile(r"\b(?:wordt|werd|is|was|zal|zou|gaat|ging|kan|lijkt|blijkt|raakt)\s+(het)\s+", re.I)
_DUMMY_ADVERBS = frozenset([
    "steeds", "nog", "alleen", "wel", "ook", "almaar", "alsmaar", "al", "er", "dan",
    "daardoor", "hierdoor", "echter", "bovendien", "maar", "wellicht", "mogelijk", "veel",
])
# What a dummy "het" stands for, after the comparative: "erger |met de luizen|", "moeilijker |een
# woning te bemachtigen|".
_DUMMY_NAMED = re.compile(r"\s+(?:met\s+|om\s+)?(?=(?:[^\W\d_]+\s+){1,4}te\s+[^\W\d_]+en\b)|\s+met\s+")
# A subhead run on into the sentence without a full stop ends before a capital function word or adverb
# that opens the sentence: "Grijs en zwart |Intussen neemt| het aantal …", "… volle wegen - |Het|
# Nederlandse wagenpark groeide"; a name goes on ("minister De Jonge", "van De Telegraaf").
_RUN_IN = re.compile(r"[A-ZÀ-Ý](?<=[^\W\d_]\s[A-ZÀ-Ý]|[-–]\s[A-ZÀ-Ý])[a-zà-ÿ]*\s")
_PHRASE_DETERMINERS = _SUBJECT_DETERMINERS | {"hun", "zijn", "haar"}
FRONTED_SUBJECT_WORDS = 6  # words after the verb read for the subject after a fronted clause
_COMPARATIVE_FORM = re.compile(r"[a-zà-ÿ]{2,}[^aeiou\s]er")


def _comparative(cue: Cue) -> str | None:
    """The comparative adjective of a cue ("mondiger" in "steeds mondiger"), if any."""
    if cue.kind not in ("comp", "after"):
        return None
    lex = lexicon.load()
    for word in cue.text.lower().split():
        comparative = _COMPARATIVE_FORM.fullmatch(word) and word not in _QUANTITY_WORDS
        if comparative and word not in lex.not_comparatives:
            return word
    return None


def _clause_core(text: str, start: int, end: int) -> int:
    """Start of the innermost subordinate clause before ``end`` ("… zien dat |de kloof groeit"); a
    relative clause in brackets that closes before ``end`` is an insertion, no clause of its own
    ("De maximumstraf voor X (die nu … is) |gaat| omhoog")."""
    found = list(_SUBORDINATORS.finditer(text, start, end))
    if not found:
        return start
    if text.find(")", found[-1].end(), end) >= 0:
        found = [m for m in found if not in_brackets(text, start, m.start(), end)]
    return found[-1].end() if found else start


def _antecedent(text: str, clause: _phrases.Span, end: int) -> _phrases.Span | None:
    """The noun phrase a relative pronoun at ``end`` refers to ("kritiek, en |die groeit")."""
    return _phrases.strip_edges(text, _clause_core(text, clause.start, end), end)


def _subject(
    doc: Document, clause: _phrases.Span, cue: Cue, previous: _phrases.Span | None, limit: int
) -> _phrases.Span | None:
    """The phenomenon a predicate is about: the subject before it, else the words after it; a
    predicate coordinated without a subject of its own ("…, maar |blijven| hoog") shares the
    subject of the clause before."""
    spoken = spoken_words(doc.text, clause, cue)
    if spoken.start != clause.start:
        previous = None  # "Jansen: ,,|Dat| veranderde": the label is no antecedent
    clause, limit = spoken, min(limit, spoken.end)
    that = that_clause(doc.text, cue, limit, comparative=_comparative(cue) is not None)
    if (that := that or apposition_count(doc.text, clause, cue)) is not None:  # "4.200 |meldingen|, 8% meer"
        return that
    if previous is not None and bare_conjunction(doc.text, clause.start, cue.start):
        shared = _shared_subject(doc.text, previous)
        if shared is not None:
            return shared
    run_in = _run_in_opening(doc.text, clause.start, cue.start)
    if run_in is not None:
        clause, previous = _phrases.Span(run_in, clause.end), None
    fronted = _after_subclause(doc.text, clause, cue)
    return fronted if fronted is not None else _clause_subject(doc, clause, cue, previous, limit)


def _clause_subject(
    doc: Document, clause: _phrases.Span, cue: Cue, previous: _phrases.Span | None, limit: int
) -> _phrases.Span | None:
    """The subject before the predicate in its own clause, else the words after it."""
    text = doc.text
    core = _clause_core(text, clause.start, cue.start)
    subordinate = core != clause.start
    # "het verzuim, waarbij medewerkers … niet konden werken, |nam toe|": the verb after the comma
    # that closes a relative clause is the main clause's; its subject comes before that clause
    closed = subordinate and text[core : cue.start].rstrip().endswith(",")
    topic = _phrases.starts_with_topic(text, core, cue.start) or (
        cue.kind != "comp" and _opens_with_preposition(text, core, cue.start)
    )  # "Aan X heeft de consument |steeds minder| behoefte": the comparative names its own noun
    inverted = not subordinate and (topic or opens_with_time(text, core, cue.end))
    if inverted and _FOCUS_SUBJECT.match(text, core, cue.start):
        inverted = False  # "Ook |de investeringen| namen toe": a focus particle, then the subject
    if not subordinate and _after_fronted_clause(text, core, cue):
        inverted = True  # "Toen ze het toegaf, schoten |de aanvragen| omhoog"
    inner = (
        # "De partij verdubbelt |het zetelaantal|": what changes, not who changes it
        (None if subordinate else object_after_verb(text, cue, limit, inverted=inverted))
        or (_counted_after(text, cue, limit) if inverted else None)
        or (_dummy_subject(text, core, cue, limit) if inverted and cue.kind == "comp" else None)
        or _antecedent_of_adverbial(text, clause, cue, core, previous)
        # "Van 2018 tot 2021 is |het aandeel mensen| dat … ervaart, gestegen": a comma closes it
        or (_subject_with_relative_clause(text, clause.start, core, cue) if closed else None)
        or (_referred(text, clause, cue, core, previous) if closed else None)
        or _fronted_subject(text, clause, core, previous, changing=cue.direction is not Change.STABLE)
        or _subject_inside(text, clause, core, cue, inverted=inverted)
    )
    if inner is not None:
        return inner
    verb = before_brackets(text, core, cue.start)  # "De maximumstraf (die nu … is) |gaat| omhoog"
    before = _phrases.strip_edges(text, core, _before_finite_verb(text, core, verb))
    if before is not None and _is_pronoun(text, before):
        before = None
    if subordinate and before is not None:  # "waardoor de school |de resultaten| verbeterde"
        before = object_before_verb(text, cue, before) or before
    if before is None and cue.kind == "verb" and " " in cue.text.strip():
        before = _inner_subject(text, cue)  # "Zo gaat |de maximumstraf| omhoog"
        inverted = False
    after = words_after(text, cue.end, limit, phrase=True)  # not "meer |dan een jaar eerder|"
    adjacent = after is not None and not text[cue.end : after.start].strip()
    if cue.kind == "comp" and _comparative(cue) is None and adjacent and after is not None:
        return _counted_with_before(doc, before, after, inverted=inverted)
    if before is not None and not (inverted and cue.kind == "verb"):
        return before
    if before is None and subordinate:
        referred = _referred(text, clause, cue, core, previous)
        if referred is not None:
            return referred
    if after is None and _comparative(cue) is not None:
        return None
    return after or before or words_after(text, cue.end, clause.end, phrase=False)


def _dummy_subject(text: str, core: int, cue: Cue, limit: int) -> _phrases.Span | None:
    """What gets worse when the subject is a dummy "het" ("Volgens kwekers wordt het steeds erger
    |met de luizen|", "wordt het steeds moeilijker |een woning| te bemachtigen"); the "het" itself
    when the clause names nothing (its phenomenon is none: the statement is dropped, not given the
    topic "kwekers")."""
    if _comparative(cue) is None:
        return None
    dummies = list(_DUMMY_IT.finditer(text, core, cue.start))
    if not dummies:
        return None
    dummy = dummies[-1]
    rest = text[dummy.end() : cue.start].split()
    if rest and not (_is_preposition(rest[0]) or rest[0].lower() in _DUMMY_ADVERBS):
        return None  # "wordt het aantal …": an article
    named = _DUMMY_NAMED.match(text, cue.end, limit)
    phrase = _phrases.noun_phrase(text, named.end(), limit) if named is not None else None
    return phrase or _phrases.Span(dummy.start(1), dummy.end(1))


def _counted_with_before(
    doc: Document, before: _phrases.Span | None, after: _phrases.Span, *, inverted: bool
) -> _phrases.Span | None:
    """What a bare "meer"/"minder" counts, with the words before it when they name a noun of their
    own ("Er zijn vorig jaar |meer meldingen| gedaan": not "Er zijn vorig jaar"); a verb before it
    takes it as its object ("Breda schrijft |meer boetes|"), and a particle then is nothing
    ("(waarbij …) ebt steeds meer |weg|")."""
    text = doc.text
    verb_before = before is not None and _ends_with_verb(text, before)
    if verb_before and text[after.start : after.end].lower() in CLOSING_PARTICLES:
        return None
    if before is None or inverted or verb_before or in_adverbial(text, before.start):
        return after  # "Er werden |in de| gemeente drie keer zoveel |scooters| gestolen"
    if _phenomenon(doc, before) is None:
        return after
    return _phrases.Span(before.start, after.end)


def _run_in_opening(text: str, start: int, end: int) -> int | None:
    """Where the sentence opens after a subhead run on into it: at the last capital function word or
    adverb before ``end`` after a word and followed by a lower-case word ("zwart |Intussen| neemt"),
    or after a dash ("wegen - |Het| Nederlandse")."""
    found = None
    edges = _edge_words()[0]
    for m in _RUN_IN.finditer(text, start + 1, end):
        word = m.group(0).rstrip()
        if word.lower() in edges and (text[m.start() - 2] in "-–" or text[m.end() : m.end() + 1].islower()):
            found = m.start()
    return found


def _after_subclause(text: str, clause: _phrases.Span, cue: Cue) -> _phrases.Span | None:
    """"Maar toen Wiebes … stopzette, groeide bij Groningers |het onbehagen|": after a fronted
    adverbial clause the subject follows the finite verb, past an adverb or a prepositional phrase."""
    if cue.kind != "verb" or " " in cue.text.strip():
        return None
    if not text[max(clause.start, cue.start - 3) : cue.start].rstrip().endswith(","):
        return None
    if not _FRONTED_SUBCLAUSE.fullmatch(text, clause.start, cue.start):
        return None
    words = [t for t in _phrases.tokens(text, cue.end, clause.end) if t.group(0)[0].isalnum()]
    words = words[:FRONTED_SUBJECT_WORDS]
    for i, word in enumerate(words):
        low = word.group(0).lower()
        if low in _PHRASE_DETERMINERS and (i == 0 or not _is_preposition(words[i - 1].group(0))):
            return _phrases.noun_phrase(text, word.start(), clause.end)
    return None


def _ends_with_verb(text: str, phrase: _phrases.Span) -> bool:
    """A phrase whose last word is a finite verb after a content word ("Breda |schrijft|")."""
    words = text[phrase.start : phrase.end].split()
    return len(words) > 1 and _is_verb(words[-1].lower(), words[-2])


def _opens_with_preposition(text: str, start: int, end: int) -> bool:
    """A main clause that opens with a prepositional phrase has its subject after the finite verb
    ("Naar verwachting groeit |de economie|", "Naar schatting is |het aantal daklozen| gestegen")."""
    first = _WORD_RE.search(text, start, end)
    if first is None or first.start() - start >= MAX_BULLET_GAP or not _is_preposition(first.group(0)):
        return False
    return _NAME_OPENING.match(text, first.start(), end) is None  # not a name: "Van de Beek blijft"


def _counted_after(text: str, cue: Cue, limit: int) -> _phrases.Span | None:
    """What a bare "meer"/"minder" right before a noun phrase counts, in a clause whose subject
    follows the verb ("Dit jaar kwamen er bij de politie veel meer |klachten| binnen")."""
    if cue.kind != "comp" or _comparative(cue) is not None:
        return None
    counted = _phrases.noun_phrase(text, cue.end, limit)
    if counted is None or text[cue.end : counted.start].strip():
        return None
    return _without_verb_end(text, counted)


def _without_verb_end(text: str, phrase: _phrases.Span) -> _phrases.Span:
    """A noun phrase without the particle or verb forms that close its clause ("meer |klachten|
    binnen", "meer |Engels| gesproken")."""
    words = list(_WORD_RE.finditer(text, phrase.start, phrase.end))
    while len(words) > 1 and (
        words[-1].group(0).lower() in CLOSING_PARTICLES or _text.is_verb_form(words[-1].group(0).lower())
    ):
        words.pop()
    return _phrases.Span(phrase.start, words[-1].end()) if words else phrase


def _after_fronted_clause(text: str, core: int, cue: Cue) -> bool:
    """A separable verb of change right after a comma, with a noun phrase between its parts
    ("Toen ze het toegaf, |schoten de aanvragen| omhoog"): a fronted clause came first, and the
    subject follows the finite verb."""
    if cue.kind != "verb" or " " not in cue.text.strip() or not text[core : cue.start].rstrip().endswith(","):
        return False
    words = cue.text.lower().split()
    return len(words) > 2 and words[1] in _SUBJECT_DETERMINERS | {"haar", "hun", "zijn"}


def _antecedent_of_adverbial(
    text: str, clause: _phrases.Span, cue: Cue, core: int, previous: _phrases.Span | None
) -> _phrases.Span | None:
    """"de bodemvruchtbaarheid die |in Zeeland| al jaren afneemt": the relative pronoun is the
    subject, the prepositional phrase after it an adverbial; the phenomenon is the noun phrase
    the pronoun refers to."""
    if core == clause.start:
        return None
    before = _phrases.strip_edges(text, core, _before_finite_verb(text, core, cue.start))
    if before is None or not _adverbial_after_relative(text, core, before):
        return None
    referred = _referred(text, clause, cue, core, previous)
    return _last_noun_phrase(text, referred) if referred is not None else None


def _last_noun_phrase(text: str, phrase: _phrases.Span) -> _phrases.Span | None:
    """The noun phrase that ends ``phrase``, from its last determiner, with a complement
    ("Boeren beschermen zo |de bodemvruchtbaarheid|", "|de krimp van de bevolking|")."""
    words = [t for t in _phrases.tokens(text, phrase.start, phrase.end) if t.group(0)[0].isalnum()]
    determiners = [i for i, w in enumerate(words) if w.group(0).lower() in _SUBJECT_DETERMINERS]
    if not determiners:
        return phrase
    at = determiners[-1]
    for earlier in reversed(determiners[:-1]):
        if words[at - 1].group(0).lower() != "van" or earlier != at - 3:
            break
        at = earlier  # "de krimp |van| de bevolking"
    return _phrases.strip_edges(text, words[at].start(), phrase.end)


def _adverbial_after_relative(text: str, core: int, phrase: _phrases.Span) -> bool:
    """``phrase`` is the object of a preposition right after a relative pronoun ("die |in|
    Zeeland", ", dat |in| Nederland"), not the subject of the relative clause."""
    pronoun = _RELATIVE_BEFORE.search(text, max(0, core - RELATIVE_LOOKBEHIND), core)
    if pronoun is None or not text[phrase.start].isupper() or "," in text[core : phrase.end]:
        return False  # only a place or a name ("in Zeeland"), and the cue inside the relative clause
    if _SUBORDINATORS.search(text, max(0, pronoun.start() - RELATIVE_LOOKBEHIND), pronoun.start()):
        return False  # "zodat die …": a pronoun, no relative
    words = text[core : phrase.start].lower().split()
    return bool(words) and _is_preposition(words[0]) and all(
        _is_preposition(w) or w in _SUBJECT_DETERMINERS for w in words
    )


def _shared_subject(text: str, previous: _phrases.Span) -> _phrases.Span | None:
    """The subject of the clause ``previous``: the words before its first finite verb, when the
    clause opens with them ("|De schulden| zijn gedaald")."""
    if _phrases.starts_with_topic(text, previous.start, previous.end):
        return None
    words = [t for t in _phrases.tokens(text, previous.start, previous.end) if t.group(0)[0].isalnum()]
    befores = ["", *(w.group(0) for w in words)]
    verb = next(
        (t for t, before in zip(words, befores, strict=False) if _is_verb(t.group(0).lower(), before)), None
    )
    if verb is None:
        return None
    phrase = _phrases.strip_edges(text, previous.start, verb.start())
    return None if phrase is None or _is_pronoun(text, phrase) else phrase


def _is_verb(word: str, before: str) -> bool:
    """A finite verb, a verb of change, or another verb form by its lemma ("|bereikte| een
    recordhoogte"), not a noun after a preposition or a determiner ("van |huishoudens|")."""
    if word in _phrases.FINITE_VERBS or _cues.is_change_word(word):
        return True
    low = before.lower()
    return not (_is_preposition(low) or low in _SUBJECT_DETERMINERS) and _text.is_verb_form(word)


def _subject_inside(
    text: str, clause: _phrases.Span, core: int, cue: Cue, *, inverted: bool
) -> _phrases.Span | None:
    """A subject that stands between verbs: with its relative clause, between the parts of a
    separable verb, or after the finite verb of a clause that opens with a topic."""
    relative = _subject_with_relative_clause(text, clause.start, core, cue)
    if relative is not None or not inverted:
        return relative
    inner = _inner_subject(text, cue) if cue.kind == "verb" else None
    return inner if inner is not None else _subject_after_verb(text, core, cue.start)


def _fronted_subject(
    text: str, clause: _phrases.Span, core: int, previous: _phrases.Span | None, *, changing: bool = False
) -> _phrases.Span | None:
    """"Groepen die al kwetsbaar waren, |zijn| … kwetsbaarder geworden": a clause that opens with
    its finite verb has its subject before the comma, without the relative clause that follows it."""
    if previous is None or core != clause.start:
        return None
    first = next((t.group(0).lower() for t in _phrases.tokens(text, clause.start, clause.end)
                  if t.group(0)[0].isalnum()), None)
    if first is None or first in _RELATIVE_PRONOUNS:
        return None
    if first not in _phrases.FINITE_VERBS:
        # "Het aantal gevallen – hacking – |steeg|": a verb of change after an insertion
        inserted = changing and _cues.is_change_word(first) and _is_insertion(text, previous)
        return _before_apposition(text, previous.start, insertion=True) if inserted else None
    return _before_relative(text, clause, previous, changing=changing)


def _before_relative(
    text: str, clause: _phrases.Span, previous: _phrases.Span, *, changing: bool
) -> _phrases.Span | None:
    """The subject before the relative clause in ``previous``; when ``previous`` is itself the
    relative clause inserted after the subject of a change ("Het aantal verklaringen, |dat
    voorrang geeft|, is … gestegen"), the noun phrase before it (not of a state that lasts: there
    the subject is mostly a person, "De zanger, die …, is nuchter gebleven")."""
    relative = _RELATIVE_START.search(text, previous.start, previous.end)
    if relative is None:
        return _before_apposition(text, clause.start)
    if not text[previous.start : relative.start()].strip():
        return _before_apposition(text, previous.start, insertion=True) if changing else None
    focus = _FOCUS_SUBJECT.match(text, previous.start, relative.start())  # "Ook |het aantal …| dat …, is"
    if focus is None and _phrases.starts_with_topic(text, previous.start, relative.start()):
        return None
    return _phrases.strip_edges(text, previous.start, relative.start())


def _before_apposition(text: str, end: int, *, insertion: bool = False) -> _phrases.Span | None:
    """"|Soft-skills|, zoals plannen en samenwerken, worden belangrijker": the subject that opens
    the sentence before an apposition of examples; with ``insertion``, before the inserted clause
    that starts at ``end`` ("|Het aantal verklaringen|, dat …, is gestegen")."""
    window = max(0, end - APPOSITION_REACH)
    opening = max(text.rfind(mark, window, end) for mark in ".!?\n") + 1 or window
    marker = _INSERTION_END if insertion else _APPOSITION
    apposition = marker.search(text, opening, end)
    if apposition is None or _phrases.starts_with_topic(text, opening, apposition.start()):
        return None
    first_word = _WORD_RE.search(text, opening, end)
    if insertion and first_word is not None and _SUBORDINATORS.fullmatch(first_word.group(0)):
        return None  # "Als de ober, die …, …": a subordinate clause, no subject
    words = [t.group(0).lower() for t in _phrases.tokens(text, opening, apposition.start())]
    if any(w in _phrases.FINITE_VERBS or _cues.is_change_word(w) for w in words):
        return None  # a clause of its own, not a noun phrase
    return _phrases.strip_edges(text, opening, apposition.start())


def _before_finite_verb(text: str, start: int, end: int) -> int:
    """Where the subject before a predicate ends: at a form of "zijn" followed by an adverbial
    ("Het aantal misdrijven |is tussen 2010 en 2021 licht gedaald"); else ``end``. Another verb
    ("heeft de incidentie versneld", "zien straatcultuur verharden") has the phenomenon after it."""
    words = [t for t in _phrases.tokens(text, start, end) if t.group(0)[0].isalnum()]
    lowered = [t.group(0).lower() for t in words]
    for index in range(1, len(words) - 1):  # a word between two others: previous, word, following
        if lowered[index] not in _BE_FORMS or not _phrases.is_content(words[index - 1].group(0)):
            continue
        after = lowered[index + 1]
        opens_time = after in _TIME_ARTICLES and index + 2 < len(words) and (
            lowered[index + 2] in _ADVERBIAL_OPENERS
        )
        if after in _ADVERBIAL_AFTER_BE or opens_time:
            return words[index].start()
    return end


def _subject_after_verb(text: str, start: int, end: int) -> _phrases.Span | None:
    """In a clause that opens with a topic, the subject follows the finite verb:
    "Sinds de pandemie is |het aandeel| gestegen", "Tussen 2014 en 2019 bleef |dit percentage| stabiel".
    An adverbial right after the verb is skipped ("is tijdens de crisis |de onrust| toegenomen")."""
    words = [t for t in _phrases.tokens(text, start, end) if t.group(0)[0].isalnum()]
    if not words or words[0].group(0).lower() in _RELATIVE_PRONOUNS:
        return None  # "…, wat heeft geleid tot": the relative pronoun is the subject
    verb = next((i for i, t in enumerate(words) if t.group(0).lower() in _phrases.FINITE_VERBS), None)
    if verb is None or verb + 1 >= len(words) or _is_preposition(words[-1].group(0)):
        return None  # no verb, or the change is said of an object ("heeft geleid tot |minder| …")
    rest = words[verb + 1 :]
    time = _TIME_AFTER_VERB.match(text, rest[0].start(), end)
    if time is not None:  # "In Frankrijk is |de afgelopen jaren| het aantal … gedaald"
        return _phrases.strip_edges(text, time.end(), _before_adverbials(text, time.end(), end))
    if _is_preposition(rest[0].group(0)):
        nested = next(
            (t for prev, t in itertools.pairwise(rest)
             if t.group(0).lower() in _SUBJECT_DETERMINERS and _phrases.is_content(prev.group(0))
             and not _is_preposition(prev.group(0))),
            None,
        )
        if nested is None:
            return None
        return _phrases.strip_edges(text, nested.start(), _before_adverbials(text, nested.start(), end))
    return _phrases.strip_edges(text, rest[0].start(), _before_adverbials(text, rest[0].start(), end))


def _before_adverbials(text: str, start: int, end: int) -> int:
    """Where a subject after the finite verb ends before the adverbials that close it ("is |het aantal
    inbraken| vorig jaar gestegen", "blijft |de bussluis| voorlopig afgesloten")."""
    m = _TRAILING_ADVERBIALS.search(text, start, end)
    return m.start() if m is not None and m.start() > start else end


def _is_finite(word: str) -> bool:
    """A verb form of a relative clause ("biedt", "ervaart"), by the lists or by its lemma."""
    return word in lexicon.load().common_verbs or word in _phrases.FINITE_VERBS or _text.is_verb_form(word)


def _subject_with_relative_clause(text: str, start: int, core: int, cue: Cue) -> _phrases.Span | None:
    """"In vijf jaar is |het percentage mensen| dat hulp biedt aan naasten fors gestegen": the
    participle goes with the verb of the main clause, and "dat hulp biedt" (a closed relative
    clause, with its own verb) only describes the subject."""
    if core == start or not _PARTICIPLE.fullmatch(cue.text.lower()):
        return None
    pronoun = list(_SUBORDINATORS.finditer(text, start, core))[-1]
    if pronoun.group(0).lower() not in _RELATIVE_PRONOUNS:
        return None
    inner = list(_WORD.finditer(text, core, cue.start))
    verb = next((w for w in inner if _is_finite(w.group(0).lower().rstrip(","))), None)
    if verb is None or not (_phrases.starts_with_topic(text, start, pronoun.start())
                            or opens_with_time(text, start, pronoun.start())):
        return None
    subject = _subject_after_verb(text, start, pronoun.start())
    if subject is None:
        return None
    # The phenomenon keeps its relative clause, up to an adverbial of time or cause after it.
    end = next((w.start() for w in inner
                if w.start() > verb.start() and w.group(0).lower() in _ADVERBIAL_PREPOSITIONS), cue.start)
    return _phrases.strip_edges(text, subject.start, end) or subject


def _inner_subject(text: str, cue: Cue) -> _phrases.Span | None:
    """The subject between the parts of a separable verb ("neemt |cybercrime| een vlucht")."""
    words = list(_WORD.finditer(text, cue.start, cue.end))
    if len(words) < 2:
        return None
    return _phrases.strip_edges(text, words[0].end(), words[-1].start())


def _referred(
    text: str, clause: _phrases.Span, cue: Cue, core: int, previous: _phrases.Span | None
) -> _phrases.Span | None:
    """What a relative pronoun refers to: the words before it, or the previous clause."""
    relative = list(_SUBORDINATORS.finditer(text, clause.start, cue.start))[-1]
    antecedent = _antecedent(text, clause, relative.start())
    if antecedent is not None and relative.start() > clause.start:
        return antecedent
    if previous is not None and core - clause.start < RELATIVE_NEAR_START:
        return _antecedent(text, previous, previous.end)
    return None
