"""Measures in force or announced after events: extra enforcement deployed, measures announced, a
ban proclaimed, extra money granted.

Called by ``_trend_legal.statements`` for a sentence that holds one of ``KEYS`` where no other rule
made a statement. The conventions count such measures as trends, ``hard``, even where they are the
news of the article, each restatement its own item (tests/gold/NOTES "DPG news, blind and sealed":
"Measures in force after unrest (more police powers, new fines, a new ground to ban
demonstrations, the army or drones deployed …) and measures a minister announces after a case
(`een reeks maatregelen aangekondigd`, `wordt verplicht` …) are trends, `hard`"; protection added
after incidents is ``up``, alt ``shift``). Wording handled:

* extra enforcement or protection deployed, sent, received or coming: "burgemeester |zet extra
  politie in|", "Er komt de komende tijd |extra cameratoezicht| in het zuidelijke deel van de
  wijk", "De politie heeft |extra veiligheidsmaatregelen aangekondigd| rond evenementen" → up,
  about the resource with its complement ("cameratoezicht in het zuidelijke deel van de wijk");
* measures announced or a ban proclaimed: "Dekker heeft |een reeks maatregelen aangekondigd|",
  "De burgemeester |kondigt een samenscholingsverbod af| voor jongeren in Oosterheide" → shift,
  about the measure with its complement;
* extra money granted: "Ook hebben lokale overheden |extra geld gekregen voor| de opvang", "Het
  kabinet |trekt| drie miljoen euro |extra uit voor| de aanpak van drugs" → up, "geld voor …";
* a means deployed for the first time (``first_deployed``, called by ``_trend_policy`` for "voor
  het eerst"): "Ook gebruikte de politie |voor het eerst waterkanonnen|", "|Voor het eerst| wordt
  het leger ingezet" → shift, "inzet van waterkanonnen"; only with an authority in the clause.

Not: a plea, wish or demand ("buurt pleit voor extra cameratoezicht", "wil extra agenten"), a
negation ("geen extra geld"), a condition, a question, resources without "extra" or "meer" that
one incident needed ("Tien agenten moesten worden ingezet", "een politiehelikopter werd ingezet").
"""

from __future__ import annotations

import re

from trendbeeld.extract import _phrases, _trend_speech
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import ANAPHOR, _phenomenon
from trendbeeld.model import Change, TrendStatement

KEYS = ("extra ", "maatregel", "kondig")
# Resources of enforcement and protection that "extra" or "meer" adds.
_RESOURCE = (
    r"(?P<resource>(?:[\w-]*(?:politie|agenten|handhavers|boa's|boa’s|camera's|camera’s|cameratoezicht"
    r"|toezicht|controles|surveillance|surveillances|capaciteit|rechercheurs|beveiliging|beveiligers"
    r"|maatregelen|veiligheidsmaatregelen|militairen|marechaussees|patrouilles)))"
)
_EXTRA = re.compile(rf"(?<![\w-])(?:extra|meer|aanvullende)\s+(?:[\w-]+e\s+)?{_RESOURCE}(?![\w-])")
# Verbs of deploying, sending, receiving, coming and announcing, around the resource.
_DEPLOYED = re.compile(
    r"(?<![\w-])(?:zet|zetten|zette|zetten|ingezet|inzetten|stuurt|sturen|stuurde|stuurden|gestuurd"
    r"|krijgt|krijgen|kreeg|kregen|gekregen|komt|komen|kwam|kwamen|aangekondigd|kondigt|kondigde"
    r"|kondigden|geplaatst|plaatst|plaatsen|ingesteld|stelt|inzet|opgehangen|hangt|ingevoerd)(?![\w-])"
)
# Measures announced, a ban proclaimed.
_ANNOUNCED = re.compile(
    r"(?<![\w-])(?:(?P<measure>(?:een\s+(?:reeks|pakket|aantal)\s+)?(?:[\w-]+e\s+)?[\w-]*maatregel(?:en)?)"
    r"\s+(?:[\w-]+\s+){0,4}?aangekondigd|kondig(?:t|de|den|en)\s+(?:[\w-]+\s+){0,4}?(?P<measure2>"
    r"(?:een\s+(?:reeks|pakket|aantal)\s+)?(?:[\w-]+e\s+)?[\w-]*(?:maatregel(?:en)?|verbod|verordening))"
    r"\s+(?:[\w-]+\s+){0,6}?(?:aan|af)(?![\w-]))"
)
# Extra money granted: "extra geld gekregen voor", "trekt … euro extra uit voor", "… euro extra voor".
_MONEY = re.compile(
    r"(?<![\w-])(?:extra\s+geld|geld\s+extra|euro\s+extra)\s+(?:[\w-]+\s+){0,3}?(?:voor|naar)\s+"
)
_MONEY_VERB = re.compile(
    r"(?<![\w-])(?:krijgt|krijgen|kreeg|kregen|gekregen|trekt|trekken|trok|uitgetrokken|investeert"
    r"|investeren|geïnvesteerd|gaat|gaan|ging|beschikbaar|uittrekken|steekt|steken|stak|gestoken)(?![\w-])"
)
# A plea, wish, demand, condition or negation in the clause: nothing in force or announced.
_NOT_STATED = re.compile(
    r"(?<![\w-])(?:wil|willen|wilde|wilden|pleit|pleiten|pleitte|vraagt|vragen|vroeg|vroegen|eist|eisen"
    r"|eiste|moet|moeten|zou|zouden|kan|kunnen|hoopt|hopen|wens\w*|roep\w*|oproep|geen|niet|nooit|als"
    r"|indien|wanneer|tenzij|zonder|petitie|of)(?![\w-])"
)
_POINTING = frozenset(["de", "die", "deze", "dit", "dat", "het", "zo'n", "zulke"])
# Verbs of deploying or using a means (first time: "gebruikte voor het eerst waterkanonnen").
_DEPLOY_FORMS = frozenset([
    "ingezet", "inzetten", "gebruikt", "gebruikte", "gebruikten", "gebruiken", "ingeschakeld", "inschakelen",
])
_DEPLOY_VERB = re.compile(
    r"(?<![\w-])(?:ingezet|inzetten|gebruikt|gebruikte|gebruikten|gebruiken|ingeschakeld|inschakelen"
    r"|(?:zet|zette|zetten|schakelt|schakelde|schakelden)\s+(?:[\w'’-]+\s+){1,8}?in)(?![\w-])"
)
_TIME_PHRASE = re.compile(
    r"(?:in|sinds)\s+(?:[\w-]+\s+){0,2}?(?:dagen|weken|maanden|jaren|jaar|tijden|tijd|geschiedenis)(?![\w-])"
)
_PASSED = frozenset(["ook", "weer", "nog", "al", "zelfs", "nu", "dan", "er", "daarbij", "daar", "hier"])
# Who deploys means (or, passive, is deployed): "gebruikte |de politie| …", "wordt |het leger| ingezet".
_AUTHORITY = re.compile(
    r"(?<![\w-])(?:(?:de|het)\s+)?(?:[\w-]*politie|leger|regering|gemeente|kabinet|me|marechaussee|justitie"
    r"|autoriteiten|veiligheidsdiensten|oproerpolitie|mobiele\s+eenheid|krijgsmacht|brandweer)(?![\w-])"
)
_PASSIVE = re.compile(r"(?<![\w-])(?:wordt|worden|werd|werden|is|zijn)(?![\w-])")
_DETERMINERS = frozenset(["de", "het", "een"])
_SKIPPED = _PASSED | _DETERMINERS | _phrases.FINITE_VERBS
_LINKS = frozenset(["tegen", "bij", "om", "op", "in", "voor"])
_PRONOUNS = frozenset(["hij", "zij", "ze", "we", "wij", "ik", "je", "u", "men"])
_WORD = _phrases.WORD
_COMPLEMENT = re.compile(r"\s+(?P<link>in|op|rond|rondom|voor|tegen|bij|om|aan)\s+")
_PARTICLE_AFTER = re.compile(r"\s+(?:in|aan|af)(?=[\s,.;:]|\Z)")


def statements(doc: Document, low: str, start: int, end: int) -> list[TrendStatement]:
    """The measure statements of the sentence at ``start:end`` (one per clause at most)."""
    out: list[TrendStatement] = []
    for clause in _trend_speech.clauses(doc, start, end):
        if low.find("?", clause.start, clause.end) >= 0 or _NOT_STATED.search(low, clause.start, clause.end):
            continue
        statement = _extra(doc, low, clause) or _announced(doc, low, clause) or _money(doc, low, clause)
        out += [statement] if statement is not None else []
    return out


def _extra(doc: Document, low: str, clause: _phrases.Span) -> TrendStatement | None:
    """"zet extra politie in", "Er komt … extra cameratoezicht in …": up, the resource with its
    complement."""
    m = _EXTRA.search(low, clause.start, clause.end)
    if m is None or _DEPLOYED.search(low, clause.start, clause.end) is None:
        return None
    name = _with_complement(doc, low, m.start("resource"), m.end("resource"), clause.end)
    return _made(doc, m.start(), m.end(), name, Change.UP)


def _announced(doc: Document, low: str, clause: _phrases.Span) -> TrendStatement | None:
    """"heeft een reeks maatregelen aangekondigd", "kondigt een samenscholingsverbod af voor …":
    shift (extra measures: up), the measure with its complement."""
    m = _ANNOUNCED.search(low, clause.start, clause.end)
    if m is None:
        return None
    group = "measure" if m.group("measure") else "measure2"
    words = low[m.start(group) : m.end(group)].split()
    if words[0] in _POINTING:
        return None  # "Die maatregel werd gisteren aangekondigd": named in an earlier sentence
    head_start = m.end(group) - len(words[-1])  # "de |nodige| maatregelen": the noun alone
    name = _with_complement(doc, low, head_start, m.end(group), clause.end)
    extra = bool({"extra", "aanvullende", "strengere", "meer"} & set(words))
    return _made(doc, m.start(), m.end(), name, Change.UP if extra else Change.SHIFT)


def _money(doc: Document, low: str, clause: _phrases.Span) -> TrendStatement | None:
    """"extra geld gekregen voor de opvang": up, "geld voor de opvang"."""
    m = _MONEY.search(low, clause.start, clause.end)
    if m is None or _MONEY_VERB.search(low, clause.start, clause.end) is None:
        return None
    target = _phrases.noun_phrase(doc.text, m.end(), clause.end)
    opening = low[m.end() : target.end].split() if target is not None else []
    if target is None or not opening or opening[0] in _POINTING - {"de", "het"}:
        return None  # "extra voor |deze| taken": named in an earlier sentence
    what = _phenomenon(doc, target)
    if not what or what.startswith(ANAPHOR):
        return None
    link = low[m.end() - 5 : m.end()].strip()
    return _made(doc, m.start(), target.end, f"geld {link.split()[-1]} {what}", Change.UP)


def _with_complement(doc: Document, low: str, start: int, end: int, clause_end: int) -> str:
    """The noun at ``start:end`` with the prepositional phrase right after it (past a separable
    particle): "cameratoezicht |in het zuidelijke deel van de wijk|"."""
    noun = doc.text[start:end]
    after = end
    particle = _PARTICLE_AFTER.match(low, after, clause_end)
    if particle is not None:
        after = particle.end()
    link = _COMPLEMENT.match(low, after, clause_end)
    if link is None or link.group("link") == "om":
        return noun
    target = _phrases.noun_phrase(doc.text, link.end(), clause_end)
    what = _phenomenon(doc, target) if target is not None else ""
    if not what or what.startswith(ANAPHOR):
        return noun
    return f"{noun} {link.group('link')} {what}"


def _made(doc: Document, start: int, end: int, name: str, direction: Change) -> TrendStatement | None:
    if not name:
        return None
    span, evidence, page = doc.span(start, end)
    return TrendStatement(span=span, text=evidence, phenomenon=name, direction=direction, page=page)


def first_deployed(
    doc: Document, low: str, clause: _phrases.Span, start: int, end: int
) -> TrendStatement | None:
    """"Ook gebruikte de politie |voor het eerst| waterkanonnen", "|Voor het eerst| wordt het leger
    ingezet": a means deployed for the first time (a measure, shift, hard; called by
    ``_trend_policy`` for the marker at ``start:end``), named "inzet van …"."""
    stated = _NOT_STATED.search(low, clause.start, clause.end) is None
    authority = _AUTHORITY.search(low, clause.start, clause.end)
    if not stated or authority is None or _DEPLOY_VERB.search(low, clause.start, clause.end) is None:
        return None  # "Hij gebruikte voor het eerst een computer": one person's
    at = end
    for word in _WORD.finditer(low, end, clause.end):
        form = word.group(0)
        span = _TIME_PHRASE.match(low, word.start()) if word.start() >= at else None
        if span is not None:
            at = span.end()  # "voor het eerst |in tien dagen| weer traangas"
        if word.start() < at or word.start() < authority.end() or form in _SKIPPED:
            continue  # "wordt", "ook", "de politie"
        if form in _DEPLOY_FORMS:
            break  # "Voor het eerst wordt het leger |ingezet|": the authority itself is the means
        phrase = _phrases.noun_phrase(doc.text, word.start(), clause.end)
        means = _means(doc, low, phrase)
        if not means or phrase is None:
            return None
        return _made(doc, start, phrase.end, f"inzet van {means}", Change.SHIFT)
    if authority.start() > end and _PASSIVE.search(low, end, authority.start()):
        name = doc.text[authority.start() : authority.end()]
        return _made(doc, start, authority.end(), f"inzet van {name}", Change.SHIFT)
    return None


def _means(doc: Document, low: str, phrase: _phrases.Span | None) -> str:
    """The means without a verb after it ("waterkanonnen |tegen de demonstranten gebruikte|")."""
    if phrase is None:
        return ""
    words = list(_WORD.finditer(low, phrase.start, phrase.end))
    cut = next((w.start() for w in words[1:] if w.group(0) in _DEPLOY_FORMS | _LINKS), phrase.end)
    what = doc.text[phrase.start : cut].strip()
    first = what.split()[0].lower() if what else ""
    return "" if not what or first in _POINTING - {"de", "het"} or first in _PRONOUNS else what
