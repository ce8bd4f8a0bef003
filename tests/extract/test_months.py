"""Month names have one home: ``extract/lexicon/months.tsv``, read through ``trendbeeld.months``;
the extractor keeps no copy of its own."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tests.extract._helpers import items_of
from trendbeeld import months
from trendbeeld.model import Figure, Headline

EXTRACT = Path(__file__).resolve().parents[2] / "src" / "trendbeeld" / "extract"
# Three month names in a row, in any order, is a copied list.
_COPY = re.compile(r"(?i)(?:januari|februari|maart|april|juni|juli|augustus|oktober|december)\W{1,8}"
                   r"(?:januari|februari|maart|april|juni|juli|augustus|oktober|december)\W{1,8}"
                   r"(?:januari|februari|maart|april|juni|juli|augustus|oktober|december)")


def test_no_module_of_the_extractor_keeps_its_own_list_of_month_names() -> None:
    copies = [p.name for p in sorted(EXTRACT.glob("*.py")) if _COPY.search(p.read_text(encoding="utf-8"))]
    assert copies == []


def test_the_extractor_reads_abbreviations_and_full_names_from_the_one_home() -> None:
    assert "sept" in months.alternation(abbreviations=True).split("|")
    assert "sept" not in months.alternation().split("|")


@pytest.mark.parametrize(
    ("name", "expected"), [("Maart", 3), ("sept.", 9), ("okt", 10), ("mei", 5), ("maandag", 0)]
)
def test_number_reads_any_case_and_a_full_stop(name: str, expected: int) -> None:
    assert months.number(name) == expected


def test_a_month_abbreviation_in_a_news_citation_gives_the_date() -> None:
    text = "Uit de krant.\n\nNOS, 12 sept. 2024: ‘Aantal explosies bij woningen opnieuw verdubbeld’\n"
    found = items_of(Headline, text)
    assert [(h.outlet, h.date) for h in found] == [("NOS", date(2024, 9, 12))]


def test_a_weekday_with_a_month_dates_an_undated_news_text() -> None:
    # 14 February fell on a Tuesday in 2017 (not in 2016 or 2018): the text is of 2017, so
    # vorig jaar is 2016 (without the weekday the year after the one named, 2018, would be taken).
    text = ("Op dinsdag 14 februari werd in Tilburg een man aangehouden. Vorig jaar telde de politie "
            "40 inbraken in bedrijfspanden. In 2017 zijn het er al 30 inbraken.\n")
    figures = items_of(Figure, text)
    assert [(f.value, f.period) for f in figures] == [(40.0, "2016"), (30.0, "2017")]
