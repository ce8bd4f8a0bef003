"""Which members of a cluster back the trend it is titled by; the others are left out of it.

Clustering groups evidence by its wording, so a cluster can hold items that share words with the
trend but do not back it. These classes are left out (`backing`):

* an agenda item of a parliamentary agenda or decision list (`agenda_item`): a procedure about a
  paper ("Conceptbesluit tot wijziging van artikel 22 … Voor kennisgeving aangenomen"), not evidence
  of a phenomenon;
* a statement or figure whose own words do not name the phenomenon the trend is titled by
  (`names_core`): "hervormingen in het kader van de kapitaalmarktunie" says nothing of "gevoel van
  eenzaamheid en isolatie", however close its vector;
* a news item on an event abroad (`abroad`): in a trend of news items only (counted events,
  `events.qualify`) the count stands for Dutch safety news, and a stadium ban in Iran is no Dutch
  fire; beside a report, "Nieuw-Zeeland investeert in welzijn" is no second voice of a Dutch
  development ("Toename van welzijn", one VNG poll and that item);
* in such a trend, an event that does not name the events' phenomenon (`cluster.event_topic`): a
  foundation's court case is no fire because it landed in the same cluster.

A member left out is not moved to another trend: it does not back the one it was grouped with,
which says nothing of where else it belongs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

import numpy as np

from trendbeeld.stemming import stem
from trendbeeld.trends import cluster
from trendbeeld.trends._event_topics import Topic, event_topics
from trendbeeld.trends._items import Item, gazetteer, lexicon
from trendbeeld.trends._phrase_checks import adjective_end
from trendbeeld.trends._words import undoubled

MEASURE_TAILS = frozenset({"cijfer", "cijfers", "niveau", "percentag", "aantal", "aantall"})  # stems
MAX_ROUNDS = 3  # a title recomputed from the members that back it; stable after one round in practice
_WORD = re.compile(r"[\w'-]+", re.UNICODE)
# A parliamentary paper number: "31066-306", "22112-2220", "21501-07", "(34556)".
_PAPER_NUMBER = re.compile(r"\(\d{5}\)|(?<![\d-])\d{5}-[A-Z]{0,3}\d{1,4}(?![\d-])")


def backing(
    candidate: cluster.Candidate,
    items: Sequence[Item],
    index: Mapping[str, int],
    vectors: np.ndarray,
    is_event: cluster.EventTest,
) -> cluster.Candidate:
    """``candidate`` with only the members that back its trend (see the module); its members keep
    their ranks, its centre is that of the members kept. Without members left it has no members."""
    positions = [index[e] for e in candidate.ids]
    if all(is_event(items[i].source_id) for i in positions):
        kept = _on_topic(positions, items)
    else:
        kept = _naming(positions, items, is_event)
    if len(kept) == len(positions):
        return candidate
    chosen = set(kept)
    members = tuple((e, r) for e, r in candidate.members if index[e] in chosen)
    centre = cluster.centroid(vectors[sorted(chosen)]) if chosen else candidate.centroid
    return cluster.Candidate(candidate.theme, members, centre)


def _naming(positions: list[int], items: Sequence[Item], is_event: cluster.EventTest) -> list[int]:
    """The members (best first) that are no agenda item and name the phrase that titles them; the
    phrase is taken again from the members kept until it no longer changes."""
    kept = [
        i
        for i in positions
        if not agenda_item(items[i].context) and not (is_event(items[i].source_id) and _abroad_item(items[i]))
    ]
    phrase = ""
    for _ in range(MAX_ROUNDS):
        found = cluster.stated_phrase([items[i].evidence for i in kept], is_event)
        if not found or found == phrase:
            break
        phrase = found
        kept = [i for i in kept if names_core(f"{items[i].focus} {items[i].context}", phrase)]
    return kept


def _on_topic(positions: list[int], items: Sequence[Item]) -> list[int]:
    """The events (best first) in the Netherlands that name the phenomenon most of them name; all of
    them when they share none (such a cluster names no trend and is set aside)."""
    name = cluster.event_topic([items[i].evidence for i in positions])
    topic = next((t for t in event_topics() if t.name == name), None)
    if topic is None:
        return positions
    kept = []
    for i in positions:
        text = f"{items[i].focus} {items[i].context}".casefold()
        meta = items[i].meta
        title = meta.title if meta is not None else ""
        if names_topic(topic, text) and not abroad(f"{title} {items[i].context}"):
            kept.append(i)
    return kept


def _abroad_item(item: Item) -> bool:
    """Whether a news item reports an event abroad (`abroad`, on its title and sentence)."""
    title = item.meta.title if item.meta is not None else ""
    return abroad(f"{title} {item.context}")


def names_topic(topic: Topic, text: str) -> bool:
    """Whether ``text`` (folded) names ``topic`` as the events' title does (`Topic.named_in`)
    or with a verb of the same stem ("mishandeld", "mishandelen" for "mishandeling"; a stem of at
    least ``VERB_STEM_MIN`` letters, so "brandweer" does not name "brand")."""
    return topic.named_as_verb(set(_WORD.findall(text)), text)


def agenda_item(sentence: str) -> bool:
    """A sentence of a parliamentary agenda or decision list: it holds a formula of one (lexicon
    ``agenda_formulas.txt``: "voor kennisgeving aangenomen", "conceptbesluit", "wetsvoorstel") or a
    parliamentary paper number ("31066-306", "(34556)")."""
    return bool(_PAPER_NUMBER.search(sentence) or _agenda_formulas().search(sentence))


@cache
def _agenda_formulas() -> re.Pattern[str]:
    forms = sorted(lexicon("agenda_formulas.txt"), key=len, reverse=True)
    spaced = (r"\s+".join(re.escape(word) for word in form.split()) for form in forms)  # PDF line breaks
    return re.compile(r"(?<!\w)(?:" + "|".join(spaced) + r")(?!\w)", re.IGNORECASE)


def abroad(text: str) -> bool:
    """Whether ``text`` (a news item's title and sentence) places its event abroad: it names a
    country, region or city beyond the Netherlands (lexicon ``abroad.txt``) and no place in it (the
    gazetteer's municipalities, regions and provinces, their adjectives such as "Haagse", and
    ``national.txt``)."""
    return bool(_abroad_names().search(text)) and not _dutch_places().search(text)


@cache
def _abroad_names() -> re.Pattern[str]:
    return _whole_words(lexicon("abroad.txt"))


@cache
def _dutch_places() -> re.Pattern[str]:
    places = {name for name, level in gazetteer() if level != "scope" and name[:1].isupper()}
    adjectives = {f"{name}se" for name in places if " " not in name and "-" not in name}
    national = {word for word in lexicon("national.txt") if word[:1].isupper()}
    return _whole_words(sorted(places | adjectives | national))


def _whole_words(names: Sequence[str] | set[str]) -> re.Pattern[str]:
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?![\w-])")


def names_core(text: str, phrase: str) -> bool:
    """Whether ``text`` names the core of ``phrase``: one of its content words other than a measure
    ("aantal", "aandeel"), an inflected adjective ("sterke", "complexe"), a vague head ("behoefte",
    "situatie"), a group of people ("inwoners") or a noun of change ("verbetering", "toename",
    "daling": it says that something changes, not what), also as the end of a compound ("misdrijven"
    in "vermogensmisdrijven"). A phrase without such a word ("bereidheid van inwoners", "situatie voor
    de leeftijdsgroep") is named only by all of its vague heads, groups and content words.

    "Het percentage jongvolwassenen dat vaak eenzaam was" names "gevoel van eenzaamheid en isolatie";
    "wijziging van de Regeling Grote Projecten" does not; "een sterke verbetering" does not name
    "sterke gevoelens van eenzaamheid"; "een sterke verbetering van de situatie" (a poll) does not name
    "Verbetering evaluatiestelsel" (a decision list's section name): only the change is shared."""
    stems = cluster.phenomenon_stems(phrase)
    if not stems:
        return True
    words = [w.casefold() for w in _WORD.findall(phrase)]
    adjectives = {stem(w) for w in words if adjective_end(w)}
    core = stems - adjectives - _vague_stems()
    found = {undoubled(f) for f in cluster.content_stems(text)}
    if core:
        return any(_meets(undoubled(w), found) for w in core)
    relational = _vague_words()
    wanted = stems | {stem(w) for w in words if w in relational}
    found |= {undoubled(stem(w)) for w in _WORD.findall(text.casefold())}
    return all(_meets(undoubled(w), found) for w in wanted)


def _meets(wanted: str, found: set[str]) -> bool:
    """A stem met as it is, as the end of a compound, or before a measure ("criminaliteitscijfers")."""
    return wanted in found or any(
        (len(wanted) >= cluster.COMPOUND_MIN and f.endswith(wanted))
        or (len(f) >= cluster.COMPOUND_MIN and wanted.endswith(f))
        or (f.startswith(wanted) and f[len(wanted) :].removeprefix("s") in MEASURE_TAILS)
        for f in found
    )


@cache
def _words_of(name: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in lexicon(name) if " " not in word)


@cache
def _stems_of(name: str) -> frozenset[str]:
    return frozenset(stem(word.casefold()) for word in lexicon(name) if " " not in word)


# What names no core of a phrase: vague heads, groups of people and nouns of change (`names_core`).
_VAGUE_LISTS = ("vague_heads.txt", "groups.txt", "change_nouns.txt")


@cache
def _vague_words() -> frozenset[str]:
    return frozenset().union(*(_words_of(name) for name in _VAGUE_LISTS))


@cache
def _vague_stems() -> frozenset[str]:
    return frozenset().union(*(_stems_of(name) for name in _VAGUE_LISTS))
