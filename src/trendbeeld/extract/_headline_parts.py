"""Pieces the headline rules share: dates as news prints them, the outlet before a date, and how
long a title is."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from trendbeeld import months
from trendbeeld.extract import lexicon

MAX_TITLE_WORDS = 30
MIN_TITLE_WORDS = 3

MONTHS = months.alternation(abbreviations=True)
DATE = (
    rf"(?P<day>\d{{1,2}})\s+(?P<month>{MONTHS})\.?\s+(?P<year>(?:19|20)\d\d)"
    r"|(?P<nday>\d{1,2})[-/.](?P<nmonth>\d{1,2})[-/.](?P<nyear>(?:19|20)\d\d)"
)
DATE_RE = re.compile(rf"(?<![\w-])(?:{DATE})(?!\d)", re.IGNORECASE)


@cache
def outlet_before() -> re.Pattern[str]:
    """An outlet (a known one, or a capitalised name before a bar or dash) that ends where a date
    starts: "NOS | ", "De Telegraaf ", "Omroep Zwolle – "."""
    outlets = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in lexicon.load().outlets)
    generic = r"[A-Z][\w.&'’-]*(?:[ ][A-Z0-9][\w.&'’-]*){0,3}"
    return re.compile(
        rf"(?<![\w-])(?:(?P<outlet>{outlets})[ \t]*[|,–—-]?\s*|(?P<generic>{generic})[ \t]*[|–—][ \t]*)\Z"
    )


def date_of(groups: dict[str, str | None], prefix: str) -> date | None:
    """The date a match of DATE (its groups named with ``prefix``) spells; None if it is no date."""
    try:
        if groups[f"{prefix}day"]:
            month = months.number(str(groups[f"{prefix}month"]))
            return date(int(str(groups[f"{prefix}year"])), month, int(str(groups[f"{prefix}day"])))
        return date(int(str(groups[f"{prefix}nyear"])), int(str(groups[f"{prefix}nmonth"])),
                    int(str(groups[f"{prefix}nday"])))
    except (KeyError, ValueError):
        return None
