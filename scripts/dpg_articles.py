"""Unlabelled Dutch news for developing extraction rules: the DPG Media 2019 articles, one per file.

    python scripts/dpg_articles.py PATH/TO/partisan-news2019 [--out /tmp/dpg]

Reads ``dpgMedia2019-articles-byarticle-all.jsonl`` and ``dpgMedia2019-labels-byarticle.jsonl`` of
a clone of github.com/dpgmedia/partisan-news2019 (Yeh et al. 2019) and writes, leaving out every
article a gold text of ``tests/gold`` was made from (``tests/gold/SOURCES.md`` names their ids or
quotes their titles):

- ``OUT/even_txt/ID.txt``: each article with an even id as a text (title, blank line, body), the
  way the bench review scripts read them (``bench/quote_recall_scan.py``, ``bench/trend_review.py``
  and the others default to ``/tmp/dpg``);
- ``OUT/even.jsonl``: the same articles with ``id``, ``title``, ``text``, ``published_at`` and
  ``publisher``;
- ``OUT/odd.jsonl``: the articles with an odd id, kept apart for new gold: rules are never developed
  on them, so gold made from them is annotated on text nobody tuned on.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = "dpgMedia2019-articles-byarticle-all.jsonl"
LABELS = "dpgMedia2019-labels-byarticle.jsonl"
DATASET = "partisan-news2019"
RECORD_ID = re.compile(r"(?<![\d.])(10\d{6})(?![\d.])")  # the dataset's ids: 10592823, 10746924, …
QUOTED_TITLE = re.compile(r'"([^"]{15,160})"')  # a title as SOURCES.md quotes it
TITLE_PREFIX = 40  # characters of a title compared: the dataset joins kickers and labels after it


def gold_ids() -> set[int]:
    """The dataset ids that tests/gold/SOURCES.md names as the origin of a gold text."""
    sources = ROOT / "tests" / "gold" / "SOURCES.md"
    rows = [row for row in sources.read_text(encoding="utf-8").splitlines() if DATASET in row]
    return {int(found) for row in rows for found in RECORD_ID.findall(row)}


def gold_titles() -> set[str]:
    """The start of every title tests/gold/SOURCES.md quotes: a gold text made from an article whose
    id SOURCES.md does not give is still left out by its title."""
    sources = ROOT / "tests" / "gold" / "SOURCES.md"
    rows = [row for row in sources.read_text(encoding="utf-8").splitlines() if row.startswith("|")]
    return {title.strip()[:TITLE_PREFIX] for row in rows for title in QUOTED_TITLE.findall(row)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dataset", type=Path, help="a clone of dpgmedia/partisan-news2019")
    parser.add_argument("--out", type=Path, default=Path("/tmp/dpg"))
    args = parser.parse_args(argv)
    articles, labels = args.dataset / ARTICLES, args.dataset / LABELS
    for path in (articles, labels):
        if not path.is_file():
            print(f"fout: {path} bestaat niet (een kloon van dpgmedia/partisan-news2019?)", file=sys.stderr)
            return 2
    publisher = {}
    for line in labels.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        publisher[int(record["id"])] = record["publisher"]
    left_out, left_out_titles = gold_ids(), gold_titles()
    (args.out / "even_txt").mkdir(parents=True, exist_ok=True)
    counts = {"even": 0, "odd": 0, "gold": 0}
    with (args.out / "even.jsonl").open("w", encoding="utf-8") as even, (args.out / "odd.jsonl").open(
        "w", encoding="utf-8"
    ) as odd:
        for line in articles.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["id"] in left_out or record["title"].strip()[:TITLE_PREFIX] in left_out_titles:
                counts["gold"] += 1
                continue
            record["publisher"] = publisher.get(record["id"])
            row = json.dumps(record, ensure_ascii=False) + "\n"
            if record["id"] % 2:
                odd.write(row)
                counts["odd"] += 1
                continue
            even.write(row)
            text = f"{record['title']}\n\n{record['text']}\n"
            (args.out / "even_txt" / f"{record['id']}.txt").write_text(text, encoding="utf-8")
            counts["even"] += 1
    print(f"{counts['even']} artikelen (even id) in {args.out / 'even_txt'}, {counts['odd']} apart gezet "
          f"voor nieuw goud (oneven id), {counts['gold']} weggelaten (goudteksten)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
