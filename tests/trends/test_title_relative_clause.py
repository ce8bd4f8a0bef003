"""A measure of a group whose relative clause says what it counts ("het aantal jongeren dat als
uithaler wordt geronseld", as the extractor now reads it) titles a development by the clause's noun,
not by nothing: the group alone ("aantal jongeren") names no phenomenon."""

from __future__ import annotations

import pytest

from trendbeeld.trends._title_phrases import phenomenon_phrases


@pytest.mark.parametrize(
    ("phenomenon", "titles"),
    [
        ("aantal jongeren dat als uithaler wordt geronseld", ["uithaler"]),
        ("aantal inwoners dat slachtoffer van oplichting werd", ["slachtoffer van oplichting"]),
        ("aantal mensen dat thuis werkt", []),  # the clause's verb is no noun to title by
        ("vrouw die gisteren werd beroofd", []),  # one person of one case
    ],
)
def test_a_measure_with_its_relative_clause_is_titled_by_the_clause_noun(
    phenomenon: str, titles: list[str]
) -> None:
    assert phenomenon_phrases(phenomenon) == titles
