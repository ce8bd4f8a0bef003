"""Editions: an accessible static website and a PDF brochure from the evidence store.

``build(store, spec, out)`` writes ``out/site/`` and ``out/<name>.pdf``; ``compare(a, b)``
tells what changed between two built editions; ``gather`` collects what an edition shows and
``summarize`` gives a text's best sentences. See ``content.py`` for what an edition shows and how
access levels are kept apart: a build that would carry stricter material raises ``LeakError``.
``demo_spec`` and ``build_demo`` make the demo edition.
"""

from __future__ import annotations

from trendbeeld.publish._demo import DEMO_INTRO, build_demo, demo_spec
from trendbeeld.publish.compare import Comparison, compare
from trendbeeld.publish.content import gather
from trendbeeld.publish.edition import EditionResult, build
from trendbeeld.publish.summary import summarize

__all__ = [
    "DEMO_INTRO",
    "Comparison",
    "EditionResult",
    "build",
    "build_demo",
    "compare",
    "demo_spec",
    "gather",
    "summarize",
]
