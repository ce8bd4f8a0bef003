"""The stated aim of a measure, a plan or a rule ("maatregelen |om| X |te| verminderen"), and
announced stricter enforcement ("De politie |gaat extra controleren| op …").

Called by ``_trend_legal.statements`` for a sentence with " om " where no other rule made a
statement. The conventions count the aim of a rule or a policy effort as a trend, ``hard``, with
the direction the aim names (tests/gold/NOTES "Legal changes": "so is the aim of a rule"; "The
stated aims of two countries' rules … are hard (aim of a rule, G1)"). Wording handled: a noun of
policy (a measure, plan, bill, rule, programme, decision, target), perhaps with one verb after it,
then "om" and an infinitive of change up or down with what it changes:

* "Tata Steel treft meer dan 25 |maatregelen om| overlast |te verminderen|" → down "overlast";
* "Het gaat om tijdelijke |maatregelen om| de veiligheid |te verbeteren|" → up "veiligheid";
* "Nadat Shell |doelstellingen formuleerde om| de uitstoot van CO2 |te verminderen|" → down.

Not: pleas, wishes and opinions before it ("VVD wil een aanpak om …", "moet meer doen om …"),
a proposal or plan of a party (a bare "voorstel"), a negation ("geen maatregelen om"), a condition
or a question, and an aim without a direction ("om herhaling te voorkomen", "om … aan te pakken").

Announced stricter enforcement is an announced measure (conventions: announced legal changes
and the aim of a rule are trends, ``hard``; "controle op (illegaal) wapenbezit" is up, alt
shift): a future ("gaat", "zal") with more, stricter or more often and a verb of enforcement,
with what it is aimed at → up, the enforcement named as a noun with its complement:

* "De politie |gaat extra controleren| op brommers die …" → "controle op brommers";
* "Gemeente Westland |gaat strenger optreden| tegen verkamering" → "optreden tegen verkamering";
* "de politie |gaat vaker snelheidscontroles uitvoeren| op de Gouwe" → "snelheidscontroles op
  de Gouwe".

Without a complement, the place the clause gives names it ("In park Oog in Al gaat de politie
extra surveilleren" → "surveillance in park Oog"; "Krimpenerwaard gaat daarom extra handhaven" →
"handhaving in Krimpenerwaard"); none without a place. Not with a plea, wish, negation or
condition in its clause.

The hoped effect of a measure just described is its aim too (a speaker's stated goal, ``hard``;
tests/gold/NOTES "DPG news, blind and sealed": intentions are goals): "hoopt" or "hopen" with "zo",
"daarmee", "hiermee", "op die manier" or "met deze aanpak", then per conjunct an infinitive of
change with its object:

* "De politie hoopt zo |de verkeersveiligheid te vergroten| en |het aantal slachtoffers in het
  verkeer te verminderen|" → up "verkeersveiligheid", down "aantal slachtoffers in het verkeer";
* "De burgemeester hoopt daarmee |overlast in de wijk tegen te gaan|" → down.

Not a hope about what others do ("hopen dat …"), a question, a negation.
"""

from __future__ import annotations

import bisect
import re

from trendbeeld.extract import _phrases, _text, _trend_speech, regions
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_more import _goal_change, _goal_made, _object
from trendbeeld.extract._trend_phenomena import ANAPHOR, _phenomenon
from trendbeeld.model import Change, TrendStatement

KEYS = (" om ",)
ENFORCEMENT_KEYS = ("controle", "optreden", "handhav", "toezicht", "surveill", "patrouill", "bekeur")
HOPE_KEYS = ("hoopt", "hopen ")  # "hoopt", "hoopte", "hoopten", "hopen"
ALL_KEYS = (KEYS, ENFORCEMENT_KEYS, HOPE_KEYS)
# A hope that points back to a measure ("De politie hoopt |zo| …", "hopen |daarmee| …").
_HOPE = re.compile(
    r"(?<![\w-])(?:hoopt|hopen|hoopte|hoopten)\s+(?:[\w-]+\s+){0,3}?(?:zo|daarmee|hiermee|hierdoor|daardoor"
    r"|zodoende|op\s+(?:die|deze)\s+manier|met\s+(?:deze|die|dit|de|het)\s+[\w-]+)\s+"
)
# The conjuncts of a hoped aim: "… te vergroten |en| het aantal slachtoffers … te verminderen".
_AND = re.compile(r"\s(?:en|én)\s")
# A future with more, stricter or more often and a verb of enforcement (or a noun with its verb).
_ENFORCE = re.compile(
    r"(?<![\w-])(?:gaat|gaan|zal|zullen)\s+(?:[\w-]+\s+){0,4}?(?:extra|strenger|vaker|scherper|intensiever"
    r"|harder|meer)\s+(?:(?P<noun>[\w-]*(?:controles|controle|toezicht|surveillances|patrouilles))\s+"
    r"(?:houden|uitvoeren|uit\s+te\s+voeren|te\s+houden)|(?P<verb>controleren|optreden|handhaven|surveilleren"
    r"|patrouilleren|bekeuren))(?![\w-])"
)
_ENFORCEMENT_NOUN = {
    "controleren": "controle", "optreden": "optreden", "handhaven": "handhaving",
    "surveilleren": "surveillance", "patrouilleren": "patrouilles", "bekeuren": "bekeuringen",
}
_RELATIVE = re.compile(r"\s+(?:die|dat|waar|welke)(?![\w-])")
_IN_PLACE = re.compile(r"(?<![\w-])in\s+(?=[\w'’-])")
# Words that end a place phrase: the verb and what follows ("park Oog in Al |gaat| de politie").
_NOT_IN_PLACE = frozenset(["gaat", "gaan", "zal", "zullen", "de", "het", "een", "daarom", "ook", "nu"])
_AIMED_AT = re.compile(r"\s+(?P<link>op|tegen|bij|rond)\s+")
# Nouns of policy whose aim "om … te …" states (also as the head of a compound: "klimaatplannen").
_POLICY = (
    "maatregel", "maatregelen", "plan", "plannen", "wet", "wetten", "wetsvoorstel", "wetswijziging",
    "wetgeving", "regels", "regeling", "regelingen", "beleid", "aanpak", "programma", "doelstelling",
    "doelstellingen", "besluit", "afspraken", "campagne", "project", "pilot", "initiatief", "strategie",
    "pakket", "investering", "investeringen", "verbod", "richtlijn", "subsidie", "offensief",
)
# A party's proposal and words that end like a noun of policy but are none.
_NOT_POLICY = frozenset(["voorstel", "voorstellen", "ontplan", "gewet", "bewet"])
_PARTICIPLE = re.compile(r"ge[a-zà-ÿ]+(?:d|t|en)")
_AIM_REACH = 90  # characters after "om" read for the infinitive of change
_BOUNDARY = re.compile(r"[,;:(\"“”]|\s(?:en|maar|want|omdat|zodat|die|dat)\s")
# Pleas, wishes, opinions, conditions and negations before the aim in its sentence.
_NOT_STATED = re.compile(
    r"(?<![\w-])(?:wil|willen|wilde|wilden|pleit|pleiten|pleitte|vindt|vinden|vond|vonden|zou|zouden"
    r"|hoopt|hopen|roept|roepen|roep|moet|moeten|kan|kunnen|vraagt|vragen|eist|eisen|oproep|voorstander"
    r"|indien|wanneer|tenzij|geen|niet|nooit|onvoldoende|genoeg|weinig|waarom|hoe)(?![\w-])"
)
_HOPE_END = re.compile(r"[,;:(\"“”]|\s(?:maar|want|omdat|zodat|terwijl)\s")
# Particle verbs of an aim split by "te": "terug te dringen", "tegen te gaan", "uit te breiden".
_SPLIT_GOAL = re.compile(
    r"\s(?:(?P<down>(?:terug|tegen|in|uit)\s+te\s+(?:dringen|gaan|dammen|bannen))|(?:uit|op)\s+te\s+"
    r"(?:breiden|voeren|schalen))(?![\w-])"
)
_COUNT_OF = re.compile(r"(?:het\s+)?aantal\s")
_NOT_HOPED = re.compile(r"(?<![\w-])(?:wie|niet|geen|als|indien|wanneer)(?![\w-])")
_CONDITION = re.compile(r"\W*(?:als|indien|wanneer|zodra|mocht|mochten|tenzij)(?![\w-])")


def statements(
    doc: Document, low: str, start: int, end: int, found: list[int], enforcement: bool, hope: bool = False
) -> list[TrendStatement]:
    """The aim of a measure in the sentence at ``start:end`` (``found``: where " om " occurs),
    announced stricter enforcement when the sentence holds one of ``ENFORCEMENT_KEYS``, or the
    hoped effect of a measure when it holds one of ``HOPE_KEYS``."""
    if hope:
        hoped = _hoped(doc, low, start, end)
        if hoped:
            return hoped
    if enforcement:
        enforced = _enforced(doc, low, start, end)
        if enforced is not None:
            return [enforced]
    # only the positions inside the sentence (``found`` is sorted and holds the whole document's)
    for at in found[bisect.bisect_right(found, start) : bisect.bisect_left(found, end)]:
        head = _policy_before(low, start, at)
        if head is None or _CONDITION.match(low, start):
            continue
        clause = next((c for c in _trend_speech.clauses(doc, start, end) if c.start <= head < c.end), None)
        if clause is None or _NOT_STATED.search(low, clause.start, at):
            continue  # "VVD Helmond wil regionale aanpak om …"
        aim = _aim(doc, low, head, at + len(" om "), end)
        if aim is not None:
            return [aim]
    return []


def _policy_before(low: str, start: int, at: int) -> int | None:
    """Where the noun of policy before " om " starts ("|maatregelen| om", "|doelstellingen|
    formuleerde om"), perhaps one verb form between them (plain string steps: most " om " have
    another word before them)."""
    first = max(start, low.rfind(" ", start, at) + 1)
    word = low[first:at]
    if _is_policy(word):
        return first
    before = max(start, low.rfind(" ", start, max(start, first - 1)) + 1)
    if before >= first - 1 or not _is_policy(low[before : first - 1]) or not _text.is_verb_form(word):
        return None
    if _PARTICIPLE.fullmatch(word):
        return None  # "heeft maatregelen genomen om …": an organisation's own actions narrated
    return before


def _is_policy(word: str) -> bool:
    return word not in _NOT_POLICY and word.endswith(_POLICY)


def _aim(doc: Document, low: str, head: int, after: int, end: int) -> TrendStatement | None:
    """The change the aim names after "om" and what changes: "om |overlast| te verminderen"."""
    stop = min(end, after + _AIM_REACH)
    boundary = _BOUNDARY.search(low, after, stop)
    if boundary is not None:
        stop = boundary.start()
    change = _goal_change(doc, low, _phrases.Span(after, stop), after)
    if change is None:
        return None
    at, change_end, direction, kind = change
    # "om overlast |te verminderen|", or "te" inside the change: "om overlast |terug te dringen|"
    te = at - len(" te ") if low.startswith(" te ", at - len(" te ")) else low.find(" te ", at, change_end)
    if kind != "verb" or te < after or low.find(" te ", after, te) >= 0 or low.find(" om ", after, te) >= 0:
        return None  # the first infinitive after "om", one of change ("om acties uit te voeren om …")
    phrase = _object(doc.text, low, after, min(te, at), inverted=False)
    return _goal_made(doc, phrase, head, change_end, direction)


def _enforced(doc: Document, low: str, start: int, end: int) -> TrendStatement | None:
    """"De politie |gaat extra controleren op| brommers": the enforcement with what it is aimed at."""
    m = _ENFORCE.search(low, start, end)
    if m is None or _CONDITION.match(low, start):
        return None
    clause = next((c for c in _trend_speech.clauses(doc, start, end) if c.start <= m.start() < c.end), None)
    if clause is None or _NOT_STATED.search(low, clause.start, m.end()):
        return None  # "De gemeente moet strenger optreden", "gaat niet extra controleren"
    link = _AIMED_AT.match(low, m.end())
    if link is None and m.group("verb") not in (None, "optreden"):
        return _enforced_here(doc, low, clause, m)  # "In park Oog in Al gaat de politie extra surveilleren"
    if link is None or (m.group("verb") == "optreden" and link.group("link") != "tegen"):
        return None  # "gaat vaker optreden in het buitenland": performing
    target = _phrases.noun_phrase(doc.text, link.end(), clause.end)
    relative = _RELATIVE.search(low, link.end(), target.end) if target is not None else None
    if target is not None and relative is not None:  # "brommers |die illegaal over fietspaden …|"
        target = _phrases.Span(target.start, relative.start())
    name = _phenomenon(doc, target) if target is not None else ""
    if target is None or not name or name.startswith(ANAPHOR):
        return None
    verb = m.group("verb")
    noun = _ENFORCEMENT_NOUN[verb] if verb else doc.text[m.start("noun") : m.end("noun")]
    named = f"{noun} {link.group('link')} {name}"
    span, evidence, page = doc.span(m.start(), target.end)
    return TrendStatement(span=span, text=evidence, phenomenon=named, direction=Change.UP, page=page)


def _hoped(doc: Document, low: str, start: int, end: int) -> list[TrendStatement]:
    """"De politie hoopt zo |de verkeersveiligheid te vergroten| en |het aantal slachtoffers … te
    verminderen|": each infinitive of change with its object, one statement per conjunct (the aim
    of a measure just described, ``hard``); not a hope about others' acts ("hopen dat …")."""
    m = _HOPE.search(low, start, end)
    if m is None or _CONDITION.match(low, start):
        return []
    clause = next((c for c in _trend_speech.clauses(doc, start, end) if c.start <= m.start() < c.end), None)
    if clause is None or _NOT_HOPED.search(low, clause.start, m.start()):
        return []  # "Wie hoopt zo …", "hoopt niet zo …"
    boundary = _HOPE_END.search(low, m.end(), end)  # the clauses split at "en": read to a comma
    stop = boundary.start() if boundary is not None else end
    out: list[TrendStatement] = []
    begin = m.end()
    for cut in [*_AND.finditer(low, begin, stop), None]:
        part_end = cut.start() if cut is not None else stop
        statement = _hoped_part(doc, low, m.start(), begin, part_end)
        out += [statement] if statement is not None else []
        if cut is not None:
            begin = cut.end()
    return out


def _hoped_part(doc: Document, low: str, head: int, after: int, end: int) -> TrendStatement | None:
    """One conjunct of a hoped aim: "het aantal slachtoffers in het verkeer |te verminderen|"."""
    split = _SPLIT_GOAL.search(low, after, end)
    if split is not None:  # "de overlast |terug te dringen|": a particle verb the cues do not join
        at, change_end, te = split.start(), split.end(), split.start()
        direction = Change.DOWN if split.group("down") else Change.UP
    else:
        change = _goal_change(doc, low, _phrases.Span(after, end), after)
        if change is None or change[3] != "verb":
            return None
        at, change_end, direction, _kind = change
        before = at - len(" te ")
        te = before if low.startswith(" te ", before) else low.find(" te ", at, change_end)
    if te < after:
        return None  # the infinitive with "te" names the change ("te vergroten", "terug te dringen")
    phrase = _object(doc.text, low, after, min(te, at), inverted=False)
    if phrase is not None and _COUNT_OF.match(low, phrase.start):  # "het aantal slachtoffers": a count
        name = _phenomenon(doc, phrase)
        if not name or name.startswith(ANAPHOR):
            return None
        span, evidence, page = doc.span(phrase.start, change_end)
        return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)
    return _goal_made(doc, phrase, head if phrase is None else phrase.start, change_end, direction)


def _enforced_here(doc: Document, low: str, clause: _phrases.Span, m: re.Match[str]) -> TrendStatement | None:
    """"In park Oog in Al gaat de politie extra surveilleren", "Krimpenerwaard gaat daarom extra
    handhaven": enforcement without a complement, named with the place the clause gives (a
    phrase with "in", or a municipality as subject); none without a place ("Agenten gaan er extra
    controleren": the place is in another sentence)."""
    noun = _ENFORCEMENT_NOUN[m.group("verb")]
    place = _IN_PLACE.search(low, clause.start, m.start()) or _IN_PLACE.match(low, _after_space(low, m.end()))
    target = _phrases.noun_phrase(doc.text, place.end(), clause.end) if place is not None else None
    if target is not None:
        words = _phrases.WORD.findall(low, target.start, target.end)
        cut = next((i for i, w in enumerate(words) if w in _NOT_IN_PLACE), len(words))
        name = " ".join(doc.text[target.start : target.end].split()[:cut])
    else:
        first = _phrases.WORD.search(doc.text, clause.start, m.start())
        name = first.group(0) if first is not None and regions.lookup(first.group(0)) else ""
    if not name:
        return None
    opening = min(m.start(), place.start()) if place is not None else m.start()
    span, evidence, page = doc.span(opening, m.end())
    named = f"{noun} in {name}"
    return TrendStatement(span=span, text=evidence, phenomenon=named, direction=Change.UP, page=page)


def _after_space(low: str, at: int) -> int:
    return at + 1 if low.startswith(" ", at) else at
