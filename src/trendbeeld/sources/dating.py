"""A document's date when its file carries none in its metadata: the dateline at its head
("Den Haag, 28 oktober 2016") or an ISO date in its file name ("besluitenlijst_2016-10-28.pdf").

Dates are read by ``dateparser`` (Dutch), strictly: a day, a month and a year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import PurePath

from trendbeeld.model import Source

HEAD_LINES = 15  # a dateline stands among the first lines of the first page
# "Den Haag, 28 oktober 2016", "Utrecht, 3 april 2009", or the date alone on its line.
DATELINE = re.compile(
    r"^(?:(?P<place>[A-ZÀ-Ý'][\w'’.-]*(?: [\w'’.-]+){0,3}),\s*)?"
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?"
    r"(?P<date>\d{1,2}\s+[a-z]{3,10}\.?\s+(?:1[89]|20)\d\d)$",
    re.IGNORECASE,
)
ISO_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")


@lru_cache(maxsize=256)
def parse_day(text: str) -> dt.date | None:
    """A Dutch day ("28 oktober 2016") as a date, or None."""
    import dateparser  # imported on first use: it loads its language data

    found = dateparser.parse(
        text, languages=["nl"], settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
    )
    return found.date() if found else None


def dateline_date(line: str) -> dt.date | None:
    """The date of a dateline ("Den Haag, 28 oktober 2016"), or None if ``line`` is none."""
    match = DATELINE.match(" ".join(line.split()))
    return parse_day(match["date"]) if match else None


def head_date(text: str) -> dt.date | None:
    """The date of the first dateline among the first lines of ``text``."""
    lines = [line for line in text[:4000].splitlines() if line.strip()][:HEAD_LINES]
    return next((day for line in lines if (day := dateline_date(line))), None)


def name_date(name: str) -> dt.date | None:
    """An ISO date in a file name, when it is a real day."""
    match = ISO_IN_NAME.search(PurePath(name).name)
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def dated(source: Source) -> Source:
    """``source`` with a date from its head or its file name when its metadata has none."""
    if source.meta.date is not None:
        return source
    day = head_date(source.text) or name_date(source.origin)
    if day is None or day > dt.date.today():
        return source
    return replace(source, meta=replace(source.meta, date=day))
