"""A line break between two known words whose first is no compound part stays a space: a finite verb
with its ending, a participle used as an adjective, a large number word (``_text._two_words``)."""

from __future__ import annotations

import pytest

from trendbeeld.extract._document import analyse
from trendbeeld.model import Source


@pytest.mark.parametrize(
    ("wrapped", "cleaned"),
    [
        ("De Belastingtelefoon beantwoordt\njaarlijks ongeveer 12 miljoen telefoontjes.",
         "beantwoordt jaarlijks"),
        ("Er kwamen dat jaar 12 miljoen\naangiften binnen bij de politie.", "miljoen aangiften"),
        ("Er is een stijging te zien in de veronderstelde\nbeschikbaarheid van hulp.",
         "veronderstelde beschikbaarheid"),
        ("De ontwikke\nlingen in het migratie\nvraagstuk zijn groot.",
         "ontwikkelingen in het migratievraagstuk"),
    ],
)
def test_a_wrapped_line_joins_only_parts_of_one_word(wrapped: str, cleaned: str) -> None:
    text = f"Titel\n\n{wrapped} Het is veel.\n\nTweede alinea hier.\n"
    assert cleaned in analyse(Source.create("rapport.txt", text)).text
