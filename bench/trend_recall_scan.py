"""Scan unlabelled Dutch text for sentences an annotator would likely mark as a trend statement
but that have none (issue 10), and compare the statements of two runs.

    python bench/trend_recall_scan.py [--dir /tmp/dpg/even_txt] [--reports] [--samples 8]
    python bench/trend_recall_scan.py --save run.json      # keep every statement of this run
    python bench/trend_recall_scan.py --new-since run.json  # list statements added since

Each sentence without a trend statement is put in the wording classes whose pattern it holds
(two numbers against each other, becoming, replacement, records, comparatives of frequency or
size, expectations, persistence, nouns of change); per class the script prints how many sentences
and how many different articles hold it, and a sample to read. Nothing is scored: the reading is
done by a person (or the session) and the counts say which class occurs in enough articles to
deserve a rule.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

from trendbeeld.extract import _document, trends
from trendbeeld.model import Source, SourceMeta, SourceType

NEWS_DIR = Path("/tmp/dpg/even_txt")
REPORTS_DIR = Path("/work/shared/corpus/real/reports")
LEADS = Path("/work/shared/corpus/real/news/nl_news_rss_veiligheid_2016_2019.csv")
LEAD_LIMIT = 4000  # leads of safety news read with --leads (each a text of its own)
# Sealed gold texts: never read here.
SEALED = ("cybersecuritybeeld_nederland_2024", "jaarplan_belastingdienst_2024")
_YEAR = r"(?:19|20)\d\d"
_NUM = r"\d[\d.,]*"
CLASSES: dict[str, re.Pattern[str]] = {
    "two_numbers": re.compile(
        rf"(?:tegen(?:over)?|ten opzichte van|vergeleken met|vergeleken bij)\s+(?:\w+\s+){{0,3}}{_NUM}"
        rf"|in\s+{_YEAR}\s+(?:\w+\s+){{0,4}}{_NUM}.{{0,60}}in\s+{_YEAR}"
        r"|van\s+(?:ruim\s+|bijna\s+)?\d[\d.,]*\s+(?:\w+\s+){0,3}naar\s+(?:ruim\s+|bijna\s+)?\d"
    ),
    "become": re.compile(r"\b(?:geworden|wordt steeds|worden steeds|werd steeds|werden steeds)\b"),
    "replacement": re.compile(
        r"\b(?:voortaan|niet langer|niet meer|in plaats van|voorheen|vroeger|tegenwoordig|nu ook"
        r"|inmiddels ook)\b"
    ),
    "record": re.compile(
        r"\b(?:nog nooit|nooit eerder|meer dan ooit|dan ooit"
        r"|(?:hoogste|laagste|grootste|kleinste|meeste|minste)\b.{0,40}\bsinds|record\w*)\b"
    ),
    "comparative": re.compile(
        r"\b(?:vaker|minder vaak|een (?:groter|kleiner|hoger|lager) (?:deel|aandeel|percentage)"
        r"|\w+ keer zo(?:veel| veel|vaak| vaak|groot|hoog)|(?:meer|minder|hoger|lager|groter|kleiner) dan"
        r" (?:vorig|vroeger|voorheen|eerder|een jaar|in " + _YEAR + r"))\b"
    ),
    "expectation": re.compile(
        r"\b(?:zal|zullen|gaat|gaan)\b.{0,60}\b(?:toenemen|stijgen|groeien|dalen|afnemen|verdubbelen|oplopen"
        r"|verminderen|veranderen|verdwijnen)\b|\bverwacht(?:ing|en|t)?\b|\bvrees\w*\s+(?:is\s+)?dat\b"
        r"|\bprognose"
    ),
    "persistence": re.compile(r"\b(?:blijft|blijven|bleef|bleven|nog steeds|nog altijd|al jaren|opnieuw)\b"),
    "change_noun": re.compile(
        r"\b\w*(?:opmars|golf|golven|explosie|verharding|professionalisering|verschuiving|toename|stijging"
        r"|daling|afname|groei|trend|ontwikkeling|piek|verdubbeling|verandering)\b"
    ),
    "steeds": re.compile(r"\b(?:steeds|alsmaar|almaar|meer en meer|minder en minder|langzaam maar zeker)\b"),
    "since_then": re.compile(
        rf"\b(?:sinds|sindsdien|de afgelopen (?:\w+ )?(?:jaren|jaar|maanden)|in {_YEAR}\b.*{_YEAR})"
    ),
}


def leads() -> list[Source]:
    """Title and lead of the first safety news items, one text each."""
    with LEADS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))[:LEAD_LIMIT]
    return [
        Source.create(f"lead-{i}", f"{row['title']}\n\n{row['lead']}", SourceMeta(type=SourceType.NEWS))
        for i, row in enumerate(rows)
        if row["lead"]
    ]


def sources(news: Path, reports: bool) -> list[Source]:
    out = [
        Source.create(str(p), p.read_text(encoding="utf-8"), SourceMeta(type=SourceType.NEWS))
        for p in sorted(news.glob("*.txt"))
    ]
    if reports:
        out += [
            Source.create(str(p), p.read_text(encoding="utf-8"))
            for p in sorted(REPORTS_DIR.glob("*.txt"))
            if not p.stem.startswith(SEALED)
        ]
    return out


def run(items: list[Source]) -> dict[str, list[dict[str, object]]]:
    """Every article's statements and its sentences without one."""
    out: dict[str, list[dict[str, object]]] = {}
    for source in items:
        doc = _document.analyse(source)
        found = trends.from_document(doc)
        spans = [(s.span.start, s.span.end) for s in found]
        records: list[dict[str, object]] = [
            {"kind": "statement", "start": s.span.start, "direction": s.direction.value,
             "phenomenon": s.phenomenon, "text": s.text, "sentence": _sentence_of(doc, s.span.start)}
            for s in found
        ]
        for sentence in doc.sentences:
            start, end = doc.clean.source_span(sentence.start, sentence.end)
            if any(a < end and start < b for a, b in spans):
                continue
            cues = [c.text for c in doc.cues_in(sentence.start, sentence.end)]
            records.append({"kind": "bare", "start": start, "text": source.text[start:end], "cues": cues})
        out[source.origin] = records
    return out


def _sentence_of(doc: _document.Document, source_pos: int) -> str:
    sentence = doc.sentence_at(doc.clean.clean_offset(source_pos))
    start, end = doc.clean.source_span(sentence.start, sentence.end)
    return doc.source.text[start:end]


def report_missing(result: dict[str, list[dict[str, object]]], samples: int, only: str | None) -> None:
    hits: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for origin, records in result.items():
        for record in records:
            if record["kind"] != "bare":
                continue
            text = str(record["text"])
            low = text.lower()
            if record.get("cues") and (only is None or only == "cue_dropped"):
                hits["cue_dropped"].append((origin, f"{record['cues']} {text}"))
            for name, pattern in CLASSES.items():
                if (only is None or name == only) and pattern.search(low):
                    hits[name].append((origin, text))
    rng = random.Random(10)
    for name, found in sorted(hits.items(), key=lambda kv: -len(kv[1])):
        articles = len({o for o, _ in found})
        print(f"\n=== {name}: {len(found)} sentences in {articles} articles")
        for origin, text in rng.sample(found, min(samples, len(found))):
            print(f"  [{Path(origin).stem}] {text[:300]}")


def _key(record: dict[str, object]) -> tuple[object, object, object]:
    return record.get("start"), record.get("direction"), record.get("phenomenon")


def report_new(result: dict[str, list[dict[str, object]]], saved: Path) -> None:
    before = json.loads(saved.read_text(encoding="utf-8"))
    new = 0
    gone = 0
    for origin, records in result.items():
        old = {_key(r) for r in before.get(origin, []) if r["kind"] == "statement"}
        now = {_key(r) for r in records if r["kind"] == "statement"}
        for record in records:
            if record["kind"] == "statement" and _key(record) not in old:
                new += 1
                print(f"+ [{Path(origin).stem}] {record['direction']} | {record['phenomenon']} | "
                      f"{str(record['sentence'])[:300]}")
        for r in before.get(origin, []):
            if r["kind"] == "statement" and _key(r) not in now:
                gone += 1
                print(f"- [{Path(origin).stem}] {r['direction']} | {r['phenomenon']} | {str(r['text'])[:99]}")
    print(f"\n{new} new statements, {gone} gone", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dir", type=Path, default=NEWS_DIR)
    parser.add_argument("--reports", action="store_true", help="also the .txt reports of the real corpus")
    parser.add_argument("--leads", action="store_true", help="also the leads of safety news (CSV)")
    parser.add_argument("--samples", type=int, default=8)
    parser.add_argument("--only", help="one class")
    parser.add_argument("--save", type=Path, help="write every statement and bare sentence as JSON")
    parser.add_argument("--new-since", type=Path, help="list statements not in this saved run")
    args = parser.parse_args()
    result = run(sources(args.dir, args.reports) + (leads() if args.leads else []))
    count = sum(1 for records in result.values() for r in records if r["kind"] == "statement")
    print(f"{len(result)} texts, {count} statements", file=sys.stderr)
    if args.save:
        args.save.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    if args.new_since:
        report_new(result, args.new_since)
    elif not args.save:
        report_missing(result, args.samples, args.only)


if __name__ == "__main__":
    main()
