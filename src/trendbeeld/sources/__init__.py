"""Stage 1, sources: files, folders, feeds and URLs become ``Source`` objects.

``discover`` expands the targets (folders recursively, with their manifest) into files with
their metadata; ``read`` turns one target into sources with a reader chosen by suffix.
Readers come from the ``register_readers`` hook (``plugin.py`` registers PDF, HTML, DOCX,
Markdown/text with front matter, RSS/Atom and news CSV).
"""

from __future__ import annotations

from trendbeeld.sources.base import Reader
from trendbeeld.sources.discovery import discover, is_url, read, readers

__all__ = ["Reader", "discover", "is_url", "read", "readers"]
