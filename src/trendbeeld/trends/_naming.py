"""The phrase that names a candidate trend: the phenomenon most of its members share.

Every member offers its phenomenon (a trend statement) or indicator (a figure) as candidate
phrases (`_title_phrases`), kept when usable (`_phrase_checks`). A phrase scores by the weight of
the members offering it (statements over figures, reports over news, central members over outlying
ones, plus part of the weight of a broader or narrower phrase it is stated more than), by how much
of it the members repeat, and by how specific yet short it is. News items name no phenomenon of
their own: a cluster without a stated phrase is named by the events' topic (`_event_topics`), or
not at all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from trendbeeld.model import Evidence, TrendStatement
from trendbeeld.trends import _phrasing, _synonyms
from trendbeeld.trends._event_topics import event_topic, one_case
from trendbeeld.trends._phrase_checks import names_a_body, usable
from trendbeeld.trends._title_phrases import phenomenon_phrases
from trendbeeld.trends._words import COMPOUND_MIN, content_stems, item_phrase

FIGURE_WEIGHT = 0.5  # a figure's indicator counts half a trend statement's phenomenon
EVENT_WEIGHT = 0.5  # a news item's phrase counts half a report's: news reports events
CENTRALITY_DECAY = 0.15  # member at rank r weighs 1 / (1 + decay * r)
SPECIFIC_WORDS = 3  # content words at which a phrase counts as fully specific
SPECIFICITY_SHARE = 0.6  # how much of a phrase's score hangs on its specificity
REFINED_SHARE = 0.5  # share of a phrase's weight that a broader or narrower one stated more carries
SHORT_WORDS = 4  # words a phrase may have before each further word costs LENGTH_PENALTY
LENGTH_PENALTY = 0.1


@dataclass(frozen=True, slots=True)
class _Offer:
    """A candidate title phrase, the weight of the members offering it, its content stems and how much
    it is stated regardless of where the cluster's centre lies."""

    phrase: str
    weight: float
    stems: frozenset[str]
    stated: float = 0.0  # how much the members state it: their kinds' weights, however central


EventTest = Callable[[str], bool]  # source id → is the source an event (a news item)?


def never(_source_id: str) -> bool:
    return False


def member_weight(item: Evidence, position: int, is_event: EventTest = never) -> float:
    """Statements over figures, reports over news (an event), central members over outlying ones."""
    return _kind_weight(item, is_event) / (1.0 + CENTRALITY_DECAY * position)


def _kind_weight(item: Evidence, is_event: EventTest = never) -> float:
    """Statements over figures, reports over news (an event)."""
    kind = 1.0 if isinstance(item, TrendStatement) else FIGURE_WEIGHT
    return kind * EVENT_WEIGHT if is_event(item.span.source_id) else kind


def _offers(evidence: Sequence[Evidence], is_event: EventTest = never) -> list[_Offer]:
    """The usable phrases of the members, first seen first; phrases that name one phenomenon
    (`_synonyms.concepts`: "het aantal misdrijven", "het aantal geregistreerde misdrijven",
    "hoeveelheid criminaliteit") are one offer with their weights together, worded as the phrase
    that weighs most among them (ties: the shorter). Counted apart, a phenomenon's wordings lost to
    one narrower phrase that inherits from each ("opgehelderde misdrijven" titled the total of crime).

    A news item's phrase that names a municipality is the place of one case and is not offered.
    """
    weights: dict[frozenset[str] | str, dict[str, float]] = {}
    stating: dict[frozenset[str] | str, dict[int, float]] = {}  # per phenomenon: member → kind weight
    for position, item in enumerate(evidence):
        named = item_phrase(item)
        event = is_event(item.span.source_id)
        if isinstance(item, TrendStatement) and _phrasing.states_an_action(item.text):
            continue  # "versnellen van hervormingen": an aim or agenda item, no phenomenon
        for phrase in phenomenon_phrases(_phrasing.unglued(named, item.text)) if named else []:
            if not usable(phrase) or (event and one_case(phrase)):
                continue
            key = _synonyms.concepts(phrase) or phrase.casefold()
            wordings = weights.setdefault(key, {})
            folded = next((w for w in wordings if w.casefold() == phrase.casefold()), phrase)
            wordings[folded] = wordings.get(folded, 0.0) + member_weight(item, position, is_event)
            stating.setdefault(key, {})[position] = _kind_weight(item, is_event)
    offers = []
    for key, wordings in weights.items():
        phrase = min(wordings, key=lambda w: (-round(wordings[w], 9), len(w), w))
        stated = sum(stating[key].values())
        offers.append(_Offer(phrase, sum(wordings.values()), content_stems(phrase), stated))
    return offers


def own_phrase(item: Evidence) -> str:
    """The phrase an evidence item could title a trend with on its own ("" when it has none): what it
    is about in its own words, cleaned as a title phrase is ("tijdens de pandemie" says when)."""
    offers = _offers([item])
    return offers[0].phrase if offers else ""


def _score(offer: _Offer, members: Sequence[tuple[float, frozenset[str]]]) -> float:
    """Weight × the share of the phrase that members repeat (weighted) × specificity × brevity."""
    total = sum(weight for weight, _ in members) or 1.0
    shared = sum(weight * len(offer.stems & stems) for weight, stems in members)
    repeated = shared / (total * len(offer.stems))
    specific = min(len(offer.stems), SPECIFIC_WORDS) / SPECIFIC_WORDS
    brevity = 1 / (1 + LENGTH_PENALTY * max(0, len(offer.phrase.split()) - SHORT_WORDS))
    return offer.weight * repeated * (1 - SPECIFICITY_SHARE + SPECIFICITY_SHARE * specific) * brevity


def _with_narrower(offers: list[_Offer]) -> list[_Offer]:
    """Of a phrase and one that narrows it down (`_narrows`: a kind, a place or another measure of
    what it names), the one the members state more (`_Offer.stated`, however central) also carries
    part of the other's weight; at a tie, the narrower one, so the most specific phrase the members
    share can win ("online fraude met nepberichten" over "online fraude").

    A narrower phrase that always carried the broader one's weight let a sub-measure title a report's
    headline: the crime analysis read "Afname van opgehelderde misdrijven" (four statements), not the
    fall of all crime (six), whenever the cluster borders put a few statements about cleared crimes
    near the centre. Now "misdrijven" carries "opgehelderde misdrijven", "vuurwapenmisdrijven" and
    "misdrijven tegen de openbare orde" there. The wordings of one phenomenon ("geregistreerde
    misdrijven", "het totale aantal misdrijven") are one offer already (`_offers`)."""
    concepts = [_synonyms.concepts(offer.phrase) for offer in offers]
    extra = [0.0] * len(offers)
    for n, (narrow, narrow_concepts) in enumerate(zip(offers, concepts, strict=True)):
        for b, (broad, broad_concepts) in enumerate(zip(offers, concepts, strict=True)):
            if _narrows(narrow_concepts, broad_concepts):
                heir, giver = (n, broad) if narrow.stated >= broad.stated else (b, narrow)
                extra[heir] += REFINED_SHARE * giver.weight
    return [dataclasses.replace(o, weight=o.weight + more) for o, more in zip(offers, extra, strict=True)]


def _narrows(narrow: frozenset[str], broad: frozenset[str]) -> bool:
    """Whether a phrase's concepts name a kind, place or measure of another's: each of the broader
    one's concepts is among them, itself or as a compound's head ("vuurwapen=criminaliteit" of
    "=criminaliteit"), and they are not the same."""
    return (
        bool(broad)
        and narrow != broad
        and all(any(n == b or (n.endswith(b) and len(b) >= COMPOUND_MIN) for n in narrow) for b in broad)
    )


def best_phrase(evidence: Sequence[Evidence], is_event: EventTest = never) -> str:
    """The phenomenon that names the members: a report's phrase, else the events' topic, else "".

    ``is_event`` tells a news item (an event) by its source id. A statement or figure of a report,
    poll or interview names the trend when one offers a usable phrase (`stated_phrase`); news items
    report events, not a phenomenon in their own words, so a cluster without such a phrase is named
    by the safety phenomenon its news items share (`event_topic`), or not at all.
    """
    return stated_phrase(evidence, is_event) or event_topic(events_of(evidence, is_event))


def events_of(evidence: Sequence[Evidence], is_event: EventTest) -> list[Evidence]:
    return [item for item in evidence if is_event(item.span.source_id)]


def stated_phrase(evidence: Sequence[Evidence], is_event: EventTest = never) -> str:
    """The phenomenon phrase the non-news members share most, weighted by kind, centrality and
    specificity; every member (news too) counts in how much of a phrase is repeated."""
    stated = [item for item in evidence if not is_event(item.span.source_id)]
    if _about_decisions(stated):
        return ""
    offers = _offers(stated, is_event)
    if not offers:
        return ""
    members = [
        (member_weight(item, position, is_event), content_stems(f"{item_phrase(item) or ''} {item.text}"))
        for position, item in enumerate(evidence)
    ]
    offers = _with_narrower(offers)
    scores = [_score(offer, members) for offer in offers]
    return offers[max(range(len(offers)), key=lambda i: (scores[i], -i))].phrase


def _about_decisions(stated: Sequence[Evidence]) -> bool:
    """Most of the statements name an administrative act or a body ("wijziging van de Kieswet",
    "vaststelling van de begroting"): the members are decisions of a decision list, and what is
    left (a figure's stray label) names no phenomenon of theirs."""
    named = [item_phrase(item) for item in stated if isinstance(item, TrendStatement)]
    acts = [names_a_body(name) for name in named if name]
    return bool(acts) and sum(acts) * 2 >= len(acts)
