"""Running news text, which has no sections, and text whose line breaks were lost.

News articles have no section titles (shared/gold/dev/CONVENTIONS.md): their subheads are no
sections, nor are the titles of the articles in a compilation. These layouts give news away
without any heading being read:

- a **compilation**: articles separated by two blank lines, most of them a title line, a blank
  line and a body of unwrapped paragraphs (one line each);
- a **news article**: unwrapped paragraphs (one line each, as typed) that tell the time by the day
  ("eiste maandag", "dinsdagavond", "gisteren"), at least once per DAY_CHARS characters, or report
  speech all the time ("zegt", "aldus", once per ``newswords.SPEECH_CHARS``), and no numbered
  headings. Reports date by the calendar, not by the day of the week, and quote now and then.

A text of **article lines**, whose paragraphs are whole articles or pages (a dataset that stores
each article as one string, a conversion that lost the paragraph breaks), far longer than any
paragraph of a report, has its headings inside its lines, if anywhere (see
:mod:`trendbeeld.themes._flatsections`).
"""

from __future__ import annotations

import re

from trendbeeld import months, newswords

ARTICLE_BREAK = re.compile(r"\n[ \t]*\n[ \t]*\n\s*")
MIN_ARTICLES = 2
COMPILATION_SHARE = 0.75  # this share of the articles opens with a title line over a body
MAX_TITLE_WORDS = 20
UNWRAPPED_CHARS = 200  # an article's first body line is at least this long (not wrapped)
ARTICLE_LINE_CHARS = 2000  # the median paragraph of a text of article lines is at least this long
MIN_PARAGRAPH_CHARS = 80
DAY_CHARS = 5000
NEWS_DAY = months.NEWS_DAY
NUMBERED_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-ZÀ-Ý][^\n]{0,80}$")
_TITLE_LINE = re.compile(
    r"[^\S\n]*[A-ZÀ-Ý0-9‘“'\"„][^\n]*[^\s.:;,][^\S\n]*\n[^\S\n]*\n[^\S\n]*(?P<body>[^\n]+)"
)


def is_news(text: str) -> bool:
    """Whether ``text`` is a compilation of news articles or one news article."""
    return _is_compilation(text) or _is_news_article(text)


def lost_line_breaks(text: str) -> bool:
    """Whether the paragraphs of ``text`` are whole articles or pages, with no numbered heading on
    a line of its own: its headings, if any, stand inside the lines."""
    return has_article_lines(text) and NUMBERED_LINE.search(text) is None


def _is_news_article(text: str) -> bool:
    paragraphs = sorted(len(line) for line in text.split("\n") if len(line.strip()) >= MIN_PARAGRAPH_CHARS)
    if not paragraphs or paragraphs[len(paragraphs) // 2] < UNWRAPPED_CHARS or NUMBERED_LINE.search(text):
        return False
    days = len(NEWS_DAY.findall(text))
    return days >= max(1, len(text) / DAY_CHARS) or newswords.reports_speech_throughout(text)


def _is_compilation(text: str) -> bool:
    articles = [a for a in ARTICLE_BREAK.split(text) if a.strip()]
    if len(articles) < MIN_ARTICLES:
        return False
    titled = sum(1 for article in articles if _opens_with_title(article))
    return titled >= COMPILATION_SHARE * len(articles)


def _opens_with_title(article: str) -> bool:
    """A title line, a blank line and an unwrapped body paragraph."""
    m = _TITLE_LINE.match(article.lstrip("\n"))
    if m is None:
        return False
    title = article.lstrip("\n")[: m.start("body")].split()
    return len(title) <= MAX_TITLE_WORDS and len(m.group("body")) >= UNWRAPPED_CHARS


def has_article_lines(text: str) -> bool:
    """Whether the paragraphs of ``text`` are whole articles, or its line breaks were lost."""
    paragraphs = sorted(len(line) for line in text.split("\n") if len(line.strip()) >= MIN_PARAGRAPH_CHARS)
    return bool(paragraphs) and paragraphs[len(paragraphs) // 2] >= ARTICLE_LINE_CHARS
