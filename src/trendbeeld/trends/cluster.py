"""Clustering trend statements and figures within a theme into candidate trends.

embed → cluster (average-linkage on cosine distance, per theme; large themes are first split
into parts with k-means) → label (a Dutch title from the phrase most members share) →
direction (majority of the stated changes, conflicts flagged). Everything here is pure over a
batch: items and vectors in, candidates out.

The stage's entry point; the title's phrase is chosen in private modules, one concern each:

* `_words`: content words and stems of a phrase, the lexicon word sets, what an item names;
* `_title_phrases`: a phenomenon or indicator cleaned into the noun phrases it offers as a title;
* `_phrase_checks`: whether such a phrase names a phenomenon (no person, body or clause fragment);
* `_event_topics`: the safety phenomenon a bundle of news items shares;
* `_naming`: the phrase the members share most (`best_phrase`, `stated_phrase`, `own_phrase`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from trendbeeld.model import Change, Evidence, TrendStatement, hash_id
from trendbeeld.trends import _phrasing, _synonyms
from trendbeeld.trends._event_topics import TOPIC_SHARE, event_topic
from trendbeeld.trends._items import Item, direction_of
from trendbeeld.trends._naming import (
    EVENT_WEIGHT,
    FIGURE_WEIGHT,
    EventTest,
    best_phrase,
    events_of,
    never,
    own_phrase,
    stated_phrase,
)
from trendbeeld.trends._phrase_checks import is_fragment, names_a_body, names_a_person
from trendbeeld.trends._title_phrases import TITLE_MAX_WORDS, clean_phenomenon, phenomenon_phrases
from trendbeeld.trends._words import (
    COMPOUND_MIN,
    content_stems,
    item_phrase,
    lexicon_set,
    names_phrase,
    phenomenon_stems,
    place_names,
    proper_prefixes,
)
from trendbeeld.trends.embed import Embedder, Vectors, normalise

# Names other modules, tests and benches read from here (the title's helpers live in the modules above).
__all__ = [
    "COMPOUND_MIN",
    "CONFLICT_LEAD",
    "MIN_CLUSTER_SIZE",
    "RANK_DECIMALS",
    "TOPIC_SHARE",
    "Candidate",
    "Change",
    "EventTest",
    "best_phrase",
    "centroid",
    "clean_phenomenon",
    "cluster_items",
    "cluster_vectors",
    "content_stems",
    "direction",
    "embed_items",
    "event_topic",
    "has_plural_head",
    "is_fragment",
    "lemma",
    "names_a_body",
    "names_a_change",
    "names_a_person",
    "names_no_measure",
    "names_phrase",
    "own_phrase",
    "phenomenon_phrases",
    "phenomenon_stems",
    "rank_of",
    "shared_theme",
    "stated_phrase",
    "title",
]

MIN_CLUSTER_SIZE = 2
# A member's rank (cosine to its cluster's centre) is kept to 4 decimals: the sixth differs between one
# and two BLAS threads (0.770141 and 0.77014), and the order of members (best first, ties by id) must not.
RANK_DECIMALS = 4


def rank_of(nearness: float) -> float:
    """A member's stored rank: its cosine to the centre, to ``RANK_DECIMALS``."""
    return round(float(nearness), RANK_DECIMALS)

FOCUS_WEIGHT = 0.6  # share of the phenomenon/indicator in an item's vector; the rest is its sentence
AGGLOMERATIVE_MAX = 2500
PARTITION_SIZE = 1200
CONFLICT_SHARE = 0.25
TITLE_PREFIX = {
    Change.UP: "Toename van {}",
    Change.DOWN: "Afname van {}",
    Change.STABLE: "Geen verandering in {}",
    Change.SHIFT: "Verschuiving in {}",
}
# Whether a phenomenon's head is a plural, for the verb after it ("ervaren beperkingen nemen af").
has_plural_head = _phrasing.has_plural_head
lemma = _phrasing.lemma  # a Dutch word's lemma (simplemma), for the edition's checks of figure names
CONFLICT_TITLE = "Wisselend beeld: {}"
# Events only: a candidate because its event counts rose (`events.qualify`), named by their phenomenon.
EVENT_TITLES: dict[Change, str] = {
    Change.UP: "Meer berichten over {}",
    Change.DOWN: "Minder berichten over {}",
    Change.STABLE: "Evenveel berichten over {}",
}  # by the event-count test's outcome (`events.EventSignal.change`)
EVENT_TITLE = "Berichten over {}"  # the test vouches for no change: no claim
UNCERTAIN_EVENT_TITLE = "Mogelijk meer berichten over {}"  # a marginal rise (`events.EventSignal.marginal`)
FALLBACK_TITLE = "Ontwikkeling: {}"
THEME_TITLE = "{} binnen thema {}"
CHANGE_LEAD = {
    Change.UP: "Toename",
    Change.DOWN: "Afname",
    Change.STABLE: "Geen verandering",
    Change.SHIFT: "Verschuiving",
}
CONFLICT_LEAD = "Wisselend beeld"
NEUTRAL_LEAD = "Ontwikkeling"
PLURAL_SHARE = 0.25
_WORD = re.compile(r"[\w'-]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A cluster of evidence within one theme; ``members`` are (evidence id, rank), best first."""

    theme: str | None
    members: tuple[tuple[str, float], ...]
    centroid: Vectors

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(eid for eid, _ in self.members)

    @property
    def key(self) -> str:
        """A content id for a new candidate: the hash of its sorted evidence ids."""
        return hash_id("trend", *sorted(self.ids))


# --------------------------------------------------------------------------- clustering


def cluster_vectors(vectors: Vectors, distance: float) -> list[list[int]]:
    """Groups of row indices whose average cosine distance stays under ``distance``."""
    n = len(vectors)
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    if n > AGGLOMERATIVE_MAX:
        return _partitioned(vectors, distance)
    from sklearn.cluster import AgglomerativeClustering

    model = AgglomerativeClustering(
        n_clusters=None, distance_threshold=distance, metric="cosine", linkage="average"
    )
    labels = model.fit_predict(np.asarray(vectors, dtype=np.float64))
    return _groups(labels)


def _partitioned(vectors: Vectors, distance: float) -> list[list[int]]:
    from sklearn.cluster import MiniBatchKMeans

    parts = math.ceil(len(vectors) / PARTITION_SIZE)
    labels = MiniBatchKMeans(n_clusters=parts, random_state=0, n_init=3, batch_size=2048).fit_predict(vectors)
    groups: list[list[int]] = []
    for part in _groups(labels):
        for group in cluster_vectors(vectors[part], distance):
            groups.append([part[i] for i in group])
    return sorted(groups, key=lambda g: g[0])


def _groups(labels: np.ndarray) -> list[list[int]]:
    found: dict[int, list[int]] = {}
    for index, label in enumerate(labels.tolist()):
        found.setdefault(int(label), []).append(index)
    return sorted(found.values(), key=lambda g: g[0])


def centroid(vectors: Vectors) -> Vectors:
    mean = vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    scaled: Vectors = (mean / norm if norm else mean).astype(np.float32)
    return scaled


def cluster_items(
    items: Sequence[Item],
    vectors: Vectors,
    *,
    distance: float,
    min_size: int = MIN_CLUSTER_SIZE,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Candidate], list[int]]:
    """Candidates per theme, and the indices of items left over (noise).

    A candidate needs ``min_size`` items and at least one trend statement (figures alone do
    not make a development); members are ranked by closeness to the candidate's centre.
    ``progress`` is called with (themes done, themes).
    """
    by_theme: dict[str | None, list[int]] = {}
    for index, item in enumerate(items):
        by_theme.setdefault(item.theme, []).append(index)
    candidates: list[Candidate] = []
    leftover: list[int] = []
    for done, theme in enumerate(sorted(by_theme, key=lambda t: (t is None, t or ""))):
        if progress is not None:
            progress(done, len(by_theme))
        indices = by_theme[theme]
        for group in cluster_vectors(vectors[indices], distance):
            chosen = [indices[i] for i in group]
            has_statement = any(isinstance(items[i].evidence, TrendStatement) for i in chosen)
            if len(chosen) < min_size or not has_statement:
                leftover.extend(chosen)
                continue
            centre = centroid(vectors[chosen])
            ranks = vectors[chosen] @ centre
            members = sorted(
                ((items[i].id, rank_of(r)) for i, r in zip(chosen, ranks, strict=True)),
                key=lambda m: (-m[1], m[0]),
            )
            shared = shared_theme([items[i] for i in chosen], theme)
            candidates.append(Candidate(shared, tuple(members), centre))
    if progress is not None:
        progress(len(by_theme), len(by_theme))
    return candidates, sorted(leftover)


def shared_theme(members: Sequence[Item], assigned: str | None) -> str | None:
    """The theme a candidate's members have in common, as their own phrases name it.

    Members are clustered within the theme their passages were first ``assigned``; a passage about
    the pandemic lands in a world theme though its phrase is about loneliness. So each member votes
    for the themes its own phenomenon or indicator names (`Item.named`) and its passage's
    assignment holds too (`Item.assigned`; statements count fully, figures ``FIGURE_WEIGHT``), and
    the candidate takes the theme with most votes (ties: ``assigned``). Without a vote the members
    have no theme in common: no theme ("geen thema") rather than a wrong one. Without computed
    names (``named`` None: news items, which report events in no words of their own) it keeps
    ``assigned``.
    """
    if all(member.named is None for member in members):
        return assigned
    votes: Counter[str] = Counter()
    for member in members:
        weight = 1.0 if isinstance(member.evidence, TrendStatement) else FIGURE_WEIGHT
        votes.update(dict.fromkeys((t for t in member.named or () if t in member.assigned), weight))
    return max(votes, key=lambda t: (votes[t], t == assigned, t)) if votes else None


def names_a_change(phrase: str) -> bool:
    """Whether ``phrase`` holds a noun of change ("aanzienlijke stijging"): it says that something
    changed, not what; no name for what a figure counts."""
    nouns = lexicon_set("change_nouns.txt")
    return any(word.casefold() in nouns for word in _WORD.findall(phrase))


def names_no_measure(phrase: str) -> bool:
    """Whether ``phrase`` is one word that names no measure of its own: an infinitive ("behalen",
    "maken": the verb of a clause, not what is counted) or a generic word ("percentage", "aandeel")."""
    words = _WORD.findall(phrase)
    if len(words) != 1:
        return False
    word = words[0].casefold()
    infinitive = word.endswith("en") and _phrasing.lemma(word) == word  # not a plural ("inbraken")
    return infinitive or word in lexicon_set("generic_phenomena.txt")


def embed_items(items: Sequence[Item], embedder: Embedder) -> Vectors:
    """Each item as a blend of its focus (what it is about) and its sentence, in one embedding call."""
    if not items:
        return embedder.embed([])
    both = embedder.embed([item.focus for item in items] + [item.context for item in items])
    focus, context = both[: len(items)], both[len(items) :]
    return normalise(FOCUS_WEIGHT * focus + (1 - FOCUS_WEIGHT) * context)


# --------------------------------------------------------------------------- direction


def direction(
    evidence: Sequence[Evidence], is_event: Callable[[str], bool] | None = None, *, phrase: str = ""
) -> tuple[Change | None, bool]:
    """The majority stated change, and whether up and down conflict.

    Trend statements count fully, figures half, and a news item (``is_event``: an event, not a
    statement of change) ``EVENT_WEIGHT`` of that. Up and down conflict when the smaller side has
    at least ``CONFLICT_SHARE`` of the two together (never among news items only: events, whose
    count is tested in `events.qualify`); a tie between them gives no direction.

    With the ``phrase`` that titles the trend, only the members that speak of that phenomenon
    (`_synonyms.speaks_of`: itself or a broader one, in any words of its synonym group) vote when
    any of them states a change: "het aantal misdrijven in Zoetermeer steeg" or "vuurwapenmisdrijven
    komen vaker voor" do not contradict "het totale aantal misdrijven daalde" under "misdrijven";
    they speak of a place and a kind of it. Without such a vote every member votes.
    """
    if phrase:
        speaking = [item for item in evidence if _synonyms.speaks_of(item_phrase(item) or "", phrase)]
        if any(direction_of(item) is not None for item in speaking):
            evidence = speaking
    votes: Counter[Change] = Counter()
    for item in evidence:
        change = direction_of(item)
        if change is not None:
            weight = 1.0 if isinstance(item, TrendStatement) else 0.5
            if is_event is not None and is_event(item.span.source_id):
                weight *= EVENT_WEIGHT
            votes[change] += weight  # type: ignore[assignment]
    if not votes:
        return None, False
    up, down = votes[Change.UP], votes[Change.DOWN]
    # news items report events: what they say of change is no claim to weigh against another
    events_only = is_event is not None and all(is_event(item.span.source_id) for item in evidence)
    conflicting = not events_only and min(up, down) > 0 and min(up, down) / (up + down) >= CONFLICT_SHARE
    if up and up == down and up >= max(votes.values()):
        return None, not events_only
    best = min(votes, key=lambda c: (-votes[c], list(Change).index(c)))
    return best, conflicting


# --------------------------------------------------------------------------- titles
#
# A title names the phenomenon most members share (`_naming.stated_phrase`), else the safety
# phenomenon its news items share (`event_topics.event_topic`), with the direction as its lead.
# Without a usable phrase the title names the direction within the theme.


def _lower_first(phrase: str) -> str:
    """Lower-case the first word unless it is a name, an abbreviation, a place or a people."""
    first = phrase.split(" ", 1)[0]
    folded = first.casefold()
    if (
        not first[:1].isupper()
        or not first[1:].islower()
        or folded in place_names()
        or folded.startswith(proper_prefixes())
    ):
        return phrase
    return first[:1].lower() + phrase[1:]


def _lead(change: Change | None, conflicting: bool) -> str:
    if conflicting:
        return CONFLICT_LEAD
    return CHANGE_LEAD[change] if change is not None else NEUTRAL_LEAD


def title(
    evidence: Sequence[Evidence],
    change: Change | None,
    conflicting: bool,
    *,
    theme: str | None = None,
    is_event: EventTest = never,
    event_change: Change | None = None,
    uncertain: bool = False,
) -> str:
    """A Dutch title: the shared phenomenon with its direction (evidence comes best first).

    The phenomenon is a report's phrase, else the phenomenon the events share (`best_phrase`); a
    cluster of events only is titled by what the test of its event counts shows, ``event_change``
    (`events.EventSignal.change`: "Meer/Minder/Evenveel berichten over …"), whatever the news items
    say, and makes no claim ("Berichten over …") when the test vouches for none, or says it is
    ``uncertain`` ("Mogelijk meer berichten over …": a marginal rise). Without a
    phenomenon: the direction within the theme, else the first words of the best member.
    """
    phrase = stated_phrase(evidence, is_event)
    events = events_of(evidence, is_event)
    if not phrase and (phrase := event_topic(events)) and len(events) == len(evidence):
        template = (
            EVENT_TITLES[event_change]
            if event_change is not None
            else UNCERTAIN_EVENT_TITLE if uncertain else EVENT_TITLE
        )
        return template.format(phrase)
    if not phrase and theme:
        return THEME_TITLE.format(_lead(change, conflicting), theme)
    if not phrase:
        words = _WORD.findall(evidence[0].text)[:TITLE_MAX_WORDS] if evidence else []
        return FALLBACK_TITLE.format(" ".join(words) or "zonder tekst")
    phrase = _phrasing.title_form(_plural(phrase, evidence))
    if conflicting:
        return CONFLICT_TITLE.format(_lower_first(phrase))
    if change is None:
        return phrase[:1].upper() + phrase[1:]
    return TITLE_PREFIX[change].format(_lower_first(phrase))


def _plural(phrase: str, evidence: Sequence[Evidence]) -> str:
    """A lone count noun in the plural the members use ("Toename van slachtoffers", not "… slachtoffer").

    Only when the members write the plural at least ``PLURAL_SHARE`` times as often as the singular
    (news items tell of one victim each): a mass noun ("criminaliteit", "overlast") has no plural and
    stays as it is.
    """
    if " " in phrase or not phrase.isalpha():
        return phrase
    head = phrase.casefold()
    words = Counter(
        w.casefold() for item in evidence for w in _WORD.findall(f"{item_phrase(item) or ''} {item.text}")
    )
    plurals = Counter(
        {
            w: n
            for w, n in words.items()
            if w != head and w.endswith(("s", "en")) and _phrasing.lemma(w) == head
        }
    )
    if not plurals:
        return phrase
    plural: str = plurals.most_common(1)[0][0]
    if plurals[plural] < PLURAL_SHARE * words[head]:
        return phrase
    return phrase[:1] + plural[1:] if phrase[:1].isupper() else plural
