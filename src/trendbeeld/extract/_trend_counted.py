"""What "meer"/"minder" counts when the clause names the act or state that was counted, and flows
compared with flows (statistical reports: "Er werden in 2021 minder maatregelen gestart").

Read on every statement whose evidence opens with "meer"/"minder" (``_trend_filters.kept``), so
the statements of the comparative cue ("meer maatregelen beëindigd dan in 2020") and of the
existential "er" (``_trend_more``) are named alike:

* a participle after the counted phrase names what was counted: "Er werden in 2021 |minder
  maatregelen| gestart" -> "gestarte maatregelen", "Er zijn in 2022 aanzienlijk meer onderzoeken
  afgesloten" -> "afgesloten onderzoeken", "meer vrouwelijke ministers benoemd" -> "benoemde
  vrouwelijke ministers", also after the auxiliary ("minder opleidingen worden gevolgd") and two
  coordinated ("minder maatregelen gestart en beëindigd" -> "gestarte en beëindigde maatregelen");
* an adjective of state in -ief after it: "waren er 9 procent minder maatregelen |actief|" ->
  "actieve maatregelen".

Not a participle of being, coming or arising ("er is meer vrijheid gekomen", "er zijn meer
alleenstaanden bijgekomen": no act that was counted), a verb of change ("meer mensen gestegen")
or a participle that opens a new phrase after "dan".

Flows compared with flows ("Er werden in 2023 minder maatregelen beëindigd dan gestart", "veel
meer ondertoezichtstellingen beëindigd dan gestart") compare two flows of one period, no earlier
time: no trend (tests/gold/NOTES, "Flows compared with flows are no trends").
"""

from __future__ import annotations

import dataclasses
import re

from trendbeeld.extract import _cues, _text
from trendbeeld.extract._document import Document
from trendbeeld.model import TrendStatement

_COUNTED = re.compile(r"(?:meer|minder)\s+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
# After the counted phrase: an auxiliary ("worden gevolgd"), then the participle or adjective.
_AUXILIARIES = frozenset(["wordt", "worden", "werd", "werden", "is", "zijn", "was", "waren"])
_PARTICIPLE_ENDINGS = ("d", "t", "en")
_STRESSLESS = ("be", "ver", "ont", "her", "ge", "er")  # "beëindigd", "ontvangen": no "ge" in the participle
# Lemmas of being, coming or arising, of expecting, and light verbs: their participle names no act
# that was counted ("er worden meer warme zomers |verwacht|": an expectation; "minder inbraken
# |gepleegd|": the crime is the act).
_NOT_COUNTED_ACTS = (
    "komen", "ontstaan", "zijn", "blijven", "worden", "gaan", "verschijnen", "staan", "verwachten",
    "voorspellen", "plegen", "doen", "maken", "hebben",
)
_STATE_ADJECTIVE = "ief"  # "actief", "inactief" -> "actieve"
WORDS_AFTER = 3  # words after the counted phrase read for the participle (auxiliary included)
_THAN_PARTICIPLE = re.compile(r"\s+dan\s+(?:er\s+)?([^\W\d_]+)(?=\s*[.;,:!?\n)]|\s*$)")


def named(doc: Document, statement: TrendStatement, start: int, end: int) -> TrendStatement | None:
    """``statement`` (its evidence at ``start:end`` of ``doc.text``) with the participle or state
    adjective that names what "meer"/"minder" counted, None for flows compared with flows, else
    unchanged."""
    text = doc.text
    opening = _COUNTED.match(text, start, end)
    if opening is None:
        return statement
    head = statement.phenomenon.split()[-1].lower() if statement.phenomenon.split() else ""
    counted = [w for w in _WORD.finditer(text, opening.end(), end) if head.endswith(w.group(0).lower())]
    if not counted:
        return statement  # the phenomenon is not the counted phrase itself (a pointer resolved, …)
    end = counted[-1].end()  # "minder maatregelen| actief": what follows the counted noun is read
    sentence = doc.sentence_at(start)
    words = list(_WORD.finditer(text, end, sentence.end))[: WORDS_AFTER + 2]
    at = 0
    if words and words[0].group(0).lower() in _AUXILIARIES:
        at = 1
    acts: list[re.Match[str]] = []
    while at < len(words) and text[words[at - 1].end() if at else end : words[at].start()].strip() == "":
        form = words[at].group(0).lower()
        if not _counted_act(form):
            break
        acts.append(words[at])
        if at + 2 < len(words) and words[at + 1].group(0).lower() == "en":
            at += 2
            continue
        break
    last = acts[-1].end() if acts else end
    if _flows_compared(text, last, sentence.end):
        return None
    named_words = statement.phenomenon.lower().split()
    if not acts or any(_inflected(w.group(0)).lower() in named_words for w in acts):
        return statement  # "meer mensen ingehuurd": already "ingehuurde mensen" (``_trend_more``)
    attribute = " en ".join(_inflected(w.group(0)) for w in acts)
    return dataclasses.replace(statement, phenomenon=f"{attribute} {statement.phenomenon}")


def _counted_act(form: str) -> bool:
    """A participle of an act that was counted ("gestart", "beëindigd", "afgesloten",
    "geregistreerd") or a state adjective in -ief ("actief"); not a verb of change or of being."""
    if form.endswith(_STATE_ADJECTIVE):
        return True
    if not form.endswith(_PARTICIPLE_ENDINGS) or _cues.is_change_word(form):
        return False
    base = _cues.lemma(form)
    if base == form or not base.endswith("en") or base.endswith(_NOT_COUNTED_ACTS):
        return False
    if form.endswith("en") and "ge" not in form and not form.startswith(_STRESSLESS):
        return False  # "vrouwen", "jongeren": nouns
    return _text.is_verb_form(form) or form.startswith(_STRESSLESS) or "ge" in form


def _inflected(word: str) -> str:
    """The attributive form: "gestart" -> "gestarte", "actief" -> "actieve", "afgesloten" as is."""
    low = word.lower()
    if low.endswith(_STATE_ADJECTIVE):
        return f"{word[:-1]}ve"
    return f"{word}e" if low.endswith(("d", "t")) else word


def _flows_compared(text: str, end: int, sentence_end: int) -> bool:
    """"… beëindigd |dan gestart|": "dan" before a participle that closes the clause."""
    m = _THAN_PARTICIPLE.match(text, end, sentence_end)
    return m is not None and _counted_act(m.group(1).lower())
