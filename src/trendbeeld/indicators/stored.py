"""The questions of ``trendbeeld indicators compare / rank / check``, asked of the stored series.

The comparisons themselves are in ``compare``; this module finds the series in the store, resolves
region names and says in Dutch what is missing, so that the Python API answers what the CLI answers
and the CLI only parses options and prints.

* :func:`compare_region`: a region against Nederland, with rates per 1,000 inhabitants when the
  series are absolute counts (the index of counts mostly measures a region's size).
* :func:`rank_regions`: the regions of one level ranked by value or by rate.
* :func:`find_contradictions`: registration against survey (pairs from YAML) and what the sources
  say about rises and falls against the figures.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from trendbeeld.errors import NotFound
from trendbeeld.indicators import regions
from trendbeeld.indicators.compare import (
    NATIONAL,
    NOT_UNAMBIGUOUS,
    ClaimCheck,
    PairCheck,
    RankRow,
    RegionComparison,
    against_national,
    check_claims,
    check_pairs,
    is_count,
    load_pairs,
    rank,
    rate_comparison,
)
from trendbeeld.model import AccessLevel, RegionLevel, Series, Source
from trendbeeld.store import Store
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import sources as source_store
from trendbeeld.store.indicators import import_tables, list_series

NAMES_HINT = "Zie 'trendbeeld indicators list' voor de namen"


def series_of(store: Store, indicator: str, *, access: AccessLevel | str) -> list[Series]:
    """The stored series of ``indicator`` readable at ``access``; NotFound when there are none."""
    found = list_series(store, indicator=indicator, access=access)
    if not found:
        raise NotFound(f"geen reeksen voor indicator '{indicator}'", hint=NAMES_HINT)
    return found


def region_code(region: str) -> str:
    """The code of a region given by code or name (``Rotterdam`` → ``GM0599``); unknown text as given."""
    return regions.resolve(region) or region


# --------------------------------------------------------------------------- region against country


@dataclass(frozen=True, slots=True)
class StoredComparison:
    """A stored region against Nederland (``compare``), and per 1,000 inhabitants for counts."""

    comparison: RegionComparison
    counts: bool  # absolute counts: the index says more about the region's size than about frequency
    rates: RegionComparison | None  # per 1,000 inhabitants; None for rates or an unknown population


def compare_region(
    store: Store, indicator: str, region: str, *, access: AccessLevel | str
) -> StoredComparison:
    """``region`` (code or name) against Nederland on ``indicator``; NotFound when a series is missing."""
    code = region_code(region)
    by_region = {s.region: s for s in series_of(store, indicator, access=access)}
    own, country = by_region.get(code), by_region.get(NATIONAL)
    if own is None or country is None:
        missing = regions.name_of(code) if own is None else f"Nederland ({NATIONAL})"
        raise NotFound(f"'{indicator}' heeft geen reeks voor {missing}", hint=NAMES_HINT)
    counts = is_count(own)
    rates = rate_comparison(own, country) if counts else None
    return StoredComparison(against_national(own, country), counts, rates)


# --------------------------------------------------------------------------- rankings


def rank_regions(
    store: Store,
    indicator: str,
    *,
    access: AccessLevel | str,
    level: RegionLevel = RegionLevel.MUNICIPALITY,
    period: str | None = None,
    per_1000: bool = False,
    descending: bool = True,
) -> list[RankRow]:
    """The regions of ``level`` ranked on ``indicator`` in ``period`` (default: each one's last),
    by value or ``per_1000`` inhabitants; NotFound when no region of that level has a value."""
    series = [s for s in series_of(store, indicator, access=access) if regions.level_of(s.region) is level]
    rows = rank(series, period=period, by="rate" if per_1000 else "value",
                population=regions.inhabitants() if per_1000 else None, descending=descending)
    if not rows:
        where = f" in {period}" if period else ""
        raise NotFound(f"geen waarden voor '{indicator}' op niveau {level.value}{where}", hint=NAMES_HINT)
    return rows


# --------------------------------------------------------------------------- contradictions


class _SourcesOnDemand(Mapping[str, Source]):
    """The store's sources by id, read when first asked for: a claim needs its source's date and
    text, and only claims that match a series ask."""

    def __init__(self, store: Store, access: AccessLevel) -> None:
        self._store, self._access = store, access
        self._read: dict[str, Source | None] = {}

    def __getitem__(self, source_id: str) -> Source:
        if source_id not in self._read:
            self._read[source_id] = source_store.get(self._store, source_id, access=self._access)
        found = self._read[source_id]
        if found is None:
            raise KeyError(source_id)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(k for k, v in self._read.items() if v is not None)

    def __len__(self) -> int:
        return sum(v is not None for v in self._read.values())


@dataclass(frozen=True, slots=True)
class Contradictions:
    """What ``check`` found: pairs of registration and survey, and claims of the sources."""

    pairs: tuple[PairCheck, ...]
    claims: tuple[ClaimCheck, ...]

    @property
    def flagged(self) -> int:
        """Pairs without one picture plus claims the figures contradict or do not confirm."""
        return sum(p.status == NOT_UNAMBIGUOUS for p in self.pairs) + sum(c.flagged for c in self.claims)


def find_contradictions(
    store: Store,
    *,
    access: AccessLevel | str,
    pairs: Path | str | None = None,
    region: str | None = None,
    claims: bool = True,
) -> Contradictions:
    """Registration against survey for the ``pairs`` file (YAML, see docs/indicators.md), in
    ``region`` (code or name) or every region, and, with ``claims``, the sources' statements about
    rises and falls readable at ``access`` against the stored figures."""
    series: Sequence[Series] = list_series(store, access=access)
    code = region_code(region) if region else None
    pair_checks = check_pairs(load_pairs(pairs), series, region=code) if pairs is not None else []
    claim_checks: list[ClaimCheck] = []
    if claims:
        level = AccessLevel(access)
        evidence = evidence_store.list_evidence(store, access=level)
        claim_checks = check_claims(evidence, series, sources=_SourcesOnDemand(store, level),
                                    tables=import_tables(store))
    return Contradictions(tuple(pair_checks), tuple(claim_checks))
