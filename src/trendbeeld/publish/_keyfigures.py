"""Key figures (kerncijfers) from the indicator store: a handful per theme, by relevance.

An indicator belongs to a theme when the words of its name match the theme's name and key terms
(and those of its sub-themes), or when the analyst says so in a key-figures file
(``--key-figures kerncijfers.yaml``)::

    thema:
      "Misdrijven, totaal — Geregistreerde misdrijven per 1000 inw": criminaliteit
    uitsluiten:
      - "Heling — Geregistreerde misdrijven relatief"

Per theme at most ``MAX_PER_THEME`` figures are shown, ranked first by whether they are recent (a
series that ends more than ``RECENT_YEARS`` before the theme's newest is shown only after the recent
ones), then by the region they are about (the edition's region first, then the regions it lies in,
then Nederland; a region stored by its name, such as CBS's politieregio "Rotterdam-Rijnmond (PO)", by
its code), then by relevance (how many theme terms the name matches), then by recency (the last
period). A card about another area than the edition's says which and why ("Geen cijfer voor
Rotterdam in de bronnen; dit cijfer gaat over de provincie Zuid-Holland, waarin Rotterdam ligt.").
One figure per subject: a rate per 1,000 inhabitants or a percentage goes before an absolute count
of the same subject. The source is the publisher's table as the import recorded it, never a file
name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from trendbeeld.errors import ConfigError, TrendbeeldError
from trendbeeld.indicators import regions as indicator_regions
from trendbeeld.indicators import verdicts
from trendbeeld.indicators.reading import table_reference
from trendbeeld.labels import label
from trendbeeld.model import Direction, Series, Taxonomy, Theme, Unit, hash_id
from trendbeeld.publish import _charts, _format, _regions
from trendbeeld.publish._view import KeyFigure
from trendbeeld.publish.summary import stopwords
from trendbeeld.stemming import stems
from trendbeeld.userfiles import LimitedLoader, load_yaml

MAX_PER_THEME = 6
RECENT_YEARS = 6  # a series ending this many years before the theme's newest goes after the recent ones
MIN_PERIODS = 2  # a key figure shows a development: a series of at least two periods
CHART_WORKERS = 2
MIN_COMPOUND = 6  # a term of at least this many letters also matches at the start or end of a word
MIN_RELEVANCE = 0.6
# Words of a measure that say nothing about the theme ("Geregistreerde misdrijven per 1000 inw").
GENERIC = frozenset(stems("geregistreerde misdrijven registraties verdachten totaal relatief aantal inw "
                          "opgehelderde waarde percentage"))
# Words of a theme's name that every safety theme shares ("Zorg en veiligheid"): no sign of the theme.
NAME_NOISE = frozenset(stems("veiligheid"))
_CODE = re.compile(r"^\s*(\d+(?:\.\d+)*)\s")  # "2.4.1 Niet opvolgen …": a detailed category
DIRECTION_CHANGE = {Direction.RISING: "up", Direction.FALLING: "down", Direction.STABLE: "stable"}
_PER_1000 = re.compile(r"per\s*1[.\s]?000\b", re.IGNORECASE)
_PERCENT = re.compile(r"(%|\bprocent\b|\bpercentage\b)", re.IGNORECASE)
_FILE_NAME = re.compile(r"\.(csv|xlsx|xls|json|txt|ods)$", re.IGNORECASE)
# Rates and shares compare across regions; absolute counts do not.
_UNIT_ORDER = {Unit.PER_1000.value: 0, Unit.PERCENT.value: 1, Unit.GRADE.value: 2}

TableRef = tuple[str | None, str | None, str | None]


@dataclass(frozen=True)
class Overrides:
    """The analyst's key-figures file: indicator → theme key, and indicators never shown."""

    themes: Mapping[str, str] = field(default_factory=dict)
    excluded: frozenset[str] = frozenset()


class _LineLoader(LimitedLoader):
    """A YAML loader that remembers the line of every mapping key (for messages)."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping[("__line__", key)] = key_node.start_mark.line + 1
    return mapping


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> list[Any]:
    return [
        (loader.construct_object(item, deep=True), item.start_mark.line + 1)
        for item in node.value
    ]


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_overrides(path: Path, taxonomy: Taxonomy, indicators: set[str]) -> Overrides:  # noqa: PLR0912
    """Read and check a key-figures file; every error names the file and line."""
    data = load_yaml(path, what="het kerncijferbestand", loader=_LineLoader)
    if data is None:
        return Overrides()
    if not isinstance(data, dict):
        raise ConfigError("het kerncijferbestand moet de sleutels 'thema' en 'uitsluiten' hebben", path=path,
                          line=1)
    keys = {t.key for t in taxonomy.themes}
    for key in data:
        if isinstance(key, tuple):
            continue
        if key not in ("thema", "uitsluiten"):
            raise ConfigError(f"onbekende sleutel '{key}'", path=path, line=data[("__line__", key)],
                              hint="Gebruik 'thema' (indicator: themasleutel) en 'uitsluiten' (lijst)")
    themes: dict[str, str] = {}
    mapping = data.get("thema") or {}
    if not isinstance(mapping, dict):
        raise ConfigError("'thema' moet per regel 'indicator: themasleutel' geven", path=path,
                          line=data[("__line__", "thema")])
    for indicator, theme in mapping.items():
        if isinstance(indicator, tuple):
            continue
        line = mapping[("__line__", indicator)]
        name = str(indicator)
        if name not in indicators:
            raise ConfigError(f"indicator '{name}' staat niet in de database", path=path, line=line,
                              hint="Zie `trendbeeld indicators list` voor de namen")
        if str(theme) not in keys:
            raise ConfigError(f"thema '{theme}' bestaat niet in taxonomie '{taxonomy.name}'", path=path,
                              line=line, hint="Kies uit: " + ", ".join(t.key for t in taxonomy.themes))
        themes[name] = str(theme)
    excluded: set[str] = set()
    listed = data.get("uitsluiten") or []
    if not isinstance(listed, list):
        raise ConfigError("'uitsluiten' moet een lijst van indicatornamen zijn", path=path,
                          line=data[("__line__", "uitsluiten")])
    for name, line in listed:
        if str(name) not in indicators:
            raise ConfigError(f"indicator '{name}' staat niet in de database", path=path, line=line,
                              hint="Zie `trendbeeld indicators list` voor de namen")
        excluded.add(str(name))
    return Overrides(themes, frozenset(excluded))


# --------------------------------------------------------------------------- relevance


def _words(text: str) -> set[str]:
    """Stems of the content words of ``text`` (no function words, no numbers or codes)."""
    skip = stopwords()
    plain = [w for w in re.findall(r"[^\W\d_]{3,}", text.casefold()) if w not in skip]
    return set(stems(" ".join(plain)))


def _theme_terms(taxonomy: Taxonomy, top: Theme) -> set[str]:
    """The theme's terms as stems: every word of the names, and each key term whole ("georganiseerd
    misdaad" matches only both words together, never "misdaad" alone, as in "gini misdaad")."""
    family = [t for t in taxonomy.themes if top.key in (t.key, t.parent)]
    terms = _words(" ".join(t.name for t in family)) - NAME_NOISE
    for theme in family:
        terms.update(" ".join(sorted(found)) for term in theme.key_terms if (found := _words(term)))
    return terms


def _matches(word: str, term: str) -> bool:
    return word == term or (
        len(term) >= MIN_COMPOUND and (word.startswith(term) or word.endswith(term))
    )


def _hits(words: set[str], term: str) -> set[str]:
    """The words of an indicator that ``term`` matches: one word (also in a compound), or all of a phrase."""
    parts = term.split()
    if len(parts) == 1:
        return {word for word in words if _matches(word, term)}
    return set(parts) if all(part in words for part in parts) else set()


def theme_of(
    indicator: str, terms: Mapping[str, set[str]], names: Mapping[str, set[str]] | None = None
) -> tuple[str | None, float]:
    """The theme whose terms the indicator's subject matches best, and how strongly.

    Each matched word counts 1 divided by the number of themes it matches (a word every crime theme
    shares says little); a word of the theme's own name counts half as much again. Below
    ``MIN_RELEVANCE`` no theme is meant.
    """
    subject = indicator.split(" — ", 1)[0]
    found = _best(_words(subject), terms, names)
    if found[0] is None and " — " in indicator:
        found = _best(_words(indicator) - GENERIC, terms, names)
    return found


def _best(
    words: set[str], terms: Mapping[str, set[str]], names: Mapping[str, set[str]] | None
) -> tuple[str | None, float]:
    hits: dict[str, dict[str, float]] = {}
    matched: dict[str, set[str]] = {
        key: set().union(*(_hits(words, t) for t in theme_terms)) for key, theme_terms in terms.items()
    }
    for word in words:
        owners = [key for key in terms if word in matched[key]]
        named = [key for key in owners if names and word in names.get(key, set())]
        for key in owners:
            # a word of a theme's own name belongs to that theme ("criminaliteit" in "Vindt
            # criminaliteit in buurt toegenomen" is Criminaliteit's, though "drugscriminaliteit" is a
            # term of another theme): it is not shared with the themes that merely match it
            weight = (1.5 if key in named else 0.0) if named else 1 / len(owners)
            hits.setdefault(key, {})[word] = weight
    best, best_score = None, 0.0
    for key in terms:
        score = sum(hits.get(key, {}).values())
        if score > best_score + 1e-9:
            best, best_score = key, score
    if best_score < MIN_RELEVANCE:
        return None, 0.0
    return best, round(best_score, 3)


# --------------------------------------------------------------------------- units and sources


def unit_of(series: Series) -> str | None:
    """The series' unit, or the one its name states ("per 1000 inw", "%")."""
    if series.unit:
        return series.unit
    if _PER_1000.search(series.indicator):
        return Unit.PER_1000.value
    if _PERCENT.search(series.indicator):
        return Unit.PERCENT.value
    return None


def source_label(series: Series, tables: Mapping[str, TableRef]) -> str:
    """The publisher's table, e.g. "CBS, tabel 83648NED Geregistreerde criminaliteit; …", never a file."""
    raw = series.source or ""
    name = Path(raw).name
    ref = tables.get(name)
    if not ref or not any(ref):
        ref = table_reference(name) or (None, None, None)
    publisher, table_id, title = ref
    if publisher or table_id or title:
        table = " ".join(p for p in (f"tabel {table_id}" if table_id else "", title or "") if p)
        if table and not table_id:
            table = f"tabel ‘{title}’"
        return ", ".join(p for p in (publisher or "", table) if p)
    if raw and not _FILE_NAME.search(raw):
        return _format.plain(raw)
    return "statistiek zonder vastgelegde uitgever"


# --------------------------------------------------------------------------- choosing


@dataclass(frozen=True)
class _Candidate:
    theme: str
    relevance: float
    region_rank: int
    series: Series
    stale: bool = False  # ends more than RECENT_YEARS before the newest series of its theme

    @property
    def subject(self) -> str:
        return self.series.indicator.split(" — ", 1)[0].casefold()

    @property
    def year(self) -> int:
        last = self.series.observations[-1].period
        return int(last[:4]) if last[:4].isdigit() else 0

    def rank(self) -> tuple[bool, int, int, float, int, int, str]:
        last = self.series.observations[-1].period
        year = int(last[:4]) if last[:4].isdigit() else 0
        unit = _UNIT_ORDER.get(unit_of(self.series) or "", 3)
        code = _CODE.match(self.series.indicator)
        detail = code.group(1).count(".") + 1 if code else 0
        # The region first; then broad categories before detailed ones ("2.4.1 …"), clear matches
        # before weak ones, rates and shares before counts, recent series before old ones.
        relevance = -min(self.relevance, 2.0)
        return (self.stale, self.region_rank, detail, relevance, unit, -(year // 5), self.series.indicator)


def choose(
    series: Sequence[Series],
    taxonomy: Taxonomy,
    shown: Sequence[Theme],
    region: _regions.RegionRef | None,
    overrides: Overrides,
    tables: Mapping[str, TableRef],
    limit: int = MAX_PER_THEME,
) -> dict[str, tuple[KeyFigure, ...]]:
    """Theme key → its key figures, best first."""
    codes = [region.code, *region.parents, _regions.NATIONAL] if region else [_regions.NATIONAL]
    terms = {t.key: _theme_terms(taxonomy, t) for t in shown}
    names = {t.key: _words(t.name) - NAME_NOISE for t in shown}
    by_indicator: dict[str, dict[str, Series]] = defaultdict(dict)
    for s in series:
        if s.indicator not in overrides.excluded and s.observations:
            code = _region_code(s.region)
            by_indicator[s.indicator][code] = s if code == s.region else replace(s, region=code)
    candidates: dict[str, list[_Candidate]] = defaultdict(list)
    for indicator, regional in by_indicator.items():
        best = next((regional[c] for c in codes if c in regional), None)
        if best is None or not any(o.value for o in best.observations) or best.observations[-1].value == 0:
            continue
        if len(best.observations) < MIN_PERIODS:  # one value ("buurten: 91") shows no development
            continue
        theme: str | None
        if indicator in overrides.themes:
            theme, relevance = overrides.themes[indicator], 99.0
        else:
            theme, relevance = theme_of(indicator, terms, names)
        if theme is None or theme not in terms:
            continue
        candidates[theme].append(_Candidate(theme, relevance, codes.index(best.region), best))
    picks: dict[str, list[_Candidate]] = {}
    for theme, found in candidates.items():
        newest = max(c.year for c in found)
        dated = [replace(c, stale=c.year < newest - RECENT_YEARS) for c in found]
        picked: list[_Candidate] = []
        subjects: set[str] = set()
        for candidate in sorted(dated, key=_Candidate.rank):
            if candidate.subject in subjects:
                continue
            subjects.add(candidate.subject)
            picked.append(candidate)
            if len(picked) >= limit:
                break
        picks[theme] = picked

    def card(c: _Candidate) -> KeyFigure:
        return figure(c.series, by_indicator[c.series.indicator].get(_regions.NATIONAL), c.theme, tables,
                      edition_region=region)

    # Rendering a chart (vl-convert) releases the GIL: two at a time on a 2-core machine.
    jobs = [c for theme in sorted(picks) for c in picks[theme]]
    with ThreadPoolExecutor(max_workers=CHART_WORKERS) as pool:
        cards = dict(zip((id(c) for c in jobs), pool.map(card, jobs), strict=True))
    return {theme: tuple(cards[id(c)] for c in picks[theme]) for theme in sorted(picks)}


def _region_code(region: str) -> str:
    """A stored region as a code: a name the import could not resolve then ("Rotterdam-Rijnmond (PO)")
    by the names the indicators know now, else as it is."""
    if _regions.name_of(region) != region:
        return region
    return indicator_regions.resolve(region) or region


_LEVEL_NAMES = {"veiligheidsregio": "de veiligheidsregio", "politie-eenheid": "de politie-eenheid",
                "provincie": "de provincie", "gemeente": "de gemeente"}


def area_note(code: str, edition_region: _regions.RegionRef | None) -> str | None:
    """Why a card of an edition for one region is about another area: none of the sources has the
    figure for the edition's region, and the card names the area it describes."""
    if edition_region is None or code == edition_region.code:
        return None
    own = edition_region.name
    if code == _regions.NATIONAL:
        return (f"Geen cijfer voor {own} of een regio waarin {own} ligt in de bronnen; "
                "dit is het landelijke cijfer.")
    if code in edition_region.parents:
        area = _regions.by_code(code)
        level = _LEVEL_NAMES.get(area.level, "") if area is not None else ""
        return (f"Geen cijfer voor {own} in de bronnen; dit cijfer gaat over {level} "
                f"{_regions.name_of(code)}, waarin {own} ligt.".replace("  ", " "))
    return f"Dit cijfer gaat over {_regions.name_of(code)}, niet over {own}."


def _rate_context(series: Series, national: Series) -> str:
    """Absolute counts compared per 1,000 inhabitants, or why they are not compared."""
    from trendbeeld.indicators import regions

    try:
        own, country = regions.per_1000(series), regions.per_1000(national)
    except ConfigError:
        return (
            "Een aantal is niet te vergelijken met Nederland als geheel en het inwonertal van deze regio "
            "is niet bekend; vergelijk regio's met een cijfer per 1.000 inwoners."
        )
    last = max(own.observations, key=lambda o: o.period)
    same = {o.period: o.value for o in country.observations}.get(last.period)
    if same is None:
        return (
            "Een aantal is niet te vergelijken met Nederland als geheel; "
            "er is geen landelijk cijfer voor dezelfde periode."
        )
    def rate(value: float) -> str:
        return _format.number(value, decimals=1 if value >= 10 else 2 if value >= 0.1 else 3)

    return (
        f"Per 1.000 inwoners (inwonertal 2022): {rate(last.value)} in "
        f"{last.period}, Nederland {rate(same)}. "
        "Aantallen zelf zijn niet te vergelijken met Nederland."
    )


_OUTLINE_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)+\.?\s+(?=\D)")  # "3.3.6 Ontucht met minderjarige"


def indicator_name(indicator: str) -> str:
    """The indicator as a reader names it: without the outline number of the publisher's table
    ("3.3.6 Ontucht met minderjarige" is "Ontucht met minderjarige"); a year stays ("2020 totaal")."""
    return _format.plain(_OUTLINE_NUMBER.sub("", indicator)) or _format.plain(indicator)


def figure(series: Series, national: Series | None, theme: str | None, tables: Mapping[str, TableRef],
           *, edition_region: _regions.RegionRef | None = None) -> KeyFigure:
    """One key-figure card for the latest value of ``series``, with its chart and table."""
    points = sorted(series.observations, key=lambda o: o.period)
    last = points[-1]
    unit = unit_of(series)
    region_name = _regions.name_of(series.region)
    try:
        direction: Direction | None = verdicts.assess(series).direction
    except (TrendbeeldError, ValueError, IndexError):
        direction = None
    if direction is Direction.INSUFFICIENT:
        direction = None
    note = area_note(series.region, edition_region)
    context = [note] if note else []
    context.append(f"{len(points)} perioden, {points[0].period}–{last.period}.")
    if direction is not None:
        context.append(f"Oordeel over de hele reeks: {label(direction)}.")
    if len(points) > 1 and points[-2].value:
        change = (last.value - points[-2].value) / abs(points[-2].value) * 100
        context.append(f"Ten opzichte van {points[-2].period}: {_format.signed_percent(change)}.")
    if national is not None and national is not series:
        latest = max(national.observations, key=lambda o: o.period)
        if unit in (Unit.COUNT.value, None) and unit_of(national) in (Unit.COUNT.value, None):
            context.append(_rate_context(series, national))
        else:
            shown = _format.with_unit(latest.value, unit_of(national))
            context.append(f"Nederland, {latest.period}: {shown}.")
    name = indicator_name(series.indicator)
    title = f"{name}, {region_name}"
    source = source_label(series, tables)
    return KeyFigure(
        key=hash_id("series", series.indicator, series.region),
        value=_format.with_unit(last.value, unit),
        label=name,
        context=" ".join(context),
        period=last.period,
        region=region_name,
        change=DIRECTION_CHANGE.get(direction) if direction else None,
        change_label=label(direction) if direction else None,
        chart=_charts.series_chart(title, series, unit=_format.unit_label(unit)),
        source_label=f"{source} ({points[0].period}–{last.period})" if len(points) > 1 else
        f"{source} ({last.period})",
        theme=theme,
    )
