"""A small learned model of trend sentences, for checking the rules against (issue 10).

A sentence is described by cheap features: its word lemmas and lemma bigrams (simplemma, cached
per word form as in ``_cues``; a number is ``<getal>``, a year ``<jaar>``), the kinds and
directions of the wording of change the rules found in it and a length class. Two logistic
regressions trained on gold (``bench/train_trend_model.py``) weigh them: does the sentence state
a trend, and in which direction. A model is a JSON file with the training set's description and
checksum; only features the training set saw at least twice are kept, so scoring a sentence is a
few dictionary look-ups per word, no vector library at run time.

``trends.statements(doc, model)`` applies a model as a gate on the rules' statements and/or to
add statements where the rules found none. No model ships with the package: judged
leave-one-document-out on the visible gold, neither use raised trend F1 over the rules alone
(figures in ``bench/train_trend_model.py``), so ``trends.from_document`` runs the rules alone.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trendbeeld.errors import ConfigError
from trendbeeld.extract import _cues
from trendbeeld.extract._document import Document
from trendbeeld.model import Change

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,]\d+)*|%")
_YEAR = re.compile(r"(?:19|20)\d\d")
MAX_WORDS = 60  # words of a sentence read for features: a flattened text may run on
LONG_SENTENCE = 25  # words; a length class of its own
SHORT_SENTENCE = 8


DIRECTIONS = (Change.UP, Change.DOWN, Change.STABLE, Change.SHIFT)


@dataclass(frozen=True)
class Model:
    """Weights of the features for "states a trend" (``weights``, ``bias``) and, for a sentence
    that does, for each direction (``directions``: feature → one weight per ``DIRECTIONS``;
    ``direction_bias``), and the two decision bounds.

    ``gate``: a statement the rules found in a sentence scoring below it is dropped (0 keeps
    all); ``add``: a sentence scoring at least this, where the rules found nothing, gets a
    statement of its own (above 1 adds none).
    """

    weights: Mapping[str, float]
    bias: float
    directions: Mapping[str, Sequence[float]] = field(default_factory=dict)
    direction_bias: Sequence[float] = (0.0, 0.0, 0.0, 0.0)
    gate: float = 0.0
    add: float = 2.0
    meta: Mapping[str, Any] = field(default_factory=dict)

    def probability(self, features: list[str]) -> float:
        """The model's probability that a sentence with these features states a trend."""
        get = self.weights.get
        z = self.bias + sum(get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def direction(self, features: list[str]) -> Change:
        """The most likely direction of the trend a sentence with these features states."""
        totals = list(self.direction_bias)
        for f in features:
            for i, w in enumerate(self.directions.get(f, ())):
                totals[i] += w
        return DIRECTIONS[max(range(len(DIRECTIONS)), key=totals.__getitem__)]

    def as_json(self) -> dict[str, Any]:
        return {
            "meta": dict(self.meta),
            "gate": self.gate,
            "add": self.add,
            "bias": self.bias,
            "direction_bias": list(self.direction_bias),
            "weights": dict(sorted(self.weights.items())),
            "directions": {k: list(v) for k, v in sorted(self.directions.items())},
        }


def from_json(data: Mapping[str, Any]) -> Model:
    """A model from the mapping ``Model.as_json`` writes."""
    try:
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        directions = {str(k): tuple(float(w) for w in v) for k, v in data["directions"].items()}
        if any(len(v) != len(DIRECTIONS) for v in directions.values()):
            raise ValueError("een richtingsgewicht heeft niet vier waarden")
        return Model(weights, float(data["bias"]), directions,
                     tuple(float(b) for b in data["direction_bias"]), float(data["gate"]),
                     float(data["add"]), dict(data.get("meta") or {}))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"geen geldig trendmodel ({exc})") from exc


def load(path: Path) -> Model:
    """A model written by ``bench/train_trend_model.py``."""
    try:
        return from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: geen leesbaar trendmodel ({exc})") from exc


def _words(text: str) -> Iterator[str]:
    for i, m in enumerate(_TOKEN.finditer(text)):
        if i >= MAX_WORDS:
            return
        word = m.group(0)
        if word[0].isdigit():
            yield "<jaar>" if _YEAR.fullmatch(word) else "<getal>"
        elif len(word) >= _cues.MIN_WORD:
            yield _cues.lemma(word)
        else:
            yield word


def features(lower: str, cues: list[_cues.Cue]) -> list[str]:
    """The features of one sentence: ``lower`` is its text in lower case, ``cues`` the wording
    of change the rules found in it."""
    words = list(_words(lower))
    out = [f"w={w}" for w in words]
    out += [f"b={a}_{b}" for a, b in zip(["<s>", *words], words, strict=False)]
    out += sorted({f"c={c.kind}_{c.direction.value}" for c in cues}) or ["c=geen"]
    size = "kort" if len(words) < SHORT_SENTENCE else "lang" if len(words) > LONG_SENTENCE else "middel"
    out.append(f"len={size}")
    return out


def sentence_features(doc: Document, start: int, end: int) -> list[str]:
    """The features of the sentence at clean ``start:end`` of ``doc``."""
    lower = doc.lower[start:end] if doc.lower is not None else doc.text[start:end].lower()
    return features(lower, doc.cues_in(start, end))
