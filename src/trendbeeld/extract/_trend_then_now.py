"""(placeholder: filled in by its owner this session)."""

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
