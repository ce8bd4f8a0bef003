"""The expert panel's result on the edition's methods page, built from a real store and edition."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from tests.publish._helpers import axe_source, html_files, launched_browser
from trendbeeld.model import AccessLevel, TrendStatus
from trendbeeld.publish import build, demo_spec
from trendbeeld.store import Store, open_store
from trendbeeld.store import panel as panel_store
from trendbeeld.trends import list_trends

EXPERTS = ("prof-jansen", "dr-de-vries", "mr-bakker")  # names that must never reach an edition
# Two rounds: in round 1 the experts disagree on the accepted trend, in round 2 they converge.
ROUND_1 = (
    {"impact": 1, "likelihood": 2, "horizon": 1},
    {"impact": 5, "likelihood": 4, "horizon": 3},
    {"impact": 3, "likelihood": 3, "horizon": 2},
)
ROUND_2 = (
    {"impact": 4, "likelihood": 4, "horizon": 2},
    {"impact": 4, "likelihood": 3, "horizon": 2},
    {"impact": 5, "likelihood": 4, "horizon": 2},
)


@dataclass(frozen=True)
class Rated:
    store: Store
    accepted: str  # the title of the accepted trend the panel rated in two rounds
    candidate: str  # and of the candidate it rated in the first round


def _copy(store: Store, directory: Path) -> Store:
    """A copy of the (SQLite) demo store, so that the shared one keeps no panel rounds."""
    path = directory / "trendbeeld.db"
    source = sqlite3.connect(store.engine.url.database or "")
    with sqlite3.connect(path) as target:
        source.backup(target)
    source.close()
    return open_store(str(path))


@pytest.fixture(scope="module")
def rated(demo_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rated]:
    """A copy of the demo store in which the panel rated one accepted and one candidate trend."""
    store = _copy(demo_store, tmp_path_factory.mktemp("panel-store"))
    stored = list_trends(store, access=AccessLevel.INTERNAL)
    accepted = next(t for t in stored if t.status is TrendStatus.ACCEPTED)
    candidate = next(t for t in stored if t.status is TrendStatus.CANDIDATE)
    first = panel_store.open_round(
        store, title="Panel", trend_ids=[accepted.id, candidate.id], actor="analist"
    )
    for expert, scores in zip(EXPERTS, ROUND_1, strict=True):
        for trend in (accepted, candidate):
            panel_store.rate(
                store, first.id, trend.id, expert=expert, scores=scores, comment=f"{expert} zegt"
            )
    panel_store.close_round(store, first.id, actor="analist")
    second = panel_store.open_round(store, title="", trend_ids=[], actor="analist", previous=first.id)
    for expert, scores in zip(EXPERTS, ROUND_2, strict=True):
        panel_store.rate(store, second.id, accepted.id, expert=expert, scores=scores)
    panel_store.close_round(store, second.id, actor="analist")
    yield Rated(store, accepted.title, candidate.title)
    store.close()


def _panel_table(site: Path) -> str:
    page = (site / "methoden.html").read_text(encoding="utf-8")
    found = re.search(r"Oordeel van het expertpanel per trend</caption>(.*?)</table>", page, re.S)
    assert found, "the methods page has the panel's table"
    return found.group(1)


def _rows(table: str) -> list[list[str]]:
    rows = re.findall(r'<tr class="utrecht-table__row">(.*?)</tr>', table, re.S)
    return [
        [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)]
        for row in rows
    ]


def test_public_edition_shows_the_last_round_of_accepted_trends_without_names(
    rated: Rated, tmp_path: Path
) -> None:
    result = build(rated.store, demo_spec("panel"), tmp_path / "panel", with_pdf=False)
    table = _panel_table(result.site)
    rows = _rows(table)
    header, body = rows[0], rows[1:]
    assert header == ["Trend", "Impact", "Waarschijnlijkheid", "Horizon", "Consensus", "Experts", "Rondes"]
    # Only the accepted trend: the candidate was rated too, but an openbaar edition shows it nowhere.
    assert len(body) == 1
    assert body[0][0] == rated.accepted
    # Round 2: impact 4, 4, 5 -> median 4, IQR 0.5; horizon 2, 2, 2 -> IQR 0: consensus by the rule.
    assert body[0][1] == "mediaan 4 (IQR 0,5; schaal 1–5)"
    assert body[0][3] == "mediaan 2 (IQR 0; schaal 1–3)"
    assert body[0][4:] == ["ja", "3", "2 rondes"]
    page = (result.site / "methoden.html").read_text(encoding="utf-8")
    assert panel_store.CONSENSUS_RULE in page
    for html in html_files(result.site):
        text = html.read_text(encoding="utf-8")
        assert not any(expert in text for expert in EXPERTS), html.name
        assert rated.candidate not in text, html.name


def test_internal_concept_edition_shows_candidates_and_round_one_disagreement(
    rated: Rated, tmp_path: Path
) -> None:
    spec = replace(demo_spec("panel-intern"), access=AccessLevel.INTERNAL)
    result = build(rated.store, spec, tmp_path / "intern", with_pdf=False, concept=True)
    by_title = {row[0]: row for row in _rows(_panel_table(result.site))[1:]}
    candidate = by_title[rated.candidate]
    # Rated in round 1 only, where impact ran 1, 5, 3: median 3, IQR 2 -> no consensus.
    assert candidate[1] == "mediaan 3 (IQR 2; schaal 1–5)"
    assert candidate[4:] == ["nee", "3", "1 ronde"]
    assert by_title[rated.accepted][4:] == ["ja", "3", "2 rondes"]


def test_an_open_round_is_not_on_the_methods_page(demo_store: Store, tmp_path: Path) -> None:
    store = _copy(demo_store, tmp_path)
    accepted = next(
        t for t in list_trends(store, access=AccessLevel.PUBLIC) if t.status is TrendStatus.ACCEPTED
    )
    still_open = panel_store.open_round(store, title="Panel", trend_ids=[accepted.id], actor="analist")
    for expert, scores in zip(EXPERTS, ROUND_2, strict=True):
        panel_store.rate(store, still_open.id, accepted.id, expert=expert, scores=scores)
    result = build(store, demo_spec("open-ronde"), tmp_path / "open", with_pdf=False)
    store.close()
    assert "expertpanel" not in (result.site / "methoden.html").read_text(encoding="utf-8").casefold()


def test_the_methods_page_with_the_panel_passes_axe(rated: Rated, tmp_path: Path) -> None:
    result = build(rated.store, demo_spec("panel-axe"), tmp_path / "axe", with_pdf=False)
    with launched_browser() as browser:
        page = browser.new_context(bypass_csp=True).new_page()  # CSP bypassed only to inject axe
        page.goto((result.site / "methoden.html").as_uri())
        assert page.locator("caption", has_text="Oordeel van het expertpanel").count() == 1
        page.add_script_tag(content=axe_source())
        found = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in found["violations"]] == []
