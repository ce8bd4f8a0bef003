"""Figures of real dated news with their periods, for reading as an annotator would.

    python bench/period_review.py [--sample N] [--offset K] [--ids ID ...] [--no-date]

Runs the figure extractor on articles of ``/tmp/dpg/even_txt`` (one article per file: title,
blank line, body), each read as a user's news source is read: type ``nieuws`` with the article's
``published_at`` date from ``/tmp/dpg/even.jsonl`` (``--no-date`` leaves the date out, as a text
without metadata is read). Prints each figure with its value, unit and period, its sentence and
the sentence before it. The sample is every article whose position in the sorted file list is
``offset`` modulo ``step``, in order, until ``--sample`` articles with figures are printed.
Nothing is asserted here; ``/tmp/dpg/odd.jsonl`` (reserved for new gold) is never read.
"""

from __future__ import annotations

import argparse
import bisect
import datetime
import json
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from trendbeeld import extract, sources
from trendbeeld.extract import _text
from trendbeeld.model import Figure, SourceType

TEXTS = Path("/tmp/dpg/even_txt")
META = Path("/tmp/dpg/even.jsonl")
SHOWN_CHARS = 260


def published() -> dict[str, str]:
    """Article id → its ``published_at`` date (ISO)."""
    out: dict[str, str] = {}
    with META.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            out[str(row["id"])] = row["published_at"]
    return out


def figures(path: Path, date: str | None) -> tuple[list[Figure], str]:
    """The figures of one article read as a dated news source, and its text."""
    chosen = {"figures": extract._registered()["figures.rules"]}
    found: list[Figure] = []
    text = ""
    for target, found_meta in sources.discover([str(path)]):
        meta = replace(found_meta, type=SourceType.NEWS,
                       date=datetime.date.fromisoformat(date) if date else None)
        for source in sources.read(target, meta=meta):
            text = source.text
            found += [f for f in extract.extract(source, extractors=chosen) if isinstance(f, Figure)]
    return found, text


@lru_cache(maxsize=4)
def _sentence_starts(text: str) -> list[int]:
    """Where the sentences of ``text`` start, as the extractor splits them, found once per text."""
    return [sentence.start for sentence in _text.sentences(text)]


def sentence_bounds(text: str, pos: int) -> tuple[int, int, int]:
    """Start of the sentence before the one at ``pos``, start and end of that one."""
    starts = _sentence_starts(text)
    k = bisect.bisect_right(starts, pos) - 1
    here = starts[k] if k >= 0 else 0
    before = starts[k - 1] if k >= 1 else 0
    after = starts[k + 1] if k + 1 < len(starts) else len(text)
    return before, here, after


def show_figure(n: int, figure: Figure, text: str, heading: str | None = None) -> None:
    """One figure with its period, (the heading above,) the sentence before and its own sentence."""
    before, here, after = sentence_bounds(text, figure.span.start)
    print(f"  [{n}] {figure.value:g} {figure.unit} period={figure.period!r}  «{figure.text}»")
    if heading is not None:
        print(f"      head: {heading}")
    print(f"      prev: {' '.join(text[before:here].split())[-SHOWN_CHARS:]}")
    print(f"      sent: {' '.join(text[here:after].split())[:SHOWN_CHARS]}")


def show(name: str, date: str | None, found: list[Figure], text: str) -> None:
    title = text.split("\n", 1)[0][:100]
    print(f"\n=== {name} ({date}) {title}")
    for n, f in enumerate(found, 1):
        show_figure(n, f, text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=40, help="articles with figures to print")
    parser.add_argument("--step", type=int, default=9)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--ids", nargs="*", default=None)
    parser.add_argument("--no-date", action="store_true")
    args = parser.parse_args()
    dates = published()
    paths = sorted(TEXTS.glob("*.txt"))
    if args.ids:
        paths = [TEXTS / f"{i}.txt" for i in args.ids]
    else:
        paths = [p for i, p in enumerate(paths) if i % args.step == args.offset]
    shown = 0
    for path in paths:
        date = None if args.no_date else dates.get(path.stem)
        if not path.read_text(encoding="utf-8").strip():
            continue  # an empty article in the data set
        found, text = figures(path, date)
        if not found:
            continue
        show(path.stem, date, found, text)
        shown += 1
        if shown >= args.sample:
            break


if __name__ == "__main__":
    main()
