"""Persistence stated by an adverb of frequency or of lasting: a phenomenon that keeps occurring
("regelmatig", "telkens (weer)", "steeds weer", "herhaaldelijk") or a situation that has lasted
for weeks or months ("al weken", "al maanden", "al twee maanden").

Called by ``_trend_implied.statements`` (hooked in ``trends``) for a sentence that holds one of the
marker words, where no statement made so far covers the marker's clause. The conventions count
persistence as ``stable``, ``hard`` (tests/gold/NOTES "DPG news, blind and sealed": "`Al vier
maanden` / `al weken` of a protest or situation is `stable`, `hard`, like `al jaren`"; "De vraag die
|steeds weer| opspeelt" stable, hard; dev CONVENTIONS "Persistence … `al jaren` → stable, `hard`"). A
phenomenon is stated only by an occurrence, never by one actor's habit:

* an existential "er" with a verb of being or occurring: "Er gebeuren |regelmatig| ongelukken",
  "Volgens lokale media zijn er |regelmatig| schietpartijen", "|Telkens| kwamen er rapporten", "hoe
  het kan dat er |steeds weer| gaten vallen" → the noun phrase after the marker (or after "er");
* a verb of occurring with its subject: "Stroomstoringen komen |regelmatig| voor in het door crisis
  geteisterde Venezuela", "De discussie laait |telkens weer| op" → the subject;
* a place or group that suffers it: "Oss wordt |al maanden| geteisterd door een enorm aantal
  autobranden", "kampt |herhaaldelijk| met wateroverlast", "|regelmatig| geconfronteerd worden met
  scheldpartijen" → the noun phrase after "door" or "met";
* a wave or a situation that lasts: "de inbraakgolf die |al maanden| gaande is" → the noun phrase
  before the relative pronoun (or the subject); "de |al weken durende| demonstraties" → the noun
  phrase after "durende";
* a frequency idiom with a copula ("schering en inslag", "aan de orde van de dag", "dagelijkse
  kost"; NOTES H-annot: with "tegenwoordig" up, alt stable, hard): "|Financiële
  uitbuiting van ouderen| is aan de orde van de dag" → stable, "Het vandalisme … is |inmiddels|
  dagelijkse kost" → up (a word of now);
* a protest that has lasted weeks or months, named by its noun with where or against what: "In
  Hongkong wordt |al weken| gedemonstreerd" → "demonstraties in Hongkong", "|Al vijf maanden| gaan
  in Franse steden … mensen de straat op" → "demonstraties in Franse steden".

Not: what one person or firm does regularly ("OCCRP publiceert regelmatig", "nodigt regelmatig
buitenlandse artiesten uit", "Hij heeft zich telkens laten leiden"), a habit of a group ("Chirurgen
hebben regelmatig bloedvaten nodig"), a plan, duty or wish (a modal, "te"), the first or second
person, a condition ("Telkens als …", "als er regelmatig …"), a question, people as the phenomenon
("er regelmatig activisten"), and a clause whose change the other rules read.
"""

from __future__ import annotations

import bisect
import re

from trendbeeld.extract import _cues, _phrases, _scan, _trend_speech
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_recurrence import _MODALS, _made, _noun_after, _plain, _subject, _without_verb
from trendbeeld.model import Change, TrendStatement

# Letters that open a marker, found by a plain substring search once per document.
_MARK_WORDS = (
    "regelmatig ", "telkens ", "steeds weer", "herhaaldelijk ", "al ", "structure", "schering en inslag",
    "aan de orde van de dag", "dagelijkse kost",
)
# The marker itself, matched at a found position ("al" only before a span of weeks or months).
_MARK = re.compile(
    r"(?:(?P<idiom>schering\s+en\s+inslag|aan\s+de\s+orde\s+van\s+de\s+dag|dagelijkse\s+kost)"
    r"|structure(?:el|le)|regelmatig|telkens(?:\s+weer)?|steeds\s+weer|herhaaldelijk"
    r"|al\s+(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|enkele|\d{1,2})\s+)?"
    r"(?:weken|maanden|tijden|geruime\s+tijd|enige\s+tijd|maand|week))(?![\w-])"
)
# "de al weken |durende| demonstraties": what lasts follows the participle.
_LASTING_WORD = re.compile(r"\s+(?:durende|aanhoudende|voortdurende)\s+")
# Protest by a verb, named by its noun ("Al vijf maanden gaan … mensen |de straat op|").
_PROTEST = re.compile(
    r"(?<![\w-])(?:(?P<demonstraties>demonstre\w*|gedemonstreerd|de\s+straat\s+op)|(?P<protesten>proteste\w*"
    r"|geprotesteerd)|(?P<betogingen>betogen|betoogt|betoogde|betoogden)|(?P<stakingen>staken|staakt|staakten"
    r"|gestaakt)|(?P<acties>actievoeren|voeren\s+actie|voert\s+actie|voerden\s+actie))(?![\w-])"
)
_RELATIVE_IN = re.compile(r"(?<![\w-])(?:die|dat)\s(?!.*\s(?:die|dat)\s)")
_PROTEST_LINK = re.compile(r"(?<![\w-])(?P<link>tegen|in)\s+")
# Words that date a frequency idiom to now: the frequency grew ("is |inmiddels| dagelijkse kost").
_NOW = re.compile(
    r"(?<![\w-])(?:tegenwoordig|inmiddels|steeds|geworden|worden|wordt|begint|beginnen|nu|laatste|afgelopen"
    r"|tegenwoordig)(?![\w-])"
)
_COPULA = re.compile(
    r"(?<![\w-])(?:is|zijn|was|waren|wordt|worden|werd|werden|geworden|blijft|blijven|gebeurt|gebeuren)(?![\w-])"
)
_OPENING_WORDS = frozenset(["want", "en", "maar", "dat", "omdat", "ook", "dus"])
_TOPIC_OPENERS = frozenset([
    "in", "bij", "op", "onder", "binnen", "volgens", "tijdens", "sinds", "rond", "aan", "voor", "na", "ook",
])
_AFTER_SUBJECT = frozenset([
    "inmiddels", "tegenwoordig", "nu", "al", "nog", "ook", "steeds", "vaak", "echt", "gewoon", "hier", "daar",
    "er", "bijna", "haast", "zowat", "zo", "wel",
])
# A pronoun subject of the idiom ("want |het is| schering en inslag"): the phenomenon is elsewhere.
_POINTER = re.compile(r"(?<![\w-])(?:(?:het|dat|dit)\s+(?:is|was)|(?:is|was)\s+(?:het|dat|dit))\s+\Z")
# Shortcomings that "structureel" marks as lasting ("een |structureel tekort| aan Ubers").
_SHORTCOMINGS = frozenset([
    "tekort", "tekorten", "probleem", "problemen", "gebrek", "onderbezetting", "overbelasting", "fouten",
    "tekortkomingen", "misstanden", "achterstand", "achterstanden", "overlast", "wantrouwen",
    "onderfinanciering",
])
_SHORTCOMING_AFTER = re.compile(r"\s+([\w-]+)")
# "al een week" of one incident is narration; a span of weeks or months marks a lasting situation.
_ONE_SPAN = re.compile(r"al\s+(?:een\s+)?(?:week|maand)(?![\w-])")
# Verbs of being and occurring an existential "er" may stand with ("er |gebeuren| regelmatig").
_THERE_VERBS = frozenset([
    "zijn", "gebeuren", "vallen", "komen", "plaatsvinden", "voorkomen", "ontstaan", "uitbreken",
    "opduiken", "heersen", "bestaan", "klinken", "spelen", "verschijnen",
])
# Verbs of occurring whose subject is the phenomenon (a separable particle may follow).
_OCCUR_VERBS = frozenset([
    "gebeuren", "plaatsvinden", "ontstaan", "uitbreken", "opduiken", "opspelen", "oplaaien",
    "terugkeren", "heersen", "voorkomen",
])
# Finite forms of "komen" and particle verbs with their particle at the clause's end.
_PARTICLE_VERBS = {"voor": "voorkomen", "op": "opspelen", "uit": "uitbreken", "plaats": "plaatsvinden"}
# A place or group that suffers what follows "door" or "met".
_SUFFERING = re.compile(
    r"(?<![\w-])(?:(?:geteisterd|geplaagd|getroffen|overspoeld|opgeschrikt)\s+(?:(?:wordt|worden|werd|werden)"
    r"\s+)?door|(?:kampt|kampen|kampte|kampten|worstelt|worstelen|geconfronteerd)\s+(?:[\w-]+\s+){0,2}?met"
    r"|(?:het\s+)?toneel\s+van)\s+"
)
# A situation that lasts: "die al maanden |gaande is|", "is al weken |aan de gang|".
_ONGOING = re.compile(r"(?:gaande|aan\s+de\s+gang|onrustig|onrust)(?![\w-])")
_RELATIVE_BEFORE = re.compile(r"\s(?:die|dat)\s+\Z")
# A condition or a time clause opens the clause: "|Telkens als| er gestemd moet worden", "als er …".
_CONDITION = re.compile(r"(?<![\w-])(?:als|wanneer|indien|zodra|tenzij|mits|telkens\s+als)(?![\w-])")
_CONJUNCTION = re.compile(r"\s(?:en|maar|want|of)\s")
_PARTICLE_AFTER = re.compile(r"\s*(?:[,;.:]|\Z|(?:in|op|bij|aan|tijdens|onder|binnen|rond|sinds)\s)")
_PARTICLES = frozenset(["binnen", "voor", "op", "uit", "aan", "terug", "plaats", "bij", "vast"])
# Particles that are no preposition inside a noun phrase: the phrase ends before them.
_INNER_PARTICLES = frozenset(["binnen", "terug", "plaats", "vast"])
_LAST_WORD = re.compile(r"\s([\w-]+)\W*\Z")
_THERE = re.compile(r"(?<![\w-])er(?![\w-])")
_NEGATION = re.compile(r"(?<![\w-])(?:niet|geen|nooit)(?![\w-])")
_WORD = _phrases.WORD
SHORT_REACH = 60  # characters read for a short noun phrase
_DETERMINERS = frozenset(["de", "het", "een", "deze", "die", "dit", "dat"])
# Words that end a short noun phrase: times, quantities, conjunctions.
_SHORT_STOPS = frozenset([
    "elke", "iedere", "ieder", "elk", "en", "of", "maar", "om", "te", "uit", "sinds", "tijdens", "al",
    "op", "bij", "voor", "met", "na", "door",
])
VERB_REACH = 4  # words around the marker read for the verb of an existential "er"
NOUN_BEFORE = 60  # characters before a relative pronoun read for its antecedent


def positions(low: str) -> list[int]:
    """Where the markers occur in ``low``, in order (a sentence without any is passed by)."""
    return _marks(low)


@_scan.last_text
def _marks(low: str) -> list[int]:
    """The markers of ``low`` (found once per document)."""
    return [
        at for at in _scan.occurrences(low, _MARK_WORDS, word_start=True)
        if _MARK.match(low, at) is not None and not _ONE_SPAN.match(low, at)
    ]


def statements(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> list[TrendStatement]:
    """Statements of persistence in the sentence at ``start:end`` whose clause ``made`` (the
    sentence's statements so far) does not cover."""
    marks = _marks(low)
    i = bisect.bisect_left(marks, start)
    if i == len(marks) or marks[i] >= end or low.find("?", start, end) >= 0:
        return []
    out: list[TrendStatement] = []
    for at in marks[i : bisect.bisect_left(marks, end)]:
        clause = next((c for c in _trend_speech.clauses(doc, start, end) if c.start <= at < c.end), None)
        if clause is None or _covered(doc, clause, made + out):
            continue
        statement = _lasting(doc, low, clause, at)
        out += [statement] if statement is not None else []
    return out


def _covered(doc: Document, clause: _phrases.Span, made: list[TrendStatement]) -> bool:
    first = doc.span(clause.start, clause.start + 1)[0].start
    last = doc.span(clause.end - 1, clause.end)[0].end
    return any(s.span.start < last and s.span.end > first for s in made)


def _lasting(doc: Document, low: str, clause: _phrases.Span, at: int) -> TrendStatement | None:
    """The statement of the marker at ``at`` in ``clause``: a structural shortcoming, or by a
    sufferer, an existential "er", a lasting situation or a verb of occurring (in that order)."""
    marker = _MARK.match(low, at)
    if marker is None:
        return None
    if marker.group("idiom"):  # before the cut: "schering |en| inslag"
        return _idiom(doc, low, clause, at, marker.end())
    cut = _CONJUNCTION.search(low, at, clause.end)
    if cut is not None:  # "Er gebeuren regelmatig ongelukken |en| nog vaker gaat het …": the first conjunct
        clause = _phrases.Span(clause.start, cut.start())
    if marker.group(0).startswith("structure"):
        return _structural(doc, low, clause, at, marker.end())  # a claim of a speaker too: "We zien dat …"
    if marker.group(0).startswith("al "):
        lasting = _lasting_span(doc, low, clause, at, marker.end())
        if lasting is not None:
            return lasting
    stated = _plain(doc, low, clause) and _CONDITION.search(low, clause.start, clause.end) is None
    if not stated or _NEGATION.search(low, clause.start, clause.end):
        return None  # a plan, an action, a condition; "er zijn niet regelmatig …", "geen …"
    phrase, begin = _occurring(doc, low, clause, at, marker)
    return _made(doc, low, clause, phrase, min(at, begin), marker.end(), Change.STABLE)


def _occurring(
    doc: Document, low: str, clause: _phrases.Span, at: int, marker: re.Match[str]
) -> tuple[_phrases.Span | None, int]:
    """What occurs or lasts, and where its evidence opens (before the marker for a sufferer)."""
    after = marker.end()
    suffering = _SUFFERING.search(low, clause.start, clause.end)
    if suffering is not None:  # "Oss wordt al maanden geteisterd |door| een enorm aantal autobranden"
        return _noun_after(doc.text, low, suffering.end(), clause.end), suffering.start()
    words = list(_WORD.finditer(low, clause.start, clause.end))
    index = next((k for k, w in enumerate(words) if w.start() == at), None)
    if index is None:
        return None, at
    if _THERE.search(low, clause.start, clause.end) is not None:
        return _existential(doc, low, clause, words, index, after), at
    ongoing = _ONGOING.match(low, _skip_space(low, after))
    if ongoing is not None and marker.group(0).startswith("al "):
        return _ongoing(doc, low, clause, at, ongoing.end()), at
    return (_subject(doc, low, clause, at, after) if _occurs(low, words) else None), at


def _skip_space(low: str, at: int) -> int:
    while at < len(low) and low[at] == " ":
        at += 1
    return at


def _existential(
    doc: Document, low: str, clause: _phrases.Span, words: list[re.Match[str]], index: int, after: int
) -> _phrases.Span | None:
    """"Er gebeuren |regelmatig| ongelukken", "|Telkens| kwamen er rapporten": the noun phrase after
    the marker, or after "er" when the marker stands before it; only with a verb of being or
    occurring ("reed er regelmatig een vrachtwagen": one vehicle's trips)."""
    near = words[max(0, index - VERB_REACH) : index + VERB_REACH + 1]
    if not any(_cues.lemma(w.group(0)) in _THERE_VERBS for w in near if w.group(0) != "er"):
        return None
    there = next((w for w in words if w.group(0) == "er"), None)
    begin = after if there is None or there.start() < words[index].start() else there.end()
    phrase = _noun_after(doc.text, low, begin, clause.end)
    if phrase is None:
        return None
    found = _WORD.finditer(low, phrase.start, phrase.end)
    inner = next((w for w in found if w.group(0) in _INNER_PARTICLES), None)
    if inner is not None and inner.start() > phrase.start:  # "meldingen van drugsoverlast |binnen| bij …"
        return _phrases.Span(phrase.start, inner.start() - 1)
    last = _LAST_WORD.search(low, phrase.start, phrase.end)
    if last is not None and last.group(1) in _PARTICLES and last.start() > phrase.start:
        return _phrases.Span(phrase.start, last.start())  # "kwamen er klachten |binnen|": the particle
    return phrase


def _occurs(low: str, words: list[re.Match[str]]) -> bool:
    """True when the clause's verb is one of occurring ("komen … voor", "gebeuren", "laait op")."""
    forms = [w.group(0) for w in words]
    if {_cues.lemma(form) for form in forms} & _OCCUR_VERBS:
        return True
    for k, word in enumerate(words[1:], 1):  # "komen regelmatig |voor| in het land": a particle
        verb = _PARTICLE_VERBS.get(forms[k])
        if verb is not None and _PARTICLE_AFTER.match(low, word.end()) is not None:
            stem = verb[len(forms[k]) :]  # "voorkomen" → "komen"
            if any(_cues.lemma(form) == stem for form in forms[:k]):
                return True
    return False


def _ongoing(doc: Document, low: str, clause: _phrases.Span, at: int, end: int) -> _phrases.Span | None:
    """"de inbraakgolf die |al maanden gaande is|": the antecedent of the relative pronoun, or the
    clause's subject ("In Sudan is het al weken onrustig": none, the subject is "het")."""
    relative = _RELATIVE_BEFORE.search(low, max(0, at - 6), at)
    if relative is not None:
        return _phrases.noun_phrase(doc.text, _antecedent_start(low, relative.start()), relative.start())
    return _subject(doc, low, clause, at, end)


def _antecedent_start(low: str, before: int) -> int:
    """Where the noun phrase ending at ``before`` opens: its determiner within ``NOUN_BEFORE``."""
    floor = max(0, before - NOUN_BEFORE)
    best = floor
    for word in _WORD.finditer(low, floor, before):
        if word.group(0) in ("de", "het", "een", "deze", "die", "dit"):
            best = word.start()
    return best


def _structural(doc: Document, low: str, clause: _phrases.Span, at: int, after: int) -> TrendStatement | None:
    """"een |structureel tekort aan Ubers|", "structurele problemen bij de jeugdzorg": the shortcoming
    with its complement (a claim that shortcomings are structural is stable, hard)."""
    noun = _SHORTCOMING_AFTER.match(low, after)
    denied = _NEGATION.search(low, max(clause.start, at - 6), at) is not None
    if noun is None or noun.group(1) not in _SHORTCOMINGS or denied:
        return None  # "structurele oplossingen", "structureel toegang": no shortcoming
    if set(_WORD.findall(low, clause.start, clause.end)) & _MODALS:
        return None  # "Die zou mensen … structureel wantrouwen": a verb, and a guess
    phrase = _phrases.noun_phrase(doc.text, noun.start(1), clause.end)
    return _made(doc, low, clause, phrase, at, after, Change.STABLE)


def _lasting_span(
    doc: Document, low: str, clause: _phrases.Span, at: int, after: int
) -> TrendStatement | None:
    """"de |al weken durende demonstraties|" (what lasts), "|Al vijf maanden| gaan … mensen de
    straat op", "In Hongkong wordt |al weken| gedemonstreerd" (a protest, named by its noun with
    what it is against or where): stable. Not a condition or a negation."""
    if _CONDITION.search(low, clause.start, clause.end) or _NEGATION.search(low, clause.start, clause.end):
        return None
    durable = _LASTING_WORD.match(low, after)
    if durable is not None:
        phrase = _without_verb(doc.text, low, _phrases.noun_phrase(doc.text, durable.end(), clause.end))
        return _made(doc, low, clause, phrase, at, phrase.end if phrase is not None else after, Change.STABLE)
    protest = _PROTEST.search(low, clause.start, clause.end)
    if protest is None or protest.lastgroup is None:
        return None
    noun = protest.lastgroup
    relative = _RELATIVE_IN.search(low, clause.start, at)  # "betogers |die| al weken demonstreren"
    region = relative.end() if relative is not None else clause.start
    link = _PROTEST_LINK.search(low, region, clause.end)
    target = _short_phrase(doc.text, low, link.end(), clause.end) if link is not None else ""
    if link is not None and target:
        noun = f"{noun} {link.group('link')} {target}"
    first, last = min(at, protest.start()), max(after, protest.end())
    span, evidence, page = doc.span(first, last)
    return TrendStatement(span=span, text=evidence, phenomenon=noun, direction=Change.STABLE, page=page)


def _short_phrase(text: str, low: str, start: int, end: int) -> str:
    """The noun phrase at ``start`` up to its first noun ("in |Franse steden| elke zaterdag"):
    determiners and inflected adjectives, then one word, and "van" with its noun."""
    words = list(_WORD.finditer(low, start, min(end, start + SHORT_REACH)))
    taken: list[re.Match[str]] = []
    for k, word in enumerate(words):
        form = word.group(0)
        if form in _SHORT_STOPS or form in _phrases.FINITE_VERBS:
            break
        taken.append(word)
        opening = form in _DETERMINERS or (form.endswith("e") and k + 1 < len(words))
        linked = form == "van" or (k + 1 < len(words) and words[k + 1].group(0) == "van")
        if not opening and not linked:
            break
    while taken and (taken[-1].group(0) in _DETERMINERS or taken[-1].group(0) == "van"):
        taken.pop()
    return text[taken[0].start() : taken[-1].end()] if taken else ""


def _idiom(doc: Document, low: str, clause: _phrases.Span, at: int, after: int) -> TrendStatement | None:
    """"Financiële uitbuiting van ouderen is |aan de orde van de dag|", "Bij taalbureaus is fraude
    |schering en inslag|": up with a word of now ("tegenwoordig", "inmiddels", "de laatste maanden",
    alt stable by the conventions), else stable; not with a pronoun as subject ("want het is
    schering en inslag": the phenomenon is named elsewhere)."""
    if _CONDITION.search(low, clause.start, clause.end) or _NEGATION.search(low, clause.start, clause.end):
        return None
    if not _COPULA.search(low, clause.start, clause.end):
        return None  # "Dat noemen ze hier dagelijkse kost": no copula, no phenomenon said to be frequent
    direction = Change.UP if _NOW.search(low, clause.start, clause.end) else Change.STABLE
    if _POINTER.search(low, max(clause.start, at - 12), at):
        return None  # "want het is schering en inslag": the phenomenon is named elsewhere
    return _made(doc, low, clause, _idiom_subject(low, clause, at), at, after, direction)


def _idiom_subject(low: str, clause: _phrases.Span, at: int) -> _phrases.Span | None:
    """The subject of the copula before the idiom: the words before it ("|Financiële uitbuiting van
    ouderen| is"), or after it when a prepositional topic opens the clause ("In Rotterdam zijn
    |schietpartijen| de laatste maanden")."""
    copula = _COPULA.search(low, clause.start, at)
    if copula is None:
        return None
    before = list(_WORD.finditer(low, clause.start, copula.start()))
    while before and before[0].group(0) in _OPENING_WORDS:
        before = before[1:]  # "want", "en", "dat"
    if len(before) > 1 and before[0].group(0) == "het":
        before = before[1:]  # "|Het| vandalisme op …": the article, not the pronoun
    if before and before[0].group(0) not in _TOPIC_OPENERS:
        return _phrases.Span(before[0].start(), before[-1].end())
    taken: list[re.Match[str]] = []
    for word in _WORD.finditer(low, copula.end(), at):
        if word.group(0) in _AFTER_SUBJECT or (taken and word.group(0) in _DETERMINERS):
            break
        taken.append(word)
    return _phrases.Span(taken[0].start(), taken[-1].end()) if taken else None
