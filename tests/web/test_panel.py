"""The expert panel: a two-round Delphi with three experts, group results, consensus, exports."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import pytest

from tests.web._helpers import CANARY, PASSWORD, login
from trendbeeld.errors import ConfigError
from trendbeeld.model import AccessLevel
from trendbeeld.store import Store, audit
from trendbeeld.store import panel as panel_store
from trendbeeld.store import users as user_store
from trendbeeld.store.users import Role
from trendbeeld.trends import curation
from trendbeeld.web import auth

EXPERTS = ("expert1", "expert2", "expert3")


def _experts(store: Store) -> None:
    hashed = auth.hash_password(PASSWORD)
    for name in EXPERTS:
        user_store.add(
            store,
            name,
            full_name=name,
            role=Role.EXPERT,
            clearance=AccessLevel.PUBLIC,
            password_hash=hashed,
            actor="beheer",
        )


def _round_id(location: str) -> str:
    found = re.search(r"/panel/rounds/([0-9a-f]+)", location)
    assert found
    return found.group(1)


def test_spread_and_consensus_rule() -> None:
    s = panel_store.spread([2, 3, 3, 4])
    assert (s.median, s.q1, s.q3, s.iqr, s.n) == (3.0, 2.75, 3.25, 0.5, 4)
    assert panel_store.spread([1, 5, 5]).iqr == 2.0


def _apply_the_result(lead: Any, wb_store: Store, round_id: str, trends: list[str]) -> None:
    """The closed round feeds the trends' horizon; an open round cannot."""
    applied = lead.post(f"/panel/rounds/{round_id}/apply", data={"csrf": lead.csrf})
    assert "Opgeslagen: de horizon van 2 trends komt nu uit het panel." in applied.text
    horizon = curation.get_trend(wb_store, trends[0], access=AccessLevel.CONFIDENTIAL).horizon
    assert horizon == "expertpanel ronde 2: mediaan 2 op 1–3 (consensus, 3 experts)"
    assert ("set", "anna") in {(d.action, d.actor) for d in curation.history(wb_store, trends[0])}
    open_round = panel_store.open_round(wb_store, title="Nog open", trend_ids=trends, actor="anna")
    refused = lead.post(f"/panel/rounds/{open_round.id}/apply", data={"csrf": lead.csrf})
    assert refused.status_code == 400
    assert "de uitkomst kan pas worden overgenomen als de ronde is gesloten" in refused.text


def test_two_rounds_with_three_experts(app: Any, wb_store: Store) -> None:
    _experts(wb_store)
    trends = [t.id for t in curation.list_trends(wb_store, access=AccessLevel.PUBLIC)][:2]
    lead = login(app, "anna")
    answer = lead.post(
        "/panel/rounds",
        data={
            "csrf": lead.csrf,
            "title": "Panel 2025",
            "trend_ids": trends,
            "impact": "5",
            "likelihood": "5",
            "horizon": "3",
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303
    first = _round_id(answer.headers["location"])
    scores = {"expert1": (2, 3, 1), "expert2": (5, 3, 2), "expert3": (4, 4, 3)}
    experts = {name: login(app, name) for name in EXPERTS}
    for name, (impact, likelihood, horizon) in scores.items():
        c = experts[name]
        page = c.get(f"/panel/rounds/{first}")
        assert page.status_code == 200 and "Oordeel opslaan" in page.text
        assert "Uitkomst" not in page.text  # no group result while the round is open
        for trend_id in trends:
            answer = c.post(
                f"/panel/rounds/{first}/ratings",
                data={
                    "csrf": c.csrf,
                    "trend_id": trend_id,
                    "impact": impact,
                    "likelihood": likelihood,
                    "horizon": horizon,
                    "comment": f"toelichting van {name}",
                },
                follow_redirects=False,
            )
            assert answer.status_code == 303
    off_scale = experts["expert1"].post(
        f"/panel/rounds/{first}/ratings",
        data={
            "csrf": experts["expert1"].csrf,
            "trend_id": trends[0],
            "impact": 9,
            "likelihood": 1,
            "horizon": 1,
        },
    )
    assert off_scale.status_code == 400
    assert "impact moet een geheel getal van 1 tot en met 5 zijn" in off_scale.text
    assert (
        lead.post(
            f"/panel/rounds/{first}/close", data={"csrf": lead.csrf}, follow_redirects=False
        ).status_code
        == 303
    )
    late = experts["expert1"].post(
        f"/panel/rounds/{first}/ratings",
        data={
            "csrf": experts["expert1"].csrf,
            "trend_id": trends[0],
            "impact": 3,
            "likelihood": 3,
            "horizon": 1,
        },
    )
    assert late.status_code == 400 and "ronde 1 is gesloten" in late.text
    [one, _] = panel_store.results(wb_store, first)
    assert (one.spreads["impact"].median, one.spreads["impact"].iqr, one.n, one.consensus) == (
        4.0,
        1.5,
        3,
        False,
    )

    answer = lead.post(
        "/panel/rounds", data={"csrf": lead.csrf, "title": "", "previous": first}, follow_redirects=False
    )
    second = _round_id(answer.headers["location"])
    page = experts["expert1"].get(f"/panel/rounds/{second}")
    assert "Vorige ronde" in page.text
    assert "impact: groep mediaan 4, interkwartielafstand 1,5; uw oordeel 2" in page.text
    assert "expert2" not in page.text and "expert3" not in page.text  # the group is anonymous
    for name in EXPERTS:  # the panel moves towards the median
        c = experts[name]
        for trend_id in trends:
            c.post(
                f"/panel/rounds/{second}/ratings",
                data={
                    "csrf": c.csrf,
                    "trend_id": trend_id,
                    "impact": 4,
                    "likelihood": 3 if name != "expert3" else 4,
                    "horizon": 2,
                    "comment": "bijgesteld",
                },
            )
    lead.post(f"/panel/rounds/{second}/close", data={"csrf": lead.csrf})
    result = lead.get(f"/api/v1/panel/rounds/{second}/results").json()
    assert result["round"]["number"] == 2 and result["round"]["previous"] == first
    assert result["rule"] == panel_store.CONSENSUS_RULE
    first_trend = result["results"][0]
    assert (first_trend["raters"], first_trend["consensus"]) == (3, True)
    assert first_trend["criteria"]["impact"] == {"median": 4.0, "q1": 4.0, "q3": 4.0, "iqr": 0.0, "n": 3}
    exported = lead.get(f"/panel/rounds/{second}/export.csv")
    assert exported.headers["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert len(rows) == 6 and {r["consensus"] for r in rows} == {"ja"}
    assert rows[0]["criterium"] == "impact" and rows[0]["mediaan"] == "4" and rows[0]["beoordelaars"] == "3"
    assert (
        lead.get(f"/panel/rounds/{second}/export.json").json()["results"][0]["comments"] == ["bijgesteld"] * 3
    )
    _apply_the_result(lead, wb_store, second, trends)
    done = [e.action for e in audit.entries(wb_store, actor="anna")]
    assert done.count("panelronde geopend") == 3 and done.count("panelronde gesloten") == 2
    assert len(audit.entries(wb_store, actor="expert2")) >= 4


def test_an_expert_sees_only_trends_and_comments_of_their_clearance(app: Any, wb_store: Store) -> None:
    _experts(wb_store)
    every = [t.id for t in curation.list_trends(wb_store, access=AccessLevel.CONFIDENTIAL)]
    assert "kanarie-intern" in every
    opened = panel_store.open_round(wb_store, title="Panel", trend_ids=every, actor="anna")
    panel_store.rate(
        wb_store,
        opened.id,
        "kanarie-intern",
        expert="eva",
        comment="let op",
        scores={"impact": 3, "likelihood": 3, "horizon": 1},
    )
    public = login(app, "expert1").get(f"/panel/rounds/{opened.id}").text
    intern = login(app, "eva").get(f"/panel/rounds/{opened.id}").text
    assert CANARY[AccessLevel.INTERNAL] not in public and CANARY[AccessLevel.INTERNAL] in intern
    assert CANARY[AccessLevel.CONFIDENTIAL] not in intern
    rounds = login(app, "expert1").get("/api/v1/panel/rounds").json()
    assert "kanarie-intern" not in rounds[0]["trend_ids"]


def test_round_rules_are_explained(wb_store: Store) -> None:
    with pytest.raises(ConfigError, match="een ronde vraagt minstens één trend"):
        panel_store.open_round(wb_store, title="Leeg", trend_ids=[], actor="anna")
    with pytest.raises(ConfigError, match="ongeldige schaal voor horizon: 3 tot 3"):
        panel_store.open_round(
            wb_store,
            title="x",
            trend_ids=["t"],
            actor="anna",
            scales={"impact": (1, 5), "likelihood": (1, 5), "horizon": (3, 3)},
        )
    opened = panel_store.open_round(wb_store, title="x", trend_ids=["t"], actor="anna")
    with pytest.raises(ConfigError, match="ronde 1 is nog open"):
        panel_store.open_round(wb_store, title="x", trend_ids=[], actor="anna", previous=opened.id)
