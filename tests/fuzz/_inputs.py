"""Fuzz inputs: real files from ``../shared/corpus`` (read in place), generated documents, and mutants.

Every family starts from seeds built from real material (report texts, news exports, statistics
tables, the bundled taxonomy), written in the format of the family (PDF, DOCX, HTML, feeds, XLSX,
YAML). Mutators then break them the ways real files break: byte flips, truncation, splicing,
deep nesting, entity amplification, huge fields, long lines of numbers, long paragraphs, dates out
of range and bad encodings. Everything is seeded, so a run is reproducible from its seed.
"""

from __future__ import annotations

import csv
import io
import json
import random
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tests.fuzz._runner import Case

SIZES = {"ci": 1, "long": 4}  # scale of seeds and fields per run kind
# Lengths (characters) of the long lines of numbers and the long paragraphs per run kind.
NUMBER_LINES = {"ci": (1000, 4000, 12000), "long": (8000, 40000, 160000)}
PARAGRAPHS = {"ci": (3000, 10000, 20000), "long": (20000, 100000, 200000)}


@dataclass(frozen=True)
class Seed:
    name: str
    suffix: str
    data: bytes


# ----------------------------------------------------------------------------- real material


@cache
def _texts(corpus: Path) -> tuple[str, ...]:
    files = sorted((corpus / "dev").glob("*.txt")) + sorted((corpus / "real" / "reports").glob("*.txt"))
    files.append(corpus / "national-2020.txt")
    return tuple(path.read_text(encoding="utf-8", errors="replace") for path in files if path.is_file())


def _paragraphs(corpus: Path) -> list[str]:
    return [p.strip() for text in _texts(corpus) for p in text.split("\n\n") if len(p.strip()) > 80]


def _slice(rng: random.Random, text: str, size: int) -> str:
    if len(text) <= size:
        return text
    start = rng.randrange(0, len(text) - size)
    start = text.find("\n", start) + 1 or start
    return text[start : start + size]


@cache
def _news_rows(corpus: Path) -> tuple[tuple[str, tuple[str, ...], tuple[tuple[str, ...], ...]], ...]:
    found = []
    for path in sorted((corpus / "real" / "news").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = tuple(next(reader))
            rows = tuple(tuple(row) for _, row in zip(range(400), reader, strict=False))
        found.append((path.name, header, rows))
    return tuple(found)


@cache
def _html_pages(corpus: Path) -> tuple[str, ...]:
    path = corpus / "real" / "news" / "nl_news_frontpages_html_2017-02-12.json"
    pages = json.loads(path.read_text(encoding="utf-8"))
    return tuple(page["html"] for page in pages if isinstance(page, dict) and page.get("html"))


def _table_files(corpus: Path) -> list[Path]:
    real = corpus / "real"
    return sorted([*real.glob("statistics/*.csv"), *real.glob("polls/*.csv"), *real.glob("regions/*.csv")])


def _csv_head(path: Path, rows: int) -> str:
    lines = path.read_text(encoding="utf-8-sig", errors="replace").splitlines(keepends=True)
    return "".join(lines[: rows + 1])


# ----------------------------------------------------------------------------- writers


def make_pdf(lines: list[str], per_page: int = 45, info: bytes = b"") -> bytes:
    """A plain PDF (Helvetica, WinAnsi) with ``lines`` of text, ``per_page`` lines a page.

    ``info`` is the body of a document information dictionary (``/Title <FEFF…>``), if any.
    """
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[""]]
    objects: list[bytes] = [
        b"",
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for page in pages:
        ops = ["BT /F1 10 Tf 50 800 Td 13 TL"]
        for line in page:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252", "replace")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
            b"<< /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    if info:
        objects.append(b"<< " + info + b" >>")
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    info_ref = b" /Info %d 0 R" % len(objects) if info else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        info_ref,
        xref,
    )
    return bytes(out)


def _wrap(text: str, width: int = 95) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words, line = paragraph.split(), ""
        for word in words:
            if line and len(line) + len(word) > width:
                lines.append(line)
                line = ""
            line = f"{line} {word}".strip()
        lines.append(line)
    return lines


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(paragraphs[0][:60] if paragraphs else "Titel", level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row[: len(table[0])]):
                grid.cell(r, c).text = cell
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_xlsx(rows: list[list[str]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append([_cell_value(cell) for cell in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _cell_value(cell: str) -> str | float:
    try:
        return float(cell)
    except ValueError:
        return cell


def make_html(title: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
        "<footer>Colofon</footer></body></html>"
    )


def make_feed(items: list[tuple[str, str, str, str]], atom: bool) -> str:
    """An RSS 2.0 or Atom feed of (title, link, date, summary) items; dates as given."""
    from xml.sax.saxutils import escape

    if atom:
        entries = "".join(
            f"<entry><title>{escape(t)}</title><link href='{escape(u)}'/><id>{escape(u)}</id>"
            f"<updated>{d}</updated><summary>{escape(s)}</summary></entry>"
            for t, u, d, s in items
        )
        return (
            "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>Nieuws</title><link href='https://example.nl/'/>{entries}</feed>"
        )
    entries = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(u)}</link><pubDate>{d}</pubDate>"
        f"<description>{escape(s)}</description></item>"
        for t, u, d, s in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Nieuws</title>"
        f"<link>https://example.nl/</link>{entries}</channel></rss>"
    )


# ----------------------------------------------------------------------------- seeds per family


def _seed_text(rng: random.Random, corpus: Path, scale: int) -> Seed:
    text = _slice(rng, rng.choice(_texts(corpus)), 1500 * scale)
    return Seed("text", rng.choice([".txt", ".md"]), text.encode("utf-8"))


FRONT_DATES = ["2024-02-12", "12-02-2024", "2019-05-01"]


def _seed_interview(rng: random.Random, corpus: Path, scale: int) -> Seed:
    body = _slice(rng, rng.choice(_texts(corpus)), 1200 * scale)
    front = (
        f"---\nname: Fatima El Amrani\nrole: wijkagent\norganisation: Politie eenheid Rotterdam\n"
        f"date: {rng.choice(FRONT_DATES)}\n---\n"
    )
    return Seed("interview", ".md", (front + body).encode("utf-8"))


def _seed_html(rng: random.Random, corpus: Path, scale: int) -> Seed:
    if rng.random() < 0.3:
        page = rng.choice(_html_pages(corpus))
        return Seed("html-frontpage", ".html", page[: 40000 * scale].encode("utf-8"))
    paragraphs = rng.sample(_paragraphs(corpus), 4)
    return Seed("html", rng.choice([".html", ".htm"]), make_html("Rapport", paragraphs).encode("utf-8"))


def _seed_pdf(rng: random.Random, corpus: Path, scale: int) -> Seed:
    if scale > 1 and rng.random() < 0.2:
        reports = sorted((corpus / "real" / "reports").glob("*.pdf"))
        path = rng.choice(reports)
        return Seed(f"pdf-{path.stem[:20]}", ".pdf", path.read_bytes())
    text = _slice(rng, rng.choice(_texts(corpus)), 1500 * scale)
    return Seed("pdf", ".pdf", make_pdf(_wrap(text)))


def _seed_docx(rng: random.Random, corpus: Path, scale: int) -> Seed:
    paragraphs = rng.sample(_paragraphs(corpus), 3 * scale)
    table = [["Jaar", "Aantal", "Verandering"], ["2022", "24.300", "-4%"], ["2023", "25.100", "+3%"]]
    return Seed("docx", ".docx", make_docx(paragraphs, table if rng.random() < 0.5 else None))


def _seed_feed(rng: random.Random, corpus: Path, scale: int) -> Seed:
    _name, header, rows = rng.choice(_news_rows(corpus))
    title_at = header.index("title")
    url_at = header.index("url")
    lead_at = header.index("lead") if "lead" in header else None
    atom = rng.random() < 0.5
    items = []
    for row in rng.sample(rows, 8 * scale):
        stamp = row[0][:19]
        date = stamp + "Z" if atom else _rfc822(stamp)
        items.append((row[title_at], row[url_at], date, row[lead_at] if lead_at is not None else ""))
    return Seed(
        "atom" if atom else "rss",
        rng.choice([".xml", ".rss", ".atom"]),
        make_feed(items, atom).encode("utf-8"),
    )


def _rfc822(stamp: str) -> str:
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return moment.strftime("%a, %d %b %Y %H:%M:%S +0000")


def _seed_news_csv(rng: random.Random, corpus: Path, scale: int) -> Seed:
    _name, header, rows = rng.choice(_news_rows(corpus))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rng.sample(rows, 10 * scale))
    return Seed("news-csv", ".csv", buffer.getvalue().encode("utf-8"))


def _seed_statistics(rng: random.Random, corpus: Path, scale: int) -> Seed:
    if scale > 1 and rng.random() < 0.05:
        path = corpus / "real" / "polls" / "amsterdam_veiligheidsindex_onderliggende_data_2014_2017.xlsx"
        return Seed("xlsx-amsterdam", ".xlsx", path.read_bytes())
    path = rng.choice(_table_files(corpus))
    head = _csv_head(path, 15 * scale)
    if rng.random() < 0.35:
        delimiter = ";" if head.count(";") > head.count(",") else ","
        rows = [row for row in csv.reader(io.StringIO(head), delimiter=delimiter) if row]
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        return Seed(f"xlsx-{path.stem[:24]}", ".xlsx", make_xlsx(rows))
    return Seed(f"csv-{path.stem[:24]}", ".csv", head.encode("utf-8"))


def _taxonomy_text() -> str:
    path = Path(__file__).resolve().parents[2] / "src/trendbeeld/themes/taxonomies/nationaal.yaml"
    return path.read_text(encoding="utf-8")


def _seed_yaml(rng: random.Random, corpus: Path, scale: int) -> tuple[Seed, str]:
    kind = rng.choice(["manifest", "taxonomy", "links", "pairs"])
    if kind == "taxonomy":
        return Seed("taxonomy", ".yaml", _taxonomy_text().encode("utf-8")), kind
    if kind == "manifest":
        text = (
            "defaults:\n  access: openbaar\n  region: Rotterdam-Rijnmond\n  publisher: Politie\n"
            "skip: [oud.txt]\nfiles: {}\n"
        )
        return Seed("manifest", ".yaml", text.encode("utf-8")), kind
    if kind == "links":
        text = (
            "verbanden:\n  - van: online\n    naar: criminaliteit\n    soort: hangt samen met\n"
            "    toelichting: Criminaliteit verschuift naar internet.\n    lezen: Notitie online fraude\n"
            "  - van: ondermijning\n    naar: jeugd\n    soort: leidt tot\n"
            "    toelichting: Netwerken ronselen jongeren.\n"
        )
        return Seed("links", ".yaml", text.encode("utf-8")), kind
    text = (
        'pairs:\n  woninginbraak:\n    registration: "Diefstal/inbraak woning — Geregistreerde misdrijven"\n'
        '    survey: "Slachtofferschap woninginbraak"\n'
        "  geweld: [Geweldsmisdrijven, Slachtofferschap geweld]\n"
    )
    return Seed("pairs", ".yaml", text.encode("utf-8")), kind


# ----------------------------------------------------------------------------- mutators


def _numbers_line(rng: random.Random, size: int) -> str:
    style = rng.randrange(6)
    parts: list[str] = []
    length = 0
    while length < size:
        if style == 0:
            part = str(rng.randrange(0, 10**6))
        elif style == 1:
            part = f"{rng.randrange(0, 100)},{rng.randrange(0, 10)}%"
        elif style == 2:
            part = f"{rng.randrange(1, 999)}.{rng.randrange(0, 999):03d}.{rng.randrange(0, 999):03d}"
        elif style == 3:
            part = str(rng.randrange(1990, 2030))
        elif style == 4:
            part = (
                rng.choice(["€", "+", "-", "(", "±"])
                + f"{rng.randrange(0, 1000)}"
                + rng.choice([" mln", " miljard", "%", " procent", ""])
            )
        else:
            part = rng.choice(["1", "12", "1,5", "2019", "-3", "10.000", "0"])
        parts.append(part)
        length += len(part) + 1
    return rng.choice([" ", "  ", "\t", " | ", ";"]).join(parts)


def _long_paragraph(rng: random.Random, corpus: Path, size: int) -> str:
    pieces = []
    length = 0
    paragraphs = _paragraphs(corpus)
    while length < size:
        piece = rng.choice(paragraphs).replace("\n", " ")
        if rng.random() < 0.5:
            piece = piece.replace(". ", ", ")  # no sentence ends either
        pieces.append(piece)
        length += len(piece) + 1
    return " ".join(pieces)


BAD_DATES = [
    "0000-01-01",
    "0000-00-00",
    "-001-01-01",
    "10000-01-01",
    "2023-04-31",
    "2023-02-30",
    "2023-13-01",
    "99999-12-31",
    "31-04-2023",
    "2023-02-29",
    "1-1-0",
    "9999-12-31T23:59:60Z",
]
BAD_RFC822 = [
    "Mon, 01 Jan -001 00:00:00 +0000",
    "Sat, 01 Jan 0000 00:00:00 GMT",
    "Fri, 01 Jan 10000 00:00:00 +0000",
    "Mon, 31 Apr 2023 10:00:00 +0200",
    "Wed, 30 Feb 2023 10:00:00 +0000",
    "Sun, 99 Dec 9999 99:99:99 +9999",
]


def _inject(rng: random.Random, data: bytes, insert: bytes, *, at_line: bool = True) -> bytes:
    if not data:
        return insert
    position = rng.randrange(0, len(data))
    if at_line:
        newline = data.find(b"\n", position)
        position = newline + 1 if newline >= 0 else len(data)
    return data[:position] + insert + data[position:]


Mutator = Callable[[random.Random, bytes, "_Context"], bytes]


@dataclass
class _Context:
    corpus: Path
    scale: int
    family: str
    others: list[bytes]
    kind: str = "ci"


def m_flip(rng: random.Random, data: bytes, ctx: _Context) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 30)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def m_truncate(rng: random.Random, data: bytes, ctx: _Context) -> bytes:
    return data[: rng.randrange(0, max(1, len(data)))]


def m_splice(rng: random.Random, data: bytes, ctx: _Context) -> bytes:
    other = rng.choice(ctx.others) if ctx.others else data
    start = rng.randrange(0, max(1, len(other)))
    chunk = other[start : start + rng.randint(1, 4000)]
    cut = rng.randrange(0, max(1, len(data)))
    return data[:cut] + chunk + data[cut + rng.randint(0, 2000) :]


def m_repeat(rng: random.Random, data: bytes, ctx: _Context) -> bytes:
    start = rng.randrange(0, max(1, len(data)))
    chunk = data[start : start + rng.randint(1, 200)]
    return data[:start] + chunk * rng.randint(2, 200 * ctx.scale) + data[start:]


def m_numbers(rng: random.Random, data: bytes, ctx: _Context) -> bytes:
    line = _numbers_line(rng, rng.choice(NUMBER_LINES[ctx.kind]))
    return _inject(rng, data, (line + "\n").encode())


def m_paragraph(rng: random.Random, data: bytes, ctx: _Context) -> bytes:
    text = _long_paragraph(rng, ctx.corpus, rng.choice(PARAGRAPHS[ctx.kind]))
    return _inject(rng, data, (text + "\n").encode())


def m_bad_date(rng: random.Random, data: bytes, ctx: _Context) -> bytes:
    import re

    text = data.decode("utf-8", "surrogateescape")
    bad = rng.choice(BAD_RFC822 if ctx.family == "rss" else BAD_DATES)
    pattern = (
        r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} [\d:]+ [+\-\w]+"
        if ctx.family == "rss"
        else r"\d{4}-\d\d-\d\d(T[\d:]+(\+\d\d:\d\d|Z)?)?|\d\d-\d\d-\d{4}"
    )
    matches = list(re.finditer(pattern, text))
    if not matches:
        return _inject(rng, data, f"Op {bad} steeg het aantal met 5%.\n".encode())
    for match in rng.sample(matches, min(len(matches), rng.randint(1, 3))):
        text = (
            text[: match.start()] + bad + text[match.start() + len(bad) :]
            if len(bad) == len(match.group())
            else text.replace(match.group(), bad, 1)
        )
    return text.encode("utf-8", "surrogateescape")


def m_encoding(rng: random.Random, data: bytes, ctx: _Context) -> bytes:  # noqa: PLR0911 - one per encoding
    text = data.decode("utf-8", "replace")
    choice = rng.randrange(7)
    if choice == 0:
        return text.encode("cp1252", "replace")
    if choice == 1:
        return text.encode("utf-16")
    if choice == 2:
        return text.encode("utf-16-le")  # no byte-order mark
    if choice == 3:
        return _inject(rng, data, b"\xed\xa0\x80\xed\xb0\x80 \xff\xfe\xc3\x28 \xe2\x82", at_line=False)
    if choice == 4:
        return _inject(rng, data, b"\x00" * rng.randint(1, 50), at_line=False)
    if choice == 5:
        return text.encode("latin-1", "replace")[::-1] if rng.random() < 0.2 else text.encode("utf-32")
    return _inject(rng, data, "\ud800 \udfff".encode("utf-8", "surrogatepass"), at_line=False)


def m_huge_field(rng: random.Random, data: bytes, ctx: _Context) -> bytes:
    size = rng.choice([140_000, 300_000]) * ctx.scale
    if ctx.family in ("news-csv", "statistics"):
        field = '"' + "x" * size + '"'
        lines = data.split(b"\n")
        if len(lines) > 1:
            index = rng.randrange(1, len(lines))
            cells = lines[index].split(b",")
            cells[rng.randrange(len(cells))] = field.encode()
            lines[index] = b",".join(cells)
            return b"\n".join(lines)
    if ctx.family == "yaml":
        return _inject(rng, data, b"  huge: " + b"a" * size + b"\n")
    if ctx.family in ("html",):
        return _inject(rng, data, b"<p title='" + b"a" * size + b"'>x</p>", at_line=False)
    return _inject(rng, data, ("a" * size).encode(), at_line=False)


def m_nesting(rng: random.Random, data: bytes, ctx: _Context) -> bytes:
    depth = rng.choice([300, 3000, 100_000])
    if ctx.family == "yaml":
        kind = rng.randrange(3)
        if kind == 0:
            return b"a: " + b"[" * depth + b"]" * depth + b"\n" + data
        if kind == 1:
            return b"a: " + b"{b: " * depth + b"}" * depth + b"\n"
        return "".join(" " * i + f"k{i}:\n" for i in range(min(depth, 3000))).encode() + data
    if ctx.family in ("html",):
        return _inject(rng, data, b"<div>" * depth + b"tekst" + b"</div>" * depth, at_line=False)
    if ctx.family in ("text", "interview"):
        return _inject(rng, data, b"> " * depth + b"- [" * (depth // 10) + b"\n")
    return _xml_nesting(rng, data, depth)


def _xml_nesting(rng: random.Random, data: bytes, depth: int) -> bytes:
    close = data.rfind(b"</")
    if close < 0:
        return data
    return data[:close] + b"<x>" * depth + b"tekst" + b"</x>" * depth + data[close:]


def m_entities(rng: random.Random, data: bytes, ctx: _Context) -> bytes:
    """A "billion laughs" or external entity in an XML document (feeds, DOCX, XLSX, HTML)."""
    if rng.random() < 0.3:
        dtd = b'<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        ref = b"&e;"
    else:
        levels = rng.choice([5, 9])
        parts = [b'<!ENTITY l0 "lol">']
        for level in range(1, levels):
            parts.append(b'<!ENTITY l%d "%s">' % (level, b"".join(b"&l%d;" % (level - 1) for _ in range(10))))
        dtd = b"<!DOCTYPE r [" + b"".join(parts) + b"]>"
        ref = b"&l%d;" % (levels - 1)
    head_end = data.find(b"?>")
    head = data[: head_end + 2] if data.startswith(b"<?xml") and head_end > 0 else b""
    body = data[len(head) :]
    close = body.rfind(b"</")
    if close > 0:
        body = body[:close] + ref + body[close:]
    return head + dtd + body


def m_broken_tags(rng: random.Random, data: bytes, ctx: _Context) -> bytes:
    out = data
    for _ in range(rng.randint(1, 5)):
        choice = rng.randrange(4)
        position = rng.randrange(0, max(1, len(out)))
        if choice == 0:
            found = out.find(b">", position)
            if found >= 0:
                out = out[:found] + out[found + 1 :]
        elif choice == 1:
            out = (
                out[:position]
                + rng.choice([b"<", b"</w:p>", b"<a b='", b"&", b"]]>", b"<!--"])
                + out[position:]
            )
        elif choice == 2:
            found = out.find(b"</", position)
            if found >= 0:
                end = out.find(b">", found)
                out = out[:found] + out[end + 1 :]
        else:
            out = out[:position] + b"<unknown:tag xmlns:unknown='urn:x'>" + out[position:]
    return out


TEXT_MUTATORS: list[Mutator] = [
    m_flip,
    m_truncate,
    m_splice,
    m_repeat,
    m_numbers,
    m_paragraph,
    m_bad_date,
    m_encoding,
    m_huge_field,
    m_nesting,
]
XML_MUTATORS: list[Mutator] = [*TEXT_MUTATORS, m_entities, m_broken_tags, m_broken_tags]
BINARY_MUTATORS: list[Mutator] = [m_flip, m_truncate, m_splice, m_repeat]


def _zip_inner(rng: random.Random, data: bytes, ctx: _Context, members: tuple[str, ...]) -> bytes:
    """Mutate one XML part of a DOCX/XLSX package and zip it again."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = [n for n in source.namelist() if n in members] or source.namelist()
    victim = rng.choice(names)
    mutator = rng.choice(XML_MUTATORS)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == victim:
                content = mutator(rng, content, ctx)
            target.writestr(info.filename, content)
    return out.getvalue()


PACKAGE_PARTS = {
    "docx": ("word/document.xml", "word/styles.xml", "docProps/core.xml", "[Content_Types].xml"),
    "xlsx": ("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "[Content_Types].xml"),
}


def _mutate(rng: random.Random, seed: Seed, ctx: _Context) -> tuple[str, bytes]:
    data = seed.data
    names = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        package = "docx" if seed.suffix == ".docx" else "xlsx" if seed.suffix == ".xlsx" else None
        if package and rng.random() < 0.75:
            try:
                data = _zip_inner(rng, data, ctx, PACKAGE_PARTS[package])
                names.append("xml-part")
                continue
            except Exception:
                pass
        if package or seed.suffix == ".pdf":
            pool = BINARY_MUTATORS + ([m_numbers, m_paragraph] if seed.suffix == ".pdf" else [])
        elif seed.suffix in (".xml", ".rss", ".atom") or ctx.family == "html":
            pool = XML_MUTATORS
        else:
            pool = TEXT_MUTATORS
        mutator = rng.choice(pool)
        data = mutator(rng, data, ctx)
        names.append(mutator.__name__.removeprefix("m_"))
    return "+".join(names), data


# ----------------------------------------------------------------------------- generated inputs


def _generated(rng: random.Random, family: str, ctx: _Context) -> Seed | None:
    """Documents built around a hostile payload (long numbers, long paragraphs, bad dates)."""
    scale = ctx.scale
    shape = rng.randrange(3)
    if shape == 0:
        payload = _numbers_line(rng, rng.choice(NUMBER_LINES[ctx.kind]))
    elif shape == 1:
        payload = _long_paragraph(rng, ctx.corpus, rng.choice(PARAGRAPHS[ctx.kind]))
    else:
        payload = "\n".join(_numbers_line(rng, 200) for _ in range(50 * scale))
    if family == "pdf":
        return Seed("gen-pdf", ".pdf", make_pdf(_wrap(payload, width=rng.choice([95, 400]))))
    if family == "docx":
        return Seed("gen-docx", ".docx", make_docx([payload]))
    if family == "html":
        return Seed("gen-html", ".html", make_html("Tabel", [payload]).encode())
    if family == "statistics":
        rows = [["Regio", "Perioden", "Waarde"]] + [
            [
                rng.choice(["Nederland", "Utrecht", "GM0363", "Onbekend", ""]),
                rng.choice(["2019", "2020JJ00", "2023KW02", "2023MM13", "0000", "10000", "2023-02-30", "x"]),
                rng.choice(["12", "1,5", "-", ".", "1e400", "nan", "inf", "", "12.345,6", "x" * 50]),
            ]
            for _ in range(rng.randint(0, 40))
        ]
        if rng.random() < 0.5:
            return Seed("gen-xlsx", ".xlsx", make_xlsx(rows or [["a"]]))
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=rng.choice([",", ";"])).writerows(rows)
        return Seed("gen-csv", ".csv", buffer.getvalue().encode())
    return None


# ----------------------------------------------------------------------------- the families


def warm_samples(corpus: Path) -> list[tuple[str, bytes]]:
    """Small valid documents of every reader, to warm up the parent process before forking."""
    rng = random.Random(0)
    text = _slice(rng, _texts(corpus)[0], 1500)
    paragraphs = _paragraphs(corpus)[:3]
    return [
        (".txt", text.encode()),
        (".pdf", make_pdf(_wrap(text))),
        (".docx", make_docx(paragraphs)),
        (".html", make_html("Rapport", paragraphs).encode()),
        (".md", _seed_interview(rng, corpus, 1).data),
        (".xml", _seed_feed(rng, corpus, 1).data),
        (".csv", _seed_news_csv(rng, corpus, 1).data),
        (".xlsx", make_xlsx([["Regio", "Perioden", "Waarde"], ["Nederland", "2020", "12"]])),
    ]


FAMILIES = ("pdf", "docx", "html", "text", "interview", "feed", "news-csv", "statistics", "yaml")
SEEDERS: dict[str, Callable[[random.Random, Path, int], Seed]] = {
    "pdf": _seed_pdf,
    "docx": _seed_docx,
    "html": _seed_html,
    "text": _seed_text,
    "interview": _seed_interview,
    "feed": _seed_feed,
    "news-csv": _seed_news_csv,
    "statistics": _seed_statistics,
}


def cases(family: str, count: int, *, corpus: Path, seed: int, kind: str = "ci") -> Iterator[Case]:
    """``count`` inputs of ``family``: about a tenth unmutated or generated, the rest mutants."""
    rng = random.Random(f"{family}-{seed}")
    scale = SIZES[kind]
    others: list[bytes] = []
    for index in range(count):
        if family == "yaml":
            base, target = _seed_yaml(rng, corpus, scale)
        else:
            base, target = (
                SEEDERS[family](rng, corpus, scale),
                "indicators" if family == "statistics" else "read",
            )
        ctx = _Context(corpus, scale, "rss" if base.name == "rss" else family, others, kind)
        if len(others) < 20:
            others.append(base.data[:20000])
        if index % 10 == 0:
            generated = _generated(rng, family, ctx)
            if generated is not None:
                yield Case(family, generated.name, target, generated.suffix, generated.data)
                continue
        if index % 25 == 1:
            yield Case(family, f"{base.name} (unmutated)", target, base.suffix, base.data)
            continue
        how, data = _mutate(rng, base, ctx)
        yield Case(family, f"{base.name}:{how}", target, base.suffix, data)
