"""Robustness to lost paragraph breaks: score the extractor on flattened copies of the gold texts.

    python bench/score_flattened.py [--shared ../shared] [--only NAME ...]

News datasets store an article as one string and PDF or HTML conversions often lose paragraph
breaks. For each visible gold document with quotes, a flattened copy of its text (every run of
whitespace containing a newline becomes one space) is written to a temporary directory and the
extractor's output on it is scored against the same gold, with the gold's offsets moved along and
its evidence flattened the same way. Printed: F1 per kind, original against flattened. Only
visible documents are used (see ``score_gold.py``); nothing is asserted here.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from trendbeeld import evaluate

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from score_gold import KINDS, fmt, gold_documents  # noqa: E402

# The visible gold documents with quotes.
DOCUMENTS = ("telegraaf-2019", "national-2020", "7days-2019", "politie-2017", "enexis-2018")
BREAK = re.compile(r"\s*\n\s*")


def flatten(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` with every whitespace run holding a newline made one space, and the offset map:
    the starts of the removed runs in the old text and the new text's offset for each."""
    olds: list[int] = []
    shift: list[int] = []
    parts: list[str] = []
    last = removed = 0
    for match in BREAK.finditer(text):
        parts += [text[last : match.start()], " "]
        removed += len(match.group()) - 1
        olds.append(match.end())
        shift.append(removed)
        last = match.end()
    parts.append(text[last:])
    return "".join(parts), olds, shift


def moved(offset: int, olds: list[int], shift: list[int]) -> int:
    """Where ``offset`` of the original text lies in the flattened text."""
    i = bisect.bisect_right(olds, offset)
    return offset - (shift[i - 1] if i else 0)


def flat_gold(records: list[dict[str, Any]], olds: list[int], shift: list[int]) -> list[dict[str, Any]]:
    out = []
    for original in records:
        record = dict(original)
        for key in ("start", "end"):
            if isinstance(record.get(key), int):
                record[key] = moved(record[key], olds, shift)
        for key in ("evidence", "evidence_end"):
            if isinstance(record.get(key), str):
                record[key] = BREAK.sub(" ", record[key])
        out.append(record)
    return out


def f1(scores: evaluate.Scores) -> dict[str, float | None]:
    flat = evaluate.macro([scores]).flat()
    return {kind: flat[kind] for kind in KINDS}


def compare(gold: Path, text: Path, tmp: Path) -> tuple[dict[str, float | None], dict[str, float | None]]:
    """F1 per kind on the original text and on its flattened copy."""
    records = evaluate.read_records(gold)
    found = evaluate.extract_file(text, taxonomy="nationaal")
    original = f1(evaluate.score(records, found.file_records, found.text))
    flat_text, olds, shift = flatten(text.read_text(encoding="utf-8"))
    copy = tmp / text.name
    copy.write_text(flat_text, encoding="utf-8")
    found = evaluate.extract_file(copy, taxonomy="nationaal")
    flattened = f1(evaluate.score(flat_gold(records, olds, shift), found.file_records, found.text))
    return original, flattened


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args()
    wanted = args.only or DOCUMENTS
    docs = [d for d in gold_documents(args.shared) if d[0] in wanted and d[0] in DOCUMENTS]
    print(f"{'document':18s} {'text':5s} " + " ".join(f"{k[:7]:>7s}" for k in KINDS))
    sums: dict[str, list[dict[str, float | None]]] = {"orig": [], "flat": []}
    with tempfile.TemporaryDirectory() as tmp:
        for name, gold, text, _ in docs:
            original, flattened = compare(gold, text, Path(tmp))
            for label, values in (("orig", original), ("flat", flattened)):
                sums[label].append(values)
                print(f"{name:18s} {label:5s} " + " ".join(f"  {fmt(values[k])}" for k in KINDS))
    for label, rows in sums.items():
        cells = []
        for kind in KINDS:
            present = [v for r in rows if (v := r[kind]) is not None]
            cells.append(sum(present) / len(present) if present else None)
        print(f"{'macro':18s} {label:5s} " + " ".join(f"  {fmt(v)}" for v in cells))


if __name__ == "__main__":
    main()
