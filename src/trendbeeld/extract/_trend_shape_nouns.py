"""The phenomenon of a trend named by the shape of its line (``_trend_filters`` asks per statement kept).

Wording handled: an adjective of change with a noun for the course of a series ("een stijgende
trend", "een dalende lijn", "een neerwaartse tendens") names how something changes, not what:
the phenomenon is the topic of its sentence ("|qua mishandeling| is … een stijgende trend te zien",
"wat |de inbraken| betreft", "als het gaat om |…|", "op het gebied van |…|") or the noun phrase the
line runs in ("een stijgende trend doormaken in |het niveau van sociale contacten|", "een dalende
trend bij |jongeren|"). Without either the noun stays as it is (a pointer resolved elsewhere).
"""

from __future__ import annotations

import re

from trendbeeld.extract import _phrases
from trendbeeld.extract._document import Document
from trendbeeld.extract._trend_phenomena import _phenomenon

# Nouns for the course of a series; a phenomenon that opens with one of them names no topic.
_SHAPE_NOUNS = frozenset(["trend", "trends", "tendens", "lijn", "ontwikkeling"])
# A topic phrase in the sentence: "qua X", "wat X betreft" (its own pattern), "als het gaat om X".
_TOPIC = re.compile(
    r"\b(?:qua|(?:voor\s+)?wat\s+betreft|als\s+het\s+(?:gaat|ging)\s+(?:om|over)|op\s+het\s+gebied\s+van"
    r"|ten\s+aanzien\s+van)\s+",
    re.IGNORECASE,
)
_WHAT_CONCERNS = re.compile(r"\bwat\s+(?P<np>[^,.;:!?]{3,60}?)\s+betreft\b", re.IGNORECASE)
# Where the line runs: "trend (te zien / zichtbaar / doormaken) in|bij X", at most three words between.
_RUNS_IN = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+(?:in|bij)\s+(?=\S)", re.IGNORECASE)
_NOUN = re.compile(rf"\b(?:{'|'.join(sorted(_SHAPE_NOUNS, key=len, reverse=True))})\b", re.IGNORECASE)


def topic(doc: Document, phenomenon: str, start: int, opening: int, closing: int) -> str:
    """The topic a shape noun's change is about ("qua |mishandeling| … een stijgende trend"), else
    ``phenomenon`` unchanged. ``start``: the statement's start; ``opening``/``closing``: its sentence."""
    words = phenomenon.split()
    if not words or words[0].lower() not in _SHAPE_NOUNS:
        return phenomenon  # most phenomena: no shape noun first
    text = doc.text
    named = _topic_phrase(doc, opening, closing)
    if named is None:
        noun = _NOUN.search(text, start, closing)
        runs = _RUNS_IN.match(text, noun.end(), closing) if noun is not None else None
        span = _phrases.noun_phrase(text, runs.end(), closing) if runs is not None else None
        named = _phenomenon(doc, span) if span is not None else None
    return named if named and named.split()[0].lower() not in _SHAPE_NOUNS else phenomenon


def _topic_phrase(doc: Document, opening: int, closing: int) -> str | None:
    """The noun phrase of the sentence's topic phrase ("qua |fysieke voorzieningen|")."""
    text = doc.text
    concerns = _WHAT_CONCERNS.search(text, opening, closing)
    if concerns is not None:
        span = _phrases.noun_phrase(text, concerns.start("np"), concerns.end("np"))
    else:
        m = _TOPIC.search(text, opening, closing)
        span = _phrases.noun_phrase(text, m.end(), closing) if m is not None else None
    return _phenomenon(doc, span) if span is not None else None
