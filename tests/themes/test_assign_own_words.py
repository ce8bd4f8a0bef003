"""An item's own words weigh in its theme (themes/assign.OWN_WEIGHT), on real polls of ../shared/corpus/real:
the VNG citizens' polls on informal care and on loneliness name the corona pandemic throughout, and by
their context alone their statements on mantelzorg and eenzaamheid went to "Mondiale ontwikkelingen"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import require
from trendbeeld import extract, sources
from trendbeeld.model import Evidence, Source, SourceMeta, TrendStatement, evidence_id
from trendbeeld.themes import load_taxonomy

assign = sys.modules["trendbeeld.themes.assign"]  # the package re-exports the function of that name

POLLS = (
    "corpus/real/reports/vng_burgerpeiling_mantelzorg_2023.pdf",
    "corpus/real/reports/vng_burgerpeiling_eenzaamheid_en_sociale_veerkracht_2023.pdf",
)


@pytest.fixture(scope="module")
def statements(shared: Path) -> tuple[list[Source], list[Evidence]]:
    found: list[Source] = []
    items: list[Evidence] = []
    for name in POLLS:
        path = shared / name
        require(path.is_file(), f"{path.name} ontbreekt in {shared}")
        (source,) = sources.read(str(path), meta=SourceMeta(), encoding=None)
        found.append(source)
        items += [i for i in extract.extract(source) if isinstance(i, TrendStatement)]
    return found, items


def _themes(found: list[Source], items: list[Evidence], weight: float) -> dict[str, str]:
    saved = assign.OWN_WEIGHT
    assign.OWN_WEIGHT = weight
    try:
        ranked = assign.rank(found, items, load_taxonomy("regionaal"))
    finally:
        assign.OWN_WEIGHT = saved
    return {i.text: ranked[evidence_id(i)][0][0] for i in items if ranked.get(evidence_id(i))}


def test_care_and_loneliness_statements_go_to_demography_not_to_the_pandemic(statements: tuple) -> None:  # type: ignore[type-arg]
    found, items = statements
    themes = _themes(found, items, assign.OWN_WEIGHT)
    about = {t: k for t, k in themes.items() if "mantelzorg" in t.casefold() or "eenzaamheid" in t.casefold()}
    assert len(about) >= 5
    assert not [t for t, k in about.items() if k == "mondiaal"], about
    assert sum(k == "demografie" for k in about.values()) >= len(about) - 1


def test_by_context_alone_one_still_goes_to_the_pandemic(statements: tuple) -> None:  # type: ignore[type-arg]
    found, items = statements
    themes = _themes(found, items, 0.0)
    about = [k for t, k in themes.items() if "mantelzorg" in t.casefold() or "eenzaamheid" in t.casefold()]
    assert about.count("mondiaal") >= 1  # the pandemic in every paragraph outweighs its own words
