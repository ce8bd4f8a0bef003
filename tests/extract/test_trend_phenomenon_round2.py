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


def test_dummy_it_after_attribution_is_dropped() -> None:
    assert _phenomena("Volgens tuinders wordt het steeds erger.") == []


def test_dummy_it_resolves_to_what_gets_worse() -> None:
    found = _phenomena("Volgens tuinders wordt het steeds erger met de bladluizen.")
    assert len(found) == 1 and (found[0] or "").startswith("bladluizen")


def test_article_het_is_no_dummy() -> None:
    found = _phenomena("In Utrecht wordt het aantal fietsendiefstallen steeds kleiner.")
    assert len(found) == 1 and "fietsendiefstallen" in (found[0] or "")


def test_subhead_run_in_before_adverb() -> None:
    found = _phenomena("Daar ziet hij voordelen. Rood en blauw Intussen neemt het aantal witte auto's af.")
    assert found == ["aantal witte auto's"]


def test_subhead_run_in_before_dash() -> None:
    found = _phenomena("Drukte op het spoor volle treinen - Het Nederlandse treinverkeer groeide fors.")
    assert len(found) == 1 and (found[0] or "").endswith("treinverkeer") and "Drukte" not in (found[0] or "")


def test_name_with_capital_particle_is_no_run_in() -> None:
    found = _phenomena("Het aantal lezers van De Telegraaf daalt.")
    assert found == ["aantal lezers van De Telegraaf"]


def test_approximation_alone_is_no_phenomenon() -> None:
    found = _phenomena("In 2010 had zo'n 12 procent van de scholieren een bijbaan, nu is dat gestegen.")
    assert "zo'n" not in found
