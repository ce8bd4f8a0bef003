"""Placing gold and predicted items in the source text, and the distance between two of them.

By ``start``/``end`` when those offsets hold the ``evidence`` text (or its letters and digits: a
file's own text may have a soft hyphen, a line end or an accent written apart where the stored text
has not), else by finding the evidence: exactly, then on its letters and digits only (case, accents,
spacing, punctuation and line-break hyphens ignored), then for long evidence by its first or last
``EVIDENCE_EDGE`` letters. A gold item's ``span_end``/``evidence_end`` stretches its span to where
the whole statement ends.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from trendbeeld.evaluate._normal import letters, letters_with_offsets
from trendbeeld.evaluate._records import LOCATED_KINDS, Item, offsets_of

# Long evidence not found whole is looked for by this many letters at its start or end.
EVIDENCE_MIN_KEY = 30
EVIDENCE_EDGE = 25
STATEMENT_REACH = 5000  # an 'evidence_end' lies at most this far after the start of its item
FALLBACK_MATCH = 20
FALLBACK_SHARE = 0.6


class Text:
    """The source text, with a letters-only copy for finding evidence from another extraction."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.letters, self.offsets = letters_with_offsets(text)

    def find(self, evidence: str) -> list[tuple[int, int]]:
        exact = [
            (m.start(), m.start() + len(evidence))
            for m in re.finditer(f"(?={re.escape(evidence)})", self.text)
        ]
        if exact or not evidence:
            return exact
        key = letters(evidence)
        if not key:
            return []
        found = self._find_letters(key)
        if found or len(key) < EVIDENCE_MIN_KEY:
            return found
        return self._find_letters(key[:EVIDENCE_EDGE]) or self._find_letters(key[-EVIDENCE_EDGE:])

    def _find_letters(self, key: str) -> list[tuple[int, int]]:
        return [
            (self.offsets[m.start()], self.offsets[m.start() + len(key) - 1] + 1)
            for m in re.finditer(f"(?={re.escape(key)})", self.letters)
        ]


def locate(items: Sequence[Item], text: Text | None, is_gold: bool) -> None:
    for item in items:
        if item.kind not in LOCATED_KINDS:
            continue
        data = item.data
        evidence = data["evidence"] if isinstance(data.get("evidence"), str) else ""
        ending = str(data.get("evidence_end") or "") if is_gold else ""
        item.keys = [k for k in (letters(evidence), letters(ending)) if k]
        offsets = offsets_of(data)
        fits = offsets is not None and (text is None or not evidence or _holds(text, offsets, evidence))
        if offsets is not None and not fits and text is not None:
            # The offsets belong to another extraction of the text: go by the evidence.
            found = sorted(text.find(evidence), key=lambda span: abs(span[0] - offsets[0]))
            item.spans = found[:1] if is_gold else found
        if not item.spans:
            if offsets is not None:
                item.spans = [offsets]
            elif text is not None:
                item.spans = text.find(evidence)
        if is_gold and item.spans:
            _reach_statement_end(item, text, fits)


def _holds(text: Text, offsets: tuple[int, int], evidence: str) -> bool:
    there = text.text[offsets[0] : offsets[1]]
    return there == evidence or (bool(key := letters(evidence)) and letters(there) == key)


def _reach_statement_end(item: Item, text: Text | None, fits: bool) -> None:
    data = item.data
    end: int | None = None
    span_end = data.get("span_end")
    if isinstance(span_end, int) and not isinstance(span_end, bool) and (text is None or fits):
        end = span_end
    elif text is not None and isinstance(data.get("evidence_end"), str) and data["evidence_end"].strip():
        first = item.spans[0][0]
        ends = [e for s, e in text.find(data["evidence_end"]) if 0 <= s - first <= STATEMENT_REACH]
        end = min(ends) if ends else None
    if end is not None:
        item.spans = [(s, max(e, end)) for s, e in item.spans]


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[0] < b[1] and b[0] < a[1]:
        return 0
    return max(b[0] - a[1], a[0] - b[1], 0)


def distance(gold: Item, pred: Item) -> float:
    """Characters between the two spans; without spans, 0 when the evidence texts overlap enough."""
    if gold.spans and pred.spans:
        return min(_gap(a, b) for a in gold.spans for b in pred.spans)
    for a in gold.keys:
        for b in pred.keys:
            short, long_ = sorted((a, b), key=len)
            if short in long_:
                return 0
            size = (
                difflib.SequenceMatcher(None, a, b, autojunk=False)
                .find_longest_match(0, len(a), 0, len(b))
                .size
            )
            if size >= min(FALLBACK_MATCH, len(short)) or size >= FALLBACK_SHARE * len(short):
                return 0
    return float("inf")
