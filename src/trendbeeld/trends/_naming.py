"""The phrase that names a candidate trend: the phenomenon most of its members share.

Every member offers its phenomenon (a trend statement) or indicator (a figure) as candidate
phrases (`_title_phrases`), kept when usable (`_phrase_checks`). A phrase scores by the weight of
the members offering it (statements over figures, reports over news, central members over outlying
ones, plus part of the weight of the phrases it refines), by how much of it the members repeat, and
by how specific yet short it is. News items name no phenomenon of their own: a cluster without a
stated phrase is named by the events' topic (`_event_topics`), or not at all.
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
from trendbeeld.trends._words import content_stems, item_phrase

FIGURE_WEIGHT = 0.5  # a figure's indicator counts half a trend statement's phenomenon
EVENT_WEIGHT = 0.5  # a news item's phrase counts half a report's: news reports events
CENTRALITY_DECAY = 0.15  # member at rank r weighs 1 / (1 + decay * r)
SPECIFIC_WORDS = 3  # content words at which a phrase counts as fully specific
SPECIFICITY_SHARE = 0.6  # how much of a phrase's score hangs on its specificity
REFINED_SHARE = 0.5  # share of a narrower phrase's weight that a phrase refining it carries
SHORT_WORDS = 4  # words a phrase may have before each further word costs LENGTH_PENALTY
LENGTH_PENALTY = 0.1


@dataclass(frozen=True, slots=True)
class _Offer:
    """A candidate title phrase, the weight of the members offering it and its content stems."""

    phrase: str
    weight: float
    stems: frozenset[str]


EventTest = Callable[[str], bool]  # source id → is the source an event (a news item)?


def never(_source_id: str) -> bool:
    return False


def member_weight(item: Evidence, position: int, is_event: EventTest = never) -> float:
    """Statements over figures, reports over news (an event), central members over outlying ones."""
    kind = 1.0 if isinstance(item, TrendStatement) else FIGURE_WEIGHT
    if is_event(item.span.source_id):
        kind *= EVENT_WEIGHT
    return kind / (1.0 + CENTRALITY_DECAY * position)


def _offers(evidence: Sequence[Evidence], is_event: EventTest = never) -> list[_Offer]:
    """The usable phrases of the members, first seen first; phrases that name one phenomenon
    (`_synonyms.concepts`: "het aantal misdrijven", "het aantal geregistreerde misdrijven",
    "hoeveelheid criminaliteit") are one offer with their weights together, worded as the phrase
    that weighs most among them (ties: the shorter). Counted apart, a phenomenon's wordings lost to
    one narrower phrase that inherits from each ("opgehelderde misdrijven" titled the total of crime).

    A news item's phrase that names a municipality is the place of one case and is not offered.
    """
    weights: dict[frozenset[str] | str, dict[str, float]] = {}
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
    offers = []
    for wordings in weights.values():
        phrase = min(wordings, key=lambda w: (-round(wordings[w], 9), len(w), w))
        offers.append(_Offer(phrase, sum(wordings.values()), content_stems(phrase)))
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
    """Each phrase also carries the weight of the phrases it refines ("geregistreerde misdrijven"
    carries "misdrijven"), so the most specific phrase the members share can win."""
    refined = [sum(o.weight for o in offers if o.stems < offer.stems) for offer in offers]
    return [
        dataclasses.replace(offer, weight=offer.weight + REFINED_SHARE * extra)
        for offer, extra in zip(offers, refined, strict=True)
    ]


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
