"""Dutch month names for every layer: the spellings in ``extract/lexicon/months.tsv``; and the days
of the week (``WEEKDAYS``, ``NEWS_DAY``), so that no stage keeps its own copy.

That file is the one home of the month names (full names and abbreviations, each with the month's
number). The extractor reads it with its other word lists (``extract.lexicon``); the section finder,
the indicators and the publisher read it here, below the stages, so that no stage keeps a copy of
the names (issue 13).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

__all__ = ["NEWS_DAY", "WEEKDAYS", "alternation", "names", "number", "spellings"]

MONTHS_FILE = ("extract", "lexicon", "months.tsv")  # inside the trendbeeld package
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
# News tells its time by the day: "eiste maandag", "dinsdagavond", "gisteren".
NEWS_DAY = re.compile(
    r"\b(?:(?:[Mm]aan|[Dd]ins|[Ww]oens|[Dd]onder|[Vv]rij|[Zz]ater|[Zz]on)dag(?:avond|ochtend|middag|nacht)?"
    r"|[Gg]isteren|[Gg]isteravond|[Vv]anochtend|[Vv]anmiddag|[Vv]anavond|[Vv]annacht)\b"
)


@cache
def spellings() -> dict[str, int]:
    """Every spelling of a month (``januari``, ``jan``, ``sept``) → its number, 1–12."""
    folder, subfolder, filename = MONTHS_FILE
    text = resources.files("trendbeeld").joinpath(folder).joinpath(subfolder).joinpath(filename)
    found = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            spelling, _, number = line.partition("\t")
            found[spelling.strip()] = int(number)
    return found


@cache
def names() -> tuple[str, ...]:
    """The twelve full names, January first: the longest spelling of each month."""
    by_number: dict[int, str] = {}
    for spelling, number in spellings().items():
        if len(spelling) > len(by_number.get(number, "")):
            by_number[number] = spelling
    return tuple(by_number[number] for number in range(1, 13))



def alternation(*, abbreviations: bool = False) -> str:
    """A regular-expression alternation of the full names (with ``abbreviations``, of every
    spelling), longest first so that ``juni`` is not read as ``jun``; no group, no word bounds."""
    chosen = spellings() if abbreviations else names()
    return "|".join(re.escape(spelling) for spelling in sorted(chosen, key=lambda s: (-len(s), s)))


def number(word: str) -> int:
    """1–12 for a month name or abbreviation in any case, with or without a full stop; else 0."""
    return spellings().get(word.lower().rstrip("."), 0)
