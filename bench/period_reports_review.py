"""Figures of reports, letters and papers with their periods, for reading as an annotator would.

    python bench/period_reports_review.py [--sample N] [--offset K] [--step S] [FILE ...]

Runs the figure extractor on unlabelled reports (default: the OCR'd parliamentary papers in
``/tmp/rep/sgd``, the advisory report ``/tmp/rep/advies_belang_kind_2024.pdf`` and the real
reports of the shared corpus), each read as discovered (no date given). Prints each figure with
its value, unit and period, its sentence, the sentence before it and the last heading-like line
above it. The sample is every document whose position in the sorted list is ``offset`` modulo
``step``. Nothing is asserted here; the sealed gold texts are never read.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from period_review import sentence_bounds, show_figure  # bench/, beside this script

from trendbeeld import extract, sources
from trendbeeld.model import Figure

DEFAULT = [
    *sorted(Path("/tmp/rep/sgd").glob("*.txt")),
    Path("/tmp/rep/advies_belang_kind_2024.pdf"),
    *sorted(Path("/work/shared/corpus/real/reports").glob("*.txt")),
    *sorted(Path("/work/shared/corpus/real/reports").glob("*.pdf")),
]
SEALED = ("cybersecuritybeeld_nederland_2024", "jaarplan_belastingdienst_2024")
_HEADING_LINE = re.compile(r"^[^\S\n]*[A-ZÀ-Ý0-9][^\n]{2,80}$", re.MULTILINE)


def figures(path: Path) -> tuple[list[Figure], str]:
    """The figures of one document, read as discovered, and its clean text."""
    chosen = {"figures": extract._registered()["figures.rules"]}
    found: list[Figure] = []
    text = ""
    for target, meta in sources.discover([str(path)]):
        for source in sources.read(target, meta=meta):
            text = source.text
            found += [f for f in extract.extract(source, extractors=chosen) if isinstance(f, Figure)]
    return found, text


def heading_above(text: str, pos: int) -> str:
    """The last short line above ``pos`` that does not end like a sentence."""
    last = ""
    for m in _HEADING_LINE.finditer(text, max(0, pos - 4000), pos):
        line = m.group(0).strip()
        if line and line[-1] not in ".,;:" and len(line.split()) <= 10:
            last = line
    return last[:100]


def show(path: Path, found: list[Figure], text: str) -> None:
    print(f"\n=== {path.name} ({len(text)} chars) {text.strip().split(chr(10), 1)[0][:90]}")
    for n, f in enumerate(found, 1):
        _before, here, _after = sentence_bounds(text, f.span.start)
        show_figure(n, f, text, heading_above(text, here))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--sample", type=int, default=1000, help="documents with figures to print")
    parser.add_argument("--step", type=int, default=1)
    parser.add_argument("--offset", type=int, default=0)
    args = parser.parse_args()
    paths = args.files or [p for i, p in enumerate(DEFAULT) if i % args.step == args.offset]
    shown = 0
    for path in paths:
        if any(name in path.name for name in SEALED) or not path.exists():
            continue
        found, text = figures(path)
        if not found:
            continue
        show(path, found, text)
        shown += 1
        if shown >= args.sample:
            break


if __name__ == "__main__":
    main()
