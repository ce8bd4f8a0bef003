"""Speakers on unseen news (issue 10): a pronoun does not refer to a name after a preposition."""

from __future__ import annotations

from tests.extract._helpers import items_of
from trendbeeld.model import Quote


def test_a_pronoun_does_not_refer_to_a_street_after_a_preposition() -> None:
    text = ("Het gebeurde zaterdag bij haar voor de deur aan de Kerkstraat in de Utrechtse wijk Lombok. "
            "De vrouw wil haar naam niet in de krant. „Ik schrok me echt rot van die knal”, zegt ze.")
    assert all("Kerkstraat" not in q.speaker for q in items_of(Quote, text))


def test_a_pronoun_still_refers_to_the_only_person_who_fits_it() -> None:
    text = ("Jan Smit werkt samen met Anna de Vries van de gemeente. „We zien dat steeds meer jongeren "
            "een mes op zak hebben”, zegt zij.")
    assert [q.speaker for q in items_of(Quote, text)] == ["Anna de Vries"]
