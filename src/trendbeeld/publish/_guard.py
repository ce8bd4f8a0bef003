"""The leak guard: an edition for a lower access level may hold nothing of a source above it.

``restricted_markers`` collects sentences, titles and file names of the sources the edition
may not read (leaving out any that also occur in readable sources); ``check_no_leaks`` looks
for them in every generated file and file name. This is the one place that reads restricted
sources for a lower-level edition, and what it reads never goes into the output.
"""

from __future__ import annotations

import html
from pathlib import Path

import sqlalchemy as sa

from trendbeeld.errors import TrendbeeldError
from trendbeeld.model import AccessLevel
from trendbeeld.publish import _format
from trendbeeld.publish.summary import sentences
from trendbeeld.store import Store
from trendbeeld.store import sources as source_store
from trendbeeld.store.schema import source as source_table

MIN_MARKER_CHARS = 40
MIN_TITLE_CHARS = 25
MIN_NAME_CHARS = 12
MAX_MARKERS = 5000
TEXT_SUFFIXES = {".html", ".js", ".json", ".svg", ".css", ".txt"}


class LeakError(TrendbeeldError):
    """An edition would contain material from a source its access level may not show."""


def restricted_sources(store: Store, access: AccessLevel) -> set[str]:
    """Ids, origins and titles of sources this edition may not read (to drop series built on them)."""
    levels = [level.value for level in AccessLevel if not access.allows(level)]
    if not levels:
        return set()
    query = sa.select(source_table.c.id, source_table.c.origin, source_table.c.title).where(
        source_table.c.access.in_(levels)
    )
    names: set[str] = set()
    with store.read() as conn:
        for row in conn.execute(query):
            names.update(n for n in (row.id, row.origin, Path(row.origin).name, row.title) if n)
    return names


def restricted_markers(store: Store, access: AccessLevel) -> list[str]:
    """Sentences, titles and file names of sources above ``access`` that never occur in readable text.

    Used only to check a built edition: none of these may appear in its output.
    """
    if not restricted_sources(store, access):
        return []  # nothing is above this edition's level: nothing can leak
    readable = {s.id for s in source_store.list_sources(store, access=access)}
    every = source_store.list_sources(store, access=AccessLevel.CONFIDENTIAL)
    public_text: list[str] = []
    markers: set[str] = set()
    for summary in every:
        source = source_store.get(store, summary.id, access=AccessLevel.CONFIDENTIAL)
        if source is None:
            continue
        if source.id in readable:
            public_text.extend(_format.plain(t) for t in (source.text, source.meta.title, source.origin) if t)
            continue
        name = Path(source.origin).name
        if len(name) >= MIN_NAME_CHARS:
            markers.add(name)
        title = _format.plain(source.meta.title)
        if len(title) >= MIN_TITLE_CHARS:
            markers.add(title)
        markers.update(m for m in map(_format.plain, sentences(source.text)) if len(m) >= MIN_MARKER_CHARS)
    blob = "\n".join(public_text)
    return sorted(m for m in markers if m not in blob)[:MAX_MARKERS]


def check_no_leaks(store: Store, access: AccessLevel, folder: Path) -> None:
    """Raise LeakError when a sentence, title or file name of a source above ``access`` is in ``folder``."""
    markers = restricted_markers(store, access)
    if not markers:
        return
    parts = []
    for path in sorted(folder.rglob("*")):
        parts.append(path.relative_to(folder).as_posix())
        if path.is_file() and path.suffix in TEXT_SUFFIXES and "vendor" not in path.parts:
            parts.append(_format.plain(html.unescape(path.read_text(encoding="utf-8", errors="replace"))))
    blob = "\n".join(parts)
    for marker in markers:
        if marker in blob:
            raise LeakError(
                f"de editie voor toegangsniveau '{access.value}' bevat tekst uit een bron "
                "met een hoger niveau",
                hint="De editie is niet geschreven. Meld dit als fout; "
                "controleer intussen de toegang van de bronnen",
            )
