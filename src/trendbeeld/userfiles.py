"""Files a user gives us by name: read them safely or say clearly why not.

Every file read by name (manifests, taxonomies, route-map links, key-figure overrides, edition
introductions, pair lists) goes through here, so the same rules hold everywhere:

- only regular files: a FIFO, a device (``/dev/zero``) or a socket is refused, never read;
- a size limit: a configuration file is small, so a huge one is refused before it is read;
- UTF-8 text, with the line of the first bad byte named;
- YAML with the safe loader plus limits on nesting depth and on aliases (a "billion laughs"
  document is refused), and errors that name the line (and the key, for a date that does not
  exist). Code that needs its own constructors subclasses :class:`LimitedLoader`; YAML that is not
  a file of its own (front matter) goes through :func:`parse_yaml`.
"""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path
from typing import Any

import yaml

from trendbeeld.errors import ConfigError, UnreadableFile

MAX_CONFIG_BYTES = 5 * 1024 * 1024  # a manifest, taxonomy or links file is kilobytes, not megabytes
MAX_YAML_DEPTH = 50
MAX_UNPACKED_BYTES = 512 * 1024 * 1024  # a DOCX or XLSX, all parts together, unpacked
MAX_YAML_ALIASES = 16  # k aliases per level over L levels expand k**L times: 16 keeps that small
DATE_HINT = "Schrijf een datum die bestaat, als JJJJ-MM-DD, bijvoorbeeld 2024-03-01"


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


def zip_problem(path: Path, infos: list[zipfile.ZipInfo], *,
                max_unpacked: int = MAX_UNPACKED_BYTES) -> str | None:
    """What is wrong with a zip package's directory (DOCX, XLSX), in Dutch, or None.

    A member that claims more compressed bytes than the file holds is damaged (reading it would
    allocate what it claims); members that unpack to more than ``max_unpacked`` are a zip bomb.
    """
    size = path.stat().st_size
    if any(info.compress_size > size or info.header_offset > size for info in infos):
        return "het zip-archief is beschadigd (een onderdeel is groter dan het bestand)"
    if sum(info.file_size for info in infos) > max_unpacked:
        return f"het pakt uit tot meer dan {max_unpacked // 1024 // 1024} MB (een zip-bom?)"
    return None


def read_text(path: Path, *, max_bytes: int = MAX_CONFIG_BYTES) -> str:
    """The UTF-8 text of a small user file (a leading byte-order mark is dropped)."""
    ensure_regular_file(path)
    size = path.stat().st_size
    if size > max_bytes:
        message = f"het bestand is te groot ({size:,} bytes; hoogstens {max_bytes:,})".replace(",", ".")
        raise ConfigError(message, path=path, hint="Is dit het goede bestand?")
    try:
        data = path.read_bytes()[: max_bytes + 1]
    except OSError as exc:
        raise UnreadableFile(f"het bestand kan niet worden gelezen ({exc.strerror})", path=path) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError("het bestand is geen UTF-8-tekst", path=path, line=line,
                          hint="Sla het bestand op als UTF-8") from exc


class LimitedLoader(yaml.SafeLoader):
    """The safe loader, with a cap on nesting depth and on the number of aliases.

    A date that does not exist (2023-02-30, year 0) is a :class:`YamlProblem` naming its line, not a
    ValueError. Subclass it to add constructors (a mapping that remembers its line); read with
    :func:`parse_yaml` or :func:`load_yaml`, which turn every problem into a ConfigError.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._aliases = 0
        self._depth = 0
        self.root: yaml.Node | None = None

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_YAML_ALIASES:
                raise YamlProblem(f"te veel verwijzingen (aliassen, meer dan {MAX_YAML_ALIASES})",
                                  line=self._next_line())
        self._depth += 1
        if self._depth > MAX_YAML_DEPTH:
            raise YamlProblem(f"te diep genest (meer dan {MAX_YAML_DEPTH} niveaus)", line=self._next_line())
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_document(self, node: Any) -> Any:
        self.root = node
        return super().construct_document(node)

    def construct_yaml_timestamp(self, node: Any) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError) as exc:
            raise YamlProblem(f"de datum '{node.value}' bestaat niet", line=node.start_mark.line + 1,
                              node=node, hint=DATE_HINT) from exc

    def _next_line(self) -> int | None:
        event = self.peek_event() if self.check_event() else None  # type: ignore[no-untyped-call]
        return event.start_mark.line + 1 if event is not None else None


LimitedLoader.add_constructor("tag:yaml.org,2002:timestamp", LimitedLoader.construct_yaml_timestamp)


class YamlProblem(Exception):
    """A limit the YAML went over, or a value in it that cannot be (a date that does not exist)."""

    def __init__(self, message: str, *, line: int | None, node: yaml.Node | None = None,
                 hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.node = node
        self.hint = hint


def key_of(root: yaml.Node | None, target: yaml.Node) -> str | None:
    """The key under which ``target`` sits in the document ``root`` ("defaults.date", "themes[2].title")."""
    stack: list[tuple[yaml.Node, str]] = [(root, "")] if root is not None else []
    seen: set[int] = set()
    while stack:
        node, where = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = f"{where}.{key.value}" if where else str(key.value)
                if target is key or target is value:
                    return name
                stack.append((value, name))
        elif isinstance(node, yaml.SequenceNode):
            for position, item in enumerate(node.value, start=1):
                name = f"{where}[{position}]"
                if target is item:
                    return name
                stack.append((item, name))
    return None


def parse_yaml(
    text: str,
    *,
    what: str = "het bestand",
    path: Path | str | None = None,
    loader: type[LimitedLoader] = LimitedLoader,
    compose: bool = False,
    first_line: int = 1,
) -> Any:
    """The YAML document in ``text`` (None when empty), read with the limits above.

    ``what`` names the document in messages ("het manifest", "de front matter"); ``first_line`` is the
    line of the file where ``text`` starts. ``compose`` gives the node tree instead of Python values
    (to report lines of single entries). Every problem is a ConfigError naming the line.
    """
    shift = first_line - 1
    try:
        reader = loader(text)
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        raise ConfigError(f"{what} bevat een teken dat niet in YAML mag (#x{exc.character:04x})", path=path,
                          line=line + shift, hint="Haal het teken weg of sla het bestand opnieuw op") from exc
    try:
        return reader.get_single_node() if compose else reader.get_single_data()
    except YamlProblem as exc:
        at = None if exc.line is None else exc.line + shift
        if exc.node is None:  # a limit
            raise ConfigError(f"de YAML van {what} is {exc.message}", path=path, line=at) from exc
        key = key_of(reader.root, exc.node)
        where = f"{what}, sleutel '{key}'" if key else what
        raise ConfigError(f"{where}: {exc.message}", path=path, line=at, hint=exc.hint) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{what} is geen geldige YAML ({problem})", path=path,
                          line=mark.line + 1 + shift if mark else None) from exc
    except RecursionError as exc:
        raise ConfigError(f"de YAML van {what} is te diep genest", path=path) from exc
    finally:
        reader.dispose()


def load_yaml(path: Path, *, what: str = "het bestand", max_bytes: int = MAX_CONFIG_BYTES,
              loader: type[LimitedLoader] = LimitedLoader, compose: bool = False) -> Any:
    """The YAML document in the file ``path`` (None when empty): :func:`read_text`, :func:`parse_yaml`."""
    text = read_text(path, max_bytes=max_bytes)
    return parse_yaml(text, what=what, path=path, loader=loader, compose=compose)
