"""Review the headline finder on compilations of unlabelled news articles (issue 10).

    python bench/headline_review.py [--jsonl /tmp/dpg/even.jsonl] [--show all|wrong] [--limit N]
                                    [--single] [--feed nl_news_rss_veiligheid_2016_2019.csv]

Gold texts made from a news dataset are compilations: several articles, each its dataset title, a
blank line and its body (one string: paragraph breaks lost), separated by two blank lines. This
script builds such compilations of two to four articles in the dataset's order (articles without a
title or a body are skipped; ``--single``: each article alone), runs the headline rules on each,
and compares what they find in each article with the title an annotator would take from the
dataset's title: the part before a label, subtitle or rubric the dataset joined with ``. `` (also
after ``?``, ``!`` or a closing quotation mark: ``… beugel?. dreigementen politici``, ``'…'.
Interview Rob Jetten``), after lower-case kicker words (``aanslag utrecht Nu zien we …``). The
reference is a rough one (a full stop after an initial or an abbreviation is kept; a title made of
the body's first sentence is taken as given): a disagreement is a thing to read, not a verdict.
``--feed`` builds the compilations from a news feed's items instead (title, a blank line, the
lead; of ``../shared/corpus/real/news``), whose titles are whole: a feed title of two sentences
has no label.

Printed: per article whose headlines disagree (or all, with ``--show all``) the dataset title, the
reference and what was found, then counts: titles found, missed, found wrong, extra headlines in
bodies, with the title similarity of the scorer (``../shared/tools/score_extraction.py``). Nothing
is asserted here.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import re
import unicodedata
from pathlib import Path

from trendbeeld.extract import _document, headlines
from trendbeeld.model import Source

SIMILAR = 0.8  # the scorer's title similarity for a match
SIZES = (3, 2, 4)  # articles per compilation, in turn
MIN_LEAD_WORDS = 25  # a feed item's lead under its title is running text at least this long
# The dataset's join of title and label: a full stop and a space after a word of two letters, or
# after "?", "!" or a closing quotation mark.
_JOIN = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=[?!'’”\"]))\.\s+(?=\S)")
_KICKER = re.compile(r"(?:[a-zà-ÿ]+ ){2,5}(?=[A-ZÀ-Ý][a-zà-ÿ]*(?: \S+){2})")
_ABBREVIATIONS = {"dr", "drs", "mr", "ir", "prof", "ing", "st", "nr", "jr", "sr", "mw", "dhr"}


def reference(title: str) -> str:
    """The part of a dataset title an annotator takes as the headline: before a joined label, after
    lower-case kicker words ("aanslag utrecht Nu zien we …")."""
    kicker = _KICKER.match(title)
    title = title[kicker.end() :] if kicker else title
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


def dataset_rows(path: Path) -> list[dict[str, str]]:
    """Articles of a news dataset (JSON Lines with ``id``, ``title``, ``text``) with a title and a body."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("title", "").strip(" .") and r.get("text", "").strip()]


def feed_rows(path: Path) -> list[dict[str, str]]:
    """Items of a news feed (CSV with ``title``, ``lead``, ``url``) whose lead is running text: the
    feed's title is whole, with no label joined to it."""
    csv.field_size_limit(10**9)
    with path.open(encoding="utf-8", newline="") as f:
        items = list(csv.DictReader(f))
    return [{"id": r["url"], "title": r["title"], "text": r["lead"], "whole": "1"} for r in items
            if r["title"].strip() and len(r["lead"].split()) >= MIN_LEAD_WORDS]


def review(group: list[dict[str, str]], counts: dict[str, int], show: str) -> None:
    """Run the headline rules on one compilation and count (and print) what they find per article."""
    parts = [f"{r['title']}\n\n{r['text'].strip()}" for r in group]
    found = headlines.from_document(_document.analyse(Source.create("compilatie.txt", "\n\n\n".join(parts))))
    start = 0
    for row, part in zip(group, parts, strict=True):
        end = start + len(part)
        inside = [h for h in found if start <= h.span.start < end]
        title_end = start + len(row["title"])
        at_title = [h for h in inside if h.span.start < title_end]
        extra = [h for h in inside if h.span.start >= title_end]
        ref = row["title"].strip() if row.get("whole") else reference(row["title"])
        ok = any(similarity(h.title, ref) >= SIMILAR for h in at_title)
        counts["articles"] += 1
        counts["found" if ok else "missed"] += 1
        counts["wrong"] += sum(1 for h in at_title if similarity(h.title, ref) < SIMILAR)
        counts["extra"] += len(extra)
        if show == "all" or (show == "wrong" and (not ok or extra or len(at_title) != 1)):
            print(f"[{row['id']}] {row['title']!r}\n   ref   {ref!r}")
            for h in at_title:
                print(f"   title {h.title!r} ({similarity(h.title, ref):.2f})")
            for h in extra:
                print(f"   extra {h.title!r}")
        start = end + 3


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jsonl", type=Path, default=Path("/tmp/dpg/even.jsonl"))
    parser.add_argument("--feed", type=Path, help="a news feed CSV (title, lead) instead of the dataset")
    parser.add_argument("--show", choices=("all", "wrong", "none"), default="wrong")
    parser.add_argument("--limit", type=int, default=0, help="read only the first N articles")
    parser.add_argument("--single", action="store_true", help="one article per text, not compilations")
    args = parser.parse_args()
    rows = feed_rows(args.feed) if args.feed else dataset_rows(args.jsonl)
    if args.limit:
        rows = rows[: args.limit]
    counts = {"articles": 0, "found": 0, "missed": 0, "wrong": 0, "extra": 0}
    for group in compilations(rows, (1,) if args.single else SIZES):
        review(group, counts, args.show)
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
