"""Titles of news articles: over a dateline, opening the articles of a compilation or one
article, over a story about one person, and in text whose line breaks were lost (see
:mod:`trendbeeld.extract._flatnews`)."""

from __future__ import annotations

import re
from datetime import date

from trendbeeld import months, newswords
from trendbeeld.extract import _flatnews, _headings, _phrases, lexicon, regions
from trendbeeld.extract._articles import MIN_BODY_WORDS
from trendbeeld.extract._document import Document
from trendbeeld.extract._headline_parts import (
    DATE,
    DATE_RE,
    MAX_TITLE_WORDS,
    MIN_TITLE_WORDS,
    date_of,
    outlet_before,
)
from trendbeeld.model import Headline, Span

# A news dateline opens the first paragraph of an item: "AMSTERDAM - ", "DEN HAAG (ANP) - ", "(ANP) -".
_DATELINE = re.compile(
    r"\n[ \t]*(?:['’]?[A-Z](?:[A-Z'’.]|-(?=[A-Z])){2,}(?:[ /-][A-Z][A-Z'’.]+){0,2}"
    r"(?:[ \t]*\([A-Z][\w.]{1,10}\))?"
    rf"(?:,?[ \t]+(?:{DATE}))?"  # "AMSTERDAM, 12 maart 2019 - "
    r"|\([A-Z][\w.]{1,10}\))[ \t]*[-–—][ \t]+(?=[A-Z0-9“‘\"'])"
)
# A dateline with a place written in lower case: "Eindhoven - ", "Den Bosch – " (a known place).
# (Possessive runs of letters: what follows one is a space, a hyphen or a tab, never a letter, so
# giving letters back finds nothing; the engine no longer tries that on every line of a report.)
_PLACE_DATELINE = re.compile(
    r"\n[ \t]*(?P<place>[A-Z][a-zà-ÿ'’]++(?:[ -][A-Za-z][a-zà-ÿ'’]++){0,2})[ \t]+[-–—][ \t]+(?=[A-Z])"
)
MIN_DATELINE_TITLE_WORDS = 2  # over a dateline a title may be short ("Schietpartij Zuidoost")
_LINE = re.compile(r"[^\n]+")
_SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?\s+[A-ZÀ-Ý]")  # "1 Inleiding", "2.3 Aanpak"
_DATE_LINE_WORDS = 8
MAX_LINES_ABOVE = 5  # a title stands at most this many date, time and byline lines above a dateline
MAX_ARTICLE_CHARS = 12_000  # a single news article is at most this long
MAX_DATASET_ARTICLE_CHARS = 40_000  # a long feature stored as title and one string is one article still
MIN_DATASET_BODY_WORDS = 60  # a title over a shorter paragraph may head a report's summary
# A feed's title may have two sentences ("Sprookjeshuwelijk met crimineel geld. Had Den Bosch dit kunnen
# voorkomen?") over a lead of at most this many characters; a dataset's body is longer.
MIN_DATASET_BODY_CHARS = 600
MAX_LABEL_WORDS = 3  # elsewhere a label in sentence case is this short ("Droge zomer", "Brest")
_BYLINE = re.compile(
    r"[ \t]*(?:Door|Van onze|Bewerkt|Tekst|Foto|Beeld|Gepubliceerd|Aangepast|Laatste update)\b"
)
_TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")
MIN_COMPILATION_TITLES = 2
MIN_SHORT_TITLE_WORDS = 1  # beside longer titles, the title of an article in a compilation may be one word
COMPILATION_SHARE = 0.66  # this share of the blocks of a compilation of articles open with a title


def article_titles(doc: Document) -> list[Headline]:
    """Titles of news items: the line above a dateline ("AMSTERDAM - …"), and in a compilation
    of news articles (articles separated by two blank lines, or a news dataset's records one blank
    line apart, see ``_articles``; each a title line above its body) every article's title.
    Outlet and date come from a caption or date line between title and body, if any. Read on the
    text as given, where the blank lines are."""
    text = doc.source.text
    out: list[Headline] = []
    places = regions.gazetteer().regions
    datelines = [m.start() for m in _DATELINE.finditer(text)]
    datelines += [m.start() for m in _PLACE_DATELINE.finditer(text) if m.group("place") in places]
    for start in sorted(datelines):
        found = _title_above(doc, start)
        if found is not None:
            out.append(found)
    taken = {h.span.start for h in out}
    blocks = [0, *doc.source_articles.opens]  # two blank lines apart, or a news dataset's records
    if len(blocks) < 2:
        if not out and _is_one_article(text):
            # one news article: its first line is its title
            title = _block_title(doc, 0, len(text))
            out.extend([title] if title is not None else [])
        return out
    ends = [*blocks[1:], len(text)]
    titles = [_block_title(doc, start, end) for start, end in zip(blocks, ends, strict=True)]
    titled = [t for t in titles if t is not None]
    if len(titled) < MIN_COMPILATION_TITLES:
        return out
    # In a compilation a title line may be short ("Snelwegongeluk", "Gekantelde truck"): the articles
    # with titles of three words or more show what the first lines are.
    titles = [t or _block_title(doc, start, end, MIN_SHORT_TITLE_WORDS)
              for t, start, end in zip(titles, blocks, ends, strict=True)]
    titled = [t for t in titles if t is not None]
    if len(titled) >= COMPILATION_SHARE * len(titles):
        # most articles have a title line: one whose first line is no title does not undo the others
        out.extend(t for t in titled if t.span.start not in taken)
    return out


# A news-style title of a story about one person, on its own line: a name with the age in
# brackets ("Oma Truus (81) via WhatsApp opgelicht voor 3.000 euro", "Student Mark (23) verloor
# zijn spaargeld aan nepbank"), as web data stories and news features title their cases.
_STORY_TITLE = re.compile(
    r"[^\S\n]*(?P<title>[A-ZÀ-Ý][^\n]{0,80}?(?<![\w-])[A-ZÀ-Ý][a-zà-ÿ]+[ ]?\((?:1[2-9]|[2-9]\d|10\d)\)"
    r"[^\n]{0,120}?)[^\S\n]*\n[^\S\n]*\n"
)


def story_titles(doc: Document) -> list[Headline]:
    """Titles of stories about one named person ("Oma Truus (81) via WhatsApp opgelicht"): a
    line of its own with a name and an age in brackets, with running text under it."""
    text = doc.source.text
    out: list[Headline] = []
    for pos in _headings.paragraph_starts(text):
        line_end = text.find("\n", pos)
        if text.find("(", pos, line_end if line_end >= 0 else len(text)) < 0:
            continue  # the title is one line with the age in brackets: a literal pre-check
        m = _STORY_TITLE.match(text, pos)
        if m is None or not _title_line(m.group("title")):
            continue
        body_end = text.find("\n\n", m.end())
        body = text[m.end() : body_end if body_end >= 0 else len(text)]
        if _at_least_words(body, MIN_BODY_WORDS) and re.search(r"[a-zà-ÿ]\.(?:\s|$)", body):
            out.append(_source_headline(doc, m.start("title"), m.end("title"), None, None))
    return out


_NEWS_DAY = months.NEWS_DAY  # "eiste maandag", "dinsdagavond", "gisteren"
UNWRAPPED_CHARS = 200  # a paragraph of a news article stored as typed is a line at least this long


def _is_one_article(text: str) -> bool:
    """Whether ``text`` is one news article: short, with quotations and "zegt", "aldus" …, or with
    unwrapped paragraphs (one line each, as typed, not as a PDF wraps them) that name a day or
    report speech all the time (reported speech without quotation marks: "zegt de woordvoerder");
    or a title line and a body stored as one string, as a news dataset holds an article."""
    if len(text) > MAX_DATASET_ARTICLE_CHARS:
        return False
    lines = [line for line in text.strip().split("\n") if line.strip()]
    if len(lines) == 2 and _at_least_words(lines[1], MIN_DATASET_BODY_WORDS) and "\n\n" in text.strip():
        return True  # _block_title checks that the first line is a title and the second running text
    if len(text) > MAX_ARTICLE_CHARS:
        return False
    if newswords.SPEECH_AFTER_QUOTE.search(text):
        return True
    lengths = sorted(len(line) for line in lines[1:])
    if not lengths or lengths[len(lengths) // 2] < UNWRAPPED_CHARS:
        return False
    return _NEWS_DAY.search(text) is not None or newswords.reports_speech_throughout(text)


def _title_above(doc: Document, pos: int) -> Headline | None:
    """The title line above the paragraph at ``pos``, over one date or caption line."""
    text = doc.source.text
    when: date | None = None
    outlet: str | None = None
    end = pos
    for _step in range(MAX_LINES_ABOVE):
        lines = [ln for ln in _LINE.finditer(text, max(0, end - 300), end) if ln.group(0).strip()]
        if not lines:
            return None
        line = lines[-1]
        short = _at_most_words(line.group(0), _DATE_LINE_WORDS)
        if _BYLINE.match(line.group(0)) or (short and _TIME.search(line.group(0))):
            end = line.start()  # "Door Jan Smit", "Bewerkt: 12:30"
            continue
        date_m = DATE_RE.search(line.group(0)) if short else None
        if date_m is not None:
            when = when or date_of(date_m.groupdict(), "")
            caption = outlet_before().search(line.group(0), 0, date_m.start())
            if caption is not None:
                outlet = outlet or " ".join((caption.group("outlet") or caption.group("generic")).split())
            end = line.start()
            continue
        if not _title_line(line.group(0), MIN_DATELINE_TITLE_WORDS):
            return None
        # a paragraph longer than a feed's lead under a dateline: an article stored as one string
        line_end = text.find("\n", pos + 1)
        dataset = (line_end if line_end >= 0 else len(text)) - pos > MIN_DATASET_BODY_CHARS
        return _source_headline(doc, line.start(), line.end(), outlet, when, dataset=dataset)
    return None


# A full stop inside a title line, after a word (not an initial, not an abbreviation) or after "?", "!"
# or a closing quotation mark: the words after it are a label the dataset or page added ("… misdaad.
# VAN DE VOORPAGINA", "…, zegt AIVD. jihadisme terreurdreiging", "… niet veilig. Overal
# vechtpartijen", "… door de beugel?. dreigementen politici", "'…'. Interview Rob Jetten"); the title
# is the part before it. A label is in capitals, starts in lower case, or is short (three words at most,
# no longer than the title: "Droge zomer", "Brest"); a longer sentence in sentence case belongs to a
# title of two sentences, as web and feed titles have them ("Exerceren, marcheren en creperen. Bredase
# fotograaf stapt in de voetsporen van Napoleon", "… Sri Lanka. Daders bekend, zegt regering"), and a
# full stop inside a quotation ends no title.
# Over an article stored as one string (a news dataset) the words after the full stop are the printed
# subtitle, rubric or column name however long, and a title may be one word ("Syriëgangers. özcan
# akyol Column").
_LABEL_STOP = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=[?!'’”\"»]))\.[ \t]+(?=\S)")


def _before_label(text: str, start: int, end: int, *, dataset: bool = False) -> int:
    """The end of the title in the line ``text[start:end]``: before a label after a full stop.
    ``dataset``: the line is a news dataset's title over its article, where the first full stop
    after a word ends the title."""
    for m in _LABEL_STOP.finditer(text, start, end):
        before, after = text[start : m.start()], text[m.end() : end]
        if f"{before.rsplit(maxsplit=1)[-1].lower()}." in lexicon.load().abbreviations:
            continue
        if _inside_quotation(before, after):
            continue  # "Vader Anne Faber: ‘Het allerergste vind ik wegkijken. We moeten …’"
        if dataset and _LETTER.search(before):
            return m.start()
        short = len(after.split()) <= min(len(before.split()), MAX_LABEL_WORDS)
        label = after.isupper() or after[:1].islower() or short
        if len(before.split()) >= MIN_DATELINE_TITLE_WORDS and label:
            return m.start()
    return end


_LETTER = re.compile(r"[^\W\d_]{3}")
# Quotation marks that open (at the start, after a space or a colon) and close (after a word, before
# a space, punctuation or the end) a quotation in a title.
_OPENING = re.compile(r"(?:^|(?<=[\s:]))[‘“„'\"]")
_CLOSING = re.compile(r"(?<=\S)[’”'\"](?=[\s.,:;!?]|$)")


def _inside_quotation(before: str, after: str) -> bool:
    """Whether a full stop between ``before`` and ``after`` stands inside a quotation: one opens in
    ``before`` and closes only in ``after``."""
    opened = [m.end() for m in _OPENING.finditer(before)]
    if not opened or _CLOSING.search(before, opened[-1]):
        return False
    return _CLOSING.search(after) is not None


# Kicker words in lower case that a dataset put before a title line ("thierry baudet Heel flink, maar niet
# heus", "aanslag in utrecht iii Hij is een tikkende tijdbom", "de kantonrechter Dat er een pistool …").
_KICKER = re.compile(r"[ \t]*(?:[a-zà-ÿ]+[ \t]+){2,5}(?=[A-ZÀ-Ý][a-zà-ÿ]*(?:[ \t]+\S+){2})")


def _after_kicker(text: str, start: int, end: int) -> int:
    """The start of the title in the dataset title line ``text[start:end]``: after lower-case kicker
    words before a capitalised title of three words or more."""
    m = _KICKER.match(text, start, end)
    return m.end() if m is not None else start


def _source_headline(
    doc: Document, start: int, end: int, outlet: str | None, when: date | None, *, dataset: bool = False
) -> Headline:
    text = doc.source.text
    end = _before_label(text, start, end, dataset=dataset)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Headline(span=Span(doc.source.id, start, end), text=text[start:end],
                    title=_phrases.tidy(text[start:end]), outlet=outlet, date=when,
                    page=doc.source.page_at(start))


def _title_line(line: str, min_words: int = MIN_TITLE_WORDS) -> bool:
    words = line.split(None, MAX_TITLE_WORDS)  # a longer line is no title: split no further
    if len(words) > MAX_TITLE_WORDS:
        return False
    stripped = line.strip()
    return (
        min_words <= len(words) <= MAX_TITLE_WORDS
        and stripped[-1] not in ".:;,"
        and sum(1 for w in words if w[:1].isalpha()) >= min(2, len(words))
        and _LETTER.search(stripped) is not None
        and not _SECTION_NUMBER.match(stripped)
    )


def _block_title(doc: Document, start: int, end: int, min_words: int = MIN_TITLE_WORDS) -> Headline | None:
    """The first line of an article when running text follows it after a blank line, or after
    date, time and byline lines; outlet and date lines may also stand above the title. A title
    over a body stored as one line (a news dataset) ends before the subtitle or label the dataset
    joined to it, and only that title need be a title line."""
    text = doc.source.text
    above = _lines_above_title(text, start, end, min_words)
    if above is None:
        return None
    first, when, outlet = above
    if not _title_or_titled_line(text, first, min_words):
        return None
    separated = False
    pos = first.end()
    for _step in range(MAX_LINES_ABOVE):  # lines after the title: date, time, byline
        m = _LINE.search(text, pos, end)
        if m is None:
            return None
        separated = separated or "\n\n" in text[pos : m.start()].replace(" ", "").replace("\t", "")
        found = _meta_line(m.group(0).strip())
        if found is None:
            break
        when, outlet = when or found[0], outlet or found[1]
        separated, pos = True, m.end()
    rest = text[pos:end]
    body = _at_least_words(rest, MIN_BODY_WORDS)
    if not separated or not body or not re.search(r"[a-zà-ÿ]\.(?:\s|$)", rest):
        return None
    # a body stored as one string, longer than a feed's lead: the title line is a news dataset's title
    dataset = "\n" not in rest.strip() and len(rest.strip()) > MIN_DATASET_BODY_CHARS
    if not dataset and not _title_line(first.group(0), min_words):
        return None
    start = _after_kicker(text, first.start(), first.end())
    return _source_headline(doc, start, first.end(), outlet, when, dataset=dataset)


def _title_or_titled_line(text: str, line: re.Match[str], min_words: int) -> bool:
    """Whether ``line`` is a title line, or a title line once a label a dataset joined to it is cut
    off ("Yago wie?. Profiel Yago R.")."""
    if _title_line(line.group(0), min_words):
        return True
    cut = _before_label(text, line.start(), line.end(), dataset=True)
    return _title_line(text[line.start() : cut], min_words)


def _lines_above_title(
    text: str, start: int, end: int, min_words: int
) -> tuple[re.Match[str], date | None, str | None] | None:
    """The title line of the block ``text[start:end]`` over the outlet, date and byline lines
    that may stand above it, with their date and outlet; None if another line stands there."""
    when: date | None = None
    outlet: str | None = None
    first = _LINE.search(text, start, end)
    for _step in range(MAX_LINES_ABOVE):
        if first is None:
            break
        if _title_or_titled_line(text, first, min_words) and not DATE_RE.search(first.group(0)):
            break
        found = _meta_line(first.group(0).strip())
        if found is None:
            return None
        when, outlet = found[0] or when, found[1] or outlet
        first = _LINE.search(text, first.end(), end)
    return None if first is None else (first, when, outlet)


def _meta_line(line: str) -> tuple[date | None, str | None] | None:
    """A line of news metadata: a date (with an outlet before it), a time, an outlet alone or a
    byline; its date and outlet. None for any other line."""
    short = _at_most_words(line, _DATE_LINE_WORDS)  # a body line is long: count no further
    date_m = DATE_RE.search(line) if short else None
    if date_m is not None:
        caption = outlet_before().search(line, 0, date_m.start())
        outlet = " ".join((caption.group("outlet") or caption.group("generic")).split()) if caption else None
        return date_of(date_m.groupdict(), ""), outlet
    if line in lexicon.load().outlets:
        return None, line
    if _BYLINE.match(line) or (short and _TIME.search(line)):
        return None, None
    return None


def _at_most_words(text: str, limit: int) -> bool:
    """``len(text.split()) <= limit``, splitting no further than ``limit`` words (a body is long)."""
    return len(text.split(None, limit)) <= limit


def _at_least_words(text: str, limit: int) -> bool:
    """``len(text.split()) >= limit``, splitting no further than ``limit`` words."""
    return len(text.split(None, limit - 1)) >= limit


def flat_titles(doc: Document) -> list[Headline]:
    """Titles before a dateline inside a line ("… halen AMSTERDAM - De …"): line breaks lost."""
    text = doc.source.text
    return [_source_headline(doc, s, e, None, None) for s, e in _flatnews.dateline_titles(text)
            if _title_line(text[s:e], MIN_DATELINE_TITLE_WORDS)]


FLAT_LINE_CHARS = 3000  # a text whose longest line is this long has lost its line breaks
MIN_GLUED_TITLE_WORDS = 4  # shorter runs before a glued sentence are subheads or labels
MAX_GLUED_TITLE_WORDS = 16  # a longer run is a title and a sentence whose start was not seen


def is_flat_news(text: str) -> bool:
    """News (quotations with "zegt", days named) that lost its line breaks: one line, or a line
    longer than any paragraph."""
    longest = max(len(line) for line in text.strip().split("\n"))
    flat = longest >= FLAT_LINE_CHARS or "\n" not in text.strip()
    return flat and bool(newswords.SPEECH_AFTER_QUOTE.search(text) or _NEWS_DAY.search(text))


def glued_titles(doc: Document) -> list[Headline]:
    """The title of flattened news: the words that open the text before a sentence that starts
    without a full stop ("Gemeente wil minder inbraken in binnenstad De gemeente wil …")."""
    text = doc.source.text
    found = _flatnews.opening_title(text)
    if found is None or not _title_line(text[found[0] : found[1]], MIN_GLUED_TITLE_WORDS):
        return []
    if len(text[found[0] : found[1]].split()) > MAX_GLUED_TITLE_WORDS:
        return []
    return [_source_headline(doc, found[0], found[1], None, None)]
