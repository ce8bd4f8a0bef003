"""Persistence with "net als vorig jaar" / "net als andere jaren" (lexicon/change.tsv): stable, as the
conventions say; one earlier change repeated ("net als in 2017") is no persistence of its own."""

from __future__ import annotations

from tests.extract._helpers import pairs
from trendbeeld.model import Change


def test_like_last_year_is_stable() -> None:
    found = pairs("Net als vorig jaar was de overlast rond de jaarwisseling het grootste probleem.")
    assert any(direction == Change.STABLE for direction, _ in found)


def test_like_other_years_is_stable() -> None:
    found = pairs("Net als andere jaren was ook in 2018 de veiligheid van de reizigers een speerpunt.")
    assert any(direction == Change.STABLE for direction, _ in found)


def test_one_earlier_year_is_no_persistence() -> None:
    found = pairs("De regels zijn, net als in 2017, versoepeld.")
    assert not any(direction == Change.STABLE for direction, _ in found)
