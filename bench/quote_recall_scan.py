"""Quote recall on unlabelled news (issue 10): quotation spans the quote extractor leaves out.

    python bench/quote_recall_scan.py [--dir /tmp/dpg/even_txt] [--show missed|records|new]
                                      [--save FILE] [--compare FILE] [--limit N]

Runs the rule-based quote extractor on every article (one ``*.txt`` per article: title, blank
line, body) and lists

* every quotation span of four or more words (text between a matching pair of double marks:
  ``“…”``, ``„…”``, ``"…"``, ``,,…''``, ``,,…"``, ``«…»``; or single marks ``‘…’`` and ``'…'``
  that open a capitalised sentence) that no quote record overlaps, with a rough class from the
  words around it;
* every quote record whose speaker looks wrong: a speaker the article never mentions, or one
  that is no name, role or organisation.

The recall proxy is the share of four-word spans that some quote record overlaps. This finder is
deliberately independent of :mod:`trendbeeld.extract._quotemarks`, so it also counts spans the
extractor's own mark finder misses. ``--save`` writes the records (article, start, end, speaker)
so that ``--compare`` can list what a later run adds or changes, for reading a precision sample.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

from trendbeeld.extract import _roles, lexicon, quotes
from trendbeeld.extract._document import analyse
from trendbeeld.model import Source

MIN_WORDS = 4
_DOUBLE = re.compile(
    r"(?P<open>,,|[“„«]|(?<![\w])\"|(?<![^\s(])'')(?P<body>[^“”„«»\"\n]{3,1500}?)"
    r"(?P<close>''(?![\w])|[”»“]|\"(?![\w]))"
)
_SINGLE = re.compile(r"(?<![\w'’])(?P<open>['‘])(?P<body>[A-ZÀ-Ý][^'‘’\n]{8,600}?)(?P<close>['’])(?![\w])")
_CLASS_AFTER = [
    ("after: , zegt/aldus …", re.compile(r"\A[\s,]*(?:zo\s+)?(?:zegt|zei|aldus|vertelt|vertelde|stelt|meldt|"
                                         r"schrijft|legt|laat|reageert|vindt|denkt|benadrukt|zegt|waarschuwt|"
                                         r"klinkt|verklaart|erkent|concludeert|vult|geeft|voegt|antwoordt|"
                                         r"vraagt|lacht|zucht|beaamt|stelde|meldde|schreef)\b", re.I)),
    ("after: , other verb + Name", re.compile(r"\A[\s,]+[a-z]{3,}\s+(?:[a-z-]+\s+){0,3}[A-Z]")),
]
_CLASS_BEFORE = [
    ("before: colon", re.compile(r":\s*\Z")),
]


def spans(text: str) -> list[tuple[int, int, str, int]]:
    """Quotation spans of MIN_WORDS or more words: (start, end, kind, end of the closing mark)."""
    found: list[tuple[int, int, str, int]] = []
    for m in _DOUBLE.finditer(text):
        if len(m.group("body").split()) >= MIN_WORDS:
            found.append((m.start("body"), m.end("body"), "double", m.end()))
    taken = [(s, e) for s, e, *_ in found]
    for m in _SINGLE.finditer(text):
        s, e = m.start("body"), m.end("body")
        if len(m.group("body").split()) >= MIN_WORDS and not any(a < e and s < b for a, b in taken):
            found.append((s, e, "single", m.end()))
    return sorted(found)


def classify(text: str, start: int, end: int, close_end: int) -> str:
    after = text[close_end : close_end + 120]
    before = text[max(start - 160, 0) : start - 1]
    for label, pattern in _CLASS_AFTER:
        if pattern.match(after):
            return label
    for label, pattern in _CLASS_BEFORE:
        if pattern.search(before):
            return label
    return "title" if text.find("\n") > end else "other"


def run(folder: Path, limit: int | None) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for path in sorted(folder.glob("*.txt"))[:limit]:
        text = path.read_text(encoding="utf-8")
        source = Source.create(path.name, text)
        doc = analyse(source)
        records = [(q.span.start, q.span.end, q.speaker, q.role, q.organisation)
                   for q in quotes.from_document(doc)]
        out[path.stem] = {"text": text, "records": records, "spans": spans(text)}
    return out


def covered(records: list[tuple[int, int, str, str | None, str | None]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e, *_ in records)


def suspicious(text: str, speaker: str) -> str | None:
    """Why a speaker looks wrong: never mentioned in the article, or a name that starts with a
    word no name starts with ("Toen Jan Hamming") or holds a role title ("Kunstenaar Sven Hoekstra")."""
    if speaker == "anoniem":
        return None
    words = speaker.split()
    lex = lexicon.load()
    if len(words) >= 2 and words[0][:1].isupper() and (
            words[0].lower() in lex.function_words or words[0].lower() in lex.name_stopwords):
        return "starts with a word no name starts with"
    if len(words) >= 2 and any(_roles.is_role_word(w) for w in words if w[:1].isupper()):
        return "holds a role title"
    if not any(w.lower() in text.lower() for w in speaker.split()):
        return "never mentioned"
    return None


def summary(found: dict[str, dict[str, object]], show: str, context: int) -> None:
    """Print the missed spans (or the records) and the recall proxy with the classes of misses."""
    total = hit = n_records = 0
    classes: collections.Counter[str] = collections.Counter()
    class_articles: dict[str, set[str]] = collections.defaultdict(set)
    for name, item in found.items():
        text: str = item["text"]  # type: ignore[assignment]
        records: list[tuple[int, int, str, str | None, str | None]] = item["records"]  # type: ignore[assignment]
        n_records += len(records)
        for start, end, kind, close_end in item["spans"]:  # type: ignore[attr-defined]
            total += 1
            if covered(records, start, end):
                hit += 1
                continue
            label = f"{kind}/{classify(text, start, end, close_end)}"
            classes[label] += 1
            class_articles[label].add(name)
            if show == "missed":
                print(f"[{name} {label}] {shown(text, start, end, context)}")
        for start, end, speaker, role, org in records:
            why = suspicious(text, speaker)
            if show == "records" or why:
                print(f"[{name} record{' SUSPECT ' + why if why else ''}] {speaker!r} role={role!r} "
                      f"org={org!r}: {text[start:end][:100]!r}")
    print(f"articles {len(found)}, quote records {n_records}, quotation spans >= {MIN_WORDS} words {total}, "
          f"covered {hit} ({hit / max(total, 1):.1%})")
    for label, n in classes.most_common():
        print(f"  missed {label:40s} {n:4d} spans in {len(class_articles[label]):3d} articles")


def shown(text: str, start: int, end: int, context: int) -> str:
    before, after = text[max(start - context, 0) : start], text[end : end + context]
    return f"…{before}⟦{text[start:end]}⟧{after}…".replace("\n", " ¶ ")


def compare(found: dict[str, dict[str, object]], saved: Path, show: str, context: int) -> None:
    """Records added or given another speaker since ``saved``, for reading a precision sample."""
    before = json.loads(saved.read_text(encoding="utf-8"))
    new = changed = lost = 0
    for name, item in found.items():
        text: str = item["text"]  # type: ignore[assignment]
        old = {(s, e): sp for s, e, sp, *_ in before.get(name, [])}
        now = {(s, e): (sp, r, o) for s, e, sp, r, o in item["records"]}  # type: ignore[attr-defined]
        for (s, e), (sp, r, o) in now.items():
            if (s, e) not in old:
                new += 1
                tag = "NEW"
            elif old[(s, e)] != sp:
                changed += 1
                tag = f"CHANGED from {old[(s, e)]!r}"
            else:
                continue
            if show == "new":
                print(f"[{name} {tag}] {sp!r} role={r!r} org={o!r}\n    {shown(text, s, e, context)}")
        lost += sum(1 for k in old if k not in now)
    print(f"compared: {new} new, {changed} changed speaker, {lost} lost")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/dpg/even_txt"))
    parser.add_argument("--show", choices=("missed", "records", "new", "none"), default="none")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--context", type=int, default=140)
    args = parser.parse_args()
    found = run(args.dir, args.limit)
    if args.save:
        args.save.write_text(json.dumps({n: i["records"] for n, i in found.items()}), encoding="utf-8")
    if args.compare:
        compare(found, args.compare, args.show, args.context)
    summary(found, args.show, args.context)


if __name__ == "__main__":
    main()
