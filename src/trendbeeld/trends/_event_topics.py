"""The safety phenomenon a bundle of news items shares, and the place or verdict of one case.

News items report events in no words of their own, so a cluster of them is named by the phenomenon
of the events lexicon (``event_topics.txt``) most of them name ("overvallen", "woninginbraak"), or
by none; a narrower phenomenon counts over the broader one. A phrase naming a municipality or a
step of a criminal case ("straatroof in Amersfoort", "celstraf") is one case, not a phenomenon.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from trendbeeld.model import Evidence
from trendbeeld.stemming import stem
from trendbeeld.trends._items import gazetteer, lexicon
from trendbeeld.trends._words import COMPOUND_MIN, item_phrase, lexicon_set

TOPIC_SHARE = 0.3  # share of the members that must name a cluster's event phenomenon
TOPIC_MIN_EVENTS = 2  # and at least this many: one event is one case
VERB_STEM_MIN = 6  # a topic's stem this long also names it as a verb ("mishandel" in "mishandeld")
_WORD = re.compile(r"[\w'-]+", re.UNICODE)


def one_case(phrase: str) -> bool:
    """A municipality ("straatroof in Amersfoort") or a step of a criminal case ("celstraf"): in a
    news item, the place or the verdict of one case."""
    words = {word.casefold() for word in _WORD.findall(phrase)}
    places = _municipalities()
    if any(word.endswith("se") and (word[:-2] in places or word[:-3] in places) for word in words):
        return True  # "noordwijkse discotheek", "amsterdamse"
    return bool(words & (places | lexicon_set("case_words.txt")))


@cache
def _municipalities() -> frozenset[str]:
    return frozenset(name.casefold() for name, level in gazetteer() if level == "gemeente")


@dataclass(frozen=True, slots=True)
class Topic:
    """A safety phenomenon of the events lexicon: its forms (folded) and its title form."""

    name: str
    words: tuple[str, ...]
    phrases: tuple[str, ...]
    verb_stems: tuple[str, ...] = ()  # the stems of ``words`` of at least ``VERB_STEM_MIN`` letters

    def named_in(self, words: set[str], text: str) -> bool:
        """Whether a text (its folded words and folded text) names the phenomenon."""
        if any(re.search(rf"\b{re.escape(p)}\b", text) for p in self.phrases):
            return True
        return any(
            word == form or (len(form) >= COMPOUND_MIN and word.endswith(form))
            for form in self.words
            for word in words
        )

    def named_as_verb(self, words: set[str], text: str) -> bool:
        """`named_in`, or with a verb of the same stem ("mishandeld", "mishandelen" for "mishandeling";
        a stem of at least ``VERB_STEM_MIN`` letters, so "brandweer" does not name "brand"): as the
        events are counted (`_event_counts.topics_named`)."""
        return self.named_in(words, text) or any(w.startswith(s) for s in self.verb_stems for w in words)

    def refines(self, other: Topic) -> bool:
        """A narrower phenomenon: one of its forms ends in, or holds as a word, a form of ``other``
        ("woninginbraken" refines "inbraken", "huiselijk geweld" refines "geweld")."""
        mine = self.words + self.phrases
        theirs = other.words + other.phrases
        return self is not other and any(
            m != t and (m.endswith(t) or t in m.split()) for m in mine for t in theirs
        )


@cache
def event_topics() -> tuple[Topic, ...]:
    topics = []
    for line in lexicon("event_topics.txt"):
        forms = [form.strip().casefold() for form in line.split(",") if form.strip()]
        words = tuple(f for f in forms if " " not in f)
        stems = tuple(sorted({s for s in map(stem, words) if len(s) >= VERB_STEM_MIN}))
        topics.append(Topic(line.split(",")[-1].strip(), words, tuple(f for f in forms if " " in f), stems))
    return tuple(topics)


def event_topic(evidence: Sequence[Evidence]) -> str:
    """The safety phenomenon (lexicon ``event_topics.txt``) most members name, "" when fewer than
    ``TOPIC_SHARE`` of them (or than ``TOPIC_MIN_EVENTS``) name one: a bundle of events without a
    shared phenomenon names no trend, and one event is one case.

    A member naming a narrower phenomenon ("woninginbraak") counts for that one only, not also
    for the broader ("inbraak"); between equal counts the longer name wins. A verb of the topic's
    stem names it ("Twee mannen mishandeld bij station Assen"), as in the count the title heads: a
    topic counted by its verbs was left without a title ("Toename binnen thema jeugd").
    """
    topics = event_topics()
    counts: Counter[Topic] = Counter()
    for item in evidence:
        text = f"{item_phrase(item) or ''} {item.text}".casefold()
        words = set(_WORD.findall(text))
        named = [t for t in topics if t.named_as_verb(words, text)]
        counts.update(t for t in named if not any(o.refines(t) for o in named))
    if not counts:
        return ""
    best = max(counts, key=lambda t: (counts[t], len(t.name)))
    return best.name if counts[best] >= max(TOPIC_MIN_EVENTS, TOPIC_SHARE * len(evidence)) else ""
