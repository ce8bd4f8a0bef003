"""Dutch stemming: the classic Snowball stemmer, the one PostgreSQL's ``dutch`` search uses."""

from __future__ import annotations

from trendbeeld.stemming import stem, stems


def test_inflections_share_a_stem() -> None:
    assert stem("gemeenten") == stem("gemeente")
    assert stem("woninginbraken") == stem("woninginbraak")
    assert stem("geopolitieke") == stem("geopolitiek")


def test_the_prefix_ge_is_kept_so_unrelated_words_stay_apart() -> None:
    assert stem("geweld") != stem("wel")
    assert stem("gemeente") != stem("menen")
    assert stems("Geweld in de gemeente") == ["geweld", "in", "de", "gemeent"]
