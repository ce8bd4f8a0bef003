"""The year a text is written in and whether it is an annual report.

The current year of a text is the year of its source date, else one read from the text itself:
a dateline near its start ("Den Haag, 12 maart 2019", "Datum: 3 april 2020"; not an event's date
in a sentence: "Op 14 juli 2016 rijdt …"), the year in which its weekdays with dates
fall ("op dinsdag 12 februari"), a title year ("Omgevingsbeeld 2020", "Jaarplan 2024"; "Jaarverslag
2018" is a report on 2018, written in 2019), else the year after the year the text names most often, when
it names that year at least twice (a year named once is an event's year: "In 2011 werd hij
ontslagen") or is an annual report. An annual report says so ("voor u ligt het (financieel)
jaarverslag", "in dit jaarverslag"), has the title "Jaarverslag 2018" on its first lines, or
repeats a running header ("NS jaarverslag 2018", "Enexis | Jaarverslag 2018 |"). A plan for one
year ("Jaarplan 2024" alone on its first line, "Belastingdienst Jaarplan 2024", "Werkplan 2023",
"Begroting 2024", or such a running header) is written for that year: that year is now, and the
period of its figures that name none. A monitor of one year ("Veiligheidsmonitor 2021" as its title
or running header) reports on that year, like an annual report.

Used by :mod:`trendbeeld.extract._periods`.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterator

from trendbeeld import months
from trendbeeld.extract import _gazetteer, lexicon
from trendbeeld.extract._cues import lemma
from trendbeeld.extract._document import Document
from trendbeeld.extract._period_mentions import NAME_BEFORE, YEAR, Mention, latest
from trendbeeld.extract._period_words import YEAR_PREPOSITIONS

# A report on the year in its title is written the year after ("Jaarverslag 2018" in 2019); a plan
# for the year ("Jaarplan 2024", "Begroting 2024") is written in or just before it: its year is now.
_REPORT_TITLE = re.compile(
    r"(?i:jaar(?:verslag|verantwoording|rapport|bericht|overzicht)\w*|verslag)[ ]+\Z"
)
_ANNUAL = r"jaar(?:verslag|verantwoording|rapport|bericht)(?:en)?"
_ANNUAL_REPORT_SELF = re.compile(
    # "voor u ligt het eerste Financieel Jaarverslag"
    rf"\b(?:voor\s+u\s+ligt\s+(?:het|de|ons|onze)(?:\s+[^\W\d_]+){{0,2}}|in\s+(?:dit|deze|ons|onze)"
    rf"|(?:dit|deze)\s+)\s*{_ANNUAL}\b",
    re.IGNORECASE,
)
# "NS jaarverslag 2018", "Enexis | Jaarverslag 2018 |" on a line of its own
_ANNUAL_REPORT_HEADER = re.compile(
    rf"[^\S\n]*(?:[^\W\d_][\w&.-]*[^\S\n]+(?:[|–—-][^\S\n]+)?){{0,3}}{_ANNUAL}[^\S\n]+(?:19|20)\d\d"
    r"[^\S\n]*(?:[|–—-][^\S\n]*)?",
    re.IGNORECASE,
)
HEADER_REPEATS = 2
HEADER_CHARS = 60
# A plan for one year: its title ("Jaarplan 2024" alone on a line, "Belastingdienst Jaarplan 2024",
# "Werkplan 2023 Team Handhaving", "Begroting 2024") on a line of its own near the start, or repeated
# as a running header ("Jaarplan 2024 | Belastingdienst"). It is written for that year: the year is
# now, and the period of its figures that name none ("We nemen 40 nieuwe medewerkers aan").
_PLAN_WORDS = (
    "jaarplan", "begroting", "werkplan", "jaarprogramma", "werkprogramma", "jaaragenda", "werkagenda",
)
PLAN_HEADER_WORDS = 2  # running headers are looked for with "jaarplan" and "begroting" only
# White space in a title: the year may stand on the next line ("Jaarplan Belastingdienst\n2024").
_TITLE_SPACE = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
_PLAN_TITLE = re.compile(
    r"[^\S\n]*(?:[^\W\d_][\w&.-]*[^\S\n]+(?:[|–—-][^\S\n]+)?){0,3}"
    rf"(?:(?:jaar|werk)(?:plan|programma|agenda)|begroting)(?:{_TITLE_SPACE}[^\W\d_][\w&.-]*){{0,2}}"
    rf"{_TITLE_SPACE}(?P<year>(?:19|20)\d\d)(?:[^\S\n]*[|–—-])?(?:[^\S\n]+[^\W\d_][\w&.-]*){{0,3}}[^\S\n]*",
)
# A monitor of one year ("Veiligheidsmonitor 2021", "Monitor Criminaliteit Bedrijfsleven 2018") reports
# on that year, like an annual report: its figures that name no period are of that year.
_MONITOR_WORDS = ("monitor",)
_MONITOR_TITLE = re.compile(
    r"[^\S\n]*(?:[^\W\d_][\w&.-]*[^\S\n]+(?:[|–—-][^\S\n]+)?){0,3}[^\W\d_]*monitor"
    rf"(?:{_TITLE_SPACE}[^\W\d_][\w&.-]*){{0,3}}{_TITLE_SPACE}(?P<year>(?:19|20)\d\d)"
    r"(?:[^\S\n]*[|–—-])?(?:[^\S\n]+[^\W\d_][\w&.-]*){0,3}[^\S\n]*",
)
SELF_CHARS = 50
_ANNUAL_WORD = re.compile(r"jaar(?:verslag|verantwoording|rapport|bericht)")
_WEEKDAYS = months.WEEKDAYS
# What stands before the "dag" of a weekday (each weekday holds "dag" once, at its end).
_WEEKDAY_STEM = re.compile(r"(?:maan|dins|woens|donder|vrij|zater|zon)\Z")
WEEKDAY_STEM_CHARS = len("donder")
_WEEKDAY_DATE = re.compile(
    r"(?P<weekday>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+(?P<day>\d{1,2})\s+"
    rf"(?P<month>{months.alternation()})\b"
)
# What may stand before the day of a dateline on its line: a place and a comma, a label, a weekday.
_DATELINE = re.compile(
    r"[^\S\n]*(?:(?:(?:['’]s-)?[^\W\d_][\w'.-]*[^\S\n]+){0,3}(?:['’]s-)?[^\W\d_][\w'.-]*,[^\S\n]*)?"
    r"(?:datum:?[^\S\n]*)?"
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)[^\S\n]+)?\d{1,2}[^\S\n]+",
    re.IGNORECASE,
)
_YEAR_IN = re.compile(r"(?:19|20)\d\d")
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d")
TITLE_CHARS = 600  # the title year is looked for this far into the text
# A letter's own date further down, after the heads of a parliamentary paper: a place dateline on a
# line of its own ("'s-Gravenhage, 12 maart 1987"), the date of receipt ("(Ontvangen 2 februari 1990)")
# or of adoption ("Vastgesteld 5 maart 1987").
OWN_DATE_CHARS = 2000
# OCR may drop the hyphen of "'s-" or set a space before the comma ("'s Gravenhage , 2 april 1990").
_PLACE_DATELINE = re.compile(
    r"[^\S\n]*(?:['’]s[- ])?[^\W\d_][\w'.-]*(?:[^\S\n]+[^\W\d_][\w'.-]*){0,2}[^\S\n]?,[^\S\n]*\d{1,2}[^\S\n]+"
)
# ... and the date on which written questions were sent in ("(Ingezonden 14 december 1989)").
_S_WITHOUT_HYPHEN = re.compile(r"\A['’]s[- ]")
_RECEIVED = re.compile(r"\b(?:ontvangen|vastgesteld|ingezonden)[^\S\n]+\d{1,2}[^\S\n]+\Z", re.IGNORECASE)
RECEIVED_CHARS = 16
GUESS_TIMES = 2  # the year named most often gives the current year only when named this often
# Words of a sentence about the future, and words before a deadline year ("tegen 2030", "vóór 2025"):
# such a later year does not show that the text was written after it.
_FUTURE = re.compile(
    r"\b(?:zal|zullen|zou|zouden|moet|moeten|wil|willen|gaat|(?<!\bte\s)gaan|verwacht\w*|voorspel\w*|prognose\w*"
    r"|raming\w*|plan\w*|doel\w*|ambitie\w*|streef\w*|beoog\w*|komende?|volgende?)\b",
    re.IGNORECASE,
)
_GO = frozenset(("gaat", "gaan"))  # a future only with an infinitive: "gaat … controleren"
_EN_WORD = re.compile(r"\b[^\W\d_]{2,}en\b")
_BY_YEAR = re.compile(
    r"\b(?:tegen|v[oó]{2}r|uiterlijk|richting|tot|per|vanaf|na)\s+(?:eind\s+|begin\s+)?\Z", re.IGNORECASE
)
BY_YEAR_CHARS = 20
# A whole year ("in heel 2018") and words of a count so far ("dit jaar al", "inmiddels") in its sentence.
_WHOLE_YEAR = re.compile(r"\b(?:heel|geheel|het\s+hele(?:\s+jaar)?)\s+\Z", re.IGNORECASE)
WHOLE_CHARS = 16
_LAST_YEAR = re.compile(r"\b(?:vorige?|verleden)\s+jaar\b", re.IGNORECASE)
_SO_FAR = re.compile(r"\b(?:dit\s+jaar|al|inmiddels|tot\s+nu\s+toe|tot\s+dusver)\b", re.IGNORECASE)
# A capitalised word before a year that opens a time, not a name ("In 1990 opende ik", "Uiterlijk 2030
# moet"): no title year.
_TIME_WORD_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(YEAR_PREPOSITIONS))}|uiterlijk|v[oó]{{2}}r|richting|per)\s+\Z", re.IGNORECASE
)


def is_annual_report(text: str) -> bool:
    """In lower-case ``text``: "voor u ligt het (financieel) jaarverslag", "in dit jaarverslag", a
    title "Jaarverslag 2018" on a line of its own near the start, or a running header such as "NS
    jaarverslag 2018" or "Enexis | Jaarverslag 2018 |" on two lines of their own."""
    headers: Counter[str] = Counter()
    for word in _ANNUAL_WORD.finditer(text):  # a literal search: fast on long texts
        line_start = text.rfind("\n", max(0, word.start() - HEADER_CHARS), word.start()) + 1
        line_end = text.find("\n", word.end(), word.end() + HEADER_CHARS + 1)  # bounded: no rescans
        if line_end < 0:
            line_end = min(len(text), word.end() + HEADER_CHARS + 1)
        if _ANNUAL_REPORT_SELF.search(text, max(0, word.start() - SELF_CHARS), word.end()):
            return True
        short = line_end - line_start <= HEADER_CHARS
        if short and _ANNUAL_REPORT_HEADER.fullmatch(text, line_start, line_end):
            if line_start < TITLE_CHARS:
                return True  # the text's own title: "Jaarverslag 2018" on its first lines
            headers[text[line_start:line_end].strip()] += 1
    return any(n >= HEADER_REPEATS for n in headers.values())


def plan_year(text: str) -> int | None:
    """In lower-case ``text``: the year of a plan for one year, its title ("Jaarplan 2024", "Belastingdienst
    Jaarplan 2024", the plan word and the year on two lines) on a line of its own near the start, or
    a running header ("Jaarplan 2024 | Belastingdienst") on HEADER_REPEATS lines of their own; None for
    any other text (a span "Jaarplan 2023-2024" is a school year's plan, not one year's)."""
    return _titled_year(text, _PLAN_WORDS, _PLAN_TITLE, PLAN_HEADER_WORDS)


def monitor_year(text: str) -> int | None:
    """In lower-case ``text``: the year of a monitor's title ("Veiligheidsmonitor 2021") or running
    header, as :func:`plan_year` reads a plan's."""
    return _titled_year(text, _MONITOR_WORDS, _MONITOR_TITLE)


def _titled_year(
    text: str, words: tuple[str, ...], title_pattern: re.Pattern[str], header_words: int = 1
) -> int | None:
    """The year of a title that holds one of ``words`` and matches ``title_pattern`` on a line of its
    own within TITLE_CHARS (its year perhaps on the next line), or of such a running header that
    stands on HEADER_REPEATS lines (looked for with the first ``header_words`` of ``words`` only: a
    literal scan of a long text per word)."""
    headers: Counter[int] = Counter()
    head = TITLE_CHARS + HEADER_CHARS
    found = _occurrences(text, words[:header_words]) + _occurrences(text[:head], words[header_words:])
    for start, end in sorted(found):
        line_start = text.rfind("\n", max(0, start - HEADER_CHARS), start) + 1
        line_end = text.find("\n", end, end + HEADER_CHARS + 1)
        if line_end < 0 and len(text) <= end + HEADER_CHARS:
            line_end = len(text)  # the text's last line
        if line_end >= 0 and line_start < TITLE_CHARS and not _YEAR_IN.search(text, start, line_end):
            line_end = text.find("\n", line_end + 1, line_end + HEADER_CHARS + 1)  # the year on the next line
        if line_end < 0 or line_end - line_start > 2 * HEADER_CHARS:
            continue
        title = title_pattern.fullmatch(text, line_start, line_end)
        if title is None or (line_start >= TITLE_CHARS and "\n" in title.group(0)):
            continue
        if line_start < TITLE_CHARS:
            return int(title["year"])  # the text's own title
        headers[int(title["year"])] += 1
    repeated = [year for year, times in headers.items() if times >= HEADER_REPEATS]
    return repeated[0] if len(repeated) == 1 else None


def _occurrences(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each of the literal ``words`` in ``text``, in text order."""
    out = []
    for word in words:
        pos = text.find(word)
        while pos >= 0:
            out.append((pos, pos + len(word)))
            pos = text.find(word, pos + len(word))
    return sorted(out)


def current_year(doc: Document, explicit: list[Mention], annual: bool = False) -> int | None:
    """The source's year, else the year of a full date near the start of the text (a letter's or
    a news item's date), else (not in an annual report, whose comparisons are with the years
    before the one it reports on) the year after a whole year that a count so far is compared
    with or two years after the year that "vorig jaar" is compared with, else the year a weekday
    with a date fits ("dinsdag 12 februari"), else a title year, else the year after the one
    named most often."""
    date = doc.source.meta.date
    if date is not None:
        return date.year
    dated = _own_date(doc, explicit)
    if dated is not None:  # "Den Haag, 12 maart 2019", "Datum 3 april 2020": the text's own date
        return latest(dated.period)
    so_far = None if annual else _year_to_date(doc, explicit)
    if so_far is not None:  # "dit jaar al bijna 90 meldingen, waar dat er in heel 2018 218 waren": 2019
        return so_far
    against = None if annual else _last_year_against(doc, explicit)
    if against is not None:  # "vorig jaar 193 kwekerijen, 36 procent minder dan in 2017": 2019
        return against
    return _guessed(doc, explicit, annual)


def _last_year_against(doc: Document, explicit: list[Mention]) -> int | None:
    """Two years after the year that "vorig jaar" is compared with in one sentence ("Er zijn vorig
    jaar meer meldingen gedaan dan in 2017"): last year is the year after the one it is compared
    with, and the text is written the year after that."""
    text = doc.text
    for m in explicit:
        if not m.base or not m.period.isdigit():
            continue
        sentence = doc.sentence_at(m.start)
        if _LAST_YEAR.search(text, sentence.start, sentence.end):
            return int(m.period) + 2
    return None


def _guessed(doc: Document, explicit: list[Mention], annual: bool) -> int | None:
    """The year a weekday with a date fits, else a title year, else the year after the one named
    most often (twice at least, or in an annual report), counting the years of past events only:
    not a year in a sentence about the future ("In 2030 moet …") nor a deadline ("tegen 2030")."""
    text = doc.text
    counts = Counter(
        int(y) for m in explicit if not m.base and not of_future(doc, m) for y in YEAR.findall(m.period)
    )
    weekday_year = _weekday_year(doc.lower if doc.lower is not None else text.lower(), counts)
    if weekday_year is not None:
        return weekday_year
    for m in YEAR.finditer(text, 0, min(len(text), TITLE_CHARS)):
        if NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()) and not _TIME_WORD_BEFORE.search(
            text, max(0, m.start() - BY_YEAR_CHARS), m.start()
        ):
            report = _REPORT_TITLE.search(text, max(0, m.start() - 30), m.start())
            return int(m.group(0)) + (1 if report else 0)
    if not counts:
        return None
    year = max(counts, key=lambda y: (counts[y], y))
    # A year named once is an event's year, not the year before the text was written ("In 2011
    # werd hij ontslagen … Vorig jaar …" in news of 2019): no current year is guessed from it.
    # (an annual report that names its year once still reports on it.) Nor when the text names a
    # past year after the guess ("de verkiezingen van 1994 … in 1994 … In 2014 won …"): the year
    # named most often is an older event's, not last year's.
    if not (counts[year] >= GUESS_TIMES or annual) or (not annual and _named_later(doc, explicit, year + 1)):
        return None
    return year + 1


def _year_to_date(doc: Document, explicit: list[Mention]) -> int | None:
    """The year after a whole year that a figure so far is compared with ("nu al bijna evenveel
    schietpartijen als in heel 2018", "inmiddels 1,4 miljoen euro, tegen 800.000 euro in heel
    2018"): the text is written in the year after it."""
    text = doc.text
    for m in explicit:
        if not m.period.isdigit() or not _WHOLE_YEAR.search(text, max(0, m.start - WHOLE_CHARS), m.start):
            continue
        sentence = doc.sentence_at(m.start)
        if _SO_FAR.search(text, sentence.start, sentence.end):
            return int(m.period) + 1
    return None


def _named_later(doc: Document, explicit: list[Mention], guess: int) -> bool:
    """Does the text name a year after ``guess`` outside a comparison and outside a sentence
    about the future ("In 2030 moet de uitstoot gehalveerd zijn", "tegen 2030")?"""
    return any(not m.base and latest(m.period) > guess and not of_future(doc, m) for m in explicit)


def says_future(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word of the future, a plan or an aim ("gaan", "zullen",
    "willen", "verwachten", "doel", "streven")."""
    return _FUTURE.search(text, start, end) is not None


def of_future(doc: Document, m: Mention) -> bool:
    """Is ``m`` a deadline ("tegen 2030") or the latest year named in a sentence about the future
    ("In 2030 moet de uitstoot gehalveerd zijn"; not 2018 in "dat 2019 hetzelfde zal zijn als 2018")?"""
    text = doc.text
    if _BY_YEAR.search(text, max(0, m.start - BY_YEAR_CHARS), m.start):
        return True
    sentence = doc.sentence_at(m.start)
    if not _about_future(text, sentence.start, sentence.end):
        return False
    year = latest(m.period)
    return all(int(y) <= year for y in YEAR.findall(text, sentence.start, sentence.end))


def _about_future(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold a word of the future? "gaat"/"gaan" only in a sentence with an
    infinitive ("gaat de politie vaker controleren"): a main verb with its particle is no future
    ("Zo gaat in 2016 een vluchteling met een mes tekeer in een trein", "als het gaat om …")."""
    for future in _FUTURE.finditer(text, start, end):
        if future.group(0).lower() not in _GO or _infinitive_in(text, start, end, future.start()):
            return True
    return False


def _infinitive_in(text: str, start: int, end: int, skip: int) -> bool:
    """An infinitive in ``text[start:end]`` other than the word at ``skip``: a word in -en that is its
    own lemma and no function word (a present plural passes too: it reads as before)."""
    function_words = lexicon.load().function_words
    for word in _EN_WORD.finditer(text, start, end):
        low = word.group(0).lower()
        if word.start() != skip and low not in function_words and lemma(low) == low:
            return True
    return False


def date_year(doc: Document, explicit: list[Mention]) -> int | None:
    """The year of the source's date, else of a full date near the start of its text."""
    if doc.source.meta.date is not None:
        return doc.source.meta.date.year
    dated = _own_date(doc, explicit)
    return latest(dated.period) if dated is not None else None


def _own_date(doc: Document, explicit: list[Mention]) -> Mention | None:
    """A full date near the start of the text that opens its line, alone or after a place or a
    label ("Den Haag, 12 maart 2019", "Datum: 3 april 2020"): the text's own date. Not a date in a
    sentence of the news ("Op 14 juli 2016 rond 23 uur rijdt …"): the date of an event. Lines are
    read in the source: cleaning joins the lines of a double-spaced text."""
    source = doc.clean.source
    for m in explicit:
        if m.start >= OWN_DATE_CHARS:
            return None
        if not m.dated:
            continue
        at = doc.clean.source_offset(m.start)
        if _RECEIVED.search(source, max(0, at - RECEIVED_CHARS), at):
            return m  # "Nr. 5 MEMORIE VAN ANTWOORD (Ontvangen 12 maart 1987)"
        line = source.rfind("\n", 0, at) + 1
        if _DATELINE.fullmatch(source, line, at) and (
            m.start < TITLE_CHARS or _PLACE_DATELINE.fullmatch(source, line, at)
        ):
            return m
    return None


def datelines(doc: Document, explicit: list[Mention]) -> list[tuple[int, int]]:
    """The own dates of the letters in a text, in order, as (start, year): a place dateline on a
    line of its own ("'s-Gravenhage, 12 maart 1990") or a date of receipt ("(Ontvangen 2 februari
    1990)") or of questions sent in ("(Ingezonden 14 december 1989)"), wherever they stand. In a
    file of several letters each is dated by its own. The place must be one ("NRC, 23 november
    2020" under a quotation cites a newspaper: no letter's date)."""
    source = doc.clean.source  # its lines: cleaning joins those of a double-spaced text
    out: list[tuple[int, int]] = []
    for m in explicit:
        if not m.dated:
            continue
        at = doc.clean.source_offset(m.start)
        line = source.rfind("\n", 0, at) + 1
        comma = source.find(",", line, at)
        place = source[line:comma] if comma >= 0 else ""  # no comma: no place (and no copy of the rest)
        if _RECEIVED.search(source, max(0, at - RECEIVED_CHARS), at) or (
            _PLACE_DATELINE.fullmatch(source, line, at) and _is_place(place)
        ):
            out.append((m.start, latest(m.period)))
    return out


def _is_place(name: str) -> bool:
    """Whether ``name`` before a dateline's comma is a place ("'s-Gravenhage", OCR "'s Gravenhage")."""
    name = _S_WITHOUT_HYPHEN.sub("'s-", " ".join(name.split()))
    gaz = _gazetteer.gazetteer()
    return _gazetteer.known(name, gaz) or name in gaz.places


def _weekday_year(low: str, counts: Counter[int]) -> int | None:
    """The year in which the weekdays of dates without a year fall ("op dinsdag 12 februari"),
    among the years around those the text names; None when no such date or no single fit."""
    if not counts:
        return None
    candidates = range(min(counts) - 1, max(counts) + 2)
    votes: Counter[int] = Counter()
    for m in _weekday_dates(low):
        if _YEAR_AFTER.match(low, m.end()):
            continue  # a full date says its year itself
        weekday, day, month = _WEEKDAYS.index(m["weekday"]), int(m["day"]), months.number(m["month"])
        fits = [y for y in candidates if _weekday(y, month, day) == weekday]
        if len(fits) == 1:
            votes[fits[0]] += 1
    return max(votes, key=lambda y: (votes[y], y)) if votes else None


def _weekday_dates(low: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_WEEKDAY_DATE` in ``low``, in order: looked for only at the weekdays,
    found by a literal search for the "dag" that ends each of them (a fast scan of a long text)."""
    pos = low.find("dag")
    while pos >= 0:
        stem = _WEEKDAY_STEM.search(low, max(0, pos - WEEKDAY_STEM_CHARS), pos)
        if stem is not None:
            m = _WEEKDAY_DATE.match(low, stem.start())
            if m is not None:
                yield m
        pos = low.find("dag", pos + 3)


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return datetime.date(year, month, day).weekday()
    except ValueError:
        return None
