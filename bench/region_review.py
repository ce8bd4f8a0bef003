"""Print the region of every figure in a sample of unlabelled news articles, for reading by hand.

    python bench/region_review.py [--data /tmp/dpg/even.jsonl] [--texts /tmp/dpg/even_txt]
                                  [--articles 50] [--seed 10] [--publisher pzc ...] [--ids ID ...]

The articles are the DPG Media 2019 news texts (one article per file: title, blank line, flattened
body). For each article in the sample the title and publisher are printed, then each figure with
its value, unit, region and period, the evidence and the sentence around it, so that a reader can
mark the regions an annotator would set otherwise. A tally of regions (None, Nederland, a place)
ends the listing. Nothing is asserted here; the unlabelled texts are development material for
issue 10 (reserved gold texts are never read).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from trendbeeld import evaluate
from trendbeeld.errors import TrendbeeldError

CONTEXT_CHARS = 160  # characters of the article printed either side of a figure's evidence


def sample(data: Path, count: int, seed: int, publishers: list[str], ids: list[str]) -> list[dict[str, Any]]:
    """``count`` articles of the given publishers (all when none), drawn with ``seed``."""
    articles = [json.loads(line) for line in data.read_text("utf-8").splitlines() if line.strip()]
    if ids:
        return [a for a in articles if str(a["id"]) in ids]
    if publishers:
        articles = [a for a in articles if str(a.get("publisher")) in publishers]
    random.Random(seed).shuffle(articles)
    return articles[:count]


def context(text: str, start: int, end: int) -> str:
    """The stretch of text around ``start:end``, the evidence marked with [[ ]]."""
    left = text[max(0, start - CONTEXT_CHARS) : start]
    right = text[end : end + CONTEXT_CHARS]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def review(article: dict[str, Any], texts: Path, tally: Counter[str]) -> int:
    """Print the figures of one article; return how many there were."""
    path = texts / f"{article['id']}.txt"
    try:
        found = evaluate.extract_file(path)
    except TrendbeeldError:
        return 0  # a file the readers refuse (no readable text)
    figures = [r for r in found.records if r["kind"] == "figure"]
    print(f"\n=== {article['id']} [{article.get('publisher')}] {article['title']}")
    for i, fig in enumerate(figures, 1):
        region = fig.get("region")
        tally["None" if region is None else "Nederland" if region == "Nederland" else "place"] += 1
        print(f"  {i:2d}. {fig['value']:g} {fig['unit']} | region={region!r} period={fig.get('period')!r}")
        print(f"      {context(found.text, fig['start'], fig['end'])}")
    return len(figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/dpg/even.jsonl"))
    parser.add_argument("--texts", type=Path, default=Path("/tmp/dpg/even_txt"))
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--publisher", nargs="*", default=[])
    parser.add_argument("--ids", nargs="*", default=[])
    args = parser.parse_args()
    tally: Counter[str] = Counter()
    total = sum(review(a, args.texts, tally)
                for a in sample(args.data, args.articles, args.seed, args.publisher, args.ids))
    print(f"\n{total} figures: " + ", ".join(f"{k} {v}" for k, v in tally.most_common()))


if __name__ == "__main__":
    main()
