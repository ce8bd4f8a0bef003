"""Trend statements of sentences that speak of a change without a verb of change: a decline
feared or threatened, a threatened change, a change expected or feared with "meer"/"minder", and a
change pointed at by a question or as like another.

Called by ``trends.statements`` for a sentence where the general rules found no statement. The
conventions count a named risk and its feared consequences as a trend (``hard``), an expectation
as a trend with a horizon, and a question that presupposes a change and a direction by reference
as trends (``hard``):

* coming under pressure or at stake: "Op lange termijn |komt| de sociale cohesie daardoor |onder
  druk te staan|", "de bestrijding van mensenhandel |komt onder druk te staan|", "als hun uitleg
  |in het gedrang komt|": the subject declines (down). Being under pressure ("staat onder druk")
  is a state, no change; pressure put on someone ("onder druk zetten") or coming from someone
  ("onder druk van") is no decline, nor is what only may happen ("kunnen … onder druk komen");
* threatened: "medicijnen die van de markt |dreigen te verdwijnen|" (the direction of the verb of
  change after "te"), "jongeren die |dreigen over te stappen van| de kleine |naar| zware
  criminaliteit" (a move: shift), "de verbondenheid |dreigt verloren te gaan|" (a loss: down),
  "|Er dreigt| segregatie in de schoolklas" (a threat that arises: up, only with "er"). A person
  who threatens ("dreigde met opstappen", "hij dreigt zijn buren …"), one owner's loss ("dreigt
  zijn dealerschap kwijt te raken") and a sanction ("er dreigt een jarenlange celstraf") make no
  trend;
* expected or feared more or less: "De verwachting is dat hierdoor |meer mensen| …", "Bovendien
  worden er |meer warme zomers| verwacht", "De IND verwacht |minder vergunningen| af te geven";
  not against the expectation ("hoger dan verwacht"), not a need ("meer tijd nodig"), not "niet
  meer" (no longer), not more of one case within days ("de komende dagen meer beelden");
* pointed at: "Wat is uw verklaring voor |die toename|?", "de oorzaken van |deze geweldtoename|?",
  "bleek |dezelfde trend| te bestaan", "|een zelfde tendens| als in Duitsland" (``_pointed``).

A condition ("als", "wanneer", "zonder" opening the clause) states no change that is feared or
expected. The phenomenon is the subject's noun phrase (a relative pronoun takes its antecedent)
or the noun phrase after "meer"/"minder"; a pronoun or a name (a person, a party, a club) is none.
"""

from __future__ import annotations

import bisect
import itertools
import re

from trendbeeld.extract import _cues, _phrases, _scan, _text, _trend_speech, lexicon
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import ANAPHOR, _is_preposition, _phenomenon
from trendbeeld.model import Change, TrendStatement

# Substrings of every trigger word, searched once per document.
# Sought with the space before them: "druk" also closes "indruk", "dreig" "bedreiging".
_MARK_WORDS = (" druk", "gedrang", " dreig", "verwacht", " vrees", " vrez")
# Occasions to point back at a change: a question, or a change like another ("dezelfde trend").
_POINT_WORDS = ("?", "zelfde", "soortgelijk", "vergelijkba")
_LAST_TEXT: list[str] = []
_LAST_LOW: list[str] = []
_LAST_MARKS: list[list[int]] = []
_LAST_POINTS: list[list[int]] = []
_LAST_ALL: list[list[int]] = []
# A noun of change pointed at ("die toename", "deze stijging", "dezelfde trend", "een zelfde
# tendens"): "dat"/"dit" do not go with these nouns and mostly open a clause.
_POINTER_BEFORE = re.compile(
    r"\b(die|deze|dezelfde|zelfde|eenzelfde|vergelijkbare|soortgelijke)\s+(?:[a-zà-ÿ]+\s+)?\Z"
)
_DEMONSTRATIVES = frozenset(["die", "deze"])
# A change like another with its own complement ("een soortgelijke afname werd waargenomen |in| de
# prevalentie van eenzaamheid"); not the one compared with ("als |in| Duitsland", "als onder …").
_OWN_COMPLEMENT = re.compile(r"(?<!\bals\s)\b(?:in|bij|van)\s+(?=(?:de|het|een)\s)")
_CLOSING = " \t\n\"'”’»)"
POINTER_REACH = 30  # characters before the noun read for the pointer
# Nouns of a change without a direction of their own.
_GENERAL_CHANGE = re.compile(r"\b(?:ontwikkeling|ontwikkelingen|trend|trends|tendens|tendensen)\b")
_NEGATION = re.compile(r"\b(?:niet|geen)\b")
# A compound whose head is a rise: "geweld(s)toename", "prijsstijging" (the noun cues hold the bare noun).
_COMPOUND_RISE = re.compile(r"\b([a-zà-ÿ]{3,}?)s?(?:toename|stijging)\b")
ANAPHOR_REACH = 400  # characters before the sentence read for the change pointed at
_PHRASE_AFTER = frozenset(["noun", "attr", "more", "comp", "cause"])
_COMPLEMENT = re.compile(r"\s*(?:van|in|op|bij|onder|aan)\s+")
# Under pressure or at stake: "onder (zware) druk", "in het gedrang".
_AT_STAKE = re.compile(r"\b(?:onder\s+(?:[a-zà-ÿ]+\s+)?druk|in\s+het\s+gedrang)\b")
# Pressure from someone ("onder druk van"), or put on someone ("onder druk zetten"): no decline.
_PRESSURE_BY = re.compile(r"\s+(?:van|gezet\w*|zet\w*|te\s+zetten)\b")
_POSSIBLE = frozenset(["kan", "kunnen", "kon", "konden", "zou", "zouden", "mag", "mogen"])
AFTER_WORDS = 3  # words after the marker read for its verb ("onder druk |te staan|", "|komt|")
_PUT_ON = frozenset(["zetten", "houden", "plaatsen"])  # lemmas of "zet … onder druk"
# Verbs that bring the subject under pressure ("komt … te staan", "raakt in het gedrang"), by
# lemma: a change. Being under pressure ("staat onder druk") is a state, no trend.
_BEING = frozenset(["komen", "raken", "geraken"])
_THREAT = re.compile(r"\bdreig(?:t|en|de|den)\b")
_THREAT_WITH = re.compile(r"\s+(?:er\s+)?(?:mee|met)\b")
# A loss of the subject itself after "dreigt": "verloren te gaan", "ten onder te gaan" (what one
# "dreigt kwijt te raken" is one owner's loss).
_LOSS = re.compile(r"\b(?:verloren|ten\s+onder|teloor)\s+te\s+(?:gaan|raken)\b")
# "te" and the verb of change it governs, perhaps with a particle: "(over) te stappen".
_TE = re.compile(r"\bte\s+\Z")
# A move from one thing to another: "van de kleine naar zware criminaliteit".
_FROM_TO = re.compile(r"\bvan\s+[^,;:]{1,60}?\s+naar\s+")
_TE_INFINITIVE = re.compile(r"\bte\s+[a-zà-ÿ]+")
# What may stand between "dreigt" and the noun phrase that arises: "er dreigt (nu) (ook) …".
_ARISING_SKIP = frozenset(
    ["er", "nu", "ook", "dan", "daardoor", "daarmee", "zelfs", "straks", "opnieuw", "meer", "nog"]
)
# Sanctions that threaten a suspect, by their head: "celstraf", "gevangenisstraf", "boete".
_SANCTION_HEADS = ("straf", "straffen", "boete", "boetes", "cel")
_DIGIT = re.compile(r"\d")
# The existential "er" next to "dreigt": "Er dreigt", "dreigt er", "en dat er … een tekort dreigt".
_THERE = re.compile(r"\ber\b")
THERE_REACH = 4  # characters around "dreigt" read for "er"
_EXPECTATION = re.compile(r"\b(?:verwacht\w*|vrees\w*|vrez\w*)\b")
# Measured against the expectation, not a change: "hoger dan verwacht", "meer dan voorzien".
_THAN_EXPECTED = re.compile(r"\bdan\s+(?:\w+\s+)?(?:verwacht|voorzien|voorspeld|gedacht|gehoopt)\b")
_MORE_LESS = re.compile(r"(?<![\w-])(meer|minder)\s+(?=[a-zà-ÿ])")
_NOT_BEFORE = re.compile(r"\b(?:niet|geen|nooit|nog|veel|steeds|des\s+te|te|onder|of|en|iets|wat)\s+\Z")
EXPECTATION_REACH = 120  # characters between the word of expectation and "meer"/"minder"
_NEW_PHRASE = frozenset(["de", "het", "een", "hun", "zijn", "haar"])
_PREDICATE_AFTER = re.compile(r"\s+te\s+(?:zijn|worden)\b")
# A horizon of days or weeks: more of one case ("de komende dagen meer beelden", "binnen twee weken
# meer details"), no rise.
_SHORT_HORIZON = re.compile(
    r"\b(?:(?:de\s+)?(?:komende|volgende|eerstvolgende)\s+(?:dagen|uren|weken|dag|week)|binnen\s+\w+\s+"
    r"(?:dagen|uren|weken|dag|week)|vandaag|morgen|vanavond|vannacht)\b"
)
_NEEDED = re.compile(r"\b(?:nodig|noodzakelijk|vereist)\b")
# A clause that opens with a condition states no change that is feared or expected.
_CONDITION = frozenset(["als", "wanneer", "indien", "zonder", "mits", "zodra", "tenzij"])
# Conjunctions and subordinators before a clause's subject.
_OPENERS = frozenset([
    "en", "maar", "of", "want", "dat", "omdat", "doordat", "waardoor", "zodat", "terwijl", "hoewel",
    "nu", "toen", "waarbij", "waarmee", "dus", "ook", "zelfs", "daardoor", "daarmee", "nadat",
    "voordat", "sinds", "zoals",
])
_RELATIVES = frozenset(["die", "dat", "welke"])
_RELATIVE_PRONOUNS = frozenset(["die", "welke"])
_FOCUS = frozenset(["name", "vooral", "juist", "ook", "zelfs", "alleen", "bijvoorbeeld"])  # "met |name|"
_TIME_IN = re.compile(
    r"(?<=\w)\s+(?:vorig|vorige|afgelopen|komend|komende|volgend|volgende|dit|deze|eerder|later)\s+"
    r"(?:jaar|jaren|maand|maanden|week|weken|kwartaal|zomer|winter|voorjaar|najaar)\b",
    re.IGNORECASE,
)
# A time that opens a clause before its verb: "|De laatste decennia| is de criminaliteit …".
_TIME_OPENING = re.compile(
    r"(?:de\s+|het\s+)?(?:laatste|afgelopen|voorbije|komende|vorige?|voorgaande|dit|deze)\s+"
    r"(?:\w+\s+)?(?:jaar|jaren|decennia|decennium|maanden|maand|weken|week|eeuw)\b"
)
_RELATIVE_IN = re.compile(r"(?<=\w)\s+(?:die|dat|welke|waarvan|waarin)\b", re.IGNORECASE)
# Where a conjunct with its own subject opens inside a clause: a comma, "en de", "dat de", "omdat".
_CONJUNCT = re.compile(
    r"(?<=[,;])|\b(?=(?:en|maar|dat|of)\s+(?:de|het|een|deze|dit|die|er)\b)|\b(?=(?:want|waardoor|omdat|doordat|zodat)\b)"
)
_PERSONS = frozenset([
    "ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "men", "het", "er", "dit", "dat", "die",
    "iedereen", "niemand", "wie", "hem", "haar", "hun", "zich",
])
# Adverbs between a finite verb and the subject after it ("komt |er| de cohesie …").
_SKIPPED = frozenset(["er", "nog", "ook", "al", "wel", "zelfs", "daardoor", "daarmee", "nu", "dan", "straks"])
_WORD = _phrases.WORD
ANTECEDENT_WORDS = 5  # words read back from a relative pronoun for its antecedent
MIN_NAME_ZIPF = 3.0  # a capitalised single word rarer than this opening a sentence is a name


def statements(doc: Document, sentence: _text.Sentence) -> list[TrendStatement]:
    """The statements of one sentence the general rules left without any."""
    if not _LAST_TEXT or _LAST_TEXT[0] is not doc.text:
        _remember(doc)
    low, start, end = _LAST_LOW[0], sentence.start, sentence.end
    marks = _LAST_ALL[0]
    i = bisect.bisect_left(marks, start)
    if i == len(marks) or marks[i] >= end:
        return []  # none of the words any rule here needs: the common case, one bisection
    if _holds(_LAST_POINTS[0], start, end):
        pointed = _pointed(doc, low, sentence)
        if pointed is not None:
            return [pointed]
    stake = low.find(" druk", start, end) >= 0 or low.find("gedrang", start, end) >= 0
    threat = low.find(" dreig", start, end) >= 0
    if stake or threat:
        for clause in _trend_speech.clauses(doc, start, end):
            found = (_at_stake(doc, low, clause) if stake else None) or (
                _threatened(doc, low, clause) if threat else None
            )
            if found is not None:
                return [found]
    if low.find("verwacht", start, end) < 0 and low.find(" vre", start, end) < 0:
        return []
    expected = _expected(doc, low, sentence)
    return [expected] if expected is not None else []


def _holds(marks: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(marks, start)
    return i < len(marks) and marks[i] < end


def _pointed(doc: Document, low: str, sentence: _text.Sentence) -> TrendStatement | None:
    """A change named by pointing back, in the two forms the conventions count: a question that
    presupposes it ("Wat is uw verklaring voor |die toename|?", "Wat zijn de oorzaken van |deze
    geweldtoename|?") and a change like one said before ("bleek |dezelfde trend| te bestaan",
    "|een zelfde tendens| als in Duitsland"). The direction of the noun, or of the change said
    before for a noun without one (a trend, a development); the phenomenon of the change said
    before, or the one a compound names ("deze |geweld|toename"). A restatement ("Deze
    ontwikkelingen zijn terug te zien bij …"), a negated clause ("zie je die toename niet") and a
    change said nowhere before are left out."""
    start, end = sentence.start, sentence.end
    question = doc.text[start:end].rstrip(_CLOSING).endswith("?")
    nouns: list[tuple[int, int, Change | None]] = [
        (c.start, c.end, c.direction) for c in doc.cues_in(start, end) if c.kind == "noun"
    ]
    nouns += [(m.start(), m.end(), None) for m in _GENERAL_CHANGE.finditer(low, start, end)]
    nouns += [(m.start(), m.end(), Change.UP) for m in _COMPOUND_RISE.finditer(low, start, end)]
    for noun_start, noun_end, named in sorted(nouns, key=lambda n: n[0]):
        pointer = _POINTER_BEFORE.search(low, max(start, noun_start - POINTER_REACH), noun_start)
        if pointer is None or _NEGATION.search(low, start, end):
            continue
        if pointer.group(1) in _DEMONSTRATIVES and not question:
            continue  # "Deze ontwikkelingen zijn terug te zien bij …": a restatement
        compound = _COMPOUND_RISE.fullmatch(low, noun_start, noun_end)
        own = _OWN_COMPLEMENT.search(low, noun_end, end) if pointer.group(1) not in _DEMONSTRATIVES else None
        phrase = _phrases.noun_phrase(doc.text, own.end(), end) if own is not None else None
        if compound is not None:  # "deze geweldtoename": the compound says what rose
            name, direction = doc.text[noun_start : compound.end(1)], Change.UP
        elif phrase is not None and named is not None:  # "een soortgelijke afname … |in de prevalentie|"
            name, direction = _phrases.tidy(doc.text[phrase.start : phrase.end]), named
        else:
            earlier = _earlier_change(doc, low, start)
            if earlier is None:
                return None
            name, said = earlier
            direction = named if named in (Change.UP, Change.DOWN) else said
        span, evidence, page = doc.span(pointer.start(), noun_end)
        return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)
    return None


def _earlier_change(doc: Document, low: str, pos: int) -> tuple[str, Change] | None:
    """The phenomenon and direction of the last change said in the sentences before ``pos``
    (within ``ANAPHOR_REACH`` characters): a noun's complement ("een toename |van geweld|"), the
    noun phrase after an adjective or "meer" ("toenemende |agressie|"), else the subject of the
    cue's clause ("|het aantal meldingen| is gestegen")."""
    for cue in reversed(doc.cues_in(max(0, pos - ANAPHOR_REACH), pos)):
        if cue.direction not in (Change.UP, Change.DOWN, Change.STABLE, Change.SHIFT):
            continue
        sentence = doc.sentence_at(cue.start)
        if cue.kind in _PHRASE_AFTER:
            complement = _COMPLEMENT.match(low, cue.end, sentence.end) if cue.kind == "noun" else None
            after = complement.end() if complement else cue.end
            phrase = _phrases.noun_phrase(doc.text, after, sentence.end)
        else:
            clauses = _trend_speech.clauses(doc, sentence.start, sentence.end)
            clause = next((c for c in clauses if c.start <= cue.start < c.end), clauses[0])
            phrase = _subject(doc, low, clause.start, cue.start)
        name = _phenomenon(doc, phrase) if phrase is not None and not _is_person(doc, phrase) else None
        if name and not name.startswith(ANAPHOR):
            return name, cue.direction
    return None


def positions(doc: Document) -> list[int]:
    """Where the words any rule here needs occur in ``doc``, in order: a sentence without any of
    them has no statement here (trends reads this once per document to pass such sentences by)."""
    if not _LAST_TEXT or _LAST_TEXT[0] is not doc.text:
        _remember(doc)
    return _LAST_ALL[0]


def _remember(doc: Document) -> None:
    """Keep the document's lower-case text and where the words any rule here needs occur, found
    once per document by plain substring search (a sentence without any of them is passed by at
    the cost of one bisection). Without ``doc.lower`` (lower case would
    move offsets) a letter whose lower case is longer stays as it is."""
    low = doc.lower if doc.lower is not None else _scan.lower_per_letter(doc.text)
    _LAST_TEXT[:] = [doc.text]
    _LAST_LOW[:] = [low]
    _LAST_MARKS[:] = [_found(low, _MARK_WORDS)]
    _LAST_POINTS[:] = [_found(low, _POINT_WORDS)]
    _LAST_ALL[:] = [sorted(_LAST_MARKS[0] + _LAST_POINTS[0])]


def _found(low: str, words: tuple[str, ...]) -> list[int]:
    """Where ``words`` occur in ``low``, in order (a plain substring search per word)."""
    return _scan.occurrences(low, words)


def _at_stake(doc: Document, low: str, clause: _phrases.Span) -> TrendStatement | None:
    """"komt … onder druk te staan", "raakt in het gedrang": the subject, down; not what only may
    happen ("kunnen … onder druk komen te staan": a possibility, a general mechanism)."""
    m = _AT_STAKE.search(low, clause.start, clause.end)
    if m is None or _PRESSURE_BY.match(low, m.end(), clause.end):
        return None
    cut = list(_CONJUNCT.finditer(low, clause.start, m.start()))
    opening = cut[-1].start() if cut else clause.start  # the conjunct of the marker
    after = itertools.islice(_WORD.finditer(low, m.end(), clause.end), AFTER_WORDS)
    words = [*_WORD.finditer(low, opening, m.start()), *after]
    lemmas = {_cues.lemma(w.group(0)) for w in words}
    possible = any(w.group(0) in _POSSIBLE for w in _WORD.finditer(low, clause.start, m.start()))
    if lemmas & _PUT_ON or not lemmas & _BEING or possible:
        return None  # "zetten die samenwerking onder druk": pressure put on, said of the actor
    subject = _subject(doc, low, clause.start, m.start())
    return _made(doc, subject, m.start(), m.end(), Change.DOWN)


def _threatened(doc: Document, low: str, clause: _phrases.Span) -> TrendStatement | None:
    """"dreigen te verdwijnen", "dreigen over te stappen van … naar", "er dreigt segregatie"."""
    m = _THREAT.search(low, clause.start, clause.end)
    if m is None or _THREAT_WITH.match(low, m.end(), clause.end):
        return None
    direction, end = _threat_direction(doc, low, m.end(), clause.end)
    if direction is None:
        return _arising(doc, low, clause, m)
    subject = _subject(doc, low, clause.start, m.start())
    if subject is None and _topic_before(low, clause.start, m.start()):
        te = _TE_INFINITIVE.search(low, m.end(), clause.end)  # "Bij X dreigt |de Y| te …"
        subject = _after(doc.text, low, m.end(), te.start() if te else m.end())
    return _made(doc, subject, m.start(), end, direction)


def _threat_direction(doc: Document, low: str, start: int, end: int) -> tuple[Change | None, int]:
    """The change a "dreigt … te" governs and where its words end: a loss, a move from one thing
    to another, or a verb of change after "te" (its own direction)."""
    loss = _LOSS.search(low, start, end)
    if loss is not None:
        return Change.DOWN, loss.end()
    te = _TE_INFINITIVE.search(low, start, end)
    if te is None:
        return None, end
    moved = _FROM_TO.search(low, start, end)
    if moved is not None:
        return Change.SHIFT, moved.end()
    for cue in doc.cues_in(start, end):
        if _TE.search(low, max(start, cue.start - 4), cue.start):
            return cue.direction, cue.end
    return None, end


def _arising(doc: Document, low: str, clause: _phrases.Span, m: re.Match[str]) -> TrendStatement | None:
    """"Er dreigt segregatie", "dreigt er een tekort": a threat that arises, up. Only with "er" and
    without an infinitive: without them it is mostly one case or a person who threatens
    ("Ontslag dreigt voor …", "Minister dreigt X met …", "dreigde zijn buren … te slaan")."""
    if _TE_INFINITIVE.search(low, m.end(), clause.end) or not _THERE.search(
        low, max(clause.start, m.start() - THERE_REACH), min(clause.end, m.end() + THERE_REACH)
    ):
        return None
    subject = _after(doc.text, low, m.end(), clause.end, skipped=_ARISING_SKIP)
    if subject is None:
        return None
    head = doc.text[subject.start : subject.end].split()[-1].lower()
    if head.endswith(_SANCTION_HEADS) or _DIGIT.search(doc.text, subject.start, subject.end):
        return None  # "dreigt er een jarenlange celstraf": a sanction for a suspect
    return _made(doc, subject, m.start(), m.end(), Change.UP)


def _topic_before(low: str, start: int, end: int) -> bool:
    """Nothing but adverbs or a topic before the verb: "Er dreigt", "Nu dreigt", "Bij de verkiezingen
    dreigt"; a subject before it is read by ``_subject``."""
    cut = list(_CONJUNCT.finditer(low, start, end))
    start = cut[-1].start() if cut else start
    words = [w.group(0) for w in _WORD.finditer(low, start, end)]
    words = [w for w in words if w not in _OPENERS]
    if not words:
        return not cut  # "je schreeuwt |en| dreigt": the subject of the conjunct before
    return all(w in _ARISING_SKIP for w in words) or _phrases.starts_with_topic(low, start, end)


def _expected(doc: Document, low: str, sentence: _text.Sentence) -> TrendStatement | None:
    """"De verwachting is dat |meer mensen| …", "verwacht |minder vergunningen| af te geven"."""
    start, end = sentence.start, sentence.end
    if _MORE_LESS.search(low, start, end) is None:
        return None
    marks = [e.start() for e in _EXPECTATION.finditer(low, start, end)]
    if not marks or _THAN_EXPECTED.search(low, start, end):
        return None
    if _NEEDED.search(low, start, end) or _SHORT_HORIZON.search(low, start, end):
        return None  # "meer tijd nodig", "de komende dagen meer beelden": a need, more of one case
    if _opens_with_condition(low, start, end):
        return None
    for m in _MORE_LESS.finditer(low, start, end):
        if _NOT_BEFORE.search(low, max(start, m.start() - 12), m.start()):
            continue  # "niet meer": no longer; "veel meer" needs a comparison
        if low.startswith("dan", m.end()) or min(abs(e - m.start()) for e in marks) > EXPECTATION_REACH:
            continue
        phrase = _counted(doc.text, _phrases.noun_phrase(doc.text, m.end(), end))
        if phrase is None or _text.is_verb_form(low[phrase.start : phrase.end].split(maxsplit=1)[0]):
            continue  # "of meer |voorspeld| wordt"
        if _PREDICATE_AFTER.match(low, phrase.end, end):
            continue  # "minder winstgevend |te zijn|": a property, no count
        direction = Change.UP if m.group(1) == "meer" else Change.DOWN
        return _made(doc, phrase, m.start(), phrase.end, direction)
    return None


def _counted(text: str, phrase: _phrases.Span | None) -> _phrases.Span | None:
    """What "meer"/"minder" counts: the phrase up to a new determiner ("meer |mensen| een gang
    naar de stembus") and without a particle or verb at its end ("minder |vergunningen| af")."""
    if phrase is None:
        return None
    words = list(_WORD.finditer(text, phrase.start, phrase.end))
    for i, word in enumerate(words[1:], 1):
        previous = words[i - 1].group(0).lower()
        if word.group(0).lower() in _NEW_PHRASE and not _is_preposition(previous):
            words = words[:i]
            break
    while len(words) > 1 and (
        words[-1].group(0).lower() in _cues.PARTICLES or _text.is_verb_form(words[-1].group(0).lower())
    ):
        words.pop()
    return _phrases.Span(words[0].start(), words[-1].end()) if words else None


def _opens_with_condition(low: str, start: int, end: int) -> bool:
    """"Als de prognoses kloppen, …": the sentence opens with a condition."""
    first = _WORD.search(low, start, end)
    return first is not None and first.group(0) in _CONDITION


def _made(
    doc: Document, subject: _phrases.Span | None, start: int, end: int, direction: Change
) -> TrendStatement | None:
    """The statement about ``subject`` whose wording runs ``start:end``; None for no phenomenon, a
    pointer, a person or a name."""
    if subject is None or _is_person(doc, subject):
        return None
    cut = _RELATIVE_IN.search(doc.text, subject.start, subject.end) or _TIME_IN.search(
        doc.text, subject.start, subject.end
    )
    if cut is not None:  # "|medicijnen| die van de markt", "|de resultaten| vorig jaar"
        subject = _phrases.Span(subject.start, cut.start())
    name = _phenomenon(doc, subject)
    if not name or name.startswith(ANAPHOR) or name.lower() in lexicon.load().function_words:
        return None
    span, evidence, page = doc.span(min(subject.start, start), max(subject.end, end))
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def _subject(doc: Document, low: str, start: int, end: int) -> _phrases.Span | None:
    """The subject of a clause at ``start`` before its predicate at ``end``: the noun phrase that
    opens it, the one after its finite verb when a topic opens it ("Op lange termijn komt |de
    cohesie| …"), or the antecedent of a relative pronoun ("|jongeren| die dreigen …"). A
    conjunct of its own counts from its opening ("…, |en| de rechterlijke macht staat …")."""
    cut = list(_CONJUNCT.finditer(low, start, end))
    start = cut[-1].start() if cut else start
    words = list(_WORD.finditer(low, start, end))
    pronoun = _relative_pronoun(words)
    if pronoun is not None:  # "ingrijpen bij |jongeren| die dreigen"
        return _antecedent(doc, low, pronoun)
    while words and words[0].group(0) in _OPENERS and len(words) > 1:
        if words[0].group(0) == "dat" and words[1].group(0) in _RELATIVES | _PERSONS:
            break
        words.pop(0)
    if not words:
        return None  # "De organisatie die …, dreigde": the subject stands before an aside
    first = words[0].group(0)
    if first in _CONDITION:
        return None
    article = first == "het" and len(words) > 1 and _phrases.is_content(words[1].group(0))
    if first in _PERSONS and not article:
        return None
    if _phrases.starts_with_topic(low, words[0].start(), end) or _TIME_OPENING.match(low, words[0].start()):
        verb = next((w for w in words[1:] if _is_finite(w.group(0))), None)
        if verb is not None:
            return _after(doc.text, low, verb.end(), end)
    content = next((w for w in words if _phrases.is_content(w.group(0))), None)  # "Veel |oude| …"
    return _phrases.noun_phrase(doc.text, content.start(), end) if content is not None else None


def _relative_pronoun(words: list[re.Match[str]]) -> int | None:
    """Where the relative pronoun that opens the predicate's clause stands ("medicijnen |die| van de
    markt dreigen"): the last "die" or "welke" with no finite verb after it; "dat" opening a
    clause without a subject after it."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i].group(0)
        if _is_finite(w):
            break
        if w in _RELATIVE_PRONOUNS:
            return words[i].start()
    opening = words[0].group(0) if words else ""
    if opening in _RELATIVES and (len(words) == 1 or not _is_noun_start(words[1].group(0))):
        return words[0].start()
    return None


def _after(
    text: str, low: str, start: int, end: int, skipped: frozenset[str] = _SKIPPED
) -> _phrases.Span | None:
    """The noun phrase after a finite verb, past adverbs and a time ("komt |er| de cohesie", "is |de
    afgelopen jaren| het aantal")."""
    time_end = start
    for word in _WORD.finditer(low, start, end):
        if word.start() < time_end or word.group(0) in skipped:
            continue
        time = _TIME_OPENING.match(low, word.start())
        if time is not None:
            time_end = time.end()
            continue
        phrase = _phrases.noun_phrase(text, word.start(), end)
        if word.group(0) in _PERSONS and (phrase is None or phrase.start == word.start()):
            return None  # "ze", "hij"; not the article of "het aantal"
        return phrase
    return None


def _antecedent(doc: Document, low: str, pos: int) -> _phrases.Span | None:
    """The noun phrase just before a relative pronoun at ``pos`` ("zijn er |jongeren| die")."""
    sentence = doc.sentence_at(pos)
    words = list(_WORD.finditer(low, sentence.start, pos))[-ANTECEDENT_WORDS:]
    lex = lexicon.load()
    opening = None
    for word in reversed(words):
        w = word.group(0)
        if (w in lex.function_words and w not in _NEW_PHRASE) or w in _FOCUS or _is_finite(w):
            break
        opening = word
    if opening is None:
        return None
    return _phrases.noun_phrase(doc.text, opening.start(), pos)


def _is_finite(word: str) -> bool:
    return word in _phrases.FINITE_VERBS or (_text.is_verb_form(word) and not _cues.is_change_word(word))


def _is_noun_start(word: str) -> bool:
    """"dat |de| …", "die |nieuwe| …": a determiner or a content word after "dat" opens a subject."""
    return word in ("de", "het", "een", "deze", "dit", "die") or _phrases.is_content(word)


def _is_person(doc: Document, phrase: _phrases.Span) -> bool:
    """A pronoun, a name or an acronym: "PSV", "de VVD", "May"; a capitalised word alone that opens
    the sentence is a name unless it is a common plural ("Medicijnen")."""
    words = doc.text[phrase.start : phrase.end].split()
    first_low = words[0].lower() if words else ""
    if not words or (first_low in _PERSONS and (len(words) == 1 or first_low not in _NEW_PHRASE)):
        return True  # "ze", "hij"; "het kabinet" is a noun phrase
    opening = doc.sentence_at(phrase.start).start
    for i, word in enumerate(words):
        letters = word.strip("'’\"(),.")
        if len(letters) > 1 and letters[1:].upper() == letters[1:] and letters.isalpha():
            return True  # "VVD", "PSV"
        if i and letters[:1].isupper():
            return True  # "Lege |Kuip|": a name
        if i == 0 and letters[:1].isupper():
            first = _WORD.search(doc.text, opening, phrase.end)
            if first is not None and first.start() != phrase.start:
                return True  # capitalised inside the sentence
            plural = letters.lower().endswith(("en", "s")) and lexicon.zipf(letters.lower()) >= MIN_NAME_ZIPF
            if len(words) == 1 and not plural:
                return True  # "Lam kwam … onder druk": a name; "Medicijnen dreigen": a plural
    return False
