"""Targets to sources: folders walked (with their manifests), files and URLs read by suffix.

A file read is dated and attributed from its own text where its metadata is silent
(`dating.dated`, `publishers.published`).

The functions of ``trendbeeld.sources`` (see its docstring); they live here so that the package's
``__init__`` is an index of its public names.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from trendbeeld.errors import TrendbeeldError, UnreadableFile, file_context
from trendbeeld.model import Source, SourceMeta
from trendbeeld.plugins import registry
from trendbeeld.sources.base import Reader
from trendbeeld.sources.dating import dated
from trendbeeld.sources.manifest import Manifest, load_manifest, overlay
from trendbeeld.sources.news import url_sources
from trendbeeld.sources.publishers import published
from trendbeeld.userfiles import ensure_regular_file


@cache
def readers() -> dict[str, Reader]:
    """Readers by suffix (``.pdf`` → the PDF reader); later registrations win."""
    by_suffix: dict[str, Reader] = {}
    for reader in registry("register_readers").values():
        for suffix in reader.suffixes:
            by_suffix[suffix] = reader
    return by_suffix


def is_url(target: str) -> bool:
    """Whether ``target`` is a web address (http or https) rather than a path."""
    return target.startswith(("http://", "https://"))


def _walk(folder: Path, meta: SourceMeta | None, inherited: Manifest | None, walk: _Walk) -> Iterator[
    tuple[str, SourceMeta]
]:
    manifest = load_manifest(folder, inherited.defaults if inherited else None) or inherited
    known = readers()
    for path in sorted(folder.iterdir()):
        if path.name.startswith((".", "_")) or not walk.admits(path):
            continue
        if path.is_dir():
            yield from _walk(path, meta, manifest, walk)
        elif path.suffix.lower() in known and not (manifest and manifest.skips(path)):
            if not path.is_file():
                walk.refuse(path, "geen gewoon bestand (een FIFO, apparaat of socket); niet gelezen")
                continue
            base = manifest.meta_for(path) if manifest else SourceMeta()
            yield str(path), overlay(base, meta)


@dataclass
class _Walk:
    """One folder walk: each file and folder once, links out of the folder only when allowed."""

    root: Path
    follow_links: bool
    refused: list[TrendbeeldError] | None
    seen: set[Path] = field(default_factory=set)

    def admits(self, path: Path) -> bool:
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):  # a dangling link or a link loop
            self.refuse(path, "een symbolische link die nergens (of naar zichzelf) wijst")
            return False
        if path.is_symlink() and not self.follow_links and not real.is_relative_to(self.root):
            self.refuse(path, f"een symbolische link naar buiten de map ({real}); niet gevolgd",
                        hint="Gebruik --follow-links om zulke links toch te lezen")
            return False
        if real in self.seen:
            return False
        self.seen.add(real)
        return True

    def refuse(self, path: Path, message: str, hint: str | None = None) -> None:
        if self.refused is not None:
            self.refused.append(UnreadableFile(message, path=path, hint=hint))


def discover(
    targets: Sequence[str],
    *,
    meta: SourceMeta | None = None,
    follow_links: bool = False,
    refused: list[TrendbeeldError] | None = None,
) -> list[tuple[str, SourceMeta]]:
    """Every file (folders expanded, manifests applied), URL or feed to read, with its metadata.

    Metadata is layered: defaults < a folder manifest's ``defaults`` < its ``files`` entry <
    what ``meta`` sets explicitly. A file named directly keeps the manifest of its folder.
    In a folder each file is visited once; symbolic links that lead out of the folder are not
    followed unless ``follow_links``, and FIFOs and devices are never read: what is passed over
    is added to ``refused`` (when given) with the reason.
    """
    found: list[tuple[str, SourceMeta]] = []
    for target in targets:
        path = Path(target)
        if is_url(target):
            found.append((target, overlay(SourceMeta(), meta)))
        elif path.is_dir():
            root = path.resolve()
            found.extend(_walk(path, meta, None, _Walk(root, follow_links, refused, {root})))
        else:
            manifest = load_manifest(path.parent) if path.parent.is_dir() else None
            base = manifest.meta_for(path) if manifest and path.exists() else SourceMeta()
            found.append((target, overlay(base, meta)))
    return found


def read(target: str, *, meta: SourceMeta, encoding: str | None = None) -> Iterator[Source]:
    """The sources in one file or URL; errors name the target."""
    with file_context(target):
        if is_url(target):
            yield from url_sources(target, meta)
            return
        path = Path(target)
        ensure_regular_file(path)
        reader = readers().get(path.suffix.lower())
        if reader is None:
            raise UnreadableFile(
                f"onbekend bestandstype '{path.suffix or '(geen extensie)'}'", path=path,
                hint="Ondersteund: " + ", ".join(sorted(readers())),
            )
        for source in reader.read(path, meta, encoding=encoding):
            if not source.text.strip():  # repair can leave nothing of a page of debris
                raise UnreadableFile("het bestand bevat geen leesbare tekst", path=path,
                                     hint="Controleer of het bestand tekst bevat en geen afbeelding is")
            yield published(dated(source))
