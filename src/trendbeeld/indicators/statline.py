"""CBS StatLine tables through the OData API, with a local cache.

``https://opendata.cbs.nl/ODataApi/odata/{table}/`` gives ``DataProperties`` (dimensions and topics with
title and unit), one endpoint per dimension (``RegioS``, ``Perioden``, ``SoortMisdrijf``… with keys and
titles) and ``TypedDataSet`` (the observations, paged with ``odata.nextLink``). Every response is kept as
JSON in the cache directory, so a second import of the same table and filter needs no network.
Storing what was fetched is ``importing.import_statline``'s job.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from trendbeeld.errors import SourceError
from trendbeeld.indicators import regions
from trendbeeld.indicators.reading import ImportReport, Skipped, parse_period, unit_of
from trendbeeld.model import Observation, Series, Unit

BASE_URL = "https://opendata.cbs.nl/ODataApi/odata"
TIMEOUT = 60.0
MAX_PAGES = 1000
_TABLE_ID = re.compile(r"^[0-9]{5}[A-Z]{3}$|^[0-9]{5}[a-z]{3}$")
_DIMENSION_TYPES = {"Dimension", "GeoDimension", "TimeDimension", "GeoDetail"}

Filters = Mapping[str, str | Sequence[str]]


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/trendbeeld/statline`` (default ``~/.cache/trendbeeld/statline``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trendbeeld" / "statline"


def odata_filter(filters: Filters | None) -> str | None:
    """An OData ``$filter`` selecting keys per dimension, e.g. ``{"RegioS": ["GM0344"]}``.

    StatLine pads keys with spaces, so a key matches by its beginning.
    """
    if not filters:
        return None
    clauses = []
    for dimension, wanted in sorted(filters.items()):
        keys = [wanted] if isinstance(wanted, str) else list(wanted)
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", dimension):
            raise SourceError(f"'{dimension}' is geen StatLine-dimensie", hint="Gebruik bijvoorbeeld RegioS")
        parts = [f"startswith({dimension},'{k.replace(chr(39), chr(39) * 2)}')" for k in keys]
        clauses.append("(" + " or ".join(parts) + ")")
    return " and ".join(clauses)


class _Client:
    """GETs JSON from StatLine through an httpx client, cached on disk."""

    def __init__(self, client: httpx.Client, cache_dir: Path) -> None:
        self.client = client
        self.cache_dir = cache_dir

    def get(self, url: str) -> dict[str, Any]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]
        cached = self.cache_dir / f"{key}.json"
        if cached.is_file():
            data: dict[str, Any] = json.loads(cached.read_text(encoding="utf-8"))
            return data
        try:
            response = self.client.get(url, timeout=TIMEOUT)
        except httpx.HTTPError as exc:
            raise SourceError(f"StatLine is niet bereikbaar ({exc})", path=url,
                              hint="Controleer de internetverbinding of probeer het later opnieuw") from exc
        if response.status_code == 404:
            raise SourceError("deze StatLine-tabel of dit onderdeel bestaat niet", path=url,
                              hint="Controleer het tabelnummer, bijvoorbeeld 83648NED")
        if response.status_code >= 400:
            raise SourceError(f"StatLine antwoordde met status {response.status_code}", path=url,
                              hint="Controleer het filter of probeer het later opnieuw")
        try:
            data = response.json()
        except ValueError as exc:
            raise SourceError("StatLine gaf geen geldige JSON terug", path=url) from exc
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        temporary.replace(cached)
        return data

    def values(self, url: str) -> list[dict[str, Any]]:
        """All rows of an endpoint, following ``odata.nextLink`` pages."""
        rows: list[dict[str, Any]] = []
        next_url: str | None = url
        for _ in range(MAX_PAGES):
            if next_url is None:
                return rows
            data = self.get(next_url)
            rows.extend(data.get("value", []))
            next_url = data.get("odata.nextLink") or data.get("@odata.nextLink")
        raise SourceError("StatLine gaf te veel pagina's terug", path=url, hint="Gebruik een filter")


def fetch_statline(table_id: str, *, filters: Filters | None = None, cache_dir: Path | None = None,
                   client: httpx.Client | None = None) -> tuple[list[Series], ImportReport]:
    """The series of a StatLine table (optionally filtered), and a report."""
    table = table_id.strip()
    if not _TABLE_ID.match(table):
        raise SourceError(f"'{table_id}' is geen StatLine-tabelnummer", hint="Bijvoorbeeld 83648NED")
    owned = client is None
    http = client or httpx.Client(follow_redirects=True)
    try:
        api = _Client(http, cache_dir or default_cache_dir())
        base = f"{BASE_URL}/{table}"
        properties = api.values(f"{base}/DataProperties")
        dimensions = [p for p in properties if p.get("Type") in _DIMENSION_TYPES]
        topics = [p for p in properties if p.get("Type") == "Topic"]
        titles = {d["Key"]: {str(r["Key"]).strip(): r for r in api.values(f"{base}/{d['Key']}")}
                  for d in dimensions}
        url = f"{base}/TypedDataSet"
        selection = odata_filter(filters)
        if selection:
            url += "?$filter=" + quote(selection, safe="(),'")
        rows = api.values(url)
    finally:
        if owned:
            http.close()
    return _series(table, rows, dimensions, topics, titles)


def _series(table: str, rows: list[dict[str, Any]], dimensions: list[dict[str, Any]],
            topics: list[dict[str, Any]], titles: dict[str, dict[str, dict[str, Any]]]
            ) -> tuple[list[Series], ImportReport]:
    report = ImportReport(path=f"StatLine {table}")
    geo = next((d["Key"] for d in dimensions if d.get("Type") == "GeoDimension"), None)
    time = next((d["Key"] for d in dimensions if d.get("Type") == "TimeDimension"), None)
    if time is None:
        raise SourceError(f"tabel {table} heeft geen periodedimensie", path=f"StatLine {table}")
    others = [d["Key"] for d in dimensions if d["Key"] not in {geo, time}]
    points: dict[tuple[str, str], dict[str, Observation]] = {}
    units: dict[tuple[str, str], str | None] = {}
    for number, row in enumerate(rows, start=1):
        period_key = str(row.get(time, "")).strip()
        parsed = parse_period(period_key)
        if parsed is None:
            report.skipped.append(Skipped(number, f"onbekende periode '{period_key}'", time))
            continue
        status = str(titles.get(time, {}).get(period_key, {}).get("Status", ""))
        provisional = parsed[1] or status.lower().startswith(("voorlopig", "nader voorlopig"))
        region = str(row.get(geo, "")).strip() if geo else regions.NATIONAL
        region = regions.resolve(region) or region
        parts = [_title(titles, d, str(row.get(d, "")).strip()) for d in others]
        for topic in topics:
            value = row.get(topic["Key"])
            if value is None:
                report.skipped.append(Skipped(number, "geen waarde", topic["Key"]))
                continue
            indicator = " — ".join([*parts, str(topic.get("Title") or topic["Key"]).strip()])
            key = (indicator, region)
            points.setdefault(key, {})[parsed[0]] = Observation(parsed[0], float(value), provisional)
            units.setdefault(key, unit_of(str(topic.get("Unit") or "")))
    series = []
    for (indicator, region), by_period in sorted(points.items()):
        observations = tuple(by_period[p] for p in sorted(by_period))
        unit = units.get((indicator, region))
        if unit is None and all(o.value.is_integer() for o in observations):
            unit = Unit.COUNT.value
        series.append(Series(indicator, region, observations, unit=unit, source=f"CBS StatLine {table}"))
    report.n_series = len(series)
    report.n_observations = sum(len(s.observations) for s in series)
    report.n_provisional = sum(1 for s in series for o in s.observations if o.provisional)
    return series, report


def _title(titles: dict[str, dict[str, dict[str, Any]]], dimension: str, key: str) -> str:
    found = titles.get(dimension, {}).get(key)
    return str(found.get("Title") or key).strip() if found else key
