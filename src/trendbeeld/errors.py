"""Errors users can act on.

The tree::

    TrendbeeldError
    ├── SourceError            a file or URL that cannot become a source
    │   ├── UnreadableFile     missing, corrupt, encrypted, empty, binary, too large
    │   ├── EncodingError      text that is not in the expected encoding
    │   └── BadTable           a CSV/XLSX whose shape or cells are wrong
    ├── ConfigError            a setting, manifest or taxonomy that is invalid
    ├── NotFound               a source, trend, theme, indicator or edition asked for is not there
    ├── LeakError              an openbaar edition would carry intern or vertrouwelijk material
    ├── Conflict               someone else changed the same thing since it was read (workbench)
    ├── NotAllowed             the signed-in user's role or clearance does not allow this (workbench)
    └── StoreError             the database cannot be opened or written

Every error carries where (``path``, ``page``, ``line``, ``column``), what (the message) and
what to do (``hint``), all in Dutch. Library code raises; only the CLI and the web layer turn
errors into text. Readers wrap the work on each file in :func:`file_context`, which stamps the
file on any error raised inside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class TrendbeeldError(Exception):
    """Base of all trendbeeld errors; ``str()`` gives the full Dutch message."""

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        page: int | None = None,
        line: int | None = None,
        column: str | int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.page = page
        self.line = line
        self.column = column
        self.hint = hint

    def where(self) -> str:
        parts = [self.path] if self.path else []
        if self.page is not None:
            parts.append(f"pagina {self.page}")
        if self.line is not None:
            parts.append(f"regel {self.line}")
        if self.column is not None:
            parts.append(f"kolom {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        text = f"{where}: {self.message}" if where else self.message
        if self.hint:
            text = f"{text}. {self.hint}"
        return text


class SourceError(TrendbeeldError):
    """A file or URL that cannot become a source."""


class UnreadableFile(SourceError):
    """Missing, corrupt, encrypted, empty, binary or too large."""


class EncodingError(SourceError):
    """Text that is not in the expected encoding."""


class BadTable(SourceError):
    """A table whose shape or cells are wrong."""


class ConfigError(TrendbeeldError):
    """A setting, manifest or taxonomy that is invalid."""


class NotFound(TrendbeeldError):
    """A source, trend, theme, indicator or edition asked for by name or id is not there."""


class LeakError(TrendbeeldError):
    """An edition for readers at one access level would carry material of a stricter level."""


class Conflict(TrendbeeldError):
    """Someone else changed what is being edited since it was read (optimistic locking)."""


class NotAllowed(TrendbeeldError):
    """The user's role or clearance does not allow this, or nobody is signed in (workbench)."""


class StoreError(TrendbeeldError):
    """The database cannot be opened or written."""


@contextmanager
def file_context(path: str | Path) -> Iterator[None]:
    """Stamp ``path`` on any TrendbeeldError raised inside, and wrap OS errors."""
    try:
        yield
    except TrendbeeldError as exc:
        if exc.path is None:
            exc.path = str(path)
        raise
    except FileNotFoundError as exc:
        raise UnreadableFile(
            "bestand niet gevonden", path=path, hint="Controleer het pad"
        ) from exc
    except IsADirectoryError as exc:
        raise UnreadableFile("dit is een map, geen bestand", path=path) from exc
    except PermissionError as exc:
        raise UnreadableFile(
            "geen leesrechten", path=path, hint="Controleer de rechten van het bestand"
        ) from exc
