"""Trend statements of real unlabelled text, for reading as an annotator would (issue 10).

    python bench/trend_review.py [--sample N] [--step S] [--offset K] [--ids ID ...] [--reports]
                                 [--leads N] [--dump FILE] [--diff FILE]

Runs the trend extractor on articles of ``/tmp/dpg/even_txt`` (one article per file: title, blank
line, body), with ``--reports`` on the reports of ``../shared/corpus/real/reports`` (the two
documents of sealed gold are never read), or with ``--leads N`` on N safety news leads (title and
lead) of ``../shared/corpus/real/news/nl_news_rss_veiligheid_2016_2019.csv``. Prints each
statement with its direction, phenomenon, evidence and sentence, for judging: is it a trend, is
the direction right, is the phenomenon the noun phrase an annotator would write. ``--dump``
writes the statements as JSON Lines; ``--diff`` prints only what differs from such a dump
(statements gone, new, or with another phenomenon or direction), to read what a change of the
rules did. Nothing is asserted here; ``/tmp/dpg/odd.jsonl`` (reserved for new gold) is never read.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

from trendbeeld import errors, extract, sources
from trendbeeld.model import Source, TrendStatement

ROOT = Path(__file__).resolve().parents[1]
TEXTS = Path("/tmp/dpg/even_txt")
REPORTS = ROOT.parent / "shared" / "corpus" / "real" / "reports"
LEADS = ROOT.parent / "shared" / "corpus" / "real" / "news" / "nl_news_rss_veiligheid_2016_2019.csv"
SEALED = frozenset(["cybersecuritybeeld_nederland_2024.pdf", "jaarplan_belastingdienst_2024.pdf"])
SHOWN_CHARS = 300
Key = tuple[str, int, int]


def statements(path: Path) -> tuple[list[TrendStatement], str]:
    """The trend statements of one file, and its text (several sources are joined)."""
    chosen = {"trends": extract._registered()["trends.rules"]}
    found: list[TrendStatement] = []
    texts: list[str] = []
    for target, meta in sources.discover([str(path)]):
        for source in sources.read(target, meta=meta):
            texts.append(source.text)
            found += [s for s in extract.extract(source, extractors=chosen) if isinstance(s, TrendStatement)]
    return found, "\n\n".join(texts)


def lead_statements(step: int, offset: int, limit: int) -> list[tuple[str, list[TrendStatement], str]]:
    """Safety news leads (title and lead of every ``step``-th row from ``offset``) with their
    trend statements, each lead read as one plain text."""
    chosen = {"trends": extract._registered()["trends.rules"]}
    out: list[tuple[str, list[TrendStatement], str]] = []
    with LEADS.open(encoding="utf-8", newline="") as rows:
        for i, row in enumerate(csv.DictReader(rows)):
            if i % step != offset or not row.get("lead"):
                continue
            text = f"{row['title']}\n\n{row['lead']}"
            source = Source.create(f"lead-{i}.txt", text)
            found = [s for s in extract.extract(source, extractors=chosen) if isinstance(s, TrendStatement)]
            out.append((f"lead-{i}", found, text))
            if len(out) >= limit:
                break
    return out


def sentence(text: str, start: int, end: int) -> str:
    """The rough sentence around ``start``-``end`` (". " boundaries), on one line."""
    left = max(text.rfind(mark, 0, start) for mark in (". ", "? ", "! ", "\n")) + 1
    ends = (text.find(mark, end) for mark in (". ", "? ", "! ", "\n"))
    right = min((i for i in ends if i >= 0), default=len(text))
    return " ".join(text[left : right + 1].split())[:SHOWN_CHARS]


def record(name: str, s: TrendStatement, text: str) -> dict[str, object]:
    return {"doc": name, "start": s.span.start, "end": s.span.end, "direction": s.direction.value,
            "phenomenon": s.phenomenon, "evidence": s.text,
            "sentence": sentence(text, s.span.start, s.span.end)}


def chosen_paths(args: argparse.Namespace) -> list[Path]:
    if args.reports:
        return [p for p in sorted(REPORTS.iterdir()) if p.name not in SEALED and p.suffix in (".pdf", ".txt")]
    if args.ids:
        return [TEXTS / f"{i}.txt" for i in args.ids]
    return [p for i, p in enumerate(sorted(TEXTS.glob("*.txt"))) if i % args.step == args.offset]


def show(rows: list[dict[str, object]], title: str) -> None:
    print(f"\n=== {rows[0]['doc']} {title}")
    for n, r in enumerate(rows, 1):
        print(f"  [{n}] {r['direction']}: {r['phenomenon']!s}  «{r['evidence']!s}»")
        print(f"      {r['sentence']!s}")


def diff(rows: list[dict[str, object]], docs: set[str], old_path: Path) -> None:
    old: dict[Key, dict[str, object]] = {}
    with old_path.open(encoding="utf-8") as lines:
        for line in lines:
            r = json.loads(line)
            old[(str(r["doc"]), int(r["start"]), int(r["end"]))] = r
    new = {(str(r["doc"]), int(str(r["start"])), int(str(r["end"]))): r for r in rows}
    for key, r in sorted(old.items()):
        if key[0] in docs and key not in new:
            print(f"- {key[0]} {r['direction']}: {r['phenomenon']}  «{r['evidence']}»\n      {r['sentence']}")
    for key, r in sorted(new.items()):
        before = old.get(key)
        if before is None:
            print(f"+ {key[0]} {r['direction']}: {r['phenomenon']}  «{r['evidence']}»\n      {r['sentence']}")
        elif (before["phenomenon"], before["direction"]) != (r["phenomenon"], r["direction"]):
            print(f"~ {key[0]} {before['direction']}: {before['phenomenon']} -> {r['direction']}: "
                  f"{r['phenomenon']}  «{r['evidence']}»")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=60, help="files with statements to print")
    parser.add_argument("--step", type=int, default=7)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--ids", nargs="*", default=None)
    parser.add_argument("--reports", action="store_true", help="the real reports instead of the news")
    parser.add_argument("--leads", type=int, default=0, help="read this many safety news leads instead")
    parser.add_argument("--dump", type=Path, default=None, help="write the statements as JSON Lines")
    parser.add_argument("--diff", type=Path, default=None, help="print only what differs from a dump")
    args = parser.parse_args()
    every: list[dict[str, object]] = []
    read: set[str] = set()
    shown = 0
    files = [] if args.leads else chosen_paths(args)
    leads = lead_statements(args.step, args.offset, args.leads) if args.leads else []
    for item in [*files, *leads]:
        if isinstance(item, Path):
            try:
                found, text = statements(item)
            except errors.TrendbeeldError as err:  # an empty article
                print(f"skipped: {err}")
                continue
            name = item.stem
        else:
            name, found, text = item
        rows = [record(name, s, text) for s in found]
        read.add(name)
        every += rows
        if rows and args.diff is None and args.dump is None:
            show(rows, text.split("\n", 1)[0][:100])
        shown += bool(rows)
        if shown >= args.sample:
            break
    if args.dump is not None:
        with args.dump.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in every)
    if args.diff is not None:
        diff(every, read, args.diff)


if __name__ == "__main__":
    main()
