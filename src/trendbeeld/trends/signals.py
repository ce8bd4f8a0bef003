"""How well a trend is backed (evidence strength) and whether it is emerging (growth, bursts).

Both are computed from the trend's readable evidence and the metadata of the readable sources,
relative to the newest source date (not today), so the same store gives the same figures.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date

from trendbeeld.model import Evidence, EvidenceStrength, Headline, SourceMeta

BREADTH_SCALE = 3.0  # independent sources at which breadth reaches ~63 %
TYPES_FOR_FULL_VARIETY = 4
RECENCY_HALF_LIFE_YEARS = 2.0
WEIGHT_BREADTH, WEIGHT_VARIETY, WEIGHT_RECENCY = 0.55, 0.25, 0.20
RECENT_DAYS = 365
LIFT_SMOOTHING = 0.5
BURST_SCALE = 3.0
WEIGHT_LIFT, WEIGHT_BURST = 0.6, 0.4
MIN_RECENT_VOICES = 2


def voice(source_id: str, meta: SourceMeta) -> str:
    """Who speaks in a source: sources of one publisher or outlet are not independent."""
    for name in (meta.publisher, meta.organisation, meta.author):
        if name and name.strip():
            return name.strip().casefold()
    return source_id


def strength(
    evidence: Sequence[Evidence], metas: Mapping[str, SourceMeta], reference: date | None
) -> EvidenceStrength:
    """Independent sources (voices), source types, items and recency, with a 0–1 score."""
    source_ids = {e.span.source_id for e in evidence if e.span.source_id in metas}
    voices = {voice(s, metas[s]) for s in source_ids}
    types = {metas[s].type for s in source_ids}
    dated = [d for s in source_ids if (d := _date_of(s, evidence, metas)) is not None]
    latest = max(dated) if dated else None
    breadth = 1 - math.exp(-len(voices) / BREADTH_SCALE)
    variety = min(len(types), TYPES_FOR_FULL_VARIETY) / TYPES_FOR_FULL_VARIETY
    recency = 0.0
    if latest is not None and reference is not None:
        age_years = max((reference - latest).days, 0) / 365.25
        recency = 0.5 ** (age_years / RECENCY_HALF_LIFE_YEARS)
    score = WEIGHT_BREADTH * breadth + WEIGHT_VARIETY * variety + WEIGHT_RECENCY * recency
    return EvidenceStrength(len(voices), len(types), len(evidence), latest, round(score, 4))


def _date_of(source_id: str, evidence: Sequence[Evidence], metas: Mapping[str, SourceMeta]) -> date | None:
    meta_date = metas[source_id].date
    if meta_date is not None:
        return meta_date
    dated = [e.date for e in evidence if isinstance(e, Headline) and e.span.source_id == source_id and e.date]
    return max(dated) if dated else None


def emerging(evidence: Sequence[Evidence], metas: Mapping[str, SourceMeta], reference: date | None) -> float:
    """0–1: how much more this trend is mentioned lately than the corpus as a whole, across voices.

    ``lift`` compares the trend's share of voices in the last ``RECENT_DAYS`` with the corpus's
    share; ``burst`` is the largest excess of a year's voices over what the corpus's yearly
    volume predicts (a Poisson z-score). One voice alone is no signal: the score is scaled down
    until ``MIN_RECENT_VOICES`` recent voices back it.
    """
    if reference is None:
        return 0.0
    mentions = {}
    for e in evidence:
        meta = metas.get(e.span.source_id)
        if meta is not None and meta.date is not None:
            mentions[voice(e.span.source_id, meta), meta.date.year] = meta.date
    corpus = [m.date for m in metas.values() if m.date is not None]
    if not mentions or not corpus:
        return 0.0
    recent = {v for (v, _), d in mentions.items() if (reference - d).days <= RECENT_DAYS}
    share = len(recent) / len({v for v, _ in mentions})
    corpus_share = sum((reference - d).days <= RECENT_DAYS for d in corpus) / len(corpus)
    lift = (share + LIFT_SMOOTHING) / (corpus_share + LIFT_SMOOTHING)
    burst = _burst(Counter(year for _, year in mentions), Counter(d.year for d in corpus), reference.year)
    score = WEIGHT_LIFT * math.tanh(max(lift - 1, 0) * 2) + WEIGHT_BURST * math.tanh(
        max(burst, 0) / BURST_SCALE
    )
    score *= min(len(recent), MIN_RECENT_VOICES) / MIN_RECENT_VOICES
    return round(min(max(score, 0.0), 1.0), 4)


def _burst(trend_years: Counter[int], corpus_years: Counter[int], last_year: int) -> float:
    total, corpus_total = sum(trend_years.values()), sum(corpus_years.values())
    best = 0.0
    for year in (last_year - 1, last_year):
        expected = total * corpus_years.get(year, 0) / corpus_total
        best = max(best, (trend_years.get(year, 0) - expected) / math.sqrt(expected + 1))
    return best


def reference_date(metas: Mapping[str, SourceMeta]) -> date | None:
    """The newest source date: recency and emergence are measured from here."""
    found = [m.date for m in metas.values() if m.date is not None]
    return max(found) if found else None
