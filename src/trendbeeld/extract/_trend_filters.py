"""Trend statements that are no trends, and phenomena that keep a verb (issue 10 / 11).

Checked only on the statements the rules found (never per sentence of the text); a statement
goes when every cue of change inside it is one of these:

* one case, not a trend (``_trend_one_case``): "Verdachte blijft vast", "verdween op 29 mei",
  "heeft letsel opgelopen", "KNVB verplaatst duel", "Burenruzie escaleert", "wijziging van de
  Kieswet";
* another sense or no statement of change (``_trend_senses``): "tijdens de hittegolf", "van
  standpunt veranderde", "gooit constant met modder", "versterk de veerkracht", "het versnellen
  van hervormingen", "uit Krimpen aan den IJssel", "een uitgebreid onderzoek";
* a comparison at one moment (``_trend_comparisons``): "vaker parttime dan mannen", "twee keer zo
  groot als op een normale dag";
* one person named with an age ("Anna (17) wordt al jaren lastiggevallen");
* the cases of ``_trend_cases`` and ``_trend_actual`` (a condition, a possibility under a condition
  or with a negation: "zonder concurrent kan de school groeien", a life narrated, one actor that
  stays: "May blijft nog even").

"Nooit eerder" alone is a first, a shift like "voor het eerst" ("Nooit eerder besloot een
burgemeester …"); with a record word it stays a rise ("Nooit eerder waren er zoveel inbraken").

A statement that restates the one before it (overlapping evidence, the same direction, a word of
the phenomenon shared: "opkomst … kan wel eens |hoger| uitvallen" read once for the subject and
once for the comparative; one phenomenon is the other with at most two words more) is kept once.
Phenomena that still carry a verb are repaired by ``_trend_repairs`` ("Vertrouwen |is steeds meer
verweven|", "Desondanks (blijft)"). What "meer"/"minder" counts is named by the participle that closes
its clause, and flows compared with flows go (``_trend_counted``: "minder maatregelen |gestart|" ->
"gestarte maatregelen"; "minder beëindigd dan gestart"). A noun of change inside the subject of
another verb is no wording of that verb's statement ("als bewijs van de |opwarming| … opgevoerd").
"""

from __future__ import annotations

import dataclasses
import re

from trendbeeld.extract import (
    _cues,
    _phrases,
    _trend_actual,
    _trend_cases,
    _trend_comparisons,
    _trend_counted,
    _trend_shape_nouns,
)
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_one_case import _amendment, _dented, _in_custody, _incurred, _rescheduled
from trendbeeld.extract._trend_repairs import _participle, _repaired
from trendbeeld.extract._trend_senses import (
    _goal,
    _imperative,
    _not_a_verb,
    _other_sense,
    _vanishes_somewhere,
)
from trendbeeld.model import Change, TrendStatement

# A record level after "nooit eerder" ("zoveel inbraken", "zo hoog", "meer", "vaker"): a rise, no first.
_RECORD_WORD = re.compile(
    r"\b(?:zo|zoveel|zo'n|zulke|zulk|meer|minder|vaker|hoger|lager|groter|kleiner|sneller|ooit)\b",
    re.IGNORECASE,
)
_CLAUSE_STOP = re.compile(r"[.;:!?\n]|,\s+(?:maar|en|want|terwijl|omdat)\b")
# A person named with an age: "Anna (17)", "Mourad T. (29)", "Voorthuizenaar (48)".
_PERSON_WITH_AGE = re.compile(r"\b[A-Z][a-zà-ÿ]*\.?\s*\(\d{1,3}\)")
STEM = 5  # letters of a word compared when two statements restate each other
# Words one phenomenon may add to the other and still restate it ("opkomst |(hoger)|"); a heading
# run into its sentence in flattened text ("Dalende cijfers … Het aantal misdrijven daalt") adds more.
MAX_RESTATED_EXTRA = 2
_WORDS = re.compile(r"[^\W\d_]+")
_MORE_OR_LESS = "mM"  # the first letter of evidence that opens with "meer"/"minder"


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
    own = [c for c in cues if c.start < end and c.end > start]
    if not own and cues:
        own = [min(cues, key=lambda c: max(c.start - end, start - c.end))]
    elif any(c.kind == "noun" for c in own) and not all(c.kind == "noun" for c in own):
        # "Die vondst wordt als bewijs van de |opwarming| van de zee |opgevoerd|": a noun of change inside
        # the subject makes a statement of its own; the verb is this statement's wording
        own = [c for c in own if c.kind != "noun"]
    if own and all(_no_trend(doc, cue, sentence.start, sentence.end) for cue in own):
        return None
    if _trend_actual.conditional_after(doc.text, start, end, sentence.end):
        return None  # "… zullen ook verdwijnen als er straks …": a condition
    if _narrated(doc, statement, own, sentence.start):
        return None
    words = statement.text.split()
    last = words[-1].lower().strip(".,;:!?") if words else ""
    phenomenon = _repaired(doc, statement.phenomenon, start, sentence.start, participle=_participle(last))
    if phenomenon is None:
        return None
    phenomenon = _trend_shape_nouns.topic(doc, phenomenon, start, sentence.start, sentence.end)
    dented = any(_dented(doc.text, c, sentence.start) for c in own)
    slowed = any(_trend_cases.slowed(doc.text, c) for c in own)
    direction = Change.DOWN if dented or slowed else statement.direction
    if direction is Change.UP and own and _a_first(doc.text, own, sentence.end):
        direction = Change.SHIFT
    if (phenomenon, direction) != (statement.phenomenon, statement.direction):
        statement = dataclasses.replace(statement, phenomenon=phenomenon, direction=direction)
    if statement.text[:1] in _MORE_OR_LESS:  # "minder maatregelen gestart": what was counted
        return _trend_counted.named(doc, statement, start, end)
    return statement


def _a_first(text: str, own: list[_cues.Cue], sentence_end: int) -> bool:
    """"Nooit eerder besloot een burgemeester …", "is in Nederland nooit eerder vertoond": a first, a
    shift like "voor het eerst" (conventions); a record level stays a rise ("Nooit eerder waren er
    zoveel inbraken", "nooit eerder zo hoog")."""
    if not all(c.text.lower() == "nooit eerder" for c in own):
        return False
    last = own[-1]
    stop = _CLAUSE_STOP.search(text, last.end, sentence_end)
    return _RECORD_WORD.search(text, last.end, stop.start() if stop else sentence_end) is None


def _narrated(doc: Document, statement: TrendStatement, own: list[_cues.Cue], opening: int) -> bool:
    """A life and the state said of it ("groeide op in een stabiel gezin"), one person named with
    an age ("Anna (17) wordt al jaren lastiggevallen", "Voorthuizenaar (48) loopt gebroken kaak op",
    "zedenzaak met verdachte Mourad T. (29) wordt steeds groter"), or one actor or thing that stays
    or persists ("May blijft nog even", "Het merk bestaat al jaren niet meer")."""
    aged = "(" in statement.text and _PERSON_WITH_AGE.search(statement.text) is not None
    if aged or any(_trend_cases.grows_up(doc.text, cue) for cue in own):
        return True
    stays = statement.direction is Change.STABLE and bool(own)
    if not stays or not all(_trend_cases.persists_or_stays(c) for c in own):
        return False
    return _trend_cases.one_actor(doc.text, own[0], opening, statement.phenomenon)


def _no_trend(doc: Document, cue: _cues.Cue, opening: int, closing: int) -> bool:
    text = doc.text
    low = cue.text.lower().strip()
    return (
        _trend_actual.possible(text, cue, low, opening)
        or _trend_comparisons.between_groups(text, cue, low, closing)
        or _in_custody(text, cue, low, opening)
        or _amendment(text, cue, low, opening)
        or _imperative(text, cue, low, opening)
        or _goal(text, cue, low, opening)
        or _incurred(text, cue, low, opening)
        or _other_sense(text, cue, low, opening)
        or _vanishes_somewhere(text, cue, low, opening)
        or _rescheduled(text, cue, low, opening)
        or _not_a_verb(text, cue, low, opening)
        or _trend_cases.no_trend(text, cue, low, opening)
    )
