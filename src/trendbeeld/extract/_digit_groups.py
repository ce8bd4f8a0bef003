"""Numbers whose thousands are grouped by a space, as Statistics Netherlands (CBS) and much of the
Rijksoverheid write them: ``28 450 jongeren``, ``Nederland telde 17 590 672 inwoners``, ``per 1 000
inwoners``, ``5 000 tot 10 000 inwoners`` (the space often a no-break or thin space: U+00A0,
U+202F, U+2009).

Cleaning writes such a number with the dots of the usual Dutch grouping (``28.450``, same length),
so every pattern that reads digits later (amounts, table cells, trend numbers, the ``per 1.000``
unit) reads one number, not its last group. A group is 1–3 digits followed by groups of exactly
3 digits, each after ONE space of the source; never across a tab (a cell boundary of a web table
copied as text: ``28 450<TAB>29 300`` are two cells, each grouped), a line break or two spaces
(columns of text converted with its layout), never after a longer run of digits (``in 2019 300
zaken`` is 300), not at the end of a row of a table whose runs of spaces were made one
(``Ontvangen meldingen 120 135`` are two cells), and not in the numbers of parliamentary papers
(``Kamerstuk 35 200``, ``vergaderjaar 2018–2019, 35 200, nr. 1``, ``(31 475)``).

A web page or PDF table flattened to text prints a row on one line, its cells apart by single spaces,
under a head row of years ("2014 2015 2016 2017 2018 2019 t/m Q2" over "Vernieling - Totaal 1073 999
766 594 673 334"): such digits are a row of cells, not one number (:func:`_cells_of_row`), when the
line's numbers, read one per space, are as many as the head's years (and read grouped they are not),
or when the grouped reading is implausible as a number: more than four groups ("265 259 326 377 440",
no count runs to trillions), or a leading group of three digits and three or more groups
("486 507 267": hundreds of millions) at the end of a line of cells, not after a currency sign.

A web table copied as text has its cells apart by tabs ("Beginstand (1-1-2022)<TAB>28 450<TAB>29 300"):
a line whose last cell follows a tab is a row, and its line break stays (:func:`tab_row_ends`), so
the next row is not read as running text after it.
"""

from __future__ import annotations

import re

from trendbeeld.extract import _table_heads

_SPACES = " \xa0\u202f\u2009"
# The first digit opens the pattern so the regex engine skips ahead to digits. Not after a letter,
# digit, decimal mark or slash ("A2 300", "2019 300", "3,5 000"); after a dash it may be the end of
# a range ("5 000-10 000"). Not before a letter, a digit or a decimal dot; a number may be followed
# by the next cell of a row whose spaces were made one ("Totaal 31 335 12 965"). Phone numbers
# ("06 123 456 78", "020 555 1234") open with a 0 (:data:`_PHONE_BEFORE`) or end in four digits.
_GROUPED = re.compile(
    rf"[1-9](?<![\w.,/][1-9])\d{{0,2}}(?:[{_SPACES}]\d{{3}})+"
    rf"(?![^\W_]|\.\d)"
)
# The area code before a phone number's groups ("06 123 456 78", "020 555 12 34"), not a cell.
_PHONE_BEFORE = re.compile(r"(?<![\w.,])(?<!\d[ ])0[1-9]\d{0,2}[ -]\Z")
PHONE_LOOK_BACK = 5  # "0123 "
# Parliamentary papers: a dossier number of five digits written 2 + 3, with its "nr." after it,
# after "Kamerstuk(ken)" or alone in brackets.
_PAPER_AFTER = re.compile(r"[ ]?,?[ ]*nr\b|\)", re.IGNORECASE)
_PAPER_BEFORE = re.compile(
    r"(?:kamerstuk(?:ken)?|kamerstukken\s+ii|dossier)[ ]*(?:nr\.?[ ]*)?\Z", re.IGNORECASE
)
PAPER_LOOK_BACK = 24
# A row label before its cells: words without digits or sentence punctuation, at most this long.
LABEL_CHARS = 60
_LABEL = re.compile(r"[ ]*[^\W\d_][^\d\n.!?;:,]*[ ]")
# Words that number what follows them ("week 3", "artikel 3", "groep 8", "fase 2", "nr. 4"; not "per
# week 1 500").
_NUMBERING_WORD = re.compile(
    r"(?<![^\W\d_])(?<!per )(?<!elke )(?<!iedere )"
    r"(?:week|dag|groep|klas|fase|stap|ronde|etappe|artikel|art\.|lid|hoofdstuk|paragraaf|figuur|tabel|bijlage|pagina|blz\.|p\.|nr\.|nummer|versie|route|lijn|bus|categorie|editie|jaargang)"
    r"[ \xa0]*\Z",
    re.IGNORECASE,
)
NUMBERING_LOOK_BACK = 16
_LINE_END = re.compile(r"[ ]*%?[ ]*(?:\n|\Z)")
# A sentence, no row label, ends in a preposition, verb or qualifier before its number ("daalde naar
# 18 700", "waren er 5 045", "ruim 3 100"); a row label in a noun ("Ontvangen meldingen", "Totaal").
_SENTENCE_BEFORE_NUMBER = re.compile(
    r"(?<![^\W\d_])(?:naar|tot|van|met|op|dan|om|bij|is|was|zijn|waren|werd|werden|er|ruim|bijna|circa|ca\."
    r"|ongeveer|zo'n|nog|rond|maar|liefst|slechts|telde|telt|kreeg|kregen)[ ]+\Z",
    re.IGNORECASE,
)
# The last cell of a row of tab-separated cells: a number (perhaps grouped, a percentage) or a dash.
_TAB_ROW_END = re.compile(rf"\t[ ]*(?:[-–]|[-+]?\d[\d.,{_SPACES}]*(?:[ ]?%)?)[ ]*\n")
# Two cells of words or numbers after tabs: a table's head or row ("<TAB>Beginstand<TAB>Instroom"),
# not an indented list item ("<TAB>-<TAB>Trends in Veiligheid 2020").
_TWO_TAB_CELLS = re.compile(r"\t[ ]*[\w(][^\t\n]*\t+[ ]*[\w(]")
# A row of cells apart by single spaces: the numbers of one line (whole, or with a decimal mark).
_SPACED_CELL = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w.,])")
HEAD_LINES = 40  # the head of years stands at most this many lines above a row (blank ones counted)
HEAD_LINE_CHARS = 200  # a line read back is at most this long
MANY_GROUPS = 5  # "265 259 326 377 440": more groups than a real count has
WIDE_GROUPS = 3  # "486 507 267": a leading group of three digits and this many groups
OUTGROWN = 100  # a last cell this many times the row's largest other cell is two cells
_ROW_NUMBER = re.compile(
    rf"(?<![\w.,])[1-9]\d{{0,2}}(?:[{_SPACES}]\d{{3}})*(?![\w.,])|(?<![\w.,])\d+(?![\w.,])"
)
_NO_SPACES = str.maketrans("", "", _SPACES)
_CURRENCY_BEFORE = re.compile(r"(?:€|EUR|\$)[ \xa0]*\Z")


def _paper_number(text: str, m: re.Match[str]) -> bool:
    """Is ``m`` (two groups, five digits) the number of a parliamentary paper?"""
    if m.end() - m.start() != len("35 200"):
        return False
    after = _PAPER_AFTER.match(text, m.end())
    if after and (after.group(0) != ")" or text[m.start() - 1 : m.start()] == "("):
        return True
    return _PAPER_BEFORE.search(text[max(0, m.start() - PAPER_LOOK_BACK) : m.start()]) is not None


def _row_of_cells(text: str, m: re.Match[str]) -> bool:
    """Is ``m`` at the end of a row of a table whose runs of spaces were made one ("Ontvangen
    meldingen 120 135": two cells, no 120135)? Its line is a short label (words, no digits, no
    sentence punctuation) and then the number, not after a tab (a cell of its own) and not after the
    words of a sentence ("Het aantal daalde naar 18 700\njongeren": a wrapped line)."""
    end = _LINE_END.match(text, m.end())
    if end is None or text[m.start() - 1 : m.start()] == "\t":
        return False
    line_start = text.rfind("\n", max(0, m.start() - LABEL_CHARS - 1), m.start()) + 1
    if line_start == 0 and m.start() > LABEL_CHARS:
        return False  # a long line: running text
    return (_LABEL.fullmatch(text, line_start, m.start()) is not None
            and _SENTENCE_BEFORE_NUMBER.search(text, line_start, m.start()) is None)


def _cells_of_row(text: str, m: re.Match[str]) -> bool:
    """Are the groups of ``m`` cells of a row apart by single spaces ("Overlast - Totaal 204 62 84
    102 116 37" under "2014 2015 2016 2017 2018 2019 t/m Q2"; "… 1073 999 766 594 673 334")?"""
    groups = sum(1 for c in m.group(0) if c in _SPACES) + 1
    if groups >= MANY_GROUPS:
        return True
    if (groups >= WIDE_GROUPS and m.group(0)[3:4] in _SPACES and _LINE_END.match(text, m.end())
            and not _CURRENCY_BEFORE.search(text, max(0, m.start() - 5), m.start())):
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    spaced = len(_SPACED_CELL.findall(text, line_start, line_end))
    if spaced < 2 or line_end - line_start > HEAD_LINE_CHARS:
        return False
    head = _table_heads.head_years(text, line_start, year=_table_heads.YEAR_APART, lines=HEAD_LINES,
                                   count_blank=True)
    return len(head) == spaced


def _after_label(text: str, m: re.Match[str]) -> bool:
    """Is the first group a number after a word that numbers things ("week 3 120 meldingen",
    "artikel 3 100", "groep 8 150 leerlingen"): a label and a count, no 3120?"""
    return _NUMBERING_WORD.search(text, max(0, m.start() - NUMBERING_LOOK_BACK), m.start()) is not None


def group_spans(text: str) -> list[int]:
    """Positions in ``text`` (the source) of the spaces inside numbers grouped by spaces."""
    out: list[int] = []
    for m in _GROUPED.finditer(text):
        if _PHONE_BEFORE.search(text, max(0, m.start() - PHONE_LOOK_BACK), m.start()):
            continue
        if (_paper_number(text, m) or _row_of_cells(text, m) or _after_label(text, m)
                or _cells_of_row(text, m)):
            continue
        spaces = [i for i in range(m.start(), m.end()) if text[i] in _SPACES]
        if len(spaces) + 1 >= WIDE_GROUPS and _outgrows_its_row(text, m):
            spaces.pop()  # "660 1 715 1 770 610": the last cells are 1 770 and 610
        out += spaces
    return out


def _outgrows_its_row(text: str, m: re.Match[str]) -> bool:
    """Is ``m``, three or more groups at the end of a row, a thousand times the other cells of its
    row ("vrijwillig 660 1 715 1 770 610": cells 660, 1 715, 1 770 and 610, no 1 770 610)? Cells of
    one row count alike; the last group is a cell of its own."""
    if _LINE_END.match(text, m.end()) is None:
        return False
    line_start = text.rfind("\n", max(0, m.start() - HEAD_LINE_CHARS), m.start()) + 1
    before = [float(c.group(0).translate(_NO_SPACES))
              for c in _ROW_NUMBER.finditer(text, line_start, m.start())]
    value = float(m.group(0).translate(_NO_SPACES))
    return bool(before) and value > OUTGROWN * max(before)


def with_dots(source: str, translated: str) -> str:
    """``translated`` (``source`` with the same length) with a dot at each grouping space of
    ``source``: ``28 450`` → ``28.450``."""
    spaces = group_spans(source)
    if not spaces:
        return translated
    pieces, last = [], 0
    for i in spaces:
        pieces += [translated[last:i], "."]
        last = i + 1
    pieces.append(translated[last:])
    return "".join(pieces)


def tab_row_ends(text: str) -> set[int]:
    """The line breaks of ``text`` (the source) that end a row of tab-separated cells, and those
    around a line with two cells of words or numbers after tabs (a table's head, "<TAB>Beginstand
    (1-1-2022)<TAB>Instroom<TAB>Uitstroom", or a row whose last cell is a word): the head is not run
    into its first row ("… Uitstroom Totaal 31.960 …"), nor the caption above into the head. Not an
    indented list item ("<TAB>-<TAB>Trends in Veiligheid 2020")."""
    if "\t" not in text:
        return set()
    out = {m.end() - 1 for m in _TAB_ROW_END.finditer(text)}
    m = _TWO_TAB_CELLS.search(text)
    while m is not None:
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        if end < 0:
            break
        out.add(end)
        if start > 0:
            out.add(start - 1)
        m = _TWO_TAB_CELLS.search(text, end)
    return out
