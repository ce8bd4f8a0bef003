"""Evaluation: score extracted evidence against a hand-made annotation (gold) of the same text.

A team checks the extractor on its own material with ``trendbeeld evaluate GOLD... --source ...``.
Gold and predictions are records in the JSON Lines shape of ``trendbeeld extract`` (see
:mod:`trendbeeld.records`); the rules are those of the shared annotation guidelines:

- **Location.** Figures, trend statements and quotes are placed in the text by ``start``/``end``
  when those offsets hold the ``evidence`` text (or its letters and digits), else by finding the
  evidence: exactly, then with case, accents, spacing, punctuation and line-break hyphens ignored,
  then (for long evidence) by its first or last 25 letters. A gold item may say where the whole
  statement ends (``span_end`` / ``evidence_end``); its span then reaches that far. Extracted items
  of a plain-text file are scored at their place in the file's own text, before the reader made it
  plain (``Extraction.file_records``), where its annotator counted.
- **Matching** is one-to-one, best pairs first:
  figures need the same unit (or a gold ``alt_units``), a value within 0.5 % or 0.05 (sign
  ignored; gold ``value_high`` and ``alt_values`` count) and spans at most 300 characters apart,
  nearest first; a range also absorbs a second prediction of its other bound (and a predicted
  range a second gold figure). Trend statements need the same direction (or a gold
  ``alt_directions``), spans at most 200 characters apart and a phenomenon overlap of at least
  0.3 (content words cut to five letters, shared / the smaller set), largest overlap first. Quotes
  need the same surname and spans at most 300 characters apart. Headlines and sections need
  titles at least 0.8 alike (difflib ratio on folded titles).
- **Scores** per kind: gold, predicted, matched, precision, recall, F1 and recall on gold that is
  not marked ``hard``; with neither gold nor predictions of a kind every score is 1. On matched
  pairs: direction, period and region of figures, role and organisation of quotes, outlet and date
  of headlines, impact and theme of sections.

The package, one concern a module: `_normal` folds what gold and predictions write (units,
directions, regions, periods, names), `_records` reads and checks records, `_locate` places items in
the text, `_match` pairs gold and predictions per kind, `_scores` holds the score objects and the
macro average, `_offsets` moves offsets into the stored text of a file into the file's own text;
`score` and `evaluate_file` here run them in order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trendbeeld.evaluate._locate import (
    EVIDENCE_EDGE,
    EVIDENCE_MIN_KEY,
    FALLBACK_MATCH,
    FALLBACK_SHARE,
    STATEMENT_REACH,
    Text,
    locate,
)
from trendbeeld.evaluate._match import (
    ATTRIBUTES,
    FIGURE_WINDOW,
    MATCHERS,
    QUOTE_WINDOW,
    THEME_OVERLAP,
    TITLE_SIMILARITY,
    TREND_OVERLAP,
    TREND_WINDOW,
    Check,
    Matching,
    Pairs,
    match_figures,
)
from trendbeeld.evaluate._normal import (
    ABSOLUTE_TOLERANCE,
    DIRECTION_ALIASES,
    REGION_ALIASES,
    RELATIVE_TOLERANCE,
    STEM_LETTERS,
    STOP_WORDS,
    UNIT_ALIASES,
    YEAR,
    fold,
    period_agrees,
    same_speaker,
    stem_overlap,
    title_key,
    title_similarity,
)
from trendbeeld.evaluate._offsets import OffsetMap
from trendbeeld.evaluate._records import (
    DIRECTIONS,
    KINDS,
    LOCATED_KINDS,
    UNITS,
    Item,
    check_record,
    offsets_of,
    read_records,
)
from trendbeeld.evaluate._scores import DECIMALS, METRICS, Accuracy, KindScore, Macro, Scores, macro

# Older private names that tests and benches still use.
_Item = Item
_Text = Text
_locate = locate
_match_figures = match_figures

__all__ = [
    "ABSOLUTE_TOLERANCE",
    "ATTRIBUTES",
    "DECIMALS",
    "DIRECTIONS",
    "DIRECTION_ALIASES",
    "EVIDENCE_EDGE",
    "EVIDENCE_MIN_KEY",
    "FALLBACK_MATCH",
    "FALLBACK_SHARE",
    "FIGURE_WINDOW",
    "KINDS",
    "LOCATED_KINDS",
    "MATCHERS",
    "METRICS",
    "PLAIN_TEXT",
    "QUOTE_WINDOW",
    "REGION_ALIASES",
    "RELATIVE_TOLERANCE",
    "STATEMENT_REACH",
    "STEM_LETTERS",
    "STOP_WORDS",
    "THEME_OVERLAP",
    "TITLE_SIMILARITY",
    "TREND_OVERLAP",
    "TREND_WINDOW",
    "UNITS",
    "UNIT_ALIASES",
    "YEAR",
    "Accuracy",
    "Check",
    "Extraction",
    "KindScore",
    "Macro",
    "Matching",
    "OffsetMap",
    "Pairs",
    "Scores",
    "evaluate_file",
    "extract_file",
    "fold",
    "macro",
    "period_agrees",
    "read_records",
    "same_speaker",
    "score",
    "stem_overlap",
    "title_key",
    "title_similarity",
]


def score(
    gold: Iterable[Mapping[str, Any]], pred: Iterable[Mapping[str, Any]], text: str | None = None
) -> Scores:
    """Score predicted records against gold records of the same ``text`` (the source's plain text).

    Records are checked as :func:`read_records` does; ``text`` places items that carry only
    evidence, or offsets into another extraction of the document.
    """
    gold_items = [Item(str(r["kind"]), dict(r)) for r in gold if r.get("kind") in KINDS]
    pred_items = [Item(str(r["kind"]), dict(r)) for r in pred if r.get("kind") in KINDS]
    for number, item in enumerate(gold_items, 1):
        check_record(item.data, f"gold {number}", True)
    for number, item in enumerate(pred_items, 1):
        check_record(item.data, f"uitvoer {number}", False)
    located = Text(text) if text is not None else None
    locate(gold_items, located, True)
    locate(pred_items, located, False)
    kinds: dict[str, KindScore] = {}
    attributes: dict[str, dict[str, Accuracy]] = {}
    missed: dict[str, list[dict[str, Any]]] = {}
    unmatched: dict[str, list[dict[str, Any]]] = {}
    for kind in KINDS:
        gold_of = [i for i in gold_items if i.kind == kind]
        pred_of = [i for i in pred_items if i.kind == kind]
        matched, found_gold, found_pred = MATCHERS[kind](gold_of, pred_of)
        core = [g for g, item in enumerate(gold_of) if not item.data.get("hard")]
        kinds[kind] = KindScore(
            gold=len(gold_of),
            pred=len(pred_of),
            matched=len(found_gold),
            matched_pred=len(found_pred),
            gold_core=len(core),
            matched_core=sum(1 for g in core if g in found_gold),
        )
        pairs = [(gold_of[g].data, pred_of[p].data) for g, p in matched.items()]
        if kind in ATTRIBUTES:
            attributes[kind] = {
                name: Accuracy(sum(1 for g, p in pairs if check(g, p)), len(pairs))
                for name, check in ATTRIBUTES[kind].items()
            }
        missed[kind] = [item.data for g, item in enumerate(gold_of) if g not in found_gold]
        unmatched[kind] = [item.data for p, item in enumerate(pred_of) if p not in found_pred]
    return Scores(kinds, attributes, missed, unmatched)


# --------------------------------------------------------------------------- running the extractor

PLAIN_TEXT = frozenset({".txt", ".md", ".markdown"})


@dataclass(frozen=True)
class Extraction:
    """What the extractor found in one file, and the text it is scored on.

    ``records`` are those ``trendbeeld extract`` writes: their offsets point into the text the reader
    stored. ``text`` is the text gold offsets count in: for a plain-text file the file's own text (as
    written: every line end and byte order mark counts, as in the shared scorer); for other files (PDF,
    Word, HTML) the reader's text. ``offsets`` moves a stored offset into ``text`` (``None``: the same
    place); ``file_records`` are the records with their offsets moved, their evidence unchanged.
    """

    records: list[dict[str, Any]]
    text: str
    offsets: OffsetMap | None = None

    @property
    def file_records(self) -> list[dict[str, Any]]:
        if self.offsets is None:
            return self.records
        return [_moved(record, self.offsets) for record in self.records]


def _moved(record: dict[str, Any], offsets: OffsetMap) -> dict[str, Any]:
    span = offsets_of(record)
    if span is None:
        return record
    start, end = offsets.span(*span)
    return {**record, "start": start, "end": end}


def extract_file(
    path: Path, *, taxonomy: str | Path | None = None, encoding: str | None = None
) -> Extraction:
    """Read ``path`` as ``trendbeeld extract`` does and return its evidence and sections as records,
    with the text gold offsets count in and the way there (see :class:`Extraction`)."""
    from trendbeeld import pipeline, sources
    from trendbeeld.records import to_record

    records: list[dict[str, Any]] = []
    texts: list[str] = []
    for target, meta in sources.discover([str(path)]):
        for source, items in pipeline.read_and_extract(target, meta, encoding=encoding):
            records += [to_record(item) for item in [*items, *pipeline.sections(source, taxonomy)]]
            texts.append(source.text)
    if len(texts) == 1 and path.suffix.lower() in PLAIN_TEXT:
        original = _file_text(path, encoding)
        if original == texts[0]:
            return Extraction(records, original)
        return Extraction(records, original, OffsetMap(original, texts[0]))
    if len(texts) == 1:
        return Extraction(records, texts[0])
    # Several sources in one file (a feed): offsets are per source, so place items by their evidence.
    unplaced = [{k: v for k, v in r.items() if k not in ("start", "end")} for r in records]
    return Extraction(unplaced, "\n\n".join(texts))


def _file_text(path: Path, encoding: str | None) -> str:
    """The file's text as its annotator saw it: decoded as the reader decoded it, before it was made
    plain (UTF-8 keeps its byte order mark, which the shared scorer counts too)."""
    from trendbeeld.sources.base import decoded

    data = path.read_bytes()
    try:
        return data.decode(encoding or "utf-8")
    except (UnicodeDecodeError, LookupError):
        return decoded(data, path, encoding=encoding)


def evaluate_file(
    gold: Path, source: Path, *, taxonomy: str | Path | None = None, encoding: str | None = None
) -> Scores:
    """Score the extractor on one annotated document: ``gold`` (JSON Lines) against ``source``."""
    expected = read_records(gold)
    found = extract_file(source, taxonomy=taxonomy, encoding=encoding)
    return score(expected, found.file_records, found.text)
