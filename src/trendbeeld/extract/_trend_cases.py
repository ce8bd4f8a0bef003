"""Wording of change that states no trend in news, and the direction of a slowing (issue 10).

Found by reading the statements the rules made on 713 unlabelled news articles; each class below
occurred in at least three of them. Checked only on the cues of statements already found (never
per sentence of the text), so the cost is nothing per sentence without a statement:

* "blijven" with an activity: the clause ends with an infinitive that is no verb of change and no
  verb of lasting ("blijven mensen vliegen", "blijven de tegenstanders hoop houden", "blijft mij
  boeien") — what people keep doing, not a phenomenon that stays;
* "blijven" with an infinitive of change ("blijft maar groeien", "blijven stijgen"): the change
  goes on, which the verb of change states; no stable beside it;
* "blijven" with permission or possibility ("mogen blijven", "kan … aan de macht blijven",
  "hoelang kunnen zij … blijven"): a rule or a chance, no state that lasts; so is a verb of
  shift with "kan" ("dat kan nog veranderen", "het bedrag kan nog wijzigen");
* "blijven" with the speaker as subject ("We blijven pragmatisch", "Ik bleef op gepaste afstand",
  "men blijft voorzichtig"): a stance, no phenomenon;
* "blijven" with a stance or loyalty ("blijven realistisch", "blijft mordicus tegen deze plannen",
  "blijft van mening dat …", "blijft nuchter na de overval", "blijft Atalanta trouw"): what people
  think, no phenomenon;
* "het blijft bij" ("Voorlopig blijft het bij enthousiaste reacties", "of het hierbij blijft"):
  one matter limited to something, no state of a phenomenon;
* an open question ("De vraag is of …", "De vraag die overblijft, is waar …", "Waar blijft de
  glasvezel?"): nothing is said to change;
* one quarrel or incident running high ("lopen de gemoederen hoog op", "een hoog opgelopen ruzie",
  "waarna de zaak escaleerde");
* growing up ("groeide op in de Chinese regio Xinjiang", "Hoe groeit een kind stabiel op?"): a
  life, no growth — the whole statement goes, with any state said of it ("in een stabiel gezin");
* a clause of condition or time ("als de spanning oploopt, haalt hij …", "versleten zijn als ze
  ouder worden", "Het zou opmerkelijk zijn als die agressie toenam"), unless "als" compares ("even
  snel als");
* a wish or a duty around the cue ("zouden graag zien dat de diversiteit groter wordt", "Zij willen
  dat de AOW-leeftijd niet stijgt", "zou een daling van de uitgaven moeten staan");
* a test administered ("is een bloedproef afgenomen", "worden de eindtoetsen afgenomen"), the
  idiom "werd hem niet in dank afgenomen", and a
  person gone ("De gangsters verdwenen zonder buit", "de verdwenen Belg Jelle Leemans");
* one named actor or one thing that stays or persists ("May blijft nog even", "De VVD blijft de
  grootste partij", "Schiedam wacht al jaren op …", "Het merk bestaat al jaren niet meer", "wacht
  de club al sinds 2014", "waar ze al jaren om vragen"): a person, a party, a club, a firm and its
  own state, no public phenomenon; not "Al jaren kampt de politie met …", "roken is al jaren …";
* a record of one object or event ("het grootste schip dat Heesen ooit heeft gemaakt", "de grootste
  stroomuitval in jaren"): a superlative of one thing, no rise.

Direction: growth that slows ("groeit al minder hard", "minder snel oplopen") is ``down`` for the
growth, as the annotation notes decide, not ``up``.
"""

from __future__ import annotations

import re

from trendbeeld.extract import _cues, _scan
from trendbeeld.extract._cues import Cue
from trendbeeld.model import Change

_STAY_FORMS = frozenset(["blijft", "blijven", "bleef", "bleven", "blijf"])
CLAUSE_REACH = 120  # characters after "blijven" read for the infinitive that ends its clause
_CLAUSE_END = re.compile(r"[,;:()\"“”„'‘’!?.]|\s(?:dat|die|als|omdat|want|en|of|terwijl|zodat)\s")
_WORD = re.compile(r"[^\W\d_]+")
_PARTICLE_BEFORE = re.compile(r"\b(?:op|toe|af|terug|uit|door)\s+\Z", re.IGNORECASE)
PARTICLE_REACH = 8  # characters before "blijven" read for a separable particle
_PARTICLE = re.compile(r"\s+(?:maar|gewoon|toch|nog|wel)(?=\s)", re.IGNORECASE)
# "Waar blijft de glasvezel?", "Waar bleven die banken?": where something is, no state that lasts
_WHERE_BEFORE = re.compile(r"\bwaar\s+\Z", re.IGNORECASE)
WHERE_REACH = 8  # characters before "blijven" read for "waar"
# Verbs of lasting: "het probleem blijft bestaan" is a stable phenomenon (``trends`` decides).
_LASTING = frozenset([
    "bestaan", "voortbestaan", "staan", "liggen", "hangen", "duren", "voortduren", "gelden",
])
# Words after which a form in -en is a noun, not an infinitive ("binnen de |perken|").
_NOUN_OPENERS = frozenset([
    "de", "het", "een", "deze", "die", "dit", "dat", "hun", "haar", "zijn", "onze", "mijn", "binnen",
    "in", "op", "aan", "bij", "met", "van", "voor", "naar", "uit", "over", "onder", "tussen", "tot",
    "aantal", "veel", "vele", "meer", "minder", "alle", "enkele", "sommige", "andere",
])
MIN_INFINITIVE = 5
# Permission or possibility with "blijven": "mogen blijven", "kan aan de macht blijven".
_MAY = re.compile(
    r"\b(?:mag|mogen|mocht|mochten|kan|kunnen|kon|konden)\b"
    r"(?:(?!\b(?:dat|die|als|omdat|wanneer|of)\b)[^,;:])*\Z",  # in the same clause
    re.IGNORECASE,
)
MODAL_REACH = 60  # characters before "blijven" read for the modal
_LIMITED = re.compile(
    r"\bhet\s+(?:[\w-]+\s+){0,2}?(?:blijft|bleef|blijven)\s+(?:[\w-]+\s+){0,2}?bij\b"
    r"|\b(?:blijft|bleef)\s+het\s+(?:[\w-]+\s+){0,2}?bij\b"
    r"|\bhet\s+(?:hier|daar)bij\s+(?:blijft|bleef)\b",
    re.IGNORECASE,
)
LIMITED_REACH = 30  # characters around "blijft" read for "het … bij"
_OPEN_QUESTION = re.compile(
    r"\b(?:de|een)\s+vraag\s+(?:is|blijft|was|rijst)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:of|hoe|hoeveel|hoelang|wat|waar|wie|wanneer|welke)\b|\b(?:de|een)\s+vraag\s+die\s+overblijft\b",
    re.IGNORECASE,
)
_RUN_HIGH = re.compile(r"\b(?:gemoederen|ruzie\w*|woordenwisseling\w*|zaak)\b", re.IGNORECASE)
INCIDENT_REACH = 40  # characters around "oplopen"/"escaleren" read for the incident
_RUN_UP = ("oplo", "opgelopen", "opliep", "escal", "geëscaleerd")
# A superlative of one object or event: "het grootste schip dat … ooit", "de grootste stroomuitval
# in jaren"; a superlative of a level ("het hoogste aantal … ooit") is a record and stays a rise.
_ONE_RECORD = re.compile(
    r"[^\W\d_]+ste\s+(?P<noun>[^\W\d_-]+)\s+(?:(?:dat|die)\s+(?:[\w.-]+\s+){0,4}?ooit|in\s+(?:jaren|decennia)\b)",
    re.IGNORECASE,
)
_LEVELS = frozenset([
    "aantal", "niveau", "percentage", "aandeel", "cijfer", "cijfers", "hoeveelheid", "omvang", "totaal",
    "peil", "stand", "score", "waarde", "prijs", "prijzen", "groei", "stijging", "daling", "toename",
    "afname",
])
# A clause of condition or time around the cue: "als de spanning oploopt, …", "als ze ouder
# worden", "Het zou opmerkelijk zijn als die agressie toenam" — no change that happened. Not the
# topic phrase "als het gaat om X" / "als het om X gaat".
_CONDITION_BEFORE = re.compile(
    r"(?P<before>(?:\w+\s+){0,2})\b(?:als|wanneer|zodra|zolang|indien|mits|tenzij)\s+"
    r"(?:het(?!\s+(?:(?:gaat|ging)\s+(?:om|over)|om)\b)|er|ze|zij|hij|je|jij|we|wij|men|de|dit|dat|deze|die|u"
    r"|mijn|jouw|zijn|haar|hun|ons|onze)\s"
    r"[^,;:.?!]*\Z",
    re.IGNORECASE,
)
CONDITION_REACH = 120  # characters before a cue read for "als … "
_CONDITION_WORDS = ("als", "wanneer", "zodra", "zolang", "indien", "mits", "tenzij")
_CONDITION_WORD = re.compile(rf"\b(?:{'|'.join(_CONDITION_WORDS)})\s", re.IGNORECASE)
_ANY_CONDITION_WORD = re.compile("|".join(_CONDITION_WORDS))  # anywhere in lower-case text: one scan
# Words before "als" that make it a comparison ("even snel als", "zowel … als").
_COMPARING = frozenset([
    "zo", "even", "net", "evenveel", "zowel", "meer", "minder", "eerder", "liever", "anders",
])
# A wish or a duty around the cue: "zouden graag zien dat de diversiteit groter wordt", "Zij willen
# dat de AOW-leeftijd niet stijgt", "Laten we hopen dat dat zo blijft"; "zou een daling van de
# uitgaven moeten staan", "afgenomen zou moeten worden".
_WISH_THAT = re.compile(
    r"\b(?:wil|wilt|willen|wilde|wilden|hoop|hoopt|hopen|hoopte|hoopten|eist|eisen|eiste|pleit|pleiten"
    r"|graag\s+zien|liever\s+zien)\s+(?:[\w-]+\s+){0,3}?dat\s[^.;:!?]*\Z",
    re.IGNORECASE,
)
# The words of ``_WISH_THAT`` before "dat", in lower-case text: where none stands it finds nothing.
_WISH_WORD = re.compile("wil|hoop|hope|eis|pleit|graag|liever")
_WOULD_BEFORE = re.compile(r"\bzou(?:den)?\b[^,;:.?!]*\Z", re.IGNORECASE)
_MUST_AFTER = re.compile(r"[^,;:.?!]{0,60}?\bmoeten\b", re.IGNORECASE)
WISH_REACH = 160  # characters before a cue read for "willen dat"
_BOTH = re.compile(r"\bzowel\b", re.IGNORECASE)
MIN_COMPARATIVE = 3  # letters of the shortest comparative before "als" ("beter als")
# "afnemen" of a test: "is een bloedproef afgenomen", "worden de eindtoetsen afgenomen".
_TESTS = re.compile(
    r"\b\w*(?:toets|toetsen|examen|examens|bloedproef|ademtest|urinetest|test|testen|proef|verhoor|verhoren"
    r"|monster|monsters|interview|interviews|enquête|dna|bloed|speeksel|wangslijm|vingerafdrukken)\b",
    re.IGNORECASE,
)
# "werd hem niet in dank afgenomen": an idiom, no fall.
# The words of ``_TESTS`` without the word around them: where none stands, ``_TESTS`` finds nothing
# (its leading ``\w*`` makes it slow to scan).
_TEST_WORD = re.compile(
    r"toets|examen|proef|test|verhoor|verhoren|monster|interview|enquête|dna|bloed|speeksel|wangslijm"
    r"|vingerafdrukken",
    re.IGNORECASE,
)
_IN_THANKS = re.compile(r"\bin\s+dank\s+\Z", re.IGNORECASE)
TEST_REACH = 50  # characters around "afgenomen" read for the test
# People who vanish: "De gangsters verdwenen zonder buit", "de verdwenen Belg Jelle Leemans".
_PEOPLE = frozenset([
    "man", "vrouw", "meisje", "jongen", "kind", "moeder", "vader", "zoon", "dochter", "eigenaar", "lerares",
    "leraar", "gangsters", "daders", "dader", "verdachte", "verdachten", "tiener", "student", "studente",
    "agent", "bestuurder", "broer", "zus", "echtgenoot", "echtgenote", "vriend", "vriendin", "patiënt",
])
_FIRST_PERSON = frozenset(["ik", "we", "wij", "men", "je", "jij"])
_QUOTES = "\"'“”‘’„,("
_PEOPLE_SUFFIXES = ("overvallers", "inbrekers", "daders", "rovers", "dieven", "plegers")
# "opgroeien": "groeide op in Rotterdam", "Hoe groeit een kind op?" — a life, no growth.
_GROW_FORMS = ("groei", "groeid")
_UP_PARTICLE = re.compile(
    r"(?:\s+[\w.'-]+){0,5}?\s+op(?:\s+(?:in|bij|met|als|tot|zonder|onder|tussen|aan|na)\b|\s*[.?!,;]|\s*\Z)",
    re.IGNORECASE,
)
WORD_REACH = 30  # characters read before and after a cue for the word next to it
# "blijven" with a stance ("blijven realistisch", "blijft mordicus tegen deze plannen", "blijft van
# mening dat …", "blijft nuchter na de overval", "blijft Atalanta trouw"): what people think or
# whom they stay with, no phenomenon that stays
_STANCE_AFTER = re.compile(
    r"(?:[^\S\n]+(?:echter|toch|wel|wél|nog|altijd|ook|dus|daarom))*[^\S\n]+"
    r"(?:optimistisch|pessimistisch|realistisch|sceptisch|hoopvol|strijdbaar|overtuigd|positief|kritisch"
    r"|kalm|rustig|nuchter|van[^\S\n]+(?:mening|oordeel)|(?:mordicus[^\S\n]+|fel[^\S\n]+)?tegen"
    r"|(?:[^\S\n]*[^\s,.;:!?]+){0,3}?[^\S\n]+trouw)(?![\w-])",
    re.IGNORECASE,
)
GROW_UP_REACH = 60  # characters after "groeide" read for the particle "op"
_SLOWER_NEAR = re.compile(r"\b(?:minder\s+(?:hard|snel|sterk)|langzamer|trager)\b", re.IGNORECASE)
SLOWER_REACH = 24  # characters around a verb of rise read for "minder hard"


def no_trend(text: str, cue: Cue, low: str, opening: int) -> bool:
    """The cue ``cue`` (``low``: its text in lower case) of a sentence opening at ``opening``
    states no trend here."""
    # The words before the cue in lower case (``_scan.lowered``; None when that changes the length):
    # a clause of condition or a wish needs one of a few words there, a cheap test before the patterns.
    near = _scan.lowered(text[max(opening, cue.start - WISH_REACH) : cue.start])
    if _conditional(text, cue, opening, near) or _wished(text, cue, opening, near) or _open_question(
        text, cue, opening
    ):
        return True
    if low in _STAY_FORMS:
        return _activity(text, cue) or _change_goes_on(text, cue) or _permitted(text, cue, opening) or (
            _limited(text, cue, opening) or _first_person(text, cue, opening)
            or bool(_STANCE_AFTER.match(text, cue.end))
            or bool(_WHERE_BEFORE.search(text, max(opening, cue.start - WHERE_REACH), cue.start)))
    if low.startswith("verdw"):
        return _person_vanished(text, cue, opening)
    if low.startswith(_RUN_UP) or " op" in low:
        return _incident(text, cue, opening)
    shift_by_chance = cue.direction is Change.SHIFT and cue.kind == "verb" and _permitted(text, cue, opening)
    # "dat kan nog veranderen", "er kunnen nog wijzigingen optreden"
    return _administered(text, cue) or (cue.kind == "state" and _one_record(cue)) or shift_by_chance


def _activity(text: str, cue: Cue) -> bool:
    """"blijven mensen vliegen", "blijft mij boeien": the clause after "blijven" ends with an
    infinitive of another verb; not when a separable particle comes before "blijven" ("op blijft
    lopen" is "oplopen")."""
    if _PARTICLE_BEFORE.search(text, max(0, cue.start - PARTICLE_REACH), cue.start):
        return False
    words = _words_after(text, cue)
    if not words:
        return False
    last = words[-1]
    if len(words) > 1 and words[-2].lower() in _NOUN_OPENERS:
        return False
    return _infinitive(last)


def _change_goes_on(text: str, cue: Cue) -> bool:
    """"blijft maar groeien", "blijven stijgen", "blijft tot 2040 groeien": "blijven" with an
    infinitive of change says the change goes on (the verb of change is the statement), no state
    that stays."""
    words = _words_after(text, cue)
    if not words:
        return False
    last = words[-1]
    return last.islower() and last.endswith("en") and _cues.is_change_word(last) and _cues.lemma(last) == last


def _words_after(text: str, cue: Cue) -> list[str]:
    """The words of the clause after "blijven", a particle right after it left out ("bleven |maar|
    huilen": a particle, not a conjunction)."""
    window = text[cue.end : cue.end + CLAUSE_REACH]
    particle = _PARTICLE.match(window)
    window = window[particle.end() :] if particle else window
    stop = _CLAUSE_END.search(window)
    return _WORD.findall(window[: stop.start()] if stop else window)


def _infinitive(word: str) -> bool:
    """An infinitive of a verb that is neither a verb of change nor of lasting: "vliegen",
    "houden", "boeien" (its third person in -t has it as lemma)."""
    if not word.islower() or len(word) < MIN_INFINITIVE or not word.endswith("en"):
        return False
    if word in _LASTING or _cues.is_change_word(word):
        return False
    base = word[:-2]
    forms = {base + "t"}
    if len(base) > 2 and base[-2] in "aeou" and base[-3] not in "aeiou":
        forms.add(base[:-1] + base[-2] + base[-1] + "t")  # "stromen" -> "stroomt"
    if len(base) > 1 and base[-1] == base[-2]:
        forms.add(base[:-1] + "t")  # "zitten" -> "zit"
    return any(_cues.lemma(form) == word for form in forms)


def _first_person(text: str, cue: Cue, opening: int) -> bool:
    """"We blijven pragmatisch", "Ik bleef op gepaste afstand", "Maar men blijft voorzichtig": the
    speaker's own stance, no phenomenon that stays."""
    before = text[max(opening, cue.start - WORD_REACH) : cue.start].split()
    after = text[cue.end : cue.end + WORD_REACH].split()
    subject = before[-1].lower().lstrip(_QUOTES) if before else ""  # '"We blijven …'
    inverted = after[0].lower().strip(",.") if after else ""
    return subject in _FIRST_PERSON or inverted in _FIRST_PERSON


def _permitted(text: str, cue: Cue, opening: int) -> bool:
    """"mogen blijven", "kan aan de macht blijven": permission or possibility."""
    before = text[max(opening, cue.start - MODAL_REACH) : cue.start]
    return bool(_MAY.search(before))


def _limited(text: str, cue: Cue, opening: int) -> bool:
    """"Voorlopig blijft het bij …", "Het blijft voorlopig bij …", "of het hierbij blijft"."""
    window = text[max(opening, cue.start - LIMITED_REACH) : cue.end + LIMITED_REACH]
    return bool(_LIMITED.search(window))


def _open_question(text: str, cue: Cue, opening: int) -> bool:
    """"De vraag is of het hierbij blijft", "De vraag die overblijft, is waar …"."""
    low = _scan.lowered(text[opening : cue.end])
    if low is not None and "vraag" not in low:
        return False  # the quick test: every open question has the word
    m = _OPEN_QUESTION.search(text, opening, cue.end)
    return m is not None and m.start() < cue.start


def _incident(text: str, cue: Cue, opening: int) -> bool:
    """"lopen de gemoederen hoog op", "een hoog opgelopen ruzie", "waarna de zaak escaleerde"."""
    around = text[max(opening, cue.start - INCIDENT_REACH) : cue.end + INCIDENT_REACH]
    return bool(_RUN_HIGH.search(around))


def _one_record(cue: Cue) -> bool:
    """"het grootste schip dat Heesen ooit heeft gemaakt", "de grootste stroomuitval in jaren":
    a superlative of one thing, not of a level."""
    m = _ONE_RECORD.match(cue.text)
    return m is not None and m.group("noun").lower() not in _LEVELS


def _wished(text: str, cue: Cue, opening: int, near: str | None = None) -> bool:
    """"zouden graag zien dat de diversiteit groter wordt", "zou een daling … moeten staan": a
    wish or a duty, no change that happened. ``near``: the WISH_REACH characters before the cue
    (from ``opening``) in lower case, if known."""
    start = max(opening, cue.start - WISH_REACH)
    wish = near is None or ("dat" in near and _WISH_WORD.search(near) is not None)  # the quick test
    if wish and _WISH_THAT.search(text, start, cue.start):
        return True
    if near is not None and "zou" not in near:
        return False  # the quick test: no "zou" before the cue
    would = _WOULD_BEFORE.search(text, start, cue.start)
    return would is not None and bool(_MUST_AFTER.match(text, cue.end))


def _conditional(text: str, cue: Cue, opening: int, near: str | None = None) -> bool:
    """"als de spanning in het Oval Office oploopt", "als ze ouder worden": the cue is in a
    clause of condition or time; "even snel als", "meer als" compare. ``near``: at least the
    CONDITION_REACH characters before the cue (from ``opening``) in lower case, if known."""
    if near is not None and _ANY_CONDITION_WORD.search(near) is None:
        return False  # the quickest test: none of the words anywhere before the cue
    start = max(opening, cue.start - CONDITION_REACH)
    if _CONDITION_WORD.search(text, start, cue.start) is None:
        return False  # the quick test: no word of condition or time before the cue
    m = _CONDITION_BEFORE.search(text, start, cue.start)
    if m is None:
        return False
    before = m.group("before").lower().split()
    if _BOTH.search(text, max(opening, cue.start - CONDITION_REACH), m.start()):
        return False  # "zowel het oordeel …, als de koopbereidheid namen af"
    last = before[-1] if before else ""
    return not (_COMPARING & set(before) or (last.endswith("er") and len(last) > MIN_COMPARATIVE))


def _administered(text: str, cue: Cue) -> bool:
    """"een bloedproef afgenomen", "de eindtoetsen afnemen", "het afgenomen dna": a test or a sample
    taken, no fall; nor is the idiom "niet in dank afgenomen"."""
    low = cue.text.lower()
    if not low.startswith(("afgenom", "afnem", "afneem")) and " af" not in low:
        return False
    around = text[max(0, cue.start - TEST_REACH) : cue.end + TEST_REACH]
    tested = _TEST_WORD.search(around) is not None and _TESTS.search(around) is not None
    return tested or bool(_IN_THANKS.search(text, max(0, cue.start - WORD_REACH), cue.start))


def _person_vanished(text: str, cue: Cue, opening: int) -> bool:
    """"De gangsters verdwenen zonder buit", "de spoorloos verdwenen eigenaar", "verdwenen Belg
    Jelle Leemans": a person gone, one case."""
    before = text[max(opening, cue.start - WORD_REACH) : cue.start].split()
    after = text[cue.end : cue.end + WORD_REACH].split("\n", 1)[0].split()  # the same line
    subject = before[-1].strip(",.:;'’\"").lower() if before else ""
    following = after[0].strip(",.:;'’\"") if after else ""
    named = following[:1].isupper() and cue.text.lower() == "verdwenen"
    people = subject in _PEOPLE or subject.endswith(_PEOPLE_SUFFIXES) or following.lower() in _PEOPLE
    return people or named


def grows_up(text: str, cue: Cue) -> bool:
    """"groeide op in de regio", "Hoe groeit een kind stabiel op?": "opgroeien", a life."""
    low = cue.text.lower()
    if cue.kind != "verb" or not low.startswith(_GROW_FORMS) or " " in low:
        return False
    return bool(_UP_PARTICLE.match(text[cue.end : cue.end + GROW_UP_REACH]))


def slowed(text: str, cue: Cue) -> bool:
    """"groeit al minder hard", "minder snel oplopen", "neemt minder snel toe": a verb of rise
    whose pace slows."""
    if cue.kind != "verb" or cue.direction is not Change.UP:
        return False
    window = text[max(0, cue.start - SLOWER_REACH) : cue.end + SLOWER_REACH]
    return bool(_SLOWER_NEAR.search(window))


# ---- One actor that stays or persists ---------------------------------------------------------
_PERSIST_FORMS = frozenset(["blijft", "blijven", "bleef", "bleven", "gebleven", "blijf"])
_PERSONS = frozenset(["hij", "zij", "ze", "ik", "we", "wij", "jij", "je", "u"])
# Heads of one thing or one body: "Het merk bestaat al jaren niet meer", "wacht de club al sinds
# 2014", "De beelden staan al jaren in …", "De nu opgepakte man leeft al lange tijd in onmin".
_ONE_THING_HEADS = (
    "club", "merk", "middel", "man", "vrouw", "serie", "beelden", "pand", "winkel", "bedrijf",
    "stichting", "partij", "ploeg", "elftal", "team", "plek", "hoek", "speler", "trainer",
)
_NAME_BEFORE_RELATIVE = re.compile(r"(?:[A-Z][\w-]*|\))\s*,\s*(?:die|dat)\s+\Z")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
# A nationality adjective or a group of inhabitants names a public, not one actor ("Britse politiek",
# "Nederlanders blijven …").
_PUBLIC_ENDINGS = ("se", "sche", "ers")
_NOT_ANY_MORE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?niet\s+(?:[\w-]+\s+)?meer\b", re.IGNORECASE)
_PREPOSITIONS = frozenset(["van", "uit", "met", "op", "in", "aan", "bij", "voor", "over", "naar"])
PERSON_WORDS = 2  # words before a cue of persistence read for a personal pronoun
RELATIVE_REACH = 60  # characters before a persistence cue read for "Naam (CDA), die"


def persists_or_stays(cue: Cue) -> bool:
    """A cue of persistence ("al jaren", "al sinds 2014") or a form of "blijven"."""
    low = cue.text.lower()
    return low.startswith("al ") or low in _PERSIST_FORMS


def one_actor(text: str, cue: Cue, opening: int, phenomenon: str) -> bool:
    """Persistence or staying of one named actor or thing and its own state, no public phenomenon:
    a person or a party ("May blijft nog even", "De VVD blijft de grootste", "Nazarbajev blijft …
    invloedrijk", "Schiedam wacht al jaren op …", "waar ze al jaren om vragen", "Schreijer-Pierik
    (CDA), die al jaren strijdt"), one thing ("Het merk bestaat al jaren niet meer", "wacht de club
    al sinds 2014"). Not "Britse politiek", "roken", "de politie kampt al jaren met …"."""
    words = phenomenon.split()
    if words and (_named(text, words[0].strip("'‘’\"“”(),.")) or _one_thing(words)):
        return True
    before = text[max(opening, cue.start - RELATIVE_REACH) : cue.start]
    if any(w.lower() in _PERSONS for w in before.split()[-PERSON_WORDS:]):
        return True  # "waar ze al jaren om vragen", "dat zijn we al jaren"
    if not cue.text.lower().startswith("al "):
        return False
    return bool(_NAME_BEFORE_RELATIVE.search(before)) or bool(_NOT_ANY_MORE.match(text, cue.end))


def _one_thing(words: list[str]) -> bool:
    """A word of the phrase before its first preposition names one thing or body ("merk",
    "opgepakte man", "wacht de club", "voetbalclub wacht")."""
    for word in words:
        low = word.lower()
        if low in _PREPOSITIONS:
            return False
        if low.endswith(_ONE_THING_HEADS):
            return True
    return False


def _named(text: str, word: str) -> bool:
    """``word`` is a name: an acronym ("VVD", "PvdA"), or a capitalised word the text also prints
    inside a sentence after a lower-case word ("in Schiedam", "blijft Mays positie"); not a
    nationality adjective or a group of inhabitants."""
    if len(word) < 2 or not word[0].isupper() or word.lower().endswith(_PUBLIC_ENDINGS):
        return False
    if _ACRONYM.fullmatch(word):
        return True
    if not _NAMED_TEXT or _NAMED_TEXT[0] is not text:
        _NAMED_TEXT[:] = [text]  # the answers of the last text are kept: a word is asked for again and again
        _NAMED.clear()
    known = _NAMED.get(word)
    if known is None:
        known = _NAMED[word] = _inside_sentence(text, word)
    return known


_NAMED_TEXT: list[str] = []
_NAMED: dict[str, bool] = {}


def _inside_sentence(text: str, word: str) -> bool:
    """``text`` prints ``word`` after a lower-case letter and a space, as a whole word."""
    at = text.find(" " + word)
    while at > 0:
        after = text[at + 1 + len(word) : at + 2 + len(word)]
        if text[at - 1].islower() and not after.isalpha():
            return True
        at = text.find(" " + word, at + 1)
    return False
