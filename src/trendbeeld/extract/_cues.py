"""Dutch wording of change (``change.tsv``) found in cleaned text, shared by trends and figures.

Every alternative in ``change.tsv`` starts with a literal word. One regular expression (a trie
of those first words) finds candidate positions; only the lines that can start with the word
found are then tried there. That keeps the search fast on megabytes of text.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from trendbeeld.extract import lexicon
from trendbeeld.model import Change

# Words a separable verb may have between its two parts ("neemt de kans op geweld toe").
GAP_WORDS = 8
_GAP = rf"(?:[^\S\n]+[^\s.;:!?,()“”‘’\"]+){{0,{GAP_WORDS}}}?[^\S\n]+"
_COMPARATIVE = re.compile(r"[a-zà-ÿ]{2,}[^aeiou\s]er")
_WORD_BEFORE = re.compile(r"([a-zà-ÿ]+)[^\S\n]+\Z", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:niet|geen|nauwelijks|nooit)\s+(?:\S+\s+)?\Z", re.IGNORECASE)
_INNER_NEGATION = re.compile(r"\s(?:niet|geen|nauwelijks|nooit)\s", re.IGNORECASE)
_LEADING_WORD = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cue:
    """One occurrence of wording of change: clean ``start:end``, direction and kind."""

    start: int
    end: int
    direction: Change
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class _Matcher:
    trigger: re.Pattern[str]
    trigger_lower: re.Pattern[str]  # the same, case-sensitive, for a lower-case copy of the text
    lines: dict[str, tuple[tuple[re.Pattern[str], lexicon.ChangeCue], ...]]


def _depths(pattern: str) -> list[int]:
    """Group depth before each character, ignoring escapes and character classes."""
    depths, depth, escaped, in_class = [], 0, False, False
    for ch in pattern:
        depths.append(depth)
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
    return depths


def _split_top(pattern: str) -> list[str]:
    """Top-level alternatives of a regular expression."""
    depths = _depths(pattern)
    cuts = [i for i, ch in enumerate(pattern) if ch == "|" and depths[i] == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[a + 1 : b] for a, b in itertools.pairwise(bounds)]


def first_words(pattern: str) -> set[str]:
    """The literal words an expression can start with (``(?:neemt|nam)\\s…`` → neemt, nam)."""
    words: set[str] = set()
    for alternative in _split_top(pattern):
        if alternative.startswith("(?:"):
            depths = _depths(alternative)
            close = next(i for i in range(1, len(alternative)) if alternative[i] == ")" and depths[i] == 1)
            words |= first_words(alternative[3:close])
            continue
        m = _LEADING_WORD.match(alternative)
        if m is None:
            raise ValueError(f"change.tsv: alternative begint niet met een woord: {alternative!r}")
        words.add(m.group(0).lower())
    return words


def trie(words: set[str]) -> str:
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alternatives = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = "(?:" + "|".join(alternatives) + ")"
        return body + "?" if "" in node else body

    return build(root)


@cache
def _matcher() -> _Matcher:
    by_word: dict[str, list[tuple[re.Pattern[str], lexicon.ChangeCue]]] = defaultdict(list)
    for cue in lexicon.load().change:
        regex = re.compile(rf"(?:{cue.pattern.replace('{GAP}', _GAP)})(?![\w-])", re.IGNORECASE)
        for word in first_words(cue.pattern):
            by_word[word].append((regex, cue))
    trigger = rf"(?<![\w-]){trie(set(by_word))}(?![\w-])"
    lines = {w: tuple(entries) for w, entries in by_word.items()}
    return _Matcher(re.compile(trigger, re.IGNORECASE), re.compile(trigger), lines)


def find(text: str, lower: str | None = None) -> list[Cue]:
    """All cues in clean ``text``, left to right, with comparatives and negation resolved.

    ``lower`` is ``text`` in lower case (``_scan.lowered``): the trigger scan then runs on it.
    """
    matcher = _matcher()
    out: list[Cue] = []
    covered = 0
    hits = matcher.trigger.finditer(text) if lower is None else matcher.trigger_lower.finditer(lower)
    for hit in hits:
        if hit.start() < covered:
            continue
        cue = _best(text, hit.start(), matcher.lines.get(hit.group(0).lower(), ()))
        if cue is not None:
            out.append(cue)
            covered = cue.end if cue.kind != "verb" or " " not in cue.text else hit.end()
    return out


def _best(
    text: str, pos: int, entries: tuple[tuple[re.Pattern[str], lexicon.ChangeCue], ...]
) -> Cue | None:
    best: Cue | None = None
    for regex, entry in entries:
        m = regex.match(text, pos)
        if m is None or (best is not None and m.end() - m.start() <= best.end - best.start):
            continue
        cue = _resolve(text, m, entry)
        if cue is not None:
            best = cue
    return best


def _resolve(text: str, m: re.Match[str], entry: lexicon.ChangeCue) -> Cue | None:
    lex = lexicon.load()
    direction, start, matched = entry.direction, m.start(), m.group(0)
    if entry.kind == "after":
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None or not _COMPARATIVE.fullmatch(before.group(1).lower()):
            return None
        start, matched = before.start(1), text[before.start(1) : m.end()]
    if entry.kind in ("comp", "after"):
        resolved = _comparative_direction(matched, lex.down_comparatives, lex.not_comparatives)
        if resolved is None:
            return None
        direction = resolved
    if _NEGATION.search(text, max(0, start - 30), start) or _INNER_NEGATION.search(matched):
        if direction is Change.SHIFT:
            return None
        direction = Change.STABLE
    return Cue(start, m.end(), direction, entry.kind, matched)


def _comparative_direction(
    matched: str, down: frozenset[str], not_comparative: frozenset[str]
) -> Change | None:
    words = matched.lower().split()
    if any(w in down for w in words):
        return Change.DOWN
    comparatives = [w for w in words if _COMPARATIVE.fullmatch(w)]
    if comparatives and all(w in not_comparative for w in comparatives):
        return None
    return Change.UP
