"""The head of years above a row of a table that reached us as text.

A web page or PDF table flattened to text prints its head as one line of years ("2014 2015 2016 2017
2018 2019 t/m Q2", "Producten  2021  2022  Niet afgeronde") and its rows below it ("Overlast - Totaal
204 62 84 102 116 37"). :func:`head_years` reads back from a row to the nearest line with two or more
years and no sentence, over the lines a table has between its head and a row, and stops at running
text. Two readers ask it:

- :mod:`_digit_groups`, on the source before cleaning, whether a row's digits are as many cells as the
  head has years (no number grouped by spaces). Its years stand apart from dates and ranges
  (:data:`YEAR_APART`: not "1-1-2022", "2018-2019", "2018/2019"); it reads back over any line without
  a sentence, blank lines counted.
- :mod:`_figure_tables`, on the cleaned text, which year each cell of a row has. Its years are
  :data:`YEAR` ("2021-2022" is two); it reads back over rows and short label lines only, blank lines
  not counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A year not inside a number ("2014 2015 2016 2019 t/m Q2").
YEAR = re.compile(r"(?<![\w.,])(?:19|20)\d\d(?![\w.,%])")
# A year not inside a number, a date or a range of years ("1-1-2022", "2018-2019", "2018/2019").
YEAR_APART = re.compile(r"(?<![\w.,/-])(?:19|20)\d\d(?![\w.,%/-])")
_SENTENCE = re.compile(r"[.!?;]\s")
LINE_CHARS = 200  # a line read back is at most this long: a longer one is running text


def head_years(
    text: str,
    line_start: int,
    *,
    year: re.Pattern[str],
    lines: int,
    count_blank: bool,
    reads_over: Callable[[str, int, int, str], bool] | None = None,
) -> list[str]:
    """The years of the head above the row at ``line_start``: the nearest line above with two or more
    ``year`` and no sentence punctuation. Read back at most ``lines`` lines (blank ones counted when
    ``count_blank``) over the lines ``reads_over(text, start, end, stripped)`` lets by (by default,
    every line without a sentence); [] when another line, a line longer than :data:`LINE_CHARS` or
    the start of the text comes first."""
    end = line_start - 1
    seen = 0
    while seen < lines and end > 0:
        start = text.rfind("\n", max(0, end - LINE_CHARS), end) + 1
        if start == 0 and end >= LINE_CHARS:
            return []  # a long line: running text
        stripped = text[start:end].strip()
        if stripped:
            seen += 1
            sentence = _SENTENCE.search(stripped) is not None
            years = year.findall(stripped)
            if len(years) > 1 and not sentence:
                return years
            if sentence if reads_over is None else not reads_over(text, start, end, stripped):
                return []
        elif count_blank:
            seen += 1
        end = start - 1
    return []
