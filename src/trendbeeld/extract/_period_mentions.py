"""Periods written out in a text and their role: "2018", "juni 2020", "2012-2017", "tussen 2012 en
2017", "eerste helft van 2020", each a :class:`Mention`.

A year in a comparison ("ten opzichte van 2017", "dan in 2017", "sinds 2014", "(2017: 183)",
"tegenover 88% in 2017") is the *base* of a change, not the period of the other figures of its
sentence. A year that is part of a name ("Strategisch Omgevingsbeeld 2020") and an amount that
looks like a year ("1960 euro") are no periods (a numbered heading "2 Resultaten 2020" is no name);
a session year ("vergaderjaar 2018–2019") and the year of a reference to a parliamentary paper or
gazette ("Kamerstukken II 1989/90, 21 427, nr. 3", "Stb. 1988, 12") are furniture. A full date
("9 november 2020") is marked ``dated``: it dates a text, it is not carried. Years side by side
with nothing but spaces between them ("2018  2017") are a table's column heads, marked ``column``.
A school or season year "2018/19" is the span "2018-2019".

Used by :mod:`trendbeeld.extract._periods`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from trendbeeld import months
from trendbeeld.extract import _period_words, _scan, lexicon
from trendbeeld.extract._context import Found, periods_in
from trendbeeld.extract._document import Document

YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "tussen 2012 en 2017", "van 2015 tot en met 2019": one period.
# Words that make a year part of a longer period ("juni 2020", "eerste helft van 2019").
_PERIOD_WORDS = (
    "helft", "kwartaal", "maand", "maanden", "zomer", "winter", "voorjaar", "najaar", "herfst", "lente",
)
_PERIOD_WORD_ENDS = tuple(months.names()) + _PERIOD_WORDS  # how the word before a year ends
_PERIOD_WORD_BEFORE = re.compile(
    rf"(?i:{months.alternation()}|{'|'.join(_PERIOD_WORDS)})\s+(?:van\s+)?\Z"
)
PERIOD_WORD_CHARS = 30
_PLAIN_YEAR = re.compile(r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?(?!\d)")
_YEAR_SPAN = re.compile(
    r"(?:19|20)\d\d\s+(?:en|tot(?:\s+en\s+met)?|t/m)\s+(?:19|20)\d\d(?!\d)", re.IGNORECASE
)
# "hoger dan in 2017 (642)": the bracketed figure after a base year is that year's.
_BRACKET_AFTER = re.compile(r"\s*\(\s*(?=[\d€])")
# Words before a year that make it the base of a comparison ("tegen 2030" is a deadline).
_BASE_BEFORE = re.compile(
    r"(?:\b(?:in\s+vergelijking\s+met|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.|tegenover"
    r"|dan|als\s+in|sinds|sedert)\s+(?:in\s+|het\s+jaar\s+|eind\s+|begin\s+)?|\(\s*"
    # "net zo gespannen als op het vorige hoogtepunt in 2008", "hoger dan bij de meting in 2015"
    r"|\b(?:dan|als)\s+(?:op|bij|tijdens|na)\s+(?:het|de|een)\s+(?:[^\W\d_]+\s+){1,3}in\s+"
    # a part of the year: "dan in het eerste halfjaar van 2022", "t.o.v. de eerste helft van 2022"
    r"|\b(?:dan|als|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.|tegenover)\s+(?:in\s+)?(?:de|het)\s+"
    r"(?:(?:eerste|tweede|derde|vierde|laatste|[1-4]e)\s+(?:helft|halfjaar|kwartaal)\s+(?:van\s+)?)?)\Z",
    re.IGNORECASE,
)
# The words the alternatives of _BASE_BEFORE end with, before their white space.
_BASE_ENDS = (
    "met", "van", "t.o.v.", "tegenover", "dan", "in", "sinds", "sedert", "jaar", "eind", "begin", "de", "het",
    "halfjaar", "kwartaal",
)
# A comparison whose own figure stands between its opening word and its year:
# "tegenover 88% in 2017", "tegen 39 in heel 2018".
_AGAINST_FIGURE = re.compile(
    r"\b(?:tegenover|tegen|vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.)\s+(?:[^,;:.()]|[.,](?=\d)){1,40}?\s+in\s+(?:heel\s+)?\Z",
    re.IGNORECASE,
)
# "(2017: 183)": the year labels the figure after it and is the base for the others.
_LABEL_AFTER = re.compile(r"\s*:")
# A year right after a capitalised word inside a line is part of a name ("Omgevingsbeeld 2020").
NAME_BEFORE = re.compile(r"(?<=[^\s\n.!?:])[ ][A-ZÀ-Ý][\w-]+[ ]\Z")  # wider spaces: table columns
# The number of a section heading before its one-word title: "2 Resultaten 2020", "3.1 Criminaliteit
# 2020" is a heading of the year, like "Resultaten 2020" alone on its line (no name).
_SECTION_NUMBER = re.compile(
    r"[^\S\n]*(?:(?:hoofdstuk|paragraaf|§)[^\S\n]*)?\d{1,2}(?:\.\d{1,2}){0,3}\.?", re.IGNORECASE
)
_MONTH_OR_SEASON = re.compile(
    rf"(?i:{months.alternation()}|voorjaar|najaar|zomer|winter|begin|eind|medio|halverwege)"
)
_DAY_BEFORE = re.compile(r"\b\d{1,2}\s+\Z")
# The reference day of a clause: a full date after "op" or "per" ("Op 31 december 2022 waren er 29
# duizend maatregelen", "het aantal inwoners per 1 januari 2024"): the time of what the sentence
# tells, carried to the figures after it like a year (a dateline or a letter's date stands alone).
_REFERENCE_DAY = re.compile(r"(?<![^\W\d_])(?:op|per)\s+\d{1,2}\s+\Z", re.IGNORECASE)
REFERENCE_DAY_CHARS = 10  # "per 31 " before the month
LABEL_CHARS = 12  # "(2017: 183)": the labelled figure starts this close after the year
_WORDS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Mention:
    """A period named in the text: clean ``start:end``, its normalised text, and whether it is
    the base year of a comparison (``base``), with the start of that comparison's own figure."""

    start: int
    end: int
    period: str
    base: bool
    # A base year still is the period of a figure that starts in ``owner_from:owner_to``.
    owner_from: int = -1
    owner_to: int = -1
    dated: bool = False  # a full date ("9 november 2020") dates a text; it is not carried
    reference: bool = False  # but a full date after "op"/"per" is a clause's reference day: carried
    whole: bool = False  # "tegen 39 in heel 2018": the base is a whole year, the others run after it
    column: bool = False  # a table's column head ("2018  2017"): it dates the columns, not the text after


    def owns(self, found: Found) -> bool:
        return self.owner_from <= found.start < self.owner_to

    def carries(self) -> bool:
        """Does it date the figures after it? Not a base year, nor a full date other than the
        reference day of a clause ("Op 31 december 2021 waren er …")."""
        return not self.base and (not self.dated or self.reference)


def earliest(period: str) -> int:
    years = [int(y) for y in YEAR.findall(period)]
    return min(years) if years else 0


def latest(period: str) -> int:
    years = [int(y) for y in YEAR.findall(period)]
    return max(years) if years else 0


def explicit(doc: Document) -> list[Mention]:
    """Years and periods written out ("2018", "juni 2020", "2012-2017"), names left out."""
    text = doc.text
    out: list[Mention] = []
    covered = 0
    for d in doc.digits:
        if d < covered or not text.startswith(("19", "20"), d) or not YEAR.match(text, d):
            continue
        session = _period_words.session_end(text, d)
        if session is not None:  # "Tweede Kamer, vergaderjaar 2018–2019": a running head, no period
            covered = session
            continue
        m = _YEAR_SPAN.match(text, d)
        lo = max(covered, d - PERIOD_WORD_CHARS)
        if m is None and _may_name_period(text[lo:d]) and _PERIOD_WORD_BEFORE.search(text, lo, d):
            # "eerste helft van 2020", "juni 2019"
            for p in periods_in(doc, max(covered, d - 60), min(len(text), d + 40)):
                if p.start() > d:
                    break  # the matches that follow start later still: none holds the year
                if d < p.end():
                    m = p
                    break
        m = m or _PLAIN_YEAR.match(text, d)
        if m is None or _period_words.AMOUNT_AFTER.match(text, m.end()):
            continue  # "1960 euro", "2098 mensen": an amount, not a year
        covered = m.end()
        if NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()) and not _MONTH_OR_SEASON.match(
            text, m.start()
        ):
            space = text.rfind(" ", 0, m.start() - 1)
            word = text[space + 1 : m.start()].strip()
            if (not _MONTH_OR_SEASON.fullmatch(word) and word.lower() not in _period_words.YEAR_PREPOSITIONS
                    and not _SECTION_NUMBER.fullmatch(text, text.rfind("\n", 0, space) + 1, space)):
                continue  # "Strategisch Omgevingsbeeld 2020": part of a name ("Geweld In 2018" is not)
        named = mention(text, m.start(), m.end(), _normalise(m.group(0)))
        if _DAY_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            reference = _REFERENCE_DAY.search(text, max(0, m.start() - REFERENCE_DAY_CHARS), m.start())
            named = replace(named, dated=True, reference=reference is not None)
        out.append(named)
    return _column_heads(text, out)


def _may_name_period(window: str) -> bool:
    """Whether ``_PERIOD_WORD_BEFORE`` may match at the end of ``window``: it ends with white space
    after a word that ends like a month or a period word (perhaps with "van" after it), a cheap test
    before the pattern. A word that is not ASCII is left to the pattern."""
    return _scan.may_end_with(window, _PERIOD_WORD_ENDS, "van")


def _column_heads(text: str, found: list[Mention]) -> list[Mention]:
    """Years side by side with only spaces or line breaks between them ("Waarvan ingekocht  2018
    2017", "2018\n\n2017"): the column heads of a table, marked ``column``."""
    heads = {
        i for j in range(1, len(found))
        for i in (j - 1, j)
        if found[j - 1].period.isdigit() and found[j].period.isdigit()
        and not text[found[j - 1].end : found[j].start].strip()
    }
    return [replace(m, column=True) if i in heads else m for i, m in enumerate(found)]


def mention(text: str, start: int, end: int, period: str) -> Mention:
    """A period with its role: the base of a comparison or not."""
    before = text[max(0, start - 60) : start]
    # both patterns end with white space after a few words: a cheap test of the last word first
    against = _AGAINST_FIGURE.search(before) if _scan.may_end_with(before, ("in",), "heel") else None
    if against is not None and _names_amount(against.group(0)):
        # "tegenover 88% in 2017": the year of the figure after the comparison word (not "geweld
        # tegen de politie is in 2018 toegenomen": no amount between)
        whole = before.rstrip().lower().endswith("heel")
        return Mention(start, end, period, True, start - len(before) + against.start(), start, whole=whole)
    if text.startswith("(", start - 1) and _LABEL_AFTER.match(text, end):  # "(2017: 183)"
        return Mention(start, end, period, True, end, end + LABEL_CHARS)
    if _may_be_base(before) and _BASE_BEFORE.search(before) and not text.startswith("(", start - 1):
        bracket = _BRACKET_AFTER.match(text, end)
        if bracket is not None:
            return Mention(start, end, period, True, bracket.end(), bracket.end() + 1)
        return Mention(start, end, period, True)
    return Mention(start, end, period, False)


def _may_be_base(before: str) -> bool:
    """Whether ``_BASE_BEFORE`` may match at the end of ``before``: after an opening bracket, or after
    white space that follows one of the words its alternatives end with (a non-ASCII word is left
    to the pattern)."""
    return before.rstrip().endswith("(") or _scan.may_end_with(before, _BASE_ENDS, "")


def _names_amount(words: str) -> bool:
    """Whether the comparison ``words`` hold an amount: a digit or a number word ("tegen 25 in",
    "tegen twaalf in"). Only a bare "tegen" needs one: "tegen de politie" is no comparison, and
    "vergeleken met de winst van de LPF in 2001" is one without an amount."""
    if not words[:6].lower().startswith("tegen ") or any(c.isdigit() for c in words):
        return True
    numbers = lexicon.load().number_words
    return any(w in numbers for w in _WORDS.findall(words.lower()))


_SHORT_RAW = re.compile(r"\d{4}[/–-]\d\d(?!\d)")  # written without spaces ("2018 - 20 procent" is no span)
_SHORT_END = re.compile(r"\b(?P<century>19|20)(?P<first>\d\d)-(?P<end>\d\d)\Z")


def _normalise(raw: str) -> str:
    period = " ".join(raw.split())
    if re.search(r"\d{4}\s*(?:[–/-]|en|tot|t/m)", period):
        period = re.sub(r"\s*[–/-]\s*|\s+(?:en|tot(?:\s+en\s+met)?|t/m)\s+", "-", period)
        short = _SHORT_END.search(period) if _SHORT_RAW.search(raw) else None
        if short is not None:  # a school or fiscal year "2018/19", a season "2018-19": 2018-2019
            century, first, end = short["century"], short["first"], short["end"]
            if end > first:
                period = f"{period[: short.start()]}{century}{first}-{century}{end}"
    return period
