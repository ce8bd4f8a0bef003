"""Clustering trend statements and figures within a theme into candidate trends.

embed → cluster (average-linkage on cosine distance, per theme; large themes are first split
into parts with k-means) → label (a Dutch title from the most central trend statement) →
direction (majority of the stated changes, conflicts flagged). Everything here is pure over a
batch: items and vectors in, candidates out.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from trendbeeld import months
from trendbeeld.extract import lexicon as extract_lexicon
from trendbeeld.extract import numbers
from trendbeeld.model import Change, Evidence, Figure, TrendStatement, hash_id
from trendbeeld.stemming import stem
from trendbeeld.trends import _phrasing
from trendbeeld.trends._items import Item, direction_of, gazetteer, lexicon
from trendbeeld.trends.embed import Embedder, Vectors, normalise

MIN_CLUSTER_SIZE = 2
FOCUS_WEIGHT = 0.6  # share of the phenomenon/indicator in an item's vector; the rest is its sentence
AGGLOMERATIVE_MAX = 2500
PARTITION_SIZE = 1200
CONFLICT_SHARE = 0.25
TITLE_MAX_WORDS = 9
TITLE_MIN_CHARS = 4
MIN_SHORTENED_WORDS = 2  # a shortened phrase keeps at least this many words
TITLE_PREFIX = {
    Change.UP: "Toename van {}",
    Change.DOWN: "Afname van {}",
    Change.STABLE: "Geen verandering in {}",
    Change.SHIFT: "Verschuiving in {}",
}
ARTICLE_NOUNS = frozenset({"aantal", "aandeel", "percentage", "gebruik", "risico"})
ARTICLES = frozenset({"de", "het", "een"})
# Words that may follow a plural noun inside a noun phrase ("steekincidenten onder jongeren").
# Whether a phenomenon's head is a plural, for the verb after it ("ervaren beperkingen nemen af").
has_plural_head = _phrasing.has_plural_head

PHRASE_LINKS = frozenset(
    [
        "onder",
        "tegen",
        "tussen",
        "zonder",
        "binnen",
        "buiten",
        "rond",
        "sinds",
        "vanwege",
        "via",
        "na",
        "per",
        "achter",
        "naast",
        "boven",
        "tijdens",
        "wegens",
        "volgens",
        "zoals",
        "waarvan",
        "wier",
        "welke",
        "zich",
    ]
)
NUMBER_LINKS = frozenset({"van", "de", "het", "der", "procent", "%"})  # "40% van de Nederlanders"
FIGURE_WEIGHT = 0.5  # a figure's indicator counts half a trend statement's phenomenon
EVENT_WEIGHT = 0.5  # a news item's phrase counts half a report's: news reports events
CENTRALITY_DECAY = 0.15  # member at rank r weighs 1 / (1 + decay * r)
SPECIFIC_WORDS = 3  # content words at which a phrase counts as fully specific
SPECIFICITY_SHARE = 0.6  # how much of a phrase's score hangs on its specificity
REFINED_SHARE = 0.5  # share of a narrower phrase's weight that a phrase refining it carries
SHORT_WORDS = 4  # words a phrase may have before each further word costs LENGTH_PENALTY
LENGTH_PENALTY = 0.1
PROPER_MIN_CHARS = 4
CONFLICT_TITLE = "Wisselend beeld: {}"
# Events only: a candidate because its event counts rose (`events.qualify`), named by their phenomenon.
EVENT_TITLES: dict[Change, str] = {
    Change.UP: "Meer berichten over {}",
    Change.DOWN: "Minder berichten over {}",
    Change.STABLE: "Evenveel berichten over {}",
}  # by the event-count test's outcome (`events.EventSignal.change`)
EVENT_TITLE = "Berichten over {}"  # the test vouches for no change: no claim
TOPIC_SHARE = 0.3  # share of the members that must name a cluster's event phenomenon
TOPIC_MIN_EVENTS = 2  # and at least this many: one event is one case
COMPOUND_MIN = 5  # a phenomenon's form this long also names it at the end of a compound
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
_WORD = re.compile(r"[\w'-]+", re.UNICODE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\d")
_DIGIT = re.compile(r"\d")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_QUOTES = re.compile(r"[‘’“”„\"]|(?<!\w)'|'(?!\w)")


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
                ((items[i].id, round(float(r), 6)) for i, r in zip(chosen, ranks, strict=True)),
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


def embed_items(items: Sequence[Item], embedder: Embedder) -> Vectors:
    """Each item as a blend of its focus (what it is about) and its sentence, in one embedding call."""
    if not items:
        return embedder.embed([])
    both = embedder.embed([item.focus for item in items] + [item.context for item in items])
    focus, context = both[: len(items)], both[len(items) :]
    return normalise(FOCUS_WEIGHT * focus + (1 - FOCUS_WEIGHT) * context)


# --------------------------------------------------------------------------- direction


def direction(
    evidence: Sequence[Evidence], is_event: Callable[[str], bool] | None = None
) -> tuple[Change | None, bool]:
    """The majority stated change, and whether up and down conflict.

    Trend statements count fully, figures half, and a news item (``is_event``: an event, not a
    statement of change) ``EVENT_WEIGHT`` of that. Up and down conflict when the smaller side has
    at least ``CONFLICT_SHARE`` of the two together (never among news items only: events, whose
    count is tested in `events.qualify`); a tie between them gives no direction.
    """
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
# A title names the phenomenon most members share: every member offers its phenomenon (a trend
# statement) or indicator (a figure) as candidate phrases, cleaned of brackets, numbers, time
# phrases and clause tails. A phrase scores by the weight of the members offering it (statements
# over figures, central members over outlying ones, plus part of the weight of the phrases it
# refines), by how much of it the members repeat, and by how specific yet short it is. Without a
# usable phrase the title names the direction within the theme.


@dataclass(frozen=True, slots=True)
class _Offer:
    """A candidate title phrase, the weight of the members offering it and its content stems."""

    phrase: str
    weight: float
    stems: frozenset[str]


@cache
def _lexicon_set(name: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in lexicon(name))


@cache
def _place_names() -> frozenset[str]:
    return frozenset(name.casefold() for name, _ in gazetteer())


@cache
def _proper_prefixes() -> tuple[str, ...]:
    """Country, body and demonym stems that keep their capital ("Nederlanders", "Europese")."""
    words = _lexicon_set("national.txt") | _lexicon_set("international.txt")
    return tuple(sorted(w for w in words if len(w) >= PROPER_MIN_CHARS))


@cache
def _not_content() -> frozenset[str]:
    """Words that do not make a phrase about something: time, weak, generic, filler and clause words."""
    names = (
        "time_words.txt", "time_openers.txt", "weak_words.txt", "leading_fillers.txt",
        "dangling_words.txt", "clause_verbs.txt", "generic_phenomena.txt",
    )  # fmt: skip
    return frozenset().union(*(_lexicon_set(name) for name in names))


def content_stems(text: str) -> frozenset[str]:
    """Stems of the words of ``text`` that can name a phenomenon."""
    skip = _not_content()
    return frozenset(
        stem(word)
        for word in _WORD.findall(text)
        if len(word) >= TITLE_MIN_CHARS and word.isalpha() and word.casefold() not in skip
    )


QUANTITY_NOUNS = frozenset({"aantal", "aandeel", "hoeveelheid", "mate", "niveau", "omvang", "percentage"})


def phenomenon_stems(phrase: str) -> frozenset[str]:
    """The content stems of a title phrase without its measure ("hoeveelheid criminaliteit" and
    "criminaliteit" name one phenomenon)."""
    return content_stems(" ".join(w for w in _WORD.findall(phrase) if w.casefold() not in QUANTITY_NOUNS))


def names_phrase(text: str, phrase: str) -> bool:
    """Whether ``text`` (an item's phenomenon or indicator and its sentence) names most of the content
    words of ``phrase`` (more than half), also as the end of a compound ("overvallen" in
    "woningovervallen"): a news item about "een inwoner van Made" does not name "het aandeel
    kritische inwoners", so it does not support that trend."""
    wanted = {_undoubled(w) for w in content_stems(phrase)}
    found = {_undoubled(f) for f in content_stems(text)}
    named = [
        w
        for w in wanted
        if w in found
        or any(
            (len(w) >= COMPOUND_MIN and f.endswith(w)) or (len(f) >= COMPOUND_MIN and w.endswith(f))
            for f in found
        )
    ]
    return bool(wanted) and 2 * len(named) > len(wanted)


def _undoubled(stem: str) -> str:
    """A stem without a doubled final consonant: the stem of "overvallen" ("overvall") meets the one of
    "overval"."""
    return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou" else stem


def _unbracketed(phrase: str) -> str:
    """``phrase`` without bracketed parts (an unclosed bracket ends it) and without quote marks."""
    phrase = _BRACKETED.sub(" ", phrase)
    phrase = re.split(r"[(\[]", phrase, maxsplit=1)[0]
    return _QUOTES.sub("", phrase)


def _without_numbers(words: list[str]) -> list[str]:
    """Leading amounts ("40% van de") dropped; the phrase ends before a later number."""
    dropped = False
    while words and (_DIGIT.search(words[0]) or (dropped and words[0].casefold() in NUMBER_LINKS)):
        dropped = dropped or bool(_DIGIT.search(words[0]))
        words = words[1:]
    for cut, word in enumerate(words):
        if _DIGIT.search(word):
            return words[:cut]
    return words


def _clause_parts(words: list[str]) -> list[list[str]]:
    """The words before the first finite verb, and the subject after an inverted verb of change."""
    verbs = _lexicon_set("clause_verbs.txt") | _lexicon_set("inverting_verbs.txt")
    for cut, word in enumerate(words):
        folded = word.casefold().strip(",.;:")
        if folded not in verbs:
            continue
        parts = [words[:cut]]
        rest = words[cut + 1 :]
        if folded in _lexicon_set("inverting_verbs.txt") and rest and rest[0].casefold() in ARTICLES:
            parts.append(_clause_parts(rest)[0])
        return parts
    return [words]


def _without_time(words: list[str]) -> list[str]:
    """``words`` without a trailing time phrase ("sinds 2022", "in tien jaar")."""
    openers = _lexicon_set("time_openers.txt")
    times = _lexicon_set("time_words.txt")
    for cut in range(1, len(words)):
        if words[cut].casefold() not in openers:
            continue
        if any(_YEAR.search(w) or w.casefold().strip(",.") in times for w in words[cut:]):
            return words[:cut]
    return words


def _trimmed(words: list[str]) -> list[str]:
    """No leading fillers ("zoals", "totaal"), no dangling last word, at most ``TITLE_MAX_WORDS``.

    A longer phrase is shortened to the last whole part ("..., het denken over de rol van" ends
    before "over").
    """
    fillers = _lexicon_set("leading_fillers.txt")
    while len(words) > 1 and words[0].casefold() in fillers:
        words = words[1:]
    dangling = _lexicon_set("dangling_words.txt") | _lexicon_set("time_openers.txt")
    if len(words) > TITLE_MAX_WORDS:  # end the shortened phrase where a part of it ends
        words = words[:TITLE_MAX_WORDS]
        bounds = [i for i, w in enumerate(words) if i >= MIN_SHORTENED_WORDS and w.casefold() in dangling]
        words = words[: bounds[-1]] if bounds else words
    while words and words[-1].casefold().strip(",.;:") in dangling:
        words = words[:-1]
    if len(words) > 1 and words[0].casefold() in ARTICLE_NOUNS:
        words = ["het", words[0].lower(), *words[1:]]
    return words


def phenomenon_phrases(phrase: str) -> list[str]:
    """The noun phrases a phenomenon or indicator offers as a title, cleaned; most likely first."""
    words = _without_numbers(_unbracketed(phrase).split())
    found = []
    for part in _clause_parts(words):
        kept, needed = _phrasing.before_clause(_phrasing.complement_of_change(part))
        if len(_specific_stems(kept)) < needed:
            continue  # what a clause leaves is a person, a place or a group: "vrouw die …", "inwoners dat …"
        cleaned = " ".join(_trimmed(_without_time(kept))).strip(" ,.;:-")
        if cleaned and cleaned not in found:
            found.append(cleaned)
    return found


# Nouns for one person: what a relative clause about a single case leaves ("vrouw die …").
_PERSON_NOUNS = frozenset({"man", "vrouw", "jongen", "meisje", "kind", "persoon", "mannen", "vrouwen"})


def _specific_stems(words: list[str]) -> frozenset[str]:
    """The content stems of ``words`` that are no group ("inwoners"), place or person's role: what a
    phrase cut before a clause must keep to still name a phenomenon."""
    skip = _lexicon_set("groups.txt") | _place_names() | _lexicon_set("case_words.txt") | _PERSON_NOUNS
    return content_stems(" ".join(w for w in words if w.casefold().strip(",.;:") not in skip))


def clean_phenomenon(phrase: str) -> str:
    """The first noun phrase of ``phrase``, without brackets, numbers, time phrase and surplus words."""
    return next(iter(phenomenon_phrases(phrase)), "")


def _usable(phrase: str) -> bool:
    """Long enough, not a number, not generic, naming something beyond time and comparison, and a
    noun phrase about a phenomenon: no person's name, no clause fragment."""
    return (
        len(phrase) >= TITLE_MIN_CHARS
        and phrase[:1].isalpha()  # not a number or a symbol ("+ labs")
        and phrase.casefold() not in _lexicon_set("generic_phenomena.txt") | _lexicon_set("groups.txt")
        and bool(content_stems(phrase))
        and not names_a_person(phrase)
        and not names_a_body(phrase)
        and not is_fragment(phrase)
        and not _phrasing.is_vague(phrase)
    )


def names_a_body(phrase: str) -> bool:
    """A phrase headed by an organisation or body ("vaste commissie voor Financiën", "vakcommissies",
    "ministerie van Justitie"), who acts or reports, or by an administrative act ("wijziging van
    artikel 3", "vaststelling van de begroting"), what they decide: never a phenomenon. The head is
    the last word before the first preposition or link word; a body after it ("vertrouwen in de
    politie") is fine."""
    bodies = _lexicon_set("organisations.txt") | _lexicon_set("administrative_acts.txt")
    links = _lexicon_set("dangling_words.txt") | PHRASE_LINKS
    words = [w.casefold() for w in _WORD.findall(phrase)]
    cut = next((i for i, w in enumerate(words) if i and w in links), len(words))
    head = words[:cut]
    return bool(head) and (head[-1] in bodies or " ".join(head[-2:]) in bodies)


@cache
def _lemma(word: str) -> str:
    import simplemma

    lemma: str = simplemma.lemmatize(word.casefold(), lang="nl")
    return lemma


def _verb_form(word: str) -> bool:
    """A conjugated verb or participle ("kreeg", "neemt", "opgelegd"): its lemma is an infinitive."""
    folded = word.casefold().strip(",.;:!?")
    lemma = _lemma(folded)
    if folded == f"{lemma}s":
        return False  # the plural of a noun in -en ("gevoelens", "gegevens"): no verb ends in -s
    return lemma != folded and lemma.replace("_", "").endswith("en") and len(folded) > 2


def _proper(word: str) -> bool:
    """A place, a country or people, or an abbreviation: capitals that do not mark a person."""
    folded = word.casefold().strip(",.;:!?'")
    return (
        sum(ch.isupper() for ch in word) > 1  # CBS, JenV
        or folded in _place_names()
        or folded.startswith(_proper_prefixes())
        or any(ch.isdigit() for ch in word)
    )


NAME_MAX_CHARS = 8  # a capitalised first word no dictionary knows and this short is a name, not a compound


def names_a_person(phrase: str) -> bool:
    """A capitalised word after the first that is no place, people or abbreviation: a name
    ("Wijkagent Erwin", "Lori Loughlin", "Stalker Taylor Swift"); or a phrase of one short
    capitalised word that is no Dutch word ("Wouter", "Harbers"). Long unknown words are compounds
    ("Kinderarmoede") and stay."""
    import simplemma

    words = [w for w in _WORD.findall(phrase) if w[:1].isalpha()]
    if any(w[:1].isupper() and not _proper(w) for w in words[1:]):
        return True
    if any(_all_capitals(w) for w in words[1:]) or (len(words) == 1 and _all_capitals(words[0])):
        return True  # "discotheek HOME", "atletiekunie IAAF", "TILBURG": one named thing
    first = words[0] if len(words) == 1 else ""
    return (
        first[:1].isupper()
        and not _proper(first)
        and len(first) <= NAME_MAX_CHARS
        and not simplemma.is_known(first.casefold(), lang="nl")
    )


def _all_capitals(word: str) -> bool:
    return len(word) >= ABBREVIATION_MIN and word.isalpha() and word.isupper()


# A phrase that opens with one of these is a clause or a count of one case, not a phenomenon.
CLAUSE_OPENERS = _lexicon_set("clause_openers.txt")
# Adverbs and pronouns that end no noun phrase ("het percentage jongvolwassenen dat vaak").
OPEN_ENDS = _lexicon_set("open_ends.txt")
# Adverbs of degree and frequency stand in a clause, never inside a noun phrase ("aan vaak tot zeer vaak").
INNER_ADVERBS = frozenset(
    {"vaak", "vaker", "steeds", "tevens", "zeer", "erg", "heel", "ineens", "soms", "nooit", "altijd"}
)
# A demonstrative points back into the sentence ("mensen in deze groepen"): the phrase needs its context.
POINTERS = frozenset({"deze", "die", "dit", "dat", "zulke", "dergelijke"})
POSSESSIVES = frozenset({"hun", "haar", "onze", "mijn", "jouw", "uw"})  # "zijn" is a verb too
ARTICLE_LINKS = frozenset({"en", "of", "als", "dan"})  # words an article may follow inside a noun phrase
_GLUED = re.compile(r"[a-zà-ÿ]{2}[A-Z][a-zà-ÿ]{2}")  # "AmsterdamDiner": two words run together
PLURAL_SHARE = 0.25
GLUED_CHARS = 30  # a longer "word" is two run together ("effectieveondersteuningsprogramma's")
_BRACKET = re.compile(r"[()\[\]]")  # a stray bracket: the phrase is cut from a longer one
WEEKDAYS = months.WEEKDAYS
ABBREVIATION_MIN = 3  # an all-capital word this long after a noun names one thing ("discotheek HOME")


def is_fragment(phrase: str) -> bool:
    """Part of a clause, not a noun phrase: it ends in a verb form ("cel voor opgelegd kreeg") or a
    plural subject runs straight into its verb ("ouders stappen"). Participles before a noun
    ("gestolen fietsen", "verward gedrag") are adjectives and fine."""
    words = [w for w in _WORD.findall(phrase) if w[:1].isalpha()]
    if not words:
        return True
    links = _lexicon_set("dangling_words.txt") | _lexicon_set("time_openers.txt")
    last = words[-1].casefold()
    if _verb_form(words[-1]) or last in links or last in OPEN_ENDS or _comparative(last):
        return True
    if _adjective_end(last) or _broken(phrase, words) or _article_after_noun(words, links):
        return True
    links |= PHRASE_LINKS
    return words[0].casefold() in CLAUSE_OPENERS or any(
        _clause_step(word, after, links) for word, after in itertools.pairwise(words)
    )


def _broken(phrase: str, words: list[str]) -> bool:
    """Words no noun phrase about a phenomenon holds: a moment ("vrijdagmiddag"), words run together
    ("AmsterdamDiner", "complexezorgbehoefte") or a stray bracket, an adverb of a clause ("vaak"), a
    verb with its object ("vervoer regelen of klusjes"), a count ("zon dertig mensen") or a pointer
    back into the sentence ("mensen in deze groepen")."""
    folded = [w.casefold() for w in words]
    glued = _GLUED.search(phrase) or _BRACKET.search(phrase) or any(len(w) > GLUED_CHARS for w in words)
    return bool(
        glued
        or any(w.startswith(WEEKDAYS) or w in INNER_ADVERBS or w in POINTERS for w in folded)
        or any(_phrasing.is_glued(w) or _number_word(w) for w in words)
        or _phrasing.inner_infinitive(words)
    )


def _number_word(word: str) -> bool:
    """A written number ("dertig", "tweeënveertig") or a vague amount ("honderden"), read by the
    home of Dutch numerals in `trendbeeld.extract.numbers`; the article "een" is no number."""
    folded = word.casefold()
    return numbers.parse_words(folded) is not None or folded in extract_lexicon.load().vague_amounts


def _article_after_noun(words: list[str], links: frozenset[str]) -> bool:
    """An article or possessive straight after a noun, with no preposition between: a clause without
    its verb ("burenhulp een waardevolle bouwsteen", "inzet hun welzijn")."""
    allowed = links | PHRASE_LINKS | ARTICLE_LINKS
    return any(
        after.casefold() in ARTICLES | POSSESSIVES and word.casefold() not in allowed
        for word, after in itertools.pairwise(words)
    )


def _adjective_end(word: str) -> bool:
    """An inflected adjective that waits for its noun ("kritiek op koloniale", "behoefte aan duidelijke"):
    it ends in -e and its lemma is the base form without it."""
    if not word.endswith("e") or len(word) < TITLE_MIN_CHARS:
        return False
    lemma = _lemma(word)
    return lemma != word and not lemma.endswith("e") and lemma[:2] == word[:2]


def _clause_step(word: str, after: str, links: frozenset[str]) -> bool:
    """Two words that belong to a clause: a plural subject and its verb ("ouders stappen"), a
    participle before a preposition ("aandacht gekregen van"), or a finite verb ("Spanje doet")."""
    folded = word.casefold()
    lemma = _lemma(folded)
    plural_noun = lemma != folded and folded.endswith(("s", "en")) and not lemma.endswith("en")
    if plural_noun and after.casefold() not in links and after[:1].islower():
        return True
    return (_verb_form(word) and after.casefold() in links) or _finite(word)


def _finite(word: str) -> bool:
    """A conjugated verb inside a phrase ("doet", "neemt", "kreeg"); participles ("verward gedrag",
    "opgelegde straffen") and inflected forms may stand before a noun and do not count."""
    folded = word.casefold()
    participle = "ge" in folded[:5] or folded.startswith(("be", "ver", "ont", "her", "er"))
    return _verb_form(word) and not participle and not folded.endswith(("e", "en"))


def _comparative(word: str) -> bool:
    """A comparative adjective ("lager", "makkelijker", "moderner"): its lemma is the base form."""
    lemma = _lemma(word)
    return word.endswith("er") and lemma != word and word.startswith(lemma[: max(3, len(lemma) - 1)])


def _lower_first(phrase: str) -> str:
    """Lower-case the first word unless it is a name, an abbreviation, a place or a people."""
    first = phrase.split(" ", 1)[0]
    folded = first.casefold()
    if (
        not first[:1].isupper()
        or not first[1:].islower()
        or folded in _place_names()
        or folded.startswith(_proper_prefixes())
    ):
        return phrase
    return first[:1].lower() + phrase[1:]


def _named(item: Evidence) -> str | None:
    if isinstance(item, TrendStatement):
        return item.phenomenon
    if isinstance(item, Figure):
        return item.indicator
    return None


EventTest = Callable[[str], bool]  # source id → is the source an event (a news item)?


def _never(_source_id: str) -> bool:
    return False


def _member_weight(item: Evidence, position: int, is_event: EventTest = _never) -> float:
    """Statements over figures, reports over news (an event), central members over outlying ones."""
    kind = 1.0 if isinstance(item, TrendStatement) else FIGURE_WEIGHT
    if is_event(item.span.source_id):
        kind *= EVENT_WEIGHT
    return kind / (1.0 + CENTRALITY_DECAY * position)


def _one_case(phrase: str) -> bool:
    """A municipality ("straatroof in Amersfoort") or a step of a criminal case ("celstraf"): in a
    news item, the place or the verdict of one case."""
    words = {word.casefold() for word in _WORD.findall(phrase)}
    places = _municipalities()
    if any(word.endswith("se") and (word[:-2] in places or word[:-3] in places) for word in words):
        return True  # "noordwijkse discotheek", "amsterdamse"
    return bool(words & (places | _lexicon_set("case_words.txt")))


@cache
def _municipalities() -> frozenset[str]:
    return frozenset(name.casefold() for name, level in gazetteer() if level == "gemeente")


def _offers(evidence: Sequence[Evidence], is_event: EventTest = _never) -> list[_Offer]:
    """The usable phrases of the members, equal ones (case aside) merged, first seen first.

    A news item's phrase that names a municipality is the place of one case and is not offered.
    """
    found: dict[str, _Offer] = {}
    for position, item in enumerate(evidence):
        named = _named(item)
        event = is_event(item.span.source_id)
        if isinstance(item, TrendStatement) and _phrasing.states_an_action(item.text):
            continue  # "versnellen van hervormingen": an aim or agenda item, no phenomenon
        for phrase in phenomenon_phrases(_phrasing.unglued(named, item.text)) if named else []:
            if not _usable(phrase) or (event and _one_case(phrase)):
                continue
            key = phrase.casefold()
            weight = _member_weight(item, position, is_event) + (found[key].weight if key in found else 0.0)
            found[key] = _Offer(found[key].phrase if key in found else phrase, weight, content_stems(phrase))
    return list(found.values())


def own_phrase(item: Evidence) -> str:
    """The phrase an evidence item could title a trend with on its own ("" when it has none): what it
    is about in its own words, cleaned as a title phrase is ("tijdens de pandemie" says when)."""
    offers = _offers([item])
    return offers[0].phrase if offers else ""


def _score(offer: _Offer, members: Sequence[tuple[float, frozenset[str]]]) -> float:
    """Weight × the share of the phrase that members repeat (weighted) × specificity × brevity."""
    total = sum(weight for weight, _ in members) or 1.0
    shared = sum(weight * len(offer.stems & stems) for weight, stems in members)
    repeated = shared / (total * len(offer.stems))
    specific = min(len(offer.stems), SPECIFIC_WORDS) / SPECIFIC_WORDS
    brevity = 1 / (1 + LENGTH_PENALTY * max(0, len(offer.phrase.split()) - SHORT_WORDS))
    return offer.weight * repeated * (1 - SPECIFICITY_SHARE + SPECIFICITY_SHARE * specific) * brevity


def _with_narrower(offers: list[_Offer]) -> list[_Offer]:
    """Each phrase also carries the weight of the phrases it refines ("geregistreerde misdrijven"
    carries "misdrijven"), so the most specific phrase the members share can win."""
    refined = [sum(o.weight for o in offers if o.stems < offer.stems) for offer in offers]
    return [
        dataclasses.replace(offer, weight=offer.weight + REFINED_SHARE * extra)
        for offer, extra in zip(offers, refined, strict=True)
    ]


def best_phrase(evidence: Sequence[Evidence], is_event: EventTest = _never) -> str:
    """The phenomenon that names the members: a report's phrase, else the events' topic, else "".

    ``is_event`` tells a news item (an event) by its source id. A statement or figure of a report,
    poll or interview names the trend when one offers a usable phrase (`stated_phrase`); news items
    report events, not a phenomenon in their own words, so a cluster without such a phrase is named
    by the safety phenomenon its news items share (`event_topic`), or not at all.
    """
    return stated_phrase(evidence, is_event) or event_topic(_events(evidence, is_event))


def _events(evidence: Sequence[Evidence], is_event: EventTest) -> list[Evidence]:
    return [item for item in evidence if is_event(item.span.source_id)]


def stated_phrase(evidence: Sequence[Evidence], is_event: EventTest = _never) -> str:
    """The phenomenon phrase the non-news members share most, weighted by kind, centrality and
    specificity; every member (news too) counts in how much of a phrase is repeated."""
    stated = [item for item in evidence if not is_event(item.span.source_id)]
    if _about_decisions(stated):
        return ""
    offers = _offers(stated, is_event)
    if not offers:
        return ""
    members = [
        (_member_weight(item, position, is_event), content_stems(f"{_named(item) or ''} {item.text}"))
        for position, item in enumerate(evidence)
    ]
    offers = _with_narrower(offers)
    scores = [_score(offer, members) for offer in offers]
    return offers[max(range(len(offers)), key=lambda i: (scores[i], -i))].phrase


def _about_decisions(stated: Sequence[Evidence]) -> bool:
    """Most of the statements name an administrative act or a body ("wijziging van de Kieswet",
    "vaststelling van de begroting"): the members are decisions of a decision list, and what is
    left (a figure's stray label) names no phenomenon of theirs."""
    named = [_named(item) for item in stated if isinstance(item, TrendStatement)]
    acts = [names_a_body(name) for name in named if name]
    return bool(acts) and sum(acts) * 2 >= len(acts)


@dataclass(frozen=True, slots=True)
class _Topic:
    """A safety phenomenon of the events lexicon: its forms (folded) and its title form."""

    name: str
    words: tuple[str, ...]
    phrases: tuple[str, ...]

    def named_in(self, words: set[str], text: str) -> bool:
        """Whether a text (its folded words and folded text) names the phenomenon."""
        if any(re.search(rf"\b{re.escape(p)}\b", text) for p in self.phrases):
            return True
        return any(
            word == form or (len(form) >= COMPOUND_MIN and word.endswith(form))
            for form in self.words
            for word in words
        )

    def refines(self, other: _Topic) -> bool:
        """A narrower phenomenon: one of its forms ends in, or holds as a word, a form of ``other``
        ("woninginbraken" refines "inbraken", "huiselijk geweld" refines "geweld")."""
        mine = self.words + self.phrases
        theirs = other.words + other.phrases
        return self is not other and any(
            m != t and (m.endswith(t) or t in m.split()) for m in mine for t in theirs
        )


@cache
def _event_topics() -> tuple[_Topic, ...]:
    topics = []
    for line in lexicon("event_topics.txt"):
        forms = [form.strip().casefold() for form in line.split(",") if form.strip()]
        words = tuple(f for f in forms if " " not in f)
        topics.append(_Topic(line.split(",")[-1].strip(), words, tuple(f for f in forms if " " in f)))
    return tuple(topics)


def event_topic(evidence: Sequence[Evidence]) -> str:
    """The safety phenomenon (lexicon ``event_topics.txt``) most members name, "" when fewer than
    ``TOPIC_SHARE`` of them (or than ``TOPIC_MIN_EVENTS``) name one: a bundle of events without a
    shared phenomenon names no trend, and one event is one case.

    A member naming a narrower phenomenon ("woninginbraak") counts for that one only, not also
    for the broader ("inbraak"); between equal counts the longer name wins.
    """
    topics = _event_topics()
    counts: Counter[_Topic] = Counter()
    for item in evidence:
        text = f"{_named(item) or ''} {item.text}".casefold()
        named = [t for t in topics if t.named_in(set(_WORD.findall(text)), text)]
        counts.update(t for t in named if not any(o.refines(t) for o in named))
    if not counts:
        return ""
    best = max(counts, key=lambda t: (counts[t], len(t.name)))
    return best.name if counts[best] >= max(TOPIC_MIN_EVENTS, TOPIC_SHARE * len(evidence)) else ""


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
    is_event: EventTest = _never,
    event_change: Change | None = None,
) -> str:
    """A Dutch title: the shared phenomenon with its direction (evidence comes best first).

    The phenomenon is a report's phrase, else the phenomenon the events share (`best_phrase`); a
    cluster of events only is titled by what the test of its event counts shows, ``event_change``
    (`events.EventSignal.change`: "Meer/Minder/Evenveel berichten over …"), whatever the news items
    say, and makes no claim ("Berichten over …") when the test vouches for none. Without a
    phenomenon: the direction within the theme, else the first words of the best member.
    """
    phrase = stated_phrase(evidence, is_event)
    events = _events(evidence, is_event)
    if not phrase and (phrase := event_topic(events)) and len(events) == len(evidence):
        template = EVENT_TITLES[event_change] if event_change is not None else EVENT_TITLE
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
        w.casefold() for item in evidence for w in _WORD.findall(f"{_named(item) or ''} {item.text}")
    )
    plurals = Counter(
        {w: n for w, n in words.items() if w != head and w.endswith(("s", "en")) and _lemma(w) == head}
    )
    if not plurals:
        return phrase
    plural: str = plurals.most_common(1)[0][0]
    if plurals[plural] < PLURAL_SHARE * words[head]:
        return phrase
    return phrase[:1] + plural[1:] if phrase[:1].isupper() else plural
