"""Recurrence of a phenomenon stated without a verb of change: it is there again ("opnieuw",
"wederom", a headline that opens with "Weer"), or it happens for the n-th time within a short
span ("voor de derde keer in korte tijd", "voor de zoveelste keer").

Firsts of public bodies ("als eerste grote stad") are ``_trend_firsts``'s, called from here.

Called by ``trends.statements`` for every sentence that holds one of this module's marker words,
beside the statements the other rules made (a clause they already read is left to them; "het
zoveelste incident", "niet de eerste keer", "al langer" and "steeds weer" are ``_trend_policy``'s).
The conventions (tests/gold/NOTES.md G2–G4) count a phenomenon seen again as a trend, ``hard``:

* "opnieuw" or "wederom" with a state or an occurrence of the clause's subject, or of the noun
  phrase after an existential "er" or a verb of seeing → stable: "Er waren |opnieuw ernstige
  incidenten| in een aantal zwembaden", "In de Parijse voorsteden zijn |opnieuw rellen|
  uitgebroken", "|De overlast door jongeren| is opnieuw groot", "|Opnieuw staan
  cybercriminaliteit en ondermijning| centraal", "Dit jaar zien Nederlanders |opnieuw een grote
  kloof| tussen arm en rijk", "Opnieuw kampt Venezuela met |een grote stroomstoring|";
* a headline (a short line of its own) that opens with "Opnieuw", "Weer" or "Wederom", or with
  them after a label and a colon, and names an event → stable: "Opnieuw |autobrand in Gouda|",
  "Weer |handgranaat| gevonden in Spuistraat", "Smoke Palace: Opnieuw |ontploffing bij coffeeshop
  Oost|"; not a step in one case ("Opnieuw aanhouding in vermissingszaak", "Weer taakstraf voor
  …"), something new ("Weer een nieuwe soort …"), the weather ("Weer en klimaat");
* "voor de tweede (derde, …) keer" with a short span ("in korte tijd", "binnen een week", "deze
  maand") → stable, like "niet de eerste"; "voor de zoveelste keer" → up, like "het zoveelste
  incident": "Voor de derde keer in korte tijd is er |brand| uitgebroken", "Voor de zoveelste keer
  zijn er |vernielingen| aangericht bij de Stadsakker", "In Texas heeft voor de tweede keer deze
  maand een |schietpartij| plaatsgevonden".

Not: what one person, one firm or one case does again ("De politie heeft opnieuw een verdachte
aangehouden", "ING is opnieuw op de vingers getikt", "Een automobilist is voor de vijfde keer
betrapt"): an action ("heeft", a participle that names no occurrence), a verb that states no
state or occurrence ("trouwde opnieuw"), a subject that is a pronoun, a person, a role or a name,
a count without a span, "op rij" (one team's titles), a question.
"""

from __future__ import annotations

import bisect
import itertools
import re

from trendbeeld.extract import _cues, _phrases, _scan, _text, _trend_firsts, _trend_speech, lexicon, regions
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_now import subject_of, without_relative
from trendbeeld.extract._trend_phenomena import ANAPHOR, _is_number, _phenomenon
from trendbeeld.extract._trend_policy import is_person
from trendbeeld.model import Change, TrendStatement

# Where the markers occur, found once per document by a plain substring search ("e keer " ends
# every ordinal before "keer": "tweede keer", "zoveelste keer", "4e keer").
_AGAIN_MARKS = ("opnieuw", "wederom")
_NTH_MARK = "e keer "
_LAST_TEXT: list[str] = []
_LAST_MARKS: list[list[int]] = []
_WORD = _phrases.WORD
_AGAIN = re.compile(r"(?:opnieuw|wederom|weer)(?![\w-])")
# "Weer" marks a headline only where it opens one ("Weer autobrand in Oss"): in running text it is
# one of the commonest adverbs.
_TITLE_MARK = "weer "
TITLE_REACH = 60  # characters of a line before ": " that may precede a headline's marker
HEADLINE_CHARS = 160  # a longer line is running text
# "voor de derde keer", read back from the "e" of the ordinal.
_NTH = re.compile(
    r"(?<![\w-])voor\s+de\s+(?P<ordinal>zoveelste|tweede|derde|vierde|vijfde|zesde|zevende|achtste"
    r"|negende|tiende|\d{1,2}e)\Z"
)
NTH_REACH = 24  # characters before the mark read for "voor de <ordinal>"
# A short span after "keer": "in korte tijd", "binnen een week", "in vier maanden", "deze maand".
_SPAN = re.compile(
    r"(?:in|binnen)\s+(?:korte\s+tijd|(?:[\w-]+\s+){0,3}?(?:dag|dagen|etmaal|week|weken|maand|maanden"
    r"|jaar|jaren|tijd)(?![\w-]))"
    r"|(?:deze|dit|die|afgelopen)\s+(?:week|maand|jaar|zomer|winter|periode|weken|maanden)(?![\w-])"
)
_IN_A_ROW = re.compile(r"op\s+rij(?![\w-])")
# Lemmas of the finite verbs of a state or an occurrence that "opnieuw" may stand with.
_STATE_VERBS = frozenset([
    "staan", "vormen", "kampen", "worstelen", "heersen", "klinken", "bestaan", "ontstaan", "zien",
    "signaleren", "constateren",
])
_BE = frozenset(["is", "zijn", "was", "waren", "blijkt", "bleek", "blijken", "bleken"])
VERB_REACH = 3  # words around the marker read for its finite verb
# Modal verbs and future: a plan, a duty or a possibility, nothing seen again.
_MODALS = frozenset([
    "zou", "zouden", "zal", "zullen", "gaat", "gaan", "moet", "moeten", "kan", "kunnen", "wil",
    "willen", "mag", "mogen", "wilde", "wilden", "moest", "moesten", "kon", "konden",
])
_TO = frozenset(["te", "om"])
# Auxiliaries of the passive and the perfect with "zijn".
_PASSIVE = frozenset(["is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden"])
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\W*\Z")
# Verbs of seeing: the phenomenon is their object, the noun phrase after the marker.
_SEEING = frozenset(["zien", "signaleren", "constateren"])
# Verbs whose phenomenon follows "met": "kampt opnieuw met |een stroomstoring|".
_WITH = frozenset(["kampen", "worstelen"])
# Participles of an occurrence: "is opnieuw een overval |geweest|", "rellen |uitgebroken|".
_OCCURRED = frozenset([
    "geweest", "uitgebroken", "ontstaan", "opgedoken", "plaatsgevonden", "gepleegd", "ontploft",
    "aangericht", "opgelaaid", "ontdekt", "gevonden", "aangetroffen",
])
# Steps in one case and the authorities' work: what a headline names again is then no
# phenomenon ("Opnieuw aanhouding in vermissingszaak", "Opnieuw onderzoek in woning", "Weer boetes").
_CASE_WORDS = frozenset([
    "aanhouding", "arrestatie", "onderzoek", "zoektocht", "boete", "bekeuring", "aangifte", "cel",
    "celstraf", "eis", "controle", "actie", "aandacht", "gesprek", "geld", "oproep", "bon", "vondst",
    "werk", "werkzaamheden", "zitting", "uitspraak", "kritiek", "iemand", "verdachte", "bezoeker",
    "aanklacht", "tbs", "straf",
])
# Heads of compounds that name a step in one case ("taakstraf", "celstraf", "strafeis").
_CASE_HEADS = ("straf", "eis", "onderzoek", "zitting", "aanhouding", "arrestatie")
# Finds are the police's work when "opnieuw" marks them ("is opnieuw vuurwerk aangetroffen").
_FINDS = frozenset(["ontdekt", "gevonden", "aangetroffen"])
# Auxiliaries of an action ("heeft opnieuw … aangehouden") and of one case's course.
_ACTION = frozenset(["heeft", "hebben", "had", "hadden"])
# Words passed over before the noun phrase after the marker ("er opnieuw |een| explosie").
_SKIPPED = frozenset([
    "er", "nog", "ook", "al", "wel", "weer", "dan", "nu", "zelfs", "afgelopen", "vorige", "deze",
    "dit", "jaar", "week", "maand", "nacht",
])
# Prepositions whose phrase is passed over before the subject ("is |in de Spuistraat| een handgranaat").
_PREPOSITIONS = frozenset(
    ["in", "op", "bij", "aan", "uit", "tijdens", "na", "rond", "rondom", "nabij", "vlakbij"]
)
# Predicates that close the noun phrase before them ("staan |centraal|").
_PREDICATES = frozenset(["centraal", "voorop", "bovenaan"])
_ARTICLES = frozenset(["de", "het", "een"])
# Persons as pronouns: what one person does or undergoes again ("stond |hij| opnieuw …").
_PERSONAL = frozenset(
    ["ik", "je", "jij", "u", "mij", "me", "mijn", "jou", "jouw", "uw", "hij", "zij", "ze", "we", "wij"]
)
# Endings of nouns of persons ("overvallers", "activist", "chauffeur", "douanier", "politiemensen").
_PERSON_ENDINGS = (
    "ers", "ist", "isten", "eur", "eurs", "aar", "aars", "ster", "sters", "ier", "iers", "mensen", "'er",
    "’er",
)
# The form of a past participle: "ge" after at most a separable particle ("|aan|gehouden").
_PARTICIPLE = re.compile(r"[a-z]{0,5}ge[a-zà-ÿ]{2,}(?:en|d|t)")
_NAME_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*")
MAX_WORDS = 8  # words read after the marker for the noun phrase


def statements(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> list[TrendStatement]:
    """Statements of recurrence in the sentence at ``start:end`` (``low``: the document's text in
    lower case, same offsets) whose clause ``made`` (the sentence's statements so far) does not
    cover."""
    out = _trend_firsts.statements(doc, low, start, end, made)  # "als eerste grote stad"
    marks = _LAST_MARKS[0] if _LAST_TEXT and _LAST_TEXT[0] is low else _marks(low)
    i = bisect.bisect_left(marks, start)
    if i == len(marks) or marks[i] >= end or low.find("?", start, end) >= 0:
        return out  # no mark in the sentence, or a question
    for at in itertools.takewhile(lambda pos: pos < end, marks[i:]):
        clause = next((c for c in _trend_speech.clauses(doc, start, end) if c.start <= at < c.end), None)
        if clause is None or _covered(doc, clause, made + out):
            continue
        if low.startswith(_NTH_MARK, at):
            statement = _nth_time(doc, low, clause, at)
        else:
            statement = _again(doc, low, clause, at)
        out += [statement] if statement is not None else []
    return out


def positions(low: str) -> list[int]:
    """Where the markers occur in ``low``, with those of ``_trend_firsts``, in order: a sentence
    without any has no statement here (trends reads this once per document to pass such sentences
    by)."""
    firsts = _trend_firsts.positions(low)
    return sorted(_marks(low) + firsts) if firsts else _marks(low)


def _marks(low: str) -> list[int]:
    """The marks of ``low`` (found once per document)."""
    if not _LAST_TEXT or _LAST_TEXT[0] is not low:
        again = _scan.occurrences(low, _AGAIN_MARKS, word_start=True)
        nth = [at for at in _scan.occurrences(low, (_NTH_MARK,)) if at > 0 and low[at - 1].isalpha()]
        titles = _scan.occurrences(low, (_TITLE_MARK,), word_start=True)
        titles = [at for at in titles if _opens_title(low, at)]
        _LAST_TEXT[:] = [low]
        _LAST_MARKS[:] = [sorted(again + nth + titles)]
    return _LAST_MARKS[0]


def _covered(doc: Document, clause: _phrases.Span, made: list[TrendStatement]) -> bool:
    """True when a statement made so far lies in ``clause`` (the other rules read it)."""
    first = doc.span(clause.start, clause.start + 1)[0].start
    last = doc.span(clause.end - 1, clause.end)[0].end
    return any(s.span.start < last and s.span.end > first for s in made)


def _again(doc: Document, low: str, clause: _phrases.Span, at: int) -> TrendStatement | None:
    """"Er waren |opnieuw| ernstige incidenten", "|De overlast| is opnieuw groot": stable."""
    marker = _AGAIN.match(low, at)
    if marker is None or not _plain(doc, low, clause):
        return None  # "opnieuwe"; an action, a plan, a change the other rules read
    words = list(_WORD.finditer(low, clause.start, clause.end))
    index = next((i for i, w in enumerate(words) if w.start() == at), None)
    if index is None:
        return None
    verb = _state_verb(words, index)
    there = _THERE.search(low, clause.start, clause.end) is not None
    if verb is None and there:  # "waren er de afgelopen dagen opnieuw drie autobranden"
        verb = next((("zijn", w.start()) for w in words if w.group(0) in _BE), None)
    participles = [w.group(0) for w in words[index + 1 :] if _is_participle(w.group(0))]
    if {w.group(0) for w in words} & _PASSIVE:  # "is opnieuw op de vingers |getikt| (door …)"
        participles += [w for w in _passive_ends(words[index + 1 :]) if w not in participles]
    title = verb is None and _opens_title(low, at) and _is_headline(doc, low, at)
    if title:  # "Opnieuw |autobrand| in Gouda", "Weer |handgranaat| gevonden in Spuistraat"
        return _headline(doc, low, clause, marker.end(), at, participles)
    if any(w not in _OCCURRED or w in _FINDS for w in participles) or low.startswith("weer", at):
        return None  # "is opnieuw een verdachte |aangehouden|", "is opnieuw vuurwerk |aangetroffen|"
    if verb is None:
        return None  # "Maarten van der Weijden zwemt deze zomer opnieuw": an action
    lemma, verb_at = verb
    if lemma in _WITH:
        with_at = low.find(" met ", marker.end(), clause.end)
        phrase = None if with_at < 0 else _noun_after(doc.text, low, with_at + 5, clause.end)
    elif lemma in _SEEING or there:
        phrase = _noun_after(doc.text, low, marker.end(), clause.end)  # "er opnieuw |een explosie|"
    else:
        phrase = _subject(doc, low, clause, at, marker.end())
        if phrase is None and (verb_at < at or index == 0):  # "zijn opnieuw |rellen| uitgebroken"
            phrase = _noun_after(doc.text, low, marker.end(), clause.end)
    return _made(doc, low, clause, phrase, at, marker.end(), Change.STABLE)


def _headline(
    doc: Document, low: str, clause: _phrases.Span, after: int, at: int, participles: list[str]
) -> TrendStatement | None:
    """"Opnieuw autobrand in Gouda", "Weer handgranaat gevonden in Spuistraat": a headline that
    opens with the marker and names an event seen again (stable), not a step in one case
    ("Opnieuw aanhouding in vermissingszaak", "Opnieuw onderzoek in woning") nor a person ("Opnieuw
    vrouw aangevallen")."""
    if any(w not in _OCCURRED for w in participles) or not _noun_follows(low, after):
        return None  # "Opnieuw agent |geschorst|"; "Weer en klimaat", "Weer: zonnig" (the weather)
    phrase = _noun_after(doc.text, low, after, clause.end)
    words = [] if phrase is None else _WORD.findall(low, phrase.start, phrase.end)
    if phrase is None or not words or _THERE_NEXT.match(low, phrase.start + len(words[0])):
        return None  # "Opnieuw |duiken| er kastjes op": an inverted verb
    if any(_cues.lemma(w) in _CASE_WORDS or w.endswith(_CASE_HEADS) for w in words[:3]):
        return None  # "Opnieuw |aanhouding| in vermissingszaak", "Weer |taakstraf| voor mishandeling"
    if words[0].startswith("nieuw") or (len(words) == 1 and _is_inflected_adjective(words[0])):
        return None  # "Weer een |nieuwe| soort walvis ontdekt": something new; "|grote| zorgen"
    return _made(doc, low, clause, phrase, at, after, Change.STABLE)


def _noun_follows(low: str, after: int) -> bool:
    """True when a noun phrase opens right after the marker: a word that is no function word, an
    article or a number ("Weer |twee| auto's", "Opnieuw |28| jaar"), not a conjunction, a
    preposition or punctuation ("Weer |en| klimaat", "Weer|:|")."""
    token = _TOKEN_AFTER.match(low, after)
    if token is None:
        return False
    word = token.group(1)
    lex = lexicon.load()
    return word[0].isdigit() or word == "een" or word in lex.number_words or word not in lex.function_words


def _is_inflected_adjective(word: str) -> bool:
    """"grote", "nieuwe": an inflected form whose lemma is the bare adjective."""
    return word.endswith("e") and _cues.lemma(word) != word


def _opens_title(low: str, at: int) -> bool:
    """True when the marker at ``at`` opens a line, or follows a label and ": " near a line's start
    ("Smoke Palace: Opnieuw ontploffing bij coffeeshop Oost")."""
    line = low.rfind("\n", max(0, at - TITLE_REACH), at)
    before = low[line + 1 : at] if line >= 0 or at <= TITLE_REACH else None
    if before is None:
        return False
    before = before.strip(" \"'„“‘")
    return not before or before.endswith(":")


def _is_headline(doc: Document, low: str, at: int) -> bool:
    """True when the sentence of ``at`` is a line of its own, short and without a full stop (a
    headline), not a sentence that a PDF line break cuts ("… is \nopnieuw een tekort …")."""
    sentence = doc.sentence_at(at)
    line = low.rfind("\n", 0, at) + 1
    body = low[sentence.start : sentence.end].rstrip()
    return (
        sentence.start >= line
        and "\n" not in low[at : sentence.start + len(body)]
        and len(body) <= HEADLINE_CHARS
        and not body.endswith(".")
    )


def _nth_time(doc: Document, low: str, clause: _phrases.Span, at: int) -> TrendStatement | None:
    """"Voor de derde keer in korte tijd is er |brand| uitgebroken" (stable), "voor de zoveelste
    keer" (up): about the clause's subject, or the noun phrase after "er"."""
    ordinal = _NTH.search(low, max(clause.start, at - NTH_REACH), at + 1)
    if ordinal is None or not _plain(doc, low, clause):
        return None  # "elke keer", "deze keer"; an action, a plan, a change the other rules read
    after = at + len(_NTH_MARK)
    many = ordinal.group("ordinal") == "zoveelste"
    span = _SPAN.match(low, after)
    if _IN_A_ROW.match(low, after) or (span is None and not many):
        return None  # "voor de achtste keer op rij landskampioen", "voor de vijfde keer betrapt"
    rest = span.end() if span is not None else after
    before = _WORD_BEFORE.search(low, max(clause.start, ordinal.start() - 30), ordinal.start())
    inverted = before is None or _is_finite(before.group(1))
    if _THERE.search(low, clause.start, clause.end):
        phrase = _noun_after(doc.text, low, rest, clause.end)
    else:
        phrase = _subject(doc, low, clause, ordinal.start(), rest)
        if phrase is None and inverted:  # "ging voor de zoveelste keer |een auto| in vlammen op"
            phrase = _noun_after(doc.text, low, rest, clause.end)
    participle = next((w for w in _WORD.findall(low, rest, clause.end) if _is_participle(w)), None)
    if participle is not None and participle not in _OCCURRED:
        return None  # "Een automobilist is voor de tweede keer in een week |betrapt|": acted on
    direction = Change.UP if many else Change.STABLE
    return _made(doc, low, clause, phrase, ordinal.start(), rest, direction)


def _plain(doc: Document, low: str, clause: _phrases.Span) -> bool:
    """The clause states what is or happened: no action of someone ("heeft"), no plan, duty or
    wish (a modal verb, "te" before an infinitive), no first or second person, and no wording of
    change, which the other rules read ("laat opnieuw een stijging zien")."""
    if doc.cues_in(clause.start, clause.end):
        return False
    words = set(_WORD.findall(low, clause.start, clause.end))
    action = _ACTION if not words & _OCCURRED else frozenset()  # "heeft … een schietpartij plaatsgevonden"
    return not words & (action | _MODALS | _PERSONAL | _TO)


def _subject(doc: Document, low: str, clause: _phrases.Span, start: int, end: int) -> _phrases.Span | None:
    """The clause's subject for a marker at ``start:end`` (``subject_of``), without a trailing
    verb; not the noun phrase of a preposition that opens the clause ("|Op een boerderij| is …")."""
    phrase = _without_verb(doc.text, low, subject_of(doc.text, clause, start, end, groups=False))
    if phrase is None:
        return None
    before = _WORD_BEFORE.search(low, max(clause.start, phrase.start - 20), phrase.start)
    if before is not None and (before.group(1) in _PREPOSITIONS or before.group(1) in _ARTICLES):
        article = before.group(1) in _ARTICLES
        earlier = _WORD_BEFORE.search(low, max(clause.start, before.start() - 20), before.start())
        if not article or (earlier is not None and earlier.group(1) in _PREPOSITIONS):
            return None
    return phrase


_THERE = re.compile(r"(?<![\w-])er(?![\w-])")
_LINK = re.compile(r"\s(?:in|bij|op|aan|van|voor|rond|nabij|tegen)\s")
_TOKEN_AFTER = re.compile(r"[ \t]+[\"'‘’“„]?([^\W_][\w'’-]*)")
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")
_THERE_NEXT = re.compile(r"\s+er(?![\w-])")


def _state_verb(words: list[re.Match[str]], index: int) -> tuple[str, int] | None:
    """The lemma and offset of the finite verb of a state or an occurrence within ``VERB_REACH``
    words of the marker at ``words[index]`` ("zijn opnieuw", "Opnieuw staan", "is er opnieuw")."""
    for word in words[max(0, index - VERB_REACH) : index + VERB_REACH + 1]:
        form = word.group(0)
        if form in _BE:
            return "zijn", word.start()
        if len(form) > 2:
            lemma = _cues.lemma(form)
            if lemma in _STATE_VERBS and (lemma != form or form in _phrases.FINITE_VERBS):
                return lemma, word.start()  # "kampt", "staan"
    return None


def _passive_ends(words: list[re.Match[str]]) -> list[str]:
    """Forms of a participle (which the lemmas may miss: "getikt") that close the clause or stand
    before the agent's "door"."""
    forms = [w.group(0) for w in words]
    return [
        form
        for i, form in enumerate(forms)
        if _PARTICIPLE.fullmatch(form) and (i == len(forms) - 1 or forms[i + 1] == "door")
    ]


def _is_finite(word: str) -> bool:
    """"is", "ging": a finite verb form before the marker (the subject then follows it)."""
    return word in _phrases.FINITE_VERBS or (_text.is_verb_form(word) and not _is_participle(word))


def _is_participle(word: str) -> bool:
    """"aangehouden", "uitgebroken", "geweest": a past participle, whose lemma is another word, a
    verb ("geweld", "gebied" are their own lemma)."""
    if _PARTICIPLE.fullmatch(word) is None:
        return False
    lemma = _cues.lemma(word)
    return lemma != word and lemma.endswith(("en", "zijn"))  # not "hogeropgeleiden" (-opgeleide)


def _noun_after(text: str, low: str, start: int, end: int) -> _phrases.Span | None:
    """The noun phrase after ``start``, past adverbs, times and numbers ("er opnieuw |een explosie|")."""
    passed = start  # the end of a prepositional phrase passed over
    for word in itertools.islice(_WORD.finditer(low, start, end), MAX_WORDS * 2):
        form = word.group(0)
        if word.start() < passed or form in _SKIPPED or form in _phrases.FINITE_VERBS or _is_number(form):
            continue  # "voor de derde keer in korte tijd |is er| brand"
        if form in _PREPOSITIONS:
            place = _phrases.noun_phrase(text, word.end(), end)
            passed = place.end if place is not None else word.end()
            continue  # "is |in de Amsterdamse Spuistraat| een handgranaat gevonden"
        if _text.is_verb_form(form) or _is_participle(form):
            return None  # "is er opnieuw |gesproken|": no noun
        phrase = _without_verb(text, low, _phrases.noun_phrase(text, word.start(), end))
        return _with_noun(low, phrase, end)
    return None


def _with_noun(low: str, phrase: _phrases.Span | None, end: int) -> _phrases.Span | None:
    """An inflected adjective alone with the noun after it, which the lemmas read as a verb form
    ("een |grote| kloof": "kloof" of "kluiven"): "grote kloof"."""
    if phrase is None or not _is_inflected_adjective(low[phrase.start : phrase.end]):
        return phrase
    noun = _NEXT_WORD.match(low, phrase.end, end)
    if noun is None or noun.group(1) in _phrases.FINITE_VERBS or _is_participle(noun.group(1)):
        return phrase
    return _phrases.Span(phrase.start, noun.end())


def _without_verb(text: str, low: str, phrase: _phrases.Span | None) -> _phrases.Span | None:
    """The phrase up to a verb form after its first word ("rellen |uitgebroken|", "een explosie
    |geweest| bij een woning"), or up to "centraal" ("cybercriminaliteit |centraal| in …")."""
    if phrase is None:
        return None
    words = list(_WORD.finditer(low, phrase.start, phrase.end))
    for before, word in itertools.pairwise(words):
        form = word.group(0)
        if form in _PREDICATES or form in _phrases.FINITE_VERBS or _is_participle(form) or (
            _text.is_verb_form(form) and before.group(0) not in _ARTICLES
        ):
            return _phrases.Span(phrase.start, before.end())
    return phrase


def _made(
    doc: Document,
    low: str,
    clause: _phrases.Span,
    phrase: _phrases.Span | None,
    start: int,
    end: int,
    direction: Change,
) -> TrendStatement | None:
    """The statement about ``phrase`` with the marker at ``start:end``, unless the phrase is no
    phenomenon: a pronoun, a person, a role, a name (a capitalised word inside the sentence that
    is no place), a number."""
    if phrase is None or is_person(doc.text, phrase):
        return None
    words = _WORD.findall(low, phrase.start, phrase.end)
    lex = lexicon.load()
    heads = [w for w in words[:3] if w not in lex.function_words]
    if not heads or any(w.endswith(_PERSON_ENDINGS) for w in heads[:2]):
        return None  # "overvallers", "een activist": people
    sentence = doc.sentence_at(phrase.start)
    link = _LINK.search(low, phrase.start, phrase.end)  # names after a preposition are places
    for name in _NAME_WORD.finditer(doc.text, phrase.start, link.start() if link else phrase.end):
        inside = name.start() > sentence.start + 1 and name.start() > clause.start + 1
        if inside and not regions.lookup(name.group(0)):
            return None  # "De |VVD| is opnieuw de grootste": one party's
    name_text = without_relative(_phenomenon(doc, phrase))
    if not name_text or not _is_phenomenon(name_text, lex.function_words):
        return None
    span, evidence, page = doc.span(min(phrase.start, start), max(phrase.end, end))
    return TrendStatement(span=span, text=evidence, phenomenon=name_text, direction=direction, page=page)


def _is_phenomenon(name: str, function_words: frozenset[str]) -> bool:
    """A phenomenon's name: no pointer, function word, address, adjective alone ("Opnieuw |grote|
    zorgen over …": the noun cut off) or verb ("|gooiden| vrienden")."""
    low = name.lower()
    first = low.split()[0]
    return not (
        name.startswith(ANAPHOR)
        or low in function_words
        or "http" in low
        or "www" in low
        or (" " not in low and _is_inflected_adjective(low))
        or _text.is_verb_form(first)
        or first in _phrases.FINITE_VERBS
        or len(first) < 3
    )
