"""Quotes: every quotation-mark style, attributions before and after, role and organisation."""

from __future__ import annotations

import pytest

from tests.extract._helpers import items_of
from trendbeeld.model import Quote, SourceMeta, SourceType


@pytest.mark.parametrize(
    ("opening", "closing"), [("“", "”"), ("„", "”"), ('"', '"'), ("«", "»")]
)
def test_quotation_mark_styles_with_attribution_after(opening: str, closing: str) -> None:
    text = (
        f"{opening}De georganiseerde misdaad wordt steeds gewelddadiger,{closing} zegt Jan de Vries, "
        "officier van justitie bij het OM."
    )
    [quote] = items_of(Quote, text)
    assert quote.speaker == "Jan de Vries"
    assert quote.role == "officier van justitie"
    assert quote.organisation == "OM"
    assert quote.text.startswith("De georganiseerde misdaad")


def test_attribution_before_and_a_first_name_later() -> None:
    text = (
        "Pauline Bakker, projectleider ondermijning bij de Politie Eenheid Oost-Brabant, ziet dat jongeren "
        "vatbaar zijn. “Wat ik zie bij jonge aanwas is de aantrekkelijkheid van snel geld.” Pauline vreest "
        "ook een recessie. “Als we in een recessie komen, heeft dat zeker invloed op de jongeren.”"
    )
    first, second = items_of(Quote, text)
    assert first.speaker == second.speaker == "Pauline Bakker"
    assert first.role == "projectleider ondermijning"
    assert first.organisation == "Politie Eenheid Oost-Brabant"


def test_volgens_and_a_title_before_a_surname() -> None:
    text = (
        "Volgens Karin Jansen, hoofd IND, is migratie geen crisis. "
        "“Het gaat om mensen die bescherming zoeken.” "
        "Burgemeester Halsema zei: „De stad moet veilig blijven voor iedereen die er woont.”"
    )
    first, second = items_of(Quote, text)
    assert (first.speaker, first.role, first.organisation) == ("Karin Jansen", "hoofd IND", "IND")
    assert (second.speaker, second.role) == ("Halsema", "Burgemeester")


def test_dash_line_after_a_quote_gives_role_and_organisation() -> None:
    text = (
        "“Sociale media worden op steeds meer manieren ingezet om onderwerpen te agenderen.”\n"
        "– Anna van der Berg, hoogleraar sociale verandering, Universiteit Utrecht\n"
    )
    [quote] = items_of(Quote, text)
    assert (quote.speaker, quote.role, quote.organisation) == (
        "Anna van der Berg", "hoogleraar sociale verandering", "Universiteit Utrecht"
    )


def test_pull_quote_takes_the_last_speaker_and_terms_in_quotes_are_skipped() -> None:
    text = (
        "“We moeten technologie niet de vrije loop laten,” aldus Sander de Wit, onderzoeker bij Waag. "
        "Hij noemt dat ‘grip’ houden.\n\n"
        " ‘We moeten technologie niet \nde vrije loop laten’\n\n"
    )
    quotes = items_of(Quote, text)
    assert [q.speaker for q in quotes] == ["Sander de Wit", "Sander de Wit"]
    assert "grip" not in " ".join(q.text for q in quotes).split()


def test_unattributed_quote_far_from_any_speaker_is_dropped() -> None:
    assert items_of(Quote, "Het motto was “Samen werken aan een veilige buurt voor iedereen”.") == []


def test_interview_notes_without_quotation_marks_quote_the_interviewee() -> None:
    meta = SourceMeta(type=SourceType.INTERVIEW, author="Eva Smit", role="wijkagent", organisation="Politie")
    text = "Ik zie dat jongeren in de wijk sneller naar een mes grijpen dan vroeger het geval was.\n\nKort."
    [quote] = items_of(Quote, text, meta)
    assert (quote.speaker, quote.role, quote.organisation) == ("Eva Smit", "wijkagent", "Politie")
