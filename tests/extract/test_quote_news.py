"""Quotes in news text as newspapers store it (issue 10): one invented sentence per wording class
of attribution that unseen news uses, often with the paragraph breaks lost."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def attributed(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in items_of(Quote, text)]


def test_an_unresolved_speaker_ends_the_run_of_the_speaker_before() -> None:
    text = ("„We zien het aantal inbraken in de wijk al jaren dalen”, zegt Jan de Vries, wijkagent. "
            "„Dat komt door de buurtapps.” De buurt is tevreden. "
            "„Maar de fietsendiefstallen nemen nog steeds toe”, zegt de conciërge. "
            "„Vooral bij het station worden veel fietsen gestolen.”")
    assert attributed(text) == [
        ("We zien het aantal inbraken in de wijk al jaren dalen", "Jan de Vries"),
        ("Dat komt door de buurtapps.", "Jan de Vries"),
    ]
