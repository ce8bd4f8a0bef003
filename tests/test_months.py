"""The month names every layer reads (``trendbeeld.months``): one file, the extractor's lexicon."""

from __future__ import annotations

import re
from datetime import date

from trendbeeld import months
from trendbeeld.indicators.verdicts import period_label
from trendbeeld.publish._format import long_date


def test_the_names_are_the_lexicon_s_full_names_in_calendar_order() -> None:
    assert months.names()[0] == "januari" and months.names()[-1] == "december"
    assert len(months.names()) == 12


def test_a_spelling_is_read_in_any_case_with_or_without_a_full_stop() -> None:
    assert months.number("Sept.") == 9
    assert months.number("mrt") == 3
    assert months.number("maandag") == 0


def test_the_alternation_prefers_the_longer_spelling() -> None:
    found = re.findall(rf"\b(?:{months.alternation(abbreviations=True)})", "van juni tot 3 jul. 2021")
    assert found == ["juni", "jul"]
    assert not re.fullmatch(months.alternation(), "jun")


def test_dates_and_periods_are_written_with_the_full_names() -> None:
    assert long_date(date(2024, 5, 1)) == "1 mei 2024"
    assert period_label("2023-09") == "september 2023"
