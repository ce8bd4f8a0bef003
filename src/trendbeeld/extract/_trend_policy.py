"""Trend statements of persistence, recurrence, firsts, becoming and changes of rules.

Called by ``trends.statements`` for a sentence where the general rules found no statement. The
classes (annotation conventions: dev CONVENTIONS "Trends", tests/gold/NOTES G1–G4):

* persistence: "Een gram cocaïne kost |nog steeds| 50 euro", "Het selecteren van studenten is |al
  langer| onderwerp van discussie", "|steeds weer| gaten vallen", "Desondanks was er |voor het
  derde opeenvolgende jaar| een overschot" → stable, about the clause's subject (after an
  existential "er": the noun after the marker); "Het blijkt nog steeds dat 70 tot 80% van de
  diefstallen …": the subject of the clause after "dat";
* firsts: "Hoogste wiskundeprijs gaat |voor het eerst| naar een vrouw", "Het is |voor het eerst
  dat| een weergebeurtenis …" → shift; "Het is |niet voor het eerst| dat …", "niet de eerste
  keer" → stable;
* recurrence: "het |zoveelste| incident" → up, about the noun after it;
* becoming: "Marathonlopen is massasport |geworden|", "Nederland is hét doorvoerland geworden" →
  up (a comparative of less: down), the phenomenon "X als Y" for a noun predicate;
* changes of rules: "De regels voor veevervoer worden |aangescherpt|" (up), "het verbod is |van
  kracht|", "is uit het wetsvoorstel |geschrapt|", "valt |niet langer| onder de Wpg" → shift, about
  the instrument of law; a new or stricter rule named ("Onder de |nieuwe regels| moeten …",
  "sinds mei 2018 veel |strengere privacywetgeving|" → up), unless it is asked for ("actie voor
  strengere …", "roep om"), compared ("strengere eisen dan …") or said to stay ("blijft van kracht").

What one person or one case does is no trend ("De bewoonster weet nog steeds niet …", "Baudet
verscheen voor het eerst …", "De politie is nog altijd op zoek naar de dader"): a subject that is
a pronoun of a person, a name, a role or a party to a case, a named actor in the clause, a search
or an investigation, and a clause about a single day give no statement; neither do questions,
wishes, stances ("staat nog steeds achter") and states of knowing ("is nog altijd onduidelijk").
"""

from __future__ import annotations

import bisect
import itertools
import re

from trendbeeld.extract import _cues, _phrases, _scan, _text, _trend_measures, _trend_speech, lexicon, regions
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_now import subject_of, without_relative
from trendbeeld.extract._trend_phenomena import ANAPHOR, _is_number, _phenomenon
from trendbeeld.extract._trend_speech import attribution_start
from trendbeeld.model import Change, TrendStatement

# One pattern for every marker, matched on the lower-case text of a sentence.
_MARKER = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<still>nog\s+(?:steeds|altijd)|al\s+(?:langer|langere\s+tijd)|steeds\s+weer|telkens\s+weer"
    r"|voor\s+het\s+[a-zà-ÿ]+\s+(?:opeenvolgende\s+jaar(?:\s+op\s+rij)?|jaar\s+op\s+rij)|jaar\s+na\s+jaar)"
    r"|(?P<notfirst>niet\s+(?:voor\s+het\s+eerst|de\s+eerste(?:\s+keer)?))"
    r"|(?P<first>voor\s+het\s+eerst|de\s+eerste\s+keer\s+dat)"
    r"|(?P<again>zoveelste)"
    r"|(?P<become>geworden)"
    r"|(?P<rule>aangescherpt|verscherpt|versoepeld|afgeschaft|geschrapt|ingevoerd|van\s+kracht"
    r"|in\s+werking\s+(?:getreden|treedt|treden)|aan\s+banden\s+gelegd|niet\s+langer)"
    r"|(?P<newrule>(?:nieuwe|strengere)\s+(?:[a-zà-ÿ]+\s+)?"
    r"[a-zà-ÿ-]*(?:wet|wetten|wetgeving|regels|regelgeving|regeling|richtlijn|verordening|eisen|normen"
    r"|straffen|maatregelen|verbod|wetsvoorstel))"
    r")(?![\w-])"
)
# Letters every marker holds, found by str.find; the pattern is matched only around them.
_KEYS = (
    "lang", "weer", "eerst", "scherpt", "kracht", "werking", "banden", "opeenvolgende", "op rij", "na jaar",
)
# Letters a marker opens with: the pattern is matched at them only.
_OPENING_KEYS = (
    "nog ", "zoveelste", "geworden", "versoepeld", "afgeschaft", "geschrapt", "ingevoerd", "nieuwe ",
    "strengere ",
)
KEY_BEFORE = 24  # characters of a marker that may stand before its key ("telkens |weer|")
KEY_AFTER = 30  # characters after a key's start that a marker may reach
# "Het is (niet) voor het eerst dat …", "Het was de eerste keer dat …": the news is the "dat" clause.
_IT_IS = re.compile(r"(?<![\w-])het\s+(?:is|was|zou)\s+(?:[\w-]+\s+){0,3}\Z")
_THAT = re.compile(r"(?<![\w-])dat\s+")
# A single day or occasion: what happens then is one event ("vanavond voor het eerst op NPO 1").
_ONE_DAY = re.compile(
    r"(?<![\w-])(?:vandaag|gisteren|vanavond|vannacht|vanochtend|vanmorgen|morgen|gisteravond"
    r"|(?:maan|dins|woens|donder|vrij|zater|zon)dag\w*|dit\s+weekend|deze\s+week|dit\s+seizoen)(?![\w-])"
)
# Knowing and being clear: "is nog altijd onduidelijk", "weet nog steeds niet", "duidelijk geworden".
_KNOWING = frozenset([
    "duidelijk", "onduidelijk", "bekend", "onbekend", "weet", "weten", "wist", "wisten", "raadsel",
    "vraag", "vraagteken", "zeker", "onzeker", "mogelijkheden", "mogelijk", "mogelijkheid",
])
# People in one case and people by role, as subjects: no phenomenon (their lemma is compared).
_CASE_PERSONS = frozenset([
    "verdachte", "dader", "slachtoffer", "bewoner", "bewoonster", "eigenaar", "eigenares", "man",
    "vrouw", "jongen", "meisje", "kind", "zoon", "dochter", "vader", "moeder", "broer", "zus",
    "familie", "buurman", "buurvrouw", "advocaat", "rechter", "officier", "speler", "trainer",
    "persoon", "politicus", "premier", "president", "minister", "staatssecretaris", "burgemeester",
    "wethouder", "leider", "partner", "vriend", "vriendin", "patiënt", "gedetineerde",
])
# Predicates of "geworden" that say what happened to one person or became known, no trend.
_NOT_BECOME = frozenset([
    "duidelijk", "bekend", "ziek", "verliefd", "wakker", "boos", "gek", "blind", "doof", "zwanger",
    "lid", "voorzitter", "vader", "moeder", "opa", "oma", "kampioen", "slachtoffer", "wees", "rijk",
    "beroemd", "volwassen", "ouder", "dood", "werkloos", "jaar", "schepper", "eigenaar", "niets", "dupe",
    "onwel", "onderdeel",
    "wat", "gelijk", "waar", "duidelijker",
])
# Heads of compound predicates that are one person's or one team's lot ("landskampioen").
_NOT_BECOME_HEADS = ("kampioen", "voorzitter", "slachtoffer", "winnaar", "lid")
# Words between the predicate and "geworden" ("is te onzichtbaar |is| geworden").
_BECOME_SKIPPED = frozenset(["is", "zijn", "was", "waren", "wel", "niet", "ook", "al", "nu", "inmiddels"])
# Instruments of law, rules and measures whose change is a legal change.
_INSTRUMENT = re.compile(
    r"(?<![\w-])[\w-]*(?:wet|wetten|wetgeving|wetsvoorstel|wetsvoorstellen|regel|regels|regeling"
    r"|regelgeving|richtlijn|verordening|verbod|maatregel|maatregelen|straf|straffen|maximumstraf"
    r"|boete|boetes|vergunning|vergunningplicht|plicht|eis|eisen|norm|normen|toezicht|controle|controles"
    r"|artikel|besluit|beleid|bevoegdheid|grondslag)(?![\w-])"
)
# A stance of people ("staat nog steeds achter de president", "vindt nog altijd"): an opinion, no trend.
_STANCE = re.compile(
    r"(?<![\w-])(?:(?:staat|staan|stond|stonden)\s+(?:[\w-]+\s+){0,3}?achter|steun\w*|vind\w*|vond|vonden"
    r"|denk\w*|dacht\w*|gelo(?:o|v)\w*|meen\w*|hoop\w*)(?![\w-])"
)
# What one case is about: a search, someone missing, one investigation ("De politie is nog altijd
# |op zoek| naar de dader", "Het onderzoek in de zaak loopt nog steeds").
_ONE_CASE = frozenset([
    "zoek", "bezig", "vermist", "voortvluchtig", "spoorloos", "gezocht", "verdachte", "verdachten",
    "dader", "daders", "zaak", "overval", "lichaam", "onderzoek", "tips", "getuigen", "oproep",
])
# A past participle: "|afgesproken|", "|gebruikt|" (a separable particle, then "ge").
_PARTICIPLE = re.compile(r"(?:[a-z]{0,5})ge[a-zà-ÿ]{2,}(?:en|d|t)")
_STAYS = re.compile(r"(?<![\w-])(?:blijft|blijven|bleef|bleven|gebleven)(?![\w-])")
_STRICTER_ADJECTIVES = frozenset(["strengere"])
_THAN = re.compile(r"(?<![\w-])dan(?![\w-])")
_THAN_REACH = 80  # characters after a comparative read for "dan"
_IMPERATIVE = re.compile(r"\W*(?:stel|zorg|maak|voer|kom|geef)\s")
# Words before a new rule that ask for it or deny it ("actie voor strengere …", "roep om", "zonder").
_ASKED_FOR = frozenset(["voor", "om", "naar", "zonder", "geen"])
_LINKS = frozenset(["voor", "van", "op", "rond", "rondom", "over", "tegen", "in", "bij", "aan", "inzake"])
_RELATIVES = frozenset(["die", "dat", "wat", "welke", "waar", "waarin", "waarmee"])
_STRICTER = frozenset(["aangescherpt", "verscherpt"])
_INSTRUMENT_REACH = 160  # characters before a verb of a legal change read for its instrument
_LOOSER = frozenset(["versoepeld", "afgeschaft", "geschrapt"])
NOUN_REACH = 6  # words after "zoveelste" or "dat" read for the noun phrase
_WORD = _phrases.WORD
_NUMBERISH = re.compile(r"[\d%.,]+")
_OWNERS = frozenset(["zijn", "haar", "hun", "mijn", "jouw", "onze", "ons", "uw"])
_EXISTENTIAL = re.compile(r"\W*er\s")
_THERE = re.compile(r"(?<![\w-])er\s+\Z")  # "Desondanks was |er| voor het derde opeenvolgende jaar …"
# Words passed over before the noun a clause is about ("er zijn nog altijd |veel| …", "70 |tot| 80%").
_QUANTITIES = frozenset([
    "er", "zo'n", "zoveel", "zulke", "van", "tot", "procent", "veel", "meer", "minder", "weinig", "nog",
    "steeds", "altijd", "ook", "wel", "al", "vaak", "vele", "talloze", "tal", "alle",
])
_NOUN_ENDINGS = ("en", "ing", "heid", "isme", "teit", "schap", "ie", "tie", "ij")
_ARTICLES = frozenset(["een", "de", "het", "hét", "dé"])
# Conjunctions and subordinators before a subject ("dat Nederland …", "maar de vangsten …").
_OPENERS = frozenset(
    ["dat", "en", "maar", "of", "want", "omdat", "doordat", "nu", "toen", "als", "ook", "dus"]
)
_SUBORDINATORS = frozenset([
    "dat", "omdat", "doordat", "nadat", "sinds", "zodat", "terwijl", "hoewel", "die", "wie", "waar", "welke",
])
_SPEAKERS = frozenset(
    ["ik", "mij", "me", "mijn", "wij", "we", "ons", "onze", "jij", "je", "jou", "jouw", "u", "iemand"]
)
_WISH = re.compile(
    r"(?<![\w-])(?:wil|willen|wilde|wilden|pleit|pleiten|moet|moeten|zou|zouden|hoopt|hopen)(?![\w-])"
)
_NAME_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*")
# First words of a phrase that names no phenomenon: adverbs, interjections, times ("|Vandaag| de dag").
_NOT_FIRST = frozenset([
    "blijkbaar", "immers", "vandaag", "gisteren", "morgen", "circa", "ongeveer", "ja", "nee", "zo",
    "dan", "toch", "nu", "lange", "geschiedenis", "tijd", "hoogte", "zinnen", "mij", "me", "iemand",
    "eigenlijk", "natuurlijk", "gewoon", "echt", "helaas", "gelukkig", "misschien", "wellicht", "pas",
    "formeel", "officieel",
])
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:de|het|een|deze|die|dit)\s+\S?\Z", re.IGNORECASE)
_NEGATION = re.compile(r"(?<![\w-])(?:niet|geen|nooit)(?![\w-])")
_RELATIVE_OPENING = re.compile(r"\W*(?:die|dat|wat|welke|waar|wie)\s")
_BARE_QUANTITIES = frozenset(["deel", "aantal", "groep", "helft", "meerderheid", "minderheid", "percentage"])
_CONJUNCTION_BEFORE = re.compile(r"(?<![\w-])(?:en|maar)\s+\Z")
# A heading run into its sentence in flattened text: a capitalised article inside the clause.
_GLUED_HEADING = re.compile(r"[^\W\d_]\s(?:De|Het|Een)\s")
# What may stand between a sentence end and the word that opens the next sentence: spaces,
# quotation marks (also the two commas that print a low-9 mark in news: ",,Ondermijning is …") and
# a bracket.
_OPENING_MARKS = " \"'„“‘(,"
# A word opening with a quotation mark, or a comma just before the subject.
_OPENING_QUOTE = re.compile(r"(?:^|(?<=\s))['‘\"“„]\w|,\s*\Z|,\s(?=\w)")
# The markers of the document read last: ``statements`` is called for its sentences in turn.
_LAST_DOCUMENT: dict[int, tuple[str, str, list[re.Match[str]], list[int]]] = {}
_DETERMINERS = frozenset(["de", "het", "een", "deze", "die", "dit", "dat"])
_PRONOUNS = frozenset([
    "ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "men", "het", "er", "dat", "dit", "die",
    "wie", "wat", "iedereen", "niemand", "iemand", "alles", "niets", "iets",
])


def statements(doc: Document, sentence: _text.Sentence) -> list[TrendStatement]:
    """The statements of one sentence the general rules left without any."""
    lower, markers, starts = _markers(doc)
    i = bisect.bisect_left(starts, sentence.start)
    j = bisect.bisect_left(starts, sentence.end)
    if i == j or lower[sentence.start : sentence.end].rstrip().endswith("?"):
        return []
    for marker in markers[i:j]:
        statement = _statement(doc, lower, sentence, marker)
        if statement is not None:
            return [statement]
    return []


def positions(doc: Document) -> list[int]:
    """Where the markers of ``doc`` start, in order: a sentence without any has no statement here
    (trends reads this once per document to pass such sentences by)."""
    return _markers(doc)[2]


def _markers(doc: Document) -> tuple[str, list[re.Match[str]], list[int]]:
    """The markers of the whole text, found once per document (the last document is kept)."""
    cached = _LAST_DOCUMENT.get(id(doc))
    if cached is not None and cached[0] is doc.text:
        return cached[1], cached[2], cached[3]
    lower = doc.lower if doc.lower is not None else _scan.lower_per_letter(doc.text)
    found: dict[int, re.Match[str]] = {}
    for key in _OPENING_KEYS:  # str.find is many times faster than the pattern over the whole text
        pos = lower.find(key)
        while pos >= 0:
            marker = _MARKER.match(lower, pos)
            if marker is not None:
                found[pos] = marker
            pos = lower.find(key, pos + 1)
    for key in _KEYS:
        pos = lower.find(key)
        while pos >= 0:
            for marker in _MARKER.finditer(lower, max(0, pos - KEY_BEFORE), pos + KEY_AFTER):
                found[marker.start()] = marker
            pos = lower.find(key, pos + 1)
    starts = sorted(found)
    markers = [found[start] for start in starts]
    _LAST_DOCUMENT.clear()
    _LAST_DOCUMENT[id(doc)] = (doc.text, lower, markers, starts)
    return lower, markers, starts


def _statement(
    doc: Document, lower: str, sentence: _text.Sentence, marker: re.Match[str]
) -> TrendStatement | None:
    kind = marker.lastgroup or ""
    start, end = marker.start(), marker.end()
    clause = next(
        (c for c in _trend_speech.clauses(doc, sentence.start, sentence.end) if c.start <= start < c.end),
        _phrases.Span(sentence.start, sentence.end),
    )
    if _CONJUNCTION_BEFORE.search(lower, max(clause.start, start - 6), start):
        clause = _phrases.Span(start, clause.end)  # "… over het nummer |en| nog altijd zijn de meningen"
    glued = _GLUED_HEADING.search(doc.text, clause.start + 1, start)
    if glued is not None:
        clause = _phrases.Span(glued.start() + 1, clause.end)  # "Beperkte creativiteit |De| her- en …"
    if kind == "again":
        return _recurrence(doc, lower, clause, start, end)
    if kind == "become":
        return _becoming(doc, lower, clause, start, end)
    if kind == "rule":
        return _rule_change(doc, lower, clause, start, end)
    if kind == "newrule":
        return _new_rule(doc, lower, clause, start, end)
    return _lasting_or_first(doc, lower, sentence, clause, marker)


def _lasting_or_first(
    doc: Document, lower: str, sentence: _text.Sentence, clause: _phrases.Span, marker: re.Match[str]
) -> TrendStatement | None:
    """"Een gram cocaïne kost |nog steeds| 50 euro" (stable), "Het is |voor het eerst| dat …"
    (shift), "|niet voor het eerst|" (stable): about the subject of the clause."""
    kind = marker.lastgroup or ""
    start, end = marker.start(), marker.end()
    words = _words_in(lower, clause.start, clause.end)
    if words & _KNOWING or (kind == "still" and words & _ONE_CASE) or _STANCE.search(
        lower, clause.start, clause.end
    ):
        return None  # "is nog altijd onduidelijk", "is nog steeds op zoek naar", "staat nog steeds achter"
    if kind == "first" and not words & _SPEAKERS:  # "gebruikte de politie voor het eerst waterkanonnen"
        deployed = _trend_measures.first_deployed(doc, lower, clause, start, end)
        if deployed is not None:
            return deployed
    reach = start if kind == "still" else clause.end  # "Voor het eerst kunnen … |Nabil B.| horen"
    if not _general(doc.text, lower, clause, sentence, start, reach):
        return None  # "dat Hoekstra er nog steeds van uitgaat"
    if kind != "still" and _ONE_DAY.search(lower, clause.start, clause.end):
        return None  # "vanavond voor het eerst op NPO 1": one event
    direction = Change.SHIFT if kind == "first" else Change.STABLE
    that = lower.rfind(" dat ", clause.start, start)
    if that >= 0:  # "Metingen laten zien |dat| dit niveau nog steeds …": the clause after "dat"
        clause = _phrases.Span(that + 1, clause.end)
    subject = _news_after_that(doc, lower, sentence, start, end)
    if subject is None:
        subject = subject_of(doc.text, clause, start, end, groups=False) or _nominal_opening(
            doc.text, lower, clause, start
        )
    there = _EXISTENTIAL.match(lower, clause.start) or _THERE.search(lower, clause.start, start)
    if subject is None and there:
        subject = _noun_after(doc.text, end, clause.end)  # "Er worden nog steeds |veel schapen| …"
    if subject is None and kind == "still":
        subject = _after_that(doc.text, lower, end, sentence.end)  # "Het blijkt nog steeds |dat| …"
    return _made(doc, subject, start, end, direction)


def _nominal_opening(text: str, lower: str, clause: _phrases.Span, start: int) -> _phrases.Span | None:
    """"|Wielrennen| is nog steeds …": one capitalised word that opens the clause before its finite
    verb, with the ending of a noun (a name such as "Baudet" has none)."""
    words = list(itertools.islice(_WORD.finditer(lower, clause.start, start), 2))
    if len(words) < 2 or not words[0].group(0).endswith(_NOUN_ENDINGS):
        return None
    if words[1].group(0) not in _phrases.FINITE_VERBS:
        return None
    return _phrases.noun_phrase(text, words[0].start(), start)  # after an opening mark (",,Ondermijning")


def _noun_after(text: str, start: int, end: int) -> _phrases.Span | None:
    """The noun phrase after ``start``, past adverbs, quantities and numbers ("veel meer schapen")."""
    for word in itertools.islice(_WORD.finditer(text, start, end), NOUN_REACH):
        low = word.group(0).lower()
        if low in _QUANTITIES or _is_number(low):
            continue
        if low in _PRONOUNS:
            return None
        return _without_verb(text, _phrases.noun_phrase(text, word.start(), end))
    return None


def _without_verb(text: str, phrase: _phrases.Span | None) -> _phrases.Span | None:
    """The phrase up to a verb form after its first word ("fietsen |gestolen bij het station|",
    "meldingen van drugsoverlast |binnenkomen|")."""
    if phrase is None:
        return None
    words = list(_WORD.finditer(text, phrase.start, phrase.end))
    for before, word in itertools.pairwise(words):
        low = word.group(0).lower()
        if _text.is_verb_form(low) or low in _phrases.FINITE_VERBS or (
            low.endswith("en") and _cues.lemma(low) == low and before.group(0).lower() not in _DETERMINERS
        ):
            return _phrases.Span(phrase.start, before.end())
    return phrase


def _general(
    text: str, lower: str, clause: _phrases.Span, sentence: _text.Sentence, marker: int, names: int = 0
) -> bool:
    """The clause speaks of the world in general: no first or second person ("Dat lijkt |mij| nog
    steeds riant"), no named actor (a capitalised word inside the sentence that is no place:
    "dat |Hoekstra| er nog steeds van uitgaat", read up to ``names`` or the marker), no wish or
    duty before the marker ("wil dat de regels …")."""
    if _words_in(lower, clause.start, clause.end) & _SPEAKERS:
        return False
    if _WISH.search(lower, sentence.start, marker):
        return False
    if _RELATIVE_OPENING.match(lower, clause.start):
        return False  # "Forum voor Democratie, |dat| voor het eerst meedoet": the subject is a name before
    reach = attribution_start(text, clause.start, max(marker, names))  # not "…'', zegt |Jansen|"
    for word in _NAME_WORD.finditer(text, clause.start, reach):
        if word.group(0).lower() in _DETERMINERS or lower.rfind("volgens", clause.start, word.start()) >= 0:
            continue  # "Beperkte creativiteit |De| her- en benoeming", "Volgens |NASA|": a heading, a source
        if word.start() > sentence.start + 1 and not regions.lookup(word.group(0)):
            before = text[max(sentence.start, word.start() - 3) : word.start()]
            opening = before.rstrip(_OPENING_MARKS).endswith((".", "!", "?", ":"))
            if not opening and before.strip(_OPENING_MARKS):
                return False
    return True


def _news_after_that(
    doc: Document, lower: str, sentence: _text.Sentence, start: int, end: int
) -> _phrases.Span | None:
    """"Het is voor het eerst |dat er zoveel ouders| zijn": the subject of the "dat" clause."""
    if not _IT_IS.search(lower, max(sentence.start, start - 40), start):
        return None
    return _after_that(doc.text, lower, end, sentence.end)


def _after_that(text: str, lower: str, start: int, end: int) -> _phrases.Span | None:
    """The noun phrase that opens the clause after the next "dat" (numbers and "er" skipped)."""
    that = _THAT.search(lower, start, min(end, start + 60))
    if that is None:
        return None
    return _noun_after(text, that.end(), end)


def _recurrence(
    doc: Document, lower: str, clause: _phrases.Span, start: int, end: int
) -> TrendStatement | None:
    """"het |zoveelste| incident": a rise of what recurs, the noun after it; "zijn zoveelste
    blessure" is one person's, "voor de zoveelste keer" names nothing."""
    before = _WORD.findall(lower, max(clause.start, start - 12), start)
    if not before or before[-1] not in ("het", "de") or "dan" in before:
        return None  # "zijn zoveelste blessure", "anders dan de zoveelste bubbel"
    phrase = _phrases.noun_phrase(doc.text, end, clause.end)
    if phrase is None or doc.text[phrase.start : phrase.end].lower().startswith("keer"):
        return None
    return _made(doc, phrase, start, end, Change.UP)


def _becoming(
    doc: Document, lower: str, clause: _phrases.Span, start: int, end: int
) -> TrendStatement | None:
    """"Marathonlopen is |massasport geworden|": up (a comparative of less: down), unless the
    predicate is knowing or one person's lot, or a verb of change in the clause was already read."""
    if (
        doc.cues_in(clause.start, clause.end)
        or _NEGATION.search(lower, clause.start, start)
        or not _general(doc.text, lower, clause, doc.sentence_at(start), start)
    ):
        return None  # "groter geworden": the general rules' reading; "niet … geworden"; "mij"
    words = list(_WORD.finditer(doc.text, clause.start, start))
    while words and words[-1].group(0).lower() in _BECOME_SKIPPED:
        words.pop()
    if not words:
        return None
    predicate = words[-1].group(0).lower().strip("'’")
    if predicate in _NOT_BECOME or _cues.lemma(predicate) in _NOT_BECOME or len(predicate) < 3 or any(
        predicate.endswith(word) for word in _NOT_BECOME_HEADS
    ):
        return None  # "is ziek geworden", "is |landskampioen| geworden": one person's or one team's lot
    subject = _subject_before(doc.text, words)
    if subject is None:
        return None
    lex = lexicon.load()
    direction = Change.DOWN if predicate in lex.down_comparatives else Change.UP
    statement = _made(doc, subject, subject.start, end, direction)
    if statement is None or not _is_noun_predicate(words):
        return statement
    named = f"{statement.phenomenon} als {words[-1].group(0)}"
    return TrendStatement(statement.span, statement.text, named, direction, statement.page)


def _subject_before(text: str, words: list[re.Match[str]]) -> _phrases.Span | None:
    """The noun phrase that opens the clause before the predicate of "geworden", past a
    subordinator ("dat |Nederland| hét doorvoerland is geworden")."""
    opening = words[:-1]
    last = max((i for i, w in enumerate(opening) if w.group(0).lower() in _SUBORDINATORS), default=-1)
    opening = opening[last + 1 :]  # "… ziet |dat| Nederland": the subordinate clause
    while opening and opening[0].group(0).lower() in _OPENERS:
        opening.pop(0)
    if not opening:
        return None
    if last < 0 and _phrases.starts_with_topic(text, opening[0].start(), words[-1].start()):
        # "Volgens de douane |is| de haven …": the subject follows the finite verb
        verb = next((i for i, w in enumerate(opening) if w.group(0).lower() in _BECOME_SKIPPED), None)
        if verb is None or verb + 1 >= len(opening):
            return None
        opening = opening[verb + 1 :]
    limit = words[-2].start() if _is_noun_predicate(words) else words[-1].start()
    return _phrases.noun_phrase(text, opening[0].start(), limit)


def _is_noun_predicate(words: list[re.Match[str]]) -> bool:
    """The predicate is a noun: an article or "hét" before it ("een statussymbool", "hét doorvoerland")."""
    return len(words) > 1 and words[-2].group(0).lower() in _ARTICLES


def _rule_change(
    doc: Document, lower: str, clause: _phrases.Span, start: int, end: int
) -> TrendStatement | None:
    """"De regels voor veevervoer worden |aangescherpt|": a change of an instrument of law named
    in the clause before the verb (or after "niet langer"); stricter is up, else a shift."""
    if _WISH.search(lower, doc.sentence_at(start).start, end):
        return None  # "wil dat de regels worden aangescherpt": a wish
    if _STAYS.search(lower, clause.start, clause.end):
        return None  # "De regeling blijft tot 2025 van kracht": a rule in force, no change
    instrument = None
    for found in _INSTRUMENT.finditer(lower, max(clause.start, start - _INSTRUMENT_REACH), start):
        instrument = found
    word = lower[start:end]
    if instrument is None and word.startswith("niet"):
        instrument = _INSTRUMENT.search(lower, end, min(clause.end, end + _INSTRUMENT_REACH))
    if instrument is None:
        return None
    counted = lower[max(clause.start, instrument.start() - _INSTRUMENT_REACH) : instrument.start()].split()
    if counted and _is_number(counted[-1]):
        return None  # "waren 4.960 jeugdreclasseringsmaatregelen van kracht": a count of rules in force
    phrase = _phrases.noun_phrase(doc.text, _word_start(lower, instrument.start(), clause.start), clause.end)
    if phrase is None:
        return None
    direction = Change.UP if word in _STRICTER else Change.SHIFT
    return _made(doc, phrase, start, end, direction)


def _new_rule(
    doc: Document, lower: str, clause: _phrases.Span, start: int, end: int
) -> TrendStatement | None:
    """"Onder de |nieuwe regels| moeten producenten …", "sinds mei veel |strengere wetgeving|": a
    legal change, about the instrument without its adjective; stricter is up, else a shift. A
    comparison ("strengere normen hanteren dan …"), a wish and a plea ("Stel strengere eisen") are none."""
    if _THAN.search(lower, end, min(clause.end, end + _THAN_REACH)) or _IMPERATIVE.match(lower, clause.start):
        return None
    if _WISH.search(lower, doc.sentence_at(start).start, start):
        return None
    before = [w for w in _WORD.findall(lower, max(clause.start, start - 30), start) if w not in _DETERMINERS]
    if before and before[-1] in _ASKED_FOR:
        return None  # "actie voeren |voor| strengere klimaatmaatregelen", "Roep |om|", "|zonder| plan"
    adjective = lower[start:end].split(maxsplit=1)[0]
    first = _WORD.search(doc.text, start + len(adjective), end)
    if first is None:
        return None
    phrase = _with_complement(doc.text, _phrases.Span(first.start(), end), clause.end)
    direction = Change.UP if adjective in _STRICTER_ADJECTIVES else Change.SHIFT
    return _made(doc, phrase, start, end, direction)


def _with_complement(text: str, head: _phrases.Span, end: int) -> _phrases.Span:
    """The instrument with the complement a preposition links to it ("regels |voor snorfietsers|"),
    up to a verb form, a relative pronoun or punctuation ("wetgeving |breed draagvlak|" is none)."""
    words = list(itertools.islice(_WORD.finditer(text, head.end, end), NOUN_REACH + 2))
    if not words or words[0].group(0).lower() not in _LINKS or text[head.end : words[0].start()].strip():
        return head
    last = words[0].end()
    for word in words[1:]:
        low = word.group(0).lower()
        if text[last : word.start()].strip() or low in _RELATIVES or low in _phrases.FINITE_VERBS or (
            _text.is_verb_form(low) and low not in _DETERMINERS
        ):
            break
        last = word.end()
    return _phrases.Span(head.start, last) if last > words[0].end() else head


def _word_start(lower: str, pos: int, floor: int) -> int:
    """The start of the determiner before ``pos`` ("|de| regels"), so the noun phrase opens there."""
    before = lower.rfind(" ", floor, max(floor, pos - 1))
    return before + 1 if before >= floor and lower[before + 1 : pos].strip() in _DETERMINERS else pos


def _made(
    doc: Document, subject: _phrases.Span | None, start: int, end: int, direction: Change
) -> TrendStatement | None:
    """The statement about ``subject`` with the marker at ``start:end``, unless the subject is a
    person, a name or no phenomenon."""
    if subject is None or is_person(doc.text, subject):
        return None
    name = without_relative(_phenomenon(doc, subject))
    if not name or name.startswith(ANAPHOR):
        return None
    first = name.split()[0].lower()
    if name.lower().split()[-1] in _BARE_QUANTITIES and " van " not in name.lower():
        return None  # "Een groot deel is nog altijd niet terecht": of what?
    verb = first in _phrases.FINITE_VERBS or _text.is_verb_form(first) or _is_participle(first)
    at = doc.lower.find(first, subject.start) if doc.lower is not None else -1
    cut = at >= 0 and doc.text.startswith("-", at + len(first))  # "De |her|- en benoeming"
    if first in _NOT_FIRST or len(first) < 3 or cut or (
        verb and not _DETERMINER_BEFORE.search(doc.text, max(0, subject.start - 8), subject.start + 1)
    ):
        return None  # "|gooiden| vrienden", "|Vandaag| de dag": no noun phrase
    span, evidence, page = doc.span(min(subject.start, start), max(subject.end, end))
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def _is_participle(word: str) -> bool:
    """"afgesproken", "gebruikt": the form of a participle whose lemma is another word, a verb."""
    if _PARTICIPLE.fullmatch(word) is None:
        return False
    lemma = _cues.lemma(word)
    return lemma != word and lemma.endswith("en")


def is_person(text: str, subject: _phrases.Span) -> bool:
    """A pronoun, a name (capitalised words without a determiner) or a person in a case or by role."""
    words = _WORD.findall(text, subject.start, subject.end)
    if not words:
        return True
    first = words[0]
    if first.lower() in _PRONOUNS or first.lower() in _OWNERS:
        return True  # "hij", "|Haar| pogingen": one person's
    quoted = _OPENING_QUOTE.search(text, max(0, subject.start - 2), subject.end)
    if quoted is not None and not _opens_speech(text, quoted.start()):
        return True  # "De |'Storkiaan'|": a name in quotation marks; "voedsel, |medicijnen|": a list cut
    lex = lexicon.load()
    heads = [w.lower() for w in words[:3] if w.lower() not in _DETERMINERS]
    if first[0].isupper() and first.lower() not in _DETERMINERS and not regions.lookup(first):
        opening = not text[max(0, subject.start - 3) : subject.start].strip(_OPENING_MARKS) or text[
            max(0, subject.start - 3) : subject.start
        ].rstrip(_OPENING_MARKS).endswith((".", "!", "?", ":", "\n"))
        if not opening or (len(words) > 1 and words[1][0].isupper()):
            return True  # "zei Baudet", "Virgin Galactic", "China en Rusland" (a name, not a noun)
    for head in heads[:2]:
        lemma = _cues.lemma(head)
        if lemma in _CASE_PERSONS or head in _CASE_PERSONS or lemma in lex.roles or head in lex.roles:
            return True  # "De bewoonster", "De Nederlandse |eigenaar| van de loods"
    return False


def _opens_speech(text: str, mark: int) -> bool:
    """True when the quotation mark at ``mark`` opens a quoted sentence (after a sentence end, a
    colon or a line break: '"Criminaliteit is nog altijd een probleem," zegt hij'), not a quoted
    name or term inside a clause."""
    if text[mark] == ",":
        return False  # a comma before the subject: a list cut, not a mark
    before = text[max(0, mark - 3) : mark].rstrip(" ")
    return not before or before.endswith((".", "!", "?", ":", "\n", "''", "\"", "”", "’"))


def _words_in(lower: str, start: int, end: int) -> set[str]:
    return set(_WORD.findall(lower, start, end))
