"""Files a user gives us by name: read them safely or say clearly why not.

Every file read by name (manifests, taxonomies, route-map links, key-figure overrides, edition
introductions, pair lists) goes through here, so the same rules hold everywhere:

- only regular files: a FIFO, a device (``/dev/zero``) or a socket is refused, never read;
- a size limit: a configuration file is small, so a huge one is refused before it is read;
- UTF-8 text, with the line of the first bad byte named;
- YAML with the safe loader plus limits on nesting depth and on aliases (a "billion laughs"
  document is refused), and errors that name the line.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import yaml

from trendbeeld.errors import ConfigError, UnreadableFile

MAX_CONFIG_BYTES = 5 * 1024 * 1024  # a manifest, taxonomy or links file is kilobytes, not megabytes
MAX_YAML_DEPTH = 50
MAX_YAML_ALIASES = 16  # k aliases per level over L levels expand k**L times: 16 keeps that small


def ensure_regular_file(path: Path) -> None:
    """Refuse anything that is not a regular file (missing, a folder, a FIFO, a device, a socket)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError as exc:
        raise UnreadableFile("bestand niet gevonden", path=path, hint="Controleer het pad") from exc
    except OSError as exc:
        raise UnreadableFile(f"het bestand kan niet worden gelezen ({exc.strerror})", path=path) from exc
    if stat.S_ISDIR(mode):
        raise UnreadableFile("dit is een map, geen bestand", path=path)
    if not stat.S_ISREG(mode):
        kind = "een FIFO (pipe)" if stat.S_ISFIFO(mode) else "een apparaat of socket"
        raise UnreadableFile(f"dit is {kind}, geen gewoon bestand; zo'n bestand wordt niet gelezen",
                             path=path, hint="Geef een gewoon bestand op")


def read_text(path: Path, *, max_bytes: int = MAX_CONFIG_BYTES) -> str:
    """The UTF-8 text of a small user file (a leading byte-order mark is dropped)."""
    ensure_regular_file(path)
    size = path.stat().st_size
    if size > max_bytes:
        message = f"het bestand is te groot ({size:,} bytes; hoogstens {max_bytes:,})".replace(",", ".")
        raise ConfigError(message, path=path, hint="Is dit het goede bestand?")
    data = path.read_bytes()[: max_bytes + 1]
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError("het bestand is geen UTF-8-tekst", path=path, line=line,
                          hint="Sla het bestand op als UTF-8") from exc


class _LimitedLoader(yaml.SafeLoader):
    """The safe loader, with a cap on nesting depth and on the number of aliases."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._aliases = 0
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_YAML_ALIASES:
                raise _LimitError(f"te veel verwijzingen (aliassen, meer dan {MAX_YAML_ALIASES})", self)
        self._depth += 1
        if self._depth > MAX_YAML_DEPTH:
            raise _LimitError(f"te diep genest (meer dan {MAX_YAML_DEPTH} niveaus)", self)
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _LimitError(Exception):
    def __init__(self, message: str, loader: _LimitedLoader) -> None:
        super().__init__(message)
        event = loader.peek_event() if loader.check_event() else None  # type: ignore[no-untyped-call]
        self.line = event.start_mark.line + 1 if event is not None else None


def load_yaml(path: Path, *, what: str = "het bestand", max_bytes: int = MAX_CONFIG_BYTES) -> Any:
    """The YAML document in ``path`` (None when empty), read with the limits above.

    ``what`` names the file in messages ("het manifest", "de taxonomie").
    """
    text = read_text(path, max_bytes=max_bytes)
    loader = _LimitedLoader(text)
    try:
        return loader.get_single_data()
    except _LimitError as exc:
        raise ConfigError(f"de YAML van {what} is {exc}", path=path, line=exc.line) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{what} is geen geldige YAML ({problem})", path=path,
                          line=mark.line + 1 if mark else None) from exc
    except RecursionError as exc:
        raise ConfigError(f"de YAML van {what} is te diep genest", path=path) from exc
    finally:
        loader.dispose()
