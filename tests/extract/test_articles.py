"""The articles of a compilation: one reading of where each article begins (extract._articles)."""

from __future__ import annotations

from pathlib import Path

from trendbeeld.extract import _articles, _speakers
from trendbeeld.extract._document import analyse
from trendbeeld.model import Source, SourceMeta

FIRST = "Schietpartij in Zuidoost\n\nDe man schoot uit zelfverdediging, zegt zijn advocaat."
SECOND = "Weer een laken op straat\n\nBewoners hangen opnieuw lakens op, meldt de gemeente."


def test_two_blank_lines_part_articles_one_does_not() -> None:
    text = f"{FIRST}\n\n\n{SECOND}"
    articles = _articles.of(text)
    at = len(FIRST)
    assert (articles.starts, articles.ends, articles.opens) == ([at], [at + 3], [at + 3])
    assert text[articles.opens[0]:].startswith("Weer een laken")
    assert _articles.of(FIRST).starts == []  # a title and its body: one blank line


def test_a_blank_line_may_hold_spaces_and_the_next_article_opens_after_them() -> None:
    text = f"{FIRST}\n \t\n\n  {SECOND}"
    articles = _articles.of(text)
    at = len(FIRST)
    assert (articles.starts, articles.ends, articles.opens) == ([at], [at + 5], [at + 7])


def test_more_blank_lines_are_one_break() -> None:
    text = f"{FIRST}\n\n\n\n\n{SECOND}"
    articles = _articles.of(text)
    assert articles.starts == [len(FIRST)]
    assert articles.ends == articles.opens == [len(FIRST) + 5]


def test_where_the_article_holding_a_position_begins() -> None:
    text = f"{FIRST}\n\n\n{SECOND}"
    articles = _articles.of(text)
    second = text.index("Weer")
    assert articles.start_at(text.index("Bewoners")) == second
    assert articles.start_at(text.index("advocaat")) == 0
    assert articles.start_at(text.index("Bewoners"), begin=second + 1) == second + 1  # looks back no further
    # as the speakers' rules ask it: a reach back from the position
    assert _speakers.article_start(text, text.index("Bewoners"), 5000) == second
    assert _speakers.article_start(text, text.index("Bewoners"), 10) == text.index("Bewoners") - 10


def test_where_the_article_holding_a_position_ends() -> None:
    text = f"{FIRST}\n\n\n{SECOND}"
    articles = _articles.of(text)
    assert articles.end_at(text.index("advocaat"), len(text)) == len(FIRST)
    assert articles.end_at(text.index("Bewoners"), len(text)) == len(text)


def test_a_break_between_two_positions() -> None:
    text = f"{FIRST}\n\n\n{SECOND}"
    articles = _articles.of(text)
    assert articles.between(text.index("advocaat"), text.index("Bewoners"))
    assert not articles.between(text.index("Bewoners"), len(text))
    assert not articles.between(len(FIRST) + 1, len(text))  # a break cut in two is none


def test_the_clean_text_and_the_source_each_have_their_reading() -> None:
    # cleaning makes a bullet a line break: under a blank line that reads as a break in the clean
    # text, where the source has one blank line
    text = "Betekenis voor de regio\n\n• Democratie en persoonlijke vrijheden staan onder druk.\n"
    doc = analyse(Source(id="s", origin="s.txt", text=text, meta=SourceMeta(title="t")))
    assert doc.source_articles.starts == []
    assert doc.articles.starts == [len("Betekenis voor de regio")]
    assert doc.articles is _articles.of(doc.text)
    assert doc.source_articles is _articles.of(doc.clean.source)


def test_no_other_module_reads_article_breaks_of_its_own() -> None:
    words = ("ARTICLE_BREAK", "article_breaks", r"\n\n\n")  # the names and pattern each had before
    package = Path(_articles.__file__).parent
    own = [p.name for p in package.glob("*.py") if p.name != "_articles.py"
           and any(word in p.read_text(encoding="utf-8") for word in words)]
    assert own == []


BODY = ("De politie heeft zaterdag in het centrum een man aangehouden na een achtervolging door de stad. "
        "Hij reed met hoge snelheid door rood en botste tegen een geparkeerde auto. Niemand raakte "
        "gewond, meldt een woordvoerder.")
TITLES = ["Vluchter in auto botst tegen huis", "Meer camera's bij het station", "Brand in loods"]


def test_a_news_datasets_records_one_blank_line_apart_are_articles() -> None:
    text = "\n\n".join(f"{title}\n\n{BODY}" for title in TITLES) + "\n\n"
    articles = _articles.of(text)
    assert [text[o:].split("\n", 1)[0] for o in articles.opens] == TITLES[1:]
    assert [text[s:e] for s, e in zip(articles.starts, articles.ends, strict=True)] == ["\n\n", "\n\n"]
    assert articles.start_at(text.index("Brand") + 10) == text.index("Brand")


def test_text_not_built_of_records_has_no_breaks() -> None:
    one = f"{TITLES[0]}\n\n{BODY}"
    assert _articles.of(one).starts == []  # one article
    two_paragraphs = f"{TITLES[0]}\n\n{BODY}\n\n{BODY}\n\n{TITLES[1]}\n\n{BODY}"
    assert _articles.of(two_paragraphs).starts == []  # a heading over two paragraphs: a report
    short = "\n\n".join(f"{title}\n\nDe politie zoekt getuigen." for title in TITLES)
    assert _articles.of(short).starts == []  # a title over a lead, not over a body
