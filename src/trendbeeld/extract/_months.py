"""Dutch month names, read from their one home ``lexicon/months.tsv``.

Every pattern of the extractor that names a month builds its alternation here, so a spelling added
to the lexicon (``sept``, ``mrt``) is read everywhere at once.
"""

from __future__ import annotations

import re
from functools import cache

from trendbeeld.extract import lexicon


@cache
def names(*, abbreviations: bool = False) -> tuple[str, ...]:
    """The month names, longest first: the full name of each month (its longest spelling in the
    lexicon), and with ``abbreviations`` the shorter spellings as well (``jan``, ``sept``)."""
    months = lexicon.load().months
    full = {max((n for n, v in months.items() if v == month), key=len) for month in set(months.values())}
    chosen = set(months) if abbreviations else full
    return tuple(sorted(chosen, key=lambda n: (-len(n), n)))


def alternation(*, abbreviations: bool = False) -> str:
    """A regular-expression alternation of :func:`names` (no group, no word bounds)."""
    return "|".join(re.escape(name) for name in names(abbreviations=abbreviations))


def number(name: str) -> int:
    """1–12 for a month name or abbreviation in any case, with or without a full stop; else 0."""
    return lexicon.load().months.get(name.lower().rstrip("."), 0)
