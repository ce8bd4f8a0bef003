"""A trend beside the statistics of the same phenomenon: "In de cijfers" under a trend of the edition.

A candidate trend is built from texts (reports, polls, news), and the statistics never join it: a
series is no evidence of the clustering. Yet the analyst who signs "Meer berichten over
mishandelingen" or "Afname van misdrijven" wants the registrations of that phenomenon beside it. So
each trend whose title names a phenomenon ("Afname van misdrijven", "Meer berichten over
bedreigingen") is given the stored series of the same subject (the indicator's part before " — ",
without its outline number: "1.4.4 Bedreiging", "Misdrijven, totaal"), of the edition's area first,
then the areas it lies in, then Nederland; only a plain measure of it (the registrations, a rate per
1,000 inhabitants; not the cleared crimes, the suspects or a share of all crimes), with a tested
verdict (Mann–Kendall, at least five periods). The line says the series' verdict, its area and
years, whether it goes the trend's way, and its table.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from trendbeeld.errors import TrendbeeldError
from trendbeeld.indicators import verdicts
from trendbeeld.labels import label
from trendbeeld.model import Direction, Series, SeriesVerdict
from trendbeeld.publish import _keyfigures, _regions
from trendbeeld.publish._view import TrendView
from trendbeeld.stemming import stems

# The phenomenon in a generated title ("Toename van …", "Mogelijk meer berichten over …").
_TITLE = re.compile(
    r"^(?:Mogelijk\s+)?(?:meer|minder|evenveel)\s+berichten\s+over\s+(?P<a>.+)$"
    r"|^(?:Toename|Afname|Verschuiving)\s+van\s+(?P<b>.+)$"
    r"|^Geen verandering in\s+(?P<c>.+)$"
    r"|^Wisselend beeld:\s+(?P<d>.+)$",
    re.IGNORECASE,
)
_OUTLINE = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+")
_SPLIT = re.compile(r"[\s,;/()]+")
# Words that name no phenomenon of their own: "Misdrijven, totaal" is the subject "misdrijven".
_GENERIC = frozenset(
    s for w in ("totaal", "totale", "aantal", "van", "het", "de", "geregistreerde") for s in stems(w)
)
# A measure of only these words is the plain count or rate of its subject ("Geregistreerde misdrijven per
# 1000 inw"), not another measure of it ("Opgehelderde misdrijven", "Registraties van verdachten").
_PLAIN = _GENERIC | frozenset(
    s for w in ("geregistreerd", "per", "inw", "inwoners", "1000", "1", "000", "misdrijven", "misdrijf",
                "meldingen", "incidenten")
    for s in stems(w)
)
_RATE_UNITS = ("per_1000", "percent")
_AGREES = {("up", Direction.RISING), ("down", Direction.FALLING), ("stable", Direction.STABLE)}
_OPPOSES = {("up", Direction.FALLING), ("down", Direction.RISING)}


def phenomenon(title: str) -> str | None:
    """The phenomenon a generated trend title names, or None (an analyst's own title)."""
    match = _TITLE.match(title.strip())
    if match is None:
        return None
    return next(g for g in match.groups() if g)


def _stems(text: str) -> frozenset[str]:
    return frozenset(s for w in _SPLIT.split(text.casefold()) if w for s in stems(w))


def _subject(indicator: str) -> tuple[str, str]:
    subject, _, measure = indicator.partition(" — ")
    return _OUTLINE.sub("", subject).strip(), measure


def matching(
    phrase: str, series: Sequence[Series], codes: Sequence[str]
) -> list[tuple[Series, SeriesVerdict]]:
    """The series of ``phrase``'s subject in ``codes`` (best area first) with a tested verdict, best
    first: the edition's area before wider ones, a rate before a count, the latest years first."""
    wanted = _stems(phrase) - _GENERIC
    if not wanted:
        return []
    found: list[tuple[tuple[int, int, str, str], Series, SeriesVerdict]] = []
    for s in series:
        if s.region not in codes or len(s.observations) < verdicts.MIN_POINTS:
            continue
        subject, measure = _subject(s.indicator)
        if _stems(subject) - _GENERIC != wanted or _stems(measure) - _PLAIN or "%" in measure:
            continue
        try:
            verdict = verdicts.assess(s)
        except (TrendbeeldError, ValueError, IndexError):
            continue
        if verdict.direction is Direction.INSUFFICIENT:
            continue
        last = max(o.period for o in s.observations)
        rate = 0 if (s.unit or "") in _RATE_UNITS else 1
        found.append(((codes.index(s.region), rate, _inverted(last), s.indicator), s, verdict))
    found.sort(key=lambda f: f[0])
    return [(s, v) for _, s, v in found]


def _inverted(period: str) -> str:
    """A key that sorts later periods first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in period)


def line(trend: TrendView, series: Sequence[Series], region: _regions.RegionRef | None,
         tables: Mapping[str, tuple[str | None, str | None, str | None]]) -> str:
    """"In de cijfers: …" for ``trend``, or "" when no series of its phenomenon has a verdict."""
    phrase = phenomenon(trend.title)
    if phrase is None:
        return ""
    codes = [region.code, *region.parents, _regions.NATIONAL] if region else [_regions.NATIONAL]
    found = matching(phrase, series, codes)
    if not found:
        return ""
    best, verdict = found[0]
    points = sorted(o.period for o in best.observations)
    if trend.change is not None and (trend.change, verdict.direction) in _AGREES:
        way = ", in lijn met de trend"
    elif trend.change is not None and (trend.change, verdict.direction) in _OPPOSES:
        way = ", tegen de richting van de trend in"
    else:
        way = ""
    name = _keyfigures.indicator_name(best.indicator)
    area = _regions.name_of(best.region)
    source = _keyfigures.source_label(best, tables)
    return (f"In de cijfers: {name}, {area}, {points[0]}–{points[-1]}: {label(verdict.direction)}{way} "
            f"(Mann–Kendall; {source})")
