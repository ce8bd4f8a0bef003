""""Nu", "inmiddels" right before a figure date it at the text's own date, not at a year named
earlier in the sentence; in a text without a date that date is unknown, so the figure has no
period (NOTES "Periods in undated news")."""

from __future__ import annotations

from tests.extract._helpers import figures_of


def test_now_in_undated_news_is_no_year_named_before() -> None:
    text = "Basisschool krimpt\n\nTelde de school in 2015 nog 734 leerlingen, nu zijn het er 533."
    periods = {f.value: f.period for f in figures_of(text)}
    assert periods == {734: "2015", 533: None}


def test_meanwhile_in_undated_news_is_no_year_named_before() -> None:
    text = (
        "Netwerk van journalisten groeit\n\n"
        "Het netwerk is in 2006 opgericht, en inmiddels zijn 45 organisaties aangesloten."
    )
    [members] = figures_of(text)
    assert members.period is None
