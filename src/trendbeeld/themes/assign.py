"""Theme assignment (thematisering): passages and evidence to themes, with scores.

Each theme has a *profile*: its name, description and key terms, its sub-themes' text, and every
passage an analyst has corrected to it (stored examples). Texts and profiles are compared as
TF-IDF vectors over Dutch Snowball stems; a key term found in the text adds to the score. An
evidence item is judged by the sentences around it and, when its section has a theme, leans to
that theme. An analyst's correction always wins for that item and teaches the profile.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

import numpy as np

from trendbeeld.errors import ConfigError
from trendbeeld.model import AccessLevel, Evidence, Section, Source, Taxonomy, evidence_id
from trendbeeld.store import Store
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import sources as source_store
from trendbeeld.store import themes as theme_store
from trendbeeld.themes.profiles import Profiles
from trendbeeld.themes.sections import sections

SECTION_PRIOR = 0.35  # added to the theme of the section an item stands in
CONTEXT_CHARS = 300
KEEP = 3  # themes kept per item
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“\"'(])")


def context(source: Source, start: int, end: int, chars: int = CONTEXT_CHARS) -> str:
    """The sentences around ``start:end`` in the source text, about ``chars`` either side."""
    text = source.text
    left = max(0, start - chars)
    right = min(len(text), end + chars)
    window = text[left:right]
    cuts = [m.end() for m in SENTENCE_END.finditer(window)]
    head = next((c for c in cuts if c <= start - left), 0)
    tail = next((c for c in cuts if c >= end - left), len(window))
    return " ".join(window[head:tail].split())


def rank(
    sources: Sequence[Source],
    items: Sequence[Evidence],
    taxonomy: Taxonomy,
    *,
    examples: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, list[tuple[str, float]]]:
    """Evidence id → [(theme key, score)], best first, from text around each item and its section."""
    profiles = Profiles.build(taxonomy, examples)
    by_name = {t.name: t.key for t in taxonomy.themes}
    by_source = {s.id: s for s in sources}
    keyed: list[tuple[str, Evidence]] = [(evidence_id(i), i) for i in items if i.span.source_id in by_source]
    texts, priors = [], []
    section_cache: dict[str, list[Section]] = {}
    for _, item in keyed:
        source = by_source[item.span.source_id]
        if source.id not in section_cache:
            section_cache[source.id] = sections(source, taxonomy)
        own = [s for s in section_cache[source.id] if s.span.start <= item.span.start]
        section = own[-1] if own else None
        title = section.title if section else ""
        if isinstance(item, Section):
            texts.append(
                f"{item.title}. {item.title}. {context(source, item.span.start, item.span.end, 600)}"
            )
        else:
            texts.append(f"{title}. {context(source, item.span.start, item.span.end)}")
        priors.append(by_name.get(section.theme or "") if section else None)
    matrix = profiles.scores(texts)
    result: dict[str, list[tuple[str, float]]] = {}
    for row, ((eid, _), prior) in enumerate(zip(keyed, priors, strict=True)):
        scores = matrix[row].copy()
        if prior is not None:
            for col, theme in enumerate(profiles.themes):
                if prior in (theme.key, theme.parent):
                    scores[col] += SECTION_PRIOR
        order = np.argsort(-scores, kind="stable")[:KEEP]
        result[eid] = [(profiles.themes[c].key, round(float(scores[c]), 4)) for c in order if scores[c] > 0]
    return result


def assign(store: Store, taxonomy: Taxonomy, *, access: AccessLevel) -> dict[str, list[tuple[str, float]]]:
    """Themes of all evidence readable at ``access``: computed, stored, analyst corrections first."""
    items = evidence_store.list_evidence(store, access=access)
    source_ids = sorted({i.span.source_id for i in items})
    sources = [s for sid in source_ids if (s := source_store.get(store, sid, access=access)) is not None]
    corrections = theme_store.corrections(store, taxonomy.name)
    keys = {t.key for t in taxonomy.themes}
    examples: dict[str, list[str]] = defaultdict(list)
    for correction in corrections.values():
        if correction.theme in keys and correction.text:
            examples[correction.theme].append(correction.text)
    ranked = rank(sources, items, taxonomy, examples=examples)
    for eid, correction in corrections.items():
        if eid in ranked and correction.theme in keys:
            ranked[eid] = [(correction.theme, 1.0)] + [c for c in ranked[eid] if c[0] != correction.theme]
    theme_store.save_assignment(store, taxonomy.name, ranked)
    return ranked


def correct(store: Store, evidence_id_: str, theme_key: str, *, taxonomy: Taxonomy, actor: str) -> None:
    """Store an analyst's theme for one evidence item; it wins now and teaches the profiles."""
    if theme_key not in {t.key for t in taxonomy.themes}:
        raise ConfigError(
            f"thema '{theme_key}' bestaat niet in taxonomie '{taxonomy.name}'",
            hint="Kies uit: " + ", ".join(t.key for t in taxonomy.themes),
        )
    found = evidence_store.list_evidence(store, access=AccessLevel.CONFIDENTIAL, ids=[evidence_id_])
    if not found:
        raise ConfigError(f"bewijsstuk '{evidence_id_}' bestaat niet", hint="Zie `trendbeeld evidence`")
    item = found[0]
    source = source_store.get(store, item.span.source_id, access=AccessLevel.CONFIDENTIAL)
    text = context(source, item.span.start, item.span.end) if source else item.text
    theme_store.add_correction(store, evidence_id_, taxonomy.name, theme_key, actor=actor, text=text)
