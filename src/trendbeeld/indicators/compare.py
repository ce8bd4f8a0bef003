"""Comparisons: region against the country, rankings, registration against survey, text against data.

* ``against_national``: index (national = 100) per common period and the growth difference in
  percentage points between the first and last common period.
* ``rank``: municipalities (or any regions) by value or by rate per 1,000 inhabitants, ties sharing
  a rank (1, 2, 2, 4).
* ``check_pairs`` / ``contradictions``: a registration series and a survey series of the same
  phenomenon (configured as ``{phenomenon: {registration: …, survey: …}}``, e.g. from YAML) are
  assessed over their common periods; when both can be tested and their directions differ, the
  picture is flagged *geen eenduidig beeld*.
* ``check_claims``: extracted figures and trend statements that say something rises or falls are
  matched to series by stemmed keywords and checked against the series' verdict.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trendbeeld.errors import ConfigError
from trendbeeld.indicators.verdicts import DUTCH, assess, period_key
from trendbeeld.model import (
    Change,
    Contradiction,
    Direction,
    Evidence,
    Figure,
    Series,
    SeriesVerdict,
    TrendStatement,
    evidence_id,
)
from trendbeeld.stemming import stems
from trendbeeld.userfiles import load_yaml

NATIONAL = "NL01"
NOT_UNAMBIGUOUS = "geen eenduidig beeld"


# --------------------------------------------------------------------------- region against country


@dataclass(frozen=True)
class RegionComparison:
    """A region against the national figure over their common periods."""

    indicator: str
    region: str
    national: str
    index: tuple[tuple[str, float], ...]  # (period, region / national × 100)
    first_period: str
    last_period: str
    region_growth_pct: float | None
    national_growth_pct: float | None
    growth_gap_pp: float | None  # region growth minus national growth, in percentage points


_RATE_NAME = re.compile(r"per\s*1[.\s]?000|relatief|%|procent|percentage|gemiddeld|index|score|cijfer",
                        re.IGNORECASE)


def is_count(series: Series) -> bool:
    """True for absolute counts (unit "count", or no unit and a name that states no rate or share)."""
    if series.unit:
        return series.unit == "count"
    return not _RATE_NAME.search(series.indicator)


def rate_comparison(region: Series, national: Series) -> RegionComparison | None:
    """``against_national`` on rates per 1,000 inhabitants, or None when a population is unknown."""
    from trendbeeld.indicators import regions

    try:
        return against_national(regions.per_1000(region), regions.per_1000(national))
    except ConfigError:
        return None


def _values(series: Series) -> dict[str, float]:
    return {o.period: o.value for o in series.observations}


def _growth(first: float, last: float) -> float | None:
    return None if first == 0 else (last - first) / abs(first) * 100.0


def against_national(region: Series, national: Series) -> RegionComparison:
    """Index (national = 100) per common period and the growth gap in percentage points."""
    own, country = _values(region), _values(national)
    common = sorted(set(own) & set(country), key=lambda p: period_key(p)[1])
    if not common:
        raise ConfigError(f"{region.indicator!r}: regio {region.region} en {national.region} hebben geen "
                          "gemeenschappelijke perioden", hint="Vergelijk reeksen over dezelfde jaren.")
    index = tuple((p, own[p] / country[p] * 100.0) for p in common if country[p] != 0)
    first, last = common[0], common[-1]
    region_growth = _growth(own[first], own[last]) if len(common) > 1 else None
    national_growth = _growth(country[first], country[last]) if len(common) > 1 else None
    gap = None if region_growth is None or national_growth is None else region_growth - national_growth
    return RegionComparison(region.indicator, region.region, national.region, index, first, last,
                            region_growth, national_growth, gap)


# --------------------------------------------------------------------------- rankings


@dataclass(frozen=True)
class RankRow:
    rank: int
    region: str
    value: float
    tied: bool


def rank(series: Iterable[Series], *, period: str | None = None, by: str = "value",
         population: Mapping[str, float] | None = None, descending: bool = True) -> list[RankRow]:
    """Regions ranked by their value in ``period`` (default: each series' last period) or by rate.

    ``by="rate"`` divides by ``population`` (inhabitants per region code) × 1,000; regions without a
    population or without a value in ``period`` are left out. Equal values share the best rank.
    """
    if by not in ("value", "rate"):
        raise ConfigError(f"onbekende rangorde {by!r}",
                          hint="Kies 'value' (waarde) of 'rate' (per 1.000 inwoners).")
    if by == "rate" and population is None:
        raise ConfigError("rangorde per 1.000 inwoners zonder inwonertallen", hint="Geef population mee.")
    scored: list[tuple[str, float]] = []
    for s in series:
        values = _values(s)
        if not values:
            continue
        when = period or max(values, key=lambda p: period_key(p)[1])
        if when not in values:
            continue
        value = values[when]
        if by == "rate":
            inhabitants = (population or {}).get(s.region)
            if not inhabitants:
                continue
            value = value / inhabitants * 1000.0
        scored.append((s.region, value))
    scored.sort(key=lambda item: (-item[1] if descending else item[1], item[0]))
    counts = Counter(value for _, value in scored)
    rows: list[RankRow] = []
    for position, (region, value) in enumerate(scored, start=1):
        shared = rows[-1].rank if rows and rows[-1].value == value else position
        rows.append(RankRow(shared, region, value, counts[value] > 1))
    return rows


# --------------------------------------------------------------------------- registration against survey


@dataclass(frozen=True)
class IndicatorPair:
    """A registration series and a survey series measuring the same phenomenon."""

    phenomenon: str
    registration: str
    survey: str


@dataclass(frozen=True)
class PairCheck:
    """The verdicts on one pair in one region and what they say together."""

    pair: IndicatorPair
    region: str
    registration: SeriesVerdict
    survey: SeriesVerdict
    status: str  # "eenduidig", "geen eenduidig beeld" or "te weinig gegevens"
    note: str


def load_pairs(source: Mapping[str, Any] | str | Path) -> list[IndicatorPair]:
    """Pairs from a mapping or a YAML file: ``{phenomenon: {registration: ind, survey: ind}}``.

    A two-item list ``[registration, survey]`` is accepted as well.
    """
    path: Path | None = None
    data: Any = source
    if isinstance(source, (str, Path)):
        path = Path(source)
        data = load_yaml(path, what="het bestand met paren")
        if isinstance(data, dict) and "pairs" in data:
            data = data["pairs"]
    if not isinstance(data, Mapping):
        raise ConfigError("paren moeten een lijst 'verschijnsel: {registration: …, survey: …}' zijn",
                          path=path, hint="Zie docs/indicators.md voor een voorbeeld.")
    pairs = []
    for phenomenon, spec in data.items():
        if isinstance(spec, Mapping) and {"registration", "survey"} <= set(spec):
            registration, survey = spec["registration"], spec["survey"]
        elif isinstance(spec, (list, tuple)) and len(spec) == 2:
            registration, survey = spec
        else:
            raise ConfigError(f"paar {phenomenon!r} mist 'registration' of 'survey'", path=path,
                              hint="Schrijf: verschijnsel: {registration: <indicator>, survey: <indicator>}")
        pairs.append(IndicatorPair(str(phenomenon), str(registration), str(survey)))
    return pairs


def _restrict(series: Series, periods: set[str]) -> Series:
    kept = tuple(o for o in series.observations if o.period in periods)
    return Series(series.indicator, series.region, kept, series.unit, series.source, series.access)


def _pair_check(pair: IndicatorPair, registration: Series, survey: Series) -> PairCheck:
    common = set(_values(registration)) & set(_values(survey))
    if len(common) >= 2:
        registration, survey = _restrict(registration, common), _restrict(survey, common)
    reg, sur = assess(registration), assess(survey)
    if Direction.INSUFFICIENT in (reg.direction, sur.direction):
        status = "te weinig gegevens"
        note = (f"{pair.phenomenon}: niet te vergelijken, te weinig gegevens "
                f"(registratie {reg.n}, enquête {sur.n} perioden)")
    elif reg.direction is sur.direction:
        status = "eenduidig"
        note = f"{pair.phenomenon}: registratie en enquête zijn beide {DUTCH[reg.direction]}"
    else:
        status = NOT_UNAMBIGUOUS
        note = (f"{pair.phenomenon}: {NOT_UNAMBIGUOUS} — registratie {DUTCH[reg.direction]}, "
                f"enquête {DUTCH[sur.direction]} ({reg.first_period}–{reg.last_period})")
    return PairCheck(pair, registration.region, reg, sur, status, note)


def check_pairs(pairs: Sequence[IndicatorPair], series: Iterable[Series], *,
                region: str | None = None) -> list[PairCheck]:
    """Every pair in every region (or only ``region``) where both series exist."""
    by_key = {(s.indicator, s.region): s for s in series}
    regions = sorted({r for _, r in by_key} if region is None else {region})
    checks = []
    for pair in pairs:
        for code in regions:
            reg, sur = by_key.get((pair.registration, code)), by_key.get((pair.survey, code))
            if reg is not None and sur is not None:
                checks.append(_pair_check(pair, reg, sur))
    return checks


def contradictions(pairs: Sequence[IndicatorPair], series: Iterable[Series], *,
                   region: str | None = None) -> list[Contradiction]:
    """The pairs flagged *geen eenduidig beeld*: both tested, directions differ."""
    return [Contradiction(c.pair.phenomenon, c.registration, c.survey, c.note)
            for c in check_pairs(pairs, series, region=region) if c.status == NOT_UNAMBIGUOUS]


# --------------------------------------------------------------------------- text against data


@dataclass(frozen=True)
class ClaimCheck:
    """An extracted statement about a rise or fall, checked against the matching series."""

    evidence_id: str
    text: str
    claimed: Change
    indicator: str
    region: str
    verdict: SeriesVerdict
    status: str  # "bevestigd", "tegengesproken", "niet bevestigd", "niet te toetsen"
    flagged: bool
    note: str


# Function words that say nothing about which indicator is meant (stemmed at use).
_GENERIC = {
    "aantal", "het", "de", "een", "van", "in", "is", "zijn", "en", "of", "op", "met", "tot", "sinds",
    "tussen", "naar", "dan", "voor", "die", "dat", "deze", "dit", "er", "hier", "jaar", "jaren", "periode",
    "hoeveelheid", "categorie", "soorten", "andere", "meeste", "procent",
}
_STOP = {s for w in _GENERIC for s in stems(w)}
# "sinds 2018", and "sinds het dieptepunt van 742.992 misdrijven in 2021": the first year in the clause.
_SINCE = re.compile(r"\bsinds\b(?:[^.;:!?]|(?<=\d)[.,](?=\d)){0,80}?\b((?:19|20)\d\d)\b", re.IGNORECASE)
_BETWEEN = re.compile(
    r"\b(?:tussen|van)\s+((?:19|20)\d\d)\s+(?:en|tot(?: en met)?|naar|-|–)\s+((?:19|20)\d\d)\b", re.IGNORECASE
)
_EXPECTED = {Change.UP: Direction.RISING, Change.DOWN: Direction.FALLING, Change.STABLE: Direction.STABLE}
MATCH_THRESHOLD = 0.5


def _keywords(text: str) -> set[str]:
    return {s for s in stems(text) if s not in _STOP and not s.isdigit() and len(s) > 1}


def _split(indicator: str) -> tuple[set[str], set[str]]:
    """Subject and measure keywords: "Vuurwapenmisdrijven — Totaal geregistreerde misdrijven"."""
    subject, _, measure = indicator.partition(" — ")
    return _keywords(subject), _keywords(measure)


def _claim_subject(item: Figure | TrendStatement) -> str:
    if isinstance(item, TrendStatement):
        return f"{item.phenomenon} {item.text}"
    return f"{item.indicator or ''} {item.text}"


def _window(text: str, series: Series) -> Series:
    """The part of ``series`` the claim speaks about: "sinds 2018", "tussen 2010 en 2021"."""
    lo = hi = None
    if m := _BETWEEN.search(text):
        lo, hi = sorted((int(m.group(1)), int(m.group(2))))
    elif m := _SINCE.search(text):
        lo = int(m.group(1))
    if lo is None:
        return series
    kept = tuple(o for o in series.observations
                 if lo <= int(o.period[:4]) and (hi is None or int(o.period[:4]) <= hi))
    return Series(series.indicator, series.region, kept, series.unit, series.source, series.access)


def _outside(series: Series) -> SeriesVerdict:
    """The verdict for a claim about years the series does not cover: not testable, with its span."""
    periods = sorted((o.period for o in series.observations), key=lambda p: period_key(p)[1])
    return SeriesVerdict(series.indicator, series.region, periods[0] if periods else None,
                         periods[-1] if periods else None, 0, Direction.INSUFFICIENT)


def _region_code(name: str | None) -> str | None:
    if not name:
        return None
    from trendbeeld.indicators import regions

    return regions.resolve(name)


class _Matcher:
    """Stemmed, IDF-weighted matching of a statement to an indicator's subject, then its measure."""

    def __init__(self, series: Sequence[Series]) -> None:
        self.series = series
        self.parts = [_split(s.indicator) for s in series]
        subjects = {frozenset(subject) for subject, _ in self.parts}
        counts = Counter(w for subject in subjects for w in subject)
        self.weights = {w: math.log(1 + len(subjects) / n) for w, n in counts.items()}
        self.by_region: dict[str, list[int]] = {}
        for i, s in enumerate(series):
            self.by_region.setdefault(s.region, []).append(i)

    def best(self, item: Figure | TrendStatement) -> Series | None:
        claim = _keywords(_claim_subject(item))
        known = claim & self.weights.keys()
        region = _region_code(item.region if isinstance(item, Figure) else None) or NATIONAL
        best: tuple[float, float, int, str] | None = None
        chosen: Series | None = None
        if not known:
            return None
        for i in self.by_region.get(region, []):
            s, (subject, measure) = self.series[i], self.parts[i]
            if not subject:
                continue
            shared = known & subject
            score = sum(self.weights[w] for w in shared) / sum(self.weights[w] for w in known | subject)
            if score < MATCH_THRESHOLD:
                continue
            key = (score, len(claim & measure) / (len(measure) or 1), -len(measure), s.indicator)
            if best is None or key[:3] > best[:3] or (key[:3] == best[:3] and key[3] < best[3]):
                best, chosen = key, s
        return chosen


def check_claims(evidence: Iterable[Evidence], series: Sequence[Series], *,
                 alpha: float = 0.05, sentences: Mapping[str, str] | None = None) -> list[ClaimCheck]:
    """Rise/fall statements matched to series (stemmed keywords, best IDF-weighted overlap) and checked.

    Only statements with a direction (up, down, stable) that match a series are returned. The
    indicator's subject (the part before " — ") must share at least half of the IDF weight of the
    statement's known keywords together with the subject's; among equal subjects the measure that
    shares most words wins. Only series of the statement's region qualify (no region: NL01).
    "sinds 2018" or "tussen 2010 en 2021" restrict the series to those years. Flagged when the data
    can be tested and say something else: *tegengesproken* (opposite) or *niet bevestigd*.
    ``sentences`` (evidence id → the sentence around the item) lets a figure's sentence set the years.
    """
    matcher = _Matcher(series)
    checks = []
    for item in evidence:
        if not isinstance(item, (Figure, TrendStatement)) or item.direction not in _EXPECTED:
            continue
        match = matcher.best(item)
        if match is None:
            continue
        said = (sentences or {}).get(evidence_id(item)) or _claim_subject(item)
        window = _window(said, match)
        claimed = {Change.UP: "stijgt", Change.DOWN: "daalt", Change.STABLE: "blijft gelijk"}[item.direction]
        if not window.observations:
            # The years the text speaks about lie outside the series: nothing to test against.
            verdict = _outside(match)
            note = (f"de tekst zegt: {claimed}, over jaren die de reeks {match.indicator} ({match.region}, "
                    f"{verdict.first_period}–{verdict.last_period}) niet bevat; niet te toetsen")
            checks.append(ClaimCheck(evidence_id(item), item.text, item.direction, match.indicator,
                                     match.region, verdict, "niet te toetsen", False, note))
            continue
        verdict = assess(window, alpha=alpha)
        expected = _EXPECTED[item.direction]
        if verdict.direction is Direction.INSUFFICIENT:
            status = "niet te toetsen"
        elif verdict.direction is expected:
            status = "bevestigd"
        elif Direction.STABLE in (verdict.direction, expected):
            status = "niet bevestigd"
        else:
            status = "tegengesproken"
        note = (f"de tekst zegt: {claimed}; de reeks {match.indicator} ({match.region}, "
                f"{verdict.first_period}–{verdict.last_period}) is {DUTCH[verdict.direction]}")
        checks.append(ClaimCheck(evidence_id(item), item.text, item.direction, match.indicator, match.region,
                                 verdict, status, status in ("tegengesproken", "niet bevestigd"), note))
    return checks

