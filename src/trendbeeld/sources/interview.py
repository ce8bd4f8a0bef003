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
from frontmatter.default_handlers import YAMLHandler

from trendbeeld.errors import ConfigError
from trendbeeld.model import Source, SourceMeta, SourceType
from trendbeeld.sources.base import decode, read_bytes, require_text
from trendbeeld.sources.manifest import apply_fields
from trendbeeld.sources.text import text_sources
from trendbeeld.userfiles import parse_yaml

SPEAKER_KEYS = ("name", "naam")


class _LimitedYAML(YAMLHandler):
    """Front matter read like every user YAML file: safe loader, depth and alias limits."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def load(self, fm: str, **kwargs: object) -> Any:
        # The front matter handed over starts with the line break after the opening '---', so its
        # lines are the file's lines.
        data = parse_yaml(fm, what="de front matter", path=self.path)
        if data is not None and not isinstance(data, dict):
            raise ConfigError("de front matter moet velden bevatten ('veld: waarde'), "
                              "geen lijst of losse tekst", path=self.path, line=2)
        return data or {}


def has_front_matter(text: str) -> bool:
    return text.lstrip("\ufeff").startswith("---")


def split_front_matter(text: str, path: Path) -> tuple[dict[str, object], str]:
    """The front matter (a mapping with text keys) and the body; a Dutch error naming the line."""
    metadata, content = frontmatter.parse(text, handler=_LimitedYAML(path))
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
