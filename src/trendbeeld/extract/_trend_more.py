"""Trend statements of "more" or "less" without a verb of change: the existential "er" with
"meer"/"minder" before a noun phrase, in a clause that says when or against what; and goals and
aims of speakers, organisations and rules.

Called by ``trends.statements`` for every sentence; a statement is made only where no statement
of the sentence already covers the word "meer"/"minder". Wording handled:

* a time of the past or a comparison with one: "Er zijn vorig jaar |meer alleenstaanden|
  bijgekomen", "Vorig jaar zijn er opnieuw |minder rechtszaken| gevoerd", "Vorig jaar kwamen er
  bijna 50 procent |meer acute meldingen| binnen dan het jaar ervoor", "Langzamerhand komen er
  |meer klachten|";
* a cause: "dat er door de toegenomen werkdruk |minder niet-verplichte opleidingen| worden gevolgd";
* without "er", a verb of the clause's own with a time of the past: a participle after the phrase in a
  perfect or passive names what was counted ("heeft de AP in 2022 |meer mensen| ingehuurd" ->
  "ingehuurde mensen", "minder aanvragen binnengekregen" -> "binnengekregen aanvragen"), or a finite
  past verb before it ("Het concern boekte vorig jaar |meer omzet|").

Not: what may, must or will happen ("er zal meer creativiteit nodig zijn", "er mag meer worden
gecontroleerd"; expectations are ``_trend_risks``), a condition ("Als er meer …", "Zonder …"), a
question, a horizon of days ("De afgelopen dagen waren er meer bedreigingen": one case), "niet
meer", "geen … meer", "onder meer", "meer dan" with a number, and "meer"/"minder" before a verb
("er is … meer teruggegeven").

A news title (the text's first line) that opens with "Meer"/"Minder", after at most a short label,
states a change without a time (the conventions: a trend stated in a headline is its own item):
"|Minder brommers| gestolen in de binnenstad", "Wijkteam: |minder overlast| door jongeren"; not
with "dan", a need, a condition, a modal, a negation or a question in the title, nor a name in
quotation marks ("'Minder Marokkanen-zaak' opnieuw voor de rechter").

The phenomenon is the noun phrase after "meer"/"minder", up to a new determiner and without the
particle or verb forms that close the clause ("meer |klachten| binnen").

An impersonal passive with a comparative adverb ("er wordt beter samengewerkt", "Er wordt minder
gerookt") is ``_trend_impersonal``'s, called from here.

Goals and aims, in a sentence without any other statement (the conventions count the goal of a
speaker or an organisation about a public phenomenon and the aim of a rule or a measure as trends,
``hard``, with the direction the goal names):

* a modal of will or duty before a change: "We willen |het aantal incidenten| verder
  terugdringen", "Slimme camera moet |aantal roodlichtnegeerders| terugdringen", "|Het eigen
  risico| moet omlaag", "Nieuw plan moet leiden tot |minder overlast|";
* a noun of aim: "Doel is |het aantal woninginbraken| te verminderen", "met als doel |de
  verkeersveiligheid| te vergroten", "streeft naar een halvering |van het aantal daklozen|", "is
  bedoeld om |de overlast| te verminderen";
* the means of an aim: "die door |strengere controle| illegaal wapenbezit moeilijker moet maken"
  (up: the rule's reach grows).

Not: pleas and wishes of another's act ("pleit voor", "willen dat …", "dient … te worden"), a
duty in the passive ("moet worden verhoogd"), a hypothesis ("zou moeten afnemen"), a condition, a
question, a negation, an order ("moet per direct verbeteren"), keeping on ("wil … blijven
verbeteren"), what only the subject itself does ("Komende jaren wil de bank groeien") and one's
own affairs ("zijn schuld").
"""

from __future__ import annotations

import bisect
import re

from trendbeeld.extract import (
    _cues,
    _phrases,
    _text,
    _trend_cases,
    _trend_impersonal,
    _trend_speech,
    _trend_title_comparatives,
    lexicon,
)
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import ANAPHOR, _is_preposition, _phenomenon
from trendbeeld.extract._trend_policy import is_person
from trendbeeld.model import Change, TrendStatement

_MORE_LESS = re.compile(r"(?<![\w-])(meer|minder)\s+(?=[a-zà-ÿ])")
# Words before "meer"/"minder" that make it no more or less of something.
_NOT_BEFORE = re.compile(
    r"(?<![\w-])(?:niet|geen|nooit|nog|onder|steeds|alsmaar|almaar|des\s+te|te|of|en|iets|wat|zo|veel\s+te)\s+\Z"
)
_NOT_AFTER = re.compile(r"(?:dan|en|of|over|te|nodig|dus|ook|niet|als|dat|zijn|worden|maar)(?![\w-])")
# The existential "er" in the clause before "meer"/"minder".
_THERE = re.compile(r"(?<![\w-])er(?![\w-])")
# A time of the past in a clause without "er" ("In 2022 heeft de AP minder aanvragen binnengekregen",
# "boekte vorig jaar meer omzet"): the clause compares with what was before.
_PAST_TIME = re.compile(
    r"(?<![\w-])(?:vorig\s+(?:jaar|boekjaar)|vorige\s+(?:maand|zomer|winter)|(?:de|het)\s+(?:afgelopen|voorbije"
    r"|laatste)\s+(?:\w+\s+)?(?:jaren|jaar|boekjaar|maanden|decennia|decennium)|(?:in|sinds|vanaf)\s+(?:19|20)\d\d)"
    r"(?![\w-])"
)
# A perfect or passive auxiliary before "meer"/"minder"; finite auxiliaries that are no lexical verb.
_PERFECT = re.compile(r"(?<![\w-])(?:heeft|hebben|had|hadden|is|zijn|was|waren|werd|werden)(?![\w-])")
_AUXILIARIES = frozenset(
    ["is", "zijn", "was", "waren", "heeft", "hebben", "had", "hadden", "wordt", "worden", "werd", "werden",
     "blijft", "bleef", "bleven", "lijkt", "leek", "bleek", "bleken"]
)
_CAUSE = re.compile(r"als\s+gevolg\s+van(?![\w-])")  # "Als gevolg van …" opens no condition
_UNSTRESSED_PREFIXES = ("ont", "be", "ver", "her")  # "ontvangen", "bevonden": participle = infinitive
_VERB_AFTER_WORDS = 6  # words after the counted phrase read for the participle that closes the clause
# A time of the past, a comparison with one, a recurrence or a cause.
_WHEN_OR_WHY = re.compile(
    r"(?<![\w-])(?:vorig\s+jaar|vorige\s+(?:maand|week|zomer|winter)|(?:de|het)\s+(?:afgelopen|voorbije|laatste)\s+"
    r"(?:\w+\s+)?(?:jaren|jaar|maanden|decennia|decennium)|(?:in|sinds|vanaf)\s+(?:19|20)\d\d|sinds|opnieuw"
    r"|langzamerhand|geleidelijk|elk\s+jaar|ieder\s+jaar|jaarlijks|dan\s+(?:vorig\s+jaar|voorheen|vroeger|eerder"
    r"|in\s+(?:19|20)\d\d|(?:het|een)\s+jaar\s+(?:ervoor|eerder|daarvoor)|(?:de|in\s+de)\s+(?:jaren|periode)"
    r"\s+(?:ervoor|daarvoor))|door|doordat|vanwege|dankzij|als\s+gevolg\s+van)(?![\w-])"
)
# What only may, must or will happen; a need; a horizon of days (one case); a wish.
_NOT_ACTUAL = re.compile(
    r"(?<![\w-])(?:kan|kunnen|kon|konden|zal|zullen|zou|zouden|moet|moeten|mag|mogen|hoeft|hoeven|nodig"
    r"|noodzakelijk|willen|wil|wilde|wilden|moest|moesten|hopen|hoopt|(?:de\s+)?(?:afgelopen|komende|laatste)\s+(?:\w+\s+)?(?:dagen|uren|weken)"
    r"|vandaag|gisteren|vannacht)(?![\w-])"
)
_CONDITION = frozenset(["als", "wanneer", "indien", "zonder", "mits", "zodra", "tenzij", "of"])
_NEW_PHRASE = frozenset(["de", "het", "een", "hun", "zijn", "haar", "dan", "die", "dat", "naar"])
_PARTICLES = frozenset(
    ["aan", "af", "binnen", "bij", "door", "in", "langs", "mee", "na", "om", "op", "over", "terug", "toe",
     "uit", "voor", "weg"]
)
_WORD = _phrases.WORD
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+\Z")
# A past participle: a particle, "ge", then the stem of the lemma ("teruggegeven" → teruggeven).
_PARTICIPLE = re.compile(r"((?:terug|toe|af|op|uit|aan|in|mee|over|door|bij|weg)?)ge([a-zà-ÿ]{3,})")
BEFORE_REACH = 12  # characters before "meer"/"minder" read for a word that makes it no count
THERE_REACH = 80  # characters before "meer"/"minder" read for "er"
# Where "meer"/"minder" occur, found once per document (the text last seen and its marks).
_MARKS = (" meer ", " minder ")
_LAST_TEXT: list[str] = []
_LAST_MARKS: list[list[int]] = []
# A news title (the text's first line) that opens with "Meer"/"Minder" before a noun phrase, after
# at most a short label ("Politie: Minder …", "'Meer …'"); the rest of the title names no
# comparison ("dan"), need, condition, modal, negation or question.
_HEADLINE = re.compile(r"(?:[^\W\d_][^\n:.?!]{0,30}:\s+)?['‘\"]?(meer|minder)\s+(?=[a-zà-ÿ])")
_NOT_HEADLINE = re.compile(
    r"(?<![\w-])(?:dan|nodig|als|wanneer|indien|zonder|tenzij|kan|kunnen|zal|zullen|moet|moeten|mag|mogen"
    r"|wil|willen|zou|zouden|hoe|waarom|niet|geen)(?![\w-])|\?"
)
# A quotation mark that closes a word or two after "meer"/"minder" with the title going on.
_QUOTED_NAME = re.compile(r"[^\s'‘’\"]+(?:\s[^\s'‘’\"]+)?['’\"]\s+\S")
HEADLINE_REACH = 160  # characters of the longest title read
_LAST_HEAD: list[list[int]] = []
_LAST_TITLE: list[list[int]] = []  # title parts with a comparative (_trend_title_comparatives)
_LAST_PASSIVE: list[list[int]] = []  # impersonal passives ("er wordt …", _trend_impersonal)


def statements(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> list[TrendStatement]:
    """Statements of more or less in the sentence at ``start:end`` (``low``: the document's text in
    lower case, same offsets) that ``made`` (the sentence's statements so far) do not cover."""
    positions(low)
    out = _more_or_less_in(doc, low, start, end, made) if _holds(_LAST_MARKS[0], start, end) else []
    if not out and _holds(_LAST_HEAD[0], start, end):
        head = _headline(doc, low, start, end, made)  # "Minder agenten ziek dankzij …"
        out += [head] if head is not None else []
    if not out and _holds(_LAST_TITLE[0], start, end):
        title = _trend_title_comparatives.statement(doc, low, start, end, made)  # "Burgers minder bezorgd"
        out += [title] if title is not None else []
    if not out and _holds(_LAST_PASSIVE[0], start, end):  # "er wordt beter samengewerkt"
        out += _trend_impersonal.statements(doc, low, start, end, made)
    if not made and not out and _holds(_LAST_GOALS[0], start, end):
        goal = _goal(doc, low, start, end)  # "We willen het aantal … terugdringen"
        out += [goal] if goal is not None else []
    return out


def _holds(marks: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(marks, start)
    return i < len(marks) and marks[i] < end


def _more_or_less_in(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> list[TrendStatement]:
    if low.find("?", start, end) >= 0:
        return []
    there = _THERE.search(low, start, end) is not None
    if (_WHEN_OR_WHY if there else _PAST_TIME).search(low, start, end) is None:
        return []
    out: list[TrendStatement] = []
    for clause in _trend_speech.clauses(doc, start, end):
        for m in _MORE_LESS.finditer(low, clause.start, clause.end):
            found = _more_or_less(doc, low, clause, m, made + out)
            if found is not None:
                out.append(found)
    return out


def _with_own_verb(
    low: str, clause: _phrases.Span, m: re.Match[str], phrase: _phrases.Span
) -> tuple[_phrases.Span, re.Match[str] | None] | None:
    """Without "er", "meer"/"minder" counts the object or subject of a verb of its own clause with a
    time of the past: a participle after the phrase in a perfect or passive ("heeft de AP in 2022
    |minder aanvragen| binnengekregen", "|minder verzoeken van betrokkenen| ontvangen voor …") or a
    finite past verb before it ("boekte vorig jaar |meer omzet|"). The phrase ends before the
    participle; with the participle, if any; None when the clause has neither."""
    if _PAST_TIME.search(low, clause.start, clause.end) is None:
        return None
    if _PERFECT.search(low, clause.start, m.start()) is not None:
        words = list(_WORD.finditer(low, phrase.start, clause.end))
        reach = len(low[phrase.start : phrase.end].split()) + _VERB_AFTER_WORDS
        for i in range(1, min(len(words), reach)):
            if _participle(words[i].group(0)):
                return _phrases.Span(phrase.start, words[i - 1].end()), words[i]
    before = [w.group(0) for w in _WORD.finditer(low, clause.start, m.start())]
    return (phrase, None) if any(_past_verb(w) for w in before) else None


def _participle(word: str) -> bool:
    """A past participle: a verb form in -d/-t ("ingehuurd", "verkocht"), one in -en with "ge" of a
    lemma in -en ("binnengekregen"), or a verb with an unstressed prefix whose participle is its
    infinitive ("ontvangen")."""
    if word in _AUXILIARIES:
        return False
    if word.endswith(("d", "t")):
        return _text.is_verb_form(word)
    if not word.endswith("en"):
        return False
    base = _cues.lemma(word)
    if base == word:
        return word.startswith(_UNSTRESSED_PREFIXES)
    return "ge" in word and base.endswith("en")


def _past_verb(word: str) -> bool:
    """A finite past form of a lexical verb ("boekte", "ontving"), no auxiliary or participle."""
    if word in _AUXILIARIES or word.startswith("ge") or not _text.is_verb_form(word):
        return False
    base = _cues.lemma(word)
    return (base != word and not word.endswith(("t", "en"))) or word.endswith(("de", "te", "den", "ten"))


def positions(low: str) -> list[int]:
    """Where "meer"/"minder" occur in ``low``, in order: a sentence without them has no statement
    here (trends reads this once per document to pass such sentences by)."""
    if not _LAST_TEXT or _LAST_TEXT[0] is not low:
        _LAST_TEXT[:] = [low]
        _LAST_MARKS[:] = [_found(low, _MARKS)]
        _LAST_GOALS[:] = [_found(low, _GOAL_MARKS)]
        _LAST_HEAD[:] = [_headline_at(low)]
        _LAST_TITLE[:] = [_trend_title_comparatives.positions(low)]
        _LAST_PASSIVE[:] = [_trend_impersonal.positions(low)]
        marks = _LAST_MARKS[0] + _LAST_GOALS[0] + _LAST_HEAD[0] + _LAST_TITLE[0] + _LAST_PASSIVE[0]
        _LAST_ALL[:] = [sorted(marks)]
    return _LAST_ALL[0]


def _found(low: str, words: tuple[str, ...]) -> list[int]:
    """Where ``words`` occur in ``low``, one past a leading space, in order (a plain substring search)."""
    found: list[int] = []
    for word in words:
        skip = 1 if word.startswith(" ") else 0
        at = low.find(word)
        while at >= 0:
            found.append(at + skip)
            at = low.find(word, at + 1)
    found.sort()
    return found


def _headline_at(low: str) -> list[int]:
    """Where "meer"/"minder" opens the text's title (its first line), if it does."""
    line_end = low.find("\n", 0, HEADLINE_REACH)
    if line_end < 0:
        return []  # no title line: a text of one line, or a title too long to be one
    m = _HEADLINE.match(low, 0, line_end)
    if m is None or _NOT_HEADLINE.search(low, m.end(), line_end) is not None:
        return []
    if _QUOTED_NAME.match(low, m.end(), line_end):
        return []  # "'Minder Marokkanen-proces' tegen …": a name in quotation marks
    return [m.start(1)]


def _headline(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> TrendStatement | None:
    """The change a title opening with "Meer"/"Minder" states: "|Minder agenten| ziek dankzij …"
    (down), "|Meer meldingen van fraude| bij taalscholen" (up)."""
    at = _LAST_HEAD[0][0]
    if any(s.span.start <= doc.span(at, at + 1)[0].start < s.span.end for s in made):
        return None  # the statement of a cue already says it
    m = _MORE_LESS.match(low, at)
    if m is None:
        return None
    phrase = _counted(doc.text, _phrases.noun_phrase(doc.text, m.end(), end))
    if phrase is None or phrase.start != m.end():
        return None
    words = low[phrase.start : phrase.end].split()
    name = None if len(words) == 1 and _is_verb(words[0]) else _phenomenon(doc, phrase)
    if not name or name.startswith(ANAPHOR) or name.lower() in lexicon.load().function_words:
        return None
    direction = Change.UP if m.group(1) == "meer" else Change.DOWN
    span, evidence, page = doc.span(m.start(), phrase.end)
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def _more_or_less(
    doc: Document, low: str, clause: _phrases.Span, m: re.Match[str], made: list[TrendStatement]
) -> TrendStatement | None:
    says = _says_more_or_less(low, clause, m)
    if says is None:
        return None
    source_start = doc.span(m.start(), m.end())[0].start
    if any(s.span.start <= source_start < s.span.end for s in made):
        return None  # the statement of a cue already says it
    phrase = _counted(doc.text, _phrases.noun_phrase(doc.text, m.end(), clause.end))
    if phrase is None or phrase.start != m.end():
        return None
    participle = None
    if says == "own":
        own = _with_own_verb(low, clause, m, phrase)
        if own is None:
            return None
        phrase, participle = own
    words = low[phrase.start : phrase.end].split()
    verb = len(words) == 1 and _is_verb(words[0])  # "meer |teruggegeven|": a verb, no count
    name = None if verb else _phenomenon(doc, phrase)
    if not name or name.startswith(ANAPHOR) or name.lower() in lexicon.load().function_words:
        return None
    direction = Change.UP if m.group(1) == "meer" else Change.DOWN
    span, evidence, page = doc.span(m.start(), participle.end() if participle else phrase.end)
    if participle is not None:  # "meer mensen ingehuurd": what is counted is "ingehuurde mensen"
        form = participle.group(0)
        name = f"{form}{'e' if form.endswith(('d', 't')) else ''} {name}"
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def _says_more_or_less(low: str, clause: _phrases.Span, m: re.Match[str]) -> str | None:
    """How "meer"/"minder" at ``m`` states more or less of something: in an existential clause with
    a time or a cause ("there"), in a clause without "er" that may have a verb of its own ("own",
    ``_with_own_verb`` decides), or not (None: what only may happen, a condition)."""
    before = max(clause.start, m.start() - BEFORE_REACH)
    if _NOT_AFTER.match(low, m.end()) or _NOT_BEFORE.search(low, before, m.start()):
        return None
    previous = _WORD_BEFORE.search(low, max(clause.start, m.start() - 16), m.start())
    if previous is not None and _is_preposition(previous.group(1)):
        return None  # "een dienstregeling |met| minder treinen": part of another noun phrase
    there = _THERE.search(low, max(clause.start, m.start() - THERE_REACH), m.start()) is not None
    if there and _WHEN_OR_WHY.search(low, clause.start, clause.end) is None:
        return None
    first = _WORD.search(low, clause.start, clause.end)
    actual = _NOT_ACTUAL.search(low, clause.start, clause.end) is None
    if not actual or first is None or (first.group(0) in _CONDITION and not _CAUSE.match(low, first.start())):
        return None
    return "there" if there else "own"


def _counted(text: str, phrase: _phrases.Span | None) -> _phrases.Span | None:
    """What "meer"/"minder" counts: the phrase up to a new determiner and without the particle or
    verb forms that close the clause ("meer |klachten| binnen", "minder |opleidingen| worden gevolgd")."""
    if phrase is None:
        return None
    words = list(_WORD.finditer(text, phrase.start, phrase.end))
    for i, word in enumerate(words[1:], 1):
        if word.group(0).lower() in _NEW_PHRASE and not _is_preposition(words[i - 1].group(0)):
            words = words[:i]
            break
    while len(words) > 1 and (
        words[-1].group(0).lower() in _PARTICLES or _is_verb(words[-1].group(0).lower())
    ):
        words.pop()
    return _phrases.Span(words[0].start(), words[-1].end()) if words else None


def _is_verb(word: str) -> bool:
    """A verb form, also a participle simplemma knows only by its lemma ("teruggegeven" →
    teruggeven); "gevangenen" (lemma "vangen") is a noun."""
    if _text.is_verb_form(word):
        return True
    m = _PARTICIPLE.fullmatch(word)
    if m is None:
        return False
    stem = m.group(1) + m.group(2)
    base = _cues.lemma(word)
    return base in (stem, stem[:-1] + "en")


# ---- Goals and aims --------------------------------------------------------------------------
# Where a goal or an aim may be said: a modal of will or duty, a noun of aim, "bedoeld om".
_GOAL_MARKS = (" wil", " moet", "doel", "stree")  # "doel" holds "bedoeld", " wil" "willen"
# Words of direction a goal may name without a cue of change, sought by a plain substring search.
_GOAL_WORD_KEY = re.compile("omlaag|omhoog|moeilijk|makkelijk|eenvoudig|lastig|leid")
_LAST_GOALS: list[list[int]] = []
_LAST_ALL: list[list[int]] = []
_GOAL = re.compile(
    r"(?<![\w-])(?:(?P<modal>wil|willen|wilt|moet|moeten)"
    r"|(?P<aim>(?:(?:het|ons|hun|zijn|haar|een)\s+)?doel(?:stelling)?\s+(?:[\w-]+\s+){0,5}?(?:is|was)(?:\s+om)?"
    r"|(?:met\s+als|als|tot)\s+doel(?:\s+om)?|stree(?:ft|ven|fde|fden)\s+(?:ernaar|naar)"
    r"|(?:is|zijn|was|waren)\s+bedoeld\s+om))(?![\w-])"
)
# Change a goal names without a verb of change: "moet omlaag", "moeilijker maken", "leiden tot minder".
_GOAL_WORDS = re.compile(
    r"(?<![\w-])(?:(?P<down>omlaag|moeilijker|lastiger)|(?P<up>omhoog|makkelijker|gemakkelijker|eenvoudiger))"
    r"(?:\s+(?:te\s+)?(?:maken|gaan|brengen))?(?![\w-])"
)
_LEAD_TO = re.compile(r"(?<![\w-])(?:leiden|leidt)\s+tot\s+(?P<more>meer|minder)\s+")
# A wish of another's act, a hypothesis, a passive duty or a plea: no goal ("zou moeten dalen",
# "moet worden verhoogd", "pleit ervoor", "Als we … willen verminderen").
_NOT_GOAL = re.compile(
    r"(?<![\w-])(?:zou|zouden|worden|wordt|werd|pleit\w*|vind\w*|vond|vonden|vraag\w*|eis\w*|roep\w*"
    r"|kan|kunnen|hebben|had|hadden|hoeven|hoeft|niet|geen|nooit|hoe|waarom|of|anders|rekening|direct|onmiddellijk|meteen|blijven|blijft)(?![\w-])"
)
_CONDITION_BEFORE = re.compile(r"(?<![\w-])(?:wanneer|indien|zodra|tenzij|mits)(?![\w-])")
_GOAL_CONDITION = frozenset(["als", "wanneer", "indien", "zonder", "mits", "zodra", "tenzij", "om"])
# The means of an aim: "door |strengere controle|", "met |meer toezicht|" (up: the rule's reach grows).
_MEANS = re.compile(r"(?<![\w-])(?:door|met)\s+(?:strengere|scherpere|betere|meer|extra)\s+(?=[a-zà-ÿ])")
MIN_INFINITIVE = 5  # letters of the shortest infinitive read as a verb ("doen" is not read)
_GOAL_SKIPPED = frozenset(
    ["zo", "ook", "nog", "verder", "daarmee", "hiermee", "dan", "dus", "vooral", "onder"]
)
_GOAL_OBJECT = frozenset(["de", "het", "een", "deze", "dit", "die", "dat"])
# A time inside the goal ("de komende jaren", "in 2030"): no object.
_GOAL_TIME = re.compile(
    r"(?<![\w-])(?:(?:de|het|dit|deze|in|binnen|voor|tot|na)\s+)?(?:komende|volgende|afgelopen|eerstvolgende"
    r"|\w+\s+(?=jaar|jaren))?\s*(?:jaren|jaar|maanden|maand|weken|decennia|periode|termijn)(?![\w-])"
)
_COMPLEMENT_BEFORE = re.compile(r"(?<![\w-])van\s+(?:de\s+|het\s+|een\s+)?\Z")
_OF = re.compile(r"\s+(?:van|in)\s+")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:het|de|een)\s+\Z")
_OWN = frozenset(["zijn", "haar", "hun", "mijn", "jouw", "onze", "ons", "uw", "je", "z'n"])


def _goal(doc: Document, low: str, start: int, end: int) -> TrendStatement | None:
    """A goal or an aim in the sentence at ``start:end``: "We willen |het aantal incidenten|
    terugdringen", "|Deze cijfers| moeten omlaag", "Doel is |het aantal ongelukken| te verminderen",
    "Slimme camera moet |aantal roodlichtnegeerders| terugdringen", "die door |strengere controle|
    … moeilijker moet maken" (the means: up). Not a plea or a wish of another's act, a passive
    duty, a hypothesis, a condition, a negation or a question."""
    if not doc.cues_in(start, end) and _GOAL_WORD_KEY.search(low, start, end) is None:
        return None  # no change named: the common case
    opening = _GOAL.search(low, start, end)
    if opening is None or low.find("?", start, end) >= 0:
        return None
    after = opening.start()
    for clause in _trend_speech.clauses(doc, start, end):
        if clause.end <= after:
            continue
        m = _GOAL.search(low, clause.start, clause.end)
        if m is None:
            continue
        first = _WORD.search(low, clause.start, clause.end)
        condition = _CONDITION_BEFORE.search(low, start, m.start())
        if first is None or first.group(0) in _GOAL_CONDITION or condition is not None:
            return None  # "Als we … willen", "wanneer ze merken dat de gemeente … streeft naar"
        if _NOT_GOAL.search(low, clause.start, clause.end):
            return None
        found = _aimed(doc, low, clause, m)
        if found is not None:
            return found
    return None


def _aimed(doc: Document, low: str, clause: _phrases.Span, m: re.Match[str]) -> TrendStatement | None:
    """The statement of the goal at ``m``: the change it names after it and what changes."""
    text = doc.text
    means = _MEANS.search(low, clause.start, clause.end)
    if means is not None:  # "door strengere controle": the means grows
        phrase = _counted(text, _phrases.noun_phrase(text, means.end(), clause.end))
        if phrase is not None:
            return _goal_made(doc, phrase, means.start(), phrase.end, Change.UP)
    lead = _LEAD_TO.search(low, m.end(), clause.end)
    if lead is not None:  # "moet leiden tot minder vuurwerkincidenten"
        phrase = _counted(text, _phrases.noun_phrase(text, lead.end(), clause.end))
        direction = Change.UP if lead.group("more") == "meer" else Change.DOWN
        return _goal_made(doc, phrase, lead.start(), phrase.end if phrase else lead.end(), direction)
    change = _goal_change(doc, low, clause, m.end())
    if change is None:
        return None
    at, change_end, direction, kind = change
    if kind == "noun":  # "streeft naar een halvering |van het aantal daklozen|"
        of = _OF.match(low, change_end)
        phrase = _phrases.noun_phrase(text, of.end(), clause.end) if of else None
        return _goal_made(doc, phrase, at, phrase.end if phrase else change_end, direction)
    modal = m.group("modal") or ""
    opening = _WORD.search(low, clause.start, m.start())
    inverted = modal.startswith("wil") and (
        opening is None or _phrases.starts_with_topic(low, opening.start(), m.start())
        or _GOAL_TIME.match(low, opening.start()) is not None
    )  # "Komende jaren wil |de bank| groeien": the subject after the modal
    phrase = _object(text, low, m.end(), at, inverted=inverted)
    if phrase is None and modal.startswith("moet") and kind != "make":  # "|Deze cijfers| moeten dalen"
        phrase = _goal_subject(text, low, clause.start, m.start())
    return _goal_made(doc, phrase, min(phrase.start, m.start()) if phrase else at, change_end, direction)


def _goal_change(
    doc: Document, low: str, clause: _phrases.Span, after: int
) -> tuple[int, int, Change, str] | None:
    """The first change after ``after`` in the clause: a cue of change up or down (not one the
    rules on cues rule out, such as "dna afnemen") or a word of direction ("omlaag", "moeilijker
    maken"); its start, end, direction and kind: "noun" (a complement names what changes), "make"
    (the object changes, never the subject: "moet |het wapenbezit| moeilijker maken"), "verb"."""
    cues = [
        c for c in doc.cues_in(after, clause.end)
        if c.direction in (Change.UP, Change.DOWN) and c.kind not in ("attr", "more", "comp", "state")
    ]
    if len(cues) > 1 and cues[0].kind == "noun" and cues[-1].kind != "noun":
        cues = cues[-1:]  # "wil de groei van … |terugdringen|": the verb says what the goal is
    for cue in cues:
        if _COMPLEMENT_BEFORE.search(low, max(clause.start, cue.start - 8), cue.start):
            return None  # "streeft naar beperking |van de| stijging": the change of another noun
        if _trend_cases.no_trend(doc.text, cue, low[cue.start : cue.end], clause.start):
            return None
        nominal = cue.kind == "noun" or (
            _ARTICLE_BEFORE.search(low, max(clause.start, cue.start - 4), cue.start) is not None
            and _OF.match(low, cue.end) is not None
        )  # "het |terugdringen| van jeugdcriminaliteit"
        return cue.start, cue.end, cue.direction, "noun" if nominal else "verb"
    word = _GOAL_WORDS.search(low, after, clause.end)
    if word is None:
        return None
    direction = Change.DOWN if word.group("down") else Change.UP
    return word.start(), word.end(), direction, "make" if word.group(0).endswith("maken") else "verb"


def _object(text: str, low: str, start: int, end: int, *, inverted: bool) -> _phrases.Span | None:
    """What a goal changes between its modal and its change: the noun phrase the last determiner
    opens that follows no preposition ("wil met het verbod |de verkeersveiligheid| vergroten", "wil
    de politie |het aantal fietsendiefstallen| verminderen"), else the first ("wil |zo| het forse
    handelstekort"); after a topic (``inverted``) the first is the subject, and only a second is
    an object ("Komende jaren wil |de bank| groeien": none)."""
    times = [t.span() for t in _GOAL_TIME.finditer(low, start, end)]
    words = [
        w for w in _WORD.finditer(low, start, end)
        if w.group(0) not in _GOAL_SKIPPED and not any(a <= w.start() < b for a, b in times)
    ]
    openings: list[re.Match[str]] = []
    for i, word in enumerate(words):
        w = word.group(0)
        first = not openings and (w in _GOAL_OBJECT or _phrases.is_content(w))
        if first or (w in _GOAL_OBJECT and i and not _is_preposition(words[i - 1].group(0))):
            openings.append(word)  # "wil de politie |het| aantal …": the object after the subject
    if inverted:
        openings = openings[1:]
    conjunct = [
        w for i, w in enumerate(words[1:], 1) if w.group(0) == "en" and _is_verb(words[i - 1].group(0))
    ]
    if conjunct:  # "wil aanspraak maken op … |en| overlast … terugdringen": the last conjunct
        openings = [w for w in openings if w.start() > conjunct[-1].start()] or [
            w for w in words if w.start() > conjunct[-1].start()
        ][:1]
    if not openings:
        return None
    return _counted(text, _phrases.noun_phrase(text, openings[-1].start(), end))


def _goal_subject(text: str, low: str, start: int, end: int) -> _phrases.Span | None:
    """The noun phrase that opens the clause before the modal ("|Het eigen risico| moet omlaag")."""
    words = list(_WORD.finditer(low, start, end))
    while words and words[0].group(0) in ("en", "maar", "dat", "want", "ook"):
        words.pop(0)
    if not words or _phrases.starts_with_topic(low, words[0].start(), end):
        return None
    return _phrases.noun_phrase(text, words[0].start(), end)


def _goal_made(
    doc: Document, phrase: _phrases.Span | None, start: int, end: int, direction: Change
) -> TrendStatement | None:
    """The goal's statement about ``phrase``; none for a pronoun, one's own ("zijn schuld"), a name."""
    if phrase is None:
        return None
    words = doc.text[phrase.start : phrase.end].lower().split()
    before = _WORD_BEFORE.search(doc.text, max(0, phrase.start - 8), phrase.start)
    own = (before is not None and before.group(1).lower() in _OWN) or words[0] in _OWN
    if own or _infinitive(words[0]) or _infinitive(words[-1]) or is_person(doc.text, phrase):
        return None  # "zijn schuld", "moet |helpen| om …", "een halt |toeroepen|"
    name = _phenomenon(doc, phrase)
    if not name or name.startswith(ANAPHOR) or name.lower() in lexicon.load().function_words:
        return None
    span, evidence, page = doc.span(min(phrase.start, start), max(phrase.end, end))
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def _infinitive(word: str) -> bool:
    """An infinitive: its third person in -t has it as lemma ("helpen" ← "helpt", "zetten" ← "zet")."""
    if len(word) < MIN_INFINITIVE or not word.endswith("en") or not word.isalpha():
        return False
    base = word[:-2]
    forms = {base + "t", base[:-1] + "t" if len(base) > 1 and base[-1] == base[-2] else base + "t"}
    return any(_cues.lemma(form) == word for form in forms)
