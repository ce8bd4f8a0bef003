"""The publisher's table a statistics file was exported from (CBS and police StatLine tables)."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["KNOWN_TABLES", "table_reference"]

# Tables of CBS and the police (open data, StatLine) whose title the import names when a file
# name or the title line of an export gives the table id. Ids are StatLine's (``83648NED``).
KNOWN_TABLES: dict[str, tuple[str, str]] = {
    "83648NED": ("CBS", "Geregistreerde criminaliteit; soort misdrijf, regio"),
    "80344NED": ("CBS", "Geregistreerde criminaliteit; misdrijven en verdachten naar regio"),
    "80169NED": ("CBS", "Slachtofferschap en ondervonden delicten; politieregio (IVM)"),
    "80168NED": ("CBS", "Onveiligheidsbeleving; politieregio (IVM)"),
    "72012NED": ("CBS", "Onveiligheidsbeleving; politieregio (IVM)"),
    "85067NED": ("CBS", "Gebieden in Nederland 2022"),
}
_TABLE_IN_NAME = re.compile(r"(?:^|[^a-z0-9])(cbs|politie)[ _-]?(\d{5})(?:ned)?(?![0-9])", re.IGNORECASE)
_TABLE_ID = re.compile(r"\b(\d{5})NED\b", re.IGNORECASE)
_PUBLISHER_IN_NAME = re.compile(r"^(cbs|politie)[ _-]", re.IGNORECASE)
_TITLES_BY_NAME = {
    title.casefold(): (publisher, table_id) for table_id, (publisher, title) in KNOWN_TABLES.items()
}


def table_reference(name: str, title_lines: Iterable[str] = ()) -> tuple[str, str | None, str] | None:
    """(publisher, table id or None, title) of the table a statistics file came from, when recognisable.

    The id comes from the file name (``cbs83648_…``, ``politie47018_…``) or a ``…NED`` code; the
    title from the catalogue above, else from a StatLine export's title line (``… ; soort misdrijf,
    gemeente 2026``, the download year left off).
    """
    lines = [" ".join(line.split()) for line in title_lines if ";" in line]
    match = _TABLE_IN_NAME.search(name) or _TABLE_ID.search(name)
    table_id = None
    publisher = None
    if match:
        table_id = f"{match.group(match.lastindex or 1)}NED"
        if match.re is _TABLE_IN_NAME:
            publisher = "CBS" if match.group(1).lower() == "cbs" else "Politie"
    elif prefix := _PUBLISHER_IN_NAME.match(name):
        publisher = "CBS" if prefix.group(1).lower() == "cbs" else "Politie"
    if table_id in KNOWN_TABLES:
        known_publisher, title = KNOWN_TABLES[table_id]
        return publisher or known_publisher, table_id, title
    for line in lines:
        title = re.sub(r"\s+\d{4}$", "", line)
        if title.casefold() in _TITLES_BY_NAME:
            known_publisher, known_id = _TITLES_BY_NAME[title.casefold()]
            return known_publisher, table_id or known_id, title
        if publisher or table_id:
            return publisher or "CBS", table_id, title
    if publisher:
        return publisher, table_id, ""
    return None
