"""The articles of a text: where each article of a compilation begins, read once per text.

A compilation of news articles, or a report whose chapters stand apart, separates its articles
by two blank lines (a blank line may hold spaces or tabs): "… schoot uit zelfverdediging.\\n\\n\\n
Weer een laken op straat". Every rule that asks which article a position is in — a speaker
named in another article is nobody's speaker here, a title names the place of its own article's
figures, a year read in one article is not another's — asks :func:`of` for the text it reads.

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

# Two blank lines or more; the whitespace after them up to the next article's first character.
_BREAK = re.compile(r"\n(?:[ \t]*+\n){2,}+(?P<space>\s*+)")
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
    articles = Articles(starts, ends, opens)
    while len(_kept) >= KEPT_TEXTS:
        del _kept[next(iter(_kept))]  # the text read first
    _kept[id(text)] = (text, articles)
    return articles
