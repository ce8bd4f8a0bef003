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

Modules by concern: whether wording states an actual change (``_trend_actual``), the subject of a
predicate (``_trend_subjects``), pointers and measures resolved (``_trend_pointers``), more or less
without a verb of change (``_trend_more``), risks and expectations (``_trend_risks``), policy,
persistence and firsts (``_trend_policy``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable

from trendbeeld.extract import (
    _cues,
    _phrases,
    _scan,
    _text,
    _trend_filters,
    _trend_implied,
    _trend_legal,
    _trend_model,
    _trend_more,
    _trend_policy,
    _trend_recurrence,
    _trend_risks,
    _trend_shifts,
    _trend_speech,
    _trend_still,
    _trend_then_now,
)
from trendbeeld.extract._cues import Cue
from trendbeeld.extract._document import Document, paused_gc
from trendbeeld.extract._trend_actual import _WISH, _counts, _effective_kind, _nominalised
from trendbeeld.extract._trend_now import statement as now_statement
from trendbeeld.extract._trend_numbers import (
    _with_comparisons,
)
from trendbeeld.extract._trend_phenomena import (
    _OBJECT_DETERMINERS,
    _WORD,
    ANAPHOR,
    _is_pronoun,
    _no_phenomenon,
    _phenomenon,
)
from trendbeeld.extract._trend_pointers import SAME_MARK, _anaphor, _resolved, _same_for, impersonal
from trendbeeld.extract._trend_relative import percent_positions, sized_statement
from trendbeeld.extract._trend_subjects import (
    _BE_FORMS,
    _WORD_RE,
    _clause_core,
    _comparative,
    _fronted_subject,
    _inner_subject,
    _subject,
)
from trendbeeld.model import Change, TrendStatement

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
# "een stijging |te zien bij| …", "een verschuiving |gaande is bij| …", "een daling |waar te nemen in| …":
# the words of being seen or going on (``seen``) are no part of the phenomenon.
_COMPLEMENT = re.compile(
    r"\s*(?:(?:(?P<seen>(?:te\s+zien|zichtbaar|waarneembaar|merkbaar|waar\s+te\s+nemen|gaande)"
    r"(?:\s+(?:is|was|zijn|waren))?)|opgetreden|plaats|plaatsvindt|plaatsgevonden|op"
    r"|is\s+geweest|was|geweest\s+is)\s+)?"
    r"(?:van|in|op|bij|onder|aan|rond|rondom|binnen|naar)\s+",
    re.IGNORECASE,
)
_ARTICLE_BEFORE = re.compile(r"\b(?:een|de|deze|die|dit|het)\s+(?:\w+\s+)?\Z", re.IGNORECASE)
_COORDINATION = re.compile(r"\s*(?:,|en|of)\s*\Z", re.IGNORECASE)
_INTENTION = re.compile(r"\b(?:moet|moeten|wil|willen|wilt|gaat|gaan)\b", re.IGNORECASE)
_TIME_THEN_OBJECT = re.compile(
    r"\s+(?:in|sinds|vanaf|tot)\s+(?:19|20)\d\d\s+(?=(?:de|het|haar|zijn|hun|onze|ons)\s)", re.IGNORECASE
)
OBJECT_REACH = 120
_HAVE = re.compile(r"\b(?:heeft|hebben|had|hadden)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:wordt|worden|werd|werden|is|zijn|was|waren)\b", re.IGNORECASE)
_MODAL = re.compile(
    r"\b(?:kan|kunnen|kon|konden|zal|zullen|zou|zouden|moet|moeten|mag|mogen|gaat|gaan)\b", re.IGNORECASE
)
# "en" with a new subject (or "er") between two predicates of change: a new conjunct.
_NEW_CONJUNCT = re.compile(r"\ben\s+(?=(?:de|het|een|dit|deze|die|hun|zijn|haar|er)\s)", re.IGNORECASE)
_PREDICATE_KINDS = frozenset(["verb", "state", "comp", "after"])
# A clause that opens with a relative pronoun about the clause before ("…, wat de druk vergrootte").
_RELATIVE_OPENING = re.compile(r"\W*(?:wat|hetgeen)\s+", re.IGNORECASE)
_NOW = re.compile(
    r"\b(?:nu|tegenwoordig|inmiddels)\s+(?:(?:ook|steeds|vooral|meer|vaker|vaak|juist|al)\s+)*"
    r"(?:(?:om|op|voor|met|naar)\s+)?",
    re.IGNORECASE,
)
_THEN_CHOICE = re.compile(r"\b(?:om|op|voor|naar)\s+", re.IGNORECASE)
_POINTERS = frozenset(["dit", "dat", "het", "deze", "die"])
LEARNED_REACH = 8  # words of a sentence where a statement the model adds may find its phenomenon


# Wording classes without a verb of change, each asked in turn for a sentence that holds one of
# its marker words, beside the statements made so far: "Er zijn vorig jaar meer X bijgekomen"
# (more), "nog altijd te veel hittestress" (still), "Vroeger … Nu …", "alleen nog" (then/now),
# change implied without a word of change (implied), recurrence and persistence (recurrence), legal
# and policy changes (legal).
_CLASS_MODULES = (
    _trend_more, _trend_still, _trend_then_now, _trend_implied, _trend_recurrence, _trend_legal,
)


def from_document(doc: Document) -> list[TrendStatement]:
    """Trend statements of a prepared document, in text order (the garbage collector paused: the
    rules make many short-lived objects and no reference cycles; 1-2 % of their time)."""
    with paused_gc():
        return statements(doc, None)


def statements(doc: Document, model: _trend_model.Model | None) -> list[TrendStatement]:
    """Trend statements of ``doc`` by the rules, checked by a learned ``model`` (None: the rules
    alone; ``bench/train_trend_model.py --lodo`` compares the two)."""
    out: list[TrendStatement] = []
    low = doc.lower if doc.lower is not None else _scan.lower_per_letter(doc.text)
    # where each of the other modules' words occur: a sentence without any is passed by here
    policy_at = _holding(doc, _trend_policy.positions(doc))
    risks_at = _holding(doc, _trend_risks.positions(doc))
    classes_at = [(_holding(doc, module.positions(low)), module) for module in _CLASS_MODULES]
    percent_at = _holding(doc, percent_positions(doc))
    same_at = _holding(doc, _scan.occurrences(low, (SAME_MARK,)))  # "Hetzelfde geldt voor …"
    # without a learned model, a sentence with no cue and none of these words states nothing here
    marked = _holding(doc, doc.cue_starts).union(same_at, percent_at, risks_at, policy_at)
    marked.update(*(at for at, _module in classes_at))
    read = range(len(doc.sentences)) if model is not None else sorted(marked)
    for k in read:
        sentence = doc.sentences[k]
        before = len(out)
        start, end = sentence.start, sentence.end
        cued = bool(doc.cues_in(start, end))
        if cued:
            out += _sentence_statements(doc, sentence, out)
        else:
            same = _same_for(doc, start, end, out) if k in same_at else None
            if same is not None:
                out.append(same)
        if len(out) == before and (cued or k in percent_at):
            # "Dat is een stijging van 9 procent", "65 procent minder inbraken"
            relative = sized_statement(doc, start, end)
            out += [relative] if relative is not None else []
        if len(out) == before and k in risks_at:
            out += _trend_risks.statements(doc, sentence)  # "Het risico is dat …", "Of er een toename is"
        if len(out) == before and k in policy_at:
            out += _trend_policy.statements(doc, sentence)  # "Voortaan valt …", "voor het eerst"
        for at, module in classes_at:
            if k in at:
                out += module.statements(doc, low, start, end, out[before:])
        if model is not None:
            _checked(doc, sentence, model, out, before)
    return _trend_filters.kept(doc, _with_comparisons(doc, out))


def _holding(doc: Document, positions: list[int]) -> set[int]:
    """The indices of the sentences of ``doc`` that hold one of ``positions`` (sentences are in
    order and do not overlap: the one that starts last at or before a position, if it reaches it)."""
    out: set[int] = set()
    for pos in positions:
        k = bisect.bisect_right(doc.sentence_starts, pos) - 1
        if k >= 0 and pos < doc.sentences[k].end:
            out.add(k)
    return out


def _sentence_statements(
    doc: Document, sentence: _text.Sentence, earlier: list[TrendStatement]
) -> list[TrendStatement]:
    """The rules' statements of one sentence with wording of change (``earlier``: those before)."""
    text = doc.text
    out: list[TrendStatement] = []
    clauses = doc.clauses(sentence.start, sentence.end)
    for index, clause in enumerate(clauses):
        cues = [c for c in doc.cues_in(clause.start, clause.end) if _counts(text, c, clause, doc.lower)]
        if not cues:
            continue  # a clause without wording of change states nothing here
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


def _clause_statements(
    doc: Document, clause: _phrases.Span, cues: list[Cue], previous: _phrases.Span | None
) -> Iterable[TrendStatement]:
    text = doc.text
    predicate: list[Cue] = []
    # "steeds vaker X in plaats van Y", "vroeger X, nu steeds vaker Y": the shift is the statement,
    # not "steeds vaker" (a "then" cue before the clause is read only when a predicate is left)
    shifted = False
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
    if predicate and not shifted and not _then_before(doc, clause.start):
        statement = _predicate_statement(doc, clause, predicate, previous)
        if statement is not None:
            yield statement


def _then_before(doc: Document, pos: int) -> bool:
    """A "then" cue ("vroeger") between the opening of the sentence and ``pos``."""
    opening = doc.sentence_at(pos).start
    return any(c.kind == "then" for c in doc.cues_in(opening, pos))


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
    seen = link is not None and link.group("seen") is not None and not pure
    # "een verharding zichtbaar in het uitgaansleven": "verharding in het uitgaansleven"
    name = _phrases.tidy(f"{cue.text} {text[link.end('seen') : phrase.end].strip()}") if seen and link else ""
    named = _phrases.Span(head, phrase.end)
    return _statement(doc, cue.start, phrase.end, named, cue.direction, phenomenon=name)


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


_LEADING_PRONOUN = re.compile(r"\s*(?:dit|dat|deze|die|het|ze)\s+(?=\S)", re.IGNORECASE)


def _skip_pronoun(text: str, start: int, end: int) -> int:
    m = _LEADING_PRONOUN.match(text, start, end)
    return m.end() if m else start


def _predicate_statement(
    doc: Document, clause: _phrases.Span, cues: list[Cue], previous: _phrases.Span | None
) -> TrendStatement | None:
    direction = next((c.direction for c in cues if c.direction is not Change.STABLE), Change.STABLE)
    first, last = cues[0], cues[-1]
    # The words after the first cue run at most to the next one ("bleef |dit percentage| stabiel").
    limit = cues[1].start if len(cues) > 1 else clause.end
    phrase = _subject(doc, clause, first, previous, limit)
    comparative = _comparative(first)
    # "Het is de laatste jaren drukker geworden op …", "Nu is het drukker geworden in …": no time
    # phrase or comparative as the subject; _resolved reads the place or clause after it
    dummy = comparative is not None and impersonal(doc, first.start) is not None
    if dummy or (phrase is None and _opens_with_pointer(doc.text, clause, first)):
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
    hoogste niveau sinds …": that "dat" is no subordinator), also after a speaker's label and opening
    quotation marks ("„Het wordt steeds erger", zegt …")."""
    begin = _trend_speech.opening(text, clause.start, cue.start)  # ",,|Dit is …", "Jansen: „|Het wordt …"
    words = text[begin : cue.start].lower().split()
    if not words or words[0] != "dat":
        words = text[_clause_core(text, begin, cue.start) : cue.start].lower().split()
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
