"""The view model of an edition, gathered from the store and filtered by the spec's access.

This is the one module of ``publish`` that reads the outputs of the other stages (themes, trends,
routemap, indicators), through their public functions. Every read passes ``spec.access``: an
``openbaar`` edition never reads a row of an ``intern`` or ``vertrouwelijk`` source. The one
exception is the leak guard (``_guard.py``), which reads restricted text only to check that none
of it ended up in the output.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path

from trendbeeld import routemap, themes, trends
from trendbeeld.errors import ConfigError, TrendbeeldError
from trendbeeld.indicators import compare, verdicts
from trendbeeld.labels import label
from trendbeeld.model import (
    Direction,
    EditionSpec,
    Figure,
    Headline,
    Quote,
    Series,
    SourceType,
    Taxonomy,
    Theme,
    Trend,
    TrendStatement,
    TrendStatus,
    hash_id,
)
from trendbeeld.publish import _charts, _format, _guard, _intro, _overview, _regions, _routesvg, _select
from trendbeeld.publish._corpus import Corpus, position, read_corpus
from trendbeeld.publish._view import (
    BoxView,
    ClaimView,
    EditionContent,
    KeyFigure,
    RouteLinkView,
    RouteNode,
    RouteView,
    ThemeView,
    TrendView,
)
from trendbeeld.stemming import stems
from trendbeeld.store import Store
from trendbeeld.store import indicators as indicator_store

DEFAULT_TAXONOMY = "nationaal"
OTHER_THEME = Theme("overig", "Overig", "Trends zonder thema.")
MAX_TREND_LINKS = 4
STAGE_LABELS = ("bronnen", "bewijs", "thema's", "trends", "routekaart", "indicatoren")
STATUS_LABELS = {TrendStatus.ACCEPTED: "aanvaard", TrendStatus.CANDIDATE: "kandidaat"}
DIRECTION_CHANGE = {Direction.RISING: "up", Direction.FALLING: "down", Direction.STABLE: "stable"}


def gather(store: Store, spec: EditionSpec) -> EditionContent:
    """Everything the edition ``spec`` shows, from material its access level allows."""
    corpus = read_corpus(store, spec.access)
    region = _regions.resolve(spec.region) if spec.region else None
    taxonomy = themes.load_taxonomy(spec.taxonomy or DEFAULT_TAXONOMY)
    shown = _themes(taxonomy, spec)
    assignment = _assignment(store, taxonomy, spec, corpus, shown)
    trend_views = _curated_trends(store, spec, corpus, taxonomy, assignment)
    boxes = _boxes(store, taxonomy, spec)
    series = _readable_series(store, spec)
    indicator_figures = _indicator_figures(series, region, shown)
    theme_views = _theme_views(shown, spec, region, corpus, assignment, trend_views, boxes, indicator_figures)
    used = _overview.used_sources(corpus, assignment, theme_views, spec)
    route = _routemap(store, corpus, theme_views)
    front, intro_html = _intro.load(spec, region)
    dates = [s.meta.date for s in corpus.sources.values() if s.id in used and s.meta.date]
    return EditionContent(
        name=spec.name,
        access=spec.access.value,
        audience=spec.audience,
        region=region.code if region else None,
        region_name=region.name if region else None,
        taxonomy=taxonomy.title,
        themes_selected=spec.themes,
        title=front.get("titel") or "Trendbeeld",
        subtitle=front.get("ondertitel") or "",
        intro_html=intro_html,
        as_of=_format.long_date(max(dates)) if dates else None,
        themes=theme_views,
        indicator_figures=indicator_figures,
        routemap=route,
        sources=_overview.source_views(corpus, used),
        methods=_overview.methods(corpus, used, theme_views, STAGE_LABELS, _claims(corpus, used, series)),
    )


# --------------------------------------------------------------------------- themes


def _top_key(taxonomy: Taxonomy, key: str | None) -> str | None:
    by_key = {t.key: t for t in taxonomy.themes}
    seen = set()
    while key in by_key and by_key[key].parent and key not in seen:
        seen.add(key)
        key = by_key[key].parent
    return key if key in by_key else None


def _themes(taxonomy: Taxonomy, spec: EditionSpec) -> list[Theme]:
    """The top-level themes the edition may show, in taxonomy order, narrowed by ``spec.themes``."""
    tops = [t for t in taxonomy.themes if not t.parent]
    if not spec.themes:
        return tops
    chosen: list[Theme] = []
    for wanted in spec.themes:
        match = [t for t in tops if wanted.casefold() in (t.key.casefold(), t.name.casefold())]
        if not match:
            raise ConfigError(
                f"thema '{wanted}' bestaat niet in taxonomie '{taxonomy.name}'",
                hint="Kies uit: " + ", ".join(t.key for t in tops),
            )
        chosen.extend(t for t in match if t not in chosen)
    return chosen


def _assignment(
    store: Store, taxonomy: Taxonomy, spec: EditionSpec, corpus: Corpus, shown: list[Theme]
) -> dict[str, str]:
    """Evidence id → top-level theme key, for readable evidence in the edition's themes."""
    keys = {t.key for t in shown}
    ranked: Mapping[str, list[tuple[str, float]]] = themes.assign(store, taxonomy, access=spec.access)
    found = {}
    for eid, choices in ranked.items():
        if eid not in corpus.evidence or not choices:
            continue
        top = _top_key(taxonomy, choices[0][0])
        if top in keys:
            found[eid] = top
    return found


# --------------------------------------------------------------------------- trends and boxes


def _curated_trends(
    store: Store, spec: EditionSpec, corpus: Corpus, taxonomy: Taxonomy, assignment: dict[str, str]
) -> list[TrendView]:
    stored: list[Trend] = trends.list_trends(store, access=spec.access)
    accepted = [t for t in stored if t.status is TrendStatus.ACCEPTED]
    shown = accepted or [t for t in stored if t.status is TrendStatus.CANDIDATE]
    views = []
    for trend in shown:
        readable = [i for i in trend.evidence_ids if i in corpus.evidence]
        if not readable:
            continue
        theme = _top_key(taxonomy, trend.theme) if trend.theme else None
        if theme is None:
            votes = Counter(assignment[i] for i in readable if i in assignment)
            theme = min(votes, key=lambda k: (-votes[k], k)) if votes else OTHER_THEME.key
        views.append(_trend_view(trend, theme, readable, corpus))
    views.sort(key=lambda v: (-v.n_sources, -v.score, v.title, v.id))
    return views


def _trend_view(trend: Trend, theme: str, readable: list[str], corpus: Corpus) -> TrendView:
    items = sorted((corpus.evidence[i] for i in readable), key=lambda e: (e.span.source_id, e.span.start))
    source_ids = {e.span.source_id for e in items}
    return TrendView(
        id=trend.id,
        title=_format.plain(trend.title),
        theme=theme,
        summary=_format.plain(trend.summary),
        change=trend.direction.value if trend.direction else None,
        change_label=label(trend.direction) if trend.direction else None,
        status_label=STATUS_LABELS.get(trend.status, trend.status.value),
        impact_label=label(trend.impact) if trend.impact else None,
        horizon=_format.plain(trend.horizon) or None,
        n_sources=len(source_ids),
        n_types=len({corpus.sources[s].meta.type for s in source_ids}),
        score=round(trend.strength.score if trend.strength else float(len(source_ids)), 4),
        conflicting=trend.conflicting,
        international=_format.plain(trend.international),
        national=_format.plain(trend.national),
        meaning=_format.plain(trend.meaning),
        links=tuple(_select.link(e, corpus.sources) for e in items[:MAX_TREND_LINKS]),
    )


def _boxes(store: Store, taxonomy: Taxonomy, spec: EditionSpec) -> dict[str, BoxView]:
    found = {}
    for box in trends.boxes(store, taxonomy, access=spec.access):
        key = _top_key(taxonomy, box.theme)
        if key and key not in found:
            found[key] = BoxView(
                _format.plain(box.international),
                _format.plain(box.national),
                _format.plain(box.meaning),
                tuple(_format.plain(w) for w in box.warnings),
            )
    return found


def _box(given: BoxView | None, trends: list[TrendView]) -> BoxView:
    """The stored box, completed from the trends' own fields and, for the national picture, the evidence."""
    curated = [t for t in trends if t.curated]
    international = (given.international if given else "") or " ".join(
        t.international for t in curated if t.international
    )
    national = (given.national if given else "") or " ".join(t.national for t in curated if t.national)
    if not national and trends:
        national = "In de bronnen van deze editie: " + "; ".join(t.title.lower() for t in trends[:3]) + "."
    meaning = (given.meaning if given else "") or " ".join(t.meaning for t in curated if t.meaning)
    return BoxView(international, national, meaning, given.warnings if given else ())


# --------------------------------------------------------------------------- indicators


def _series_readable(series: Series, restricted: set[str]) -> bool:
    """False for a series whose source file is also a restricted text source of the store."""
    return not (series.source and (series.source in restricted or Path(series.source).name in restricted))


def _readable_series(store: Store, spec: EditionSpec) -> list[Series]:
    restricted = _guard.restricted_sources(store, spec.access)
    return [
        s
        for s in indicator_store.list_series(store, access=spec.access)
        if s.observations and _series_readable(s, restricted)
    ]


def _indicator_figures(
    series: list[Series], region: _regions.RegionRef | None, shown: list[Theme]
) -> tuple[KeyFigure, ...]:
    codes = [region.code, *region.parents, _regions.NATIONAL] if region else [_regions.NATIONAL]
    by_indicator: dict[str, dict[str, Series]] = defaultdict(dict)
    for s in series:
        by_indicator[s.indicator][s.region] = s
    chosen = []
    for indicator, regional in by_indicator.items():
        best = next((regional[c] for c in codes if c in regional), None)
        if best is not None:
            chosen.append((codes.index(best.region), indicator, best, regional.get(_regions.NATIONAL)))
    # The chosen region's own series first, then those of the regions it lies in, then national ones.
    chosen.sort(key=lambda c: (c[0], c[1]))
    return tuple(_series_figure(best, national, shown) for _, _, best, national in chosen)


def _series_figure(series: Series, national: Series | None, shown: list[Theme]) -> KeyFigure:
    points = sorted(series.observations, key=lambda o: o.period)
    last = points[-1]
    region_name = _regions.name_of(series.region)
    try:
        direction: Direction | None = verdicts.assess(series).direction
    except TrendbeeldError:
        direction = None
    context = [f"{len(points)} perioden, {points[0].period}–{last.period}."]
    if direction is not None:
        context.append(f"Oordeel over de hele reeks: {label(direction)}.")
    if len(points) > 1 and points[-2].value:
        change = (last.value - points[-2].value) / abs(points[-2].value) * 100
        context.append(f"Ten opzichte van {points[-2].period}: {_format.signed_percent(change)}.")
    if national is not None and national is not series:
        latest = max(national.observations, key=lambda o: o.period)
        context.append(f"Nederland, {latest.period}: {_format.with_unit(latest.value, national.unit)}.")
    title = f"{_format.plain(series.indicator)}, {region_name}"
    return KeyFigure(
        key=hash_id("series", series.indicator, series.region),
        value=_format.with_unit(last.value, series.unit),
        label=_format.plain(series.indicator),
        context=" ".join(context),
        period=last.period,
        region=region_name,
        change=DIRECTION_CHANGE.get(direction) if direction else None,
        change_label=label(direction) if direction else None,
        chart=_charts.line_chart(
            title, [(o.period, o.value) for o in points], unit=_format.plain(series.unit)
        ),
        source_label=_format.plain(series.source) or "Statistiek",
        theme=_match_theme(series.indicator, shown),
    )


def _match_theme(indicator: str, shown: list[Theme]) -> str | None:
    words = set(stems(indicator))
    best = None
    best_hits = 0
    for theme in shown:
        terms = set(stems(" ".join([theme.name, *theme.key_terms])))
        hits = len(words & terms)
        if hits > best_hits:
            best, best_hits = theme.key, hits
    return best


def _claims(corpus: Corpus, used: set[str], series: list[Series]) -> tuple[tuple[ClaimView, ...], int]:
    """Statements of the edition's sources checked against its statistics: flagged ones, and how many held."""
    by_id = {
        eid: e
        for eid, e in corpus.evidence.items()
        if e.span.source_id in used and isinstance(e, Figure | TrendStatement) and e.direction is not None
    }
    sentences = {
        eid: _select.sentence_around(corpus.sources[e.span.source_id], e.span.start, e.span.end)
        for eid, e in by_id.items()
    }
    checks = compare.check_claims(list(by_id.values()), series, sentences=sentences)
    flagged = tuple(
        ClaimView(_format.plain(c.text), c.status, _format.plain(c.note), _select.link(by_id[c.evidence_id],
                                                                                    corpus.sources))
        for c in sorted(checks, key=lambda c: position(by_id[c.evidence_id]))
        if c.flagged
    )
    return flagged, sum(c.status == "bevestigd" for c in checks)


# --------------------------------------------------------------------------- theme views


def _theme_views(
    shown: list[Theme],
    spec: EditionSpec,
    region: _regions.RegionRef | None,
    corpus: Corpus,
    assignment: dict[str, str],
    trend_views: list[TrendView],
    boxes: dict[str, BoxView],
    indicator_figures: tuple[KeyFigure, ...],
) -> tuple[ThemeView, ...]:
    ids_by_theme: dict[str, list[str]] = defaultdict(list)
    for eid in sorted(assignment, key=lambda i: position(corpus.evidence[i])):
        ids_by_theme[assignment[eid]].append(eid)
    if any(t.theme == OTHER_THEME.key for t in trend_views) and not spec.themes:
        shown = [*shown, OTHER_THEME]
    views = []
    for theme in shown:
        ids = ids_by_theme.get(theme.key, [])
        own_trends = [t for t in trend_views if t.theme == theme.key]
        statements = corpus.of_kind(ids, TrendStatement)
        shown_trends = own_trends or list(_select.developments(statements, corpus.sources, theme=theme.key))
        figures = [f for f in corpus.of_kind(ids, Figure) if _in_region(f, region)]
        cards = (
            *[f for f in indicator_figures if f.theme == theme.key],
            *_select.key_figures(figures, corpus.sources, theme=theme.key),
        )
        if not (ids or shown_trends or cards) and not spec.themes:
            continue
        source_ids = sorted({corpus.evidence[i].span.source_id for i in ids})
        mix = Counter(label(corpus.sources[s].meta.type) for s in source_ids)
        views.append(
            ThemeView(
                key=_format.slug(theme.key),
                name=_format.plain(theme.name),
                description=_format.plain(theme.description),
                impact_label=label(theme.impact) if theme.impact else None,
                trends=tuple(shown_trends),
                key_figures=cards,
                quotes=_select.quotes(corpus.of_kind(ids, Quote), corpus.sources),
                headlines=_select.headlines(corpus.of_kind(ids, Headline), corpus.sources),
                box=_box(boxes.get(theme.key), shown_trends),
                source_mix=tuple(sorted(mix.items())),
                n_sources=len(source_ids),
                n_evidence=len(ids),
                weak=_weak_spots(theme, source_ids, corpus, own_trends),
            )
        )
    return tuple(views)


def _in_region(figure: Figure, region: _regions.RegionRef | None) -> bool:
    if region is None or not figure.region:
        return True
    where = figure.region.casefold()
    return where in {region.name.casefold(), region.code.casefold(), "nederland", "landelijk"}


def _weak_spots(
    theme: Theme, source_ids: list[str], corpus: Corpus, trends: list[TrendView]
) -> tuple[str, ...]:
    name = _format.plain(theme.name)
    found = []
    if not source_ids:
        found.append(f"{name}: geen bewijs uit de bronnen van deze editie.")
    elif len(source_ids) == 1:
        found.append(f"{name}: steunt op één bron.")
    if source_ids and all(corpus.sources[s].meta.type is SourceType.NEWS for s in source_ids):
        found.append(f"{name}: steunt alleen op media (nieuwsberichten).")
    found.extend(f"Trend ‘{t.title}’: steunt op één bron." for t in trends if t.n_sources == 1)
    return tuple(found)


# --------------------------------------------------------------------------- route map


def _routemap(store: Store, corpus: Corpus, theme_views: tuple[ThemeView, ...]) -> RouteView:
    confirmed = routemap.load(store, confirmed_only=True)
    ends: dict[str, RouteNode] = {}
    for theme in theme_views:
        ends[theme.key] = RouteNode(hash_id("node", theme.key), theme.name, theme.key, theme.file)
        for trend in theme.trends:
            if trend.curated:
                ends[trend.id] = RouteNode(
                    hash_id("node", trend.id), trend.title, theme.key, f"{theme.file}#trend-{trend.id}"
                )
    titles = {s.meta.title.casefold(): s for s in corpus.sources.values() if s.meta.title}
    links = []
    for link in sorted(confirmed.links, key=lambda item: item.id):
        if link.source not in ends or link.target not in ends or link.source == link.target:
            continue
        source, target = ends[link.source], ends[link.target]
        reading = []
        for entry in link.reading:
            found = corpus.sources.get(entry) or titles.get(entry.casefold())
            if found is not None:
                reading.append((_format.plain(found.meta.title) or found.id, f"bronnen/{found.id}.html"))
        links.append(
            RouteLinkView(
                hash_id("link", link.id),
                source.id,
                target.id,
                source.label,
                target.label,
                link.type.value.replace("_", " "),
                _format.plain(link.rationale),
                tuple(reading),
            )
        )
    used = {n for link in links for n in (link.source, link.target)}
    nodes = tuple(
        sorted((n for n in ends.values() if n.id in used), key=lambda n: (n.theme or "", n.label, n.id))
    )
    return RouteView(nodes, tuple(links), _routesvg.render(nodes, tuple(links)) if links else "")
