"""Markdown with front matter; with a ``name`` (or ``naam``) it is an interview note.

Front matter::

    ---
    name: Fatima El Amrani
    role: wijkagent
    organisation: Politie eenheid Rotterdam
    date: 2024-02-12
    ---
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import frontmatter
import yaml
from frontmatter.default_handlers import YAMLHandler

from trendbeeld.errors import ConfigError
from trendbeeld.model import Source, SourceMeta, SourceType
from trendbeeld.sources.base import decode, read_bytes, require_text
from trendbeeld.sources.manifest import apply_fields
from trendbeeld.sources.text import text_sources
from trendbeeld.userfiles import _LimitedLoader, _LimitError

SPEAKER_KEYS = ("name", "naam")


class _LimitedYAML(YAMLHandler):
    """Front matter read like every user YAML file: safe loader, depth and alias limits."""

    def load(self, fm: str, **kwargs: object) -> Any:
        loader = _LimitedLoader(fm)
        try:
            data = loader.get_single_data()
            if data is not None and not isinstance(data, dict):
                raise ConfigError("de front matter moet velden bevatten ('veld: waarde'), "
                                  "geen lijst of losse tekst", line=2)
            return data or {}
        finally:
            loader.dispose()


def _file_line(line_in_front_matter: int | None) -> int | None:
    """A line of the front matter (1-based) as a line of the file, below the opening '---'."""
    return line_in_front_matter + 1 if line_in_front_matter is not None else None


def has_front_matter(text: str) -> bool:
    return text.lstrip("\ufeff").startswith("---")


def split_front_matter(text: str, path: Path) -> tuple[dict[str, object], str]:
    """The front matter (a mapping with text keys) and the body; a Dutch error naming the line."""
    try:
        metadata, content = frontmatter.parse(text, handler=_LimitedYAML())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"de front matter is geen geldige YAML ({getattr(exc, 'problem', exc)})", path=path,
                          line=_file_line(mark.line + 1 if mark else None)) from exc
    except _LimitError as exc:
        raise ConfigError(f"de YAML van de front matter is {exc}", path=path,
                          line=_file_line(exc.line)) from exc
    except RecursionError as exc:
        raise ConfigError("de YAML van de front matter is te diep genest", path=path) from exc
    except (ValueError, OverflowError) as exc:  # a date that does not exist: 2023-02-30, year 0
        raise ConfigError(f"de front matter bevat een datum die niet bestaat ({exc})", path=path,
                          hint="Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2024-03-01") from exc
    bad = next((key for key in metadata if not isinstance(key, str)), None)
    if bad is not None:
        raise ConfigError(f"de front matter heeft een sleutel die geen tekst is ({str(bad)[:40]})", path=path,
                          hint="Schrijf de front matter als 'veld: waarde', één veld per regel")
    return dict(metadata), content


def front_matter_sources(text: str, meta: SourceMeta, path: Path) -> Iterator[Source]:
    metadata, body = split_front_matter(text, path)
    is_interview = any(key in metadata for key in SPEAKER_KEYS)
    meta = apply_fields(meta, metadata, path, ignore_unknown=True)
    if is_interview:
        if meta.type is SourceType.PUBLICATION:
            meta = replace(meta, type=SourceType.INTERVIEW)
        if not meta.title:
            role = f", {meta.role}" if meta.role else ""
            meta = replace(meta, title=f"Interview met {meta.author}{role}")
    yield from text_sources(str(path.resolve()), require_text(body, path), meta, path)


class MarkdownReader:
    """Markdown and text; front matter is read when present."""

    name = "markdown"
    suffixes = (".md", ".markdown", ".txt", ".text")

    def read(self, path: Path, meta: SourceMeta, *, encoding: str | None = None) -> Iterator[Source]:
        text = require_text(decode(read_bytes(path), path, encoding=encoding), path)
        if has_front_matter(text):
            yield from front_matter_sources(text, meta, path)
        else:
            yield from text_sources(str(path.resolve()), text, meta, path)
