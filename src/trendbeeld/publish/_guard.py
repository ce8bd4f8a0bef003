"""The leak guard: an edition for a lower access level carries nothing of the material above it.

``Secrets.collect(store, access)`` gathers every string of the store above ``access``: titles,
file names, paths, publishers, authors and URLs of restricted sources, whatever their length, and
the sentences of their text (of three words or more); the text of their evidence (statements,
quotes and their speakers, headlines; a figure such as "3 mensen" counts through its sentence);
the titles and texts of trends only restricted material supports; the names and files of
restricted statistics. A string that also belongs to material the edition may read (readable
sources, trends and series, the templates, the taxonomies, the edition's own audience, region and
themes) is not a secret.

``check_no_leaks`` looks for the secrets in every file an edition writes and in its file names:
pages and SVGs (entities decoded, with and without tags), the search index and other JSON (strings
decoded), the PDF's text and metadata. Text is compared case-folded (NFKC, whitespace collapsed)
and on word boundaries, so a short secret never matches inside a longer word; one Aho–Corasick
automaton finds all secrets in one pass over each text.

This is the one place that reads restricted material for a lower-level edition, and what it reads
never goes into the output.
"""

from __future__ import annotations

import functools
import html
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ahocorasick
import pypdfium2 as pdfium
import sqlalchemy as sa

from trendbeeld.errors import LeakError
from trendbeeld.model import AccessLevel, EvidenceKind
from trendbeeld.publish import _format
from trendbeeld.publish.site import STATIC, TEMPLATES, VENDOR
from trendbeeld.store import Store
from trendbeeld.store.indicators import import_table, series_table
from trendbeeld.store.schema import evidence as evidence_table
from trendbeeld.store.schema import source as source_table
from trendbeeld.themes.taxonomy import BUNDLED as TAXONOMIES
from trendbeeld.trends import list_trends

__all__ = ["Secrets", "check_no_leaks", "fold", "restricted_sources"]

# A very long sentence is looked for by its first words (still a verbatim piece of it).
MAX_SECRET_CHARS = 300
# Text is looked for by sentence; a shorter piece after a full stop (``Dr.``, ``o.a.``) joins the next.
MIN_SENTENCE_WORDS = 3
# The automaton holds the first characters of each secret; a hit is then checked in full.
ANCHOR_CHARS = 32
TEXT_SUFFIXES = {".html", ".js", ".json", ".svg", ".css", ".txt", ".md", ".csv", ".xml"}
JSON_SUFFIXES = {".js", ".json"}
MARKUP_SUFFIXES = {".html", ".svg", ".xml"}
_XMP = re.compile(rb"<x:xmpmeta.*?</x:xmpmeta>", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_MARKDOWN_LEAD = re.compile(r"^(?:#+|[-*•]|\d+[.)])\s+")
_TREND_TEXTS = ("summary", "international", "national", "meaning")


def fold(text: str) -> str:
    """``text`` as the guard compares it: NFKC, case-folded, control characters out, whitespace collapsed."""
    return _format.plain(unicodedata.normalize("NFKC", text).casefold())


def _pieces(text: str | None) -> Iterator[str]:
    """The paragraphs of ``text`` and their sentences (headings and list items are paragraphs too)."""
    if not text:
        return
    for block in re.split(r"\n\s*\n", text):
        lines = block.splitlines()
        if not any(_MARKDOWN_LEAD.match(line.strip()) for line in lines):
            lines = [block]  # a paragraph: its lines are one text, wrapped
        for line in lines:
            flat = _MARKDOWN_LEAD.sub("", " ".join(line.split()))
            if flat:
                yield from _sentences(flat)


def _sentences(flat: str) -> Iterator[str]:
    """The sentences of a paragraph; a piece of fewer than three words (``Dr.``) joins the next.

    What stays shorter (a heading such as "Vervolg", a tail such as "in ...") is no secret of its
    own: the site writes such words itself. Titles, names and evidence count at any length.
    """
    pending = ""
    for piece in _SENTENCE_END.split(flat):
        pending = f"{pending} {piece}" if pending else piece
        if len(pending.split()) >= MIN_SENTENCE_WORDS:
            yield pending
            pending = ""


@dataclass
class Secrets:
    """The strings an edition at ``access`` may not carry, each with what it is (in Dutch)."""

    access: AccessLevel
    what: dict[str, str] = field(default_factory=dict)  # folded secret → description
    source_ids: set[str] = field(default_factory=set)
    trend_ids: set[str] = field(default_factory=set)
    _automaton: Any = None

    @classmethod
    def collect(cls, store: Store, access: AccessLevel, *, also_public: Iterable[str] = ()) -> Secrets:
        """Every restricted string of ``store`` that no material readable at ``access`` contains."""
        secrets = cls(access)
        if access is AccessLevel.CONFIDENTIAL:
            return secrets
        secrets._gather(store)
        if not secrets.what:
            return secrets
        secrets._compile()
        for text in _public_texts(store, access, also_public):
            for secret in list(secrets._matches(fold(text))):
                secrets.what.pop(secret, None)  # it belongs to readable material too: no secret
        return secrets

    def __bool__(self) -> bool:
        return bool(self.what)  # a secret found in readable material is dropped from ``what``

    def find(self, text: str) -> str | None:
        """What the first secret in ``text`` is (a description, never the secret), or None."""
        for secret in self._matches(fold(text)):
            return self.what[secret]
        return None

    def readable_manifest(self, data: dict[str, Any]) -> dict[str, Any]:
        """An edition manifest without the sources, trends and key figures that are now restricted."""
        if not self:
            return data
        return {
            **data,
            "sources": [
                s for s in data.get("sources", [])
                if s.get("id") not in self.source_ids and not self.find(str(s.get("title", "")))
            ],
            "trends": [
                t for t in data.get("trends", [])
                if t.get("id") not in self.trend_ids and not self.find(str(t.get("title", "")))
            ],
            "key_figures": [
                f for f in data.get("key_figures", [])
                if not self.find(f"{f.get('label', '')} {f.get('value', '')}")
            ],
        }  # fmt: skip

    # ----------------------------------------------------------------- collecting

    def _add(self, text: str | None, what: str) -> None:
        if not text:
            return
        secret = fold(text)
        if len(secret) > MAX_SECRET_CHARS:  # cut at a space: a cut word would not stand on a boundary
            secret = secret[: MAX_SECRET_CHARS + 1].rsplit(" ", 1)[0]
        if any(c.isalpha() for c in secret):
            self.what.setdefault(secret, what)

    def _gather(self, store: Store) -> None:
        hidden = [level.value for level in AccessLevel if not self.access.allows(level)]
        with store.read() as conn:
            for row in conn.execute(sa.select(source_table).where(source_table.c.access.in_(hidden))):
                self._add_source(row)
            query = (
                sa.select(
                    evidence_table.c.source_id,
                    evidence_table.c.kind,
                    evidence_table.c.text,
                    evidence_table.c.data,
                    source_table.c.access,
                )
                .join(source_table, source_table.c.id == evidence_table.c.source_id)
                .where(source_table.c.access.in_(hidden))
            )
            for row in conn.execute(query):
                what = f"bewijs uit bron {row.source_id[:8]} ({row.access})"
                if row.kind != EvidenceKind.FIGURE.value:  # "3 mensen": its sentence is the secret
                    self._add(row.text, what)
                data = row.data if isinstance(row.data, dict) else {}
                for key in ("speaker", "title"):
                    self._add(data.get(key) if isinstance(data.get(key), str) else None, what)
            series = sa.select(series_table.c.indicator, series_table.c.source, series_table.c.access)
            for row in conn.execute(series.where(series_table.c.access.in_(hidden))):
                self._add(row.indicator, f"de naam van een {row.access} reeks")
                self._add_file(row.source, f"het bestand van een {row.access} reeks")
            imports = sa.select(import_table.c.origin, import_table.c.access)
            for row in conn.execute(imports.where(import_table.c.access.in_(hidden))):
                self._add_file(row.origin, f"het bestand van een {row.access} statistiekimport")
        if self.source_ids:  # only evidence of a closed source can make a trend closed
            self._add_trends(store)

    def _add_file(self, origin: str | None, what: str) -> None:
        if origin:
            self._add(origin, what)
            self._add(Path(origin).name, what)

    def _add_source(self, row: Any) -> None:
        self.source_ids.add(row.id)
        about = f"bron {row.id[:8]} ({row.access})"
        self._add(row.title, f"de titel van {about}")
        self._add_file(row.origin, f"de bestandsnaam van {about}")
        for column in ("publisher", "author", "organisation", "url"):
            self._add(getattr(row, column), f"gegevens van {about}")
        for piece in _pieces(row.text):
            self._add(piece, f"tekst uit {about}")

    def _add_trends(self, store: Store) -> None:
        """Trends only restricted material supports; titles computed from restricted evidence."""
        visible = {t.id: t for t in list_trends(store, access=self.access)}
        for trend in list_trends(store, access=AccessLevel.CONFIDENTIAL):
            what = f"trend {trend.id[:8]}, die alleen op niet-openbaar materiaal steunt"
            shown = visible.get(trend.id)
            if shown is None:
                self.trend_ids.add(trend.id)
                self._add(trend.title, what)
                for name in _TREND_TEXTS:
                    for piece in _pieces(getattr(trend, name)):
                        self._add(piece, what)
            elif fold(shown.title) != fold(trend.title):
                self._add(trend.title, f"de titel van trend {trend.id[:8]} uit niet-openbaar materiaal")

    # ----------------------------------------------------------------- matching

    def _compile(self) -> None:
        """One automaton over the first ``ANCHOR_CHARS`` of every secret (a small automaton is built fast)."""
        groups: dict[str, list[str]] = defaultdict(list)
        for secret in self.what:
            groups[secret[:ANCHOR_CHARS]].append(secret)
        automaton = ahocorasick.Automaton()
        for anchor, secrets in groups.items():
            automaton.add_word(anchor, (anchor, tuple(secrets)))
        automaton.make_automaton()
        self._automaton = automaton if groups else None

    def _matches(self, text: str) -> Iterator[str]:
        """Secrets in folded ``text`` that stand on word boundaries (and are still secrets)."""
        if self._automaton is None:
            return
        for end, (anchor, secrets) in self._automaton.iter(text):
            start = end - len(anchor) + 1
            if anchor[0].isalnum() and start > 0 and text[start - 1].isalnum():
                continue
            for secret in secrets:
                stop = start + len(secret)
                if stop < len(text) and secret[-1].isalnum() and text[stop].isalnum():
                    continue
                if secret in self.what and text.startswith(secret, start):
                    yield secret


def restricted_sources(store: Store, access: AccessLevel) -> set[str]:
    """Ids, origins and titles of sources this edition may not read (to drop series built on them)."""
    levels = [level.value for level in AccessLevel if not access.allows(level)]
    if not levels:
        return set()
    query = sa.select(source_table.c.id, source_table.c.origin, source_table.c.title).where(
        source_table.c.access.in_(levels)
    )
    names: set[str] = set()
    with store.read() as conn:
        for row in conn.execute(query):
            names.update(n for n in (row.id, row.origin, Path(row.origin).name, row.title) if n)
    return names


def _public_texts(store: Store, access: AccessLevel, also: Iterable[str]) -> Iterator[str]:
    """Everything readable at ``access``: what may be shown, so no secret."""
    yield from also
    yield from _asset_texts()
    readable = [level.value for level in AccessLevel if access.allows(level)]
    columns = ("text", "title", "origin", "publisher", "author", "role", "organisation", "url", "region")
    with store.read() as conn:
        for row in conn.execute(sa.select(source_table).where(source_table.c.access.in_(readable))):
            yield from (value for name in columns if (value := getattr(row, name)))
            yield Path(row.origin).name
        series = sa.select(series_table.c.indicator, series_table.c.source, series_table.c.region)
        for row in conn.execute(series.where(series_table.c.access.in_(readable))):
            yield from (value for value in row if value)
    for trend in list_trends(store, access=access):
        yield from (trend.title, *(getattr(trend, name) for name in _TREND_TEXTS))


@functools.cache
def _asset_texts() -> tuple[str, ...]:
    """The templates, our own static files and the bundled taxonomies: public by construction."""
    files = [
        *(p for p in TEMPLATES.rglob("*") if p.is_file()),
        *(p for p in STATIC.rglob("*") if p.is_file() and VENDOR not in p.parents),
        *TAXONOMIES.glob("*.yaml"),
    ]
    return tuple(p.read_text(encoding="utf-8", errors="replace") for p in sorted(files))


# --------------------------------------------------------------------------- the output


def emitted_texts(path: Path) -> Iterator[str]:
    """Every string a written file carries, as a reader or a tool would see it."""
    if path.suffix == ".pdf":
        yield from _pdf_texts(path)
        return
    if path.suffix not in TEXT_SUFFIXES:
        return
    raw = path.read_text(encoding="utf-8", errors="replace")
    yield raw
    if path.suffix in MARKUP_SUFFIXES:
        yield html.unescape(raw)
        yield html.unescape(_TAG.sub(" ", raw))
    if path.suffix in JSON_SUFFIXES:
        yield "\n".join(_json_strings(raw))


def _json_strings(raw: str) -> Iterator[str]:
    for match in _JSON_STRING.finditer(raw):
        try:
            value = json.loads(f'"{match.group(1)}"')
        except json.JSONDecodeError:
            continue
        yield value
        yield html.unescape(_TAG.sub(" ", value))


def _pdf_texts(path: Path) -> Iterator[str]:
    """The PDF's text page by page and its metadata (document information and XMP)."""
    yield from (m.decode("utf-8", errors="replace") for m in _XMP.findall(path.read_bytes()))
    document = pdfium.PdfDocument(str(path))
    try:
        yield _pdf_information(document)
        for page in document:
            textpage = page.get_textpage()
            yield textpage.get_text_bounded()
            textpage.close()
            page.close()
    finally:
        document.close()


def _pdf_information(document: pdfium.PdfDocument) -> str:
    """Title, author, subject, keywords, creator and producer of the PDF's document information."""
    try:
        return "\n".join(str(v) for v in document.get_metadata_dict(skip_empty=True).values())
    except (pdfium.PdfiumError, UnicodeDecodeError):
        return ""  # unreadable document information: the XMP packet holds the same


def check_no_leaks(secrets: Secrets, folder: Path) -> None:
    """Raise LeakError naming the file when anything written under ``folder`` carries a secret."""
    if not secrets:
        return
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        found = secrets.find(name)
        if found is None and path.is_file() and "vendor" not in path.parts:
            found = next((w for text in emitted_texts(path) if (w := secrets.find(text))), None)
        if found is not None:
            raise LeakError(
                f"de editie voor toegangsniveau '{secrets.access.value}' bevat {found}",
                path=name,
                hint="De editie is niet geschreven. Meld dit als fout; "
                "controleer intussen de toegang van de bronnen",
            )
