"""Trend statements of sentences that speak of a change without a verb of change: named risks and
feared consequences, uncertain changes and questions whether a change exists.

Called by ``trends.statements`` for a sentence where the general rules found no statement.
"""

from __future__ import annotations

from trendbeeld.extract import _text
from trendbeeld.extract._document import Document
from trendbeeld.model import TrendStatement


def statements(doc: Document, sentence: _text.Sentence) -> list[TrendStatement]:
    """The statements of one sentence the general rules left without any."""
    return []
