"""Legal and policy changes stated as facts or plans (stub; filled in by the legal-change rules of
issue 10).

Called by ``trends.statements`` for every sentence that holds one of this module's marker words,
beside the statements the other rules made.
"""

from __future__ import annotations

from trendbeeld.extract._document import Document
from trendbeeld.model import TrendStatement


def statements(
    doc: Document, low: str, start: int, end: int, made: list[TrendStatement]
) -> list[TrendStatement]:
    """Statements of the sentence at ``start:end`` (``low``: the document's text in lower case,
    same offsets) whose wording ``made`` (the sentence's statements so far) does not cover."""
    return []


def positions(low: str) -> list[int]:
    """Where this module's marker words occur in ``low``, in order (a sentence without any is
    passed by)."""
    return []
