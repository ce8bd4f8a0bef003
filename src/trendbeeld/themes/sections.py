"""Sections (hoofdstukken en paragrafen): the headings of a report, each with the text it introduces.

Reports reach us as plain text (PDF text layers, Word files, Markdown), so headings are found from
layout, not from styles:

- A **section heading** is a short phrase in sentence case at the start of a block that is followed
  by body text: either in the same block (the heading's wrapped lines continue in lower case, the
  body starts with a capital) or in the next block. Markdown headings (``## Titel``) count too.
- A **chapter heading** is a short block on its own, followed by another heading rather than by
  body text. When it names a theme of the taxonomy, the sections under it get that theme.
- Headings without body text (tables of contents, summary pages) are not sections; a title that
  recurs is reported once, where its body is.

A section's theme is its chapter's theme when the chapter names one; otherwise the theme whose
profile (see :mod:`trendbeeld.themes.assign`) best matches the heading and its body text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from trendbeeld.model import Section, Source, Span, Taxonomy
from trendbeeld.sources.repair import unwrap
from trendbeeld.stemming import stems
from trendbeeld.themes.profiles import Profiles

MAX_TITLE_CHARS = 110
MAX_TITLE_WORDS = 16
MAX_TITLE_LINES = 3
MIN_BODY_CHARS = 120
# A heading never ends in a word that needs a continuation.
OPEN_ENDINGS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "van",
        "voor",
        "in",
        "op",
        "met",
        "aan",
        "door",
        "tot",
        "om",
        "te",
        "bij",
        "naar",
        "over",
        "als",
        "dan",
        "dat",
        "die",
        "dit",
        "deze",
        "zijn",
        "haar",
        "hun",
        "is",
        "zijn",
        "wordt",
        "werd",
        "niet",
        "ook",
        "maar",
        "nog",
    ]
)
NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+")
MARKDOWN = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
BULLET = re.compile(r"^[•\-–*·\u25aa\uf0b7]")
CHAPTER_OVERLAP = 0.5
MAX_CHAPTER_CHARS = 40
QUOTE_MARKS = "“„\"'‘«"


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    raw: str

    @property
    def text(self) -> str:
        return self.raw.strip()


@dataclass(frozen=True, slots=True)
class _Heading:
    lines: tuple[_Line, ...]
    body: str
    level: int

    @property
    def title(self) -> str:
        return unwrap([line.raw for line in self.lines]).strip()


def _blocks(text: str) -> Iterator[list[_Line]]:
    """Runs of non-blank lines, with their offsets; a page break (form feed) also ends a run."""
    block: list[_Line] = []
    offset = 0
    for raw in text.split("\n"):
        for piece in raw.split("\f"):
            end = offset + len(piece)
            if piece.strip():
                block.append(_Line(offset, end, piece))
            if (not piece.strip() or end < offset + len(raw)) and block:
                yield block
                block = []
            offset = end + 1
    if block:
        yield block


def _is_title_start(line: str) -> bool:
    line = NUMBERING.sub("", line)
    return bool(line) and line[0].isupper() and not BULLET.match(line)


def _title_ok(lines: list[_Line]) -> bool:
    title = unwrap([line.raw for line in lines]).strip()
    words = title.split()
    if not words or len(title) > MAX_TITLE_CHARS or len(words) > MAX_TITLE_WORDS:
        return False
    if title[-1] in ".,;:!?“”\"'(" or title[0] in "“\"'(":
        return False
    if re.search(r"[.!?]\s", title):
        return False  # a sentence ends inside: this is body text
    if sum(ch.isdigit() for ch in title) > len(title) / 4:
        return False  # a line of figures or page numbers
    return words[-1].lower() not in OPEN_ENDINGS


def _is_chapter_line(line: _Line) -> bool:
    return (
        line.raw[:1].isspace()
        and len(line.text) <= MAX_CHAPTER_CHARS
        and _is_title_start(line.text)
        and _title_ok([line])
    )


def _is_body(text: str) -> bool:
    """Running text (not a quotation): long enough and with at least one full sentence."""
    return (
        len(text) >= MIN_BODY_CHARS
        and text[:1] not in QUOTE_MARKS
        and bool(re.search(r"[a-zà-ÿ)’”]\s*[.!?](\s|$)", text))
    )


def _wrapped_sentence(head: list[_Line], rest: list[_Line]) -> bool:
    """Whether the 'heading' is the first line of running text that wraps at a capitalised word."""
    width = max(len(x.text) for x in rest)
    return len(rest) >= 2 and len(head[-1].text) >= 0.85 * width


def _split(block: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """A block's leading heading lines (sentence-case wrap) and the lines after them."""
    if not _is_title_start(block[0].text):
        return [], block
    head = [block[0]]
    for line in block[1:]:
        first = line.text[:1]
        if len(head) >= MAX_TITLE_LINES or not (first.islower() or head[-1].text[-1:] in "-\u00ad"):
            break
        head.append(line)
    return head, block[len(head) :]


def _headings(text: str) -> Iterator[_Heading | list[_Line]]:
    """Section headings, and chapter candidates (short blocks without body), in text order."""
    blocks = list(_blocks(text))
    for i, block in enumerate(blocks):
        markdown = MARKDOWN.match(block[0].text)
        if markdown:
            line = block[0]
            offset = line.raw.index(markdown.group(2))
            heading = _Line(
                line.start + offset, line.start + offset + len(markdown.group(2)), markdown.group(2)
            )
            body = " ".join(x.text for x in block[1:]) or (
                " ".join(x.text for x in blocks[i + 1]) if i + 1 < len(blocks) else ""
            )
            yield _Heading((heading,), body, len(markdown.group(1)))
            continue
        head, rest = _split(block)
        if (
            len(block) > 1
            and _is_chapter_line(block[-1])
            and i + 1 < len(blocks)
            and _split(blocks[i + 1])[0]
        ):
            yield [block[-1]]  # a running chapter label at the foot of a block, before a new heading
        if not head or not _title_ok(head):
            continue
        if rest:
            body = " ".join(x.text for x in rest)
            if _is_body(body) and not _wrapped_sentence(head, rest):
                yield _Heading(tuple(head), body, 2)
            continue
        following = blocks[i + 1] if i + 1 < len(blocks) else []
        body = " ".join(x.text for x in following)
        if following and not _split(following)[0] and _is_body(body):
            yield _Heading(tuple(head), body, 2)
        elif len(head) <= 2:
            yield head


def _chapter_theme(lines: list[_Line], taxonomy: Taxonomy) -> str | None:
    """The top-level theme a chapter heading names, if it names one."""
    title = set(stems(unwrap([x.raw for x in lines])))
    best, best_overlap = None, 0.0
    for theme in taxonomy.themes:
        if theme.parent:
            continue
        name = set(stems(theme.name)) - {"en"}
        overlap = len(title & name) / len(name) if name else 0.0
        if overlap > best_overlap and overlap >= CHAPTER_OVERLAP and len(title) <= len(name) + 2:
            best, best_overlap = theme.key, overlap
    return best


def sections(source: Source, taxonomy: Taxonomy | None = None) -> list[Section]:
    """The sections of ``source``; with a taxonomy, each gets a theme and that theme's impact."""
    profiles = Profiles.build(taxonomy) if taxonomy else None
    by_key = {t.key: t for t in taxonomy.themes} if taxonomy else {}
    found: dict[str, Section] = {}
    chapter: str | None = None
    for heading in _headings(source.text):
        if not isinstance(heading, _Heading):
            if taxonomy is not None:
                chapter = _chapter_theme(heading, taxonomy) or chapter
            continue
        title = heading.title
        theme_key: str | None = None
        if taxonomy is not None and profiles is not None:
            theme_key = chapter or profiles.best_top(f"{title}. {title}. {heading.body}")
        theme = by_key.get(theme_key) if theme_key else None
        start, end = heading.lines[0].start, heading.lines[-1].end
        start += len(heading.lines[0].raw) - len(heading.lines[0].raw.lstrip())
        end -= len(heading.lines[-1].raw) - len(heading.lines[-1].raw.rstrip())
        found[title.casefold()] = Section(
            span=Span(source.id, start, end),
            text=source.text[start:end],
            title=title,
            level=heading.level,
            theme=theme.name if theme else None,
            impact=theme.impact if theme else None,
            page=source.page_at(start),
        )
    return sorted(found.values(), key=lambda s: s.span.start)
