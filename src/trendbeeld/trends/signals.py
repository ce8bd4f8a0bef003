"""How well a trend is backed (evidence strength) and whether it is emerging (growth of its events).

Both are computed from the trend's readable evidence and the metadata of the readable sources,
relative to the newest source date (not today), so the same store gives the same figures.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from trendbeeld.labels import label, number
from trendbeeld.model import (
    Change,
    Evidence,
    EvidenceStrength,
    Figure,
    Headline,
    SourceMeta,
    Trend,
    TrendStatement,
)
from trendbeeld.trends import events
from trendbeeld.trends._items import direction_of
from trendbeeld.trends._naming import FIGURE_WEIGHT  # a figure's weight in the trend's own vote
from trendbeeld.trends._synonyms import about_the_same
from trendbeeld.trends._words import item_phrase

BREADTH_SCALE = 3.0  # independent sources at which breadth reaches ~63 %
TYPES_FOR_FULL_VARIETY = 4
RECENCY_HALF_LIFE_YEARS = 2.0
WEIGHT_BREADTH, WEIGHT_VARIETY, WEIGHT_RECENCY = 0.55, 0.25, 0.20
# A stated voice: the publisher of a report, poll, interview, statistic or signal (not news).
STATED_SINGULAR, STATED_PLURAL = "rapport/peiling", "rapporten/peilingen"
MIXED = "mixed"  # the direction of a trend whose evidence conflicts (`Trend.conflicting`)
MIXED_LABEL = "wisselend"
OPPOSITE = {Change.UP: Change.DOWN, Change.DOWN: Change.UP}
# What a source that contradicts a rise or a fall reports, in the count of `describe`.
REPORTS = {Change.UP: "een stijging", Change.DOWN: "een daling"}
CONTESTED_ALPHA = 0.05  # `contested`: news items for a change must outnumber those against beyond chance


voice = events.voice


def strength(
    evidence: Sequence[Evidence],
    metas: Mapping[str, SourceMeta],
    reference: date | None,
    *,
    direction: Change | None = None,
) -> EvidenceStrength:
    """Independent sources (voices, as `support` counts them), source types, items and recency,
    with a 0–1 score. With the trend's ``direction``, sources that report the opposite do not back
    it (`support`)."""
    backing = support(evidence, metas, direction)
    source_ids = {e.span.source_id for e in evidence if e.span.source_id in metas} - backing.opposed
    types = {metas[s].type for s in source_ids}
    dated = [d for s in source_ids if (d := _date_of(s, evidence, metas)) is not None]
    latest = max(dated) if dated else None
    breadth = 1 - math.exp(-backing.voices / BREADTH_SCALE)
    variety = min(len(types), TYPES_FOR_FULL_VARIETY) / TYPES_FOR_FULL_VARIETY
    recency = 0.0
    if latest is not None and reference is not None:
        age_years = max((reference - latest).days, 0) / 365.25
        recency = 0.5 ** (age_years / RECENCY_HALF_LIFE_YEARS)
    score = WEIGHT_BREADTH * breadth + WEIGHT_VARIETY * variety + WEIGHT_RECENCY * recency
    return EvidenceStrength(
        backing.voices,
        len(types),
        len(evidence),
        latest,
        round(score, 4),
        n_stated=backing.stated,
        n_news=backing.news,
        n_news_items=backing.news_items,
        n_opposed_stated=backing.opposed_stated,
        n_opposed_news_items=backing.opposed_news_items,
        opposed_change=backing.reported,
    )


@dataclass(frozen=True, slots=True)
class Support:
    """Who backs a trend, counted per independent voice: reports, polls and interviews (publishers,
    organisations, authors) apart from news (outlets), so a pile of news items never passes for
    research. This is the one source count every view of a trend shows (`describe`)."""

    stated: int  # independent publishers of reports, polls, interviews and other non-news sources
    news: int  # independent news outlets that are not also a stated voice
    news_items: int  # news items (articles, a story and its update once), not the evidence in them
    # Sources whose members report the opposite of the trend's rise or fall (`opposing`): not counted
    # above, but said ("waarvan …": no reader should take them for backing, nor miss them).
    opposed: frozenset[str] = frozenset()
    opposed_stated: int = 0  # of them: independent voices of reports, polls, interviews
    opposed_news_items: int = 0  # of them: news items
    reported: Change | None = None  # what they report (the opposite of the trend's direction)

    @property
    def voices(self) -> int:
        """All independent voices: a publisher of reports that also has news items counts once."""
        return self.stated + self.news


def support(
    evidence: Sequence[Evidence], metas: Mapping[str, SourceMeta], direction: Change | None = None
) -> Support:
    """Independent voices behind ``evidence``: non-news sources and news outlets, each counted once.

    With the trend's ``direction`` (a rise or a fall), a source whose members report the opposite
    (`opposing`: "het aantal misdrijven in Zoetermeer weer gestegen" under "Afname van misdrijven")
    is no backing: it is left out of the count and counted apart (``opposed``). News items count per
    story: an item and its update (`events.same_story`) are one item."""
    source_ids = {e.span.source_id for e in evidence if e.span.source_id in metas}
    against = opposing(evidence, metas, direction)
    backing = source_ids - against
    news_ids = {s for s in backing if events.is_event(metas[s])}
    stated = events.stated_voices(backing - news_ids, metas)
    news = {voice(s, metas[s]) for s in news_ids} - stated
    against_news = {s for s in against if events.is_event(metas[s])}
    return Support(
        len(stated),
        len(news),
        len(events.stories(news_ids, metas)),
        opposed=frozenset(against),
        opposed_stated=len(events.stated_voices(against - against_news, metas)),
        opposed_news_items=len(events.stories(against_news, metas)),
        reported=OPPOSITE.get(direction) if against and direction is not None else None,
    )


def opposing(
    evidence: Sequence[Evidence], metas: Mapping[str, SourceMeta], direction: Change | None
) -> set[str]:
    """The sources whose members report the opposite of ``direction`` (a rise against a fall) more
    than the direction itself: statements count fully, figures half, as in the trend's own vote.
    A report that states the fall six times and a rise of one kind once backs the fall; a news item
    "Aantal misdrijven in Zoetermeer loopt na lange daling toch weer op" does not. A news item whose
    title states the change of what it speaks of is read by its title (`_title_votes`). Other directions
    (stable, shift, none: a mixed trend passes None) have no opposite, nor has a trend of news items
    only: its direction is that of the count of its items (`count_test`), not what they say."""
    opposite = OPPOSITE.get(direction) if direction is not None else None
    sources = {e.span.source_id for e in evidence if e.span.source_id in metas}
    if direction is None or opposite is None or all(events.is_event(metas[s]) for s in sources):
        return set()
    votes: dict[str, float] = {}
    for item in evidence:
        change = direction_of(item)
        if item.span.source_id not in metas or change not in (direction, opposite):
            continue
        weight = FIGURE_WEIGHT if isinstance(item, Figure) else 1.0
        votes[item.span.source_id] = votes.get(item.span.source_id, 0.0) + (
            weight if change is opposite else -weight
        )
    votes.update(_title_votes(evidence, metas, direction, opposite))
    return {source for source, net in votes.items() if net > 0}


def _title_votes(
    evidence: Sequence[Evidence], metas: Mapping[str, SourceMeta], direction: Change, opposite: Change
) -> dict[str, float]:
    """The vote of each news item whose title states the rise or fall of what its other members speak
    of (`_synonyms.about_the_same`): the title says what the item reports, its lead may recall the past
    ("Registratie criminaliteit licht gestegen" over "De afgelopen vijf jaar daalde het aantal
    geregistreerde misdrijven consequent"). Net of the title's statements, positive for ``opposite``."""
    by_source: dict[str, list[Evidence]] = {}
    for item in evidence:
        meta = metas.get(item.span.source_id)
        if meta is not None and events.is_event(meta):
            by_source.setdefault(item.span.source_id, []).append(item)
    votes: dict[str, float] = {}
    for source_id, items in by_source.items():
        title_end = len(metas[source_id].title or "")
        titled = [i for i in items if i.span.end <= title_end and isinstance(i, TrendStatement)]
        said = [p for i in items if i not in titled and (p := item_phrase(i))]
        net = sum(
            1.0 if item.direction is opposite else -1.0
            for item in titled
            if item.direction in (direction, opposite) and about_the_same(item.phenomenon, said)
        )
        if net:
            votes[source_id] = net
    return votes


def support_of(found: EvidenceStrength) -> Support:
    """The `Support` a computed strength carries."""
    return Support(
        found.n_stated, found.n_news, found.n_news_items,
        opposed_stated=found.n_opposed_stated, opposed_news_items=found.n_opposed_news_items,
        reported=found.opposed_change,
    )


def describe(backing: Support) -> str:
    """The source count as every view of a trend shows it, in Dutch:
    ``4 bronnen: 3 rapporten/peilingen, 1 nieuwsmedium (1.212 berichten)``; sources that report the
    opposite follow apart: ``…; 2 berichten melden juist een stijging``."""
    parts = []
    if backing.stated:
        parts.append(_count(backing.stated, STATED_SINGULAR, STATED_PLURAL))
    if backing.news:
        items = _count(backing.news_items, "bericht", "berichten")
        parts.append(f"{_count(backing.news, 'nieuwsmedium', 'nieuwsmedia')} ({items})")
    total = _count(backing.voices, "bron", "bronnen")
    shown = f"{total}: {', '.join(parts)}" if parts else total
    return f"{shown}; {against}" if (against := describe_opposed(backing)) else shown


def describe_opposed(backing: Support) -> str:
    """The sources that report the opposite, in Dutch: ``1 rapport/peiling en 2 berichten melden juist
    een stijging``; empty without them."""
    if backing.reported is None:
        return ""
    parts = []
    if backing.opposed_stated:
        parts.append(_count(backing.opposed_stated, STATED_SINGULAR, STATED_PLURAL))
    if backing.opposed_news_items:
        parts.append(_count(backing.opposed_news_items, "bericht", "berichten"))
    if not parts:
        return ""
    many = backing.opposed_stated + backing.opposed_news_items > 1
    return f"{' en '.join(parts)} meld{'en' if many else 't'} juist {REPORTS[backing.reported]}"


def contested(backing: Support) -> bool:
    """Whether the opposite of the trend's rise or fall is reported about as often as the change
    itself by one kind of source: the news items for it are not significantly more than those
    against (`_clearly_more`), or as many report voices are against as for. Such a trend rests on
    what is left, often a single report ("Afname van misdrijven": 1 report and 6 news items for, 5
    news items "Aantal misdrijven in Zoetermeer loopt na lange daling toch weer op" against); every
    view says so."""
    if backing.reported is None:
        return False
    against = backing.opposed_news_items
    news = against > 0 and not _clearly_more(backing.news_items, against)
    stated = backing.stated > 0 and backing.opposed_stated >= backing.stated
    return news or stated


def _clearly_more(for_: int, against: int) -> bool:
    """Whether ``for_`` of ``for_ + against`` items is more than chance would give if each went either
    way: the one-sided sign test at ``CONTESTED_ALPHA`` (10 for 1 against is, 6 for 5 is not)."""
    from scipy.stats import binomtest  # as events.count_test; scipy loads only when a trend is contested

    return float(binomtest(for_, for_ + against, 0.5, alternative="greater").pvalue) < CONTESTED_ALPHA


def _count(n: int, singular: str, plural: str) -> str:
    """``1 bron``, ``1.212 berichten``: Dutch thousands separators, the noun in number."""
    return f"{number(n)} {singular if n == 1 else plural}"


def shown_direction(trend: Trend) -> tuple[str, str] | None:
    """The direction every view of ``trend`` shows, as (key, Dutch label): ``("mixed", "wisselend")``
    when its evidence conflicts, whatever single direction won the count; None without a direction."""
    if trend.conflicting:
        return MIXED, MIXED_LABEL
    return (trend.direction.value, label(trend.direction)) if trend.direction else None


def _date_of(source_id: str, evidence: Sequence[Evidence], metas: Mapping[str, SourceMeta]) -> date | None:
    meta_date = metas[source_id].date
    if meta_date is not None:
        return meta_date
    dated = [e.date for e in evidence if isinstance(e, Headline) and e.span.source_id == source_id and e.date]
    return max(dated) if dated else None


def emerging(
    evidence: Sequence[Evidence],
    metas: Mapping[str, SourceMeta],
    reference: date | None,
    *,
    exposure: events.Exposure | None = None,
) -> float:
    """0–1: how much the trend's events (news items) grew lately against its own baseline.

    The score comes from the trend's event counts per month: the Poisson rate test of the last
    ``events.RECENT_MONTHS`` months against the months before, with all news per month as exposure
    (see `trendbeeld.trends.events`); growth counts as far as the test is confident and at least
    ``events.MIN_VOICES`` outlets report it. Without a reference date there is no signal.
    """
    if reference is None:
        return 0.0
    exposure = exposure or events.Exposure(metas)
    sources = sorted({e.span.source_id for e in evidence if e.span.source_id in metas})
    signal = events.event_signal(((s, metas[s]) for s in sources), exposure)
    return signal.score if signal is not None else 0.0


def count_test(
    evidence: Sequence[Evidence], metas: Mapping[str, SourceMeta], exposure: events.Exposure | None = None
) -> events.EventSignal | None:
    """The event-count test of a trend of news items only (None for any other trend): the test its
    title and direction follow ("Meer berichten over …")."""
    sources = sorted({e.span.source_id for e in evidence if e.span.source_id in metas})
    if not sources or any(not events.is_event(metas[s]) for s in sources):
        return None
    return events.event_signal(((s, metas[s]) for s in sources), exposure or events.Exposure(metas))


def describe_test(signal: events.EventSignal) -> str:
    """The event-count test as every view of a news-only trend shows it, in Dutch: ``Toets op aantallen
    berichten: 27 dagen met berichten in de laatste 3 maanden, 143 in de maanden daarvoor, naar
    verhouding van al het nieuws 2,6 keer zo vaak; q = 0,001``. The q is that of the direction the
    counts went (`events.EventSignal.q` for more, ``q_fewer`` for fewer), adjusted for all tests."""
    q = signal.q if signal.rate_ratio >= 1 else signal.q_fewer
    q_text = "q < 0,001" if q < 0.001 else f"q = {number(q, decimals=3)}"
    days = _count(signal.recent, "dag", "dagen")
    ratio = (
        f", naar verhouding van al het nieuws {number(signal.rate_ratio, decimals=1)} keer zo vaak"
        if math.isfinite(signal.rate_ratio)
        else ""
    )
    return (
        f"Toets op aantallen berichten: {days} met berichten in de laatste {events.RECENT_MONTHS} maanden, "
        f"{number(signal.baseline)} in de maanden daarvoor{ratio}; {q_text}"
    )


def reference_date(metas: Mapping[str, SourceMeta]) -> date | None:
    """The newest source date: recency and emergence are measured from here."""
    found = [m.date for m in metas.values() if m.date is not None]
    return max(found) if found else None
