"""Robustness to everyday file forms: score the extractor on copies of the gold texts saved another way.

    python bench/score_formats.py [--shared ../shared] [--only NAME ...] [--variants NAME ...] [--rows]

Users bring the same text in many forms: Windows or old Mac line ends, non-breaking spaces between a
number and its unit, tab-indented paragraphs, trailing spaces, a byte order mark, straight or
typographic quotes, soft hyphens and zero-width spaces from web pages, more or fewer blank lines,
Windows-1252 instead of UTF-8. For each visible gold document (``score_gold.py --visible``) each
variant below is written to a temporary file, read as ``trendbeeld extract`` reads a user's file
(:func:`trendbeeld.evaluate.extract_file`) and scored against the same gold, its offsets moved into
the file's own text as an annotator of that file counts them (every line end and a UTF-8 byte order
mark count, as in the shared scorer) and its evidence rewritten the same way; the extracted items'
offsets are moved there too (``Extraction.file_records``). Every variant keeps the meaning of the
text. Printed: the macro F1 per kind (and figure period / region) per variant, how many documents
gave exactly the records of their original ("same": the form was read as the same text), and with
``--rows`` every document whose scores move (and whether its records are the original's: if not,
the extractor read another text; if so, the scoring moved). A form that cannot hold a document (a
character Windows-1252 lacks) leaves it out of that row. Nothing is asserted here.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trendbeeld import evaluate

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from score_gold import ATTRS, KINDS, READABLE_HELD, column, fmt, gold_documents, row  # noqa: E402

COLUMNS = [*KINDS, *(f"{k[:3]}.{a[:3]}" for k, a in ATTRS)]
Rule = tuple["re.Pattern[str]", str | Callable[["re.Match[str]"], str]]


def _curly_double(m: re.Match[str]) -> str:
    """A straight double quote made typographic: opening after a space or line start, else closing."""
    before = m.string[m.start() - 1] if m.start() else " "
    return "“" if before.isspace() or before in "([" else "”"


def _curly_single(m: re.Match[str]) -> str:
    """A straight single quote made typographic: an opening quote after a space, else an apostrophe."""
    before = m.string[m.start() - 1] if m.start() else " "
    return "‘" if before.isspace() or before in "([" else "’"


@dataclass(frozen=True)
class Variant:
    """One everyday form of a text: regex rewrites of the text and, for the file, an encoding, a BOM
    and the line end written for every newline."""

    name: str
    rules: tuple[Rule, ...] = ()
    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"
    wrap: int = 0  # lines longer than this are wrapped at a space (the space becomes a line break)
    note: str = ""


LIGATURES = {"fi": "\ufb01", "fl": "\ufb02", "ff": "\ufb00"}
WORD = re.compile(r"\S+")
LONG_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]{6})(?=[^\W\d_]{5})")
VARIANTS = (
    Variant("crlf", newline="\r\n", note="Windows line ends"),
    Variant("cr", newline="\r", note="old Mac line ends"),
    Variant("nbsp", (
        (re.compile(r"(?<=\d) (?=[^\W\d_]|%)"), "\xa0"),  # "12\xa0procent", "5\xa0%", "3\xa0miljoen"
        (re.compile(r"(?<=[€$£]) "), "\xa0"),  # "€\xa012"
        (re.compile(r"(?:(?<=\bnr\.)|(?<=\bblz\.)|(?<=\bart\.)) (?=\d)"), "\xa0"),
    ), note="non-breaking spaces before units and after currency"),
    Variant("tab-lead", ((re.compile(r"(?m)^[ ]+(?=\S)"), "\t"),), note="a tab for spaces at a line start"),
    Variant("tab-indent", ((re.compile(r"(?<=\n\n)(?=\S)"), "\t"),), note="paragraphs indented by a tab"),
    Variant("trailing", ((re.compile(r"(?<=\S)(?=\n)"), " "),), note="a space at the end of every line"),
    Variant("bom", bom=True, note="UTF-8 with a byte order mark"),
    Variant("straight", (
        (re.compile(r"[’‘‚]"), "'"),
        (re.compile(r"[“”„]"), '"'),
    ), note="typographic quotes made straight"),
    Variant("curly", (
        (re.compile(r"'"), _curly_single),
        (re.compile(r'"'), _curly_double),
    ), note="straight quotes made typographic"),
    Variant("shy", ((LONG_WORD, "\\1\xad"),), note="soft hyphens in long words"),
    Variant("zwsp", (
        (LONG_WORD, "\\1\u200b"),
        (re.compile(r"(?<=/)(?=\w)"), "\u200b"),
    ), note="zero-width spaces in long words and after slashes"),
    Variant("blank+1", ((re.compile(r"\n(?=\n)"), "\n\n"),), note="each blank line doubled"),
    Variant("blank-1", ((re.compile(r"\n(?=\n\n)"), ""),), note="one blank line fewer where there are two"),
    Variant("double", ((re.compile(r"\n"), "\n\n"),), note="a blank line after each line (two for one)"),
    Variant("nfd", ((re.compile(r"[À-ÿ]"), lambda m: unicodedata.normalize("NFD", m.group())),),
            note="accents as combining marks (macOS, some PDF copies)"),
    Variant("ligatures", ((re.compile(r"f[il]|ff"), lambda m: LIGATURES[m.group()]),),
            note="ligatures copied from a PDF viewer"),
    Variant("wrap72", wrap=72, note="lines wrapped at 72 characters (e-mail, plain-text editors)"),
    Variant("cp1252", encoding="cp1252", note="saved as Windows-1252"),
    Variant("cp1252-crlf", encoding="cp1252", newline="\r\n", note="Windows-1252 with Windows line ends"),
    Variant("utf16", encoding="utf-16", newline="\r\n", note="Notepad's 'Unicode': UTF-16 with a BOM, CRLF"),
)


class OffsetMap:
    """Where an offset of the old text lies in the rewritten one (inside a rewritten stretch: its start)."""

    def __init__(self) -> None:
        self.olds: list[int] = []  # old start of every rewritten stretch
        self.old_ends: list[int] = []
        self.news: list[int] = []  # its new start
        self.shift: list[int] = []  # new minus old after it

    def __call__(self, offset: int) -> int:
        i = bisect.bisect_right(self.olds, offset) - 1
        if i < 0:
            return offset
        if offset < self.old_ends[i]:
            return self.news[i]
        return offset + self.shift[i]


def rewrite(text: str, rule: Rule) -> tuple[str, OffsetMap]:
    pattern, repl = rule
    mapping = OffsetMap()
    parts: list[str] = []
    last = shift = 0
    for m in pattern.finditer(text):
        new = repl(m) if callable(repl) else m.expand(repl)
        parts.append(text[last : m.start()])
        mapping.olds.append(m.start())
        mapping.old_ends.append(m.end())
        mapping.news.append(m.start() + shift)
        shift += len(new) - (m.end() - m.start())
        mapping.shift.append(shift)
        parts.append(new)
        last = m.end()
    parts.append(text[last:])
    return "".join(parts), mapping


def moved_gold(records: list[dict[str, Any]], rule: Rule, mapping: OffsetMap) -> list[dict[str, Any]]:
    out = []
    for original in records:
        record = dict(original)
        for key in ("start", "end", "span_end"):
            if isinstance(record.get(key), int) and not isinstance(record[key], bool):
                record[key] = mapping(record[key])
        for key in ("evidence", "evidence_end"):
            if isinstance(record.get(key), str):
                record[key] = rewrite(record[key], rule)[0]
        out.append(record)
    return out


def write_variant(
    text: str, gold: list[dict[str, Any]], variant: Variant, path: Path
) -> list[dict[str, Any]] | None:
    """Write ``text`` in the form of ``variant`` to ``path``; the gold placed in the text the scorer
    reads back from it, or None when the text cannot be written in that form (a character Windows-1252
    lacks)."""
    for rule in variant.rules:
        text, mapping = rewrite(text, rule)
        gold = moved_gold(gold, rule, mapping)
    if variant.wrap:
        text, gold = wrapped(text, gold, variant.wrap)
    if variant.newline != "\n":  # every line end counts as written ("\r\n": two characters)
        rule: Rule = (re.compile("\n"), variant.newline)
        text, mapping = rewrite(text, rule)
        gold = moved_gold(gold, rule, mapping)
    try:
        data = text.encode(variant.encoding)
    except UnicodeEncodeError:
        return None
    path.write_bytes((b"\xef\xbb\xbf" if variant.bom else b"") + data)
    if variant.bom:  # the scorer reads the file as UTF-8 and keeps the BOM: one character more
        gold = moved_gold(gold, (re.compile(r"\A"), ""), _shift_all(1))
    return gold


def wrapped(text: str, gold: list[dict[str, Any]], width: int) -> tuple[str, list[dict[str, Any]]]:
    """``text`` with every line longer than ``width`` wrapped as a greedy wrapper does (a word that
    would pass the width starts a new line; the same length: its space becomes a line break), and
    the gold evidence that its offsets hold read anew."""
    chars = list(text)
    line_start = 0
    for word in WORD.finditer(text):
        newline = text.rfind("\n", line_start, word.start())
        if newline >= 0:
            line_start = newline + 1
        space = word.start() - 1
        if word.end() - line_start > width and space > line_start and text[space] == " ":
            chars[word.start() - 1] = "\n"
            line_start = word.start()
    new = "".join(chars)
    out = []
    for original in gold:
        record = dict(original)
        start, end = record.get("start"), record.get("end")
        if isinstance(start, int) and isinstance(end, int) and text[start:end] == record.get("evidence"):
            record["evidence"] = new[start:end]
        out.append(record)
    return new, out


def _shift_all(by: int) -> OffsetMap:
    mapping = OffsetMap()
    mapping.olds, mapping.old_ends, mapping.news, mapping.shift = [0], [0], [0], [by]
    return mapping


def scores(gold: list[dict[str, Any]], path: Path) -> tuple[dict[str, float | None], list[dict[str, Any]]]:
    """F1 per column, and the records found (the same records as on the original: read the same)."""
    found = evaluate.extract_file(path, taxonomy="nationaal")
    return row(evaluate.score(gold, found.file_records, found.text)), found.records


def visible(shared: Path) -> list[tuple[str, Path, Path]]:
    """The documents ``score_gold.py --visible`` scores: every sealed one is left out unread."""
    docs = []
    for name, gold, text, held_out in gold_documents(shared):
        if held_out and name not in READABLE_HELD:
            continue
        if text.is_file():
            docs.append((name, gold, text))
    return docs


def macro(rows: list[dict[str, float | None]]) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for c in COLUMNS:
        present = [v for r in rows if (v := r[c]) is not None]
        out[c] = sum(present) / len(present) if present else None
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--variants", nargs="*", default=None)
    parser.add_argument("--rows", action="store_true", help="print every document whose scores move")
    args = parser.parse_args()
    docs = [d for d in visible(args.shared) if not args.only or d[0] in args.only]
    variants = [v for v in VARIANTS if not args.variants or v.name in args.variants]
    table: dict[str, list[dict[str, float | None]]] = {"original": []}
    bases: dict[str, list[dict[str, float | None]]] = {}  # the original's scores, per variant
    same: dict[str, int] = {}  # documents whose records are those of the original, per variant
    moves: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, gold_path, text_path in docs:
            gold = evaluate.read_records(gold_path)
            original, records = scores(gold, text_path)
            table["original"].append(original)
            text = text_path.read_text(encoding="utf-8")
            for variant in variants:
                copy = Path(tmp) / variant.name / text_path.name
                copy.parent.mkdir(exist_ok=True)
                moved = write_variant(text, gold, variant, copy)
                if moved is None:
                    moves.append(f"{name:20s} {variant.name:12s} (not encodable: left out)")
                    continue
                try:
                    values, found = scores(moved, copy)
                except Exception as exc:  # a crash is a finding, printed with the rest
                    moves.append(f"{name:20s} {variant.name:12s} CRASH {type(exc).__name__}: {exc}")
                    values, found = dict.fromkeys(COLUMNS, 0.0), []
                table.setdefault(variant.name, []).append(values)
                bases.setdefault(variant.name, []).append(original)
                same[variant.name] = same.get(variant.name, 0) + (found == records)
                if any(_differs(original[c], values[c]) for c in COLUMNS):
                    cells = " ".join(f"{fmt(original[c])}>{fmt(values[c]).strip():5s}" for c in COLUMNS)
                    read = "same records" if found == records else "other records"
                    moves.append(f"{name:20s} {variant.name:12s} {cells}  {read}")
    print(f"{'form':14s} {'docs':>4s} {'same':>4s} " + " ".join(f"{column(c)[:7]:>7s}" for c in COLUMNS))
    for label, rows in table.items():
        shown = " ".join(f"  {fmt(v)}" for v in macro(rows).values())
        print(f"{label:14s} {len(rows):4d} {same.get(label, len(rows)):4d} {shown}")
        if len(rows) < len(table["original"]):  # the original on the same documents
            shown = " ".join(f"  {fmt(v)}" for v in macro(bases[label]).values())
            print(f"{'  (original)':14s} {len(rows):4d} {len(rows):4d} {shown}")
    if args.rows and moves:
        print("\ndocuments whose scores move (original>variant):")
        print(f"{'':33s} " + " ".join(f"{c[:7]:>11s}" for c in COLUMNS))
        for line in moves:
            print(line)


def _differs(a: float | None, b: float | None) -> bool:
    return (a is None) != (b is None) or (a is not None and b is not None and abs(a - b) >= 0.005)


if __name__ == "__main__":
    main()
