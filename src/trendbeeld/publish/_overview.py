"""The sources page (with summaries and passages) and the methods page of an edition."""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date

from trendbeeld.errors import TrendbeeldError
from trendbeeld.indicators.verdicts import period_key, period_label
from trendbeeld.labels import label
from trendbeeld.model import EditionSpec, Evidence, SourceType
from trendbeeld.publish import _format, _select
from trendbeeld.publish._corpus import Corpus, position
from trendbeeld.publish._view import ClaimView, MethodsView, SourceView, ThemeView
from trendbeeld.publish.summary import summarize

SHORT_TEXT_CHARS = 300


def as_of(texts: Iterable[date], periods: Iterable[str], *, news: bool) -> str | None:
    """How recent an edition's sources are, in Dutch: the newest dated text and the newest period of
    the statistics it shows, each named (``nieuws en rapporten tot 30 oktober 2019, cijfers tot
    2024``): the date of the texts alone would hide five years of figures, and the figures' period
    alone the age of the texts. None without either."""
    parts = []
    if latest := max(texts, default=None):
        parts.append(f"{'nieuws en rapporten' if news else 'rapporten'} tot {_format.long_date(latest)}")
    ends = [(end, period) for period in periods if (end := _period_end(period)) is not None]
    if ends:
        parts.append(f"cijfers tot {period_label(max(ends)[1])}")
    return ", ".join(parts) or None


def _period_end(period: str) -> date | None:
    """The last day of a statistics period (``2024`` → 31 December 2024); None when not read."""
    try:
        kind, ordinal = period_key(period)
    except TrendbeeldError:
        return None
    if kind == "year":
        return date(ordinal, 12, 31)
    if kind == "day":
        return date.fromordinal(ordinal)
    if kind == "quarter":
        ordinal = (ordinal // 4) * 12 + (ordinal % 4) * 3 + 2  # the quarter's last month
    year, month = divmod(ordinal, 12)
    return date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def used_sources(
    corpus: Corpus, assignment: dict[str, str], themes: tuple[ThemeView, ...], spec: EditionSpec
) -> set[str]:
    """All readable sources; for an edition of chosen themes, those the edition draws on."""
    if not spec.themes:
        return set(corpus.sources)
    used = {corpus.evidence[i].span.source_id for i in assignment}
    for theme in themes:
        links = [
            *(lk for t in theme.trends for lk in t.links),
            *(q.link for q in theme.quotes),
            *(h.link for h in theme.headlines),
            *(f.link for f in theme.key_figures if f.link),
        ]
        used.update(lk.source_id for lk in links)
    return used


def source_views(corpus: Corpus, used: set[str]) -> tuple[SourceView, ...]:
    by_source: dict[str, list[Evidence]] = defaultdict(list)
    for item in corpus.evidence.values():
        by_source[item.span.source_id].append(item)
    views = []
    for sid in used:
        source = corpus.sources[sid]
        items = sorted(by_source.get(sid, []), key=position)
        meta = source.meta
        views.append(
            SourceView(
                id=source.id,
                title=_select.source_title(source),
                type_label=label(meta.type),
                publisher=_format.plain(meta.publisher) or None,
                date=_format.long_date(meta.date),
                url=_format.safe_url(meta.url),
                region=_format.plain(meta.region) or None,
                summary=_summary(source.text),
                n_evidence=len(items),
                passages=tuple(_select.passage(item, source) for item in items),
            )
        )
    views.sort(key=lambda v: (v.title.casefold(), v.id))
    return tuple(views)


def _summary(text: str) -> str:
    """A short summary; a source in another language is marked as such in the Dutch edition."""
    found = summarize(text) or _short(text)
    if found and not _select.reads_dutch(found):
        return f"Anderstalige bron. {found}"
    return found


def _short(text: str) -> str:
    """A text too short for full sentences (a headline, a note) as its own summary."""
    flat = _format.plain(text)
    return flat if len(flat) <= SHORT_TEXT_CHARS else ""


def methods(
    corpus: Corpus,
    used: set[str],
    themes: tuple[ThemeView, ...],
    stages: tuple[str, ...],
    claims: tuple[tuple[ClaimView, ...], int] = ((), 0),
) -> MethodsView:
    per_type = Counter(label(corpus.sources[s].meta.type) for s in used)
    kinds = Counter(
        label(corpus.evidence[i].kind) for i in corpus.evidence if corpus.evidence[i].span.source_id in used
    )
    types = tuple(label(t) for t in SourceType if label(t) in per_type)
    mix = tuple((t.name, tuple((ty, dict(t.source_mix).get(ty, 0)) for ty in types)) for t in themes)
    weak = tuple(w for t in themes for w in t.weak)
    return MethodsView(
        n_sources=len(used),
        n_evidence=sum(kinds.values()),
        per_type=tuple((ty, per_type[ty]) for ty in types),
        per_kind=tuple(sorted(kinds.items())),
        mix=mix,
        types=types,
        weak=weak,
        stages=stages,
        claims=claims[0],
        n_claims_confirmed=claims[1],
    )
