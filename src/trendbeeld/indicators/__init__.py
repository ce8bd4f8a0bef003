"""Indicators: official statistics as time series with honest trend verdicts.

Modules: ``reading`` (CSV/XLSX in StatLine and police layouts), ``statline`` (CBS OData API with a local
cache), ``regions`` (the region hierarchy, aggregation, rates), ``verdicts`` (Mann–Kendall, Theil–Sen,
change points, seasonal handling), ``compare`` (region against country, rankings, registration against
survey, text claims against data) and ``charts`` (Vega-Lite SVG/PNG with a data table). Stored series
live in ``trendbeeld.store.indicators``.
"""

from __future__ import annotations

import importlib
from typing import Any

# Public name → module that defines it. Resolved on first use, so each module loads only when needed.
_EXPORTS = {
    "ImportReport": "trendbeeld.indicators.reading",
    "read_table": "trendbeeld.indicators.reading",
    "import_file": "trendbeeld.store.indicators",
    "list_series": "trendbeeld.store.indicators",
    "import_statline": "trendbeeld.indicators.statline",
    "import_manifest_indicators": "trendbeeld.store.indicators",
    "read_with_report": "trendbeeld.indicators.reading",
    "assess": "trendbeeld.indicators.verdicts",
    "to_record": "trendbeeld.indicators.verdicts",
    "assess_many": "trendbeeld.indicators.verdicts",
    "describe": "trendbeeld.indicators.verdicts",
    "against_national": "trendbeeld.indicators.compare",
    "rank": "trendbeeld.indicators.compare",
    "load_pairs": "trendbeeld.indicators.compare",
    "contradictions": "trendbeeld.indicators.compare",
    "check_claims": "trendbeeld.indicators.compare",
    "line_chart": "trendbeeld.indicators.charts",
    "small_multiples": "trendbeeld.indicators.charts",
}

__all__ = [
    "ImportReport",
    "assess",
    "import_file",
    "import_statline",
    "list_series",
    "read_table",
    "to_record",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
