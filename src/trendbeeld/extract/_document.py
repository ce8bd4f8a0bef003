"""One source prepared for extraction: clean text, sentences and cues, computed once."""

from __future__ import annotations

import bisect
import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from trendbeeld.extract import _articles, _cues, _phrases, _scan, _text
from trendbeeld.model import Source, Span

_ADVERB_BEFORE_MAAR = re.compile(r"(?<![\w-])(?:alleen|nog)\s*\Z", re.IGNORECASE)
_MAAR = re.compile(r"maar\s", re.IGNORECASE)
_bisect_left, _bisect_right = bisect.bisect_left, bisect.bisect_right


@dataclass(frozen=True, slots=True)
class Document:
    """A source with its cleaned text, sentences, wording of change and digit runs.

    ``text`` is the clean text (all clean offsets point into it; ``clean.text``, kept as a field
    because every rule reads it); ``lower`` is the clean text in lower case for fast scanning
    (see ``_scan.lowered``).
    """

    source: Source
    clean: _text.Cleaned
    sentences: list[_text.Sentence]
    sentence_starts: list[int]
    cues: list[_cues.Cue]
    cue_starts: list[int]
    digits: list[int]
    lower: str | None
    text: str

    # (both are asked tens of thousands of times a document: no builtin ``max``, bisect bound once)
    def sentence_at(self, pos: int) -> _text.Sentence:
        i = _bisect_right(self.sentence_starts, pos) - 1
        return self.sentences[i if i > 0 else 0]

    def cues_in(self, start: int, end: int) -> list[_cues.Cue]:
        starts = self.cue_starts
        return self.cues[_bisect_left(starts, start) : _bisect_left(starts, end)]

    def clauses(self, start: int, end: int) -> list[_phrases.Span]:
        """Clauses of the sentence at clean ``start:end``; "maar" after "alleen" or "nog" is an
        adverb ("zal alleen maar toenemen"), no conjunction that opens a clause."""
        if self.lower is not None:
            text, found = self.lower, _phrases.clauses(self.lower, start, end, lowered=True)
        else:
            text, found = self.text, _phrases.clauses(self.text, start, end)
        out: list[_phrases.Span] = []
        for clause in found:
            if out and _MAAR.match(text, clause.start) and _ADVERB_BEFORE_MAAR.search(
                text, max(out[-1].start, clause.start - 8), clause.start
            ):
                out[-1] = _phrases.Span(out[-1].start, clause.end)
                continue
            out.append(clause)
        return out

    @property
    def articles(self) -> _articles.Articles:
        """The articles of the clean text: where two blank lines begin another (see ``_articles``)."""
        return _articles.of(self.text)

    @property
    def source_articles(self) -> _articles.Articles:
        """The articles of the source, where its blank lines are as given (see ``_articles``)."""
        return _articles.of(self.clean.source)

    def span(self, start: int, end: int) -> tuple[Span, str, int | None]:
        """The source span, its exact text and its page for clean ``start:end``."""
        s, e = self.clean.source_span(start, end)
        return Span(self.source.id, s, e), self.source.text[s:e], self.source.page_at(s)


def analyse(source: Source) -> Document:
    """Clean the text of ``source`` and find its sentences, cues and digit runs.

    The cyclic garbage collector pauses meanwhile (``paused_gc``): the analysis makes many objects
    that live as long as the document (sentences, cues), which every collection would walk again (a
    5 MB text: 170 collections, one or two of every object in the process, 0.1 of 5 s CPU), and next
    to no reference cycles; any it makes are collected afterwards."""
    with paused_gc():
        return _analyse(source)


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector paused, as far as it ran before, for a step that makes many
    objects and next to no reference cycles (the analysis, the trend rules): the cycles it leaves
    are collected afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _analyse(source: Source) -> Document:
    cleaned = _text.clean(source.text)
    sentences = _text.sentences(cleaned.text)
    lower = _scan.lowered(cleaned.text)
    cues = _cues.find(cleaned.text, lower)
    return Document(
        source=source,
        clean=cleaned,
        sentences=sentences,
        sentence_starts=[s.start for s in sentences],
        cues=cues,
        cue_starts=[c.start for c in cues],
        digits=_scan.digit_runs(cleaned.text),
        lower=lower,
        text=cleaned.text,
    )
