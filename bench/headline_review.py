"""Review the headline finder on compilations of unlabelled news articles (issue 10).

    python bench/headline_review.py [--jsonl /tmp/dpg/even.jsonl] [--show all|wrong] [--limit N]
                                    [--single]

Gold texts made from a news dataset are compilations: several articles, each its dataset title, a
blank line and its body (one string: paragraph breaks lost), separated by two blank lines. This
script builds such compilations of two to four articles in the dataset's order (articles without a
title or a body are skipped; ``--single``: each article alone), runs the headline rules on each,
and compares what they find in each article with the title an annotator would take from the
dataset's title: the part before a label, subtitle or rubric the dataset joined with ``. `` (also
after ``?``, ``!`` or a closing quotation mark: ``… beugel?. dreigementen politici``, ``'…'.
Interview Rob Jetten``). The reference is a rough one (a full stop after an initial or an
abbreviation is kept; a title made of the body's first sentence is taken as given): a
disagreement is a thing to read, not a verdict.

Printed: per article whose headlines disagree (or all, with ``--show all``) the dataset title, the
reference and what was found, then counts: titles found, missed, found wrong, extra headlines in
bodies, with the title similarity of the scorer (``../shared/tools/score_extraction.py``). Nothing
is asserted here.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import unicodedata
from pathlib import Path

from trendbeeld.extract import _document, headlines
from trendbeeld.model import Source

SIMILAR = 0.8  # the scorer's title similarity for a match
SIZES = (3, 2, 4)  # articles per compilation, in turn
# The dataset's join of title and label: a full stop and a space after a word of two letters, or
# after "?", "!" or a closing quotation mark.
_JOIN = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=[?!'’”\"]))\.\s+(?=\S)")
_ABBREVIATIONS = {"dr", "drs", "mr", "ir", "prof", "ing", "st", "nr", "jr", "sr", "mw", "dhr"}


def reference(title: str) -> str:
    """The part of a dataset title an annotator takes as the headline."""
    for m in _JOIN.finditer(title):
        before = title[: m.start()]
        if before.rsplit(maxsplit=1)[-1].lower() in _ABBREVIATIONS:
            continue
        return before.strip()
    return title.strip()


def key(text: str) -> str:
    """The scorer's normalised title: accents folded, hyphens joined, punctuation dropped."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"-\s*", "", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, key(a), key(b)).ratio()


def compilations(rows: list[dict[str, str]], sizes: tuple[int, ...] = SIZES) -> list[list[dict[str, str]]]:
    out: list[list[dict[str, str]]] = []
    i = turn = 0
    while i < len(rows):
        size = sizes[turn % len(sizes)]
        out.append(rows[i : i + size])
        i, turn = i + size, turn + 1
    return [group for group in out if len(group) >= min(sizes)]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jsonl", type=Path, default=Path("/tmp/dpg/even.jsonl"))
    parser.add_argument("--show", choices=("all", "wrong", "none"), default="wrong")
    parser.add_argument("--limit", type=int, default=0, help="read only the first N articles")
    parser.add_argument("--single", action="store_true", help="one article per text, not compilations")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("title", "").strip(" .") and r.get("text", "").strip()]
    if args.limit:
        rows = rows[: args.limit]
    counts = {"articles": 0, "found": 0, "missed": 0, "wrong": 0, "extra": 0}
    for group in compilations(rows, (1,) if args.single else SIZES):
        parts = [f"{r['title']}\n\n{r['text'].strip()}" for r in group]
        text = "\n\n\n".join(parts)
        found = headlines.from_document(_document.analyse(Source.create("compilatie.txt", text)))
        start = 0
        for row, part in zip(group, parts, strict=True):
            end = start + len(part)
            inside = [h for h in found if start <= h.span.start < end]
            title_end = start + len(row["title"])
            at_title = [h for h in inside if h.span.start < title_end]
            extra = [h for h in inside if h.span.start >= title_end]
            ref = reference(row["title"])
            ok = any(similarity(h.title, ref) >= SIMILAR for h in at_title)
            counts["articles"] += 1
            counts["found" if ok else "missed"] += 1
            counts["wrong"] += sum(1 for h in at_title if similarity(h.title, ref) < SIMILAR)
            counts["extra"] += len(extra)
            if args.show == "all" or (args.show == "wrong" and (not ok or extra or len(at_title) != 1)):
                print(f"[{row['id']}] {row['title']!r}\n   ref   {ref!r}")
                for h in at_title:
                    print(f"   title {h.title!r} ({similarity(h.title, ref):.2f})")
                for h in extra:
                    print(f"   extra {h.title!r}")
            start = end + 3
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
