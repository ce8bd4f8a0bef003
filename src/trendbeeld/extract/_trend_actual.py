"""Whether wording of change states a change that happened or is expected, for ``trends``.

A cue of change counts (``counts``) unless its clause makes it no actual change:

* a condition ("wanneer dat vertrouwen verdwijnt", "zonder handhaving vermindert", "als de druk
  toeneemt"; after the change, ``conditional_after``: "zullen verdwijnen als er straks …"), a
  wish, duty or plan ("moet worden uitgebreid", "willen we vergroten"), a plea or recommendation
  ("wordt gepleit voor een uitbreiding"), a possibility ("zou kunnen toenemen", "kan worden
  verkleind") or a bound ("kan oplopen tot");
* a possibility or permission that governs an infinitive of change under a condition, with a
  negation or with the speaker as subject (``possible``: "zonder concurrent kan de school verder
  groeien", "kunnen … stijgen als witwassen …", "we kunnen elkaar nog beter versterken"): a general
  mechanism or an ability; a possibility alone is a risk, which stays;
* a goal or a means ("ter verbetering van", "met het verzwakken van"), a norm ("is nodig"), a
  generic subject ("verzwak je ook");
* an infinitive that is no nominalised verb ("te stijgen"; "het stijgen van de leeftijd" is one);
* "blijven" with a particle ("blijft weg"), a verb of posture ("bleef liggen"), an activity
  ("blijft investeren") or a rule in force ("blijft strafbaar");
* a bare "meer" outside "er is/er zijn … meer" ("er is |meer| aandacht voor preventie" counts).

A definite noun of change with its subject in a prepositional phrase presupposes the change and
counts whatever wish or condition its clause holds (``_presupposed``: "pleit voor verzoening als
antwoord op |de verharding van| de samenleving", "zonder verwijzing naar |de opwarming van| de aarde").

The attribution after a quotation (",,Zuinigheid blijft geboden'', |zegt Jansen|", "…, aldus de
wijkagent") is no part of the clause it closes (``attribution_start``): a name there is no
infinitive after "blijven", a speech verb no verb of the clause (``_trend_speech``).

``effective_kind`` reads a participle as an attribute or a predicate ("de |gestegen| prijzen",
"de hogere lonen en |toegenomen| werkgelegenheid"); ``nominalised`` tells a nominalised verb.
"""

from __future__ import annotations

import itertools
import re

from trendbeeld.extract import _cues, _phrases
from trendbeeld.extract._cues import Cue
from trendbeeld.extract._trend_numbers import _function_words
from trendbeeld.extract._trend_phenomena import _SUBJECT_DETERMINERS, _is_preposition
from trendbeeld.extract._trend_speech import attribution_start
from trendbeeld.extract._trend_subjects import _PARTICIPLE, _SUBORDINATORS, _WORD_RE
from trendbeeld.model import Change

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
_MORE_CONTEXT = re.compile(r"\b(?:er\s+is|is\s+er|er\s+zijn|zijn\s+er|ontstaat|ontstaan)\s+\Z", re.I)
_NORMATIVE = re.compile(r"\b(?:nodig|noodzakelijk|belangrijk\s+om|van\s+belang|moet|moeten)\b", re.I)
# Rules, duties and competences that stay in force after "blijft": "blijft van toepassing", "blijft
# strafbaar", "blijft de officier bevoegd" — no trend.
_IN_FORCE = re.compile(
    r"\b(?:van\s+toepassing|van\s+kracht|gelden|bevoegd|verantwoordelijk|strafbaar|verplicht|toegestaan"
    r"|verboden|buiten\s+beschouwing)\b",
    re.I,
)
_SUBORDINATORS_LOWER = re.compile(_SUBORDINATORS.pattern)  # the same for a lower-case copy of the text
# A noun of change as a goal: "ter verbetering van", "gericht op versterking van", "werkte samen
# met het OM aan verbetering van".
_PURPOSE_BEFORE = re.compile(
    r"\b(?:ter|gericht\s+op|(?:werk|werkt|werkte|werkten|werken|gewerkt)\b[^.;:]{0,60}?\baan)\s+(?:de\s+|een\s+)?\Z",
    re.IGNORECASE,
)
# "blijven" with a particle is another verb ("blijven we het gemiddelde voor", "blijft weg").
_STAY_PARTICLE = re.compile(r"\s(?:voor|bij|weg|achter|uit|over)[\s.!?;:'\"’”]*\Z", re.IGNORECASE)
# The same particle a few words on, before a comma or a conjunction that the clause ran past or
# was cut at ("bleef uit, zeker toen …", "bleven er maar vijf over", "blijft er weinig over en …",
# "Het meisje bleef geschrokken achter”", "bleven met lege handen achter en"), or before what it
# lags behind ("bleef vorig jaar achter bij de verwachtingen"; a lag in time is "achterblijven", down)
_STAY_PARTICLE_AHEAD = re.compile(
    r"(?:[^\S\n]+[^\s,.;:!?]+){0,4}?[^\S\n]+(?:weg|uit|over|achter)(?=[^\S\n]*(?:[,.;:!?'\"’”]|\Z)"
    r"|[^\S\n]+(?:en|maar|want|bij|ten\s+opzichte|vergeleken)\b)",
    re.IGNORECASE,
)
_STAY_FORMS = frozenset(["blijft", "blijven", "bleef", "bleven", "gebleven"])
_COORDINATORS = frozenset(["maar", "en", "of", "doch"])
_DEGREE = frozenset([
    "stuk", "heel", "veel", "flink", "beetje", "wat", "iets", "steeds", "nog", "wel", "ook", "toch", "alleen",
])
# A noun phrase with a determiner, then "en"/"of": a participle after it is a second attribute
# ("de hogere lonen en |toegenomen| werkgelegenheid").
_COORDINATED_ATTRIBUTE = re.compile(
    r"\b(?:de|het|een|deze|hun|zijn|haar)\s+(?:[^\W\d_]+\s+){1,3}(?:en|of)\s+\Z", re.IGNORECASE
)
COORDINATION_REACH = 40  # characters before a participle read for "de hogere lonen en"
MAX_BULLET = 2  # characters of a list mark
_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûü")
MIN_INFINITIVE = 5
# A condition, wish or particle is read at most this far from its cue within the clause, so a
# text without punctuation (one clause of 100 kB) stays linear.
CLAUSE_REACH = 400
# Verbs of posture after "blijven": a place kept ("bleef liggen"), unless a state comes before them
_POSTURE_VERBS = frozenset(["staan", "zitten", "liggen", "hangen"])
POSTURE_REACH = 6  # words after "blijven" read for a verb of posture
_LASTING_VERBS = frozenset(["bestaan", "voortbestaan", "staan", "liggen", "hangen", "duren", "voortduren"])
# A clause that states a condition ("wanneer dat vertrouwen verdwijnt", "zonder handhaving
# vermindert", "als de druk toeneemt") describes no change that happened or is expected.
# A preposition and a definite article before a noun of change, "van" after it: "als antwoord op de
# |verharding| van de samenleving", "maatregelen tegen de |opwarming| van de aarde". Not the object of a
# wish ("wil de groei van het aantal flexwerkers terugdringen": the goal is the statement).
_DEFINITE_BEFORE = re.compile(
    r"(?<![\w-])(?:op|naar|tegen|voor|over|aan|bij|door|met|van|in|uit|ondanks|zonder|na|tot|om|onder|rond)"
    r"\s+(?:de|het)\s+\Z",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s+van\s", re.IGNORECASE)
LONGEST_PREPOSITION = len("ondanks")  # the longest word of _DEFINITE_BEFORE
_CONDITION = re.compile(
    r"\W*(?:zonder|als(?!\s+gevolg)(?!\s+gezegd)(?!\s+het\s+(?:(?:gaat|ging)\s+(?:om|over)|om)\b))\b",
    re.IGNORECASE,
)
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


def _counts(text: str, cue: Cue, clause: _phrases.Span, lower: str | None = None) -> bool:
    """False for wording that does not state a change here (purpose, norms, wishes, conditions,
    bounds, "onder meer"); ``lower`` is ``text`` in lower case (``Document.lower``) or None.
    Every test is a condition of its own: the cheap ones, read in a few characters around the
    cue, go first, and the scans of the clause (``_not_actual``) only when they all pass."""
    more = cue.kind == "more"
    if more and not _MORE_CONTEXT.search(text, max(clause.start, cue.start - 12), cue.start):
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
    if more:
        phrase = _phrases.noun_phrase(text, cue.end, clause.end)
        if phrase is None or text[cue.end : phrase.start].strip():
            return False
    normative = cue.direction is Change.STABLE or more
    near = (max(clause.start, cue.start - CLAUSE_REACH), min(clause.end, cue.end + CLAUSE_REACH))
    if normative and _NORMATIVE.search(text, *near):
        return False
    if _presupposed(text, cue):
        return not _speaker_words(text, cue, clause)
    return not _speaker_words(text, cue, clause) and not _not_actual(text, cue, clause, lower)


def _presupposed(text: str, cue: Cue) -> bool:
    """"als antwoord op |de verharding van| de samenleving", "zonder verwijzing naar |de opwarming van|
    de aarde": a definite noun of change with its subject in a prepositional phrase presupposes the
    change, whatever wish or condition the clause holds (tests/gold/NOTES: change nouns are core, also
    named as a topic or as what a plea answers); not a purpose ("ter verbetering van")."""
    if cue.kind != "noun" or _OF_AFTER.match(text, cue.end) is None:
        return False
    before = text[max(0, cue.start - CLAUSE_REACH) : cue.start]
    # The pattern ends in "de|het", white space, the end: read only the last words (a search over the
    # whole reach tries every position for the look-behind; most nouns have no article before them).
    tail = before.rstrip()
    if len(tail) == len(before) or not tail[-3:].lower().endswith(("de", "het")):
        return False
    prepositions = tail[: -2 if tail[-3:].lower() != "het" else -3].rstrip()
    if _DEFINITE_BEFORE.search(before, max(0, len(prepositions) - LONGEST_PREPOSITION)) is None:
        return False
    return _PURPOSE_BEFORE.search(before) is None


def _speaker_words(text: str, cue: Cue, clause: _phrases.Span) -> bool:
    """The cue is a name in the attribution of a quotation ("…, zegt woordvoerder Van |Dalen|"), or
    a change that closes the quotation with only the speaker's name after it."""
    opening = max(clause.start, cue.start - CLAUSE_REACH)
    if cue.text[:1].isupper() and attribution_start(text, opening, cue.start) < cue.start:
        return True
    return cue.kind in ("verb", "state", "comp") and _closes_quote_without_subject(text, cue, clause)


def _closes_quote_without_subject(text: str, cue: Cue, clause: _phrases.Span) -> bool:
    """The cue ends a quotation right before its attribution and no content word stands before it
    in the clause (",,Het neemt alleen maar toe'', zegt Pietersen", "laat hem daar blijven', zegt
    …"): the words after the cue name the speaker, not what changes."""
    reach = min(clause.end, cue.end + CLAUSE_REACH)
    at = attribution_start(text, cue.end, reach)
    if at == reach:
        return False
    opening = [w.group(0).lower() for w in _WORD_RE.finditer(text, clause.start, cue.start)]
    if opening and opening[0] in _COORDINATORS and all(w in _COORDINATORS or w in _DEGREE for w in opening):
        return False  # "… blijft |maar| groeien'', zegt …": the predicate shares the subject before
    if not opening and text[max(0, clause.start - 3) : clause.start].rstrip().endswith(","):
        return False  # "het aantal …, dat nog actief is, |neemt fors toe|'', zegt …": the subject before
    inner = [  # "neemt |het autobezit| af"; not "een |stuk rustiger| geworden"
        w for w in list(_WORD_RE.finditer(text, cue.start, cue.end))[1:-1]
        if w.group(0).lower() not in _DEGREE and not _cues.is_comparative(w.group(0).lower())
    ]
    words = itertools.chain(
        _WORD_RE.finditer(text, max(clause.start, cue.start - CLAUSE_REACH), cue.start),
        inner,
        _WORD_RE.finditer(text, cue.end, at),  # "rustiger |geworden|"
    )
    return not any(_phrases.is_content(w.group(0)) for w in words)


def _not_actual(text: str, cue: Cue, clause: _phrases.Span, lower: str | None = None) -> bool:
    """A condition, a wish, a bound or another verb with "blijven": no change that happened or
    is expected. Subordinators and wishes are read in ``lower`` (``text`` in lower case, same
    offsets) when given: a case-sensitive scan is twice as fast."""
    start = max(clause.start, cue.start - CLAUSE_REACH)  # bounded: linear time
    before = text[start : cue.start]
    end = attribution_start(text, cue.end, min(clause.end, cue.end + CLAUSE_REACH))
    scanned, subordinators, wish = (before, _SUBORDINATORS, _WISH)
    if lower is not None:
        scanned, subordinators, wish = lower[start : cue.start], _SUBORDINATORS_LOWER, _WISH_LOWER
    found = list(subordinators.finditer(scanned))
    condition = _CONDITION.match(text, clause.start, cue.start)
    if condition or any(f.group(0).lower() in _CONDITION_WORDS for f in found):
        return True  # "wanneer dat vertrouwen verdwijnt", "zonder handhaving vermindert"
    core = scanned[found[-1].end() :] if found else scanned
    if (cue.kind != "now" and _wished(core, wish)) or _WISH_PASSIVE.match(text, cue.end):
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
    return cue.kind == "verb" and bool(_UP_TO.match(text, cue.end)) and bool(_BOUND_MODAL.search(before))


# A condition after the change, in the same sentence: "ouderen zullen ook verdwijnen uit het
# straatbeeld |als er straks| nergens meer een auto mag staan", "Zijn argument zou aan kracht winnen
# |wanneer hij| …", "blijft op 66 jaar |als het aan de bonden ligt|". The subject after "als" tells
# the conjunction from "als" meaning "like" ("sporten als honkbal", "een stad als Utrecht"). "als het
# gaat om/over" names the topic, no condition ("een daling van het aantal registraties als het gaat
# over inbraken").
_CONDITION_AFTER = re.compile(
    r"[^.;:!?]{0,80}?\b(?:als|wanneer|indien|zodra|tenzij)\s+"
    r"(?:er|het(?!\s+ware)(?!\s+(?:(?:gaat|ging)\s+(?:om|over)|om)\b)|ze|zij|hij|je|jij|we|wij|men|u|vaststaat|blijkt"
    r"|straks)\b",
    re.IGNORECASE,
)
# An ongoing change said with "steeds" is observed; a "wanneer" after it limits where ("Er wordt steeds
# vaker een beroep gedaan op het netwerk wanneer er behoefte is aan hulp").
_ONGOING = re.compile(r"\b(?:steeds|alsmaar|almaar|in\s+toenemende\s+mate)\b", re.IGNORECASE)
_AS_COMPARED = re.compile(r"\b(?:zo|even|net|half|evenveel|evenzeer|zoveel|zolang|zover)\s", re.IGNORECASE)


def conditional_after(text: str, start: int, end: int, sentence_end: int) -> bool:
    """A conditional clause follows the statement ``start:end`` in its sentence ("… zullen ook
    verdwijnen als er straks …"): a condition, no change that happened or is expected; not a
    comparison ("even groot als het jaar ervoor"), nor an ongoing change ("steeds vaker … wanneer")."""
    m = _CONDITION_AFTER.match(text, end, sentence_end)
    if m is None or _AS_COMPARED.search(text, end, m.end()):
        return False
    return not _ONGOING.search(text, start, end)


# "verhoogd" as an attribute of a raised structure or an elevated risk: "een verhoogd (overhangend)
# trottoir", "de verhoogde plint", "een verhoogde kans op kanker" (a level compared with others).
_RAISED_NOUN = re.compile(
    r"e?\s+(?:[^\W\d_]+\s+)?(?:erf|trottoir|plint|drempel|kruispunt|plateau|podium|vloer|perron|berm|fietspad"
    r"|zitje|bed|kans|risico)\b",
    re.IGNORECASE,
)
# "opvoeren" as citing, performing, tuning or declaring: "wordt als bewijs van … opgevoerd", "een
# kunstje opvoerden", "opgevoerde snorscooters", "opgevoerde auto's", "De meerderheid is opgevoerd
# en rijdt harder", "kosten opgevoerd", "wordt in advertenties opgevoerd".
_PRESENTED_BEFORE = re.compile(
    r"\bals\s+(?:bewijs|argument|reden|voorbeeld|getuige|excuus)\b[^.;:!?]{0,80}\Z", re.IGNORECASE
)
_PERFORMED_NEAR = re.compile(
    r"\b(?:kunstjes?|toneelstuk\w*|voorstelling\w*|act|show|dans\w*|scooters?|snorscooters?|snorfiets\w*|brommers?"
    r"|bromfiets\w*|harder\s+dan\s+de\s+toegestane|auto'?s?|wagens?|motoren|kosten|advertentie\w*"
    r"|reclame\w*)\b",
    re.IGNORECASE,
)
# "verscherpt toezicht": a regime one institution is put under ("staan onder verscherpt toezicht",
# "Verscherpt toezicht op kliniek opgeheven"), no sharpening in society.
_SUPERVISION = re.compile(r"\s+toezicht\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\b(?:sinds|vanaf|per)\b[^.;:!?]*\Z", re.IGNORECASE)
RAISED_REACH = 60  # characters around "opvoeren" read for what is performed or tuned


def other_sense(text: str, cue: _cues.Cue, low: str) -> bool:
    """A word of change in another sense: "verscherpt toezicht" for the regime one institution is
    under, "verhoogd" for a raised structure or an elevated risk
    ("een verhoogd trottoir", "een verhoogde kans op kanker"), "opvoeren" for citing, performing or
    tuning ("als bewijs opgevoerd", "een kunstje opvoerden", "opgevoerde snorscooters")."""
    if low in ("verscherpt", "verscherpte"):  # "onder verscherpt toezicht": the status of one actor
        return bool(_SUPERVISION.match(text, cue.end))
    if low in ("verhoogd", "verhoogde"):  # not "geldt sinds maandag een verhoogd risico": raised then
        since = _SINCE_BEFORE.search(text, max(0, cue.start - RAISED_REACH), cue.start)
        return not since and bool(_RAISED_NOUN.match(text, cue.start + len("verhoogd")))
    words = low.split()
    separable = len(words) > 1 and words[-1] == "op" and _cues.lemma(words[0]) == "voeren"
    if not separable and not low.startswith(("opgevoerd", "opvoer")):
        return False
    before = text[max(0, cue.start - RAISED_REACH * 2) : cue.start]
    around = text[max(0, cue.start - RAISED_REACH) : cue.end + RAISED_REACH]
    return bool(_PRESENTED_BEFORE.search(before) or _PERFORMED_NEAR.search(around))


# A possibility or a permission that governs an infinitive of change in its clause ("kan …
# verergeren", "kunnen … worden verhoogd"). Alone it is a risk, which the annotators keep as a hard
# trend ("desinformatie kan polarisatie versterken"); with a condition, a negation or the speaker as
# subject it is a general mechanism or an ability, no trend. Not the past "kon" (an ability used).
_POSSIBLE = re.compile(r"\b(?:kan|kunnen|mag|mogen)\b")
_WORDEN_BEFORE = re.compile(r"\bworden\s+\Z", re.IGNORECASE)
# Where the clause of a cue opens: after a punctuation mark, a subordinator or a conjunction.
_CLAUSE_OPENING = re.compile(
    r"[,;:()]|\b(?:dat|die|wat|waardoor|omdat|doordat|hoewel|terwijl|zodat|wanneer|waarbij|waarin|waarmee"
    r"|waarop|nadat|zodra|indien|tenzij|mits|en|maar|of|want|dus)\b"
)
# A condition, a negation or the speaker in the clause of the modal: "zonder islamitische concurrent
# kan", "bij een hoge heffing … kunnen verdwijnen", "kunnen … niet te hard groeien", "we kunnen".
_CONDITION_IN_CLAUSE = re.compile(
    r"\b(?:zonder|bij\s+een|niet(?!\s+alleen\b)|nooit|geen|we|wij|ik|je|jij|u|men)\b"
)
# A condition after the change in its sentence: "kunnen belastinginkomsten stijgen als witwassen …";
# not a comparison ("zo snel als", "even groot als").
_CONDITION_AFTER_MODAL = re.compile(
    r"[^.;:!?]{0,60}?(?<!\bzo\s)(?<!\beven\s)\b(?:als|indien|wanneer|zodra|tenzij|mits)\s+(?!gevolg\b)",
    re.IGNORECASE,
)
POSSIBLE_REACH = 160  # characters before an infinitive of change read for "kan"


def possible(text: str, cue: _cues.Cue, low: str, opening: int) -> bool:
    """"zonder concurrent kan de school verder groeien", "bedrijven kunnen bij een hoge heffing
    verdwijnen", "kunnen belastinginkomsten stijgen als witwassen …", "we kunnen elkaar nog beter
    versterken", "kunnen vanwege de logistiek niet te hard groeien": a possibility or permission
    governs the infinitive of change under a condition, with a negation or with the speaker as
    subject: a general mechanism or an ability, no change that happened or is expected."""
    if cue.kind not in ("verb", "cause") or " " in low:
        return False
    infinitive = low.endswith("en") and _PARTICIPLE.fullmatch(low) is None
    if not infinitive and not _WORDEN_BEFORE.search(text, max(opening, cue.start - 8), cue.start):
        return False
    before = text[max(opening, cue.start - POSSIBLE_REACH) : cue.start].lower()
    if "kan" not in before and "kunnen" not in before and "mag" not in before and "mogen" not in before:
        return False  # the quick test
    clause = before[max((m.end() for m in _CLAUSE_OPENING.finditer(before)), default=0) :]
    if not _wished(clause, _POSSIBLE):
        return False
    return bool(_CONDITION_IN_CLAUSE.search(clause) or _CONDITION_AFTER_MODAL.match(text, cue.end))


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
    after = _phrases.noun_phrase(text, cue.end, clause.end)
    if after is None or text[cue.end : after.start].strip():
        return cue.kind  # no noun right after it: no attribute (the tests below need one)
    at_start = all(_is_bullet(w) for w in text[clause.start : cue.start].strip(" ([“‘\"'").split())
    attributive = at_start or _DETERMINER_BEFORE.search(text, max(0, cue.start - 24), cue.start)
    coordinated = bool(_PARTICIPLE.fullmatch(cue.text.lower())) and bool(
        _COORDINATED_ATTRIBUTE.search(text, max(clause.start, cue.start - COORDINATION_REACH), cue.start)
    )
    if attributive or _preposition_before(text, cue.start) or coordinated:
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
