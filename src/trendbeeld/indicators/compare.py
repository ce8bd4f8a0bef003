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
from trendbeeld.indicators import _claims
from trendbeeld.indicators.verdicts import DUTCH, assess, period_key
from trendbeeld.model import (
    Change,
    Contradiction,
    Direction,
    Evidence,
    Figure,
    Series,
    SeriesVerdict,
    Source,
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
# Words of a measure that say no more than its kind: "Totaal geregistreerde misdrijven" is the count
# itself, "per 1000 inw" and "per 1 000 inwoners" the same rate, "relatief" a percentage.
_PLAIN_MEASURE = {s for w in ("totaal", "totale", "geregistreerde", "aantal", "absoluut", "per", "inw",
                              "inwoners", "duizend", "relatief", "procent") for s in stems(w)}
_EXPECTED = {Change.UP: Direction.RISING, Change.DOWN: Direction.FALLING, Change.STABLE: Direction.STABLE}
_SAID = {Change.UP: "stijgt", Change.DOWN: "daalt", Change.STABLE: "blijft gelijk"}
MATCH_THRESHOLD = 0.5
TableNames = Mapping[str, tuple[str | None, str | None, str | None]]


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


def _window(series: Series, years: _claims.Years) -> Series:
    """The part of ``series`` in the claimed years ("sinds 2018", "tussen 2010 en 2021")."""
    if years.first is None:
        return series
    first, last = years.first, years.last
    kept = tuple(o for o in series.observations
                 if first <= (year := _claims.year_of(o.period)) and (last is None or year <= last))
    return Series(series.indicator, series.region, kept, series.unit, series.source, series.access)


def _untested(series: Series) -> SeriesVerdict:
    """The verdict when nothing can be tested: insufficient, with the span the series has."""
    periods = sorted((o.period for o in series.observations), key=lambda p: period_key(p)[1])
    return SeriesVerdict(series.indicator, series.region, periods[0] if periods else None,
                         periods[-1] if periods else None, 0, Direction.INSUFFICIENT)


def _region_code(name: str | None) -> str | None:
    if not name:
        return None
    from trendbeeld.indicators import regions

    return regions.resolve(name)


@dataclass(frozen=True, slots=True)
class _Claim:
    """What one statement speaks about: its words, region, measure and years."""

    words: set[str]
    region: str
    measure: str | None
    years: _claims.Years


class _Matcher:
    """Stemmed, IDF-weighted matching of a statement to an indicator's subject; among the subjects
    that match best, the measure the claim speaks of and then the series covering its years."""

    def __init__(self, series: Sequence[Series]) -> None:
        self.series = series
        self.parts = [_split(s.indicator) for s in series]
        subjects = {frozenset(subject) for subject, _ in self.parts}
        counts = Counter(w for subject in subjects for w in subject)
        self.weights = {w: math.log(1 + len(subjects) / n) for w, n in counts.items()}
        self.by_region: dict[str, list[int]] = {}
        for i, s in enumerate(series):
            if s.observations and not _claims.constant_by_construction(s):
                self.by_region.setdefault(s.region, []).append(i)
        for found in self.by_region.values():
            found.sort(key=lambda i: series[i].indicator)

    def _subject_score(self, known: set[str], subject: set[str]) -> float:
        shared = known & subject
        return sum(self.weights[w] for w in shared) / sum(self.weights[w] for w in known | subject)

    def _rank(self, i: int, score: float, claim: _Claim) -> tuple[float, int, int, int, int, int, int]:
        s, (subject, measure) = self.series[i], self.parts[i]
        distinct = measure - subject - _PLAIN_MEASURE
        last = max(_claims.year_of(o.period) for o in s.observations)
        return (round(score, 9), _claims.measure_fit(claim.measure, _claims.series_measure(s)),
                len(distinct & claim.words), -len(distinct - claim.words),
                _claims.coverage(s, claim.years), last, -len(measure))

    def best(self, item: Figure | TrendStatement, claim: _Claim) -> Series | None:
        known = _keywords(_claim_subject(item)) & self.weights.keys()
        if not known:
            return None
        ranked = []
        for i in self.by_region.get(claim.region, []):
            subject = self.parts[i][0]
            if not subject or (score := self._subject_score(known, subject)) < MATCH_THRESHOLD:
                continue
            shared = known & subject
            if claim.measure is None and len(shared) == 1 and _claims.everyday(_claim_subject(item), shared):
                continue  # "vraag naar water stijgt" is no claim about the crime type "Water"
            ranked.append((self._rank(i, score, claim), i))
        if not ranked:
            return None
        # max() keeps the first of equals: the indicator name first in alphabetical order.
        return self.series[max(ranked, key=lambda r: r[0])[1]]


def _claim(item: Figure | TrendStatement, said: str, matcher: _Matcher,
           source: Source | None) -> _Claim | None:
    """The claim's words, region (None: a place without figures), measure and years."""
    from trendbeeld.indicators import regions

    part = _claims.clause(said, item.text)
    region = _region_code(item.region) if isinstance(item, Figure) else None
    if region is None:
        place = _claims.named_place(part, regions.resolve, matcher.weights.keys())
        if place == "":
            return None  # "in Duitsland", "in Vathorst": not the country, and no figures for it
        region = place or NATIONAL
    published = source.meta.date.year if source is not None and source.meta.date else None
    before = _claims.before_claim(source.text, item.span.start) if source is not None else ""
    years = _claims.claimed_years(said, item.text, before=before, published=published)
    if years.first is not None and years.last is None and published is not None:
        years = _claims.Years(years.first, published)
    words = _keywords(f"{_claim_subject(item)} {part}")
    return _Claim(words, region, _claims.claimed_measure(part), years)


def _series_text(series: Series, verdict: SeriesVerdict, tables: TableNames) -> str:
    from trendbeeld.indicators import regions

    where = _claims.series_label(series, tables, regions.name_of(series.region))
    return f"de reeks {series.indicator} ({where}, {verdict.first_period}–{verdict.last_period})"


def _said(direction: Change, years: _claims.Years) -> str:
    claimed = _SAID[direction]
    if years.dated:
        return f"de tekst van {years.last} zegt: {claimed}"
    return f"de tekst zegt: {claimed}" + (f" ({years.label()})" if years.first is not None else "")


def _status(verdict: SeriesVerdict, expected: Direction) -> str:
    if verdict.direction is Direction.INSUFFICIENT:
        return "niet te toetsen"
    if verdict.direction is expected:
        return "bevestigd"
    if Direction.STABLE in (verdict.direction, expected):
        return "niet bevestigd"
    return "tegengesproken"


def _check(item: Figure | TrendStatement, direction: Change, match: Series, claim: _Claim, alpha: float,
           tables: TableNames) -> ClaimCheck:
    """One claim against its series: over the claimed years, saying when the series covers only part."""
    years, said = claim.years, _said(direction, claim.years)
    window = _window(match, years)
    if not years.known or not window.observations:
        verdict = _untested(match)
        why = ("sinds een jaar dat de tekst hier niet noemt" if not years.known
               else "over jaren die de reeks")
        series_text = _series_text(match, verdict, tables)
        note = (f"{said}, {why}; {series_text}; niet te toetsen" if not years.known
                else f"{said}, {why} {series_text.removeprefix('de reeks ')} niet bevat; niet te toetsen")
        return ClaimCheck(evidence_id(item), item.text, direction, match.indicator, match.region, verdict,
                          "niet te toetsen", False, note)
    verdict = assess(window, alpha=alpha)
    status = _status(verdict, _EXPECTED[direction])
    note = f"{said}; {_series_text(match, verdict, tables)} is {DUTCH[verdict.direction]}"
    covered = [_claims.year_of(o.period) for o in (window.observations[0], window.observations[-1])]
    if years.first is not None and years.last is not None and not years.dated and (
        covered[0] > years.first or covered[1] < years.last
    ):
        span = f"de reeks dekt {covered[0]}–{covered[1]} van {years.label()}"
        note = (f"{said}; {span}; niet te toetsen" if status == "niet te toetsen"
                else f"{note} (gedeeltelijk: {span})")
    return ClaimCheck(evidence_id(item), item.text, direction, match.indicator, match.region, verdict, status,
                      status in ("tegengesproken", "niet bevestigd"), note)


def check_claims(evidence: Iterable[Evidence], series: Sequence[Series], *, alpha: float = 0.05,
                 sentences: Mapping[str, str] | None = None, sources: Mapping[str, Source] | None = None,
                 tables: TableNames | None = None) -> list[ClaimCheck]:
    """Rise/fall statements matched to series (stemmed keywords, best IDF-weighted overlap) and checked.

    Only statements with a direction (up, down, stable) that match a series are returned. The
    indicator's subject (the part before " — ") must share at least half of the IDF weight of the
    statement's known keywords together with the subject's. Among the best subjects the measure the
    claim speaks of wins (a count, a rate per 1,000, a percentage), then the measure that shares most
    words, then the series covering most of the claimed years. A measure that cannot change (a total's
    share of itself) is never used. Only series of the statement's region qualify (a figure's region,
    or the place its clause names; none: NL01; a place without series: no check).

    The claimed years come from the statement's clause or sentence ("sinds 2018", "tussen 2010 en
    2021", "sinds dat jaar" after a year), else from its source's date; the series is restricted to
    them and a series covering only part of them says so. ``sentences`` (evidence id → the sentence
    around the item) and ``sources`` (source id → source: its date, and the text before a claim for
    "sinds dat jaar") sharpen the years; ``tables`` (file name → publisher, table id, title, as
    ``store.indicators.import_tables`` gives) names the publisher's table in the note. Flagged when
    the data can be tested and say something else: *tegengesproken* (opposite) or *niet bevestigd*.
    Statements of one sentence with the same direction and series are one claim: the longest is kept.
    """
    matcher = _Matcher(series)
    checks: dict[tuple[str, str, str, str, Change], ClaimCheck] = {}
    order: dict[str, int] = {}
    for item in evidence:
        if not isinstance(item, (Figure, TrendStatement)) or item.direction is None:
            continue
        if item.direction not in _EXPECTED:  # a shift is no rise or fall
            continue
        source = sources.get(item.span.source_id) if sources is not None else None
        said = (sentences or {}).get(evidence_id(item)) or (
            _claims.sentence_at(source.text, item.span.start, item.span.end) if source is not None
            else _claim_subject(item)
        )
        order[evidence_id(item)] = len(order)
        claim = _claim(item, said, matcher, source)
        if claim is None or (match := matcher.best(item, claim)) is None:
            continue
        check = _check(item, item.direction, match, claim, alpha, tables or {})
        # One sentence, one claim: its figures ("van 27,6% naar 27,4%") say what its words say.
        key = (item.span.source_id, said, match.indicator, match.region, item.direction)
        if key not in checks or len(check.text) > len(checks[key].text):
            checks.pop(key, None)
            checks[key] = check
    return sorted(checks.values(), key=lambda c: order[c.evidence_id])
