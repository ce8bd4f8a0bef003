"""Trend statements that are no trends, and phenomena that keep a verb (issue 10 / 11).

Checked only on the statements the rules found (never per sentence of the text); a statement
goes when every cue of change inside it is one of these:

* one case, not a trend: "blijven" with being held ("Verdachte blijft vast", "blijft nog twee
  weken in voorlopige hechtenis", "of hij vast blijft") or with the state of one place, person
  or case ("blijft deze zomer dicht", "bleef ongedeerd", "blijft een raadsel"); "verdwijnen" on
  one day or into a cell ("verdween op 29 mei", "verdwijnt achter de tralies"); "oplopen" with
  an object ("heeft letsel opgelopen", "liep een snijwond op"); a meeting or a match moved in
  the calendar ("het geplande overleg is verplaatst", "KNVB verplaatst duel"); one quarrel
  getting out of hand ("Burenruzie escaleert"); an office kept ("blijft niet eeuwig premier", "De
  burgemeesters blijven op hun post"); "oplopen" as walking ("liep de straat op") or with a delay
  ("loopt vertraging op"), and "een deuk oplopen" read as a fall ("liep een stevige deuk op");
* another sense: a wave of weather ("tijdens de hittegolf van vorig jaar": one event); one actor
  changing mind or sides ("het van gedachten veranderde CDA", "dat de VVD van standpunt
  veranderde") and a vague "iets" ("dat er wél iets verandert"); "constant"
  outside a predicate ("gooit constant met modder", "constante stress", "Constant Meijers");
* an amendment: "wijziging" whose complement names an instrument of law or administration
  ("van de Kieswet", "in het bestuursakkoord", "RGP"), a sentence with an amending document
  ("besluit tot wijziging"), or such an instrument "gewijzigd";
* no statement of change: an imperative or a first person, the bare stem of a verb of change
  ("versterk de veerkracht", "Vergroot emotioneel welzijn" opening a sentence); a transitive
  verb of change used as a noun ("het versnellen van hervormingen"), an activity (not after a noun
  of aim or a will: "Doel is het terugdringen van …" is a goal, a trend); a
  correlation ("Naarmate … hoger worden");
* another word: a capitalised verb form inside a sentence is a name ("uit Krimpen aan den
  IJssel"), a verb form after a determiner or a count a plural noun ("226 zakken met
  cocaïne"), "uitgebreid" before a noun "thorough" ("een uitgebreid onderzoek").

A statement that restates the one before it (overlapping evidence, the same direction, a word of
the phenomenon shared: "opkomst … kan wel eens |hoger| uitvallen" read once for the subject and
once for the comparative; one phenomenon is the other with at most two words more) is kept once.

Phenomena (``_trend_phenomena`` finds the noun phrase; these repair what still carries a verb):
"pandemie heeft |deze beperkingen| verergerd" is about the object of a perfect with a
participle of change (a pointer there cannot be resolved and the statement goes); "Vertrouwen
|is steeds meer verweven|" and "Breedeweg |kampt|" lose their verb; a phenomenon that is then
only an adverbial ("Kort na de pandemie (ervaart)") or a connective ("Desondanks (blijft)")
goes; a noun inside an adverbial of a relative clause ("… een probleem, dat |tijdens de
pandemie| is verergerd") is replaced by the antecedent of the relative pronoun.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from trendbeeld.extract import _cues, _phrases, _trend_actual, _trend_cases
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import _ADVERBIAL_PREPOSITIONS, _is_preposition, _phenomenon
from trendbeeld.model import Change, TrendStatement

_STAY_FORMS = frozenset(["blijft", "blijven", "bleef", "bleven", "gebleven", "blijf"])
# Being held, after or before "blijven": "blijft (voorlopig) vast", "in voorarrest blijft".
_HELD = (
    r"(?:vast|vastzitten|vastgehouden|gevangen|opgesloten|gedetineerd|in\s+(?:[\w-]+\s+)?(?:voor)?arrest"
    r"|in\s+(?:de\s+|een\s+)?(?:[\w-]+\s+)?cel|in\s+(?:[\w-]+\s+)?hechtenis|in\s+bewaring|in\s+detentie"
    r"|in\s+verzekering|in\s+(?:de\s+)?tbs|in\s+(?:de\s+)?gevangenis|achter\s+(?:de\s+)?tralies)"
)
# An office or post kept by one person: "blijft niet eeuwig premier", "blijven op hun post",
# "dat Marchena voorzitter bleef", "blijft aan als trainer".
_OFFICE = (
    r"(?<!van\s)(?:premier|president|voorzitter|burgemeester|minister|staatssecretaris|wethouder|directeur|trainer"
    r"|coach|aanvoerder|bondscoach|partijleider|fractievoorzitter|lijsttrekker|op\s+(?:zijn|haar|hun)\s+post"
    r"|in\s+functie|aan\s+het\s+roer|aan\s+als)"
)
# The state of one place, case or person after "blijven": a facility open or closed, someone
# unharmed, a cause unknown ("blijft voorlopig gesloten", "bleef ongedeerd", "blijft een raadsel").
_ONE_CASE = (
    r"(?:open|dicht|gesloten|geopend|ongedeerd|onduidelijk|duister|onbekend|onopgehelderd"
    r"|(?:een\s+)?raadsel|(?:een\s+)?mysterie|vertrouwelijk|geheim|schimmig|onopgemerkt|(?:be|ge)spaard"
    r"|overeind|leeg|" + _OFFICE + ")"
)
_NOT_A_CLAUSE = r"(?!(?:dat|of|die|wat|als|omdat|wanneer|en|maar)\s)"  # no new clause in between
# "blijven", up to six words of time or degree ("nog twee weken", "in ieder geval nog 14 dagen",
# "negentig dagen langer"), then being held or the state of one case.
_HELD_AFTER = re.compile(
    r"\s+(?:" + _NOT_A_CLAUSE + r"[^\W\d_]+\s+|\d+\s+){0,6}?(?:" + _HELD + "|" + _ONE_CASE + r")\b",
    re.IGNORECASE,
)
_VANISH_FORMS = ("verdwijn", "verdween", "verdwenen")
VANISH_REACH = 60  # characters around "verdween" read for the day or the cell
_JAILED = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:achter\s+(?:de\s+)?tralies|achter\s+slot|in\s+(?:de\s+)?cel)", re.IGNORECASE
)
_DAY = (
    r"(?:op\s+(?:\d|(?:maan|dins|woens|donder|vrij|zater|zon)dag|de\s+dag|oudejaars|kerst|nieuwjaars)"
    r"|(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:ochtend|middag|avond|nacht)?\b|gisteren|vannacht"
    r"|in\s+de\s+nacht\s+van)"
)
_ONE_DAY = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + _DAY, re.IGNORECASE)
_ONE_DAY_BEFORE = re.compile(_DAY + r"[^.;:!?]{0,30}\s+\Z", re.IGNORECASE)
_HELD_BEFORE = re.compile("(?:" + _HELD + "|" + _ONE_CASE + r")\s+(?:zitten\s+)?\Z", re.IGNORECASE)
HELD_REACH = 40  # characters read before a verb-final "blijft" for "in voorarrest"
# Instruments of law and administration whose change is an amendment: "wijziging van de Kieswet".
_INSTRUMENT_WORD = (
    r"(?:[\w-]*(?:wet|wetten|wetboek|besluit|besluiten|regeling|regelingen|artikel|artikelen|plan|akkoord"
    r"|wetsvoorstel|wetsvoorstellen|verordening|richtlijn|reglement|begroting|statuten|motie"
    r"|amendement|convenant)\b|(?-i:[A-Z]{2,})\b)"
)
# The complement of "wijziging" names the instrument: "wijziging van (de) |Kieswet|", "wijzigingen
# in het |bestuursakkoord|", "wijziging |RGP|", "wijziging van artikel 22".
_AMENDED = re.compile(
    r"\s+(?:(?:van|op|in|aan)\s+)?(?:(?:de|het|een|enige|enkele|deze|dit)\s+)?(?:[\w-]+\s+){0,2}?"
    + _INSTRUMENT_WORD,
    re.IGNORECASE,
)
# A document that amends ("besluit tot wijziging van", "nota van wijziging"): every "wijziging" of
# its sentence is that act.
_AMENDING_DOCUMENT = re.compile(
    r"\b(?:besluit|conceptbesluit|ontwerpbesluit|nota's|nota|voorstel|wetsvoorstel|wet|regeling)\s+"
    r"(?:tot|van)\s+wijziging",
    re.IGNORECASE,
)
# An instrument as the subject of "gewijzigd": "Het ontwerpbegrotingsplan is niet gewijzigd".
_INSTRUMENT_BEFORE = re.compile(
    r"(?:" + _INSTRUMENT_WORD + r")(?:\s+\w+){0,3}\s*\Z", re.IGNORECASE
)
_AMEND_WORDS = ("wijzig", "gewijzigd")
AMEND_REACH = 80  # characters after "wijziging" read for the instrument
# Connectives and adverbs that are no phenomenon on their own.
_CONNECTIVES = frozenset([
    "desondanks", "daarnaast", "bovendien", "echter", "toch", "ook", "wel", "zo", "daardoor",
    "hierdoor", "verder", "tevens", "evenwel", "niettemin", "bijgevolg", "daarentegen", "dus",
    "vervolgens", "tegelijkertijd", "overigens", "wellicht", "waarschijnlijk", "mogelijk",
])
_HAVE = frozenset(["heeft", "hebben", "had", "hadden"])
# Words after "heeft" that open no object: "hebben zich verplaatst", "heeft steeds vaker".
_NO_OBJECT = frozenset(["zich", "ons", "me", "mij", "je", "steeds", "meer", "vaker", "minder", "al", "ook"])
MAX_PARTICLE = 4  # letters of a separable particle before "ge" ("terug|ge|lopen")
_UNSTRESSED_PREFIXES = ("ver", "be", "ont", "her", "er", "ge")
_HAVE_WORD = re.compile(r"\b(?:heeft|hebben|had|hadden)\b", re.IGNORECASE)
# What one incurs ("letsel oplopen", "een scheur in zijn schedel opgelopen").
_INJURY = re.compile(
    r"\b(?:\w*letsel|verwonding\w*|wonden|(?:steek|snij|schot|brand|hoofd|bijt)wond\w*|blessure\w*"
    r"|kneuzing\w*|scheur|\w*breuk(?:en)?|hersenschudding\w*|vertraging\w*)\b",  # "botbreuken"
    re.IGNORECASE,
)
# "een (stevige) deuk oplopen": being dented, a fall of the subject ("Het vertrouwen liep een deuk op").
_DENT = re.compile(r"\bdeuk(?:je)?\b", re.IGNORECASE)
# "oplopen" as walking: "liep brandend de straat op", "laat dat project samen oplopen met".
_WALKED = re.compile(
    r"\b(?:(?:de|het)\s+(?:straat|stoep|trap|weg|gang|podium|veld|dijk|berg|heuvel)\s+op|samen\s+op\s*(?:te\s+)?lopen)\b",
    re.IGNORECASE,
)
# A wave of weather is one event, no surge of what it names: "tijdens de hittegolf van vorig jaar".
_WEATHER_WAVE = re.compile(r"(?:hitte|warmte|koude?|vorst|droogte)golf\w*")
# "constant" is stable only as a predicate ("is constant", "bleef constant", "constant gebleven");
# elsewhere it is "all the time" ("gooit constant met modder", "met constant druk verkeer"), an
# attribute of one person's life ("constante stress") or a first name ("Constant Meijers").
_CONSTANT_FORMS = frozenset(["constant", "constante"])
_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|zijn|was|waren|blijft|blijven|bleef|bleven|lijkt|bleek|blijkt|wordt|werd|houdt|hield|houden)"
    r"(?:\s+(?:vrijwel|nagenoeg|redelijk|vrij|min\s+of\s+meer|ongeveer|nog|al|steeds|ook|zo\s+goed\s+als))*\s+\Z",
    re.IGNORECASE,
)
# One actor changing sides or mind ("het van gedachten veranderde CDA", "dat de VVD van standpunt
# veranderde", "van geslacht verandert"), or a vague "iets" that changed ("dat er wél iets verandert",
# "merkten dat er iets veranderd was"): no change of a phenomenon.
_CHANGE_LEMMAS = frozenset(["veranderen", "wijzigen"])
_ACTOR_CHANGE_BEFORE = re.compile(
    r"\b(?:van\s+(?:gedachten|standpunt|standpunten|geslacht|baan|werkgever|club|ploeg|partij)"
    r"|iets)(?:\s+(?:is|was|zijn|waren|zal|zullen|wil|willen|doen|laten))?\s+\Z",
    re.IGNORECASE,
)
_STAYED_AFTER = re.compile(r"\s+(?:gebleven|blijven|blijft|bleef|bleven|gehouden)\b", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+aan\s+(?:de|den|het)\s+\w", re.IGNORECASE)  # "Krimpen aan den IJssel"
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD_BEFORE = re.compile(r"([\w']+)\s+\Z")
WORD_BEFORE_REACH = 24  # characters before a cue read for its determiner
# Words before an infinitive form that make it a plural noun ("de zakken", "226 zakken").
_NOUN_DETERMINERS = frozenset([
    "de", "deze", "zijn", "haar", "hun", "mijn", "onze", "jouw", "uw", "vele", "veel", "enkele",
    "twee", "drie", "vier", "vijf", "tien", "honderd", "honderden", "tientallen", "duizenden",
    "driehonderd", "met", "volle", "lege",
])
# "uitgebreid" before a noun or a participle is "thorough": "een uitgebreid onderzoek".
_ADJECTIVE_USE = re.compile(r"e?\s+(?!met\b|tot\b|naar\b|en\b|of\b|door\b|in\b)[^\W\d_]{3,}", re.IGNORECASE)
_MOVE_FORMS = ("verplaats", "verzet", "verschov", "verschuif", "uitgesteld")
_EVENT_BEFORE = re.compile(
    r"\b(?:overleg|vergadering|debat|zitting|bijeenkomst|afspraak|behandeling|stemming|hoorzitting"
    r"|rondetafelgesprek|procedurevergadering|uitspraak|wedstrijd|duel|concert|voorstelling)\b"
    r"[^.;:!?]*\Z",
    re.IGNORECASE,
)
_EVENT_AFTER = re.compile(
    r"\s+(?:(?:de|het|een|zijn|haar|hun)\s+)?(?:[\w-]+\s+)?(?:duel|wedstrijd\w*|koopavond|\w*gala|concert"
    r"|\w*vergadering|debat|zitting|bijeenkomst|uitvoering|voorstelling)\b",
    re.IGNORECASE,
)
_ESCALATE_FORMS = frozenset(["escaleert", "escaleren", "escaleerde", "escaleerden", "geëscaleerd"])
# One quarrel: "De burenruzie escaleert", "Tinderdate escaleert", "een woordenwisseling escaleerde".
_QUARREL_BEFORE = re.compile(
    r"\b\w*(?:ruzie|woordenwisseling|vechtpartij|onenigheid|date|feestje|burenconflict)\b[^.;:!?]*\Z",
    re.IGNORECASE,
)
EVENT_REACH = 80  # characters before "verplaatst" read for the meeting moved
_RUN_UP_FORMS = ("opgelopen", "oploop", "oplopen", "opliep", "oplie")
INCURRED_REACH = 60  # characters around "oplopen" read for "heeft" and what was incurred
_COPULAS = frozenset(["is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden"])
_MORE_WORDS = frozenset(["meer", "vaker", "minder", "steeds"])
_POINTERS = frozenset(["er", "het", "dit", "dat", "deze", "die", "ze", "zij", "hij", "we", "wij", "men"])
# Openings of a correlation ("naarmate …", "hoe hoger …, hoe …"): a comparison, no change in time.
_CORRELATION = frozenset(["naarmate", "hoe"])
_RELATIVES = frozenset(["die", "dat", "wat", "welke", "waar", "wie"])
_DEMONSTRATIVES = frozenset(["deze", "die", "dit", "dat", "zulke", "dergelijke"])
# A relative clause whose subject seems to sit in an adverbial: ", dat tijdens de pandemie".
_RELATIVE_ADVERBIAL = re.compile(
    r",\s*(?:dat|die)\s+(?P<prep>\w+)\s+(?:de|het|een|deze|dit|die)?\s*\Z", re.IGNORECASE
)
RELATIVE_REACH = 40  # characters before a phenomenon read for ", dat tijdens de"
STEM = 5  # letters of a word compared when two statements restate each other
# Words one phenomenon may add to the other and still restate it ("opkomst |(hoger)|"); a heading
# run into its sentence in flattened text ("Dalende cijfers … Het aantal misdrijven daalt") adds more.
MAX_RESTATED_EXTRA = 2
_WORDS = re.compile(r"[^\W\d_]+")
TIDY_REACH = 400  # characters from a statement's start where its phenomenon is found again
MIN_VERB = 5  # letters of the shortest present tense read as a verb a phenomenon ends with
ANTECEDENT_REACH = 160  # characters before the relative pronoun read for its antecedent
_TIME_OPENERS = frozenset(["kort", "vlak", "direct", "meteen", "vlakbij", "lang", "ruim"])
_NOMINAL_BEFORE = re.compile(r"(?:^|\W)(?:het|dit|dat)\s+\Z|^\W*\Z", re.IGNORECASE)
_VAN_AFTER = re.compile(r"\s+van\b", re.IGNORECASE)
# A noun of aim or a will before a nominalised verb of change: "Doel is het terugdringen van",
# "met als doel het vergroten van", "wil … besteden aan het terugdringen van".
_AIM_BEFORE = re.compile(
    r"\b(?:doel(?:stelling)?|bedoeld|stre(?:eft|ven|efde|efden)|wil|willen|wilde|wilden)\b", re.IGNORECASE
)
# Verbs of change that also take an object ("de Commissie versnelt de hervormingen"): as a noun
# ("het versnellen van") they name an aim or an activity.
_TRANSITIVE = frozenset([
    "versnellen", "verbeteren", "verergeren", "verharden", "verdubbelen", "verslechteren",
    "veranderen", "verminderen", "verlagen", "verhogen", "verkleinen", "vergroten", "versterken",
    "verzwakken", "verscherpen", "intensiveren", "uitbreiden", "beperken", "terugdringen",
    "verbreden", "verdiepen", "wijzigen", "aanscherpen", "opvoeren", "opschalen",
])


def kept(doc: Document, found: list[TrendStatement]) -> list[TrendStatement]:
    """``found`` without the statements that are no trends, their phenomena repaired."""
    out: list[TrendStatement] = []
    for statement in found:
        checked = _checked(doc, statement)
        if checked is None:
            continue
        if out and _restates(out[-1], checked):
            continue
        out.append(checked)
    return out


def _restates(before: TrendStatement, statement: TrendStatement) -> bool:
    """``statement`` says again what ``before`` said: their evidence overlaps, the direction is the
    same and one phenomenon is the other with at most two words more ("opkomst bij de verkiezingen"
    twice, once with "(hoger)")."""
    if statement.direction is not before.direction or statement.span.start >= before.span.end:
        return False
    if before.span.start >= statement.span.end:
        return False
    one, other = sorted((_content_stems(before.phenomenon), _content_stems(statement.phenomenon)), key=len)
    return bool(one) and one <= other and len(other - one) <= MAX_RESTATED_EXTRA


def _content_stems(phenomenon: str) -> set[str]:
    """The first letters of the content words of a phenomenon."""
    return {w.lower()[:STEM] for w in _WORDS.findall(phenomenon) if _phrases.is_content(w)}


def _checked(doc: Document, statement: TrendStatement) -> TrendStatement | None:
    start = doc.clean.clean_offset(statement.span.start)
    end = max(start, doc.clean.clean_offset(statement.span.end))
    sentence = doc.sentence_at(start)
    cues = doc.cues_in(sentence.start, sentence.end)
    # the statement's own wording of change: the cues inside it, else the one nearest to it
    own = [c for c in cues if c.start < end and c.end > start] or sorted(
        cues, key=lambda c: max(c.start - end, start - c.end))[:1]
    if own and all(_no_trend(doc, cue, sentence.start) for cue in own):
        return None
    if _trend_actual.conditional_after(doc.text, start, end, sentence.end):
        return None  # "… zullen ook verdwijnen als er straks …": a condition
    if _narrated(doc, statement, own, sentence.start):
        return None
    last = statement.text.split()[-1].lower().strip(".,;:!?") if statement.text.split() else ""
    phenomenon = _repaired(doc, statement.phenomenon, start, sentence.start, participle=_participle(last))
    if phenomenon is None:
        return None
    dented = any(_dented(doc.text, c, sentence.start) for c in own)
    slowed = any(_trend_cases.slowed(doc.text, c) for c in own)
    direction = Change.DOWN if dented or slowed else statement.direction
    if (phenomenon, direction) == (statement.phenomenon, statement.direction):
        return statement
    return dataclasses.replace(statement, phenomenon=phenomenon, direction=direction)


def _narrated(doc: Document, statement: TrendStatement, own: list[_cues.Cue], opening: int) -> bool:
    """A life and the state said of it ("groeide op in een stabiel gezin"), or one actor or thing
    that stays or persists ("May blijft nog even", "Het merk bestaat al jaren niet meer")."""
    if any(_trend_cases.grows_up(doc.text, cue) for cue in own):
        return True
    stays = statement.direction is Change.STABLE and bool(own)
    if not stays or not all(_trend_cases.persists_or_stays(c) for c in own):
        return False
    return _trend_cases.one_actor(doc.text, own[0], opening, statement.phenomenon)


def _no_trend(doc: Document, cue: _cues.Cue, opening: int) -> bool:
    text = doc.text
    low = cue.text.lower().strip()
    return (
        _in_custody(text, cue, low)
        or _amendment(text, cue, low, opening)
        or _imperative(text, cue, low, opening)
        or _goal(text, cue, low, opening)
        or _incurred(text, cue, low, opening)
        or _other_sense(text, cue, low, opening)
        or _rescheduled(text, cue, low, opening)
        or _not_a_verb(text, cue, low, opening)
        or _trend_cases.no_trend(text, cue, low, opening)
    )


def _in_custody(text: str, cue: _cues.Cue, low: str) -> bool:
    """"blijft (voorlopig) vast", "blijven in voorarrest", "of hij in de cel blijft": a suspect
    held; "blijft dicht", "bleef ongedeerd", "blijft een raadsel": the state of one case."""
    if low.startswith(_VANISH_FORMS):
        return _one_disappearance(text, cue)
    if low not in _STAY_FORMS:
        return False
    return bool(_HELD_AFTER.match(text, cue.end)) or bool(
        _HELD_BEFORE.search(text, max(0, cue.start - HELD_REACH), cue.start)
    )


def _one_disappearance(text: str, cue: _cues.Cue) -> bool:
    """"verdwijnt voor vier jaar achter de tralies" (jailed), "De vrouw verdween op 29 mei",
    "is op 12-4-2014 verdwenen", "verdween zaterdagavond": one person or thing gone on one day."""
    after = text[cue.end : cue.end + VANISH_REACH]
    before = text[max(0, cue.start - VANISH_REACH) : cue.start]
    return bool(
        _JAILED.match(after) or _ONE_DAY.match(after) or _ONE_DAY_BEFORE.search(before)
    )


def _incurred(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"heeft letsel opgelopen", "liep een verwonding op": "oplopen" with an object (perfect with
    "hebben", or an injury named) is incurring something, not rising."""
    if not _run_up(low):
        return False
    before = text[max(opening, cue.start - INCURRED_REACH) : cue.start]
    around = before + text[cue.start : cue.end + INCURRED_REACH]
    perfect = low == "opgelopen" and bool(_HAVE_WORD.search(before))
    walked = bool(_WALKED.search(text, max(opening, cue.start - INCURRED_REACH // 2), cue.end + 2))
    return perfect or walked or bool(_INJURY.search(around))


def _dented(text: str, cue: _cues.Cue, opening: int) -> bool:
    """"liep een stevige deuk op", "een flinke deuk in hun pensioen oplopen": "oplopen" with "deuk"
    as its object says the subject was dented, a fall."""
    if not _run_up(cue.text.lower()):
        return False
    before = text[max(opening, cue.start - INCURRED_REACH) : cue.start]
    return bool(_DENT.search(before + text[cue.start : cue.end]))


def _run_up(low: str) -> bool:
    """A form of "oplopen", separable ("liep … op") or not."""
    words = low.split()
    separable = len(words) > 1 and words[-1] == "op" and _cues.lemma(words[0]) == "lopen"
    return separable or low.startswith(_RUN_UP_FORMS)


def _other_sense(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """A word of change in another sense: a wave of weather ("de hittegolf van vorig jaar": one
    event), one actor changing sides ("van standpunt veranderde") or a vague "iets" that changed,
    "constant" as "all the time" or a name ("gooit constant met modder", "Constant
    Meijers"); stable only as a predicate ("het aantal bleef constant", "is constant gebleven")."""
    if _WEATHER_WAVE.fullmatch(low) or _trend_actual.other_sense(text, cue, low):
        return True  # "tijdens de hittegolf", "een verhoogd trottoir", "als bewijs opgevoerd"
    if " " not in low and _cues.lemma(low) in _CHANGE_LEMMAS:
        before_start = max(opening, cue.start - WORD_BEFORE_REACH * 2)
        return bool(_ACTOR_CHANGE_BEFORE.search(text, before_start, cue.start))
    if low not in _CONSTANT_FORMS:
        return False
    if text[cue.start].isupper() and text[max(opening, cue.start - 2) : cue.start].strip():
        return True  # a name inside a sentence
    before = _PREDICATE_BEFORE.search(text, max(opening, cue.start - WORD_BEFORE_REACH * 2), cue.start)
    return low == "constante" or not (before or _STAYED_AFTER.match(text, cue.end))


def _not_a_verb(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """A word of change that is another word here: a name inside a sentence ("uit |Krimpen| aan den
    IJssel"), a plural noun after a determiner or a number ("226 |zakken| met cocaïne", "zijn
    |zakken|"), "uitgebreid" as "thorough" before a noun or a participle ("een |uitgebreid|
    onderzoek", "werd |uitgebreid| geverifieerd")."""
    if " " in low:
        return False
    word = text[cue.start : cue.end]
    previous = text[max(opening, cue.start - WORD_BEFORE_REACH) : cue.start].rstrip()[-1:]
    inside = previous.isalpha() or previous == ","  # not after a quote mark, a dash or a colon
    named = word[:1].isupper() and word[1:].islower() and cue.kind in ("verb", "cause")
    if named and not low.endswith(("end", "ende")) and (inside or _PLACE_AFTER.match(text, cue.end)):
        return True
    before = _WORD_BEFORE.search(text, max(opening, cue.start - WORD_BEFORE_REACH), cue.start)
    lemma = _cues.lemma(low)
    # an infinitive, or a form whose lemma is a noun ("zakken" -> "zak"); not a participle
    verb_form = cue.kind in ("verb", "cause") and low.endswith("en")
    infinitive = verb_form and (lemma == low or not lemma.endswith("en"))
    if infinitive and before is not None:
        previous_word = before.group(1)
        count = previous_word.isdigit() and not _YEAR.fullmatch(previous_word)
        if count or previous_word.lower() in _NOUN_DETERMINERS:
            return True
    return low.startswith("uitgebreid") and bool(_ADJECTIVE_USE.match(text, cue.end))


def _rescheduled(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"Het overleg met de Rekenkamer is verplaatst", "KNVB verplaatst duel": a meeting, a hearing
    or a match moved in the calendar, no shift in society; "De burenruzie escaleert", "is
    hoog opgelopen ruzie is geëscaleerd": one quarrel getting out of hand, no hardening."""
    if low in _ESCALATE_FORMS:
        return bool(_QUARREL_BEFORE.search(text, max(opening, cue.start - EVENT_REACH), cue.start))
    if not any(w.startswith(_MOVE_FORMS) or "verschov" in w or "verschuif" in w for w in low.split()):
        return False
    return bool(
        _EVENT_BEFORE.search(text, max(opening, cue.start - EVENT_REACH), cue.start)
        or _EVENT_AFTER.match(text, cue.end, cue.end + EVENT_REACH)
    )


def _amendment(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"wijziging van de Kieswet", "wijzigingen in het bestuursakkoord", "Deze wijziging maakt deel
    uit van een besluit tot wijziging", "Het ontwerpbegrotingsplan is niet gewijzigd": the change of
    an instrument of law or administration (an amendment), not a change in society."""
    if not low.startswith(_AMEND_WORDS) and not any(w.startswith(_AMEND_WORDS) for w in low.split()):
        return False
    if low.startswith("wijziging"):
        amended = _AMENDED.match(text, cue.end, cue.end + AMEND_REACH)
        return bool(amended or _AMENDING_DOCUMENT.search(text[opening : cue.end + AMEND_REACH]))
    return bool(_INSTRUMENT_BEFORE.search(text, max(opening, cue.start - AMEND_REACH), cue.start))


def _stems(lemma: str) -> frozenset[str]:
    """The spellings the stem of an infinitive may take: "versterken" -> "versterk", "vergroten"
    -> "vergroot" (open syllable), "versnellen" -> "versnel", "verhogen" -> "verhoog"."""
    base = lemma.removesuffix("en")
    out = {base}
    if len(base) > 2 and base[-2] in "aeou" and base[-3] not in "aeiou":
        out.add(base[:-1] + base[-2] + base[-1])
    if len(base) > 1 and base[-1] == base[-2]:
        out.add(base[:-1])
    return frozenset(w[:-1] + {"v": "f", "z": "s"}[w[-1]] if w[-1:] in ("v", "z") else w for w in out)


def _imperative(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"versterk de veerkracht", "Vergroot emotioneel welzijn": the bare stem of a verb of change
    (an imperative or "ik"), or a stem ending in t/d that opens its sentence or list item."""
    if cue.kind not in ("verb", "cause") or " " in low or not low.isalpha():
        return False
    lemma = _cues.lemma(low)
    if lemma == low or low not in _stems(lemma):
        return False
    before = text[opening : cue.start]
    first = not before.strip(" \t\n•-–*·()\"'“‘0123456789.")
    after_comma = before.rstrip().endswith(",")
    if low.endswith(("t", "d")):  # also a third person ("vergroot het risico"): only as a capital opening
        return first and text[cue.start].isupper()
    return first or after_comma


def _goal(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"(het) versnellen van hervormingen": a transitive verb of change used as a noun; not
    after a noun of aim or a will ("Doel is het terugdringen van …", "wil … besteden aan het
    terugdringen van ondermijning"): a goal, which the conventions count as a trend."""
    if low not in _TRANSITIVE or not _VAN_AFTER.match(text, cue.end):
        return False
    if _AIM_BEFORE.search(text, opening, cue.start):
        return False
    return bool(_NOMINAL_BEFORE.search(text, max(0, cue.start - 8), cue.start)) or _after_preposition(
        text, cue.start
    )


def _after_preposition(text: str, pos: int) -> bool:
    words = text[max(0, pos - 20) : pos].split()
    return bool(words) and words[-1].lower() in _phrases.NP_PREPOSITIONS | {"over", "voor", "om", "het"}


def _participle(word: str) -> bool:
    """A past participle of a verb of change ("verergerd", "toegenomen", "veranderd")."""
    if not word.endswith(("d", "t", "en")) or not _cues.is_change_word(word) or _cues.lemma(word) == word:
        return False
    return "ge" in word[:MAX_PARTICLE + 2] or word.startswith(_UNSTRESSED_PREFIXES)


def _repaired(doc: Document, phenomenon: str, start: int, opening: int, *, participle: bool) -> str | None:
    """The phenomenon without a verb it kept; None when nothing is left of it. ``participle``: the
    statement ends with a past participle of change (a perfect: "heeft … verergerd")."""
    words = phenomenon.split()
    low = [w.lower() for w in words]
    if (len(words) == 1 and low[0] in _CONNECTIVES) or low[0] in _CORRELATION:
        return None  # "Desondanks (blijft)"; "Naarmate de inwonersaantallen hoger (worden)"
    have = next((i for i, w in enumerate(low) if w in _HAVE), None)
    perfect = participle and have is not None and 0 < have < len(words) - 1
    if perfect and have is not None and not _RELATIVES & set(low[:have]) and low[have + 1] not in _NO_OBJECT:
        rest = words[have + 1 :]  # "pandemie heeft |deze beperkingen|"
        return None if rest[0].lower() in _DEMONSTRATIVES else _tidied(doc, " ".join(rest), start)
    copula = _copula_cut(low)
    if copula is not None:
        return _tidied(doc, " ".join(words[:copula]), start)  # "Jakkeraars (worden steeds vaker gepakt)"
    verb_last = low[-1] in _phrases.FINITE_VERBS or (words[-1].islower() and _present_verbs(low[-1]))
    if len(words) > 1 and verb_last:
        return _without_last_verb(doc, phenomenon, start)
    return _antecedent(doc, phenomenon, start, opening)


def _without_last_verb(doc: Document, phenomenon: str, start: int) -> str | None:
    """"Vertrouwen |is|", "Kort na de pandemie |ervaart|": the phenomenon without the finite verb
    it ends with; None when what is left is an adverbial."""
    words = phenomenon.split()
    low = [w.lower() for w in words[:-1]]
    if _RELATIVES & set(low):
        return phenomenon  # "groep die veel vertrouwen heeft": a relative clause keeps its verb
    if low[0] in _ADVERBIAL_PREPOSITIONS or low[0] in _TIME_OPENERS:
        return None
    return _tidied(doc, " ".join(words[:-1]), start)


def _copula_cut(low: list[str]) -> int | None:
    """Where a phenomenon that runs on into its predicate ends: before the last form of "zijn" or
    "worden" that comes before a word of change ("Vertrouwen |is steeds meer verweven|"); None when
    there is none, or the words before it are no subject (a pronoun, "er", an adverbial opening, a
    relative clause)."""
    change = next((i for i, w in enumerate(low) if i and (w in _MORE_WORDS or _cues.is_change_word(w))), None)
    if change is None:
        return None
    verb = next((i for i in range(change - 1, 0, -1) if low[i] in _COPULAS), None)
    if verb is None:
        return None
    before = low[:verb]
    if before[-1] in _POINTERS or before[0] in _ADVERBIAL_PREPOSITIONS or before[0] in _TIME_OPENERS:
        return None
    if _RELATIVES & set(before) or before[0] in ("en", "in", "op", "bij") or "en" in before[1:]:
        return None
    if "-" in before or "–" in before:  # a dateline: "DEN HAAG - In Nederland worden …"
        return None
    return verb


def _tidied(doc: Document, name: str, start: int) -> str | None:
    """``name`` as a phenomenon: found again in the text from ``start`` and read as a noun phrase
    ("de incidentie van naastenzorg" -> "incidentie van naastenzorg"); as it is when not found."""
    at = doc.text.find(name, start, start + TIDY_REACH)
    if at < 0:
        return name
    return _phenomenon(doc, _phrases.Span(at, at + len(name)))


def _present_verbs(word: str) -> frozenset[str]:
    """``word`` when it is a present tense in -t of a verb ("ervaart", "kampt"), else nothing."""
    if len(word) < MIN_VERB or not word.endswith("t") or not word.isalpha():
        return frozenset()
    lemma = _cues.lemma(word)
    present = lemma != word and lemma.endswith("en") and word[:-1] in _stems(lemma)
    return frozenset([word]) if present else frozenset()


def _antecedent(doc: Document, phenomenon: str, start: int, opening: int) -> str | None:
    """", dat tijdens |de pandemie| is verergerd": the antecedent of the relative pronoun."""
    text = doc.text
    m = _RELATIVE_ADVERBIAL.search(text, max(opening, start - RELATIVE_REACH), start)
    if m is None or m.group("prep").lower() not in _ADVERBIAL_PREPOSITIONS:
        return phenomenon
    window = max(opening, m.start() - ANTECEDENT_REACH)
    clause_start = max(text.rfind(",", window, m.start()) + 1, window)
    phrase = _phrases.strip_edges(text, clause_start, m.start())
    if phrase is None:
        return None
    # the subject of the clause before the comma, without a predicate noun after it: "(vormt)
    # |het gebrek aan tijd| een probleem"
    words = [t for t in _phrases.tokens(text, phrase.start, phrase.end) if t.group(0)[0].isalnum()]
    pairs = list(itertools.pairwise(words))
    opener = next((t.start() for prev, t in pairs
                   if t.group(0).lower() in ("de", "het") and not _is_preposition(prev.group(0))),
                  phrase.start)
    end = next((t.start() for prev, t in pairs if t.start() > opener and t.group(0).lower() == "een"
                and _phrases.is_content(prev.group(0)) and not _is_preposition(prev.group(0))), phrase.end)
    name = _phenomenon(doc, _phrases.Span(opener, end))
    if not name or any(w.lower() in _phrases.FINITE_VERBS for w in name.split()):
        return None  # no noun phrase before the relative clause: the phenomenon is unknown
    return name
