"""The view model of an edition, gathered from the store and filtered by the spec's access.

This is the one module of ``publish`` that reads the outputs of the other stages (themes, trends,
routemap, indicators), through their public functions. Every read passes ``spec.access``: an
``openbaar`` edition never reads a row of an ``intern`` or ``vertrouwelijk`` source. The one
exception is the leak guard (``_guard.py``), which reads restricted text only to check that none
of it ended up in the output.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

from trendbeeld import routemap, themes, trends
from trendbeeld.errors import ConfigError, NotFound
from trendbeeld.indicators import compare
from trendbeeld.labels import label
from trendbeeld.model import (
    AccessLevel,
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
from trendbeeld.publish import (
    _curation,
    _format,
    _guard,
    _intro,
    _keyfigures,
    _news,
    _overview,
    _panel,
    _regions,
    _routesvg,
    _select,
    _spread,
    _theme_news,
    _trend_figures,
)
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
from trendbeeld.store import Store
from trendbeeld.store import indicators as indicator_store
from trendbeeld.store import themes as theme_store
from trendbeeld.trends import curation, events, signals

DEFAULT_TAXONOMY = "nationaal"
OTHER_THEME = Theme("overig", "Overig", "Trends zonder thema.")
MAX_TREND_LINKS = 4
STAGE_LABELS = ("bronnen", "bewijs", "thema's", "trends", "routekaart", "indicatoren")
STATUS_LABELS = {
    TrendStatus.ACCEPTED: label(TrendStatus.ACCEPTED),
    TrendStatus.CANDIDATE: f"{label(TrendStatus.CANDIDATE)} (niet beoordeeld)",
}
Step = Callable[[str], None]


def gather(
    store: Store,
    spec: EditionSpec,
    *,
    concept: bool = False,
    key_figures: Path | None = None,
    step: Step = lambda _: None,
) -> EditionContent:
    """Everything the edition ``spec`` shows, from material its access level allows.

    Reads only: the theme assignment is the one ``trendbeeld themes assign`` stored. An edition
    that is not a concept (``concept=False``) shows accepted trends only and must have its own
    introduction and trend boxes; otherwise a ConfigError lists what to write where. Candidate
    trends appear only in a concept edition for internal readers, marked as candidates.
    """
    step("bronnen lezen")
    region = _regions.resolve(spec.region) if spec.region else None
    front, intro_html = _intro.load(spec, region)
    corpus = read_corpus(store, spec.access)
    if not corpus.sources:
        raise ConfigError(
            f"de database bevat geen bronnen die een editie met toegang '{spec.access.value}' mag tonen; "
            "er is niets te publiceren",
            hint="Voeg eerst bronnen toe met `trendbeeld add MAP` (en controleer --db en --access)",
        )
    taxonomy = themes.load_taxonomy(spec.taxonomy or DEFAULT_TAXONOMY)
    shown = _themes(taxonomy, spec)
    step("thema-indeling lezen")
    assignment_scores: dict[str, float] = {}
    assignment = _assignment(store, taxonomy, spec, corpus, shown, assignment_scores)
    candidates = concept and spec.access is not AccessLevel.PUBLIC
    step("nieuws samenvatten")
    news, news_files = _news.summarise(corpus, assignment, {t.key: _format.plain(t.name) for t in shown})
    step("trends en trendkaders")
    stored = trends.list_trends(store, access=spec.access)
    metas = {sid: source.meta for sid, source in corpus.sources.items()}
    trend_views = _curated_trends(
        stored, corpus, taxonomy, assignment, candidates=candidates, files=news_files,
        exposure=curation.run_exposure(store, metas),
    )
    boxes = _boxes(store, taxonomy, spec)
    if not concept:
        names = {t.key: _format.plain(t.name) for t in [*shown, OTHER_THEME]}
        _curation.check(spec, intro_html, trend_views, boxes, names, taxonomy)
    step("kerncijfers kiezen")
    reports = {sid for sid in corpus.sources if not _news.is_news(corpus, sid)}
    wanted = {_regions.NATIONAL, *([region.code, *region.parents] if region else []), *_claim_regions(corpus)}
    series = _readable_series(store, spec, wanted)
    overrides = (
        _keyfigures.load_overrides(
            key_figures, taxonomy, {name for name, _ in indicator_store.list_indicators(store)}
        )
        if key_figures
        else _keyfigures.Overrides()
    )
    tables = indicator_store.import_tables(store)
    trend_views = [replace(v, figures=_trend_figures.line(v, series, region, tables)) for v in trend_views]
    by_theme = _keyfigures.choose(series, taxonomy, shown, region, overrides, tables)
    theme_views = _theme_views(
        shown, spec, region, corpus, assignment, trend_views, boxes, by_theme, news_files,
        concept=concept, taxonomy=taxonomy, scores=assignment_scores,
    )
    indicator_figures = tuple(f for t in theme_views for f in t.key_figures if f.link is None)
    used = _overview.used_sources(corpus, assignment, theme_views, spec)
    route = _routemap(store, corpus, theme_views)
    step("verantwoording")
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
        as_of=_overview.as_of(
            dates,
            [f.period for f in indicator_figures if f.period],
            news=any(_news.is_news(corpus, u) for u in used),
        ),
        themes=theme_views,
        indicator_figures=indicator_figures,
        routemap=route,
        sources=_overview.source_views(corpus, {u for u in used if not _news.is_news(corpus, u)}),
        methods=replace(
            _overview.methods(
                corpus, used, theme_views, STAGE_LABELS, _claims(corpus, used & reports, series, tables)
            ),
            panel=_panel.gather(store, spec.access, _shown(stored, theme_views)),
        ),
        concept=concept,
        news=news,
        candidates=candidates,
    )


# --------------------------------------------------------------------------- themes


def _top_key(taxonomy: Taxonomy, key: str | None) -> str | None:
    top = themes.top_level(taxonomy, key)
    return top.key if top else None


def _themes(taxonomy: Taxonomy, spec: EditionSpec) -> list[Theme]:
    """The top-level themes the edition may show, in taxonomy order, narrowed by ``spec.themes``."""
    tops = [t for t in taxonomy.themes if not t.parent]
    if not spec.themes:
        return tops
    chosen: list[Theme] = []
    for wanted in spec.themes:
        match = [t for t in tops if wanted.casefold() in (t.key.casefold(), t.name.casefold())]
        if not match:
            raise NotFound(
                f"thema '{wanted}' bestaat niet in taxonomie '{taxonomy.name}'",
                hint="Kies uit: " + ", ".join(t.key for t in tops),
            )
        chosen.extend(t for t in match if t not in chosen)
    return chosen


def _assignment(
    store: Store,
    taxonomy: Taxonomy,
    spec: EditionSpec,
    corpus: Corpus,
    shown: list[Theme],
    scores: dict[str, float],
) -> dict[str, str]:
    """Evidence id → top-level theme key, for readable evidence in the edition's themes; ``scores``
    receives the score of each item's assignment (1.0 for an analyst's correction).

    Read from the store (``trendbeeld themes assign`` computes and saves it); an analyst's
    correction made since then wins. Publishing never assigns, so it never writes the store.
    """
    stored = theme_store.stored_assignment(store, taxonomy.name)
    if not stored:
        name = spec.taxonomy or DEFAULT_TAXONOMY
        raise ConfigError(
            f"er is nog geen thema-indeling opgeslagen voor taxonomie '{taxonomy.name}'",
            hint=f"Draai eerst `trendbeeld themes assign --taxonomy {name}` en publiceer dan opnieuw",
        )
    corrected = theme_store.corrections(store, taxonomy.name)
    keys = {t.key for t in shown}
    found = {}
    for eid, choices in stored.items():
        if eid not in corpus.evidence:
            continue
        first = corrected[eid].theme if eid in corrected else (choices[0][0] if choices else None)
        top = _top_key(taxonomy, first)
        if top in keys:
            found[eid] = top
            scores[eid] = 1.0 if eid in corrected else choices[0][1]
    return found


# --------------------------------------------------------------------------- trends and boxes


def _curated_trends(
    stored: list[Trend],
    corpus: Corpus,
    taxonomy: Taxonomy,
    assignment: dict[str, str],
    *,
    candidates: bool,
    files: Mapping[str, str],
    exposure: events.Exposure | None = None,
) -> list[TrendView]:
    """Accepted trends; with ``candidates`` (an internal concept edition) also the candidates.
    ``exposure``: all news of the edition, with the family of tests the clustering run made on it
    (`curation.run_exposure`), for the event-count test of news-only trends."""
    wanted = {TrendStatus.ACCEPTED, TrendStatus.CANDIDATE} if candidates else {TrendStatus.ACCEPTED}
    views = []
    for trend in stored:
        if trend.status not in wanted:
            continue
        readable = [i for i in trend.evidence_ids if i in corpus.evidence]
        if not readable:
            continue
        theme = _top_key(taxonomy, trend.theme) if trend.theme else None
        if theme is None:
            votes = Counter(assignment[i] for i in readable if i in assignment)
            theme = min(votes, key=lambda k: (-votes[k], k)) if votes else OTHER_THEME.key
        views.append(_trend_view(trend, theme, readable, corpus, files, exposure))
    views.sort(key=lambda v: (v.status_label != STATUS_LABELS[TrendStatus.ACCEPTED], v.contested,
                              -v.n_sources, -v.score, v.title, v.id))
    return views


def _shown(stored: list[Trend], theme_views: tuple[ThemeView, ...]) -> list[Trend]:
    """The stored trends the edition's themes show, in the order they appear."""
    by_id = {t.id: t for t in stored}
    return [by_id[v.id] for theme in theme_views for v in theme.trends if v.curated and v.id in by_id]


def _trend_view(
    trend: Trend,
    theme: str,
    readable: list[str],
    corpus: Corpus,
    files: Mapping[str, str],
    exposure: events.Exposure | None = None,
) -> TrendView:
    items = sorted((corpus.evidence[i] for i in readable), key=lambda e: (e.span.source_id, e.span.start))
    source_ids = {e.span.source_id for e in items}
    # The evidence a reader sees first: reports, polls and interviews before news items (events),
    # then the members closest to the trend's centre (``readable`` comes best first).
    rank = {eid: n for n, eid in enumerate(readable)}
    ordered = sorted(
        readable, key=lambda i: (_news.is_news(corpus, corpus.evidence[i].span.source_id), rank[i])
    )
    first: dict[str, str] = {}  # one passage per source: a second link would repeat the source's title
    for eid in ordered:
        first.setdefault(corpus.evidence[eid].span.source_id, eid)
    # one link per story: a news item and its update (same outlet, same title within days) are one case
    best = [first[s] for s in _news.one_per_story(list(first), corpus, MAX_TREND_LINKS)]
    # One source count everywhere: independent voices of the readable evidence, as the CLI counts them
    # (without the sources that report the opposite of the trend's rise or fall: said apart).
    backing = signals.support(
        items, {s: corpus.sources[s].meta for s in source_ids}, None if trend.conflicting else trend.direction
    )
    shown = signals.shown_direction(trend)
    # A news-only trend is titled by the test of its counts: the reader sees that test, as the CLI does.
    tested = (
        signals.count_test(items, {s: corpus.sources[s].meta for s in source_ids}, exposure)
        if exposure is not None
        else None
    )
    return TrendView(
        id=trend.id,
        title=_format.plain(trend.title),
        theme=theme,
        summary=_format.plain(trend.summary),
        change=shown[0] if shown else None,
        change_label=shown[1] if shown else None,
        status_label=STATUS_LABELS.get(trend.status, trend.status.value),
        impact_label=label(trend.impact) if trend.impact else None,
        horizon=_format.plain(trend.horizon) or None,
        n_sources=backing.voices,
        n_types=len({corpus.sources[s].meta.type for s in source_ids - backing.opposed}),
        score=round(trend.strength.score if trend.strength else float(backing.voices), 4),
        conflicting=trend.conflicting,
        contested=signals.contested(backing),
        support=signals.describe(backing),
        count_test=signals.describe_test(tested) if tested is not None else "",
        international=_format.plain(trend.international),
        national=_format.plain(trend.national),
        meaning=_format.plain(trend.meaning),
        links=tuple(_select.link(corpus.evidence[i], corpus.sources, files) for i in best[:MAX_TREND_LINKS]),
    )


def _boxes(store: Store, taxonomy: Taxonomy, spec: EditionSpec) -> dict[str, BoxView]:
    """The analysts' texts of the trend boxes (``trendbeeld trends boxes``), per top-level theme.

    The layers the analysts left empty are completed from the edition's own trends (``_box``).
    """
    found = {}
    for theme, layers in sorted(trends.box_texts(store).items()):
        key = _top_key(taxonomy, theme)
        if key and key not in found:
            found[key] = BoxView(
                _format.plain(layers.get(trends.Layer.INTERNATIONAL.value, "")),
                _format.plain(layers.get(trends.Layer.NATIONAL.value, "")),
                _format.plain(layers.get(trends.Layer.MEANING.value, "")),
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


def _readable_series(store: Store, spec: EditionSpec, regions: set[str]) -> list[Series]:
    """Readable series of ``regions`` (the edition's region chain and those its sources' claims name)."""
    restricted = _guard.restricted_sources(store, spec.access)
    return [
        s
        for code in sorted(regions)
        for s in indicator_store.list_series(store, region=code, access=spec.access)
        if s.observations and _series_readable(s, restricted)
    ]


def _claim_regions(corpus: Corpus) -> set[str]:
    """Region codes named by the figures of reports, polls and interviews (for checking their claims)."""
    names = {
        e.region
        for e in corpus.evidence.values()
        if isinstance(e, Figure) and e.region and e.direction is not None
        and not _news.is_news(corpus, e.span.source_id)
    }
    from trendbeeld.indicators import regions as indicator_regions

    return {code for name in names if (code := indicator_regions.resolve(name))}


def _claims(
    corpus: Corpus, used: set[str], series: list[Series], tables: compare.TableNames
) -> tuple[tuple[ClaimView, ...], int]:
    """Statements of the edition's sources checked against its statistics: flagged ones, and how many held.

    The sources let a claim take its years from its paragraph and the source's date ("sinds dit jaar");
    the import tables let the note name the publisher's table."""
    by_id = {
        eid: e
        for eid, e in corpus.evidence.items()
        if e.span.source_id in used and isinstance(e, Figure | TrendStatement) and e.direction is not None
    }
    sentences = {
        eid: _select.sentence_around(corpus.sources[e.span.source_id], e.span.start, e.span.end)
        for eid, e in by_id.items()
    }
    checks = compare.check_claims(
        list(by_id.values()), series, sentences=sentences, sources=corpus.sources, tables=tables
    )
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
    key_figures: Mapping[str, tuple[KeyFigure, ...]],
    news_files: Mapping[str, str],
    *,
    concept: bool,
    taxonomy: Taxonomy,
    scores: Mapping[str, float],
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
        shown_trends = own_trends
        single: list[str] = []
        if not own_trends and concept:
            # Statements of change from reports, polls and interviews; a news item is an event.
            statements = [
                t for t in corpus.of_kind(ids, TrendStatement) if not _news.is_news(corpus, t.span.source_id)
            ]
            every = _select.developments(statements, corpus.sources, theme=theme.key, limit=len(statements))
            shown_trends, left = _select.per_source(every)
            single = [
                _select.left_note(n, corpus.sources[sid].meta.title or sid) for sid, n in sorted(left.items())
            ]
        # Stated figures from reports, polls and interviews; a number in a news item is part of
        # an event, not a key figure.
        figures = [
            f
            for f in corpus.of_kind(ids, Figure)
            if _in_region(f, region) and not _news.is_news(corpus, f.span.source_id)
        ]
        stated = _select.key_figures(figures, corpus.sources, theme=theme.key)
        indicator_cards = key_figures.get(theme.key, ())
        cards = (*indicator_cards, *stated[: max(0, _select.MAX_KEY_FIGURES - len(indicator_cards))])
        if not (ids or shown_trends or cards) and not spec.themes:
            continue
        source_ids = sorted({corpus.evidence[i].span.source_id for i in ids})
        news_ids = [s for s in source_ids if _news.is_news(corpus, s)]
        news_set = set(news_ids)
        mix = Counter(label(corpus.sources[s].meta.type) for s in source_ids)
        headlines = corpus.of_kind(ids, Headline)
        on_theme = _theme_news.about_theme(
            [h for h in headlines if h.span.source_id in news_set], theme, taxonomy, scores
        )
        # Voices from interviews, reports and polls; a news item's quote is part of an event (a
        # celebrity, a suspect, a foreign minister) and stays in the news list.
        voices = [q for q in corpus.of_kind(ids, Quote) if not _news.is_news(corpus, q.span.source_id)]
        views.append(
            ThemeView(
                key=_format.slug(theme.key),
                name=_format.plain(theme.name),
                description=_format.plain(theme.description),
                impact_label=label(theme.impact) if theme.impact else None,
                trends=tuple(shown_trends),
                key_figures=cards,
                key_figures_note=_spread.note(cards),
                quotes=_select.quotes(voices, corpus.sources, files=news_files),
                headlines=_select.headlines(on_theme, corpus.sources, files=news_files),
                box=_box(boxes.get(theme.key), shown_trends),
                source_mix=tuple(sorted(mix.items())),
                n_sources=len(source_ids),
                n_evidence=len(ids),
                weak=(*_weak_spots(theme, source_ids, corpus, own_trends), *single),
                n_news=len(news_ids),
                n_news_on_theme=len({h.span.source_id for h in on_theme}),
                n_outlets=len({_outlet(h, corpus) for h in headlines if h.span.source_id in news_set}),
            )
        )
    return tuple(views)


def _outlet(headline: Headline, corpus: Corpus) -> str:
    return (headline.outlet or corpus.sources[headline.span.source_id].meta.publisher or "").casefold()


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
    if not source_ids and not trends:  # "Overig" holds trends whose evidence has no theme of its own
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
