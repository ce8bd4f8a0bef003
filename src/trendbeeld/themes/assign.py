"""Theme assignment (thematisering): passages and evidence to themes, with scores.

Each theme has a *profile*: its name, description and key terms, its sub-themes' text, and every
passage an analyst has corrected to it (stored examples). Texts and profiles are compared as
TF-IDF vectors over Dutch Snowball stems; a key term found in the text adds to the score. An
evidence item is judged by the sentences around it and, when its section has a theme, leans to
that theme. An analyst's correction always wins for that item and teaches the profile.

Assignment is incremental: each stored assignment carries the fingerprint of what it was computed
from (taxonomy, analysts' corrections, this module's version). A run assigns only the readable
items without a stored assignment of the current fingerprint, so a run after adding one source
handles that source alone, while a changed taxonomy or a new correction assigns everything again.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass

import numpy as np

from trendbeeld.errors import NotFound
from trendbeeld.model import (
    AccessLevel,
    Evidence,
    Headline,
    Section,
    Source,
    Taxonomy,
    evidence_id,
    hash_id,
)
from trendbeeld.store import Store
from trendbeeld.store import evidence as evidence_store
from trendbeeld.store import sources as source_store
from trendbeeld.store import themes as theme_store
from trendbeeld.store import trends as trend_store
from trendbeeld.themes.profiles import Profiles
from trendbeeld.themes.sections import sections

SECTION_PRIOR = 0.35  # added to the theme of the section an item stands in
# An item's own words say what it is about; the sentences around it say where it stands. A report
# on informal care "in de schaduw van de coronapandemie" names the pandemic in every paragraph, and
# by context alone each of its statements ("toename in betrokkenheid bij mantelzorg") went to the
# theme of the pandemic. The scores of the item's own text (a statement, figure or quote; a
# headline is its own context) are added with this weight.
OWN_WEIGHT = 0.5
CONTEXT_CHARS = 300
KEEP = 3  # themes kept per item
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“\"'(])")
VERSION = "3"  # bump when the scoring changes: every stored assignment is then computed again
BATCH = 2000  # items scored per step (progress is reported per batch)

Progress = Callable[[int, int], None]  # (items done, items to do)


@dataclass(frozen=True, slots=True)
class AssignReport:
    """What an assignment run did: items computed now, items whose stored assignment still held."""

    computed: int
    kept: int
    forgotten: int


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
    profiles: Profiles | None = None,
) -> dict[str, list[tuple[str, float]]]:
    """Evidence id → [(theme key, score)], best first, from text around each item and its section."""
    profiles = profiles or Profiles.build(taxonomy, examples)
    by_name = {t.name: t.key for t in taxonomy.themes}
    by_source = {s.id: s for s in sources}
    keyed: list[tuple[str, Evidence]] = [(evidence_id(i), i) for i in items if i.span.source_id in by_source]
    texts, priors = [], []
    own_rows: list[int] = []
    own_texts: list[str] = []
    section_cache: dict[str, list[Section]] = {}
    for _, item in keyed:
        source = by_source[item.span.source_id]
        if source.id not in section_cache:
            # one line (a headline, a news item) has no heading with body text under it
            section_cache[source.id] = sections(source, taxonomy) if "\n" in source.text.strip() else []
        own = [s for s in section_cache[source.id] if s.span.start <= item.span.start]
        section = own[-1] if own else None
        title = section.title if section else ""
        if isinstance(item, Section):
            texts.append(
                f"{item.title}. {item.title}. {context(source, item.span.start, item.span.end, 600)}"
            )
        else:
            texts.append(f"{title}. {context(source, item.span.start, item.span.end)}")
            if not isinstance(item, Headline):
                own_rows.append(len(texts) - 1)
                own_texts.append(item.text)
        priors.append(by_name.get(section.theme or "") if section else None)
    matrix = profiles.scores(texts)
    if own_texts:
        matrix[own_rows] += OWN_WEIGHT * profiles.scores(own_texts)
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


def fingerprint(taxonomy: Taxonomy, corrections: Mapping[str, theme_store.Correction]) -> str:
    """What an assignment depends on besides the item: the taxonomy, the corrections, the version."""
    body = json.dumps(
        {
            "version": VERSION,
            "taxonomy": asdict(taxonomy),
            "corrections": sorted((c.evidence_id, c.theme, c.text) for c in corrections.values()),
        },
        sort_keys=True,
        default=str,
        ensure_ascii=False,
    )
    return hash_id("themes", body)


def assign(
    store: Store, taxonomy: Taxonomy, *, access: AccessLevel, progress: Progress | None = None
) -> dict[str, list[tuple[str, float]]]:
    """Themes of all evidence readable at ``access``: new or changed items computed, all stored.

    Returns the stored assignment of every readable item (analyst corrections first).
    """
    return run(store, taxonomy, access=access, progress=progress)[0]


def run(
    store: Store, taxonomy: Taxonomy, *, access: AccessLevel, progress: Progress | None = None
) -> tuple[dict[str, list[tuple[str, float]]], AssignReport]:
    """``assign`` with a report of what was computed; ``progress`` is called per batch."""
    readable = theme_store.readable_evidence_ids(store, access)
    corrections = theme_store.corrections(store, taxonomy.name)
    current = fingerprint(taxonomy, corrections)
    stored_inputs = theme_store.fingerprints(store, taxonomy.name)
    pending = [eid for eid in readable if stored_inputs.get(eid) != current]
    todo: list[Evidence] = []
    for i in range(0, len(pending), theme_store.CHUNK * 10):
        todo += evidence_store.list_evidence(
            store, access=access, ids=pending[i : i + theme_store.CHUNK * 10]
        )
    gone = theme_store.missing_evidence(store, taxonomy.name)
    if gone:
        theme_store.forget(store, taxonomy.name, gone)
    keys = {t.key for t in taxonomy.themes}
    examples: dict[str, list[str]] = defaultdict(list)
    for correction in corrections.values():
        if correction.theme in keys and correction.text:
            examples[correction.theme].append(correction.text)
    profiles = Profiles.build(taxonomy, examples) if todo else None
    if progress is not None:
        progress(0, len(todo))
    by_source: dict[str, list[Evidence]] = defaultdict(list)
    for item in todo:
        by_source[item.span.source_id].append(item)
    done = 0
    batch: list[Evidence] = []
    source_ids = sorted(by_source)
    for n, source_id in enumerate(source_ids):
        batch.extend(by_source[source_id])
        if len(batch) >= BATCH or n == len(source_ids) - 1:
            sources = trend_store.read_sources(
                store, sorted({i.span.source_id for i in batch}), access=access
            )
            ranked = rank(sources, batch, taxonomy, examples=examples, profiles=profiles)
            for eid, correction in corrections.items():
                if eid in ranked and correction.theme in keys:
                    ranked[eid] = [(correction.theme, 1.0)] + [
                        c for c in ranked[eid] if c[0] != correction.theme
                    ]
            theme_store.save_assignment(store, taxonomy.name, ranked, fingerprint=current)
            done += len(batch)
            batch = []
            if progress is not None:
                progress(done, len(todo))
    stored = theme_store.stored_assignment(store, taxonomy.name)
    result = {eid: stored.get(eid, []) for eid in readable}
    return result, AssignReport(len(todo), len(readable) - len(todo), len(gone))


def correct(store: Store, evidence_id_: str, theme_key: str, *, taxonomy: Taxonomy, actor: str) -> None:
    """Store an analyst's theme for one evidence item; it wins now and teaches the profiles."""
    if theme_key not in {t.key for t in taxonomy.themes}:
        raise NotFound(
            f"thema '{theme_key}' bestaat niet in taxonomie '{taxonomy.name}'",
            hint="Kies uit: " + ", ".join(t.key for t in taxonomy.themes),
        )
    found = evidence_store.list_evidence(store, access=AccessLevel.CONFIDENTIAL, ids=[evidence_id_])
    if not found:
        raise NotFound(f"bewijsstuk '{evidence_id_}' bestaat niet", hint="Zie `trendbeeld evidence`")
    item = found[0]
    source = source_store.get(store, item.span.source_id, access=AccessLevel.CONFIDENTIAL)
    text = context(source, item.span.start, item.span.end) if source else item.text
    theme_store.add_correction(store, evidence_id_, taxonomy.name, theme_key, actor=actor, text=text)
