"""The articles of a text: where each article of a compilation begins, read once per text.

A compilation of news articles, or a report whose chapters stand apart, separates its articles
by two blank lines (a blank line may hold spaces or tabs): "… schoot uit zelfverdediging.\\n\\n\\n
Weer een laken op straat". A compilation stored as a news dataset's records has one blank line
between its records instead, each a title line, a blank line and its body as one unwrapped line
("Vluchter in auto botst tegen huis\\n\\nDe politie heeft zaterdag …\\n\\nMeer camera's …"): the
whole text alternates a short line and a long one (a report with a heading over more than one
paragraph anywhere is none), and the blank line before each title is a break.

Every rule that asks which article a position is in — a speaker named in another article is
nobody's speaker here, a title names the place of its own article's figures, a year read in one
article is not another's — asks :func:`of` for the text it reads.

The source (``doc.clean.source``, the text as given) and the clean text (``doc.text``) are two
texts with breaks of their own: cleaning makes bullets line breaks (national-2020: 76 breaks in
the clean text, none in the source) and joins a line that opens with a capital to the blank line
above it ("\\n\\n Weer een laken op straat": news compilations keep their breaks in the source
only). :attr:`Document.articles` and :attr:`Document.source_articles` are the two readings.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from trendbeeld.extract._headline_parts import MAX_TITLE_WORDS

# Two blank lines or more; the whitespace after them up to the next article's first character.
_BREAK = re.compile(r"\n(?:[ \t]*+\n){2,}+(?P<space>\s*+)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*+\n(?P<space>\s*+)")  # one blank line or more
MIN_BODY_WORDS = 25  # an article under a title has at least this much running text
MIN_RECORDS = 2  # a compilation stored as records has at least two
_bisect_left, _bisect_right = bisect.bisect_left, bisect.bisect_right


@dataclass(frozen=True, slots=True)
class Articles:
    """The article breaks of one text, in text order. Break ``i`` begins at ``starts[i]`` (the line
    break that ends the article before it), its blank lines end at ``ends[i]`` and the next
    article's first character (after any further whitespace) is at ``opens[i]``."""

    starts: list[int]
    ends: list[int]
    opens: list[int]

    def start_at(self, pos: int, begin: int = 0) -> int:
        """Where the article holding ``pos`` begins, looking back no further than ``begin``: the end
        of the last break that lies wholly in ``begin:pos``, else ``begin``."""
        i = _bisect_right(self.ends, pos) - 1
        return self.ends[i] if i >= 0 and self.starts[i] >= begin else begin

    def end_at(self, pos: int, end: int) -> int:
        """Where the article holding ``pos`` ends: where the first break from ``pos`` on begins, else
        ``end`` (the end of the text)."""
        i = _bisect_left(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else end

    def index(self, pos: int) -> int:
        """The break the article holding ``pos`` comes after (``-1``: the text's first article), where
        a break counts from where it begins (its blank lines belong to the next article)."""
        return _bisect_right(self.starts, pos) - 1

    def around(self, pos: int, end: int) -> tuple[int, int]:
        """Where the break before the article holding ``pos`` begins (``0``: the text's first article)
        and where the break after it begins (``end``: the end of the text)."""
        i = self.index(pos)
        return (self.starts[i] if i >= 0 else 0), (self.starts[i + 1] if i + 1 < len(self.starts) else end)

    def between(self, start: int, end: int) -> bool:
        """Whether a break lies wholly in ``start:end``: another article begins in between."""
        i = _bisect_left(self.starts, start)
        return i < len(self.starts) and self.ends[i] <= end


# The clean text and the source of the document read now and of the one before: the figures, quotes
# and headlines of one document read the same breaks, and a long-running process keeps two documents.
KEPT_TEXTS = 4
_kept: dict[int, tuple[str, Articles]] = {}  # id(text) -> (text, its breaks); the text keeps its id


def of(text: str) -> Articles:
    """The article breaks of ``text`` (a document's clean text or its source), read once: the rules
    ask about the same text object again and again, so the few texts read last are kept by identity
    (no comparison of a long text with an equal one read before)."""
    kept = _kept.get(id(text))
    if kept is not None and kept[0] is text:
        return kept[1]
    starts: list[int] = []
    ends: list[int] = []
    opens: list[int] = []
    for m in _BREAK.finditer(text):
        starts.append(m.start())
        ends.append(m.start("space"))
        opens.append(m.end())
    articles = Articles(starts, ends, opens) if starts else _records(text)
    while len(_kept) >= KEPT_TEXTS:
        del _kept[next(iter(_kept))]  # the text read first
    _kept[id(text)] = (text, articles)
    return articles


def _records(text: str) -> Articles:
    """The breaks of a compilation stored as a news dataset's records, one blank line apart (see
    above): the blank line before each record's title. No breaks when the text is not so built (it
    is read paragraph by paragraph: most texts fail at the first or second)."""
    none = Articles([], [], [])
    breaks: list[re.Match[str]] = []  # the blank lines before the titles but the first
    count = pos = 0
    before: re.Match[str] | None = None
    gaps = _PARAGRAPH_BREAK.finditer(text)
    while True:
        gap = next(gaps, None)
        paragraph = text[pos : len(text) if gap is None else gap.end()].strip()
        if gap is None and count and not paragraph:
            break  # the blank lines that end the text
        if "\n" in paragraph:
            return none
        if count % 2:  # a body: one line of running text
            if len(paragraph.split(None, MIN_BODY_WORDS - 1)) < MIN_BODY_WORDS:
                return none
        elif len(paragraph.split(None, MAX_TITLE_WORDS)) > MAX_TITLE_WORDS:
            return none  # a title: one line of at most MAX_TITLE_WORDS words
        elif count and before is not None:
            breaks.append(before)
        count += 1
        if gap is None:
            break
        before, pos = gap, gap.end()
    if count < 2 * MIN_RECORDS or count % 2:
        return none
    return Articles([m.start() for m in breaks], [m.start("space") for m in breaks],
                    [m.end() for m in breaks])
