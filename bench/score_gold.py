"""Score the extractor on every gold document, one row per document, with macro averages.

    python bench/score_gold.py [--shared ../shared] [--only NAME ...] [--details NAME]

Gold sets: ``../shared/gold/national-2020.jsonl`` and ``../shared/gold/dev/*.jsonl`` (texts in
``../shared/corpus``), plus the project's own ``tests/gold/*.jsonl`` (texts in ``tests/gold/texts``).
Each text is read the way a user's file is read (``trendbeeld extract FILE --format jsonl
--taxonomy nationaal``) and scored with ``../shared/tools/score_extraction.py``.

Documents in ``HELD_OUT`` are never used to develop rules; the macro average over them is the
honest figure. Everything is printed; nothing is asserted here (the quality gate asserts).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("figure", "trend", "quote", "headline", "section")
ATTRS = (("figure", "direction"), ("figure", "period"), ("figure", "region"))
# Held out while developing the rules: the shared dev texts below and every project gold text.
HELD_OUT_SHARED = {"belastingdienst-2024", "om-mensenhandel-2013"}


def gold_documents(shared: Path) -> list[tuple[str, Path, Path, bool]]:
    """(name, gold, text, held_out) for every gold document that is present."""
    docs: list[tuple[str, Path, Path, bool]] = []
    national = shared / "gold" / "national-2020.jsonl"
    if national.is_file():
        docs.append(("national-2020", national, shared / "corpus" / "national-2020.txt", False))
    for gold in sorted((shared / "gold" / "dev").glob("*.jsonl")):
        docs.append((gold.stem, gold, shared / "corpus" / "dev" / f"{gold.stem}.txt",
                     gold.stem in HELD_OUT_SHARED))
    for gold in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        docs.append((gold.stem, gold, ROOT / "tests" / "gold" / "texts" / f"{gold.stem}.txt", True))
    return docs


def score(shared: Path, gold: Path, text: Path, work: Path) -> dict[str, object]:
    pred = work / f"{gold.stem}.pred.jsonl"
    trendbeeld = Path(sys.executable).with_name("trendbeeld")
    with pred.open("w", encoding="utf-8") as out:
        subprocess.run([str(trendbeeld), "extract", str(text), "--format", "jsonl", "--taxonomy", "nationaal"],
                       stdout=out, check=True)
    result = subprocess.run(
        [sys.executable, str(shared / "tools" / "score_extraction.py"), "--gold", str(gold),
         "--source", str(text), "--pred", str(pred), "--json"],
        capture_output=True, text=True, check=True,
    )
    parsed: dict[str, object] = json.loads(result.stdout)
    return parsed


def row(name: str, scores: dict[str, object]) -> dict[str, float | None]:
    kinds = scores["kinds"]
    attrs = scores["attributes"]
    assert isinstance(kinds, dict) and isinstance(attrs, dict)
    out: dict[str, float | None] = {}
    for kind in KINDS:
        k = kinds[kind]
        out[kind] = k["f1"] if (k["gold"] or k["pred"]) else None
    for kind, attr in ATTRS:
        a = attrs[kind][attr]
        out[f"{kind[:3]}.{attr[:3]}"] = a["accuracy"] if a["total"] else None
    return out


def fmt(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--details", default=None, help="print the scorer's --details for this document")
    args = parser.parse_args()
    docs = gold_documents(args.shared)
    if args.only:
        docs = [d for d in docs if d[0] in args.only]
    rows: dict[str, dict[str, float | None]] = {}
    held: dict[str, bool] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, gold, text, held_out in docs:
            rows[name] = row(name, score(args.shared, gold, text, Path(tmp)))
            held[name] = held_out
            if args.details == name:
                subprocess.run([sys.executable, str(args.shared / "tools" / "score_extraction.py"), "--gold",
                                str(gold), "--source", str(text), "--pred", str(Path(tmp) / f"{name}.pred.jsonl"),
                                "--details"], check=True)
    columns = [*KINDS, *(f"{k[:3]}.{a[:3]}" for k, a in ATTRS)]
    print(f"{'document':28s} {'set':5s} " + " ".join(f"{c[:7]:>7s}" for c in columns))
    for name, values in rows.items():
        print(f"{name:28s} {'held' if held[name] else 'dev':5s} " + " ".join(f"  {fmt(values[c])}" for c in columns))
    for label, names in (("macro dev", [n for n in rows if not held[n]]),
                         ("macro held-out", [n for n in rows if held[n]]),
                         ("macro all", list(rows))):
        cells = []
        for c in columns:
            present = [v for n in names if (v := rows[n][c]) is not None]
            cells.append(sum(present) / len(present) if present else None)
        print(f"{label:34s} " + " ".join(f"  {fmt(v)}" for v in cells))


if __name__ == "__main__":
    main()
