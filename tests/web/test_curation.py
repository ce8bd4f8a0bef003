"""Curating in the workbench: decisions name the signed-in analyst; no analyst overwrites another."""

from __future__ import annotations

import re
from typing import Any

from tests.web._helpers import login
from trendbeeld.model import AccessLevel, TrendStatus
from trendbeeld.store import Store, audit
from trendbeeld.trends import curation

CONFLICT = "deze trend is intussen door iemand anders gewijzigd; uw wijziging is niet opgeslagen"


def _version(html: str) -> str:
    found = re.search(r'name="version" value="([^"]+)"', html)
    assert found
    return found.group(1)


def _candidate(store: Store) -> str:
    found = curation.list_trends(store, access=AccessLevel.PUBLIC, status=TrendStatus.CANDIDATE)
    found = found or curation.list_trends(store, access=AccessLevel.PUBLIC)
    return found[0].id


def test_an_analyst_accepts_renames_and_fills_the_trend_box(app: Any, wb_store: Store) -> None:
    trend_id = _candidate(wb_store)
    c = login(app, "anna")
    page = c.get(f"/trends/{trend_id}")
    assert page.status_code == 200
    answer = c.post(
        f"/trends/{trend_id}/accept",
        data={"csrf": c.csrf, "version": _version(page.text)},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    page = c.get(answer.headers["location"])
    assert "Opgeslagen: aanvaard." in page.text
    page = c.post(
        f"/trends/{trend_id}/rename",
        data={"csrf": c.csrf, "version": _version(page.text), "title": "Meer  woninginbraken in de regio"},
    )
    assert "Meer woninginbraken in de regio" in page.text
    fields = {
        "csrf": c.csrf,
        "version": _version(page.text),
        "direction": "up",
        "impact": "direct",
        "horizon": "2025–2030",
        "summary": "Het aantal inbraken stijgt.",
        "international": "",
        "national": "Landelijk daalt het.",
        "meaning": "Meer surveillance in de wijk.",
    }
    page = c.post(f"/trends/{trend_id}/attributes", data=fields)
    assert page.status_code == 200 and "Opgeslagen: kenmerken opgeslagen." in page.text
    trend = curation.get_trend(wb_store, trend_id, access=AccessLevel.CONFIDENTIAL)
    assert (trend.status, trend.title, trend.horizon, trend.national) == (
        TrendStatus.ACCEPTED,
        "Meer woninginbraken in de regio",
        "2025–2030",
        "Landelijk daalt het.",
    )
    assert trend.impact is not None and trend.impact.value == "direct"
    decisions = curation.history(wb_store, trend_id)
    assert {d.actor for d in decisions if d.action in ("accept", "rename", "set")} == {"anna"}
    actions = [d.action for d in decisions]
    assert actions[actions.index("accept") :][:2] == ["accept", "rename"]
    assert {d.payload for d in decisions if d.action == "set"} >= {
        '{"field": "national", "previous": "", "value": "Landelijk daalt het."}'
    }
    logged = [e.action for e in audit.entries(wb_store, actor="anna", subject=trend_id)]
    assert logged == ["trend: attributes", "trend: rename", "trend: accept"]


def test_two_analysts_editing_the_same_trend_do_not_lose_each_others_work(app: Any, wb_store: Store) -> None:
    trend_id = _candidate(wb_store)
    anna, bram = login(app, "anna"), login(app, "bram")
    seen_by_anna = _version(anna.get(f"/trends/{trend_id}").text)
    seen_by_bram = _version(bram.get(f"/trends/{trend_id}").text)
    assert seen_by_anna == seen_by_bram
    first = anna.post(
        f"/trends/{trend_id}/rename",
        data={"csrf": anna.csrf, "version": seen_by_anna, "title": "Titel van Anna"},
    )
    assert first.status_code == 200
    second = bram.post(
        f"/trends/{trend_id}/rename",
        data={"csrf": bram.csrf, "version": seen_by_bram, "title": "Titel van Bram"},
    )
    assert second.status_code == 409
    assert CONFLICT in second.text
    assert "Bekijk de trend opnieuw en breng uw wijziging dan nog eens aan" in second.text
    assert curation.get_trend(wb_store, trend_id, access=AccessLevel.CONFIDENTIAL).title == "Titel van Anna"
    # With the version the conflict page shows, Bram's edit goes through.
    third = bram.post(
        f"/trends/{trend_id}/rename",
        data={"csrf": bram.csrf, "version": _version(second.text), "title": "Titel van Bram"},
    )
    assert third.status_code == 200
    assert curation.get_trend(wb_store, trend_id, access=AccessLevel.CONFIDENTIAL).title == "Titel van Bram"


def test_the_api_curates_with_the_version_and_answers_409_on_a_stale_one(app: Any, wb_store: Store) -> None:
    trend_id = _candidate(wb_store)
    c = login(app, "anna")
    headers = {"X-CSRF-Token": c.get("/api/v1/me").json()["csrf_token"]}
    seen = c.get(f"/api/v1/trends/{trend_id}").json()
    body = {"action": "attributes", "version": seen["version"], "values": {"impact": "indirect"}}
    answer = c.post(f"/api/v1/trends/{trend_id}/decisions", json=body, headers=headers)
    assert answer.status_code == 200 and answer.json()["impact"] == "indirect"
    stale = c.post(f"/api/v1/trends/{trend_id}/decisions", json={**body, "action": "reject"}, headers=headers)
    assert stale.status_code == 409
    assert stale.json() == {
        "error": {
            "status": 409,
            "message": CONFLICT,
            "hint": "Bekijk de trend opnieuw en breng uw wijziging dan nog eens aan",
        }
    }
    wrong = c.post(
        f"/api/v1/trends/{trend_id}/decisions",
        headers=headers,
        json={"action": "attributes", "version": answer.json()["version"], "values": {"impact": "groot"}},
    )
    assert wrong.status_code == 400
    assert wrong.json()["error"] == {
        "status": 400,
        "message": "onbekende impact 'groot'",
        "hint": "Kies direct of indirect",
    }


def test_the_source_page_highlights_evidence_at_its_exact_offsets(app: Any, wb_store: Store) -> None:
    from trendbeeld.store import evidence as evidence_store
    from trendbeeld.store import sources as source_store

    c = login(app, "anna")
    source = next(
        s for s in source_store.list_sources(wb_store, access=AccessLevel.CONFIDENTIAL) if s.n_evidence >= 3
    )
    full = source_store.get(wb_store, source.id, access=AccessLevel.CONFIDENTIAL)
    assert full is not None
    html = c.get(f"/sources/{source.id}").text
    marks = re.findall(r'<mark class="wb-mark[^"]*" id="b-([0-9a-f]+)"[^>]*>([^<]*)</mark>', html)
    assert len(marks) >= 3
    from html import unescape

    from trendbeeld.model import evidence_id

    items = {
        evidence_id(e): e
        for e in evidence_store.list_evidence(
            wb_store, access=AccessLevel.CONFIDENTIAL, source_ids=[source.id]
        )
    }
    for eid, text in marks:
        item = items[eid]
        assert full.text[item.span.start : item.span.end].startswith(unescape(text))


def test_evidence_filters_and_search_narrow_the_list(app: Any) -> None:
    c = login(app, "anna")
    everything = c.get("/api/v1/evidence?limit=1&count=true").json()["total"]
    assert c.get("/api/v1/evidence?limit=1").json()["total"] is None
    figures = c.get("/api/v1/evidence?kind=figure&limit=500&count=true").json()
    assert 0 < figures["total"] < everything
    assert {i["kind"] for i in figures["items"]} == {"figure"}
    news = c.get("/api/v1/evidence?type=nieuws&count=true").json()["total"]
    recent = c.get("/api/v1/evidence?van=2024&tot=2024&count=true").json()["total"]
    rotterdam = c.get("/api/v1/evidence?region=Rotterdam&count=true").json()
    assert news < everything and recent <= everything and rotterdam["total"] >= 1
    bad = c.get("/api/v1/evidence?van=gisteren")
    assert bad.status_code == 400
    assert bad.json()["error"]["message"] == "ongeldige datum bij 'van': gisteren"
    page = c.get("/search?q=woninginbraken")
    assert "passages gevonden voor „woninginbraken”" in page.text


def test_an_analyst_merges_two_trends_and_splits_one(app: Any, wb_store: Store) -> None:
    trends = curation.list_trends(wb_store, access=AccessLevel.PUBLIC)
    assert len(trends) >= 2
    keep, gone = trends[0], trends[1]
    c = login(app, "anna")
    page = c.get(f"/trends/{keep.id}")
    assert f'<option value="{gone.id}">' in page.text
    merged = c.post(
        f"/trends/{keep.id}/merge", data={"csrf": c.csrf, "version": _version(page.text), "other": gone.id}
    )
    assert merged.status_code == 200 and "Opgeslagen: samengevoegd." in merged.text
    after = curation.get_trend(wb_store, keep.id, access=AccessLevel.CONFIDENTIAL)
    assert set(gone.evidence_ids) <= set(after.evidence_ids)
    assert curation.get_trend(wb_store, gone.id, access=AccessLevel.CONFIDENTIAL).status == TrendStatus.MERGED
    moved = list(after.evidence_ids[:1])
    split = c.post(
        f"/trends/{keep.id}/split",
        data={
            "csrf": c.csrf,
            "version": _version(merged.text),
            "evidence": moved,
            "title": "Afgesplitst deel",
        },
        follow_redirects=False,
    )
    assert split.status_code == 303
    new_id = split.headers["location"].split("/trends/")[1].split("?")[0]
    assert new_id != keep.id
    new = curation.get_trend(wb_store, new_id, access=AccessLevel.CONFIDENTIAL)
    assert (new.title, list(new.evidence_ids)) == ("Afgesplitst deel", moved)
    actions = {(d.action, d.actor) for d in curation.history(wb_store, keep.id)}
    assert {("merge", "anna"), ("split", "anna")} <= actions
    foreign = c.post(
        f"/trends/{new_id}/split",
        data={
            "csrf": c.csrf,
            "version": _version(c.get(f"/trends/{new_id}").text),
            "evidence": [after.evidence_ids[-1]],
        },
    )
    assert foreign.status_code == 404
    assert "een gekozen bewijsstuk hoort niet bij deze trend" in foreign.text


def test_route_map_links_are_added_confirmed_and_removed_by_the_signed_in_analyst(
    app: Any, wb_store: Store
) -> None:
    from trendbeeld import routemap

    trends = curation.list_trends(wb_store, access=AccessLevel.PUBLIC)
    c = login(app, "anna")
    page = c.get("/routemap")
    assert page.status_code == 200 and "<svg" in page.text
    answer = c.post(
        "/routemap/links",
        data={
            "csrf": c.csrf,
            "source": trends[0].id,
            "target": trends[1].id,
            "type": "leidt_tot",
            "rationale": "De een voedt de ander.",
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303
    added = [
        link
        for link in routemap.load(wb_store).links
        if (link.source, link.target) == (trends[0].id, trends[1].id)
    ]
    assert len(added) == 1 and added[0].rationale == "De een voedt de ander."
    assert (
        c.post(
            f"/routemap/links/{added[0].id}/remove", data={"csrf": c.csrf}, follow_redirects=False
        ).status_code
        == 303
    )
    assert added[0].id not in {link.id for link in routemap.load(wb_store).links}
    decisions = {(d.action, d.actor) for d in curation.history(wb_store, added[0].id)}
    assert decisions == {("link.add", "anna"), ("link.remove", "anna")}
    reader = login(app, "lex").get("/routemap")
    assert reader.status_code == 200 and "Verband toevoegen" not in reader.text
    assert login(app, "anna").post("/routemap/links", data={"csrf": c.csrf}).status_code in (403, 422)


def test_a_trend_shows_its_signal_curve_per_year(app: Any, wb_store: Store) -> None:
    from trendbeeld.web import curating

    trend = curation.list_trends(wb_store, access=AccessLevel.PUBLIC)[0]
    page = login(app, "anna").get(f"/trends/{trend.id}").text
    assert "Signaal: bewijs per jaar" in page
    from trendbeeld.store import users as user_store

    anna = user_store.get(wb_store, "anna")
    assert anna is not None
    seen = curating.view(wb_store, anna, trend.id)
    curve = curating.signal_curve(seen.evidence, seen.sources)
    dated = [e for e in seen.evidence if seen.sources[e.span.source_id].meta.date is not None]
    assert sum(p.count for p in curve) == len(dated)
    assert [p.year for p in curve] == list(range(curve[0].year, curve[-1].year + 1))
    assert f"{curve[-1].year}: {curve[-1].count}" in page


def test_a_trend_shows_its_source_count_and_direction_as_the_edition_does(app: Any, wb_store: Store) -> None:
    from trendbeeld.trends import signals

    c = login(app, "anna")
    listing = c.get("/trends").text
    for trend in curation.list_trends(wb_store, access=AccessLevel.PUBLIC):
        if trend.strength is None:
            continue
        counted = signals.describe(signals.support_of(trend.strength))
        shown = signals.shown_direction(trend)
        page = c.get(f"/trends/{trend.id}").text
        assert counted in page and counted in listing
        if shown:
            assert shown[1] in page  # "wisselend" for conflicting evidence, never the count's winner
