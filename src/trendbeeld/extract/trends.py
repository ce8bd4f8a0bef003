"""Trend statements (trenduitspraken): a phenomenon that increases, decreases, stays or shifts.

Per clause, wording of change is found (``_cues``: verbs of change by lemma with their
participles and separable parts, nouns, comparatives against an earlier time, states). An
adjective of change names the phenomenon after it ("toenemende mondigheid"), a noun of change
its complement ("een toename van het aantal protesten"), a causative verb its object
("versterkt de polarisatie", "waardoor de politie |haar slagkracht| vergrootte"); other verbs,
comparatives and states make one statement per clause or conjunct about its subject ("de kans
op een aanslag blijft aanzienlijk").

General rules decide what is no trend and what the change is about:

* negation makes a change stable ("nam niet af", "verandert er niets"); conditions ("wanneer",
  "zonder"), wishes and duties ("moet worden uitgebreid"), pleas and recommendations ("wordt
  gepleit voor"), possibilities ("zou kunnen toenemen", "kan worden verkleind") and bounds ("kan
  oplopen tot") are no trends; expectations ("zal toenemen") are;
* "blijven" is stable with a state ("blijft reëel"), takes the direction of a verb of change
  ("bleven oplopen") and is no trend with an activity ("blijft investeren");
* the phenomenon is a noun phrase (``_trend_phenomena``): never a number, a time or a
  comparative alone; a pointer ("deze ontwikkeling", "dit is 12% hoger", "de daling van de
  afgelopen jaren") is resolved to the statement or the figure just before, or the statement is
  dropped; a bare measure ("het aantal") takes the scope the sentence opens with;
* a change shown only by two numbers ("206 (2017: 183)", "tegenover 9.500 in 2017", "lag in 2018
  op 360 en in 2017 op 390", "… In 2017 waren dat er 214") is a statement whose direction comes
  from the values (``_trend_numbers``);
* shifts: "vroeger … nu", and "in plaats van" in a sentence that says a choice changed
  (``_trend_shifts``); a compound whose head names a surge ("geweldsgolf") is a rise;
* a nominalised verb takes its complement ("door het stijgen van de leeftijd"); becoming something
  new is a shift ("is een statussymbool geworden"); a rule in force ("blijft strafbaar"), a means
  ("met het verzwakken van") and a generic subject ("verzwak je") are no trends.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable

from trendbeeld.extract import (
    _cues,
    _phrases,
    _text,
    _trend_filters,
    _trend_model,
    _trend_more,
    _trend_policy,
    _trend_risks,
    _trend_shifts,
    lexicon,
)
from trendbeeld.extract._cues import Cue
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_now import statement as now_statement
from trendbeeld.extract._trend_numbers import (
    _function_words,
    _previous_subject,
    _with_comparisons,
)
from trendbeeld.extract._trend_phenomena import (
    _OBJECT_DETERMINERS,
    _PRONOUNS,
    _SUBJECT_DETERMINERS,
    _WORD,
    ANAPHOR,
    POINTED_MEASURES,
    POINTER_CHARS,
    _is_preposition,
    _is_pronoun,
    _no_phenomenon,
    _phenomenon,
    is_measure_pointer_at,
)
from trendbeeld.extract._trend_relative import counted_before, sized_statement
from trendbeeld.extract._trend_subjects import (
    _BE_FORMS,
    _PARTICIPLE,
    _SUBORDINATORS,
    _WORD_RE,
    _clause_core,
    _comparative,
    _fronted_subject,
    _inner_subject,
    _subject,
)
from trendbeeld.model import Change, TrendStatement

# "dat aantal loopt op |naar zeker 60 volwassenen|": the noun the pointed measure counts
_COUNTED_AFTER = re.compile(
    r"\b(?:naar|tot)\s+(?:(?:zeker|ruim|bijna|ongeveer|circa|zo'n|meer\s+dan|minder\s+dan)\s+)?"
    r"\d[\d.,]*\s+([a-zà-ÿ]{3,}(?:en|s))\b"
)
COUNTED_AFTER_REACH = 120  # characters after a pointed measure read for the noun it changes to
_NOT_COUNTED = frozenset(
    ["procent", "euro", "jaren", "maanden", "weken", "dagen", "uren", "miljoen", "miljard"]
)
# Nouns that only carry the direction; the phenomenon is their complement alone.
PURE_CHANGE_NOUNS = frozenset(
    [
        "toename", "toenames", "stijging", "stijgingen", "groei", "afname", "afnames", "daling",
        "dalingen", "krimp", "vermindering", "teruggang", "terugloop", "toevloed", "verhoging",
        "verhogingen", "verlaging", "verlagingen", "reductie", "terugval", "verdubbeling", "halvering",
    ]
)
# Nouns of a change of anything: alone, without a complement, they name no phenomenon ("een stap
# naar verbetering", "de politie krijgt versterking", "werkt niet mee aan uitbreiding"), unlike
# nouns of a change of something particular ("tot verharding en intimidatie", "opmars").
GENERIC_CHANGE_NOUNS = frozenset(
    [
        "verbetering", "verslechtering", "uitbreiding", "versterking", "vergroting", "verkleining",
        "verzwakking", "verhoging", "verlaging", "vermindering",
    ]
)
# Nouns that count or measure; what they count may follow an aside ("aantal, vaak jonge, daders").
QUANTITY_NOUNS = frozenset(["aantal", "deel", "aandeel", "groep", "hoeveelheid", "percentage"])
_ASIDE = re.compile(r"\s*,\s*[^,.;:\n]{1,40}?,\s*")
_COMPLEMENT = re.compile(
    r"\s*(?:(?:te\s+zien|zichtbaar|waarneembaar|opgetreden|merkbaar|plaats|plaatsvindt|plaatsgevonden|op"
    r"|is\s+geweest|was|geweest\s+is)\s+)?"
    r"(?:van|in|op|bij|onder|aan|rond|rondom|binnen|naar)\s+",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"(\w+)\s+\Z")
# "te stijgen", "het stijgen"; not the progressive "is aan het stijgen", a change going on
_INFINITIVE_MARK = re.compile(
    r"\b(?:(?:te|(?<!aan\s)het|om)|te\s+(?:laten|doen|helpen|zien))\s+\Z", re.IGNORECASE
)
_NOMINAL_AFTER = re.compile(r"\s+van\b", re.IGNORECASE)
_START_VALUE = re.compile(r"\s+van\s+(?:(?:ruim|bijna|circa|ongeveer|zo'n|gemiddeld)\s+)?\d", re.IGNORECASE)
_NOMINAL_ARTICLE = re.compile(r"(?<![\w-])(?:het|dit|dat)\s+\Z", re.IGNORECASE)
# "met het verzwakken van", "bij het stijgen van", "voor het vergroten van": a means, a condition
# or a goal, no change that happened.
_NOMINAL_NOT_ACTUAL = re.compile(r"(?<![\w-])(?:met|bij|zonder|voor|om|tot)\s+(?:het|dit|dat)\s+\Z", re.I)
# A generic subject ("verzwak je ook", "men verhoogt"): a general statement, no trend.
_GENERIC_AFTER = re.compile(r"\s+(?:je|jij|men)\b", re.IGNORECASE)
# A determiner, perhaps with an adverb of degree, before a participle: "de (sterk) gestegen prijzen".
_DETERMINER_BEFORE = re.compile(
    r"\b(?:de|het|een|deze|die|dit)\s+(?:(?:sterk|fors|flink|licht|iets|snel|aanzienlijk|enorm|explosief"
    r"|verder|gestaag|sterker)\s+)?\Z",
    re.IGNORECASE,
)
_ARTICLE_BEFORE = re.compile(r"\b(?:een|de|deze|die|dit|het)\s+(?:\w+\s+)?\Z", re.IGNORECASE)
_MORE_CONTEXT = re.compile(r"\b(?:er\s+is|is\s+er|er\s+zijn|zijn\s+er|ontstaat|ontstaan)\s+\Z", re.I)
_COORDINATION = re.compile(r"\s*(?:,|en|of)\s*\Z", re.IGNORECASE)
_INTENTION = re.compile(r"\b(?:moet|moeten|wil|willen|wilt|gaat|gaan)\b", re.IGNORECASE)
_NORMATIVE = re.compile(r"\b(?:nodig|noodzakelijk|belangrijk\s+om|van\s+belang|moet|moeten)\b", re.I)
# Rules, duties and competences that stay in force after "blijft": "blijft van toepassing", "blijft
# strafbaar", "blijft de officier bevoegd" — no trend.
_IN_FORCE = re.compile(
    r"\b(?:van\s+toepassing|van\s+kracht|gelden|bevoegd|verantwoordelijk|strafbaar|verplicht|toegestaan"
    r"|verboden|buiten\s+beschouwing)\b",
    re.I,
)
_TIME_THEN_OBJECT = re.compile(
    r"\s+(?:in|sinds|vanaf|tot)\s+(?:19|20)\d\d\s+(?=(?:de|het|haar|zijn|hun|onze|ons)\s)", re.IGNORECASE
)
OBJECT_REACH = 120
_HAVE = re.compile(r"\b(?:heeft|hebben|had|hadden)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:wordt|worden|werd|werden|is|zijn|was|waren)\b", re.IGNORECASE)
_MODAL = re.compile(
    r"\b(?:kan|kunnen|kon|konden|zal|zullen|zou|zouden|moet|moeten|mag|mogen|gaat|gaan)\b", re.IGNORECASE
)
_SUBORDINATORS_LOWER = re.compile(_SUBORDINATORS.pattern)  # the same for a lower-case copy of the text
# A pointer ("deze ontwikkeling", "die trend") is resolved to the statement before it within this
# many characters, else dropped.
ANAPHOR_REACH = 400
# "Hetzelfde geldt voor X": the change just said, of X ("dat geldt ook voor" often repeats a claim).
# A noun of change as a goal: "ter verbetering van", "gericht op versterking van", "werkte samen
# met het OM aan verbetering van".
_PURPOSE_BEFORE = re.compile(
    r"\b(?:ter|gericht\s+op|(?:werk|werkt|werkte|werkten|werken|gewerkt)\b[^.;:]{0,60}?\baan)\s+(?:de\s+|een\s+)?\Z",
    re.IGNORECASE,
)
_SAME_FOR = re.compile(
    r"\W*(?:hetzelfde|datzelfde|ditzelfde)\s+(?:geldt|gold)\s+(?:ook\s+|eveneens\s+)?voor\s+",
    re.IGNORECASE,
)
# "en" with a new subject (or "er") between two predicates of change: a new conjunct.
_NEW_CONJUNCT = re.compile(r"\ben\s+(?=(?:de|het|een|dit|deze|die|hun|zijn|haar|er)\s)", re.IGNORECASE)
# "blijven" with a particle is another verb ("blijven we het gemiddelde voor", "blijft weg").
_STAY_PARTICLE = re.compile(r"\s(?:voor|bij|weg|achter|uit|over)[\s.!?;:]*\Z", re.IGNORECASE)
# The same particle a few words on, before a comma or a conjunction that the clause ran past or
# was cut at ("bleef uit, zeker toen …", "bleven er maar vijf over", "blijft er weinig over en …")
_STAY_PARTICLE_AHEAD = re.compile(
    r"(?:[^\S\n]+[^\s,.;:!?]+){0,4}?[^\S\n]+(?:weg|uit|over)(?=[^\S\n]*(?:[,.;:!?]|\Z)|[^\S\n]+(?:en|maar|want)\b)",
    re.IGNORECASE,
)
_STAY_FORMS = frozenset(["blijft", "blijven", "bleef", "bleven", "gebleven"])
# A noun phrase with a determiner, then "en"/"of": a participle after it is a second attribute
# ("de hogere lonen en |toegenomen| werkgelegenheid").
_COORDINATED_ATTRIBUTE = re.compile(
    r"\b(?:de|het|een|deze|hun|zijn|haar)\s+(?:[^\W\d_]+\s+){1,3}(?:en|of)\s+\Z", re.IGNORECASE
)
COORDINATION_REACH = 40  # characters before a participle read for "de hogere lonen en"
MAX_BULLET = 2  # characters of a list mark
_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûü")
_PREDICATE_KINDS = frozenset(["verb", "state", "comp", "after"])
# A clause that opens with a relative pronoun about the clause before ("…, wat de druk vergrootte").
_RELATIVE_OPENING = re.compile(r"\W*(?:wat|hetgeen)\s+", re.IGNORECASE)
MIN_INFINITIVE = 5
# A condition, wish or particle is read at most this far from its cue within the clause, so a
# text without punctuation (one clause of 100 kB) stays linear.
CLAUSE_REACH = 400
# Verbs of posture after "blijven": a place kept ("bleef liggen"), unless a state comes before them
_POSTURE_VERBS = frozenset(["staan", "zitten", "liggen", "hangen"])
POSTURE_REACH = 6  # words after "blijven" read for a verb of posture
_LASTING_VERBS = frozenset(["bestaan", "voortbestaan", "staan", "liggen", "hangen", "duren", "voortduren"])
_NOW = re.compile(
    r"\b(?:nu|tegenwoordig|inmiddels)\s+(?:(?:ook|steeds|vooral|meer|vaker|vaak|juist|al)\s+)*"
    r"(?:(?:om|op|voor|met|naar)\s+)?",
    re.IGNORECASE,
)
_THEN_CHOICE = re.compile(r"\b(?:om|op|voor|naar)\s+", re.IGNORECASE)
_POINTERS = frozenset(["dit", "dat", "het", "deze", "die"])
# A clause that states a condition ("wanneer dat vertrouwen verdwijnt", "zonder handhaving
# vermindert", "als de druk toeneemt") describes no change that happened or is expected.
_CONDITION = re.compile(r"\W*(?:zonder|als(?!\s+gevolg)(?!\s+gezegd))\b", re.IGNORECASE)
_CONDITION_WORDS = frozenset(["wanneer", "indien", "mits", "zodra", "tenzij", "ingeval"])
# Wishes, duties and plans: "moet worden uitgebreid", "willen we vergroten", "dient te dalen".
# Pleas and recommendations ("wordt gepleit voor een uitbreiding", "beveelt een verhoging aan") and
# a mere possibility ("zou kunnen toenemen") are no change either.
_WISH = re.compile(
    r"\b(?:moet|moeten|moest|moesten|dient|dienen|diende|wil|willen|wilde|wilden|wens\w*|hoop\w*|"
    r"streeft|streven|streefden|beoogt|beogen|nodig|noodzakelijk|wenselijk|gewenst\w*"
    r"|pleit\w*|gepleit|bepleit\w*|beveelt|bevelen|aanbevol\w*|aanbeveling\w*|advise\w*|advies"
    r"|zou(?:den)?\s+kunnen)\b",
    re.IGNORECASE,
)
_WISH_LOWER = re.compile(_WISH.pattern)  # the same for a lower-case copy of the text
# "moet worden uitgebreid", "verkleind kan worden": a duty or a possibility, not a change
_WISH_PASSIVE = re.compile(
    r"\s+(?:(?:moet|moeten|dient|dienen|kan|kunnen|zou|zouden|mag|mogen)\s+(?:te\s+)?worden"
    r"|(?:zou|zouden)\s+zijn)\b",  # "verzwakt zouden zijn": a claim reported as possible
    re.IGNORECASE,
)
_OTHER_FINITE = frozenset([
    "is", "was", "waren", "wordt", "werd", "werden", "heeft", "had", "hadden", "blijft", "bleef", "bleven",
    "neemt", "nam", "gaat", "ging", "komt", "kwam", "staat", "ligt", "lijkt", "blijkt", "zal", "zullen",
])
_BOUND_MODAL = re.compile(r"\b(?:kan|kunnen|kon|konden|mag|mogen)\b", re.IGNORECASE)
_UP_TO = re.compile(r"\s+tot\b", re.IGNORECASE)
LEARNED_REACH = 8  # words of a sentence where a statement the model adds may find its phenomenon


def from_document(doc: Document) -> list[TrendStatement]:
    """Trend statements of a prepared document, in text order."""
    return statements(doc, None)


def statements(doc: Document, model: _trend_model.Model | None) -> list[TrendStatement]:
    """Trend statements of ``doc`` by the rules, checked by a learned ``model`` (None: the rules
    alone; ``bench/train_trend_model.py --lodo`` compares the two)."""
    out: list[TrendStatement] = []
    low = doc.lower
    if low is None:  # a letter whose lower case is longer stays as it is (offsets kept)
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in doc.text)
    for sentence in doc.sentences:
        before = len(out)
        if doc.cues_in(sentence.start, sentence.end):
            out += _sentence_statements(doc, sentence, out)
        else:
            same = _same_for(doc, sentence.start, sentence.end, out)
            if same is not None:
                out.append(same)
        if len(out) == before:  # "Dat is een stijging van 9 procent", "65 procent minder inbraken"
            relative = sized_statement(doc, sentence.start, sentence.end)
            out += [relative] if relative is not None else []
        if len(out) == before:  # "Het risico is dat …", "Of er een toename is, is onduidelijk"
            out += _trend_risks.statements(doc, sentence)
        if len(out) == before:  # "Voortaan valt …", "het zoveelste incident", "voor het eerst"
            out += _trend_policy.statements(doc, sentence)
        # "Er zijn vorig jaar meer X bijgekomen", "dat er door … minder X worden gevolgd"
        out += _trend_more.statements(doc, low, sentence.start, sentence.end, out[before:])
        if model is not None:
            _checked(doc, sentence, model, out, before)
    return _trend_filters.kept(doc, _with_comparisons(doc, out))


def _sentence_statements(
    doc: Document, sentence: _text.Sentence, earlier: list[TrendStatement]
) -> list[TrendStatement]:
    """The rules' statements of one sentence with wording of change (``earlier``: those before)."""
    text = doc.text
    out: list[TrendStatement] = []
    clauses = doc.clauses(sentence.start, sentence.end)
    for index, clause in enumerate(clauses):
        cues = [c for c in doc.cues_in(clause.start, clause.end) if _counts(text, c, clause, doc.lower)]
        previous = clauses[index - 1] if index else None
        for part, part_cues in _conjuncts(text, clause, cues):
            for statement in _clause_statements(doc, part, part_cues, previous):
                pointer = statement.phenomenon.startswith(ANAPHOR)
                resolved = _resolved(doc, statement, out or earlier) if pointer else statement
                if resolved is not None:
                    out.append(resolved)
    return out


def _checked(
    doc: Document, sentence: _text.Sentence, model: _trend_model.Model, out: list[TrendStatement], before: int
) -> None:
    """The learned model's say on one sentence: the rules' statements of a sentence it scores
    below ``model.gate`` go; a sentence it scores at least ``model.add``, where the rules found
    none, gets a statement of its own (``_learned_statement``)."""
    found = len(out) > before
    if (found and model.gate <= 0) or (not found and model.add > 1):
        return
    features = _trend_model.sentence_features(doc, sentence.start, sentence.end)
    probability = model.probability(features)
    if found and probability < model.gate:
        del out[before:]
    elif not found and probability >= model.add:
        added = _learned_statement(doc, sentence, model.direction(features), out)
        if added is not None:
            out.append(added)


def _learned_statement(
    doc: Document, sentence: _text.Sentence, direction: Change, out: list[TrendStatement]
) -> TrendStatement | None:
    """A statement for a sentence the model holds a trend where the rules found none: the first
    the rules make of one of its cues when nothing rules it out; else its first noun phrase that
    names a phenomenon, with the model's direction."""
    clauses = doc.clauses(sentence.start, sentence.end)
    for index, clause in enumerate(clauses):
        previous = clauses[index - 1] if index else None
        for cue in doc.cues_in(clause.start, clause.end):
            for statement in _clause_statements(doc, clause, [cue], previous):
                pointer = statement.phenomenon.startswith(ANAPHOR)
                resolved = _resolved(doc, statement, out) if pointer else statement
                if resolved is not None:
                    return resolved
    for word in itertools.islice(_WORD_RE.finditer(doc.text, sentence.start, sentence.end), LEARNED_REACH):
        phrase = _phrases.noun_phrase(doc.text, word.start(), sentence.end)
        name = _phenomenon(doc, phrase) if phrase is not None else None
        if phrase is not None and name and not name.startswith(ANAPHOR):
            return _statement(doc, sentence.start, sentence.end, phrase, direction, phenomenon=name)
    return None


def _conjuncts(text: str, clause: _phrases.Span, cues: list[Cue]) -> list[tuple[_phrases.Span, list[Cue]]]:
    """The clause cut where "en" brings a new subject between two predicates of change ("… niet
    is gedaald en |het vertrouwen| onveranderd hoog is"): each conjunct is its own statement."""
    parts: list[tuple[_phrases.Span, list[Cue]]] = []
    start, group = clause.start, list[Cue]()
    for cue in cues:
        conjunct = _NEW_CONJUNCT.search(text, group[-1].end, cue.start) if group else None
        if conjunct is not None and group[-1].kind in _PREDICATE_KINDS:
            parts.append((_phrases.Span(start, conjunct.start()), group))
            start, group = conjunct.start() + len("en "), list[Cue]()
        group.append(cue)
    parts.append((_phrases.Span(start, clause.end), group))
    return parts


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
        name = earlier[-1].phenomenon
    if not name:
        return measure
    return name if name.split()[0].lower() in POINTED_MEASURES else f"{measure} {name}"


def _resolved(
    doc: Document, statement: TrendStatement, earlier: list[TrendStatement]
) -> TrendStatement | None:
    """"versterkt deze ontwikkeling", "dit is hoger dan in 2017": the phenomenon of the statement
    just before, when it is near, else what the figure of the sentence before counts, else its
    subject; otherwise the
    statement is dropped (its phenomenon is unknown)."""
    at = statement.phenomenon.removeprefix(ANAPHOR)
    if at.isdigit() and is_measure_pointer_at(doc.text, int(at)):
        return dataclasses.replace(statement, phenomenon=_pointed_measure(doc, int(at), statement, earlier))
    if earlier and 0 <= statement.span.start - earlier[-1].span.end <= ANAPHOR_REACH:
        return dataclasses.replace(statement, phenomenon=earlier[-1].phenomenon)
    subject = (counted_before(doc, int(at)) or _previous_subject(doc, int(at))) if at.isdigit() else None
    return dataclasses.replace(statement, phenomenon=subject) if subject else None


def _counts(text: str, cue: Cue, clause: _phrases.Span, lower: str | None = None) -> bool:
    """False for wording that does not state a change here (purpose, norms, wishes, conditions,
    bounds, "onder meer"); ``lower`` is ``text`` in lower case (``Document.lower``) or None."""
    if _not_actual(text, cue, clause, lower):
        return False
    if cue.kind in ("verb", "cause") and cue.text.lower().endswith("en") and " " not in cue.text.strip():
        before = text[max(0, cue.start - 12) : cue.start]
        # "is gestegen van 27 naar 29", "geslonken van 29.000 tot": a start value, no noun
        nominal = _NOMINAL_AFTER.match(text, cue.end) and not _START_VALUE.match(text, cue.end)
        infinitive = _INFINITIVE_MARK.search(before) or nominal
        # "het stijgen van de leeftijd" is a noun; "het |toegenomen| toerisme" is a participle
        participle = _PARTICIPLE.fullmatch(cue.text.lower()) is not None
        if infinitive and not participle and not _nominalised(text, cue):
            return False
    normative = cue.direction is Change.STABLE or cue.kind == "more"
    near = (max(clause.start, cue.start - CLAUSE_REACH), min(clause.end, cue.end + CLAUSE_REACH))
    if normative and _NORMATIVE.search(text, *near):
        return False
    if cue.kind == "more":
        if not _MORE_CONTEXT.search(text, max(clause.start, cue.start - 12), cue.start):
            return False
        phrase = _phrases.noun_phrase(text, cue.end, clause.end)
        return phrase is not None and not text[cue.end : phrase.start].strip()
    return True


def _clause_statements(
    doc: Document, clause: _phrases.Span, cues: list[Cue], previous: _phrases.Span | None
) -> Iterable[TrendStatement]:
    text = doc.text
    predicate: list[Cue] = []
    # "steeds vaker X in plaats van Y", "vroeger X, nu steeds vaker Y": the shift is the statement,
    # not "steeds vaker"
    opening = doc.sentence_at(clause.start).start
    shifted = any(c.kind == "then" for c in doc.cues_in(opening, clause.start))
    for i, cue in enumerate(cues):
        if i and _COORDINATION.fullmatch(text, cues[i - 1].end, cue.start):
            continue  # "verdiept en verbreed", "stabiel of dalend": one statement
        limit = cues[i + 1].start if i + 1 < len(cues) else clause.end
        kind = _effective_kind(text, cue, clause)
        if kind in ("attr", "more"):
            attributed = _attribute_statement(doc, cue, limit)
            if attributed is not None:
                yield attributed
                continue
            predicate.append(cue)
        elif kind in ("noun", "cause", "then", "instead", "now"):
            if kind == "noun" and _cues.is_compound_of_change(cue.text) and _verb_after(cues, i):
                continue  # "De bevolkingsgroei daalt": the verb says how the compound changes
            if kind == "now" and any(c.kind not in ("now", "more") for c in cues):
                continue  # "Tegenwoordig zijn ze veel meer …": the other wording says the change
            statement = _own_statement(doc, kind, cue, clause, previous, limit)
            if statement is not None:
                shifted = shifted or kind in ("instead", "then")
                yield statement
        else:
            predicate.append(cue)
    if predicate and not shifted:
        statement = _predicate_statement(doc, clause, predicate, previous)
        if statement is not None:
            yield statement


def _verb_after(cues: list[Cue], index: int) -> bool:
    return any(c.kind == "verb" for c in cues[index + 1 :])


def _own_statement(
    doc: Document, kind: str, cue: Cue, clause: _phrases.Span, previous: _phrases.Span | None, limit: int
) -> TrendStatement | None:
    """The statement of a cue that names its own phenomenon (a noun, a causative, "vroeger … nu")."""
    if kind == "noun":
        return _noun_statement(doc, cue, clause, previous, limit)
    if kind == "cause":
        return _cause_statement(doc, cue, clause, previous)
    if kind == "instead":
        return _instead_statement(doc, cue, clause)
    if kind == "now":  # "voortaan", "tegenwoordig"; not "wil dat de gemeente voortaan"
        core = _clause_core(doc.text, clause.start, cue.start)
        if _WISH.search(doc.text, clause.start, core):
            return None
        return now_statement(doc, _phrases.Span(core, clause.end), cue.start, cue.end)
    return _then_now_statement(doc, cue, clause, previous)


def _instead_statement(doc: Document, cue: Cue, clause: _phrases.Span) -> TrendStatement | None:
    """"steeds vaker met cryptomunten in plaats van met contant geld": a shift from the old
    choice to the new one."""
    sentence = doc.sentence_at(cue.start)
    found = _trend_shifts.choices(
        doc.text, _phrases.Span(sentence.start, sentence.end), clause, cue.start, cue.end
    )
    if found is None:
        return None
    old, new = found
    names = [_phenomenon(doc, old), _phenomenon(doc, new)]
    if not all(names) or any(n.startswith(ANAPHOR) for n in names if n):
        return None
    span, evidence, page = doc.span(min(old.start, new.start, cue.start), max(old.end, new.end))
    phenomenon = " naar ".join(n for n in names if n)
    return TrendStatement(span=span, text=evidence, phenomenon=phenomenon, direction=Change.SHIFT, page=page)


def _attribute_statement(doc: Document, cue: Cue, limit: int) -> TrendStatement | None:
    """An adjective of change and the noun phrase after it ("toenemende mondigheid")."""
    text = doc.text
    phrase = _phrases.noun_phrase(text, cue.end, limit)
    if phrase is None:
        return None
    counted = _counted_after_aside(text, phrase, limit)
    if counted is not None:
        end, name = counted
        return _statement(doc, cue.start, end, phrase, cue.direction, phenomenon=name)
    return _statement(doc, cue.start, phrase.end, phrase, cue.direction)


def _counted_after_aside(text: str, phrase: _phrases.Span, limit: int) -> tuple[int, str] | None:
    """"een toenemend aantal, vaak ontwikkelende, landen": a quantity noun whose counted noun
    follows an aside between commas; the phenomenon is "aantal landen" (end, phenomenon)."""
    quantity = text[phrase.start : phrase.end]
    if quantity.lower() not in QUANTITY_NOUNS:
        return None
    aside = _ASIDE.match(text, phrase.end, limit)
    counted = _phrases.noun_phrase(text, aside.end(), limit) if aside else None
    if aside is None or counted is None or text[aside.end() : counted.start].strip():
        return None
    return counted.end, f"{quantity} {_phrases.tidy(text[counted.start : counted.end])}"


def _not_actual(text: str, cue: Cue, clause: _phrases.Span, lower: str | None = None) -> bool:
    """A condition, a wish, a bound or another verb with "blijven": no change that happened or
    is expected. Subordinators and wishes are read in ``lower`` (``text`` in lower case, same
    offsets) when given: a case-sensitive scan is twice as fast."""
    start = max(clause.start, cue.start - CLAUSE_REACH)  # bounded: linear time
    before = text[start : cue.start]
    end = min(clause.end, cue.end + CLAUSE_REACH)
    scanned, subordinators, wish = (before, _SUBORDINATORS, _WISH)
    if lower is not None:
        scanned, subordinators, wish = lower[start : cue.start], _SUBORDINATORS_LOWER, _WISH_LOWER
    found = list(subordinators.finditer(scanned))
    condition = _CONDITION.match(text, clause.start, cue.start)
    if condition or any(f.group(0).lower() in _CONDITION_WORDS for f in found):
        return True  # "wanneer dat vertrouwen verdwijnt", "zonder handhaving vermindert"
    core = scanned[found[-1].end() :] if found else scanned
    if (_wished(core, wish) and cue.kind != "now") or _WISH_PASSIVE.match(text, cue.end):
        return True  # "moeten worden uitgebreid", "wil de politie het aantal vergroten" (a new rule
        # with "voortaan" is a change: "moeten voortaan een extra rem hebben")
    if cue.kind == "noun" and _PURPOSE_BEFORE.search(before):
        return True  # "ter verbetering van", "gericht op versterking van": a goal
    if cue.kind in ("verb", "cause") and _GENERIC_AFTER.match(text, cue.end):
        return True  # "verzwak je ook de infrastructuur": a general statement
    if cue.text.lower() in _STAY_FORMS and (
        _STAY_PARTICLE.search(text, cue.end, end) or _activity_after(text, cue.end, end)
        or _IN_FORCE.search(text, cue.end, end) or _posture_after(text, cue.end, end)
        or _STAY_PARTICLE_AHEAD.match(text, cue.end, min(len(text), cue.end + CLAUSE_REACH))
    ):
        return True  # "blijven we het gemiddelde voor", "blijft investeren in", "blijft van toepassing"
    # "kan oplopen tot 8.000 euro": a maximum, not a change
    return cue.kind == "verb" and bool(_BOUND_MODAL.search(before)) and bool(_UP_TO.match(text, cue.end))


def _posture_after(text: str, start: int, end: int) -> bool:
    """"het puin bleef liggen", "bleef de rechter zitten", "blijft wel hangen bij de kinderen":
    "blijven" with a verb of posture and no prepositional phrase before it is a place kept, not a
    state that lasts ("blijft onder druk staan", "blijft op de agenda staan" are states)."""
    for m in itertools.islice(_WORD_RE.finditer(text, start, end), POSTURE_REACH):
        word = m.group(0).lower()
        if word in _POSTURE_VERBS:
            return not any(ch in ",;:" for ch in text[start : m.start()])
        if _is_preposition(word):
            return False
    return False


def _activity_after(text: str, start: int, end: int) -> bool:
    """"blijft investeren in preventie": "blijven" with an infinitive of an activity (not a verb
    of change, not "bestaan") says the activity goes on, not that a state lasts."""
    previous = ""
    for m in _WORD_RE.finditer(text, start, end):
        word, before = m.group(0).lower(), previous
        previous = word
        if len(word) < MIN_INFINITIVE or not word.endswith("en") or word in _LASTING_VERBS:
            continue
        if before in _SUBJECT_DETERMINERS or _is_preposition(word) or word in _function_words():
            continue  # a noun ("een examen") or a preposition ("binnen")
        if _cues.lemma(word) == word and not _cues.is_change_word(word):
            return True
    return False


def _wished(before: str, wish: re.Pattern[str] = _WISH) -> bool:
    """A wish or duty governs the cue: no other finite verb stands between them ("moet |worden|
    uitgebreid"; not "het aantal keren dat agenten moesten uitrukken |is| toegenomen")."""
    found = list(wish.finditer(before))
    if not found:
        return False
    between = before[found[-1].end() :].lower().split()
    return not any(w in _OTHER_FINITE for w in between)


def _nominalised(text: str, cue: Cue) -> bool:
    """An infinitive of a verb of change used as a noun with its complement: "het stijgen van de
    gemiddelde leeftijd", "het afnemen van het vertrouwen"."""
    return (
        cue.kind == "verb"
        and cue.text.lower().endswith("en")
        and " " not in cue.text.strip()
        and bool(_NOMINAL_ARTICLE.search(text, max(0, cue.start - 6), cue.start))
        and bool(_NOMINAL_AFTER.match(text, cue.end))
        and not _NOMINAL_NOT_ACTUAL.search(text, max(0, cue.start - 14), cue.start)
    )


def _effective_kind(text: str, cue: Cue, clause: _phrases.Span) -> str:
    """A participle used as an adjective ("de toegenomen onrust") is an attribute; an infinitive
    used as a noun ("het stijgen van") is a noun of change."""
    if _nominalised(text, cue):
        return "noun"
    if cue.kind != "verb" or " " in cue.text.strip():
        return cue.kind
    at_start = all(_is_bullet(w) for w in text[clause.start : cue.start].strip(" ([“‘\"'").split())
    after = _phrases.noun_phrase(text, cue.end, clause.end)
    starts_directly = after is not None and not text[cue.end : after.start].strip()
    attributive = at_start or _DETERMINER_BEFORE.search(text, max(0, cue.start - 24), cue.start)
    coordinated = bool(_PARTICIPLE.fullmatch(cue.text.lower())) and bool(
        _COORDINATED_ATTRIBUTE.search(text, max(clause.start, cue.start - COORDINATION_REACH), cue.start)
    )
    if starts_directly and (attributive or _preposition_before(text, cue.start) or coordinated):
        # "de toegenomen onrust", "door verminderde inkomsten", "hogere lonen en |gestegen| huren"
        return "attr"
    return cue.kind


def _is_bullet(word: str) -> bool:
    """A list mark, perhaps garbled by a PDF reader ("•", "-", "o", "ċċ"): one character, or two
    without a vowel."""
    return len(word) == 1 or (len(word) == MAX_BULLET and not any(ch in _VOWELS for ch in word.lower()))


def _preposition_before(text: str, pos: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, pos - 20), pos)
    return m is not None and _is_preposition(m.group(1))


def _noun_statement(
    doc: Document, cue: Cue, clause: _phrases.Span, previous: _phrases.Span | None, limit: int
) -> TrendStatement | None:
    text = doc.text
    compound = _cues.is_compound_of_change(cue.text)
    if compound:  # "leidt niet tot prijsdalingen": no fall, stable
        cue = _cues._negate(text, cue) or cue
    pure = cue.text.lower() in PURE_CHANGE_NOUNS or _nominalised(text, cue)
    link = _COMPLEMENT.match(text, cue.end, limit)
    if link:
        phrase = _phrases.noun_phrase(text, link.end(), limit)
        of_time = link.group(0).lower().split()[-1:] == ["van"]  # "de daling |van| de afgelopen jaren"
        if phrase is not None and of_time and _is_time(text, phrase):
            # "de daling van de afgelopen jaren zet door": the change said before, over a time;
            # a compound names its own ("de griepgolf aan het begin van het jaar")
            own = _cues.is_compound_of_change(cue.text)
            name = _phrases.tidy(cue.text) if own else f"{ANAPHOR}{cue.start}"
            return _statement(doc, cue.start, phrase.end, phrase, cue.direction, phenomenon=name)
    elif _ARTICLE_BEFORE.search(text, max(0, cue.start - 30), cue.start):
        phrase = None  # "een toename" without a complement refers back
    else:
        phrase = _phrases.noun_phrase(text, cue.end, limit)  # headline style: "toename onrust"
        if phrase is not None and text[cue.end : phrase.start].strip():
            phrase = None
    if phrase is None:
        # a compound names its own phenomenon ("een inbraakgolf"); another noun after an article
        # refers back ("een toename")
        bare = _cues.is_compound_of_change(cue.text) or not _ARTICLE_BEFORE.search(
            text, max(0, cue.start - 30), cue.start
        )
        generic = cue.text.lower() in GENERIC_CHANGE_NOUNS  # "kunnen tot verbetering leiden"
        if not pure and not generic and bare and (cue.direction in (Change.UP, Change.DOWN) or compound):
            return _statement(doc, cue.start, cue.end, _phrases.Span(cue.start, cue.end), cue.direction)
        anaphor = _anaphor(doc, clause, cue, previous)
        if anaphor is None:
            if _opens_with_pointer(text, clause, cue):  # "Dit is de sterkste stijging sinds 2001"
                pointer = f"{ANAPHOR}{cue.start}"
                return _statement(doc, cue.start, cue.end, _phrases.Span(cue.start, cue.end), cue.direction,
                                  phenomenon=pointer)
            return None
        return _statement(doc, anaphor.start, cue.end, anaphor, cue.direction)
    head = phrase.start if pure else cue.start
    return _statement(doc, cue.start, phrase.end, _phrases.Span(head, phrase.end), cue.direction)


def _is_time(text: str, phrase: _phrases.Span) -> bool:
    """The phrase is a time ("de afgelopen jaren", "het vorige jaar"), not what changes."""
    return _no_phenomenon(_phrases.tidy(text[phrase.start : phrase.end]))


def _then_now_statement(
    doc: Document, cue: Cue, clause: _phrases.Span, previous: _phrases.Span | None
) -> TrendStatement | None:
    """"Waar vroeger alleen staten de middelen hadden, hebben nu ook criminelen de middelen": a
    shift from what held then to the noun phrase after "nu (ook)"."""
    text = doc.text
    sentence = doc.sentence_at(cue.start)
    now = _NOW.search(text, cue.end, sentence.end)
    if now is None:
        return None
    start = now.end()
    verb = _WORD.match(text, start)
    if verb is not None and verb.group(0).lower() in _phrases.FINITE_VERBS:
        start = _skip_pronoun(text, verb.end(), sentence.end)
    phrase = _phrases.noun_phrase(text, start, sentence.end)
    # "Voorheen ging het |om drugs|, nu om wapens": what a preposition of choice names then
    choice = list(_THEN_CHOICE.finditer(text, cue.end, min(clause.end, now.start())))
    then = _phrases.noun_phrase(text, choice[-1].end(), now.start()) if choice else None
    then = then or _subject(doc, clause, cue, previous, clause.end)
    found = (_phenomenon(doc, then) if then else None, _phenomenon(doc, phrase) if phrase else None)
    names = [n for n in found if n and not n.startswith(ANAPHOR)]
    if not names:
        return None
    name = " naar ".join(names)
    span, evidence, page = doc.span(cue.start, phrase.end if phrase else now.start())
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=Change.SHIFT, page=page)


def _anaphor(
    doc: Document, clause: _phrases.Span, cue: Cue, previous: _phrases.Span | None
) -> _phrases.Span | None:
    """What "dat is een toename" refers to: the previous clause of the sentence."""
    opening = doc.text[clause.start : cue.start].strip().lower().split()
    if previous is None or not opening or opening[0] not in _PRONOUNS:
        return None
    return _phrases.strip_edges(doc.text, _clause_core(doc.text, previous.start, previous.end), previous.end)


def _cause_statement(
    doc: Document, cue: Cue, clause: _phrases.Span, previous: _phrases.Span | None
) -> TrendStatement | None:
    """A causative verb: the phenomenon is what gets stronger (its object or passive subject)."""
    text = doc.text
    start = _clause_core(text, clause.start, cue.start)
    relative = _RELATIVE_OPENING.match(text, start, cue.start)
    if relative is not None:
        start = relative.end()  # "…, wat |de slagkracht| vergrootte": a verb-final clause
    before = text[start : cue.start]
    perfect = list(_HAVE.finditer(before))
    if perfect and cue.text.lower().endswith(("t", "d")):
        phrase = _phrases.strip_edges(text, start + perfect[-1].end(), cue.start)  # "hebben |X| uitgebreid"
    elif _PASSIVE.search(before) and cue.text.lower().endswith(("t", "d")):
        conjunct = list(_NEW_CONJUNCT.finditer(before))
        if conjunct:  # "…, en |de schuld| is weggewerkt": the last conjunct has the subject
            phrase = _phrases.noun_phrase(text, start + conjunct[-1].end(), cue.start)
        else:  # "Het tekort, waar lang sprake van was, |is| weggewerkt": the subject before the comma
            phrase = _phrases.strip_edges(text, start, cue.start)
            phrase = phrase or _fronted_subject(text, clause, start, previous)
    elif cue.text.lower().endswith("en") and _MODAL.search(before):
        if _INTENTION.search(before):
            return None  # a goal ("moet de leefbaarheid vergroten"), not a change
        modal = list(_MODAL.finditer(before))[-1]
        phrase = _phrases.strip_edges(text, start + modal.end(), cue.start)
    elif " " in cue.text.strip():
        phrase = _object_after_subject(text, _inner_subject(text, cue))  # "voerde |de controles| op"
    else:
        phrase = _phrases.noun_phrase(text, _skip_pronoun(text, cue.end, clause.end), clause.end)
        phrase = _object_after_subject(text, phrase)
        if phrase is None and (start != clause.start or relative is not None):
            # a subordinate clause puts the object before its verb ("waardoor de politie
            # |haar slagkracht| aanzienlijk vergrootte")
            phrase = _object_after_subject(text, _phrases.strip_edges(text, start, cue.start))
    if phrase is None or _is_pronoun(text, phrase):
        return None
    return _statement(doc, min(phrase.start, cue.start), max(phrase.end, cue.end), phrase, cue.direction)


def _object_after_subject(text: str, phrase: _phrases.Span | None) -> _phrases.Span | None:
    """"intensiveerde |de politie| haar acties": after a finite verb the subject may come first;
    a new determiner right after a noun (no preposition between) starts the object."""
    if phrase is None:
        return None
    words = [t for t in _phrases.tokens(text, phrase.start, phrase.end) if t.group(0)[0].isalnum()]
    for previous, word in itertools.pairwise(words):
        if word.group(0).lower() in _OBJECT_DETERMINERS and _phrases.is_content(previous.group(0)):
            return _phrases.Span(word.start(), phrase.end)
    after = _TIME_THEN_OBJECT.match(text, phrase.end)  # "de politie |in 2017| haar acties"
    if after is not None:
        return _phrases.noun_phrase(text, after.end(), after.end() + OBJECT_REACH) or phrase
    return phrase


def _skip_pronoun(text: str, start: int, end: int) -> int:
    m = re.match(r"\s*(?:dit|dat|deze|die|het|ze)\s+(?=\S)", text[start:end], re.IGNORECASE)
    return start + m.end() if m else start


def _predicate_statement(
    doc: Document, clause: _phrases.Span, cues: list[Cue], previous: _phrases.Span | None
) -> TrendStatement | None:
    direction = next((c.direction for c in cues if c.direction is not Change.STABLE), Change.STABLE)
    first, last = cues[0], cues[-1]
    # The words after the first cue run at most to the next one ("bleef |dit percentage| stabiel").
    limit = cues[1].start if len(cues) > 1 else clause.end
    phrase = _subject(doc, clause, first, previous, limit)
    comparative = _comparative(first)
    if phrase is None and _opens_with_pointer(doc.text, clause, first):
        # "Dit is 17% hoger dan in 2017": the phenomenon is in the sentence before
        span, evidence, page = doc.span(first.start, last.end)
        pointer = f"{ANAPHOR}{first.start}"
        return TrendStatement(span=span, text=evidence, phenomenon=pointer, direction=direction, page=page)
    if phrase is None and comparative is None:
        return None
    start = min(phrase.start if phrase else first.start, first.start)
    end = max(phrase.end if phrase else last.end, last.end)
    subject = _phenomenon(doc, phrase) if phrase else ""
    if subject is None or (subject == ANAPHOR and comparative):
        return None
    span, evidence, page = doc.span(start, end)
    phenomenon = f"{subject} ({comparative})" if subject and comparative else subject or str(comparative)
    if subject.startswith(ANAPHOR):
        phenomenon = subject  # "Dat aantal is hoger dan …": what the figure before counts
    return TrendStatement(span=span, text=evidence, phenomenon=phenomenon, direction=direction, page=page)


def _opens_with_pointer(text: str, clause: _phrases.Span, cue: Cue) -> bool:
    """The clause opens with "dit", "dat" or "het" as its subject ("Dit is 17% hoger", "Dat is het
    hoogste niveau sinds …": that "dat" is no subordinator)."""
    words = text[clause.start : cue.start].lower().split()
    if not words or words[0] != "dat":
        words = text[_clause_core(text, clause.start, cue.start) : cue.start].lower().split()
    return bool(words) and words[0] in _POINTERS and (len(words) == 1 or words[1] in _BE_FORMS)


def _statement(
    doc: Document, start: int, end: int, phrase: _phrases.Span, direction: Change, *, phenomenon: str = ""
) -> TrendStatement | None:
    if not phenomenon:
        phenomenon = _phenomenon(doc, phrase) or ""
        if not phenomenon:
            return None
    span, evidence, page = doc.span(start, end)
    return TrendStatement(span=span, text=evidence, phenomenon=phenomenon, direction=direction, page=page)


