"""Figure recall on unlabelled text: every number token no figure record covers, by class.

    python bench/figure_recall_scan.py [--news DIR] [--reports] [--show CLASS] [--examples N]
                                       [--new-since FILE] [--save FILE]

Runs the extractor (as ``trendbeeld extract`` reads a file) on unlabelled Dutch text: the news
articles in ``--news`` (default ``/tmp/dpg/even_txt``, one article per file) and, with
``--reports``, the real reports of ``../shared/corpus/real/reports`` (text and PDF). It lists every
number token — digits, Dutch number words, vague amounts (``honderden``), fractions (``een kwart``,
``de helft``) — that no figure covers, grouped by a class read from the words around it (the word
after it, years, dates, times of day, ages ...), with how many tokens and how many different
documents each class has, and a few examples in context. The share of tokens covered is printed
first. ``--save`` writes the figures found (document, offsets, value, unit, evidence) as JSON Lines;
``--new-since`` prints the figures that are new against such a file, to read their precision.

The sealed gold texts are never read here: only the folders named above. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from trendbeeld import pipeline, sources
from trendbeeld.errors import TrendbeeldError
from trendbeeld.extract import _phrases, lexicon, numbers
from trendbeeld.model import Figure

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NEWS = Path("/tmp/dpg/even_txt")
SEALED_NAMES = ("cybersecuritybeeld_nederland_2024", "jaarplan_belastingdienst_2024")
CONTEXT_CHARS = 60

_TOKEN = re.compile(
    r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\w)|(?<![\w.,])\d+(?:[.,]\d+)?|[^\W\d_]+"
)
_MONTHS = frozenset((
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov",
    "dec",
))
_FRACTION_WORDS = frozenset((
    "helft", "kwart", "derde", "vijfde", "tiende", "driekwart", "tweederde", "eenderde",
))
_WORD_AFTER = re.compile(r"[\s(]*([^\W\d_][\w’'-]*|%|€)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w’'-]*|€)[\s(]*\Z")


def documents(news: Path, reports: bool) -> list[Path]:
    paths = sorted(news.glob("*.txt")) if news.is_dir() else []
    if reports:
        folder = SHARED / "corpus" / "real" / "reports"
        paths += sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".pdf")
                        and not p.stem.startswith(SEALED_NAMES))
    return paths


def read(path: Path) -> list[tuple[str, list[Figure]]]:
    """(text, figures) of every source in ``path``."""
    out = []
    try:
        for target, meta in sources.discover([str(path)]):
            for source, items in pipeline.read_and_extract(target, meta):
                out.append((source.text, [i for i in items if isinstance(i, Figure)]))
    except TrendbeeldError:
        return []  # an empty article: nothing to count
    return out


def number_tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the number tokens: digits, number words, vague amounts, fractions."""
    vague = lexicon.load().vague_amounts
    out = []
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        low = tok.lower()
        if tok[0].isdigit():
            out.append((m.start(), m.end(), "digits"))
        elif low in vague:
            out.append((m.start(), m.end(), "vague"))
        elif low in _FRACTION_WORDS:
            out.append((m.start(), m.end(), "fraction"))
        elif low in ("anderhalf", "anderhalve") or (
            low not in ("een", "nul", "en") and len(low) > 2 and numbers.parse_words(low) is not None
        ):
            out.append((m.start(), m.end(), "words"))
    return out


def classify(text: str, start: int, end: int, kind: str) -> str:  # noqa: PLR0911 - one return a class
    """A class for an uncovered token from the words around it."""
    tok = text[start:end]
    after = _WORD_AFTER.match(text, end)
    nxt = after.group(1).lower() if after else ""
    before_m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    prev = before_m.group(1).lower() if before_m else ""
    glued = text[end : end + 1]
    if kind == "digits":
        if re.fullmatch(r"(?:19|20)\d\d", tok):
            return "year"
        if nxt in _MONTHS or prev in _MONTHS:
            return "date"
        if re.fullmatch(r"(?:[01]?\d|2[0-3])[.:][0-5]\d", tok) or nxt in ("uur", "u"):
            return "clock/uur"
        if glued == "-" and text[end + 1 : end + 7].startswith("jarig"):
            return "age:-jarig"
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            return "bracketed"
        if glued in ("-", "/", ":") or text[start - 1 : start] in ("-", "/", ":"):
            return f"glued:{glued or text[start - 1]}"
    if kind in ("vague", "fraction"):
        return f"{kind}:{tok.lower()}"
    if nxt in _MONTHS:
        return "date"
    if nxt == "%" or nxt.startswith(("procent", "euro")) or tok.startswith("€") or prev == "€":
        return f"{kind}:unit:{nxt[:7] or prev}"
    return f"{kind}:{_next_class(nxt, prev)}"


_DEFINITE = frozenset((
    "de", "het", "die", "deze", "dat", "dit", "alle", "beide", "hun", "onze", "zijn", "haar", "mijn", "ons",
    "jullie", "uw",
))


def _next_class(nxt: str, prev: str) -> str:  # noqa: PLR0911 - one return a class
    """A coarse class for the word after a number (with the word before when it is definite)."""
    lex = lexicon.load()
    definite = "def " if prev in _DEFINITE else ""
    if not nxt:
        return "end"
    if nxt in lex.time_units:
        return f"time:{nxt}"
    if nxt in lex.measure_units:
        return "measure"
    if nxt in ("keer", "maal"):
        return f"{definite}keer"
    if nxt in ("van", "op", "uit"):
        return f"{definite}{nxt}"
    if not _phrases.is_content(nxt):
        return f"function:{nxt}"
    plural = bool(re.search(r"(?:en|s|’s|'s)\Z", nxt))
    return f"{definite}{'plural' if plural else 'singular'}"


def scan(paths: list[Path]) -> tuple[dict[str, list[tuple[str, str]]], int, int, list[dict[str, Any]]]:
    classes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    total = covered = 0
    found: list[dict[str, Any]] = []
    for path in paths:
        for text, figs in read(path):
            spans = sorted((f.span.start, f.span.end) for f in figs)
            found += [{"doc": path.name, "start": f.span.start, "end": f.span.end, "value": f.value,
                       "unit": str(f.unit), "high": f.value_high, "text": f.text,
                       "context": _context(text, f.span.start, f.span.end)} for f in figs]
            for start, end, kind in number_tokens(text):
                total += 1
                if any(a <= start < b or a < end <= b for a, b in spans):
                    covered += 1
                    continue
                classes[classify(text, start, end, kind)].append((path.name, _context(text, start, end)))
    return classes, total, covered, found


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    return " ".join(f"{before}[{text[start:end]}]{after}".split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--news", type=Path, default=NEWS)
    parser.add_argument("--reports", action="store_true")
    parser.add_argument("--show", nargs="*", default=(), help="print every example of these classes")
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--top", type=int, default=80)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--new-since", type=Path)
    parser.add_argument("--sample", type=int, default=0, help="print this many random new figures")
    args = parser.parse_args()
    classes, total, covered, found = scan(documents(args.news, args.reports))
    print(f"number tokens {total}, covered by a figure {covered} ({covered / max(total, 1):.1%}); "
          f"figures {len(found)}")
    ranked = sorted(classes.items(), key=lambda kv: -len({d for d, _ in kv[1]}))
    for name, items in ranked[: args.top]:
        docs = len({d for d, _ in items})
        print(f"\n{name}: {len(items)} tokens in {docs} documents")
        for doc, ctx in items[: args.examples]:
            print(f"    {doc}: {ctx}")
    for name in args.show:
        print(f"\n=== {name}")
        for doc, ctx in classes.get(name, []):
            print(f"    {doc}: {ctx}")
    if args.save:
        lines = "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in found)
        args.save.write_text(lines, encoding="utf-8")
    if args.new_since:
        rows = map(json.loads, args.new_since.read_text(encoding="utf-8").splitlines())
        old = {(r["doc"], r["start"], r["end"], r["value"], r["unit"]) for r in rows}
        new = [f for f in found if (f["doc"], f["start"], f["end"], f["value"], f["unit"]) not in old]
        gone = len(old) - (len(found) - len(new))
        print(f"\nnew or changed figures: {len(new)} (in {len({f['doc'] for f in new})} documents); "
              f"figures no longer found: {gone}")
        shown = random.Random(10).sample(new, min(args.sample, len(new))) if args.sample else new
        for f in shown:
            print(f"  {f['doc']}: {f['value']} {f['unit']} | {f['context']}")


if __name__ == "__main__":
    main()
