"""Legal and policy changes stated as facts or plans: a rule enacted, lifted or announced.

Called by ``trends.statements`` for every sentence that holds one of this module's marker words,
beside the statements the other rules made (a sentence they already read is left to them). The
conventions count legal changes in force, made to a bill or announced as trends (``hard``; dev
CONVENTIONS "announced legal changes", tests/gold/NOTES "Legal changes"). The visible gold gives
each of them ``shift`` as direction or alternative ("uit het wetsvoorstel geschrapt": shift;
"veel strengere privacywetgeving": up, alt shift), so every statement here is a ``shift``.
Wording handled:

* a verb of enacting or abolishing with an instrument of law or policy in its clause (participle,
  infinitive, or finite verb with its separated particle): "Het verbod op het gebruik van
  grondwater is |opgeheven|", "Zo |stelt| Gorinchem nog dit jaar zo'n verbod |in|", "Het
  boerkaverbod |gaat in| op 1 augustus", "sinds de |invoering van| het leefgeld"; the phenomenon
  is the instrument with its complement ("verbod op het gebruik van grondwater");
* a new instrument that comes: "|Er komt| een landelijk verbod op het zwaarste vuurwerk", "Ook
  |komt er| stevig toezicht op alle modellen";
* a ban by a verb: "Plastic wegwerpartikelen |worden| over twee jaar |verboden|", "Vlaanderen
  |verbiedt| afsteken vuurwerk" → "verbod op …";
* a duty or a permission from a coming date: "Scholieren |hoeven straks| geen contract meer af te
  sluiten", "Pornosites |moeten vanaf 15 juli| de leeftijd … controleren" → the duty, with the
  group it binds;
* becoming punishable: "een wetsvoorstel waardoor klanten |strafbaar worden|", "het model, |waarin|
  de bezoeker |strafbaar is|", "het |strafbaar stellen van| …" → "strafbaarheid van …".

Not: pleas and wishes ("moet strafbaar worden", "wil een verbod invoeren", "pleit voor"),
questions, conditions ("Als dat wordt aangenomen"), negations ("er komt geen heffing", "heeft geen
verbod ingesteld"), a court's ruling or a ban on one person ("Rechter heft speelverbod op",
"stadionverbod"), and what one person must do ("hij moet straks").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from trendbeeld import months
from trendbeeld.extract import _cues, _phrases, _scan, _text, _trend_aims, _trend_measures, lexicon, regions
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import ANAPHOR, _phenomenon
from trendbeeld.extract._trend_policy import is_person
from trendbeeld.extract._trend_speech import clauses as spoken_clauses
from trendbeeld.model import Change, TrendStatement

# Letters of the markers, found by a plain substring search once per document, by the rules they
# wake: instruments (enacted, comes), bans, times of a duty, punishability.
_INSTRUMENT_KEYS = ("verbod", "wet", "plicht", "stelsel", "regel", "heffing", "belasting", "toezicht")
_BAN_KEYS = ("verbied",)  # "verbod", "verboden": among the instruments' keys
_TIME_KEYS = ("straks", "vanaf ", "sinds ", "per 1")
_PUNISHABLE_KEYS = ("strafbaar",)
# Instruments of law and policy whose introduction or end is a legal change.
_INSTRUMENT = re.compile(
    r"[\w-]*(?:verbod|wet|wetgeving|wetsvoorstel|wetswijziging|plicht|stelsel|regeling|maatregel|maatregelen"
    r"|heffing|belasting|toezicht|regels|regelgeving|verplichting)"
)
# Instruments that bind one person in a case ("een stadionverbod", "meldplicht"), and words that
# end like an instrument but are none.
_ONE_PERSON = (
    "stadion", "contact", "gebied", "straat", "huis", "reis", "speel", "rij", "beroep", "omgang",
    "locatie", "meld", "uitreis", "spreek", "bezoek", "schrijf",
)
_NOT_INSTRUMENTS = frozenset(["spelregels", "huisregels", "vuistregels", "regels", "plicht"])
# Verbs of enacting and abolishing: participles, infinitives, nominalisations with "van".
_ENACT = re.compile(
    r"(?<![\w-])(?:ingevoerd|afgeschaft|opgeheven|ingesteld|afgesproken|ingetrokken|aangenomen|ingaat"
    r"|ingegaan|(?P<infinitive>invoeren|in\s+te\s+voeren|afschaffen|af\s+te\s+schaffen|opheffen"
    r"|op\s+te\s+heffen|instellen|in\s+te\s+stellen|intrekken|in\s+te\s+trekken|ingaan)"
    r"|(?:sinds|na|door|met)\s+de\s+(?:invoering|afschaffing|opheffing|instelling)\s+van)(?![\w-])"
)
_ANCHORS = ("sinds de ", "na de ", "door de ", "met de ")  # a nominalised change as a time or a cause
# An infinitive of enacting states a change after a decision, a plan or a future ("Het besluit om
# … in te voeren", "gaat … invoeren"); else it is a plea or a thought ("gewoon de wet aanpassen").
_DECIDED = re.compile(
    r"(?<![\w-])(?:besluit|besloten|besluiten|akkoord|plan|plannen|voornemen|gaat|(?<!te\s)gaan|zal|zullen)"
    r"(?![\w-])"
)
# "ingaan" (come into force) is also "ingaan op" (discuss): only its subject is the instrument.
_GOES = re.compile(r"(?:gaat|ging|gingen|gaan|ingaat|ingaan|ingegaan)(?![\w-])")
_ON_TOPIC = re.compile(r"(?:\s+in)?\s+op\s+(?!\d|[a-z]+dag(?![\w-])|(?:de\s+)?\d)")
# Finite forms of the separable verbs; their particle stands at the end of the clause.
_SEPARABLE = re.compile(
    r"(?<![\w-])(?:(?P<in>voert|voerde|voerden|stelt|stelde|stelden|trekt|trok|trokken|gaat|ging)"
    r"|(?P<af>schaft|schafte|schaften|spreekt|sprak|spraken)|(?P<op>heft|hief|hieven))(?![\w-])"
)
# What may follow a separated particle: the end of the clause or a word that opens another part.
_AFTER_PARTICLE = re.compile(
    r"\s*(?:[.,;:!?)\"'”’]|\Z|(?:vanaf|per|op|met|om|en|maar|omdat|zodat|waarmee|waardoor|nadat|sinds"
    r"|toen|want|zodra)(?![\w-]))"
)
_PARTICLES = {name: re.compile(rf"(?<![\w-]){name}(?![\w-])") for name in ("in", "af", "op")}
_PARTICLE_WORDS = frozenset(["in", "af", "op", "en", "of"])  # not the last word of a complement
_PARTICLE_REACH = 160  # characters after a separable verb read for its particle
# A new instrument comes: "Er komt een …", "Ook komt er …".
_COMES = re.compile(r"(?<![\w-])(?:er\s+(?:komt|komen|kwam|kwamen)|(?:komt|komen|kwam|kwamen)\s+er)\s+")
_COMES_REACH = 70  # characters after "er komt" read for the instrument
# A ban by a verb: passive with a verb of becoming ("worden … verboden"), or an authority "verbiedt".
_BANNED = re.compile(r"(?<![\w-])verboden(?![\w-])")
_BAN_REACH = 50  # characters between the verb of becoming and "verboden"
# A clause boundary or another finite verb between them: "worden gebruikt … en zijn verboden".
_BETWEEN_BAN = re.compile(r"[,;:]|(?<![\w-])(?:is|zijn|was|waren|en|of|die|dat)(?![\w-])")
# "verboden" as a verb ends its phrase; before a noun it is an adjective ("verboden wapenbezit").
_AFTER_BAN = re.compile(
    r"\s*(?:[.,;:!?)\"'”’]|\Z|(?:in|door|en|of|maar|omdat|vanaf|per|op|bij|met|voor|worden|gaan|zijn)(?![\w-]))"
)
_BECOMES = re.compile(r"(?<![\w-])(?:wordt|worden|werd|werden|gaat|gaan)(?![\w-])")
_BANS = re.compile(
    r"(?<![\w-])(?:verbiedt|verbood)\s+(?!om|het|hem|haar|hen|ze|zijn|mij|me|ons|jou|u)"
)
_SKIPPED_BEFORE_THING = re.compile(
    r"\s*(?:vrijwel|nagenoeg|bijna|alle|elke|ieder|iedere|de|het|een|er|ook|dan|straks|voortaan)\s+"
)
# Events: a ban of one is a decision in one case ("verbiedt demonstratie Pegida").
_ONE_EVENT = frozenset([
    "demo", "demonstratie", "betoging", "manifestatie", "optocht", "wedstrijd", "concert", "feest",
    "bijeenkomst", "evenement", "festival", "mars", "protest", "protestactie",
])
# Instruments named without what they rule, and the relative clause that says it.
_GENERIC_INSTRUMENTS = frozenset(["wet", "wetsvoorstel", "maatregel", "regeling", "verbod", "regels"])
_CONTENT = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s*,?\s+(?:die|dat)\s+(?P<what>[^,.;:!?]{3,90}?\s+(?:verbiedt|verbieden|regelt|regelen"
    r"|verplicht|verplichten|mogelijk\s+maakt|strafbaar\s+stelt|strafbaar\s+maakt))(?![\w-])"
)
# Heads of one organisation or body: banning it is a decision in one case.
_ONE_BODY = (
    "club", "vereniging", "partij", "organisatie", "bedrijf", "huis", "instelling", "school", "stichting",
)
# An authority named after "verbiedt" in an inverted clause, and a name that follows it.
_AUTHORITY = re.compile(
    r"(?:de|het)\s+(?:gemeente|kabinet|regering|burgemeester|minister|provincie|college|overheid|inspectie"
    r"|politie|eu|rijksoverheid)(?![\w-])"
)
_DETERMINERS = frozenset(["de", "het", "een", "deze", "die", "dit", "dat"])
_NAME_AFTER = re.compile(r"\s+[A-ZÀ-Ý][\w'’-]*")
# A duty or a permission from a coming time.
_MONTHS = f"(?:{months.alternation()})"
_TIME = (
    r"(?:straks|vanaf\s+(?:\d{1,2}\s+[a-z]+|volgend\s+jaar|volgende\s+(?:week|maand)|komend\s+\w+|20\d\d"
    rf"|{_MONTHS}|het\s+nieuwe\s+\w+|de\s+zomer|deze\s+zomer)"
    # in force since a recent day or from a date: "Sinds maandag mogen …", "per 1 januari"
    r"|(?:sinds|per|met\s+ingang\s+van)\s+(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag|gisteren|vandaag"
    rf"|vorige\s+week|\d{{1,2}}\s+{_MONTHS}|20\d\d))"
)
_MODAL = r"(?:moet|moeten|mag|mogen|hoeft|hoeven)"
_DUTY = re.compile(
    rf"(?<![\w-])(?:{_MODAL}\s+(?:(?:ook|nog|dan|al|zelf)\s+)?(?P<after>{_TIME})|(?P<before>{_TIME})\s+{_MODAL})"
    r"(?![\w-])"
)
_DUTY_WORDS = 9  # words of the duty kept in the phenomenon
# Becoming punishable.
_PUNISHABLE = re.compile(
    r"(?<![\w-])strafbaar\s+(?P<make>wordt|worden|werd|gesteld|stelt|stellen|te\s+stellen|maakt|maken|gemaakt"
    r"|te\s+maken)"
    r"(?![\w-])|(?<![\w-])(?:wordt|worden|werd|werden)\s+(?:[\w-]+\s+){0,3}?strafbaar(?![\w-])"
    r"(?!\s+(?:feit|feiten|handeling|handelingen|gedrag))"
)
_OPENER = re.compile(r"(?<![\w-])(?:dat|die|waardoor|waarmee|waarin|waarbij|zodat|omdat|en)\s+")
_WHERE_PUNISHABLE = re.compile(
    r"(?<![\w-])(?P<rel>waarin|waarbij|waardoor|waarmee|zodat|dat)\s+(?P<subject>[^,.;:]{3,90}?)\s+"
    r"strafbaar\s+(?:is|zijn|wordt|worden)(?![\w-])"
)
# Pleas, wishes, opinions and duties before the marker: no change stated.
_PLEA = re.compile(
    r"(?<![\w-])(?:wil|willen|wilde|wilden|pleit|pleiten|pleitte|pleitten|vindt|vinden|vond|vonden|zou"
    r"|zouden|hoopt|hopen|roept|roepen|moet|moeten|zal\s+moeten|voorstander|tegenstander|oproep|petitie"
    r"|overweegt|overwegen|overwoog|onderzoekt|denkt|dacht|kan|kunnen|zou\s+kunnen"
    r"|als\s+het\s+aan)(?![\w-])"
)
# A plea stated after what is asked ("X strafbaar stellen, dat moet als het aan … ligt …"); "kan
# vermoeden" after "strafbaar wordt als hij weet of …" is the bill's own wording.
_PLEA_AFTER = re.compile(
    r"(?<![\w-])(?:moet|moeten|wil|willen|pleit|pleiten|vindt|vinden|als\s+het\s+aan)(?![\w-])"
)
_CONDITION = re.compile(r"\W*(?:als|indien|wanneer|zodra|mocht|mochten|tenzij)(?![\w-])")
_NEGATION = re.compile(r"(?<![\w-])(?:geen|niet|nooit)(?![\w-])")
# A court ruling or a trial: one case.
_COURT = re.compile(r"(?<![\w-])(?:rechter|rechters|rechtbank|hof|verdachte|veroordeeld|vonnis)(?![\w-])")
_PERSONS = frozenset(["ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "men", "jullie", "iedereen"])
_POINTING = frozenset(["die", "deze"])
_ASKED_FOR = frozenset(["voor", "om", "tegen"])
_LINKS = frozenset(["op", "voor", "van", "tegen", "rond", "rondom", "over", "in", "bij", "aan", "inzake"])
_RELATIVES = frozenset(["die", "dat", "wat", "welke", "waar", "waarin", "waarmee", "waarbij", "waardoor"])
# Words a phrase does not end with: prepositions and bounds before a number ("boven de 3000 euro").
_TRAILING = _LINKS | frozenset(["boven", "onder", "minstens", "maximaal", "minimaal", "ruim", "bijna", "tot"])
_ADJECTIVE_ENDINGS = ("e", "er", "lijk", "isch", "eel", "aal", "ief")
_WORD = _phrases.WORD
_Rule = Callable[[Document, str, _phrases.Span, int], "TrendStatement | None"]
COMPLEMENT_WORDS = 8  # words of a complement kept after an instrument


def positions(low: str) -> list[int]:
    """Where this module's marker words occur in ``low``, in order (a sentence without any is
    passed by)."""
    return sorted(set().union(*_keys(low)))


@_scan.last_text
def _keys(low: str) -> tuple[list[int], ...]:
    """The positions of each group of marker words in ``low`` (those of the last text are kept:
    ``positions`` and every sentence of the document read them)."""
    return tuple(
        _scan.occurrences(low, keys)
        for keys in (
            _INSTRUMENT_KEYS, _BAN_KEYS, _TIME_KEYS, _PUNISHABLE_KEYS, *_trend_aims.ALL_KEYS,
            _trend_measures.KEYS,
        )
    )


def statements(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> list[TrendStatement]:
    """Statements of the sentence at ``start:end`` (``low``: the document's text in lower case,
    same offsets) whose wording ``made`` (the sentence's statements so far) does not cover."""
    if low.find("?", start, end) >= 0:
        return []  # a question states no change
    rules = _rules(low, start, end)
    out: list[TrendStatement] = []
    for clause in spoken_clauses(doc, start, end) if rules else ():
        if _CONDITION.match(low, clause.start):
            continue  # "Als dat wordt aangenomen, …"
        for rule in rules:  # "…, waarin X strafbaar is, hief Y het verbod op": two statements
            statement = rule(doc, low, clause, start)
            if statement is not None and not any(_overlaps(statement, other) for other in made + out):
                out.append(statement)  # wording the other rules read is left to them
    if out and _COURT.search(low, start, end):
        return []  # "Rechter heft verbod op": a ruling in one case
    if made:  # "|Sinds de invoering van de wet| is het aantal boetes gestegen": the time of that change
        out = [s for s in out if not s.text.lower().startswith(_ANCHORS)]
    if len(out) > 1:  # "De wet werd aangenomen … en verbiedt bijna alle abortussen": one change
        out = [s for s in out if s.phenomenon.lower() not in _GENERIC_INSTRUMENTS] or out[:1]
    if not out and not made:  # "maatregelen om overlast te verminderen": the aim of a measure
        keys = _keys(low)
        out = _trend_aims.statements(
            doc, low, start, end, keys[4], _holds(keys[5], start, end), _holds(keys[6], start, end)
        )
        if not out and _holds(keys[7], start, end):  # "zet extra politie in", "maatregelen aangekondigd"
            out = _trend_measures.statements(doc, low, start, end)
    return out


def _rules(low: str, start: int, end: int) -> list[_Rule]:
    """The rules whose marker words the sentence at ``start:end`` holds (the clauses are read
    only when one does)."""
    instruments, bans, times, punishable = (_holds(found, start, end) for found in _keys(low)[:4])
    rules: list[_Rule] = []
    if instruments and _instrument(low, start, end) is not None:  # "weten", "regelmatig": none
        if _ENACT.search(low, start, end) or _SEPARABLE.search(low, start, end):
            rules.append(_enacted)
        if _COMES.search(low, start, end):
            rules.append(_comes)
    if bans or (instruments and low.find("verbod", start, end) >= 0):
        rules.append(_banned)
    if times and _DUTY.search(low, start, end):
        rules.append(_duty)
    if punishable:
        rules.append(_punishable)
    return rules


def _holds(found: list[int], start: int, end: int) -> bool:
    """One of the sorted positions ``found`` lies in ``start:end``."""
    i = bisect.bisect_left(found, start)
    return i < len(found) and found[i] < end


def _enacted(doc: Document, low: str, clause: _phrases.Span, sentence: int) -> TrendStatement | None:
    """"Het verbod … is |opgeheven|", "stelt Gorinchem zo'n verbod |in|": an instrument in the
    clause of a verb of enacting or abolishing."""
    verbs = [
        (m.start(), m.end())
        for m in _ENACT.finditer(low, clause.start, clause.end)
        if m.group("infinitive") is None or _DECIDED.search(low, sentence, m.start())
    ]
    for verb in _SEPARABLE.finditer(low, clause.start, clause.end):
        particle = verb.lastgroup or ""
        stop = min(clause.end, verb.end() + _PARTICLE_REACH)
        for found in _PARTICLES[particle].finditer(low, verb.end(), stop):
            if _AFTER_PARTICLE.match(low, found.end(), stop):
                verbs.append((verb.start(), found.end()))
                break
    for verb_start, verb_end in sorted(verbs):
        if low.startswith("aangenomen", verb_start) and "wet" not in low[clause.start : clause.end]:
            continue  # "aangenomen" of a bill only
        if _pleaded(low, sentence, clause, verb_start):
            continue
        goes = _GOES.match(low, verb_start) is not None
        if goes and _ON_TOPIC.match(low, verb_end):
            continue  # "gaat uitvoerig in op de totstandkoming van het wetsvoorstel": discusses
        instrument = _instrument(low, clause.start, verb_start if goes else clause.end)
        if instrument is None:
            continue  # "Het verbod |gaat in|": the instrument is the subject
        phrase = _instrument_phrase(doc.text, low, instrument, clause.end)
        return _with_content(doc, low, _made(doc, phrase, verb_start, verb_end), sentence)
    return None


def _comes(doc: Document, low: str, clause: _phrases.Span, sentence: int) -> TrendStatement | None:
    """"|Er komt| een landelijk verbod op …": a new instrument."""
    comes = _COMES.search(low, clause.start, clause.end)
    if comes is None or _pleaded(low, sentence, clause, comes.start()):
        return None
    stop = min(clause.end, comes.end() + _COMES_REACH)
    if _NEGATION.search(low, comes.end(), stop):
        return None  # "er komt geen platte heffing"
    instrument = _instrument(low, comes.end(), stop)
    if instrument is None:
        return None
    return _made(doc, _instrument_phrase(doc.text, low, instrument, clause.end), comes.start(), comes.end())


def _banned(doc: Document, low: str, clause: _phrases.Span, sentence: int) -> TrendStatement | None:
    """"Wegwerpartikelen |worden| over twee jaar |verboden|", "Vlaanderen |verbiedt| afsteken
    vuurwerk": a ban on what the clause names."""
    for ban in _BANNED.finditer(low, clause.start, clause.end):
        become = _last(_BECOMES, low, max(clause.start, ban.start() - _BAN_REACH), ban.start())
        if become is None or _pleaded(low, sentence, clause, clause.end):
            continue  # "dat ze verboden gaan worden, of verboden zouden móeten worden"
        if _BETWEEN_BAN.search(low, become.end(), ban.start()) or not _AFTER_BAN.match(low, ban.end()):
            continue  # "worden berecht voor …, het verboden verklaarde", "verdacht van verboden wapenbezit"
        if set(_WORD.findall(low, max(clause.start, become.start() - 12), become.end() + 8)) & _PERSONS:
            continue  # "dat ze verboden gaan worden": what "ze" are is said before
        subject = _passive_subject(doc.text, low, clause.start, become, ban.start())
        if subject is None or _one_case(low, subject):
            continue  # "De club … wordt verboden": one organisation
        return _named(doc, "verbod op", subject, become.start(), ban.end())
    active = _BANS.search(low, clause.start, clause.end)
    if active is None or _pleaded(low, sentence, clause, active.start()):
        return None
    before = _WORD.findall(low, clause.start, active.start())
    if not before or before[-1] in _PERSONS or before[-1] in ("ze", "zij", "die"):
        return None
    after = active.end()
    inverted = _AUTHORITY.match(low, after)
    if inverted is not None:  # "Op verzoek van de politie verbiedt |de gemeente Enschede| de verkoop …"
        after = inverted.end()
        while (named := _NAME_AFTER.match(doc.text, after)) is not None:
            after = named.end()
    while (skipped := _SKIPPED_BEFORE_THING.match(low, after)) is not None:
        after = skipped.end()  # "verbiedt |vrijwel alle| abortussen"
    thing = _phrases.noun_phrase(doc.text, after, clause.end)
    if thing is None or _one_case(low, thing):
        return None  # "Burgemeester verbiedt demonstratie": one event; "verbiedt gezinshuis": one body
    return _named(doc, "verbod op", thing, active.start(), active.end())


def _passive_subject(
    text: str, low: str, start: int, become: re.Match[str], ban: int
) -> _phrases.Span | None:
    """The subject of "worden … verboden": the noun phrase before the verb of becoming (after a
    subordinator: "dat |wegwerpplastic| wordt verboden"), or after it when a topic opens the
    clause ("Vanaf 2021 worden |plastic rietjes| verboden")."""
    opener = _last(_OPENER, low, start, become.start())
    opening = opener.end() if opener is not None else start
    topic = _phrases.starts_with_topic(text, opening, become.start())
    if low[opening : become.start()].strip() and not topic:
        return _phrases.noun_phrase(text, opening, become.start())
    after = become.end()
    while (skipped := _SKIPPED_BEFORE_THING.match(low, after)) is not None:
        after = skipped.end()
    return _phrases.noun_phrase(text, after, ban)


def _duty(doc: Document, low: str, clause: _phrases.Span, sentence: int) -> TrendStatement | None:
    """"Scholieren |hoeven straks| geen contract meer af te sluiten": a duty or a permission that
    a rule gives a group from a coming time; the duty with the group it binds."""
    duty = _DUTY.search(low, clause.start, clause.end)
    if duty is None or _PLEA.search(low, sentence, duty.start()):
        return None  # "wil dat scholen straks moeten …"
    if _PERSONS & set(_WORD.findall(low, clause.start, clause.end)) or any(
        cue.kind != "more" for cue in doc.cues_in(clause.start, clause.end)
    ):
        return None  # "hij moet straks", "Straks moeten we …"; "moet … worden verlaagd": the other rules'
    text = doc.text
    before = _WORD.findall(low, clause.start, duty.start())
    rest, group = duty.end(), ""
    if not before or before[-1] not in _POINTING:  # "Die moet straks …": the group is named before
        bound = _bound_group(doc, low, clause, duty)
        if bound is None:
            return None
        group, rest = bound[0], max(rest, bound[1])
    words = list(itertools.islice(_WORD.finditer(text, rest, clause.end), _DUTY_WORDS))
    words = [w for w in words if not _text.is_verb_form(w.group(0).lower()) or w is words[-1]]
    if len(words) < 2:
        return None
    what = text[rest : words[-1].end()].strip(" ,")  # "voor |minstens 25 procent uit gerecycled …|"
    name = f"{what} ({group})" if group else what
    span, evidence, page = doc.span(min(duty.start(), rest), words[-1].end())
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=Change.SHIFT, page=page)


def _bound_group(
    doc: Document, low: str, clause: _phrases.Span, duty: re.Match[str]
) -> tuple[str, int] | None:
    """The group a duty binds, named, and where its phrase ends; None for one person."""
    subject = _duty_subject(doc.text, low, clause, duty)
    if subject is None or _is_name(doc.text, subject):
        return None  # "Harbers mag vanaf 1 mei …": one person
    if is_person(doc.text, subject) and not _plural(low, subject):
        return None  # "De eigenaar moet straks …"; "Bewoners mogen …" is a group
    group = _phenomenon(doc, subject)
    if not group or group.startswith(ANAPHOR):
        return None
    return group, subject.end


def _duty_subject(text: str, low: str, clause: _phrases.Span, duty: re.Match[str]) -> _phrases.Span | None:
    """The group a duty binds: the noun phrase before the modal ("|Scholieren op het mbo| hoeven
    straks"), or after it when the time opens the clause ("Straks moeten |alle webwinkels| …")."""
    opener = _last(_OPENER, low, clause.start, duty.start())
    opening = opener.end() if opener is not None else clause.start
    if low[opening : duty.start()].strip():
        if _phrases.starts_with_topic(text, opening, duty.start()):
            return None  # "Daarom moeten straks …": the subject is not where it is looked for
        return _phrases.noun_phrase(text, opening, duty.start())
    after = duty.end()
    while (skipped := _SKIPPED_BEFORE_THING.match(low, after)) is not None:
        after = skipped.end()
    phrase = _phrases.noun_phrase(text, after, clause.end)
    if phrase is None:
        return None
    words = list(_WORD.finditer(low, phrase.start, phrase.end))
    for at, (previous, word) in enumerate(itertools.pairwise(words)):
        if word.group(0) in _DETERMINERS and previous.group(0) not in _LINKS:
            words = words[: at + 1]  # "webwinkels |de leeftijd …|": a new phrase
            break
    lex = lexicon.load()
    while len(words) > 1 and (words[-1].group(0) in _TRAILING or words[-1].group(0) in lex.function_words):
        words.pop()  # "plastic flessen |voor minstens| 25 procent"
    return _phrases.Span(phrase.start, words[-1].end())


def _punishable(doc: Document, low: str, clause: _phrases.Span, sentence: int) -> TrendStatement | None:
    """"waardoor klanten |strafbaar worden|", "waarin de bezoeker |strafbaar is|": who becomes
    punishable."""
    where = _WHERE_PUNISHABLE.search(low, max(sentence, clause.start - 120), clause.end)
    marker = where or _PUNISHABLE.search(low, clause.start, clause.end)
    if marker is None or _pleaded(low, sentence, clause, marker.start()):
        return None
    if _PLEA_AFTER.search(low, marker.end(), doc.sentence_at(marker.start()).end):
        return None  # "Bezoek strafbaar stellen, dat moet als het aan … ligt het beleid worden"
    if _NEGATION.search(low, max(clause.start, marker.start()), marker.end()):
        return None  # "niet strafbaar"
    if where is not None:
        subject = _phrases.noun_phrase(doc.text, where.start("subject"), where.end("subject"))
    elif marker.group("make") in ("stellen", "te stellen", "maken") and low.startswith(" van ", marker.end()):
        subject = _phrases.noun_phrase(doc.text, marker.end() + 5, clause.end)  # "strafbaar stellen van X"
    else:
        at = low.find("strafbaar", marker.start(), marker.end())
        opener = _last(_OPENER, low, clause.start, at)  # "…, |waardoor| klanten strafbaar worden"
        subject = _phrases.noun_phrase(doc.text, opener.end() if opener else clause.start, at)
    if subject is None:
        return None
    return _named(doc, "strafbaarheid van", subject, marker.start(), marker.end())


def _is_name(text: str, phrase: _phrases.Span) -> bool:
    """One capitalised word that is its own lemma and no place: a name ("|Harbers| mag vanaf …")."""
    words = _WORD.findall(text, phrase.start, phrase.end)
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    low = words[0].lower()
    return _cues.lemma(low) == low and not regions.lookup(words[0])


def _plural(low: str, phrase: _phrases.Span) -> bool:
    """The head of the phrase is a plural noun ("|Bewoners| van de binnenstad"): a group, no person."""
    words = [w for w in _WORD.findall(low, phrase.start, phrase.end) if w not in _DETERMINERS]
    return bool(words) and words[0].endswith(("en", "s")) and _cues.lemma(words[0]) != words[0]


def _one_case(low: str, phrase: _phrases.Span) -> bool:
    """The phrase names one event or one body ("demonstratie", "de club", "gezinshuis")."""
    words = [w for w in _WORD.findall(low, phrase.start, phrase.end) if w not in _DETERMINERS]
    return bool(words) and (words[0] in _ONE_EVENT or any(w.endswith(_ONE_BODY) for w in words))


def _overlaps(one: TrendStatement, other: TrendStatement) -> bool:
    return one.span.start < other.span.end and other.span.start < one.span.end


def _last(pattern: re.Pattern[str], low: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``start:end``."""
    found = None
    for found in pattern.finditer(low, start, end):  # noqa: B007 - the last one is kept
        continue
    return found


def _pleaded(low: str, sentence: int, clause: _phrases.Span, at: int) -> bool:
    """A plea, a wish or an opinion before the marker in its sentence ("wil een verbod invoeren"),
    a negation in its clause ("heeft geen verbod ingesteld"), or the thing asked for ("voor het
    strafbaar stellen")."""
    if _PLEA.search(low, sentence, at) or _NEGATION.search(low, clause.start, at):
        return True
    before = _WORD.findall(low, max(clause.start, at - 12), at)
    return bool(before) and before[-1] in _ASKED_FOR


def _instrument(low: str, start: int, end: int) -> _phrases.Span | None:
    """The first instrument of law or policy in ``start:end`` that binds no single person: the
    whole word around one of the instruments' marker words found for the document."""
    found = _keys(low)[0]
    i = bisect.bisect_left(found, start)
    while i < len(found) and found[i] < end:
        first = last = found[i]
        while first > start and (low[first - 1].isalnum() or low[first - 1] == "-"):
            first -= 1
        while last < end and (low[last].isalnum() or low[last] == "-"):
            last += 1
        word = low[first:last]
        if _INSTRUMENT.fullmatch(word) and not (
            word in _NOT_INSTRUMENTS or word.startswith(_ONE_PERSON) or word.startswith("wethouder")
        ):
            return _phrases.Span(first, last)
        i += 1
    return None


def _instrument_phrase(text: str, low: str, instrument: _phrases.Span, end: int) -> _phrases.Span:
    """The instrument with one adjective before it ("landelijk verbod") and the complement a
    preposition links to it ("verbod |op het zwaarste vuurwerk|")."""
    first = instrument.start
    before = list(_WORD.finditer(low, max(0, first - 30), first))
    lex = lexicon.load()
    if before and low[before[-1].end() : first].strip() == "":
        adjective = before[-1].group(0)
        if adjective.endswith(_ADJECTIVE_ENDINGS) and adjective not in lex.function_words and not (
            _text.is_verb_form(adjective)
        ):
            first = before[-1].start()
    last = instrument.end
    words = list(itertools.islice(_WORD.finditer(text, last, end), COMPLEMENT_WORDS))
    if words and words[0].group(0).lower() in _LINKS and not text[last : words[0].start()].strip():
        previous = words[0].end()
        for word in words[1:]:
            low_word = word.group(0).lower()
            if text[previous : word.start()].strip() or low_word in _RELATIVES or low_word == "te" or (
                low_word in _phrases.FINITE_VERBS or _text.is_verb_form(low_word)
            ):
                break
            if low_word not in _PARTICLE_WORDS:
                previous = word.end()
        if previous > words[0].end():
            last = previous
    return _phrases.Span(first, last)


def _made(doc: Document, phrase: _phrases.Span, start: int, end: int) -> TrendStatement | None:
    """A shift of the instrument ``phrase`` with the marker at ``start:end``."""
    name = _phenomenon(doc, phrase)
    if not name or name.startswith(ANAPHOR):
        return None
    span, evidence, page = doc.span(min(phrase.start, start), max(phrase.end, end))
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=Change.SHIFT, page=page)


def _with_content(
    doc: Document, low: str, statement: TrendStatement | None, sentence: int
) -> TrendStatement | None:
    """A bare instrument with what it rules from the relative clause after it: "een wet aangenomen
    |die vrijwel alle abortussen verbiedt|" → "wet die vrijwel alle abortussen verbiedt"."""
    if statement is None or statement.phenomenon.lower() not in _GENERIC_INSTRUMENTS:
        return statement
    after = doc.clean.clean_offset(statement.span.end)
    content = _CONTENT.match(low, after, doc.sentence_at(max(sentence, after - 1)).end)
    if content is None:
        return statement
    what = doc.text[content.start("what") : content.end()]
    named = f"{statement.phenomenon} die {what}"
    return TrendStatement(statement.span, statement.text, named, statement.direction, statement.page)


def _named(
    doc: Document, head: str, subject: _phrases.Span, start: int, end: int
) -> TrendStatement | None:
    """A shift named "``head`` <subject>" ("verbod op plastic wegwerpartikelen"), unless the subject
    is a person."""
    if is_person(doc.text, subject):
        return None
    name = _phenomenon(doc, subject)
    if not name or name.startswith(ANAPHOR):
        return None
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _TRAILING:
        words.pop()  # "contante betalingen |boven| de 3000 euro"
    name = " ".join(words)
    if doc.sentence_at(subject.start).start == subject.start and not name[1:2].isupper():
        name = name[:1].lower() + name[1:]  # "|Contante| betalingen … worden verboden": no name
    span, evidence, page = doc.span(min(subject.start, start), max(subject.end, end))
    return TrendStatement(
        span=span, text=evidence, phenomenon=f"{head} {name}", direction=Change.SHIFT, page=page
    )
