"""Train the learned model of trend sentences on the visible gold, or judge it leave-one-document-out.

    python bench/train_trend_model.py [--output out/trend_model.json]  # train on all visible gold
    python bench/train_trend_model.py --lodo     # per visible document: rules alone vs rules + model

Training set: every sentence (as the extractor splits it, ``_document.analyse``) of the visible
gold documents (see ``score_gold.py``: the dev set and the readable held-out texts; sealed texts
are never read). A sentence is positive, with the gold's direction, when the evidence of a gold
trend statement lies in it, located by the scorer's own code (``trendbeeld.evaluate``).
Features: ``extract/_trend_model.features``; kept when at least ``MIN_COUNT`` training sentences
have them. Models: scikit-learn's logistic regression for trend or not (liblinear) and for the
direction of a positive sentence (lbfgs, multinomial), both deterministic, weights rounded to
``DECIMALS`` places. The file written holds the training set's description and checksum.

``--lodo`` trains, for each visible document, a model without that document and prints the
document's trend precision, recall and F1 of the whole trend extractor with that model, beside
the rules alone, for each candidate use of the model (a gate on the rules' statements, statements
added where the rules found none, both), and the macro averages. The thresholds written with the
model are ``GATE`` and ``ADD`` (by default: the model changes nothing).

Result (2026-12-04, 10 visible documents, 1,635 sentences, 339 positive): sentence-level LODO ROC
AUC 0.92; macro trend F1 LODO rules alone 0.728, no variant above it.

Result (2026-12-05, 18 visible documents, 8 of them news; 2,927 sentences, 576 positive).
Sentence-level LODO ROC AUC 0.881, average precision 0.773 (base rate 0.20). Macro trend F1 LODO: rules
alone 0.701; "zin" gate at 0.10 0.651, 0.20 0.623, adding at 0.50 0.653, 0.80 0.694, both 0.644;
"rest" adding at 0.50 0.695, 0.70 0.699; "juist" gate at 0.30 0.701, 0.50 0.703 (volkskrant-2019
one false hit fewer, 0.67 -> 0.73; national-2020 and minfin-2018 lose two and one right statements).
Judged the same way (gates 0.1-0.3, adding at 0.5-0.9; best cell): C 0.1 0.699, C 2 0.695; balanced
class weights 0.697; without bigrams 0.697 (lemma unigrams are ``w=`` features already); with cue
positions (cue kind by third of the sentence, first clause or later) 0.696; with a genre feature
(news: 2 or more of "zegt/zei/aldus/vertelt/vertelde" per 1,000 words, which parts the 8 news texts
from the 10 reports; all sources read as "publicatie") 0.696; trained and applied per genre 0.696
(gate "juist" 0.701); the phenomenon of an added statement from the sentence's longest noun phrase
0.697. Choosing variant and threshold for each document on the other 17 (or on the others of its
genre) gives 0.700 (0.698). Adding gains on dpg-blind5-2019 (0.05 -> 0.17 at 0.50) and cbs-2023,
and loses more on the reports and the other news texts.

Where adding fails. Of the 195 gold trends no rule statement overlaps, 44 lie in a sentence a
held-out model scores 0.5 or higher; the statement added there has the gold's phenomenon in 19,
its direction in 28, both in 12 (15 with the gold's direction), while some noun phrase of the
sentence would give the phenomenon in 40; for the 151 below 0.5 the same: 80, 84, 43. So the
phenomenon (and then the direction) loses most of what the right sentences could give, but the
sentence choice is what decides: of the sentences the rules leave empty, the model flags 105 at
0.5 (26 with a gold trend), 50 at 0.7 (17), 24 at 0.8 (8). Even with the gold's phenomenon and
direction for every flagged sentence that holds a missed trend, macro F1 would be 0.681 at 0.5,
0.703 at 0.7, 0.706 at 0.8, with national-2020 0.90 -> 0.88 by 7 false additions. So no model
ships: ``trends.from_document`` runs the rules alone.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trendbeeld import evaluate, sources
from trendbeeld.extract import _document, _trend_model, trends
from trendbeeld.model import Source
from trendbeeld.records import to_record

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from score_gold import READABLE_HELD, gold_documents  # noqa: E402

OUTPUT = ROOT / "out" / "trend_model.json"  # /out/ is not in git: no model ships (see above)
MIN_COUNT = 2  # training sentences a feature needs to be kept
DECIMALS = 4
C = 0.5  # inverse regularisation strength
GATE = 0.0  # no gate: --lodo found none that raises F1
ADD = 2.0  # above 1: adds nothing
HIGH = 0.5  # a sentence the model holds a trend (for the summary of what the rules miss)


Row = tuple[list[str], str]  # a sentence's features and its gold direction ("" for no trend)


@dataclass
class Document:
    """One visible gold document: its prepared text, gold trend records and training rows."""

    name: str
    doc: _document.Document
    gold: list[dict[str, Any]]
    rows: list[Row]
    ruled: set[int]  # sentences where the rules found a statement
    right: set[int]  # sentences where one of those matches a gold statement
    missed: list[tuple[dict[str, Any], int]]  # gold trends no rule statement overlaps, with their sentence

    def training(self, kind: str) -> list[Row]:
        """Training rows of one kind: every sentence ("zin"), the sentences the rules leave
        empty ("rest", for adding), or those where they found a statement, labelled by whether
        one is right ("juist", for a gate)."""
        if kind == "rest":
            return [row for i, row in enumerate(self.rows) if i not in self.ruled]
        if kind == "juist":
            return [(features, "up" if i in self.right else "")
                    for i, (features, _) in enumerate(self.rows) if i in self.ruled]
        return self.rows


def visible(shared: Path) -> list[tuple[str, Path, Path]]:
    """(name, gold, text) of the documents rules and models may be developed on."""
    return [(name, gold, text) for name, gold, text, held_out in gold_documents(shared)
            if (not held_out or name in READABLE_HELD) and text.is_file()]


def read_source(path: Path) -> Source:
    """The source ``trendbeeld extract`` reads from a plain-text file."""
    found = [s for target, meta in sources.discover([str(path)]) for s in sources.read(target, meta=meta)]
    if len(found) != 1:
        raise SystemExit(f"{path}: expected one source, found {len(found)}")
    return found[0]


def gold_spans(gold: list[dict[str, Any]], text: str) -> list[tuple[int, int, str]]:
    """Where the evidence of each gold trend lies in ``text`` (placed by the scorer's own code),
    with its direction."""
    items = [evaluate._Item("trend", dict(record)) for record in gold]
    evaluate._locate(items, evaluate._Text(text), True)
    spans = []
    for item in items:
        for start, end in item.spans[:1]:
            evidence = str(item.data.get("evidence") or "")
            spans.append((start, min(end, start + len(evidence)) if evidence else end,
                          str(item.data["direction"])))
    return spans


def load(name: str, gold_path: Path, text_path: Path) -> Document:
    source = read_source(text_path)
    doc = _document.analyse(source)
    gold = [r for r in evaluate.read_records(gold_path) if r["kind"] == "trend"]
    spans = gold_spans(gold, source.text)
    rows: list[Row] = []
    for sentence in doc.sentences:
        start, end = doc.clean.source_span(sentence.start, sentence.end)
        label = next((d for s, e, d in spans if s < end and start < e), "")
        rows.append((_trend_model.sentence_features(doc, sentence.start, sentence.end), label))
    found = trends.statements(doc, None)
    wrong = {(r["start"], r["end"]) for r in evaluate.score(
        gold, [to_record(s) for s in found], source.text).unmatched["trend"]}
    ruled, right = set(), set()
    for index, sentence in enumerate(doc.sentences):
        start, end = doc.clean.source_span(sentence.start, sentence.end)
        inside = [(s.span.start, s.span.end) for s in found if s.span.start < end and start < s.span.end]
        ruled |= {index} if inside else set()
        right |= {index} if any(span not in wrong for span in inside) else set()
    missed = []
    for record, (start, end, _) in zip(gold, spans, strict=False):
        if not any(s.span.start < end and start < s.span.end for s in found):
            index = next((i for i, sentence in enumerate(doc.sentences)
                          if _overlaps(doc, sentence, start, end)), None)
            if index is not None:
                missed.append((record, index))
    return Document(name, doc, gold, rows, ruled, right, missed)


def _overlaps(doc: _document.Document, sentence: Any, start: int, end: int) -> bool:
    first, last = doc.clean.source_span(sentence.start, sentence.end)
    return first < end and start < last


def _fitting(document: Document, model: _trend_model.Model, record: dict[str, Any], index: int) -> bool:
    """Whether the statement the model would add for gold ``record``'s sentence matches it."""
    sentence = document.doc.sentences[index]
    direction = model.direction(document.rows[index][0])
    added = trends._learned_statement(document.doc, sentence, direction, [])
    directions = {record["direction"], *(record.get("alt_directions") or [])}
    return added is not None and added.direction.value in directions and (
        evaluate.stem_overlap(record["phenomenon"], added.phenomenon) >= evaluate.TREND_OVERLAP
    )


def checksum(rows: Iterable[Row]) -> str:
    digest = hashlib.sha256()
    for features, label in rows:
        digest.update(("\t".join(features) + f"\t{label}\n").encode())
    return digest.hexdigest()


def _matrix(rows: Sequence[Row], vocabulary: dict[str, int]) -> Any:
    from scipy.sparse import csr_matrix

    data, indices, pointers = [], [], [0]
    for features, _ in rows:
        seen = Counter(vocabulary[f] for f in features if f in vocabulary)
        for index in sorted(seen):
            indices.append(index)
            data.append(float(seen[index]))
        pointers.append(len(indices))
    return csr_matrix((data, indices, pointers), shape=(len(rows), len(vocabulary)))


def train(
    rows: Sequence[Row], *, directions: Sequence[Row] | None = None, gate: float = GATE, add: float = ADD
) -> _trend_model.Model:
    """Logistic regressions, weights rounded: trend or not on ``rows``, and the direction of a
    trend on ``directions`` (default: the positive rows)."""
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for features, _ in rows for f in set(features))
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    trend = LogisticRegression(C=C, solver="liblinear", max_iter=1000, random_state=0)
    trend.fit(_matrix(rows, vocabulary), [int(bool(label)) for _, label in rows])
    weights = {f: round(float(trend.coef_[0][i]), DECIMALS) for f, i in vocabulary.items()}
    positive = [row for row in (rows if directions is None else directions) if row[1]]
    classes = [d.value for d in _trend_model.DIRECTIONS]
    # Every direction once more as a row without features, so each class is present.
    labels = [label for _, label in positive] + classes
    way = LogisticRegression(C=C, solver="lbfgs", max_iter=2000)
    way.fit(_matrix([*positive, *(([], c) for c in classes)], vocabulary), labels)
    order = [list(way.classes_).index(c) for c in classes]
    directions = {
        f: tuple(round(float(way.coef_[k][i]), DECIMALS) for k in order) for f, i in vocabulary.items()
    }
    return _trend_model.Model(
        {f: w for f, w in weights.items() if w},
        round(float(trend.intercept_[0]), DECIMALS),
        {f: w for f, w in directions.items() if any(w)},
        tuple(round(float(way.intercept_[k]), DECIMALS) for k in order),
        gate,
        add,
    )


def trend_scores(document: Document, model: _trend_model.Model | None) -> evaluate.KindScore:
    found = [to_record(s) for s in trends.statements(document.doc, model)]
    return evaluate.score(document.gold, found, document.doc.source.text).kinds["trend"]


# name: (training rows, gate, add); see Document.training.
VARIANTS: dict[str, tuple[str, float, float]] = {
    "zin gate .10": ("zin", 0.10, 2.0),
    "zin gate .20": ("zin", 0.20, 2.0),
    "zin add .50": ("zin", 0.0, 0.50),
    "zin add .80": ("zin", 0.0, 0.80),
    "zin both .1/.8": ("zin", 0.10, 0.80),
    "rest add .50": ("rest", 0.0, 0.50),
    "rest add .70": ("rest", 0.0, 0.70),
    "juist gate .30": ("juist", 0.30, 2.0),
    "juist gate .50": ("juist", 0.50, 2.0),
}


def lodo(documents: list[Document], variants: dict[str, tuple[str, float, float]]) -> None:
    """Per document: rules alone, and each variant with a model trained without the document."""
    names = ["rules", *variants]
    print(f"{'document':18s} " + " ".join(f"{n:>15s}" for n in names))
    print(f"{'':18s} " + " ".join(f"{'P    R    F1':>15s}" for _ in names))
    f1s: dict[str, list[float]] = {n: [] for n in names}
    ranked: list[tuple[float, bool]] = []
    ceiling: Counter[tuple[bool, bool]] = Counter()
    for held in documents:
        others = [d for d in documents if d is not held]
        directions = [row for d in others for row in d.rows]
        models = {kind: train([row for d in others for row in d.training(kind)], directions=directions)
                  for kind in sorted({kind for kind, _, _ in variants.values()})}
        cells = []
        for name in names:
            model = None
            if name in variants:
                kind, gate, add = variants[name]
                model = dataclasses.replace(models[kind], gate=gate, add=add)
            score = trend_scores(held, model)
            f1s[name].append(score.f1)
            cells.append(f"{score.precision:4.2f} {score.recall:4.2f} {score.f1:4.2f}")
        print(f"{held.name[:18]:18s} " + " ".join(f"{c:>15s}" for c in cells), flush=True)
        sentence_model = models.get("zin") or train([row for d in others for row in d.rows])
        ranked += [(sentence_model.probability(f), bool(label)) for f, label in held.rows]
        for record, index in held.missed:
            high = sentence_model.probability(held.rows[index][0]) >= HIGH
            ceiling[high, _fitting(held, sentence_model, record, index)] += 1
    print(f"{'macro F1':18s} " + " ".join(f"{sum(v) / len(v):15.3f}" for v in f1s.values()))
    from sklearn.metrics import average_precision_score, roc_auc_score

    labels, scores = [label for _, label in ranked], [p for p, _ in ranked]
    auc, precision = roc_auc_score(labels, scores), average_precision_score(labels, scores)
    print(f"sentences (model 'zin', LODO): {len(ranked)}, {sum(labels)} with a gold trend; "
          f"ROC AUC {auc:.3f}, average precision {precision:.3f}")
    high = ceiling[True, True] + ceiling[True, False]
    print(f"gold trends no rule statement overlaps: {sum(ceiling.values())}; "
          f"their sentence scores >= {HIGH}: {high}, "
          f"of which the added statement would match: {ceiling[True, True]}; "
          f"below {HIGH} but would match: {ceiling[False, True]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--lodo", action="store_true", help="judge leave-one-document-out; write nothing")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    documents = [load(*entry) for entry in visible(args.shared)]
    if args.lodo:
        lodo(documents, VARIANTS)
        return
    rows = [row for d in documents for row in d.rows]
    model = train(rows)
    meta = {
        "trained": datetime.date.today().isoformat(),
        "documents": [d.name for d in documents],
        "sentences": len(rows),
        "positive": sum(1 for _, label in rows if label),
        "features": len(model.weights),
        "checksum": checksum(rows),
        "model": f"logistic regression (liblinear, C={C}), features seen >= {MIN_COUNT} times",
    }
    model = dataclasses.replace(model, meta=meta)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(model.as_json(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{args.output}: {meta['sentences']} sentences ({meta['positive']} positive), "
          f"{meta['features']} features")


if __name__ == "__main__":
    main()
