"""StatLine OData client against recorded responses (no network): paging, titles, cache, filter."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from trendbeeld.errors import SourceError
from trendbeeld.indicators.importing import import_statline
from trendbeeld.indicators.statline import fetch_statline, odata_filter
from trendbeeld.store import Store
from trendbeeld.store import indicators as indicator_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "statline"


def _transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        table, endpoint = request.url.path.split("/")[-2:]
        name = endpoint
        if endpoint == "TypedDataSet" and "$skip" in str(request.url):
            name = "TypedDataSet_page2"
        path = FIXTURES / table / f"{name}.json"
        if not path.is_file():
            return httpx.Response(404, json={"odata.error": {"message": {"value": "not found"}}})
        return httpx.Response(200, json=json.loads(path.read_text(encoding="utf-8")))

    return httpx.MockTransport(handler)


def test_fetch_follows_pages_and_uses_titles(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []
    with httpx.Client(transport=_transport(seen)) as client:
        series, report = fetch_statline("83648NED", cache_dir=tmp_path, client=client)
    total = next(s for s in series if s.region == "GM0307"
                 and s.indicator == "Misdrijven, totaal — Totaal geregistreerde misdrijven")
    values = {o.period: o.value for o in total.observations}
    assert values["2010"] == 11155 and values["2020"] == 7455  # Amersfoort, as in the CSV
    assert total.unit == "count" and total.source == "CBS StatLine 83648NED"
    rate = next(s for s in series if s.region == "GM0935" and "per 1000" in s.indicator)
    assert rate.unit == "per_1000"
    assert report.n_observations == 22 * 6
    assert any("$skip" in str(r.url) for r in seen)
    # A second fetch comes from the cache.
    again: list[httpx.Request] = []
    with httpx.Client(transport=_transport(again)) as client:
        cached, _ = fetch_statline("83648NED", cache_dir=tmp_path, client=client)
    assert again == [] and cached == series


def test_filter_and_errors(tmp_path: Path) -> None:
    assert odata_filter({"RegioS": ["GM0307", "GM0935"]}) == (
        "(startswith(RegioS,'GM0307') or startswith(RegioS,'GM0935'))")
    seen: list[httpx.Request] = []
    with httpx.Client(transport=_transport(seen)) as client:
        fetch_statline("83648NED", filters={"RegioS": "GM0307"}, cache_dir=tmp_path, client=client)
        assert "startswith(RegioS" in str(seen[-2].url) or "startswith(RegioS" in str(seen[-1].url)
        with pytest.raises(SourceError):
            fetch_statline("99999NED", cache_dir=tmp_path, client=client)
    with pytest.raises(SourceError):
        fetch_statline("geen tabel", cache_dir=tmp_path)


def test_import_statline_stores_series(store: Store, tmp_path: Path) -> None:
    with httpx.Client(transport=_transport([])) as client:
        report = import_statline(store, "83648NED", cache_dir=tmp_path, client=client)
    assert len(indicator_store.list_series(store)) == report.n_series == 12
