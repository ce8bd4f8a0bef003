"""The headlines a theme page lists are about the theme (publish/_theme_news), on real RSS headlines.

The items are real rows of ``../shared/corpus/real/news/nl_news_rss_alle_koppen_2019-05.csv`` (every
headline of a month of Dutch news sites), each a headline-only news item as `trendbeeld add` stores
it, assigned with the real theme profiles of the regional taxonomy.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from trendbeeld import themes
from trendbeeld.model import Headline, Source, SourceMeta, SourceType, Span, evidence_id
from trendbeeld.publish import _select, _theme_news
from trendbeeld.themes.assign import rank
from trendbeeld.trends import _coherence

FILE = Path("corpus/real/news/nl_news_rss_alle_koppen_2019-05.csv")
ROWS = 3000  # the first days of May 2019


def _item(row: dict[str, str]) -> tuple[Source, Headline]:
    when = date.fromisoformat(row["published"][:10])
    meta = SourceMeta(type=SourceType.NEWS, title=row["title"], publisher=row["outlet"], date=when)
    source = Source.create(row["url"], row["title"], meta)
    span = Span(source.id, 0, len(row["title"]))
    return source, Headline(span, row["title"], row["title"], row["outlet"], when, row["url"])


@pytest.fixture(scope="module")
def listed(shared: Path) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, Source]]:
    """Per theme: the titles assigned to it and the titles its page may list."""
    wanted = ("Kim en Kanye ouders", "Hennepkwekerij aangetroffen in Ter Aar", "Verwarde man (25)")
    with (shared / FILE).open(encoding="utf-8") as handle:
        everything = list(csv.DictReader(handle))
    rows = everything[:ROWS] + [r for r in everything[ROWS:] if r["title"].startswith(wanted)]
    pairs = [_item(r) for r in rows]
    sources = {s.id: s for s, _ in pairs}
    taxonomy = themes.load_taxonomy("regionaal")
    ranked = rank(list(sources.values()), [h for _, h in pairs], taxonomy)
    scores = {eid: choices[0][1] for eid, choices in ranked.items() if choices}
    by_theme: dict[str, list[Headline]] = defaultdict(list)
    for _, h in pairs:
        if ranked.get(evidence_id(h)):
            by_theme[ranked[evidence_id(h)][0][0]].append(h)
    assigned = {k: [h.title for h in hs] for k, hs in by_theme.items()}
    kept = {
        t.key: [h.title for h in _theme_news.about_theme(by_theme[t.key], t, taxonomy, scores)]
        for t in taxonomy.themes
    }
    return assigned, kept, sources


def test_a_page_lists_fewer_items_than_were_assigned(listed: tuple) -> None:  # type: ignore[type-arg]
    assigned, kept, _ = listed
    assert sum(map(len, kept.values())) < sum(map(len, assigned.values())) / 2
    assert all(set(kept[k]) <= set(assigned.get(k, [])) for k in kept)


def test_celebrity_news_assigned_to_a_theme_is_not_listed(listed: tuple) -> None:  # type: ignore[type-arg]
    assigned, kept, _ = listed
    title = "Kim en Kanye ouders geworden van vierde kind"
    assert any(title in titles for titles in assigned.values())  # filed under a theme ("ouders", "kind")
    assert not any(title in titles for titles in kept.values())


def test_clear_items_stay_listed_under_their_theme(listed: tuple) -> None:  # type: ignore[type-arg]
    _, kept, _ = listed
    assert "Hennepkwekerij aangetroffen in Ter Aar" in kept["ondermijning"]
    assert "Verwarde man (25) loopt tegen voordeuren aan in Amersfoort" in kept["zorg"]


def test_events_abroad_are_listed_only_under_the_theme_about_the_world(listed: tuple) -> None:  # type: ignore[type-arg]
    assigned, kept, _ = listed
    abroad = [t for k, titles in assigned.items() if k != "mondiaal" for t in titles if _coherence.abroad(t)]
    assert len(abroad) >= 20  # the month's news has many
    for key, titles in kept.items():
        if key != "mondiaal":
            assert not [t for t in titles if _coherence.abroad(t)], key
    assert any(_coherence.abroad(t) for t in kept["mondiaal"])


def test_every_listed_title_names_a_key_term_of_its_theme(listed: tuple) -> None:  # type: ignore[type-arg]
    _, kept, _ = listed
    taxonomy = themes.load_taxonomy("regionaal")
    profiles = themes.Profiles.build(taxonomy)
    analyzer = profiles.vectorizer.build_analyzer()
    singles, _ = profiles._term_index()
    for column, theme in enumerate(profiles.themes):
        for title in kept[theme.key]:
            tokens = analyzer(title)
            assert set(singles[column]) & set(tokens) or any(
                " ".join(t) in " ".join(tokens) for t in profiles.terms[column] if len(t) > 1
            ), title


def test_one_story_retold_is_one_headline(listed: tuple) -> None:  # type: ignore[type-arg]
    _, _, sources = listed
    retold = [s for s in sources.values() if s.meta.title.startswith("Voetga") and "Drunen" in s.meta.title]
    assert len(retold) == 2  # "Voetganger gewond bij aanrijding in Drunen", its update by one outlet
    items = [Headline(Span(s.id, 0, 1), s.meta.title, s.meta.title, s.meta.publisher) for s in retold]
    assert len(_select.headlines(items, sources)) == 1
