"""The score objects: per kind and document (`KindScore`), attribute accuracy (`Accuracy`), one
document's scores (`Scores`), and their macro average over documents (`macro`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from trendbeeld.evaluate._match import ATTRIBUTES
from trendbeeld.evaluate._records import KINDS

DECIMALS = 4


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
