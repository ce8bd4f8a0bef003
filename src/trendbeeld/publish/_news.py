"""News summarised: news items are events, counted per month and outlet, never listed in the brochure.

The brochure shows a table of counts (months × the busiest outlets) and, per theme, how many items
and outlets and a few headlines. The site adds the full list, one page per month (busy months in
parts of ``PAGE_SIZE``), readable without JavaScript, and a search index over it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from trendbeeld.model import Headline, SourceType
from trendbeeld.publish import _format
from trendbeeld.publish._corpus import Corpus
from trendbeeld.publish._view import NewsItemView, NewsPage, NewsView
from trendbeeld.trends import events

PAGE_SIZE = 400
TABLE_OUTLETS = 5
NO_DATE = "zonder-datum"


def is_news(corpus: Corpus, source_id: str) -> bool:
    return corpus.sources[source_id].meta.type is SourceType.NEWS


def one_per_story(source_ids: Sequence[str], corpus: Corpus, limit: int) -> list[str]:
    """The first ``limit`` of ``source_ids`` in order, without the news items that retell a story kept
    before (`events.same_story`: an item and its update are one story)."""
    kept: list[str] = []
    for source_id in source_ids:
        if len(kept) >= limit:
            break
        meta = corpus.sources[source_id].meta
        if not any(events.same_story(meta, corpus.sources[k].meta) for k in kept):
            kept.append(source_id)
    return kept


def month_label(month: str) -> str:
    if month == NO_DATE:
        return "zonder datum"
    year, number = month.split("-")
    return f"{_format.MONTHS[int(number) - 1]} {year}"


def summarise(
    corpus: Corpus, assignment: Mapping[str, str], theme_names: Mapping[str, str]
) -> tuple[NewsView | None, dict[str, str]]:
    """The news overview and, per news source id, the file of the list page that holds it."""
    headline_of: dict[str, Headline] = {}
    for item in corpus.evidence.values():
        if isinstance(item, Headline) and is_news(corpus, item.span.source_id):
            headline_of.setdefault(item.span.source_id, item)
    theme_of_source = {
        corpus.evidence[eid].span.source_id: theme
        for eid, theme in assignment.items()
        if isinstance(corpus.evidence[eid], Headline)
    }
    by_month: dict[str, list[NewsItemView]] = defaultdict(list)
    outlets: Counter[str] = Counter()
    per_month_outlet: Counter[tuple[str, str]] = Counter()
    for sid, source in corpus.sources.items():
        if source.meta.type is not SourceType.NEWS:
            continue
        headline = headline_of.get(sid)
        when = (headline.date if headline else None) or source.meta.date
        outlet = _format.plain((headline.outlet if headline else None) or source.meta.publisher) or "onbekend"
        month = f"{when.year:04d}-{when.month:02d}" if when else NO_DATE
        title = _format.plain((headline.title if headline else None) or source.meta.title) or "Zonder titel"
        url = _format.safe_url((headline.url if headline else None) or source.meta.url)
        theme = theme_names.get(theme_of_source.get(sid, ""), "")
        by_month[month].append(
            NewsItemView(sid, title, outlet, when.isoformat() if when else "", url, theme)
        )
        outlets[outlet] += 1
        per_month_outlet[(month, outlet)] += 1
    if not by_month:
        return None, {}
    months = sorted(by_month)
    top = [name for name, _ in sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))[:TABLE_OUTLETS]]
    header = ("Maand", *top, "overige", "totaal")
    rows = []
    for month in months:
        counts = [per_month_outlet[(month, o)] for o in top]
        total = len(by_month[month])
        rows.append((month_label(month), *map(_format.number, counts), _format.number(total - sum(counts)),
                     _format.number(total)))
    pages = []
    files: dict[str, str] = {}
    for month in months:
        # Newest first; items of one day in the order of their titles (A to Z), as a reader looks them up.
        by_title = sorted(by_month[month], key=lambda i: (i.title, i.id))
        items = sorted(by_title, key=lambda i: i.date, reverse=True)  # stable: titles stay A to Z
        chunks = [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)]
        for part, chunk in enumerate(chunks, start=1):
            page = NewsPage(month, month_label(month), part, len(chunks), tuple(chunk))
            pages.append(page)
            files.update((item.id, page.file) for item in chunk)
    dated = [m for m in months if m != NO_DATE]
    return (
        NewsView(
            n_items=sum(outlets.values()),
            n_outlets=len(outlets),
            first=month_label(dated[0]) if dated else "",
            last=month_label(dated[-1]) if dated else "",
            header=header,
            rows=tuple(rows),
            outlets=tuple(sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))),
            pages=tuple(pages),
        ),
        files,
    )
