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

import frontmatter
import yaml

from trendbeeld.errors import ConfigError
from trendbeeld.model import Source, SourceMeta, SourceType
from trendbeeld.sources.base import decode, read_bytes, require_text
from trendbeeld.sources.manifest import apply_fields
from trendbeeld.sources.text import text_sources

SPEAKER_KEYS = ("name", "naam")


def has_front_matter(text: str) -> bool:
    return text.lstrip("\ufeff").startswith("---")


def split_front_matter(text: str, path: Path) -> tuple[dict[str, object], str]:
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"de front matter is geen geldige YAML ({getattr(exc, 'problem', exc)})", path=path,
                          line=mark.line + 1 if mark else None) from exc
    return dict(post.metadata), post.content


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
