"""Words of change that state one case, not a trend (``_trend_filters`` asks them per cue).

* "blijven" with being held ("Verdachte blijft vast", "blijft nog twee weken in voorlopige
  hechtenis", "of hij vast blijft") or with the state of one place, person or case ("blijft deze
  zomer dicht", "bleef ongedeerd", "blijft een raadsel", "Veroordeling blijft in stand"); an office
  kept ("blijft niet eeuwig premier", "De burgemeesters blijven op hun post");
* "verdwijnen" on one day or into a cell ("verdween op 29 mei", "verdwijnt achter de tralies"), on
  one occasion ("plots verdwenen", "spoorloos verdwenen", "verdween in de bigshoppers", "verdwenen
  vervolgens via de Bomazijnstraat") or with a person as subject ("Anja (33) … verdwenen", "in de
  nacht dat ze verdween", "verdween Daniël");
* "oplopen" with an object ("heeft letsel opgelopen", "liep een snijwond op", "liep flinke
  waterschade op"), as walking ("liep de straat op"), running into something ("lopen tegen
  allerlei muren op"), a particle of the next clause's verb ("lopen voor me weg en sluiten zich op")
  or with a delay ("loopt vertraging op"); "een deuk oplopen" is read as a fall ("liep een stevige
  deuk op");
* a meeting or a match moved in the calendar ("het geplande overleg is verplaatst", "KNVB
  verplaatst duel"), one thing moved ("kasten met dossiers verplaatst"; not "verplaatst zich":
  a phenomenon that moves is a shift); one quarrel getting out of hand ("Burenruzie escaleert");
  a collapse ("zakte in de tuin in elkaar"); one thing brought back to a place or a state, or one
  case's sentence reduced by a court ("wordt teruggebracht naar de burgerstatus", "werd in hoger
  beroep teruggebracht"); one actor renamed ("Elsevier Weekblad verandert naam
  in EW"); a vessel capsized ("een rubberbootje omgeslagen"). A place in a ranking that is
  kept ("regio blijft koploper") is persistence over time, a stable trend in the conventions;
* an amendment: "wijziging" whose complement names an instrument of law or administration ("van
  de Kieswet", "in het bestuursakkoord", "RGP"), a sentence with an amending document ("besluit
  tot wijziging"), or such an instrument "gewijzigd".
"""

from __future__ import annotations

import re

from trendbeeld.extract import _cues, _scan, lexicon
from trendbeeld.model import Change

_STAY_FORMS = frozenset(["blijft", "blijven", "bleef", "bleven", "gebleven", "blijf"])
# Being held, after or before "blijven": "blijft (voorlopig) vast", "in voorarrest blijft".
_HELD = (
    r"(?:vast|vastzitten|vastgehouden|gevangen|opgesloten|gedetineerd|in\s+(?:[\w-]+\s+)?(?:voor)?arrest"
    r"|in\s+(?:de\s+|een\s+)?(?:[\w-]+\s+)?cel|in\s+(?:[\w-]+\s+)?hechtenis|in\s+bewaring|in\s+detentie"
    r"|in\s+verzekering|in\s+(?:de\s+)?tbs|in\s+(?:de\s+)?gevangenis|achter\s+(?:de\s+)?tralies"
    r"|achter\s+slot)"
)
# An office or post kept by one person: "blijft niet eeuwig premier", "blijven op hun post",
# "dat Marchena voorzitter bleef", "blijft aan als trainer".
_OFFICE = (
    r"(?<!van\s)(?:premier|president|voorzitter|burgemeester|minister|staatssecretaris|wethouder|directeur|trainer"
    r"|coach|aanvoerder|bondscoach|partijleider|fractievoorzitter|lijsttrekker|op\s+(?:zijn|haar|hun)\s+post"
    r"|in\s+functie|aan\s+het\s+roer|aan\s+als)"
)
# The state of one place, case or person after "blijven": a facility open or closed, someone
# unharmed, a cause unknown, a ruling upheld ("blijft voorlopig gesloten", "bleef ongedeerd", "blijft
# een raadsel", "De straf blijft in stand").
_ONE_CASE = (
    r"(?:open|dicht|gesloten|geopend|ongedeerd|onduidelijk|duister|onbekend|onopgehelderd"
    r"|(?:een\s+)?raadsel|(?:een\s+)?mysterie|vertrouwelijk|geheim|schimmig|onopgemerkt|(?:be|ge)spaard"
    r"|overeind|leeg|in\s+stand|" + _OFFICE + ")"
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
# One person or thing gone on one occasion: suddenly or at once ("plots verdwenen", "spoorloos
# verdwenen", "van de radar verdwenen", "verdwenen vervolgens"), into or through a place ("verdween
# in de bigshoppers", "verdwenen in een lade", "via de Bomazijnstraat"), or a person as subject: a
# pronoun with the singular ("toen hij verdween", "verdween ze"), a name with an age ("Anja (33)
# … verdwenen"), a name after the verb ("verdween Daniël").
_SUDDEN = re.compile(
    r"\b(?:plots|plotseling|plotsklaps|ineens|opeens|spoorloos|vervolgens|alweer|van\s+de\s+radar"
    r"|zonder\s+(?:een\s+)?(?:spoor|buit))\b",
    re.IGNORECASE,
)
_INTO_PLACE = re.compile(
    r"[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:in|via|achter|onder)[^\S\n]+(?:de|het|een|zijn|haar|hun)\s",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_SINGULAR_FORMS = frozenset(["verdween", "verdwijnt"])
_SHE_OR_HE = frozenset(["hij", "zij", "ze"])
_AGE = re.compile(r"\b[A-Z][a-zà-ÿ]+(?:\s+[A-Z][\w.]*)?\s*\(\d{1,3}\)")
_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z][a-zà-ÿ]+)\b(?!\s+(?-i:[A-Z]))")
_ONE_DAY = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + _DAY, re.IGNORECASE)
_ONE_DAY_BEFORE = re.compile(_DAY + r"[^.;:!?]{0,30}\s+\Z", re.IGNORECASE)
_HELD_BEFORE = re.compile("(?:" + _HELD + "|" + _ONE_CASE + r")\s+(?:zitten\s+)?\Z", re.IGNORECASE)
HELD_REACH = 40  # characters read before a verb-final "blijft" for "in voorarrest"
# The last words of the alternatives of ``_HELD_BEFORE``: a word before "blijft" that ends with none
# of them (or "zitten" after one) can start no match, a cheap test before the pattern.
_HELD_ENDS = (
    "vast", "vastzitten", "vastgehouden", "gevangen", "opgesloten", "gedetineerd", "arrest", "cel",
    "hechtenis", "bewaring", "detentie", "verzekering", "tbs", "gevangenis", "tralies", "slot", "open",
    "dicht", "gesloten", "geopend", "ongedeerd", "onduidelijk", "duister", "onbekend", "onopgehelderd",
    "raadsel", "mysterie", "vertrouwelijk", "geheim", "schimmig", "onopgemerkt", "spaard", "overeind",
    "leeg", "stand", "premier", "president", "voorzitter", "burgemeester", "minister", "staatssecretaris",
    "wethouder", "directeur", "trainer", "coach", "aanvoerder", "bondscoach", "partijleider",
    "fractievoorzitter", "lijsttrekker", "post", "functie", "roer", "als",
)
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
_HAVE_WORD = re.compile(r"\b(?:heeft|hebben|had|hadden)\b", re.IGNORECASE)
# What one incurs ("letsel oplopen", "een scheur in zijn schedel opgelopen").
_INJURY = re.compile(
    r"\b(?:\w*letsel|verwonding\w*|wonden|(?:steek|snij|schot|brand|hoofd|bijt)wond\w*|blessure\w*"
    r"|kneuzing\w*|scheur|\w*breuk(?:en)?|hersenschudding\w*|vertraging\w*)\b",  # "botbreuken"
    re.IGNORECASE,
)
# Damage as the object of a separable "oplopen": "de caravan liep flinke waterschade op" (not "de
# schade loopt op", a rise).
_DAMAGE = re.compile(r"\w*schade\b")
# "een (stevige) deuk oplopen": being dented, a fall of the subject ("Het vertrouwen liep een deuk op").
_DENT = re.compile(r"\bdeuk(?:je)?\b", re.IGNORECASE)
# "oplopen" as walking: "liep brandend de straat op", "laat dat project samen oplopen met".
_WALKED = re.compile(
    r"\b(?:(?:de|het)\s+(?:straat|stoep|trap|weg|gang|podium|veld|dijk|berg|heuvel)\s+op|samen\s+op\s*(?:te\s+)?lopen)\b",
    re.IGNORECASE,
)
_MOVE_FORMS = ("verplaats", "verzet", "verschov", "verschuif", "uitgesteld")
_ANY_MOVE_FORM = re.compile("|".join(_MOVE_FORMS))  # anywhere in a lower-case cue: one scan
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
_RENAME_LEMMAS = frozenset(["veranderen", "wijzigen"])
# "naam" as the object right after or before the verb, perhaps after the subject's name: "verandert
# (van) naam", "wijzigt haar naam", "verandert Hoogma de naam van …", "je naam wijzigen".
_RENAMED_AFTER = re.compile(
    r"(?:[^\S\n]+(?-i:[A-Z])[\w.-]*){0,3}[^\S\n]+(?:(?:van|haar|zijn|hun|de)[^\S\n]+)?naam\b",
    re.IGNORECASE,
)
_RENAMED_BEFORE = re.compile(r"\bnaam[^\S\n]+(?:(?:is|wordt|werd|te)[^\S\n]+)?$", re.IGNORECASE)
NAME_REACH = 40  # characters around "verandert" read for "naam", around "omgeslagen" for the vessel
_VESSEL = re.compile(
    r"\b\w*(?:boot|bootje|boten|schip|schepen|sloep|kano|kajak|vlot|jacht|korf)\b",
    re.IGNORECASE,
)
_CLAUSE_STOP = re.compile(r"[.;:!?\n]|,\s+(?:maar|en|of|want|terwijl|nadat|waarna|omdat)\b")
_REFLEXIVE = re.compile(r"\bzich\b", re.IGNORECASE)
_IN_EACH_OTHER = re.compile(r"\bin\s+elkaar\b", re.IGNORECASE)
_ESCALATE_FORMS = frozenset(["escaleert", "escaleren", "escaleerde", "escaleerden", "geëscaleerd"])
# One quarrel: "De burenruzie escaleert", "Tinderdate escaleert", "een woordenwisseling escaleerde".
_QUARREL_BEFORE = re.compile(
    r"\b\w*(?:ruzie|woordenwisseling|vechtpartij|onenigheid|date|feestje|burenconflict)\b[^.;:!?]*\Z",
    re.IGNORECASE,
)
EVENT_REACH = 80  # characters before "verplaatst" read for the meeting moved
# "terugbrengen" ("teruggebracht", "bracht … terug") by a court in one case, or to a destination.
_COURT = re.compile(
    r"\b(?:in\s+hoger\s+beroep|in\s+cassatie|(?:de|het)\s+(?:rechter|rechtbank|hof))\b", re.IGNORECASE
)
_REDUCTION = re.compile(
    r"\b(?:(?:met|tot|naar)\s+(?:(?:ruim|bijna|ongeveer|circa|zo'n|nog)\s+)?(?:\d|de\s+helft|een\s+(?:derde|kwart"
    r"|vijfde|tiende)\b|(?:twee|drie|vier|vijf|tien|twintig|dertig|veertig|vijftig|honderd)\b)"
    r"|van\s+\d[\d.,]*\s+(?:[a-z]+\s+)?naar\s+\d|aantal|aandeel|percentage|hoeveelheid|totaal|niveau)",
    re.IGNORECASE,
)
_TO_A_PLACE = re.compile(r"\s+naar\s+(?:de|het|een|zijn|haar|hun)\s", re.IGNORECASE)
_WALK_FORMS = frozenset(["loop", "loopt", "lopen", "liep", "liepen"])
_RUN_UP_FORMS = ("opgelopen", "oploop", "oplopen", "opliep", "oplie")
INCURRED_REACH = 60  # characters around "oplopen" read for "heeft" and what was incurred


def _in_custody(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"blijft (voorlopig) vast", "blijven in voorarrest", "of hij in de cel blijft": a suspect
    held; "blijft dicht", "bleef ongedeerd", "blijft een raadsel": the state of one case."""
    if low.startswith(_VANISH_FORMS):
        return _one_disappearance(text, cue, opening)
    if low not in _STAY_FORMS:
        return False
    if _HELD_AFTER.match(text, cue.end):
        return True
    start = max(0, cue.start - HELD_REACH)
    return _may_end_held(text[start : cue.start]) and bool(_HELD_BEFORE.search(text, start, cue.start))


def _may_end_held(window: str) -> bool:
    """Whether ``_HELD_BEFORE`` may match at the end of ``window``: it ends with white space after a
    word that ends like one of its alternatives (or after such a word and "zitten"). A word that is
    not ASCII is left to the pattern (its case-insensitive letters fold beyond ``str.lower``)."""
    return _scan.may_end_with(window, _HELD_ENDS, "zitten")


def _one_disappearance(text: str, cue: _cues.Cue, opening: int) -> bool:
    """"verdwijnt voor vier jaar achter de tralies" (jailed), "De vrouw verdween op 29 mei",
    "is op 12-4-2014 verdwenen", "verdween zaterdagavond": one person or thing gone on one day;
    "plots verdwenen", "verdween in de bigshoppers", "toen hij verdween", "Anja (33) … verdwenen",
    "verdween Daniël": one person or thing gone on one occasion."""
    after = text[cue.end : cue.end + VANISH_REACH]
    before = text[max(0, cue.start - VANISH_REACH) : cue.start]
    if _JAILED.match(after) or _ONE_DAY.match(after) or _ONE_DAY_BEFORE.search(before):
        return True
    stop = _SENTENCE_END.search(after)  # the clause: from the sentence opening to the sentence end
    start, end = max(opening, cue.start - VANISH_REACH), cue.end + (stop.start() if stop else len(after))
    if _AGE.search(text, start, cue.start) or _SUDDEN.search(text, start, end) or _INTO_PLACE.match(after):
        return True
    low = cue.text.lower()
    if low not in _SINGULAR_FORMS:
        return False
    beside = {w.lower() for w in before.split()[-1:] + after.split()[:1]}
    return bool(_SHE_OR_HE & beside) or bool(_NAME_AFTER.match(after))


def _incurred(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"heeft letsel opgelopen", "liep een verwonding op": "oplopen" with an object (perfect with
    "hebben", or an injury named) is incurring something, not rising."""
    if not _run_up(low):
        return False
    before = text[max(opening, cue.start - INCURRED_REACH) : cue.start]
    around = before + text[cue.start : cue.end + INCURRED_REACH]
    if " " in low and (_DAMAGE.search(low) or _ran_into(low)):
        return True  # "liep flinke waterschade op": damage as the object between verb and particle
    perfect = low == "opgelopen" and bool(_HAVE_WORD.search(before))
    walked = bool(_WALKED.search(text, max(opening, cue.start - INCURRED_REACH // 2), cue.end + 2))
    return perfect or walked or bool(_INJURY.search(around))


def _ran_into(low: str) -> bool:
    """"lopen vaak tegen allerlei muren op", "loopt tegen flinke knelpunten op": running into
    something (not "loopt tegen de 40 graden op", a rise to about a number); "lopen voor me weg en
    sluiten zich op": the particle belongs to the verb of the next clause."""
    inner = low.split()[1:-1]
    if "en" in inner or "weg" in inner:
        return True
    if "tegen" not in inner:
        return False
    numbers = lexicon.load().number_words
    return not any(w[:1].isdigit() or w in numbers for w in inner[inner.index("tegen") + 1 :])


def _dented(text: str, cue: _cues.Cue, opening: int) -> bool:
    """"liep een stevige deuk op", "een flinke deuk in hun pensioen oplopen": "oplopen" with "deuk"
    as its object says the subject was dented, a fall."""
    if not _run_up(cue.text.lower()):
        return False
    before = text[max(opening, cue.start - INCURRED_REACH) : cue.start]
    return bool(_DENT.search(before + text[cue.start : cue.end]))


def _run_up(low: str) -> bool:
    """A form of "oplopen", separable ("liep … op") or not."""
    if "op" not in low:
        return False  # most cues: every form holds "op"
    words = low.split()
    separable = len(words) > 1 and words[-1] == "op" and (
        words[0] in _WALK_FORMS or _cues.lemma(words[0]) == "lopen"  # lemma("lopen") is "loop"
    )
    return separable or low.startswith(_RUN_UP_FORMS)


def _rescheduled(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"Het overleg met de Rekenkamer is verplaatst", "KNVB verplaatst duel": a meeting, a hearing
    or a match moved in the calendar, no shift in society; "kasten met dossiers verplaatst", "de
    klacht is verplaatst naar de federale rechtbank": one thing moved ("Drugsoverlast verplaatst
    zich naar …" moves itself, a shift); "De burenruzie escaleert", "is hoog opgelopen ruzie is
    geëscaleerd": one quarrel getting out of hand, no hardening; "zakte hij in elkaar": a
    collapse."""
    if _moved(text, cue, low, opening) or _collapsed(text, cue, low, opening):
        return True
    if _renamed(text, cue, low, opening) or _capsized(text, cue, low, opening):
        return True
    if _brought_back(text, cue, low, opening):
        return True
    if low in _ESCALATE_FORMS:
        return bool(_QUARREL_BEFORE.search(text, max(opening, cue.start - EVENT_REACH), cue.start))
    if _ANY_MOVE_FORM.search(low) is None or not any(
        w.startswith(_MOVE_FORMS) or "verschov" in w or "verschuif" in w for w in low.split()
    ):
        return False
    return bool(
        _EVENT_BEFORE.search(text, max(opening, cue.start - EVENT_REACH), cue.start)
        or _EVENT_AFTER.match(text, cue.end, cue.end + EVENT_REACH)
    )


def _brought_back(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"terugbrengen" of one thing or one case: brought back to a place or a state ("Het schip wordt
    teruggebracht |naar de| burgerstatus"), a court's ruling ("De straf werd |in hoger beroep|
    teruggebracht"), or without an amount or a measure ("Breng de meidoorn terug": bringing back);
    a reduction names one ("met bijna de helft teruggebracht", "|het aantal| … wordt teruggebracht",
    "bracht zijn waterconsumptie terug |van 700 naar 500|")."""
    if "terug" not in low or _cues.lemma(low.split(maxsplit=1)[0].replace("terug", "")) != "brengen":
        return False
    stop = _CLAUSE_STOP.search(text, cue.end, cue.end + EVENT_REACH)
    end = stop.start() if stop else min(len(text), cue.end + EVENT_REACH)
    if _COURT.search(text, max(opening, cue.start - EVENT_REACH), end):
        return True
    if _TO_A_PLACE.match(text, cue.end, end) is not None:
        return True
    # a reduction names an amount or a measure ("met bijna de helft", "van 33 naar 15", "het aantal");
    # else it is bringing back ("Breng de meidoorn terug", "brengen spanning terug")
    return _REDUCTION.search(text, max(opening, cue.start - EVENT_REACH), end) is None


def _moved(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """A form of "verplaatsen" without "zich" in its clause: one thing moved."""
    if " " in low or not low.startswith("verplaats") or low.startswith("verplaatsing"):
        return False
    stop = _CLAUSE_STOP.search(text, cue.end, cue.end + EVENT_REACH)
    end = stop.start() if stop else min(len(text), cue.end + EVENT_REACH)
    return _REFLEXIVE.search(text, max(opening, cue.start - EVENT_REACH), end) is None


def _renamed(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"Elsevier Weekblad verandert naam in EW", "Groep de Mos wijzigt haar naam", "Je naam wijzigen
    na incest": one actor or person renamed; "naam" is the verb's object, right next to it (not a
    name said elsewhere in the clause)."""
    if " " in low or cue.direction is not Change.SHIFT or _cues.lemma(low) not in _RENAME_LEMMAS:
        return False
    if _RENAMED_AFTER.match(text, cue.end):
        return True
    return _RENAMED_BEFORE.search(text, max(opening, cue.start - NAME_REACH), cue.start) is not None


def _capsized(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"een rubberbootje omgeslagen", "Zes kinderen gered uit omgeslagen boot", "toen sloeg de korf
    om": a vessel capsized, no turn of a trend."""
    if not (low.startswith(("omsla", "omgeslagen")) or (low.startswith("sloe") and low.endswith(" om"))):
        return False
    return _VESSEL.search(text, max(opening, cue.start - NAME_REACH), cue.end + NAME_REACH) is not None


def _collapsed(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"zakte hij in de tuin in elkaar", "het springkussen zakte in elkaar", "in elkaar gezakt": a
    form of "zakken" with "in elkaar" in its clause."""
    if not low.startswith(("zak", "gezakt")):
        return False
    stop = _CLAUSE_STOP.search(text, cue.end, cue.end + EVENT_REACH)
    end = stop.start() if stop else min(len(text), cue.end + EVENT_REACH)
    return _IN_EACH_OTHER.search(text, max(opening, cue.start - HELD_REACH), end) is not None


def _amendment(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"wijziging van de Kieswet", "wijzigingen in het bestuursakkoord", "Deze wijziging maakt deel
    uit van een besluit tot wijziging", "Het ontwerpbegrotingsplan is niet gewijzigd": the change of
    an instrument of law or administration (an amendment), not a change in society."""
    if "wijzig" not in low or (  # the quick test: every form holds "wijzig"
        not low.startswith(_AMEND_WORDS) and not any(w.startswith(_AMEND_WORDS) for w in low.split())
    ):
        return False
    if low.startswith("wijziging"):
        amended = _AMENDED.match(text, cue.end, cue.end + AMEND_REACH)
        return bool(amended or _AMENDING_DOCUMENT.search(text[opening : cue.end + AMEND_REACH]))
    return bool(_INSTRUMENT_BEFORE.search(text, max(opening, cue.start - AMEND_REACH), cue.start))
