"""Period and region of matched figures on the visible gold documents: where they differ from gold.

    python bench/figure_attributes.py [--shared ../shared] [--only NAME ...] [--flat] [--all]

For every visible gold document (see ``score_gold.py``; sealed documents are never read) the
figure extractor's figures are matched to the gold figures with the scorer's own matching
(:mod:`trendbeeld.evaluate`), and each matched pair whose period or region disagrees is printed
with the gold and the predicted value and the evidence. ``--flat`` scores the flattened copy of the
text (paragraph breaks lost, as in ``score_flattened.py``); ``--all`` prints agreeing pairs too.
A summary line per document gives the counts. Nothing is asserted here.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from trendbeeld import evaluate, extract, sources
from trendbeeld.records import to_record

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from score_flattened import flat_gold, flatten  # noqa: E402
from score_gold import READABLE_HELD, gold_documents  # noqa: E402

CHECKS = ("period", "region")


def matched_figures(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], text: str
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The (gold, predicted) figure pairs the scorer matches."""
    gold_items = [evaluate._Item("figure", dict(r)) for r in gold if r.get("kind") == "figure"]
    pred_items = [evaluate._Item("figure", dict(r)) for r in pred if r.get("kind") == "figure"]
    located = evaluate._Text(text)
    evaluate._locate(gold_items, located, True)
    evaluate._locate(pred_items, located, False)
    matched, _, _ = evaluate._match_figures(gold_items, pred_items)
    return [(gold_items[g].data, pred_items[p].data) for g, p in sorted(matched.items())]


def report(name: str, pairs: list[tuple[dict[str, Any], dict[str, Any]]], show_all: bool) -> None:
    wrong = dict.fromkeys(CHECKS, 0)
    lines = []
    for gold, pred in pairs:
        marks = []
        for check in CHECKS:
            if not evaluate.ATTRIBUTES["figure"][check](gold, pred):
                wrong[check] += 1
                marks.append(f"{check}: gold {gold.get(check)!r} got {pred.get(check)!r}")
        if marks or show_all:
            evidence = " ".join(str(gold.get("evidence", "")).split())[:110]
            lines.append(f"  {gold.get('id', '')} {gold.get('value')}: {'; '.join(marks) or 'ok'}\n"
                         f"      {evidence!r}")
    total = len(pairs)
    counts = "  ".join(f"{c} {total - wrong[c]}/{total}" for c in CHECKS)
    print(f"\n== {name}: {counts}")
    print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--flat", action="store_true", help="score the flattened copy of each text")
    parser.add_argument("--all", action="store_true", help="print agreeing pairs too")
    args = parser.parse_args()
    for name, gold_path, text_path, held_out in gold_documents(args.shared):
        if held_out and name not in READABLE_HELD:
            continue  # sealed: never read
        if (args.only and name not in args.only) or not text_path.is_file():
            continue
        gold = evaluate.read_records(gold_path)
        if args.flat:
            flat, olds, shift = flatten(text_path.read_text(encoding="utf-8"))
            gold = flat_gold(gold, olds, shift)
            read = Path(tempfile.gettempdir()) / f"figure_attributes_{name}.txt"
            read.write_text(flat, encoding="utf-8")
        else:
            read = text_path
        records, text = figure_records(read)
        report(name, matched_figures(gold, records, text), args.all)


def figure_records(path: Path) -> tuple[list[dict[str, Any]], str]:
    """The figure extractor's records for a plain-text file read as ``trendbeeld extract`` reads
    it, and the text they point into (only figures: the other extractors are not run)."""
    chosen = {"figures": extract._registered()["figures.rules"]}
    records: list[dict[str, Any]] = []
    texts: list[str] = []
    for target, meta in sources.discover([str(path)]):
        for source in sources.read(target, meta=meta):
            records += [to_record(item) for item in extract.extract(source, extractors=chosen)]
            texts.append(source.text)
    return records, path.read_text(encoding="utf-8") if len(texts) != 1 else texts[0]


if __name__ == "__main__":
    main()
