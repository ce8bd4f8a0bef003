"""Trend statements of changes to rules and organisations, of recurrence and of firsts.

Called by ``trends.statements`` for a sentence where the general rules found no statement.
"""

from __future__ import annotations

from trendbeeld.extract import _text
from trendbeeld.extract._document import Document
from trendbeeld.model import TrendStatement


def statements(doc: Document, sentence: _text.Sentence) -> list[TrendStatement]:
    """The statements of one sentence the general rules left without any."""
    return []
