"""Evaluation: score extracted evidence against a hand-made annotation (gold) of the same text.

A team checks the extractor on its own material with ``trendbeeld evaluate GOLD... --source ...``.
Gold and predictions are records in the JSON Lines shape of ``trendbeeld extract`` (see
:mod:`trendbeeld.records`); the rules are those of the shared annotation guidelines:

- **Location.** Figures, trend statements and quotes are placed in the text by ``start``/``end``
  when those offsets hold the ``evidence`` text, else by finding the evidence: exactly, then with
  case, accents, spacing, punctuation and line-break hyphens ignored, then (for long evidence) by
  its first or last 25 letters. A gold item may say where the whole statement ends
  (``span_end`` / ``evidence_end``); its span then reaches that far.
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
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trendbeeld.errors import ConfigError

KINDS = ("figure", "trend", "quote", "headline", "section")
LOCATED_KINDS = frozenset({"figure", "trend", "quote"})
UNITS = frozenset({"percent", "count", "euro", "dollar", "grade", "factor", "per_1000", "years", "other"})
DIRECTIONS = frozenset({"up", "down", "stable", "shift"})
FIGURE_WINDOW = 300
TREND_WINDOW = 200
QUOTE_WINDOW = 300
TREND_OVERLAP = 0.3
TITLE_SIMILARITY = 0.8
THEME_OVERLAP = 0.5
STEM_LETTERS = 5
RELATIVE_TOLERANCE = 0.005
ABSOLUTE_TOLERANCE = 0.05
# Long evidence not found whole is looked for by this many letters at its start or end.
EVIDENCE_MIN_KEY = 30
EVIDENCE_EDGE = 25
STATEMENT_REACH = 5000  # an 'evidence_end' lies at most this far after the start of its item
FALLBACK_MATCH = 20
FALLBACK_SHARE = 0.6
DECIMALS = 4

_UNIT_NAMES = {
    "percent": "% procent pct percentage percentages procentpunt percentage_points",
    "euro": "eur € euros euro's",
    "dollar": "usd $ dollars",
    "count": "aantal number n absolute persons",
    "years": "jaar year jaren age",
    "grade": "rapportcijfer cijfer score mark",
    "factor": "x times keer multiplier ratio",
    "per_1000": "promille ‰ per1000 per_1000_inhabitants",
}
UNIT_ALIASES = {alias: unit for unit, names in _UNIT_NAMES.items() for alias in names.split()}
UNIT_ALIASES |= {"per 1000": "per_1000", "per 1.000": "per_1000"}
_DIRECTION_NAMES = {
    "up": "increase increasing rise rising stijging toename stijgend omhoog + harden hardens hardening "
    "verharding intensify growth groei",
    "down": "decrease decreasing decline falling daling afname dalend omlaag -",
    "stable": "stabiel flat unchanged constant gelijk",
    "shift": "change verschuiving verandering changing",
}
DIRECTION_ALIASES = {alias: d for d, names in _DIRECTION_NAMES.items() for alias in names.split()}
_REGION_NAMES = {
    "nederland": "nl|landelijk|nationaal|netherlands|the netherlands|heel nederland",
    "midden-nederland": "midden nederland|middennederland|regio midden-nederland|eenheid midden-nederland|"
    "politie-eenheid midden-nederland|politie midden-nederland",
    "wereldwijd": "wereld|global|worldwide|world|internationaal",
    "europa": "europe|eu|europese unie",
}
REGION_ALIASES = {alias: r for r, names in _REGION_NAMES.items() for alias in names.split("|")}
# Words that carry no meaning in a phenomenon or theme (Dutch and English function words).
_STOP_WORDS = (
    "de het een der des den van in op en of voor met aan door tot bij naar over onder om te dat die dit "
    "deze er als ook nog niet is zijn was wordt worden werd zal zullen kan kunnen hun haar zich wel meer "
    "steeds the and to a an on for by"
)
STOP_WORDS = frozenset(_STOP_WORDS.split())
YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")


# --------------------------------------------------------------------------- normalising


def fold(text: str) -> str:
    """Lower case without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def _letters_with_offsets(text: str) -> tuple[str, list[int]]:
    """Only the letters and digits of ``text`` (folded), each with its offset in ``text``."""
    kept: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        for folded in fold(char):
            if folded.isalnum():
                kept.append(folded)
                offsets.append(index)
    return "".join(kept), offsets


def _letters(text: str) -> str:
    return _letters_with_offsets(text)[0]


def title_key(text: str) -> str:
    """A title folded, with hyphenated parts joined and punctuation made spaces."""
    key = re.sub(r"[^\w\s]", " ", re.sub(r"-\s*", "", fold(text)))
    return " ".join(key.split())


def title_similarity(a: str, b: str) -> float:
    key_a, key_b = title_key(a), title_key(b)
    if not key_a and not key_b:
        return 1.0
    return difflib.SequenceMatcher(None, key_a, key_b).ratio()


def _stem_set(text: str) -> set[str]:
    words = re.findall(r"\w+", fold(text).replace("-", ""))
    return {w[:STEM_LETTERS] for w in words if w not in STOP_WORDS and not w.isdigit()}


def stem_overlap(a: str, b: str) -> float:
    """Shared content-word stems over the smaller set (1 for equal texts without content words)."""
    stems_a, stems_b = _stem_set(a), _stem_set(b)
    if not stems_a or not stems_b:
        return 1.0 if title_key(a) and title_key(a) == title_key(b) else 0.0
    return len(stems_a & stems_b) / min(len(stems_a), len(stems_b))


def _unit(value: object) -> str | None:
    if value is None:
        return None
    name = str(value).strip().lower()
    return UNIT_ALIASES.get(name, name) or None


def _direction(value: object) -> str | None:
    if value is None:
        return None
    name = str(value).strip().lower()
    if name in ("", "none", "null", "n/a"):
        return None
    return DIRECTION_ALIASES.get(name, name)


def _region(value: object) -> str | None:
    if value is None:
        return None
    name = " ".join(fold(str(value)).replace("\u2011", "-").split())
    if name in ("", "none", "null"):
        return None
    return REGION_ALIASES.get(name, name)


def _period(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip().lower()
    for dash in "\u2013\u2014\u2011":
        text = text.replace(dash, "-")
    return re.sub(r"\s*-\s*", "-", " ".join(text.split())) or None


def period_agrees(gold: object, pred: object) -> bool:
    """Equal periods, or periods whose latest years agree ('2024-2025' and '2025')."""
    a, b = _period(gold), _period(pred)
    if a == b:
        return True
    if a is None or b is None:
        return False
    years_a, years_b = [int(y) for y in YEAR.findall(a)], [int(y) for y in YEAR.findall(b)]
    return bool(years_a and years_b) and max(years_a) == max(years_b)


def _words(text: object) -> list[str]:
    return re.findall(r"\w+", fold(str(text or "")))


def same_speaker(gold: object, pred: object) -> bool:
    """Whether two speaker names share the surname (one's last word is a word of the other)."""
    gold_words, pred_words = _words(gold), _words(pred)
    if not gold_words or not pred_words:
        return False
    return gold_words[-1] in pred_words or pred_words[-1] in gold_words


def _loose_equal(gold: object, pred: object) -> bool:
    """Equal or contained in one another, case and accents aside (roles, organisations, outlets)."""
    a, b = title_key(str(gold or "")), title_key(str(pred or ""))
    if not a or not b:
        return not a and not b
    return a in b or b in a


def _close(a: float, b: float) -> bool:
    a, b = abs(a), abs(b)
    return abs(a - b) <= max(RELATIVE_TOLERANCE * max(a, b), ABSOLUTE_TOLERANCE)


# --------------------------------------------------------------------------- reading


@dataclass
class _Item:
    kind: str
    data: dict[str, Any]
    spans: list[tuple[int, int]] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)


def _number(value: object, where: str, name: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            pass
    raise ConfigError(f"{where}: '{name}' moet een getal zijn, niet {value!r}")


def _check_figure(record: dict[str, Any], where: str, is_gold: bool) -> None:
    """Raise on a figure that cannot be scored; its numbers are made floats in place."""
    for name in ("value", "unit"):
        if name not in record:
            raise ConfigError(f"{where}: een cijfer (figure) mist '{name}'")
    record["value"] = _number(record["value"], where, "value")
    if record.get("value_high") is not None:
        record["value_high"] = _number(record["value_high"], where, "value_high")
    if record.get("alt_values") is not None:
        if not isinstance(record["alt_values"], list):
            raise ConfigError(f"{where}: 'alt_values' moet een lijst zijn")
        record["alt_values"] = [_number(v, where, "alt_values") for v in record["alt_values"]]
    if is_gold and _unit(record["unit"]) not in UNITS:
        raise ConfigError(
            f"{where}: eenheid {record['unit']!r} is onbekend", hint="Kies uit: " + ", ".join(sorted(UNITS))
        )


def _check(record: dict[str, Any], where: str, is_gold: bool) -> None:
    """Raise on a record that cannot be scored; numbers are made floats in place."""
    kind = record["kind"]
    if kind == "figure":
        _check_figure(record, where, is_gold)
    required = {
        "trend": ("phenomenon", "direction"),
        "quote": ("speaker",),
        "headline": ("title",),
        "section": ("title",),
    }.get(kind, ())
    for name in required:
        if not isinstance(record.get(name), str):
            raise ConfigError(f"{where}: '{name}' ontbreekt of is geen tekst")
    if is_gold and kind == "trend" and record["direction"] not in DIRECTIONS:
        raise ConfigError(
            f"{where}: richting {record['direction']!r} is onbekend",
            hint="Kies uit: " + ", ".join(sorted(DIRECTIONS)),
        )
    if is_gold and kind == "section" and record.get("impact") not in (None, "direct", "indirect"):
        raise ConfigError(f"{where}: impact moet direct, indirect of null zijn")
    if kind in LOCATED_KINDS:
        offsets = _offsets(record)
        evidence = record.get("evidence")
        if offsets is None and not (isinstance(evidence, str) and evidence.strip()):
            raise ConfigError(f"{where}: geef 'evidence' of 'start' en 'end'")
        if offsets is not None and offsets[1] < offsets[0]:
            raise ConfigError(f"{where}: 'end' ligt voor 'start'")


def _offsets(record: Mapping[str, Any]) -> tuple[int, int] | None:
    start, end = record.get("start"), record.get("end")
    if isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool):
        return start, end
    return None


def read_records(path: Path, *, is_gold: bool = True) -> list[dict[str, Any]]:
    """The records of a JSON Lines file; gold must be valid, predictions of other kinds are skipped."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise ConfigError(f"{path}: niet te lezen ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: geen UTF-8-tekst") from exc
    records: list[dict[str, Any]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{where}: geen geldige JSON ({exc.msg}, kolom {exc.colno})") from exc
        if not isinstance(record, dict):
            raise ConfigError(f"{where}: verwacht een JSON-object")
        if record.get("kind") not in KINDS:
            if is_gold:
                raise ConfigError(
                    f"{where}: onbekende soort {record.get('kind')!r}", hint="Kies uit: " + ", ".join(KINDS)
                )
            continue
        _check(record, where, is_gold)
        records.append(record)
    return records


# --------------------------------------------------------------------------- locating


class _Text:
    """The source text, with a letters-only copy for finding evidence from another extraction."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.letters, self.offsets = _letters_with_offsets(text)

    def find(self, evidence: str) -> list[tuple[int, int]]:
        exact = [
            (m.start(), m.start() + len(evidence))
            for m in re.finditer(f"(?={re.escape(evidence)})", self.text)
        ]
        if exact or not evidence:
            return exact
        key = _letters(evidence)
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


def _locate(items: Sequence[_Item], text: _Text | None, is_gold: bool) -> None:
    for item in items:
        if item.kind not in LOCATED_KINDS:
            continue
        data = item.data
        evidence = data["evidence"] if isinstance(data.get("evidence"), str) else ""
        ending = str(data.get("evidence_end") or "") if is_gold else ""
        item.keys = [k for k in (_letters(evidence), _letters(ending)) if k]
        offsets = _offsets(data)
        fits = offsets is not None and (
            text is None or not evidence or text.text[offsets[0] : offsets[1]] == evidence
        )
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


def _reach_statement_end(item: _Item, text: _Text | None, fits: bool) -> None:
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


def _distance(gold: _Item, pred: _Item) -> float:
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


# --------------------------------------------------------------------------- matching

Pairs = list[tuple[tuple[float, ...], int, int]]
Matching = tuple[dict[int, int], set[int], set[int]]


def _best_pairs_first(pairs: Pairs) -> dict[int, int]:
    """Gold index -> prediction index, taking the pairs in order of their key, each item once."""
    chosen: dict[int, int] = {}
    taken: set[int] = set()
    for _, g, p in sorted(pairs, key=lambda pair: pair[0]):
        if g not in chosen and p not in taken:
            chosen[g] = p
            taken.add(p)
    return chosen


def _values(data: Mapping[str, Any], is_gold: bool) -> list[float]:
    values = [data["value"]] + ([data["value_high"]] if data.get("value_high") is not None else [])
    return values + list(data.get("alt_values") or []) if is_gold else values


def _figures_fit(gold: _Item, pred: _Item) -> bool:
    units = {_unit(gold.data.get("unit"))} | {_unit(u) for u in gold.data.get("alt_units") or []}
    if _unit(pred.data.get("unit")) not in units:
        return False
    return any(_close(a, b) for a in _values(gold.data, True) for b in _values(pred.data, False))


def _match_figures(gold: list[_Item], pred: list[_Item]) -> Matching:
    pairs: Pairs = []
    for g, gold_item in enumerate(gold):
        for p, pred_item in enumerate(pred):
            if (
                _figures_fit(gold_item, pred_item)
                and (gap := _distance(gold_item, pred_item)) <= FIGURE_WINDOW
            ):
                exact = _close(gold_item.data["value"], pred_item.data["value"])
                pairs.append(((gap, 0 if exact else 1), g, p))
    matched = _best_pairs_first(pairs)
    found_gold, found_pred = set(matched), set(matched.values())
    for g, p in matched.items():
        gold_item, pred_item = gold[g], pred[p]
        near = FIGURE_WINDOW
        if gold_item.data.get("value_high") is not None:  # a gold range: the other bound predicted too
            other = next(
                (
                    q
                    for q, item in enumerate(pred)
                    if q not in found_pred
                    and _figures_fit(gold_item, item)
                    and _distance(gold_item, item) <= near
                    and not _close(item.data["value"], pred_item.data["value"])
                ),
                None,
            )
            if other is not None:
                found_pred.add(other)
        if pred_item.data.get("value_high") is not None:  # a predicted range: a second gold figure
            other = next(
                (
                    h
                    for h, item in enumerate(gold)
                    if h not in found_gold
                    and _figures_fit(item, pred_item)
                    and _distance(item, pred_item) <= near
                    and not _close(item.data["value"], gold_item.data["value"])
                ),
                None,
            )
            if other is not None:
                found_gold.add(other)
    return matched, found_gold, found_pred


def _directions(data: Mapping[str, Any]) -> set[str | None]:
    return {_direction(data.get("direction"))} | {_direction(d) for d in data.get("alt_directions") or []}


def _match_trends(gold: list[_Item], pred: list[_Item]) -> Matching:
    pairs: Pairs = []
    for g, gold_item in enumerate(gold):
        allowed = _directions(gold_item.data)
        for p, pred_item in enumerate(pred):
            if _direction(pred_item.data.get("direction")) not in allowed:
                continue
            gap = _distance(gold_item, pred_item)
            if gap > TREND_WINDOW:
                continue
            overlap = stem_overlap(
                str(gold_item.data.get("phenomenon", "")), str(pred_item.data.get("phenomenon", ""))
            )
            if overlap >= TREND_OVERLAP:
                pairs.append(((-overlap, gap), g, p))
    matched = _best_pairs_first(pairs)
    return matched, set(matched), set(matched.values())


def _match_quotes(gold: list[_Item], pred: list[_Item]) -> Matching:
    pairs: Pairs = [
        ((gap,), g, p)
        for g, gold_item in enumerate(gold)
        for p, pred_item in enumerate(pred)
        if same_speaker(gold_item.data.get("speaker"), pred_item.data.get("speaker"))
        and (gap := _distance(gold_item, pred_item)) <= QUOTE_WINDOW
    ]
    matched = _best_pairs_first(pairs)
    return matched, set(matched), set(matched.values())


def _match_titles(gold: list[_Item], pred: list[_Item]) -> Matching:
    pairs: Pairs = []
    for g, gold_item in enumerate(gold):
        for p, pred_item in enumerate(pred):
            alike = title_similarity(
                str(gold_item.data.get("title", "")), str(pred_item.data.get("title", ""))
            )
            if alike >= TITLE_SIMILARITY:
                pairs.append(((-alike,), g, p))
    matched = _best_pairs_first(pairs)
    return matched, set(matched), set(matched.values())


MATCHERS: dict[str, Callable[[list[_Item], list[_Item]], Matching]] = {
    "figure": _match_figures,
    "trend": _match_trends,
    "quote": _match_quotes,
    "headline": _match_titles,
    "section": _match_titles,
}

Check = Callable[[Mapping[str, Any], Mapping[str, Any]], bool]


def _impact(value: object) -> str | None:
    return str(value).lower() if value else None


ATTRIBUTES: dict[str, dict[str, Check]] = {
    "figure": {
        "direction": lambda g, p: _direction(p.get("direction")) in _directions(g),
        "period": lambda g, p: period_agrees(g.get("period"), p.get("period")),
        "region": lambda g, p: _region(g.get("region")) == _region(p.get("region")),
    },
    "quote": {
        "role": lambda g, p: _loose_equal(g.get("role"), p.get("role")),
        "organisation": lambda g, p: _loose_equal(g.get("organisation"), p.get("organisation")),
    },
    "headline": {
        "outlet": lambda g, p: _loose_equal(g.get("outlet"), p.get("outlet")),
        "date": lambda g, p: (g.get("date") or None) == (p.get("date") or None),
    },
    "section": {
        "impact": lambda g, p: (g.get("impact") or None) == _impact(p.get("impact")),
        "theme": lambda g, p: (
            stem_overlap(str(g.get("theme") or ""), str(p.get("theme") or "")) >= THEME_OVERLAP
        ),
    },
}


# --------------------------------------------------------------------------- scores


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


@dataclass(frozen=True)
class KindScore:
    """How well one kind of evidence was found in one document."""

    gold: int
    pred: int
    matched: int
    matched_pred: int
    gold_core: int
    matched_core: int

    @property
    def precision(self) -> float:
        return _ratio(self.matched_pred, self.pred)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def recall_core(self) -> float:
        return _ratio(self.matched_core, self.gold_core)

    @property
    def present(self) -> bool:
        """Whether the document has gold or predictions of this kind (otherwise the scores say nothing)."""
        return bool(self.gold or self.pred)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "pred": self.pred,
            "matched": self.matched,
            "matched_pred": self.matched_pred,
            "precision": round(self.precision, DECIMALS),
            "recall": round(self.recall, DECIMALS),
            "f1": round(self.f1, DECIMALS),
            "gold_core": self.gold_core,
            "recall_core": round(self.recall_core, DECIMALS),
        }


@dataclass(frozen=True)
class Accuracy:
    """How often an attribute of matched items is right."""

    correct: int
    total: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def as_dict(self) -> dict[str, float | int | None]:
        value = self.accuracy
        return {
            "correct": self.correct,
            "total": self.total,
            "accuracy": round(value, DECIMALS) if value is not None else None,
        }


@dataclass(frozen=True)
class Scores:
    """The scores of one document: per kind, and attribute accuracy on matched items."""

    kinds: dict[str, KindScore]
    attributes: dict[str, dict[str, Accuracy]]
    missed: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    unmatched: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kinds": {kind: score.as_dict() for kind, score in self.kinds.items()},
            "attributes": {
                kind: {name: a.as_dict() for name, a in attrs.items()}
                for kind, attrs in self.attributes.items()
            },
        }


def score(
    gold: Iterable[Mapping[str, Any]], pred: Iterable[Mapping[str, Any]], text: str | None = None
) -> Scores:
    """Score predicted records against gold records of the same ``text`` (the source's plain text).

    Records are checked as :func:`read_records` does; ``text`` places items that carry only
    evidence, or offsets into another extraction of the document.
    """
    gold_items = [_Item(str(r["kind"]), dict(r)) for r in gold if r.get("kind") in KINDS]
    pred_items = [_Item(str(r["kind"]), dict(r)) for r in pred if r.get("kind") in KINDS]
    for number, item in enumerate(gold_items, 1):
        _check(item.data, f"gold {number}", True)
    for number, item in enumerate(pred_items, 1):
        _check(item.data, f"uitvoer {number}", False)
    located = _Text(text) if text is not None else None
    _locate(gold_items, located, True)
    _locate(pred_items, located, False)
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


METRICS = ("precision", "recall", "f1", "recall_core")


@dataclass(frozen=True)
class Macro:
    """Scores averaged over documents: per kind over the documents with gold or predictions of it,
    per attribute over the documents with matched items."""

    documents: int
    kinds: dict[str, dict[str, float | None]]
    attributes: dict[str, dict[str, float | None]]

    def flat(self) -> dict[str, float | None]:
        """F1 per kind (``figure`` …) and accuracy per attribute (``figure.direction`` …)."""
        out = {kind: values["f1"] for kind, values in self.kinds.items()}
        for kind, attrs in self.attributes.items():
            out |= {f"{kind}.{name}": value for name, value in attrs.items()}
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "kinds": self.kinds, "attributes": self.attributes}


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), DECIMALS) if values else None


def macro(documents: Sequence[Scores]) -> Macro:
    """The macro average of ``documents``: each document counts once, whatever its size."""
    kinds: dict[str, dict[str, float | None]] = {}
    for kind in KINDS:
        present = [d.kinds[kind] for d in documents if d.kinds[kind].present]
        kinds[kind] = {metric: _mean([getattr(k, metric) for k in present]) for metric in METRICS}
        kinds[kind] |= {
            "documents": len(present),
            "gold": sum(k.gold for k in present),
            "pred": sum(k.pred for k in present),
            "matched": sum(k.matched for k in present),
        }
    attributes = {
        kind: {
            name: _mean([a for d in documents if (a := d.attributes[kind][name].accuracy) is not None])
            for name in checks
        }
        for kind, checks in ATTRIBUTES.items()
    }
    return Macro(len(documents), kinds, attributes)


# --------------------------------------------------------------------------- running the extractor

PLAIN_TEXT = frozenset({".txt", ".md", ".markdown"})


@dataclass(frozen=True)
class Extraction:
    """What the extractor found in one file, as records, and the text they point into."""

    records: list[dict[str, Any]]
    text: str


def extract_file(
    path: Path, *, taxonomy: str | Path | None = None, encoding: str | None = None
) -> Extraction:
    """Read ``path`` as ``trendbeeld extract`` does and return its evidence and sections as records.

    A plain-text file is its own text, so gold offsets into the file stay valid; other files (PDF,
    Word, HTML) are scored on the text the reader made of them.
    """
    from trendbeeld import pipeline, sources
    from trendbeeld.records import to_record

    records: list[dict[str, Any]] = []
    texts: list[str] = []
    for target, meta in sources.discover([str(path)]):
        for source, items in pipeline.read_and_extract(target, meta, encoding=encoding):
            records += [to_record(item) for item in [*items, *pipeline.sections(source, taxonomy)]]
            texts.append(source.text)
    if path.suffix.lower() in PLAIN_TEXT:
        try:
            return Extraction(records, path.read_text(encoding=encoding or "utf-8"))
        except UnicodeDecodeError:
            pass  # another encoding, which the reader recognised: score on the reader's text
    if len(texts) == 1:
        return Extraction(records, texts[0])
    # Several sources in one file (a feed): offsets are per source, so place items by their evidence.
    unplaced = [{k: v for k, v in r.items() if k not in ("start", "end")} for r in records]
    return Extraction(unplaced, "\n\n".join(texts))


def evaluate_file(
    gold: Path, source: Path, *, taxonomy: str | Path | None = None, encoding: str | None = None
) -> Scores:
    """Score the extractor on one annotated document: ``gold`` (JSON Lines) against ``source``."""
    expected = read_records(gold)
    found = extract_file(source, taxonomy=taxonomy, encoding=encoding)
    return score(expected, found.records, found.text)
