"""Snapshot of everything the extractor finds, to check that a change leaves its output unchanged.

    python bench/extract_snapshot.py OUT.jsonl [--compare BEFORE.jsonl] [--shared ../shared] [--also PATH ...]

Extracts every visible gold text (the documents ``score_gold.py --visible`` scores; sealed texts are
skipped exactly as there) and every real report in ``../shared/corpus/real/reports``, each read as
``trendbeeld extract FILE`` reads it (:func:`trendbeeld.evaluate.extract_file`), and writes all
records as sorted JSON lines, one per record, each tagged with its document. ``--compare`` names the
documents whose records differ from an earlier snapshot, with the kinds that differ.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from trendbeeld import errors, evaluate

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_gold  # a sibling script, not a package

ROOT = Path(__file__).resolve().parents[1]


def documents(shared: Path, also: list[Path]) -> list[tuple[str, Path]]:
    """(name, file) for every visible gold text, every real report and every file in ``also``."""
    docs = score_gold.gold_documents(shared)
    sealed = {name for name, _, _, held in docs if held and name not in score_gold.READABLE_HELD}
    chosen = [(name, text) for name, _, text, _ in docs if name not in sealed and text.is_file()]
    reports = shared / "corpus" / "real" / "reports"
    if reports.is_dir():
        chosen += [(f"real/{p.name}", p) for p in sorted(reports.iterdir()) if p.is_file()]
    for folder in also:
        files = sorted(folder.iterdir()) if folder.is_dir() else [folder]
        chosen += [(f"{folder.name}/{p.name}", p) for p in files if p.is_file()]
    return chosen


def snapshot(shared: Path, also: list[Path]) -> list[str]:
    """Every record of every document as one sorted JSON line."""
    lines: list[str] = []
    for name, path in documents(shared, also):
        started = time.process_time()
        try:
            found = evaluate.extract_file(path, taxonomy="nationaal")
        except errors.UnreadableFile as exc:
            print(f"{name}: skipped ({exc})", file=sys.stderr)
            continue
        lines += [json.dumps({"doc": name, **r}, sort_keys=True, ensure_ascii=False)
                  for r in found.records]
        print(f"{name}: {len(found.records)} records, {time.process_time() - started:.2f} s CPU",
              file=sys.stderr)
    return sorted(lines)


def by_document(lines: list[str]) -> dict[str, Counter[str]]:
    docs: dict[str, Counter[str]] = {}
    for line in lines:
        docs.setdefault(json.loads(line)["doc"], Counter())[line] += 1
    return docs


def compare(before: list[str], after: list[str]) -> list[str]:
    """One line per document whose records differ: counts gone and new per kind."""
    old, new = by_document(before), by_document(after)
    out: list[str] = []
    for name in sorted(old.keys() | new.keys()):
        a, b = old.get(name, Counter()), new.get(name, Counter())
        if a == b:
            continue
        gone = Counter(json.loads(line).get("kind", "?") for line in (a - b).elements())
        added = Counter(json.loads(line).get("kind", "?") for line in (b - a).elements())
        out.append(f"{name}: gone {dict(gone)}, new {dict(added)}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("out", type=Path, help="JSON Lines file to write")
    parser.add_argument("--compare", type=Path, help="an earlier snapshot to compare with")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--also", type=Path, nargs="*", default=[],
                        help="more files or folders to extract (e.g. ../shared/corpus/real/news)")
    args = parser.parse_args(argv)
    lines = snapshot(args.shared, args.also)
    args.out.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} records in {args.out}")
    if args.compare is None:
        return 0
    differences = compare(args.compare.read_text(encoding="utf-8").splitlines(), lines)
    for line in differences:
        print(line)
    print("identical" if not differences else f"{len(differences)} documents differ")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
