"""Words cut at a line end, rejoined (``trendbeeld.cutwords``) as readers and section finder use it."""

from __future__ import annotations

from trendbeeld.cutwords import join_lines, unwrap


def test_a_wrapped_heading_is_one_line_with_its_cut_words_whole() -> None:
    assert unwrap(["Ont-", "wikkelingen op de woningmarkt"]) == "Ontwikkelingen op de woningmarkt"
    assert unwrap(["Zorg voor oud-", "burgemeesters"]) == "Zorg voor oud-burgemeesters"
    assert unwrap(["Wonen in de ", "regio"]) == "Wonen in de regio"


def test_a_hyphen_before_a_conjunction_is_an_ellipsis_not_a_cut() -> None:
    assert join_lines("de zorg-", "en veiligheidshuizen") is None
    assert join_lines("de ontwikke", "lingen gaan door") == ("de ontwikkelingen", "gaan door")
