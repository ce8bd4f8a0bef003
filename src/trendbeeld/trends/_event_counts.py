"""Candidate trends of news events: one count per safety phenomenon over all news, not per cluster.

A news item reports an event ("Mishandeling in Klimmen: twee verdachten"); whether such events
become more frequent is a count of every news item that names the phenomenon, tested against the
months before (`events.event_signal`). Counting only the news items one cluster happened to gather
made the test follow the clustering: on the real corpus the same topic counted 280 items (p 0.0004)
in one run and 48 (p 0.012) after one unrelated poll was left out, because refitting the vectors
moved the cluster borders. So the events of a topic are every news item whose phenomenon or own
words name a phenomenon of the events lexicon (``event_topics.txt``, as the title names it:
"mishandeling", "mishandeld"; a narrower one counts for itself only, "woninginbraak" not also for
"inbraak"; the words the title is made of, `cluster.event_topic`, so the count is titled by its
topic), in the Netherlands (`_coherence.abroad`), and not already backing a report's trend. Topics
of one synonym group (`_synonyms`: "steekincidenten", "steekpartijen") are one count. A news item is
about what its title says: when the title names a topic, a sentence of the item counts only for that
topic (or a broader or narrower one), so the knife threat in the lead of "Werkstraf voor gewapende
overval" is no event of threats; a title that names none ("Jongens van bromfiets gereden en
geschopt") leaves its sentences' topics. A threat in the figurative sense is no event of threats:
"met uitsterven/sluiting bedreigd" (a nominalisation or infinitive as the threat, not a weapon), "een
(grote) bedreiging voor" and "als (grootste) bedreiging" (a danger to or a rival of something; "de
rechter bestempelt het als bedreiging van de wethouder" stays): in the 42,000 real feed titles and
leads 32 items, read 32 of 32 figurative.

A topic is a candidate when its count qualifies (`events.qualify`: outlets, and a significant or
marginal rise). Every topic counted is tested both ways (more events and fewer), and all those tests
are one family: their p-values are adjusted together (Benjamini–Hochberg, `events.adjusted`) before
any verdict, either way, so with about 60 topics the three or so that pass p < 0.05 by chance are no
candidate, and no "Minder berichten over …" either. A candidate lies in the theme most of its items
were assigned to, so one phenomenon is one count even when assignment spread its news over two
themes.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache

import numpy as np

from trendbeeld.model import Evidence, SourceMeta
from trendbeeld.stemming import stem
from trendbeeld.trends import _synonyms, cluster, events
from trendbeeld.trends._coherence import abroad
from trendbeeld.trends._event_topics import VERB_STEM_MIN, Topic, event_topics
from trendbeeld.trends._items import Item
from trendbeeld.trends._words import COMPOUND_MIN, item_phrase

_WORD = re.compile(r"[\w'-]+", re.UNICODE)
# A threat in the figurative sense (see the module): read as no word of a topic.
_FIGURATIVE = re.compile(
    r"\bmet\s+(?:het\s+)?(?!\w*wapen)\w+(?:ing|en)\s+(?:wordt\s+|worden\s+)?bedreigd\w*"
    r"|\b(?:een|de|grootste|grote|echte|sluipende|serieuze|reële)\s+(?:\w+\s+)?bedreiging\s+voor\b"
    r"|\bals\s+(?:(?:de|een|grootste|belangrijkste)\s+)*bedreiging\b(?!\s+van\b)",
    re.IGNORECASE,
)
Table = dict[str, tuple[Topic, ...]]  # a form, stem or phrase → the topics it names


@cache
def _lookup() -> tuple[Table, Table, Table, re.Pattern[str] | None]:
    """Each topic's word forms (matched whole or as a compound's end), the stems that name it as a
    verb ("mishandel" in "mishandeld", at least ``VERB_STEM_MIN`` letters), its multi-word forms and
    one pattern of those."""
    forms: dict[str, list[Topic]] = defaultdict(list)
    stems: dict[str, list[Topic]] = defaultdict(list)
    phrases: dict[str, list[Topic]] = defaultdict(list)
    for topic in event_topics():
        for form in topic.words:
            forms[form].append(topic)
            if len(found := stem(form)) >= VERB_STEM_MIN:
                stems[found].append(topic)
        for phrase in topic.phrases:
            phrases[phrase].append(topic)
    ordered = sorted(phrases, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b") if ordered else None

    def frozen(table: dict[str, list[Topic]]) -> dict[str, tuple[Topic, ...]]:
        return {key: tuple(found) for key, found in table.items()}

    return frozen(forms), frozen(stems), frozen(phrases), pattern


def topics_named(text: str) -> set[Topic]:
    """The event topics a (folded) text names, the narrowest only ("woninginbraken" names
    "woninginbraak", not also "inbraak"); as `_coherence.names_topic` reads each topic."""
    forms, stems, phrases, pattern = _lookup()
    named: set[Topic] = set()
    for word in set(_WORD.findall(text)):
        for start in range(len(word)):
            tail = word[start:]
            if start and len(tail) < COMPOUND_MIN:
                break
            named.update(forms.get(tail, ()))
        for end in range(VERB_STEM_MIN, len(word) + 1):
            named.update(stems.get(word[:end], ()))
    if pattern is not None:
        for match in pattern.finditer(text):
            named.update(phrases.get(match.group(0), ()))
    return {t for t in named if not any(o.refines(t) for o in named)}


def counted_for(item: Item) -> set[Topic]:
    """The event topics a news item's evidence counts for: what its phenomenon and sentence name, of
    the topics its title names when the title names any (`_as_titled`)."""
    said = f"{item_phrase(item.evidence) or ''} {item.evidence.text}".casefold()
    named = topics_named(_FIGURATIVE.sub(" ", said))
    title = item.meta.title if item.meta is not None else ""
    return _as_titled(named, _title_topics(title)) if title and named else named


@lru_cache(maxsize=4096)
def _title_topics(title: str) -> frozenset[Topic]:
    """The event topics a news item's title names (cached: every member of one item asks)."""
    return frozenset(topics_named(_FIGURATIVE.sub(" ", title.casefold())))


def _as_titled(named: set[Topic], titled: frozenset[Topic]) -> set[Topic]:
    """What a news item's sentence counts for: a topic its title also names, when the title names one
    ("Werkstraf voor gewapende overval": the threat with a knife in its lead is part of the robbery,
    no event of threats); a title that names no topic leaves the sentence's own topics ("Jongens van
    bromfiets gereden en geschopt", whose lead says they were beaten up)."""
    if not titled:
        return named
    keys = {_key(o) for o in titled}
    return {t for t in named if _key(t) in keys or any(o.refines(t) or t.refines(o) for o in titled)}


def _key(topic: Topic) -> frozenset[str]:
    """One count per synonym group ("steekincidenten", "steekpartijen")."""
    return _synonyms.concepts(topic.name) or frozenset({topic.name})


def topic_candidates(
    items: Sequence[Item],
    vectors: np.ndarray,
    metas: Mapping[str, SourceMeta],
    exposure: events.Exposure,
    claimed: set[str],
) -> tuple[list[cluster.Candidate], set[int]]:
    """One candidate per event topic whose count of news items qualifies (see the module), and the
    indices of the news items of all topics counted (qualifying or not)."""
    by_topic: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        if item.id in claimed or not events.is_event(metas.get(item.source_id)):
            continue
        named = counted_for(item)
        if not named or abroad(f"{item.meta.title if item.meta is not None else ''} {item.context}"):
            continue
        for key in {_key(topic) for topic in named}:
            by_topic[key].append(i)
    keys = sorted(by_topic, key=sorted)
    evidence_of = {key: [items[i].evidence for i in by_topic[key]] for key in keys}
    exposure.tested(p_values(evidence_of.values(), metas, exposure))
    found: list[cluster.Candidate] = []
    counted: set[int] = set()
    for key in keys:
        positions = by_topic[key]
        counted.update(positions)
        evidence = evidence_of[key]
        if not events.qualify(evidence, metas, exposure).qualifies:
            continue
        themes = Counter(items[i].theme for i in positions if items[i].theme is not None)
        theme = min(themes, key=lambda t: (-themes[t], t)) if themes else None
        centre = cluster.centroid(vectors[positions])
        ranks = vectors[positions] @ centre
        members = sorted(
            ((items[i].id, cluster.rank_of(r)) for i, r in zip(positions, ranks, strict=True)),
            key=lambda m: (-m[1], m[0]),
        )
        found.append(cluster.Candidate(theme, tuple(members), centre))
    return found, counted


def p_values(
    topics: Iterable[Sequence[Evidence]], metas: Mapping[str, SourceMeta], exposure: events.Exposure
) -> list[float]:
    """The raw p of the event test of each topic's evidence, both ways (more events, fewer): the
    family adjusted together."""
    found: list[float] = []
    for evidence in topics:
        sources = sorted({e.span.source_id for e in evidence if e.span.source_id in metas})
        signal = events.raw_signal(((s, metas[s]) for s in sources), exposure)
        found.extend((signal.p_value, signal.p_fewer) if signal is not None else (1.0, 1.0))
    return found


def title_family(metas: Mapping[str, SourceMeta], exposure: events.Exposure) -> tuple[float, ...]:
    """The p of every topic the titles of the news name, in the Netherlands, both ways: the family of
    tests when the run that counted the evidence is not at hand (`events.Exposure.q_value`)."""
    by_topic: dict[frozenset[str], list[str]] = defaultdict(list)
    for source_id, meta in metas.items():
        if not events.is_event(meta) or not meta.title or abroad(meta.title):
            continue
        for topic in topics_named(meta.title.casefold()):
            by_topic[_synonyms.concepts(topic.name) or frozenset({topic.name})].append(source_id)
    found = (events.raw_signal(((s, metas[s]) for s in sorted(ids)), exposure) for ids in by_topic.values())
    return tuple(sorted(p for s in found if s is not None for p in (s.p_value, s.p_fewer)))
