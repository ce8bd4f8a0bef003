"""Indicators: official statistics as time series with honest trend verdicts.

Modules: ``reading`` (CSV/XLSX in StatLine and police layouts), ``statline`` (CBS OData API with a local
cache), ``importing`` (files, manifests and StatLine tables into the store), ``regions`` (the region
hierarchy, aggregation, rates), ``verdicts`` (Mann–Kendall, Theil–Sen, change points, seasonal
handling), ``compare`` (region against country, rankings, registration against survey, text claims
against data), ``stored`` (those questions asked of the stored series, as the CLI asks them:
``compare_region``, ``rank_regions``, ``find_contradictions``) and ``charts`` (Vega-Lite SVG/PNG with
a data table). Stored series live in
``trendbeeld.store.indicators``; ``list_series`` is re-exported here for convenience.
"""

from __future__ import annotations

from trendbeeld.indicators.charts import line_chart, small_multiples
from trendbeeld.indicators.compare import (
    ClaimCheck,
    IndicatorPair,
    PairCheck,
    RankRow,
    RegionComparison,
    against_national,
    check_claims,
    check_pairs,
    contradictions,
    load_pairs,
    rank,
)
from trendbeeld.indicators.importing import import_file, import_manifest_indicators, import_statline
from trendbeeld.indicators.reading import ImportReport, Skipped, read_table, read_with_report
from trendbeeld.indicators.statline import fetch_statline
from trendbeeld.indicators.stored import (
    Contradictions,
    StoredComparison,
    compare_region,
    find_contradictions,
    rank_regions,
    series_of,
)
from trendbeeld.indicators.verdicts import assess, assess_many, describe, to_record
from trendbeeld.store.indicators import list_series

__all__ = [
    "ClaimCheck",
    "Contradictions",
    "ImportReport",
    "IndicatorPair",
    "PairCheck",
    "RankRow",
    "RegionComparison",
    "Skipped",
    "StoredComparison",
    "against_national",
    "assess",
    "assess_many",
    "check_claims",
    "check_pairs",
    "compare_region",
    "contradictions",
    "describe",
    "fetch_statline",
    "find_contradictions",
    "import_file",
    "import_manifest_indicators",
    "import_statline",
    "line_chart",
    "list_series",
    "load_pairs",
    "rank",
    "rank_regions",
    "read_table",
    "read_with_report",
    "series_of",
    "small_multiples",
    "to_record",
]
