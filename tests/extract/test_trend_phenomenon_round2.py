"""Phenomena of trend statements on unseen news, round 2 (issue 10): a fronted adverbial clause is
no subject, a verb before "meer" is no part of the phenomenon, a time alone is no phenomenon."""

from __future__ import annotations

from trendbeeld import extract
from trendbeeld.model import Source, TrendStatement


def _phenomena(body: str) -> list[str | None]:
    chosen = {"trends": extract._registered()["trends.rules"]}
    source = Source.create("bericht.txt", f"Kop van het bericht\n\n{body}")
    return [s.phenomenon for s in extract.extract(source, extractors=chosen) if isinstance(s, TrendStatement)]


def test_subject_after_fronted_clause() -> None:
    found = _phenomena("Maar toen de gemeente de subsidie stopzette, groeide bij bewoners het onbehagen.")
    assert found == ["onbehagen"]


def test_subject_after_fronted_since_clause() -> None:
    found = _phenomena("Sinds de nieuwe regels bekend zijn, groeit bovendien de onvrede onder boeren.")
    assert found and "regels" not in (found[0] or "") and "onvrede" in (found[0] or "")


def test_verb_before_more_is_no_part_of_phenomenon() -> None:
    assert _phenomena("Tilburg schrijft steeds meer parkeerboetes uit.") == ["parkeerboetes"]


def test_future_alone_is_no_phenomenon() -> None:
    assert "toekomst" not in _phenomena("Dat gaat sterk toenemen in de toekomst.")
